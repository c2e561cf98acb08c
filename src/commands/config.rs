//! `adieu config show|init|path`: the config file, and which value comes from where.

use std::path::Path;

use jiff::civil::Date;

use super::{Settings, table};
use crate::case::{self, CaseDate, Notice};
use crate::cli::{ConfigCommand, ConfigInitArgs, ConfigShowArgs};
use crate::config::{self, Location, Origin};
use crate::error::{Error, Result};
use crate::input::Source;
use crate::l10n::{Catalog, Language};
use crate::output;
use crate::report;
use crate::scaffold;
use crate::schema::{self, Kind};

/// Runs one `config` subcommand.
pub fn config(command: &ConfigCommand, settings: &Settings, today: Date) -> Result<()> {
    match command {
        ConfigCommand::Show(args) => show(args, settings, today),
        ConfigCommand::Init(args) => init(args, settings),
        ConfigCommand::Path => match settings.config.path() {
            Some(path) => output::write_stdout(format!("{}\n", path.display()).as_bytes()),
            None => Err(no_config_file()),
        },
    }
}

fn no_config_file() -> Error {
    Error::usage(
        "there is no config file to use: --no-config was given, or there is no home folder; name one with --config FILE",
    )
}

/// Prints the merged values of the fields a config file can give, with their origins.
fn show(args: &ConfigShowArgs, settings: &Settings, today: Date) -> Result<()> {
    let catalog = Catalog::embedded();
    let config = settings.load_config(&catalog)?;
    // `config init` says `config show` checks the file: what is left to fill in is
    // an error here, though other commands only refuse it where it is used.
    if let Some(config) = &config
        && !config.unfilled.is_empty()
    {
        return Err(Error::InvalidConfig {
            file: config.name().to_owned(),
            source_text: config.source.text.clone(),
            diagnostics: config.unfilled.clone(),
        });
    }
    let source = args.case.as_deref().map(Source::read).transpose()?;
    let mut case = match &source {
        Some(source) => case::parse(&source.text).map_err(|d| Error::InvalidCase {
            file: source.name.clone(),
            source_text: source.text.clone(),
            diagnostics: case::locate(d, &source.text),
        })?,
        None => empty_case(),
    };
    let mut origins = config::merge(&mut case, config.as_ref().map(|c| &c.profile));
    if let Some(tag) = &args.lang {
        Language::resolve(tag, &catalog).map_err(|e| Error::language("--lang", e))?;
        case.language = Some(tag.clone());
        origins.set("language", Origin::CommandLine);
    }
    if let Some(date) = args.date {
        case.date = Some(CaseDate(date));
        origins.set("date", Origin::CommandLine);
    }
    let from = |origin: Origin, field: &str| -> String {
        match origin {
            Origin::Config => config.as_ref().map_or("", |c| c.name()).to_owned(),
            Origin::Case => source.as_ref().map_or("", |s| s.name.as_str()).to_owned(),
            Origin::CommandLine => format!("--{}", if field == "date" { "date" } else { "lang" }),
            Origin::Default => "default".to_owned(),
        }
    };
    let mut text = String::new();
    text.push_str(&match (&settings.config, &config) {
        (_, Some(config)) => format!("config file: {}\n", config.name()),
        (Location::Usual(path), None) => {
            format!("config file: none ({} does not exist)\n", path.display())
        }
        (_, None) => "config file: none\n".to_owned(),
    });
    if let Some(source) = &source {
        text.push_str(&format!("case file:   {}\n", source.name));
    }
    text.push('\n');
    let mut rows = vec![["FIELD".to_owned(), "VALUE".to_owned(), "FROM".to_owned()]];
    for (field, origin) in origins.iter() {
        let value = value_of(&case, field, today);
        let from = match (&value, origin) {
            (None, Origin::Default) => String::new(),
            _ => from(origin, field),
        };
        rows.push([
            field.to_owned(),
            value.unwrap_or_else(|| "-".to_owned()),
            from,
        ]);
    }
    text.push_str(&table(&rows));
    text.push_str("\nThe command line wins over the case file, which wins over the config file.\n");
    output::write_stdout(text.as_bytes())
}

/// A case with nothing in it, to show the config file alone.
fn empty_case() -> case::Case {
    case::Case {
        language: None,
        date: None,
        tone: None,
        reason: case::Reason::Capacity,
        sender: case::Sender::default(),
        client: case::Client::default(),
        contract: None,
        notice: Notice::default(),
        referral: None,
        closeout: case::Closeout::default(),
        letterhead: None,
    }
}

/// The value in force for one of the fields a config file can give.
fn value_of(case: &case::Case, field: &str, today: Date) -> Option<String> {
    let sender = &case.sender;
    match field {
        "language" => case.language.clone(),
        "date" => Some(
            case.date
                .map_or_else(|| format!("{today} (today)"), |d| d.to_string()),
        ),
        "tone" => Some(case.tone().code().to_owned()),
        "notice" => notice(&case.notice),
        "sender.name" => sender.name.clone(),
        "sender.role" => sender.role.clone(),
        "sender.company" => sender.company.clone(),
        "sender.email" => sender.email.clone(),
        "sender.phone" => sender.phone.clone(),
        "sender.address" => (!sender.address.is_empty()).then(|| sender.address.join(" / ")),
        "sender.place" => sender.place.clone(),
        "letterhead" => case.letterhead.as_ref().map(|l| {
            let mut parts = Vec::new();
            if let Some(logo) = &l.logo {
                parts.push(format!("logo {}", logo.display()));
            }
            if let Some(accent) = &l.accent {
                parts.push(format!("accent {accent}"));
            }
            if !l.footer.is_empty() {
                parts.push(format!("footer {}", l.footer.join(" / ")));
            }
            parts.join(", ")
        }),
        _ => None,
    }
}

fn notice(notice: &Notice) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(days) = notice.days {
        parts.push(format!("{days} days"));
    }
    if let Some(until) = notice.until {
        parts.push(format!("until {until}"));
    }
    if let Some(milestone) = &notice.milestone {
        parts.push(format!("on completion of: {milestone}"));
    }
    if notice.immediate == Some(true) {
        parts.push("immediate".to_owned());
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// Writes a commented config file where adieu will read it.
fn init(args: &ConfigInitArgs, settings: &Settings) -> Result<()> {
    let path = settings.config.path().ok_or_else(no_config_file)?;
    output::check_destination(path, args.force)?;
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(|e| Error::WriteOutput {
        path: dir.to_path_buf(),
        reason: crate::error::Reason::Os(e),
    })?;
    let schema = schema::reference(Kind::Config, dir)
        .or_else(|| super::schema::install(Kind::Config))
        .unwrap_or_else(|| Kind::Config.file_name().to_owned());
    output::write_file(path, scaffold::config_file(&schema).as_bytes(), args.force)?;
    report::status(&format!(
        "wrote {}: fill in your sender details, then `adieu config show` checks it",
        path.display()
    ));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn read(path: &Path) -> Result<Config> {
        Config::read(path, &Catalog::embedded())
    }

    #[test]
    fn a_fresh_config_file_asks_for_its_placeholders() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.yaml");
        std::fs::write(&path, scaffold::config_file("config.schema.json")).unwrap();
        let config = read(&path).unwrap();
        let codes: Vec<_> = config
            .unfilled
            .iter()
            .map(|d| (d.code.as_str(), d.path.as_deref()))
            .collect();
        assert_eq!(
            codes,
            [
                ("placeholder", Some("sender.name")),
                ("placeholder", Some("sender.email"))
            ]
        );
        let filled = std::fs::read_to_string(&path)
            .unwrap()
            .replace("\"<your full name>\"", "Ana Popescu")
            .replace("\"<your email address>\"", "ana@studio.example");
        std::fs::write(&path, filled).unwrap();
        let config = read(&path).unwrap();
        assert!(config.unfilled.is_empty());
        assert_eq!(config.profile.notice.and_then(|n| n.days), Some(30));
    }
}
