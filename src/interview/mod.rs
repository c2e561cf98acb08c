//! `adieu new --interactive`: the case file from answers to questions, for users
//! who would rather not write YAML.
//!
//! The answers are kept by field path ([`Answers`]) and written by the scaffold, so
//! the file is the one `adieu new` writes with its blanks filled in, and can be
//! edited and rendered again later. Every answer is checked as it is typed by
//! running the whole case so far through [`case::load_with`], the function
//! `adieu check` uses, and keeping the errors about the field just asked: the rules
//! and messages are check's, never a copy of them. Nothing is written before the
//! last question, so Ctrl-C leaves nothing behind.

mod prompt;
mod questions;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use inquire::validator::Validation;
use jiff::civil::Date;

use crate::answers::{Answer, Answers};
use crate::case::{self, Overrides, Reason};
use crate::cli::NewArgs;
use crate::config::Config;
use crate::diagnostic::Severity;
use crate::error::{Error, Result};
use crate::input::Source;
use crate::l10n::{Catalog, Language, Localizer};
use crate::render::Channel;
use crate::scaffold::{self, Request};
use prompt::Prompter;

/// What a finished interview wrote.
#[derive(Debug)]
pub struct Written {
    /// The case file.
    pub path: PathBuf,
    /// Whether the user asked for the documents too.
    pub render: bool,
}

impl Written {
    /// The folder the case file is in, where its documents go.
    pub fn folder(&self) -> PathBuf {
        folder_of(&self.path)
    }
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The usage error for `-i` without a terminal to ask in.
pub(crate) fn not_a_terminal() -> Error {
    Error::usage(
        "--interactive asks its questions in a terminal, and standard input is not one; \
         run `adieu new -o case.yaml` for a commented case file to fill in instead",
    )
}

/// Checks answers as `adieu check` checks a file.
pub(crate) struct Check<'a> {
    catalog: &'a Catalog,
    config: Option<&'a Config>,
    channel: Channel,
    today: Date,
    file_name: String,
}

impl Check<'_> {
    /// The case file the answers make.
    fn text(&self, answers: &Answers) -> Result<String> {
        let tag = match answers.get("language") {
            Some(Answer::Code(tag) | Answer::Text(tag)) => tag.as_str(),
            _ => "en",
        };
        let language =
            Language::resolve(tag, self.catalog).map_err(|e| Error::language(None, e))?;
        let localizer = Localizer::new(language.clone(), self.catalog)?;
        let request = Request {
            language: &language,
            reason: reason_of(answers),
            channel: self.channel,
            config: self.config,
            schema: crate::schema::Kind::Case.file_name(),
            file_name: &self.file_name,
            answers: Some(answers),
        };
        Ok(scaffold::scaffold(&request, &localizer)?.text)
    }

    /// Every error `adieu check` finds in the answers' case, each with its help.
    /// The fields a case cannot be read without stand in for those not asked yet,
    /// so that what was answered is checked whatever the order of the questions.
    fn errors(&self, answers: &Answers) -> Result<Vec<(Option<String>, String)>> {
        let mut trial = answers.clone();
        for (path, stand_in) in [
            ("reason", Answer::Code("capacity".to_owned())),
            ("client.contact.name", Answer::Text("Alex Stand".to_owned())),
            ("client.email", Answer::Text("alex@example.com".to_owned())),
        ] {
            if trial.get(path).is_none() {
                trial.set(path, stand_in);
            }
        }
        match self.load(self.text(&trial)?) {
            Ok(_) => Ok(Vec::new()),
            Err(Error::InvalidCase { diagnostics, .. }) => Ok(diagnostics
                .into_iter()
                .filter(|d| d.severity == Severity::Error)
                .map(|d| {
                    let text = match &d.help {
                        Some(help) => format!("{}: {help}", d.message),
                        None => d.message.clone(),
                    };
                    (d.path, text)
                })
                .collect()),
            Err(other) => Err(other),
        }
    }

    /// The case file `text` read and checked as `adieu check` does.
    fn load(&self, text: String) -> Result<case::Loaded> {
        let source = Source {
            name: self.file_name.clone(),
            text,
        };
        let overrides = Overrides {
            language: None,
            date: None,
            today: self.today,
        };
        case::load_with(&source, self.config, self.catalog, overrides)
    }

    /// Whether the answer at `path` passes: the errors about that field, about a
    /// field below it or about the section holding it (a notice shorter than the
    /// contract's is said at `notice.days`). The others wait for their question.
    fn verdict(&self, answers: &Answers, path: &str) -> Validation {
        let errors = match self.errors(answers) {
            Ok(errors) => errors,
            Err(e) => return Validation::Invalid(e.to_string().into()),
        };
        let concerns = |at: &Option<String>| match at {
            None => true,
            Some(at) => {
                at == path
                    || at.starts_with(&format!("{path}."))
                    || (path.starts_with(&format!("{at}.")) && at.contains('.'))
            }
        };
        let messages: Vec<String> = errors
            .into_iter()
            .filter(|(at, _)| concerns(at))
            .map(|(_, text)| text)
            .collect();
        if messages.is_empty() {
            Validation::Valid
        } else {
            Validation::Invalid(messages.join("\n").into())
        }
    }
}

/// The reason answered so far.
fn reason_of(answers: &Answers) -> Option<Reason> {
    match answers.get("reason") {
        Some(Answer::Code(code)) => Reason::ALL.into_iter().find(|r| r.code() == code),
        _ => None,
    }
}

/// The language of the questions: the first of LC_ALL, LC_MESSAGES and LANG that is
/// set, when it names one of adieu's languages; else English.
pub fn ui_language(catalog: &Catalog) -> Result<Language> {
    let set = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()));
    let base = set
        .as_deref()
        .and_then(|value| value.split(['_', '.', '@', '-']).next())
        .unwrap_or("en")
        .to_ascii_lowercase();
    Language::resolve(&base, catalog)
        .or_else(|_| Language::resolve("en", catalog))
        .map_err(|e| Error::usage(e.message()))
}

/// Asks the questions and writes the case file; says whether to render it too.
pub fn run(
    args: &NewArgs,
    catalog: &Catalog,
    config: Option<&Config>,
    today: Date,
) -> Result<Written> {
    if !std::io::stdin().is_terminal() {
        return Err(not_a_terminal());
    }
    let ui = Localizer::new(ui_language(catalog)?, catalog)?;
    let file_name = scaffold::file_name(args.output.as_deref());
    let check = Check {
        catalog,
        config,
        channel: args.channel,
        today,
        file_name,
    };
    let mut p = Prompter {
        ui: &ui,
        answers: Answers::default(),
        check: &check,
    };
    eprintln!("{}", p.say("interview-intro")?);
    questions::ask(&mut p, args, catalog, config)?;
    let path = match &args.output {
        Some(path) => path.clone(),
        None => ask_file(&p, args.force)?,
    };
    let check = Check {
        catalog,
        config,
        channel: args.channel,
        today,
        file_name: path.display().to_string(),
    };
    let text = check.text(&p.answers)?;
    // The file as written must pass `check`: the answers were checked one by one,
    // and this is the whole case once more, as a file.
    check.load(text.clone())?;
    crate::output::write_file(&path, text.as_bytes(), args.force)?;
    eprintln!("{}", p.say_with("interview-wrote", "file", path.display())?);
    let folder = folder_of(&path);
    let question = p.say_with("interview-render", "dir", format!("{}/", folder.display()))?;
    let render = p.yes(&question, true)?;
    Ok(Written { path, render })
}

/// The case file's name, when `-o` gave none: a new file, never one that exists.
fn ask_file(p: &Prompter<'_>, force: bool) -> Result<PathBuf> {
    let question = p.say("interview-file")?;
    let keys = p.say("interview-keys")?;
    let taken = |name: &str| p.say_with("interview-file-exists", "file", name);
    let validator = |input: &str| {
        let name = input.trim();
        if name.is_empty() {
            return Ok(Validation::Invalid(p.say("interview-needed")?.into()));
        }
        if !force && std::fs::symlink_metadata(name).is_ok() {
            return Ok(Validation::Invalid(taken(name)?.into()));
        }
        Ok(
            match crate::output::check_destination(Path::new(name), force) {
                Ok(()) => Validation::Valid,
                Err(e) => Validation::Invalid(e.to_string().into()),
            },
        )
    };
    let answer = inquire::Text::new(&question)
        .with_default("case.yaml")
        .with_help_message(&keys)
        .with_validator(validator)
        .prompt();
    // Esc on the last question, like Ctrl-C, leaves without writing.
    let name = prompt::asked(answer)?.ok_or(Error::Interrupted)?;
    Ok(PathBuf::from(name.trim()))
}
