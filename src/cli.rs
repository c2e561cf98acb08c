//! The command line, as clap types only: what the user can type and its help text.
//! Turning these into work happens in [`crate::commands`].

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::render::Format;

/// End a client relationship well: render a brief, impersonal termination letter,
/// email draft or call script from one YAML case file, in English, Spanish, French,
/// Romanian or Slovak.
#[derive(Debug, Parser)]
#[command(name = "adieu", version, max_term_width = 100)]
#[command(
    after_help = "Examples:\n  adieu letter examples/fr-capacity.yaml\n  adieu email examples/es-payment.yaml -o email.md\n  adieu call examples/sk-outgrown.yaml --lang en"
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Render the termination letter, ready to print and sign.
    #[command(
        after_help = "Examples:\n  adieu letter examples/fr-capacity.yaml\n  adieu letter case.yaml -o letter.md\n  adieu letter case.yaml --lang en --date 2026-11-22"
    )]
    Letter(RenderArgs),
    /// Render the email draft: the subject line, then the body.
    #[command(
        after_help = "Examples:\n  adieu email examples/es-payment.yaml\n  adieu email case.yaml -o email.txt --force"
    )]
    Email(RenderArgs),
    /// Render the phone-call script, for your eyes only.
    #[command(
        after_help = "Examples:\n  adieu call examples/sk-outgrown.yaml\n  adieu call case.yaml --lang en -o call.md"
    )]
    Call(RenderArgs),
    /// Check case files without rendering: every problem and every piece of advice,
    /// located like compiler output. Exits 65 if any file is invalid, 1 with
    /// `--deny warnings` if any has warnings, 0 otherwise.
    #[command(
        after_help = "Examples:\n  adieu check case.yaml\n  adieu check examples/*.yaml --deny warnings\n  adieu check case.yaml --format json"
    )]
    Check(CheckArgs),
}

/// What `adieu check` takes.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The case files (YAML); `-` reads standard input.
    #[arg(value_name = "CASE", required = true)]
    pub cases: Vec<PathBuf>,

    /// How to print the diagnostics: for people on stderr, or as JSON lines on stdout.
    #[arg(long, value_enum, default_value = "human")]
    pub format: CheckFormat,

    /// Turn warnings into failures (exit 1).
    #[arg(long, value_enum, value_name = "WHAT")]
    pub deny: Option<Deny>,

    /// The same as `--deny warnings`.
    #[arg(long)]
    pub strict: bool,
}

/// How `adieu check` prints what it finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    /// Compiler-style messages with a source snippet, on stderr.
    Human,
    /// One JSON object per diagnostic and line, on stdout.
    Json,
}

/// What `--deny` can turn into failures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Deny {
    /// Every warning.
    Warnings,
}

/// What the render commands share.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The case file (YAML); `-` reads standard input.
    #[arg(value_name = "CASE")]
    pub case: PathBuf,

    /// Write to this file instead of standard output; its extension chooses the format.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// The output format [default: from the -o extension, else text].
    #[arg(short, long, value_enum)]
    pub format: Option<Format>,

    /// Write in this language instead of the case file's (en, es, fr, ro, sk, or e.g. es-MX).
    #[arg(long, value_name = "TAG")]
    pub lang: Option<String>,

    /// The date the documents carry, instead of the case file's or today's.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<jiff::civil::Date>,

    /// Replace the output file if it exists.
    #[arg(long)]
    pub force: bool,
}

fn parse_date(text: &str) -> Result<jiff::civil::Date, String> {
    crate::case::CaseDate::parse(text).map(|d| d.0)
}
