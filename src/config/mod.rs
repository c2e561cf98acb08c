//! The config file: the defaults a user writes once — the sender profile, language,
//! tone and notice — merged under every case file.
//!
//! It is found the usual way: `--config FILE` or `$ADIEU_CONFIG`, else
//! `config.yaml` in adieu's folder of the platform's config directory
//! (`~/.config/adieu/config.yaml` on Linux and macOS, `%APPDATA%\adieu\config.yaml`
//! on Windows). Its fields are the case file's own types, so one schema and one set
//! of rules describe both; a case file's values win, field by field ([`merge`]).
//! A broken config file is reported like a broken case, located in the config file.

mod merge;

pub use merge::{Origin, Origins, merge};

use std::path::{Path, PathBuf};

use schemars::JsonSchema;
use serde::Deserialize;

use crate::case::{self, Notice, Sender, Tone};
use crate::diagnostic::{Code, Diagnostic};
use crate::error::{Error, Result};
use crate::input::Source;
use crate::l10n::{Catalog, Language};
use crate::yaml::Paths;

/// The environment variable that names the config file.
pub const ENV: &str = "ADIEU_CONFIG";

/// The defaults of a config file, as written.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "adieu config file",
    description = "Your sender details and defaults, written once and merged under every case file; a case file's own values win, field by field."
)]
pub struct Profile {
    /// The language of your documents when a case file gives none: en, es, fr, ro
    /// or sk, or a regional tag such as es-MX.
    #[serde(default)]
    #[schemars(schema_with = "crate::schema::language")]
    pub language: Option<String>,
    /// Your usual tone when a case file gives none: warm, neutral or firm.
    pub tone: Option<Tone>,
    /// Your usual notice when a case file gives none: a number of days, such as
    /// `days: 30`. Dates and immediate endings belong in the case file.
    pub notice: Option<Notice>,
    /// Your sender details, for the sender block and the signature. A case file's
    /// `sender` fields win one by one; the fields it leaves out are taken from here.
    #[schemars(extend("x-adieu-merge" = crate::schema::BY_FIELD))]
    pub sender: Option<Sender>,
    /// Your letterhead on the printed letter: a logo (PNG or SVG, relative to this
    /// config file), an accent colour and footer lines. A case file's replaces it.
    pub letterhead: Option<crate::case::Letterhead>,
    /// A folder of your own locale files, laid over adieu's file by file, as
    /// `--locales` does; relative to this config file.
    pub locales: Option<PathBuf>,
    /// A folder of your own templates (your letterhead), laid over adieu's file by
    /// file, as `--templates` does; relative to this config file.
    pub templates: Option<PathBuf>,
}

/// Where the config file is looked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// Named with `--config` or `$ADIEU_CONFIG`: it must exist.
    Explicit(PathBuf),
    /// The platform's usual place: read when it exists.
    Usual(PathBuf),
    /// `--no-config`, or no home directory to find the usual place in.
    None,
}

impl Location {
    /// Chooses the config file: `--config`, else `$ADIEU_CONFIG` (when set and not
    /// empty), else the usual one; none with `--no-config`, which the variable does
    /// not override.
    pub fn find(explicit: Option<&Path>, disabled: bool) -> Location {
        if disabled {
            return Location::None;
        }
        let from_env = std::env::var_os(ENV).map(PathBuf::from);
        match explicit.map(Path::to_path_buf).or(from_env) {
            Some(path) if !path.as_os_str().is_empty() => Location::Explicit(path),
            _ => usual_path().map_or(Location::None, Location::Usual),
        }
    }

    /// The path, if there is one.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Location::Explicit(path) | Location::Usual(path) => Some(path),
            Location::None => None,
        }
    }

    /// Reads, parses and checks the config file; `None` when there is none to read.
    pub fn load(&self, catalog: &Catalog) -> Result<Option<Config>> {
        match self {
            Location::None => Ok(None),
            Location::Usual(path) if !path.exists() => Ok(None),
            Location::Explicit(path) | Location::Usual(path) => {
                Config::read(path, catalog).map(Some)
            }
        }
    }
}

/// `config.yaml` in adieu's folder of the user's config directory, following the
/// XDG convention on Unix (as most command-line tools do, macOS included) and the
/// roaming application data folder on Windows.
pub fn usual_path() -> Option<PathBuf> {
    use etcetera::BaseStrategy as _;
    let strategy = etcetera::choose_base_strategy().ok()?;
    Some(strategy.config_dir().join("adieu").join("config.yaml"))
}

/// A config file that was read and checked.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file and its text, for locating problems it causes later.
    pub source: Source,
    /// The defaults it gives.
    pub profile: Profile,
    /// The placeholders `config init` wrote that are still there, located. They are
    /// errors only where their value is used: the merged case is checked again (a
    /// case's own sender wins), commands that never read the sender (`reasons`,
    /// `new`) work right after `init`, and `config show` reports them.
    pub unfilled: Vec<Diagnostic>,
}

impl Config {
    /// Reads and checks the config file at `path`. What makes it unreadable as a
    /// config file (a folder, over the size limit, not UTF-8) is a config error, 78,
    /// said in a config file's terms rather than a case file's.
    pub fn read(path: &Path, catalog: &Catalog) -> Result<Config> {
        let name = path.display().to_string();
        let refused = |diagnostic: Diagnostic, source_text: String| Error::InvalidConfig {
            file: name.clone(),
            source_text,
            diagnostics: vec![diagnostic],
        };
        if path.is_dir() {
            return Err(refused(
                Diagnostic::new(Code::NotAFile, "it is a directory, not a config file")
                    .with_help("name the config file itself, such as `config.yaml` in that folder"),
                String::new(),
            ));
        }
        let source = match Source::read(path) {
            Ok(source) => source,
            Err(Error::InvalidCase {
                source_text,
                diagnostics,
                ..
            }) => {
                return Err(Error::InvalidConfig {
                    file: name,
                    source_text,
                    diagnostics: diagnostics.into_iter().map(in_config_terms).collect(),
                });
            }
            Err(other) => return Err(other),
        };
        Config::parse(source, catalog)
    }

    /// Parses and checks a config file's text; every problem is located in it.
    pub fn parse(source: Source, catalog: &Catalog) -> Result<Config> {
        let invalid = |source: &Source, diagnostics| Error::InvalidConfig {
            file: source.name.clone(),
            source_text: source.text.clone(),
            diagnostics,
        };
        // A config file of comments only (as `config init` may leave it) sets nothing.
        let empty = source
            .text
            .lines()
            .all(|line| line.trim().is_empty() || line.trim_start().starts_with('#'));
        // The file's own paths locate every later problem: its text is walked once.
        let (profile, mut problems, paths): (Profile, _, _) = if empty {
            (Profile::default(), Vec::new(), Paths::default())
        } else {
            case::parse_config(&source.text).map_err(|d| invalid(&source, d))?
        };
        // Every problem at once: the shape's, then the rules' on what could be read.
        problems.extend(validate(&profile, catalog));
        let mut profile = profile;
        if let Some(letterhead) = &mut profile.letterhead {
            problems.extend(letterhead.read_logo(&case::letterhead::folder_of(&source.name)));
        }
        let (unfilled, problems): (Vec<_>, Vec<_>) = problems
            .into_iter()
            .partition(|p| p.code == Code::Placeholder);
        if problems.is_empty() {
            let unfilled = case::locate_in(unfilled, &paths);
            Ok(Config {
                source,
                profile,
                unfilled,
            })
        } else {
            let located = case::locate_in(problems, &paths);
            Err(invalid(&source, located))
        }
    }

    /// The file's name as the user should see it.
    pub fn name(&self) -> &str {
        &self.source.name
    }

    /// A folder the config names, relative to the config file's own folder.
    pub fn folder(&self, folder: &Path) -> PathBuf {
        match Path::new(&self.source.name).parent() {
            Some(parent) if folder.is_relative() => parent.join(folder),
            _ => folder.to_path_buf(),
        }
    }
}

/// A problem that made a file unreadable, said of a config file: the reader's
/// wording is a case file's.
fn in_config_terms(mut diagnostic: Diagnostic) -> Diagnostic {
    match diagnostic.code {
        Code::LimitExceeded => {
            diagnostic.message = format!(
                "the file is larger than {} MiB, the size limit for a config file",
                case::MAX_INPUT_BYTES / (1024 * 1024)
            );
            diagnostic.help = Some(
                "a config file holds your sender details and defaults in a few hundred bytes; is this the right file?".into(),
            );
        }
        Code::NotUtf8 => {
            diagnostic.help = Some(
                "save the config file as UTF-8; most editors offer it under \"Save with encoding\""
                    .into(),
            );
        }
        _ => {}
    }
    diagnostic
}

/// The rules a config file follows on its own. The merged case is validated again,
/// so these are the checks that must point into the config file.
pub fn validate(profile: &Profile, catalog: &Catalog) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    if let Some(tag) = &profile.language
        && let Err(error) = Language::resolve(tag, catalog)
    {
        problems.push(
            Diagnostic::new(Code::UnsupportedLanguage, error.message())
                .at_path("language")
                .with_help(error.help()),
        );
    }
    if let Some(notice) = &profile.notice {
        for (field, given) in [
            ("until", notice.until.is_some()),
            ("milestone", notice.milestone.is_some()),
            ("immediate", notice.immediate.is_some()),
        ] {
            if given {
                problems.push(
                    Diagnostic::new(Code::InvalidNotice, format!("a default notice cannot give `{field}`"))
                        .at_path(format!("notice.{field}"))
                        .with_help("a default notice is a number of days, such as `days: 30`; write dates and immediate endings in the case file"),
                );
            }
        }
        match notice.days {
            None if notice.until.is_none()
                && notice.milestone.is_none()
                && notice.immediate.is_none() =>
            {
                problems.push(
                    Diagnostic::new(Code::InvalidNotice, "the default notice gives no period")
                        .at_path("notice")
                        .with_help("write `days: 30`, or remove the `notice` section"),
                );
            }
            Some(days) if days > case::MAX_NOTICE_DAYS => problems.push(
                Diagnostic::new(
                    Code::InvalidValue,
                    format!("a notice of {days} days is longer than a year"),
                )
                .at_path("notice.days")
                .with_help(format!(
                    "notice.days runs from 0 to {}",
                    case::MAX_NOTICE_DAYS
                )),
            ),
            _ => {}
        }
    }
    if let Some(sender) = &profile.sender {
        if let Some(email) = &sender.email {
            case::check_email(email, "sender.email", &mut problems);
        }
        for (path, text) in case::sender_text_fields(sender) {
            case::check_text(&path, &text, &mut problems);
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config> {
        Config::parse(
            Source {
                name: "config.yaml".into(),
                text: text.into(),
            },
            &Catalog::embedded(),
        )
    }

    #[test]
    fn a_file_of_comments_sets_nothing() {
        let config = parse("# nothing yet\n\n").unwrap();
        assert!(config.profile.sender.is_none());
        assert!(config.profile.notice.is_none());
    }

    #[test]
    fn problems_are_located_in_the_config_file() {
        let error =
            parse("sender:\n  name: Ana\n  email: not-an-email\nnotice:\n  until: 2027-01-01\n")
                .unwrap_err();
        let Error::InvalidConfig {
            file, diagnostics, ..
        } = error
        else {
            panic!("{error:?}");
        };
        assert_eq!(file, "config.yaml");
        let found: Vec<_> = diagnostics
            .iter()
            .map(|d| (d.code.as_str(), d.span.map(|s| (s.line, s.column))))
            .collect();
        assert_eq!(
            found,
            [
                ("invalid-email", Some((3, 10))),
                ("invalid-notice", Some((5, 10)))
            ]
        );
    }

    #[test]
    fn unknown_fields_are_rejected_with_a_suggestion() {
        let error = parse("sendr:\n  name: Ana\n").unwrap_err();
        let Error::InvalidConfig { diagnostics, .. } = error else {
            panic!("{error:?}");
        };
        assert_eq!(diagnostics[0].code.as_str(), "unknown-field");
        assert_eq!(
            diagnostics[0].help.as_deref(),
            Some("did you mean `sender`?")
        );
    }

    #[test]
    fn no_config_means_no_file() {
        assert_eq!(Location::find(None, true), Location::None);
        assert_eq!(
            Location::find(Some(Path::new("x.yaml")), false),
            Location::Explicit(PathBuf::from("x.yaml"))
        );
    }
}
