//! adieu renders a brief, impersonal letter, email draft or call script that ends a
//! client relationship well, from one YAML case file, in five languages.
//!
//! Data flows one way: case file (with the defaults of the [`config`] file merged
//! under it) → [`case::Case`] (typed, validated) → [`plan::Plan`]
//! (end date, formatted dates and amounts, message variables) → a Tera template of
//! the channel → bytes. Every sentence comes from the Fluent files in `locales/`
//! through [`l10n::Localizer::message`].

pub mod answers;
pub mod assets;
pub mod case;
pub mod cli;
pub mod commands;
pub mod compose;
pub mod config;
pub mod diagnostic;
pub mod error;
pub mod examples;
pub mod fit;
pub mod hidden;
pub mod input;
pub mod interview;
pub mod l10n;
pub mod notice;
pub mod output;
pub mod plan;
pub mod progress;
pub mod render;
pub mod report;
pub mod scaffold;
pub mod schema;
pub mod spoken;
pub mod spreadsheet;
pub mod suggest;
pub mod watchdog;
pub mod yaml;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::FromArgMatches;
use jiff::civil::Date;

use cli::{Cli, Command};
use error::{Error, Result};
use render::Channel;

/// Runs adieu with the given command line and returns the process exit code.
pub fn run(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let parsed = cli::command()
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(error) => {
            // clap prints help and version to stdout with success, usage errors to
            // stderr with exit code 2.
            let _ = error.print();
            return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
        }
    };
    match dispatch(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            report::error(&error);
            error.exit_code()
        }
    }
}

fn dispatch(cli: &Cli) -> Result<()> {
    let settings = commands::Settings::new(&cli.global);
    match &cli.command {
        Command::New(args) => commands::new(args, &settings, today()?),
        Command::Letter(args) => commands::render(Channel::Letter, args, &settings, today()?),
        Command::Email(args) => commands::render(Channel::Email, args, &settings, today()?),
        Command::Call(args) => commands::render(Channel::Call, args, &settings, today()?),
        Command::Calendar(args) => commands::calendar(args, &settings, today()?),
        Command::Pack(args) => commands::pack(args, &settings, today()?),
        Command::Reasons(args) => commands::reasons(args, &settings),
        Command::Items(args) => commands::items(args, &settings),
        Command::Languages => commands::languages(),
        Command::Schema(args) => commands::schema(args),
        Command::Config(command) => commands::config(command, &settings, today()?),
        Command::Completions(args) => commands::completions(args),
        Command::Man(args) => commands::man(args),
        Command::Check(args) => commands::check(args, &settings, today()?),
    }
}

/// Today's date, or the one `SOURCE_DATE_EPOCH` fixes for reproducible output.
fn today() -> Result<Date> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(epoch) => {
            let seconds: i64 = epoch.trim().parse().map_err(|_| {
                Error::usage(format!(
                    "SOURCE_DATE_EPOCH must be a number of seconds, not `{epoch}`"
                ))
            })?;
            let timestamp = jiff::Timestamp::from_second(seconds)
                .map_err(|e| Error::usage(format!("SOURCE_DATE_EPOCH is out of range: {e}")))?;
            let date = timestamp.to_zoned(jiff::tz::TimeZone::UTC).date();
            if date.year() < case::MIN_YEAR {
                return Err(Error::usage(format!(
                    "SOURCE_DATE_EPOCH={seconds} falls in the year {}, before {}: give the seconds since 1970 of a date the documents may carry",
                    date.year(),
                    case::MIN_YEAR
                )));
            }
            Ok(date)
        }
        Err(_) => Ok(jiff::Timestamp::now().to_zoned(local_zone()).date()),
    }
}

/// The local time zone. jiff's own lookup scans the whole zoneinfo folder to learn the
/// zone's name, which costs more than rendering a letter; a date needs only the
/// rules, so `/etc/localtime` is read directly unless `TZ` asks for something else.
fn local_zone() -> jiff::tz::TimeZone {
    #[cfg(unix)]
    if std::env::var_os("TZ").is_none()
        && let Ok(data) = std::fs::read("/etc/localtime")
        && let Ok(zone) = jiff::tz::TimeZone::tzif("localtime", &data)
    {
        return zone;
    }
    jiff::tz::TimeZone::try_system().unwrap_or(jiff::tz::TimeZone::UTC)
}
