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

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use inquire::validator::Validation;
use jiff::civil::Date;

use crate::answers::{Answer, Answers, Listed};
use crate::case::{self, Overrides, Reason, Tone};
use crate::cli::NewArgs;
use crate::config::Config;
use crate::diagnostic::Severity;
use crate::error::{Error, Result};
use crate::input::Source;
use crate::l10n::{Catalog, Language, Localizer};
use crate::render::Channel;
use crate::scaffold::{self, Request};
use prompt::{Kind, Prompter};

/// What a finished interview wrote.
#[derive(Debug)]
pub struct Written {
    /// The case file.
    pub path: PathBuf,
    /// Whether the user asked for the documents too.
    pub render: bool,
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
        let language = Language::resolve(tag, self.catalog)
            .map_err(|e| Error::usage(format!("{}; {}", e.message(), e.help())))?;
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
        let source = Source {
            name: self.file_name.clone(),
            text: self.text(&trial)?,
        };
        let overrides = Overrides {
            language: None,
            date: None,
            today: self.today,
        };
        match case::load_with(&source, self.config, self.catalog, overrides) {
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
    let source = Source {
        name: path.display().to_string(),
        text: text.clone(),
    };
    let overrides = Overrides {
        language: None,
        date: None,
        today,
    };
    case::load_with(&source, config, catalog, overrides)?;
    crate::output::write_file(&path, text.as_bytes(), args.force)?;
    eprintln!("{}", p.say_with("interview-wrote", "file", path.display())?);
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let question = p.say_with("interview-render", "dir", format!("{}/", dir.display()))?;
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
    match answer {
        Ok(name) => Ok(PathBuf::from(name.trim())),
        Err(
            inquire::InquireError::OperationInterrupted | inquire::InquireError::OperationCanceled,
        ) => Err(Error::Interrupted),
        Err(e) => Err(Error::usage(format!("the interview stopped: {e}"))),
    }
}

mod questions {
    //! The questions, in the order a person tells the story.

    use super::*;

    /// Every question, skipping what the command line or the config file gives.
    pub(super) fn ask(
        p: &mut Prompter<'_>,
        args: &NewArgs,
        catalog: &Catalog,
        config: Option<&Config>,
    ) -> Result<()> {
        language(p, args, catalog, config)?;
        sender(p, config)?;
        client(p)?;
        let reason = reason(p, args, config)?;
        contract_and_notice(p, reason, config)?;
        if !reason.is_breach() {
            referral(p)?;
        }
        closeout(p)
    }

    fn language(
        p: &mut Prompter<'_>,
        args: &NewArgs,
        catalog: &Catalog,
        config: Option<&Config>,
    ) -> Result<()> {
        if let Some(tag) = &args.lang {
            p.answers.set("language", Answer::Text(tag.clone()));
            return Ok(());
        }
        let tags: Vec<String> = catalog.folders().into_iter().collect();
        let given = config.and_then(|c| c.profile.language.as_deref());
        let preset = given.and_then(|g| tags.iter().position(|t| t.eq_ignore_ascii_case(g)));
        let mut options = Vec::new();
        for (index, tag) in tags.iter().enumerate() {
            let language =
                Language::resolve(tag, catalog).map_err(|e| Error::usage(e.message()))?;
            // Each language by its own name, which its speakers find in any list.
            let name = Localizer::new(language, catalog)?
                .message("language-name", &fluent_bundle::FluentArgs::new())?;
            options.push((index, format!("{name} ({tag})")));
        }
        let ui = p.ui.language().tag.as_str();
        let start = preset
            .or_else(|| tags.iter().position(|t| t == ui))
            .unwrap_or(0);
        let index = p.choose(&p.say("interview-language")?, options, start)?;
        p.answers.set("language", Answer::Code(tags[index].clone()));
        Ok(())
    }

    fn sender(p: &mut Prompter<'_>, config: Option<&Config>) -> Result<()> {
        let given = config.and_then(|c| c.profile.sender.as_ref());
        let has = |f: fn(&case::Sender) -> bool| given.is_some_and(f);
        if !has(|s| s.name.is_some()) {
            let q = p.say("interview-sender-name")?;
            p.text("sender.name", &q, Kind::Text, true, None)?;
        }
        if !has(|s| s.company.is_some()) {
            let q = p.say("interview-sender-company")?;
            p.text("sender.company", &q, Kind::Text, false, None)?;
        }
        if !has(|s| s.role.is_some()) {
            let q = p.say("interview-sender-role")?;
            p.text("sender.role", &q, Kind::Text, false, None)?;
        }
        if !has(|s| s.email.is_some()) {
            let q = p.say("interview-sender-email")?;
            p.text("sender.email", &q, Kind::Text, true, None)?;
        }
        if !has(|s| s.phone.is_some()) {
            let q = p.say("interview-sender-phone")?;
            p.text("sender.phone", &q, Kind::Text, false, None)?;
        }
        if !has(|s| !s.address.is_empty()) {
            let q = p.say("interview-sender-address")?;
            p.lines("sender.address", &q, Vec::new())?;
        }
        if !has(|s| s.place.is_some()) {
            let q = p.say("interview-sender-place")?;
            p.text("sender.place", &q, Kind::Text, false, None)?;
        }
        Ok(())
    }

    fn client(p: &mut Prompter<'_>) -> Result<()> {
        let q = p.say("interview-client-company")?;
        p.text("client.company", &q, Kind::Text, false, None)?;
        let q = p.say("interview-contact-name")?;
        p.text("client.contact.name", &q, Kind::Text, true, None)?;
        let name = match p.answers.get("client.contact.name") {
            Some(Answer::Text(name)) => name.clone(),
            _ => String::new(),
        };
        let options = vec![
            ("unspecified", p.say("interview-gender-unspecified")?),
            ("female", p.say("interview-gender-female")?),
            ("male", p.say("interview-gender-male")?),
        ];
        let q = p.say_with("interview-contact-gender", "name", &name)?;
        let gender = p.choose(&q, options, 0)?;
        if gender != "unspecified" {
            p.answers
                .set("client.contact.gender", Answer::Code(gender.to_owned()));
        }
        let q = p.say_with("interview-client-email", "name", &name)?;
        p.text("client.email", &q, Kind::Text, true, None)?;
        let q = p.say("interview-client-phone")?;
        p.text("client.phone", &q, Kind::Text, false, None)?;
        let q = p.say("interview-client-address")?;
        p.lines("client.address", &q, Vec::new())
    }

    fn reason(p: &mut Prompter<'_>, args: &NewArgs, config: Option<&Config>) -> Result<Reason> {
        let reason = match args.reason {
            Some(reason) => reason,
            None => {
                let mut options = Vec::new();
                for reason in Reason::ALL {
                    options.push((
                        reason,
                        p.say(&format!("interview-reason-{}", reason.code()))?,
                    ));
                }
                p.choose(&p.say("interview-reason")?, options, 0)?
            }
        };
        p.answers
            .set("reason", Answer::Code(reason.code().to_owned()));
        let firm = matches!(reason, Reason::Payment | Reason::Conduct | Reason::Ethics);
        let usual = config.and_then(|c| c.profile.tone).unwrap_or(if firm {
            Tone::Firm
        } else {
            Tone::Neutral
        });
        let tones = [Tone::Warm, Tone::Neutral, Tone::Firm];
        let mut options = Vec::new();
        for tone in tones {
            options.push((tone, p.say(&format!("interview-tone-{}", tone.code()))?));
        }
        let start = tones.iter().position(|t| *t == usual).unwrap_or(1);
        let tone = p.choose(&p.say("interview-tone")?, options, start)?;
        p.answers.set("tone", Answer::Code(tone.code().to_owned()));
        Ok(reason)
    }

    fn contract_and_notice(
        p: &mut Prompter<'_>,
        reason: Reason,
        config: Option<&Config>,
    ) -> Result<()> {
        let mut minimum = 0;
        if p.yes(&p.say("interview-contract")?, false)? {
            let q = p.say("interview-contract-title")?;
            p.text("contract.title", &q, Kind::Text, false, None)?;
            let q = p.say("interview-contract-reference")?;
            p.text("contract.reference", &q, Kind::Text, false, None)?;
            let q = p.say("interview-contract-signed")?;
            p.text("contract.signed", &q, Kind::Text, false, None)?;
            let q = p.say("interview-contract-notice")?;
            p.text("contract.notice_days", &q, Kind::Number, false, None)?;
            if let Some(Answer::Number(days)) = p.answers.get("contract.notice_days") {
                minimum = days.parse::<u16>().unwrap_or(0);
            }
        }
        let mut options = vec![
            ("days", p.say("interview-notice-days")?),
            ("until", p.say("interview-notice-until")?),
        ];
        if reason.is_breach() {
            options.push(("immediate", p.say("interview-notice-immediate")?));
        }
        match p.choose(&p.say("interview-notice")?, options, 0)? {
            "until" => {
                let q = p.say("interview-notice-last-day")?;
                p.text("notice.until", &q, Kind::Text, true, None)?;
                let q = p.say("interview-notice-milestone")?;
                p.text("notice.milestone", &q, Kind::Text, false, None)
            }
            "immediate" => {
                p.answers
                    .set("notice.immediate", Answer::Code("true".to_owned()));
                Ok(())
            }
            _ => {
                let usual = config
                    .and_then(|c| c.profile.notice.as_ref())
                    .and_then(|n| n.days)
                    .unwrap_or(30)
                    .max(minimum)
                    .to_string();
                let q = p.say_number("interview-notice-count", "minimum", minimum)?;
                p.text("notice.days", &q, Kind::Number, true, Some(&usual))
            }
        }
    }

    fn referral(p: &mut Prompter<'_>) -> Result<()> {
        let options = vec![
            ("none", p.say("interview-referral-none")?),
            ("person", p.say("interview-referral-person")?),
            ("kind", p.say("interview-referral-kind")?),
        ];
        match p.choose(&p.say("interview-referral")?, options, 0)? {
            "person" => {
                let q = p.say("interview-referral-name")?;
                p.text("referral.name", &q, Kind::Text, true, None)?;
                let q = p.say("interview-referral-company")?;
                p.text("referral.company", &q, Kind::Text, false, None)?;
                let q = p.say("interview-referral-contact")?;
                p.text("referral.contact", &q, Kind::Text, false, None)
            }
            "kind" => {
                let q = p.say("interview-referral-what")?;
                p.text("referral.kind", &q, Kind::Text, true, None)
            }
            _ => Ok(()),
        }
    }

    fn closeout(p: &mut Prompter<'_>) -> Result<()> {
        let mut first = true;
        let mut currency: Option<String> = None;
        for i in 0.. {
            let id = if first {
                "interview-invoice"
            } else {
                "interview-invoice-another"
            };
            if !p.yes(&p.say(id)?, false)? {
                break;
            }
            first = false;
            let path = |field: &str| format!("closeout.invoices.{i}.{field}");
            let q = p.say("interview-invoice-number")?;
            p.text(&path("number"), &q, Kind::Text, true, None)?;
            let q = p.say("interview-invoice-amount")?;
            p.text(&path("amount"), &q, Kind::Number, true, None)?;
            let q = p.say("interview-invoice-currency")?;
            p.text(&path("currency"), &q, Kind::Text, true, currency.as_deref())?;
            if let Some(Answer::Text(code)) = p.answers.get(&path("currency")) {
                currency = Some(code.clone());
            }
            let q = p.say("interview-invoice-due")?;
            p.text(&path("due"), &q, Kind::Text, false, None)?;
        }
        first = true;
        for i in 0.. {
            let id = if first {
                "interview-deliverable"
            } else {
                "interview-deliverable-another"
            };
            if !p.yes(&p.say(id)?, false)? {
                break;
            }
            first = false;
            let path = |field: &str| format!("closeout.deliverables.{i}.{field}");
            let q = p.say("interview-deliverable-item")?;
            p.text(&path("item"), &q, Kind::Text, true, None)?;
            let q = p.say("interview-deliverable-by")?;
            p.text(&path("by"), &q, Kind::Text, false, None)?;
        }
        catalogue::<case::Handover>(p, "closeout.handover", "interview-handover")?;
        let options = vec![
            ("none", p.say("interview-data-none")?),
            ("return", p.say("interview-data-return")?),
            ("delete", p.say("interview-data-delete")?),
            (
                "keep-as-required",
                p.say("interview-data-keep-as-required")?,
            ),
        ];
        let data = p.choose(&p.say("interview-data")?, options, 0)?;
        if data != "none" {
            p.answers
                .set("closeout.data", Answer::Code(data.to_owned()));
        }
        if p.yes(&p.say("interview-refund")?, false)? {
            let q = p.say("interview-refund-amount")?;
            p.text("closeout.refund.amount", &q, Kind::Number, true, None)?;
            let q = p.say("interview-refund-currency")?;
            p.text(
                "closeout.refund.currency",
                &q,
                Kind::Text,
                true,
                currency.as_deref(),
            )?;
        }
        catalogue::<case::Continuing>(p, "closeout.continuing", "interview-continuing")
    }

    /// A close-out list: the catalogue's items to tick, each in the user's language
    /// (adieu writes them in the client's), then anything else in the user's words.
    /// A code with terms (a warranty) asks for its number of days.
    fn catalogue<C: case::Catalogue>(p: &mut Prompter<'_>, path: &str, id: &str) -> Result<()> {
        // Each item as the documents word it, in the user's language; a code with
        // terms by what it is, its terms asked next.
        let mut options = Vec::new();
        for code in C::codes() {
            let plain = C::from_code(code).is_some_and(|c| c.is_ok());
            let id = if plain {
                format!("item-{code}")
            } else {
                format!("interview-item-{code}")
            };
            options.push((code, p.say(&id)?));
        }
        let mut items = Vec::new();
        for code in p.choose_many(&p.say(id)?, options)? {
            if C::from_code(code).is_some_and(|c| c.is_ok()) {
                items.push(Listed::Code(code.to_owned()));
            } else {
                let question = p.say(&format!("interview-item-{code}-days"))?;
                items.push(p.days_of(path, &question, code, &items)?);
            }
        }
        let question = p.say("interview-other-items")?;
        p.lines(path, &question, items)
    }
}
