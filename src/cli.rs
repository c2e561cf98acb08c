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
    /// Options every command takes.
    #[command(flatten)]
    pub global: GlobalArgs,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Print nothing but errors.
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Render the termination letter, ready to print and sign.
    #[command(
        after_help = "Examples:\n  adieu letter examples/fr-capacity.yaml\n  adieu letter case.yaml -o letter.md\n  adieu letter case.yaml --lang en --date 2026-11-22\n  adieu letter cases/*.yaml -o letters/\n  adieu letter --csv clients.csv --base base.yaml -o letters/"
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
}

/// What the render commands share.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The case file (YAML); `-` reads standard input. Several case files are rendered
    /// into the folder `-o` names, each as `<case name>.<format extension>`.
    #[arg(
        value_name = "CASE",
        required_unless_present = "csv",
        conflicts_with = "csv"
    )]
    pub cases: Vec<PathBuf>,

    /// Write to this file instead of standard output; its extension chooses the format.
    /// A path ending in `/` (or any path, with several cases or --csv) is a folder to
    /// write every document into; it is created if need be.
    #[arg(short, long, value_name = "FILE|DIR/")]
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

    /// Read one case per row of this CSV file (UTF-8, a header row of field paths such
    /// as `client.contact.name` or `closeout.invoices.0.amount`); `-o DIR/` receives
    /// the documents.
    #[arg(long, value_name = "FILE", help_heading = "Batch")]
    pub csv: Option<PathBuf>,

    /// With --csv: a case file holding what every row shares (sender, tone, reason,
    /// notice, referral); the row's columns override it.
    #[arg(long, value_name = "FILE", requires = "csv", help_heading = "Batch")]
    pub base: Option<PathBuf>,

    /// With --csv: the field whose value names each row's file, slugified and made
    /// unique [default: client.company, else client.contact.name].
    #[arg(long, value_name = "FIELD", requires = "csv", help_heading = "Batch")]
    pub name_from: Option<String>,

    /// Write the valid cases of a batch even when others are invalid; the summary
    /// names the failures and the exit code still reports them.
    #[arg(long, help_heading = "Batch")]
    pub keep_going: bool,
}

fn parse_date(text: &str) -> Result<jiff::civil::Date, String> {
    crate::case::CaseDate::parse(text).map(|d| d.0)
}
