//! The command line, as clap types only: what the user can type and its help text.
//! Turning these into work happens in [`crate::commands`].

use std::path::PathBuf;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use strum::IntoEnumIterator;

use crate::case::Reason;
use crate::diagnostic::Code;
use crate::render::{Channel, Format};

/// End a client relationship well: render a brief, impersonal termination letter,
/// email draft or call script from one YAML case file, in English, Spanish, French,
/// Romanian or Slovak.
#[derive(Debug, Parser)]
#[command(name = "adieu", version, max_term_width = 100)]
#[command(
    after_help = "Examples:\n  adieu new --lang fr --reason fit -o dupont.yaml\n  adieu letter fr-fit.yaml\n  adieu email es-payment.yaml -o email.md"
)]
pub struct Cli {
    /// Options every command takes, listed after the command's own.
    #[command(flatten, next_help_heading = "Global options")]
    pub global: GlobalArgs,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The command line as clap builds it, with each render command's `--format`
/// offering only the formats its document can be written in: `adieu letter --help`
/// lists no email draft. Parsing, the manual pages and the completions all use it.
pub fn command() -> clap::Command {
    let mut command = Cli::command();
    for channel in [
        Channel::Letter,
        Channel::Email,
        Channel::Call,
        Channel::Calendar,
    ] {
        let formats = PossibleValuesParser::new(
            channel
                .formats()
                .iter()
                .filter_map(ValueEnum::to_possible_value),
        )
        .try_map(|name| Format::from_str(&name, false));
        command = command.mut_subcommand(channel.name(), |sub| {
            sub.mut_arg("format", |arg| arg.value_parser(formats))
        });
    }
    command
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Print nothing but errors.
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Also say which config file is read and what was written where.
    #[arg(short, long, global = true)]
    pub verbose: bool,

    /// When to colour messages: auto (on a terminal, unless NO_COLOR is set), always
    /// or never.
    #[arg(long, value_name = "WHEN", value_enum, global = true, default_value_t = ColorWhen::Auto, hide_possible_values = true)]
    pub color: ColorWhen,

    /// Read defaults from this config file instead of the usual one
    /// (~/.config/adieu/config.yaml on Linux and macOS) [env: ADIEU_CONFIG].
    // The variable is read by `config::Location::find`, not by clap: clap would take
    // it for `--config` given, and refuse `--no-config` beside it.
    #[arg(long, value_name = "FILE", global = true)]
    pub config: Option<PathBuf>,

    /// Read no config file at all.
    #[arg(long, global = true, conflicts_with = "config")]
    pub no_config: bool,
}

/// When to colour messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write a commented case file to fill in: every field explained, the optional
    /// ones commented out.
    #[command(
        after_help = "Examples:\n  adieu new -o acme.yaml\n  adieu new -i -o dupont.yaml    # questions, one at a time\n  adieu new --example fr-fit -o fr-fit.yaml"
    )]
    New(NewArgs),
    /// Render the termination letter, ready to print and sign.
    #[command(
        after_help = "Examples:\n  adieu letter fr-fit.yaml\n  adieu letter case.yaml -o letter.pdf --lang en --date 2026-11-22\n  adieu letter fr-fit.yaml sk-outgrown.yaml -o letters/"
    )]
    Letter(RenderArgs),
    /// Render the email draft: the subject line, then the body.
    #[command(
        after_help = "Examples:\n  adieu email es-payment.yaml\n  adieu email case.yaml -o draft.eml --force\n  adieu email --csv clients.csv --base base.yaml -o drafts/ -f eml"
    )]
    Email(RenderArgs),
    /// Render the phone-call script, for your eyes only.
    #[command(
        after_help = "Examples:\n  adieu call sk-outgrown.yaml\n  adieu call case.yaml --lang en -o call.html"
    )]
    Call(RenderArgs),
    /// Write the calendar of the dates to keep (an .ics file to import): the day to
    /// send the written confirmation, each invoice's due date, each deliverable's date
    /// and the last day.
    #[command(
        after_help = "Examples:\n  adieu calendar en-capacity.yaml -o deadlines.ics\n  adieu calendar ro-direction.yaml --ui-lang en -o deadlines.ics"
    )]
    Calendar(CalendarArgs),
    /// Write everything a case needs into a folder: the letter and the call script as
    /// PDF, the email draft and the calendar, as `<case>-letter.pdf`,
    /// `<case>-email.eml`, `<case>-call.pdf` and `<case>.ics`.
    #[command(
        after_help = "Examples:\n  adieu pack fr-fit.yaml -o out/\n  adieu pack fr-fit.yaml sk-outgrown.yaml -o out/ --formats html,ics\n  adieu pack ro-direction.yaml --ui-lang en -o out/ --force"
    )]
    Pack(PackArgs),
    /// List the seven reasons: when to use each, and the sentence each one writes.
    #[command(
        after_help = "Examples:\n  adieu reasons\n  adieu reasons --lang fr\n  adieu reasons --lang es-MX"
    )]
    Reasons(ReasonsArgs),
    /// List the close-out items adieu writes natively in every language, by code.
    #[command(after_help = "Examples:\n  adieu items\n  adieu items --lang ro")]
    Items(ItemsArgs),
    /// List the languages adieu writes and their regional variants.
    #[command(
        after_help = "Examples:\n  adieu languages\n  adieu letter case.yaml --lang es-MX    # any regional tag works"
    )]
    Languages,
    /// Print the JSON Schema of the case file (or of the config file), for editors
    /// and validators.
    #[command(
        after_help = "Examples:\n  adieu schema > case.schema.json\n  adieu schema config\n  adieu schema -o case.schema.json --force"
    )]
    Schema(SchemaArgs),
    /// Show or write the config file: your sender details and defaults, written once.
    #[command(
        subcommand,
        after_help = "Examples:\n  adieu config init\n  adieu config show\n  adieu config show fr-fit.yaml --lang en"
    )]
    Config(ConfigCommand),
    /// Print a completion script for your shell.
    #[command(
        after_help = "Examples:\n  adieu completions bash > ~/.local/share/bash-completion/completions/adieu\n  adieu completions zsh > ~/.zfunc/_adieu\n  adieu completions fish > ~/.config/fish/completions/adieu.fish"
    )]
    Completions(CompletionsArgs),
    /// Print the manual page (roff), or write one page per command into a folder.
    #[command(
        after_help = "Examples:\n  adieu man | man -l -\n  adieu man --dir ~/.local/share/man/man1 --force"
    )]
    Man(ManArgs),
    /// Check case files without rendering: every problem and every piece of advice,
    /// located like compiler output. Exits 65 if any file is invalid, 1 with
    /// `--deny warnings` if any has warnings, 0 otherwise.
    #[command(
        after_help = "Examples:\n  adieu check fr-fit.yaml sk-outgrown.yaml --deny warnings\n  adieu check --csv clients.csv --base base.yaml\n  adieu check --explain weekend-end"
    )]
    Check(CheckArgs),
}

/// What `adieu check` takes.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The case files (YAML); `-` reads standard input.
    #[arg(
        value_name = "CASE",
        required_unless_present_any = ["explain", "csv"],
        conflicts_with = "csv"
    )]
    pub cases: Vec<PathBuf>,

    /// Check every row of this spreadsheet instead, as `--csv` of the render
    /// commands reads it.
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,

    /// With --csv: the case file holding what every row shares.
    #[arg(long, value_name = "FILE", requires = "csv")]
    pub base: Option<PathBuf>,

    /// Say what a diagnostic code means and how to fix it, instead of checking.
    #[arg(
        long,
        value_name = "CODE",
        value_parser = parse_code,
        conflicts_with_all = ["cases", "csv", "format", "deny", "strict", "pdf", "letter"]
    )]
    pub explain: Option<Code>,

    /// How to print the diagnostics: for people on stderr, or as JSON lines on stdout.
    #[arg(long, value_enum, default_value = "human")]
    pub format: CheckFormat,

    /// Turn warnings into failures (exit 1).
    #[arg(long, value_enum, value_name = "WHAT")]
    pub deny: Option<Deny>,

    /// The same as `--deny warnings`.
    #[arg(long)]
    pub strict: bool,

    /// Also check that the case can be rendered as a PDF: that the PDF font can show
    /// every character (text, Markdown and HTML show any).
    #[arg(long)]
    pub pdf: bool,

    /// Also give the advice about a printed letter, as `adieu letter` does: an
    /// inside address, and a notice longer than the post takes.
    #[arg(long)]
    pub letter: bool,
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
#[derive(Debug, Clone, Args)]
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

    /// Many cases at once.
    #[command(flatten)]
    pub batch: BatchArgs,

    /// The user's own locale and template folders.
    #[command(flatten, next_help_heading = "Your own wording and layout")]
    pub overlays: Overlays,
}

/// `adieu calendar`: a render command whose summaries can be in the user's language.
#[derive(Debug, Args)]
pub struct CalendarArgs {
    /// What every render command takes.
    #[command(flatten)]
    pub render: RenderArgs,

    /// Write the calendar in this language, yours, instead of the case's (the
    /// calendar is for you, not for the client).
    #[arg(long, value_name = "TAG", conflicts_with = "lang")]
    pub ui_lang: Option<String>,
}

/// `adieu pack`.
#[derive(Debug, Args)]
pub struct PackArgs {
    /// The case files (YAML).
    #[arg(
        value_name = "CASE",
        required_unless_present = "csv",
        conflicts_with = "csv"
    )]
    pub cases: Vec<PathBuf>,

    /// The folder to write into; it is created if need be.
    #[arg(short, long, value_name = "DIR/")]
    pub output: PathBuf,

    /// The formats to write, separated by commas: each document is written in every
    /// one of them it can be written in (the calendar only as ics) [default: the
    /// letter and the call script as pdf (html in a build without the `pdf` feature),
    /// the email as eml, the calendar as ics].
    #[arg(long, value_enum, value_delimiter = ',', value_name = "FORMATS")]
    pub formats: Vec<Format>,

    /// Write in this language instead of the case file's (en, es, fr, ro, sk, or e.g. es-MX).
    #[arg(long, value_name = "TAG")]
    pub lang: Option<String>,

    /// Write the calendar in this language, yours, instead of the documents'.
    #[arg(long, value_name = "TAG")]
    pub ui_lang: Option<String>,

    /// The date the documents carry, instead of the case file's or today's.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<jiff::civil::Date>,

    /// Replace files of the folder that exist.
    #[arg(long)]
    pub force: bool,

    /// Many cases at once.
    #[command(flatten)]
    pub batch: BatchArgs,

    /// The user's own locale and template folders.
    #[command(flatten, next_help_heading = "Your own wording and layout")]
    pub overlays: Overlays,
}

/// How a render command takes many cases: the rows of a spreadsheet, and what to do
/// when some are invalid.
#[derive(Debug, Clone, Default, Args)]
pub struct BatchArgs {
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

/// Your own wording and layout, laid over adieu's file by file.
#[derive(Debug, Clone, Default, Args)]
pub struct Overlays {
    /// A folder of locale files laid over adieu's, e.g. DIR/fr/document.ftl or DIR/fr/firm.ftl.
    #[arg(long, value_name = "DIR")]
    pub locales: Option<PathBuf>,

    /// A folder of templates laid over adieu's, e.g. DIR/letter.txt.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,

    /// A Word file whose styles, header and footer the .docx output takes, e.g. a
    /// firm's letterhead template (as pandoc's --reference-doc).
    #[arg(long, value_name = "FILE.docx")]
    pub reference_doc: Option<PathBuf>,
}

/// `adieu new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// The language of the documents [default: the config file's, else en].
    #[arg(long, value_name = "TAG")]
    pub lang: Option<String>,

    /// Why the relationship ends; `adieu reasons` explains each.
    #[arg(long, value_name = "CODE", value_enum)]
    pub reason: Option<Reason>,

    /// The document you mean to send first; a letter asks for postal addresses.
    #[arg(long, value_enum, default_value_t = Channel::Letter)]
    pub channel: Channel,

    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace the output file if it exists.
    #[arg(long)]
    pub force: bool,

    /// The schema editors should check the file against: a path or a URL
    /// [default: schema/case.schema.json when found above the file, else adieu's
    /// own copy in your data folder].
    #[arg(long, value_name = "PATH|URL")]
    pub schema: Option<String>,

    /// Write a spreadsheet header row instead: the columns most often needed, to fill
    /// with one client per row for `adieu letter --csv FILE --base BASE.yaml`.
    #[arg(long, conflicts_with_all = ["lang", "reason", "schema"])]
    pub csv: bool,

    /// Ask questions in the terminal instead, one at a time, each answer checked as
    /// `adieu check` would; then write the case file and offer to render everything.
    /// The questions are in your language when LANG names one of adieu's.
    #[arg(short, long, conflicts_with_all = ["csv", "example"])]
    pub interactive: bool,

    /// Write one of adieu's example cases instead, dated from today: en-capacity,
    /// en-US-conduct, es-MX-capacity, es-payment, fr-ethics, fr-fit, ro-direction,
    /// sk-outgrown, or batch/base and batch/clients (a spreadsheet).
    #[arg(long, value_name = "NAME", conflicts_with_all = ["lang", "reason", "schema", "csv"])]
    pub example: Option<String>,
}

/// `adieu items`.
#[derive(Debug, Args)]
pub struct ItemsArgs {
    /// Show the wording in this language [default: the config file's, else en].
    #[arg(long, value_name = "TAG")]
    pub lang: Option<String>,
}

/// `adieu reasons`.
#[derive(Debug, Args)]
pub struct ReasonsArgs {
    /// Show the sentences in this language [default: the config file's, else en].
    #[arg(long, value_name = "TAG")]
    pub lang: Option<String>,
}

/// `adieu schema`.
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Which file's schema.
    #[arg(value_enum, default_value_t = SchemaKind::Case)]
    pub kind: SchemaKind,

    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace the output file if it exists.
    #[arg(long)]
    pub force: bool,
}

/// Which schema `adieu schema` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    /// The case file's.
    Case,
    /// The config file's.
    Config,
}

/// `adieu config …`.
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Show the values in force and where each comes from: the config file, a case
    /// file, the command line or adieu's default.
    #[command(
        after_help = "Examples:\n  adieu config show\n  adieu config show fr-fit.yaml\n  adieu config show case.yaml --lang en --date 2026-11-22"
    )]
    Show(ConfigShowArgs),
    /// Write a commented config file to fill in with your sender details.
    #[command(
        after_help = "Examples:\n  adieu config init\n  adieu --config ./adieu.yaml config init\n  adieu config init --force"
    )]
    Init(ConfigInitArgs),
    /// Print the path of the config file adieu reads.
    #[command(after_help = "Examples:\n  adieu config path\n  $EDITOR \"$(adieu config path)\"")]
    Path,
}

/// `adieu config show`.
#[derive(Debug, Args)]
pub struct ConfigShowArgs {
    /// A case file to merge over the config file; `-` reads standard input.
    #[arg(value_name = "CASE")]
    pub case: Option<PathBuf>,

    /// As `--lang` of the render commands.
    #[arg(long, value_name = "TAG")]
    pub lang: Option<String>,

    /// As `--date` of the render commands.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<jiff::civil::Date>,
}

/// `adieu config init`.
#[derive(Debug, Args)]
pub struct ConfigInitArgs {
    /// Replace the config file if it exists.
    #[arg(long)]
    pub force: bool,
}

/// `adieu completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `adieu man`.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write adieu.1 and one page per command (adieu-letter.1, …) into this folder
    /// instead of printing adieu.1.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,

    /// Replace pages already in the folder (of an earlier version).
    #[arg(long, requires = "dir")]
    pub force: bool,
}

fn parse_date(text: &str) -> Result<jiff::civil::Date, String> {
    crate::case::CaseDate::parse(text).map(|d| d.0)
}

// The reason codes as clap shows and completes them.
impl ValueEnum for Reason {
    fn value_variants<'a>() -> &'a [Self] {
        &Reason::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.code()))
    }
}

/// A diagnostic code as `--explain` takes it, with the nearest code when it is none.
fn parse_code(written: &str) -> Result<Code, String> {
    written.parse().map_err(|_| {
        let names: Vec<&str> = Code::iter().map(Code::as_str).collect();
        match crate::suggest::closest(written, &names) {
            Some(name) => format!("`{written}` is no diagnostic code; did you mean `{name}`?"),
            None => format!(
                "`{written}` is no diagnostic code; the codes are printed in brackets, as in `error[unknown-field]`"
            ),
        }
    })
}
