//! From a source text to a case ready to render: parsed, with the command line's
//! overrides applied, its language resolved and every rule checked.

use jiff::civil::Date;

use super::validate::{Given, given_days, notice_too_short};
use super::{Case, CaseDate, Valid, advice, convert, validate};
use crate::config::{Config, Origin, Origins};
use crate::diagnostic::{Code, Diagnostic, MAX_DIAGNOSTICS, Severity, Span};
use crate::error::{Error, Result};
use crate::input::Source;
use crate::l10n::{Catalog, Language};
use crate::yaml::{Document, Paths};

/// What the command line adds to a case file.
#[derive(Debug, Clone, Copy)]
pub struct Overrides<'a> {
    /// `--lang`: replaces the case's `language`.
    pub language: Option<&'a str>,
    /// `--date`: replaces the case's `date`.
    pub date: Option<Date>,
    /// Today, for a case without a date (`SOURCE_DATE_EPOCH` can fix it).
    pub today: Date,
}

/// A case file read once: its text and the [`Document`] built from it, which gives
/// the case and locates every diagnostic about it, those found loading it and those
/// found after (a printed letter's advice, a character a PDF's font lacks, a letter
/// longer than its page). Keep it for as long as diagnostics about the case may
/// come, so that its text is walked once.
#[derive(Debug)]
pub struct CaseFile<'a> {
    source: &'a Source,
    /// The document and the problems building it found (characters a reader cannot
    /// see), or why no document could be built.
    built: std::result::Result<(Document, Vec<Diagnostic>), Vec<Diagnostic>>,
}

impl<'a> CaseFile<'a> {
    /// Builds the document of a case file's text. The text must already be within
    /// [`super::MAX_INPUT_BYTES`], as [`Source::read`] makes it.
    pub fn read(source: &'a Source) -> CaseFile<'a> {
        CaseFile {
            source,
            built: Document::build(&source.text),
        }
    }

    /// The file as an [`Input`] to load.
    pub fn input(&self) -> Input<'_> {
        Input::File(self)
    }
}

/// What a case is loaded from.
#[derive(Debug, Clone, Copy)]
pub enum Input<'a> {
    /// A case file, read into its document once; the document locates the problems.
    File(&'a CaseFile<'a>),
    /// A document built otherwise (a spreadsheet row laid over its base file), named
    /// `name` in messages, with the problems building it found. Its paths locate
    /// the problems.
    Document {
        /// How the case is named in messages.
        name: &'a str,
        /// The document.
        document: &'a Document,
        /// The problems found building it.
        problems: &'a [Diagnostic],
    },
}

impl Input<'_> {
    /// How the case is named in messages, and where its logo is looked for.
    pub fn name(&self) -> &str {
        match self {
            Input::File(file) => &file.source.name,
            Input::Document { name, .. } => name,
        }
    }

    /// The case file's text; a document built otherwise has none.
    pub fn text(&self) -> &str {
        match self {
            Input::File(file) => &file.source.text,
            Input::Document { .. } => "",
        }
    }

    /// Gives each diagnostic its span in the input, sorted: see [`locate_in`].
    pub fn locate(&self, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
        match self.document() {
            Some(document) => locate_in(diagnostics, document.paths()),
            // A text no document could be built from: its syntax error is located
            // already, and the walk (only when another diagnostic needs it) reads
            // what it can before the error.
            None => locate(diagnostics, self.text()),
        }
    }

    /// The input's document; none for a case file whose text is no document.
    fn document(&self) -> Option<&Document> {
        match self {
            Input::File(file) => file.built.as_ref().ok().map(|(document, _)| document),
            Input::Document { document, .. } => Some(document),
        }
    }
}

/// A valid case and the language it is written in.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The case, with overrides applied, and the facts its validation established
    /// (the date the documents carry, the last day).
    pub case: Valid,
    /// The resolved output language.
    pub language: Language,
    /// Advice about the case: warnings, located and sorted, that do not stop rendering.
    pub advice: Vec<Diagnostic>,
}

impl Loaded {
    /// Adds the advice that concerns a printed letter (an inside address, a notice
    /// longer than the post takes), located in the case's `input` (the one it was
    /// loaded from) and sorted with the rest: `adieu letter` and `check --letter` give it, the email and the
    /// call script do not need it.
    pub fn advise_letter(&mut self, input: &Input<'_>) {
        let letter = advice::letter(&self.case, self.case.day());
        if letter.is_empty() {
            return;
        }
        let mut all = std::mem::take(&mut self.advice);
        all.extend(letter);
        self.advice = input.locate(all);
    }
}

/// Parses and validates a case file, reporting every problem with its location.
pub fn load(source: &Source, catalog: &Catalog, overrides: Overrides<'_>) -> Result<Loaded> {
    load_with(source, None, catalog, overrides)
}

/// Like [`load`], with the defaults of a config file merged under the case first.
pub fn load_with(
    source: &Source,
    config: Option<&Config>,
    catalog: &Catalog,
    overrides: Overrides<'_>,
) -> Result<Loaded> {
    load_from(CaseFile::read(source).input(), config, catalog, overrides)
}

/// Like [`load_with`], from a case file or a document built otherwise: whichever
/// it is, the case is checked, converted, validated and advised on the same way.
pub fn load_from(
    input: Input<'_>,
    config: Option<&Config>,
    catalog: &Catalog,
    overrides: Overrides<'_>,
) -> Result<Loaded> {
    let invalid = |diagnostics: Vec<Diagnostic>| Error::InvalidCase {
        file: input.name().to_owned(),
        source_text: input.text().to_owned(),
        diagnostics,
    };
    let (document, problems) = match input {
        Input::File(CaseFile { built, .. }) => match built {
            Ok((document, problems)) => (document, problems.as_slice()),
            Err(problems) => return Err(invalid(input.locate(problems.clone()))),
        },
        Input::Document {
            document, problems, ..
        } => (document, problems),
    };
    let mut case =
        convert(document, problems.to_vec(), input.text()).map_err(|d| invalid(input.locate(d)))?;
    let paths = document.paths();
    let origins = crate::config::merge(&mut case, config.map(|c| &c.profile));
    // A placeholder left in the config is an error here only if this case uses its
    // value, and it is the config file that needs the fix: said there, exit 78.
    if let Some(config) = config {
        let used: Vec<Diagnostic> = config
            .unfilled
            .iter()
            .filter(|d| {
                d.path
                    .as_deref()
                    .is_some_and(|path| origins.of(path) == Origin::Config)
            })
            .cloned()
            .collect();
        if !used.is_empty() {
            return Err(Error::InvalidConfig {
                file: config.name().to_owned(),
                source_text: config.source.text.clone(),
                diagnostics: used,
            });
        }
    }
    if let Some(date) = overrides.date {
        case.date = Some(CaseDate(date));
    }
    let date = case.date.map_or(overrides.today, |d| d.0);
    let mut problems = validate(&case, overrides.today);
    // The case's own logo, relative to the case file; the config's was read with it.
    if origins.of("letterhead") == Origin::Case
        && let Some(letterhead) = &mut case.letterhead
    {
        problems.extend(letterhead.read_logo(&super::letterhead::folder_of(input.name())));
    }
    let language = match (overrides.language, case.language.as_deref()) {
        (Some(tag), _) => {
            Some(Language::resolve(tag, catalog).map_err(|e| Error::language("--lang", e))?)
        }
        (None, Some(tag)) => match Language::resolve(tag, catalog) {
            Ok(language) => Some(language),
            Err(e) => {
                problems.push(
                    Diagnostic::new(Code::UnsupportedLanguage, e.message())
                        .at_path("language")
                        .with_help(e.help()),
                );
                None
            }
        },
        (None, None) => {
            problems.push(
                Diagnostic::new(Code::MissingField, "the case gives no `language`")
                    .at_path("language")
                    .with_help("add `language: en` (or es, fr, ro, sk) at the top of the file, or pass --lang"),
            );
            None
        }
    };
    if let Some(language) = &language {
        let requested = overrides
            .language
            .or(case.language.as_deref())
            .unwrap_or("");
        problems.extend(advice::ignored_extension(
            language,
            requested,
            overrides.language.is_none(),
        ));
    }
    let languages: Vec<&str> = language
        .iter()
        .map(|l| l.base.as_str())
        .chain(
            case.language
                .as_deref()
                .and_then(|tag| tag.split(['-', '_']).next()),
        )
        .collect();
    problems.extend(advice::advise(
        &case,
        date,
        overrides.today,
        &languages,
        catalog,
        Some((input.text(), paths)),
    ));
    drop_cascade(&mut problems);
    if let Some(config) = config {
        blame_config(&mut problems, &case, date, &origins, config);
    }
    let valid = match &language {
        Some(_) if !problems.iter().any(Diagnostic::is_error) => {
            Valid::accepted(case, overrides.today)
        }
        _ => None,
    };
    match (language, valid) {
        (Some(language), Some(case)) => Ok(Loaded {
            case,
            language,
            advice: locate_in(problems, paths),
        }),
        _ => Err(invalid(locate_in(problems, paths))),
    }
}

/// The advice computed from the last day of the collaboration, which the notice
/// and the case date decide.
const FROM_THE_END: &[Code] = &[
    Code::ShortNotice,
    Code::WeekendEnd,
    Code::InvoiceDueAfterEnd,
];

/// One mistake, one message: a warning about a fact already in error is dropped.
/// That is a warning at the path of an error, and, once the notice or the date is
/// in error (say `until` before `date`), every warning computed from the end date
/// they give, which would only repeat the mistake with odd numbers.
fn drop_cascade(problems: &mut Vec<Diagnostic>) {
    let errors: Vec<String> = problems
        .iter()
        .filter(|p| p.is_error())
        .filter_map(|p| p.path.clone())
        .collect();
    let end_in_error = errors
        .iter()
        .any(|path| path == "date" || path == "notice" || path.starts_with("notice."));
    problems.retain(|p| {
        p.is_error()
            || !(p.path.as_ref().is_some_and(|path| errors.contains(path))
                || (end_in_error && FROM_THE_END.contains(&p.code)))
    });
}

/// A problem with a value the config file gave (say, a default notice shorter than
/// this contract's) is reported with the case, which is what needs the fix, but says
/// where the value came from.
fn blame_config(
    problems: &mut [Diagnostic],
    case: &Case,
    date: Date,
    origins: &Origins,
    config: &Config,
) {
    for problem in problems {
        let Some(path) = problem.path.clone() else {
            continue;
        };
        if origins.of(&path) != Origin::Config {
            continue;
        }
        let note = format!("`{path}` comes from the config file {}", config.name());
        problem.help = Some(match problem.help.take() {
            Some(help) => format!("{help}; {note}"),
            None => note,
        });
        // The notice is not written in the case file; the contract's minimum, which
        // it falls short of, is.
        if problem.code == Code::NoticeTooShort {
            problem.path = Some("contract.notice_days".into());
            // The minimum is now the place shown; its label would point at it twice.
            problem
                .labels
                .retain(|label| label.path.as_deref() != Some("contract.notice_days"));
            let minimum = case.contract.as_ref().and_then(|c| c.notice_days);
            if let (Some(days), Some(minimum)) = (given_days(&case.notice, date), minimum) {
                problem.message = notice_too_short(Given::Config, days, minimum);
            }
        }
    }
}

/// Gives every diagnostic its span, sorts them by position and keeps the first
/// [`MAX_DIAGNOSTICS`], so that a file built to produce thousands costs no more to
/// report than a few screens. For a text with no document at hand: the paths are
/// found by walking it, when a diagnostic needs one.
pub fn locate(diagnostics: Vec<Diagnostic>, text: &str) -> Vec<Diagnostic> {
    let unlocated = |span: Option<Span>, path: Option<&String>| span.is_none() && path.is_some();
    if diagnostics.iter().any(|d| {
        unlocated(d.span, d.path.as_ref())
            || d.labels.iter().any(|l| unlocated(l.span, l.path.as_ref()))
    }) {
        locate_in(diagnostics, &Paths::new(text))
    } else {
        locate_in(diagnostics, &Paths::default())
    }
}

/// [`locate`], with the paths of the document the diagnostics are about.
pub fn locate_in(mut diagnostics: Vec<Diagnostic>, paths: &Paths) -> Vec<Diagnostic> {
    for diagnostic in &mut diagnostics {
        if diagnostic.span.is_none()
            && let Some(path) = &diagnostic.path
        {
            diagnostic.span = paths.locate(path);
        }
        diagnostic.locate_labels(|path| paths.locate(path));
    }
    diagnostics.sort_by_key(|d| d.span.map_or((0, 0), |s| (s.offset, s.len)));
    if diagnostics.len() > MAX_DIAGNOSTICS {
        let more = diagnostics.len() - MAX_DIAGNOSTICS;
        let severity = diagnostics[MAX_DIAGNOSTICS..]
            .iter()
            .map(|d| d.severity)
            .min()
            .unwrap_or(Severity::Warning);
        diagnostics.truncate(MAX_DIAGNOSTICS);
        let note = format!("{more} more problems are not shown");
        diagnostics.push(
            Diagnostic::new(Code::TooManyProblems, note)
                .with_severity(severity)
                .with_help("fix the problems above and check the file again"),
        );
    }
    diagnostics
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::{DATED, dated};

    /// What is found about a valid case file after it is loaded (a letter longer
    /// than its page, here) is located from the document read while loading it,
    /// at the same place a walk over its text finds.
    #[test]
    fn a_case_file_locates_later_diagnostics_from_its_document() {
        let text = dated("en-capacity", DATED).unwrap();
        let source = Source::from_bytes("case.yaml", text.into_bytes()).unwrap();
        let file = CaseFile::read(&source);
        let input = file.input();
        let overrides = Overrides {
            language: None,
            date: None,
            today: DATED,
        };
        load_from(input, None, &Catalog::embedded(), overrides).unwrap();
        let later = || vec![Diagnostic::new(Code::LetterOverflows, "long").at_path("client.name")];
        let located = input.locate(later());
        assert!(located[0].span.is_some());
        assert_eq!(located[0].span, locate(later(), &source.text)[0].span);
    }

    /// A case file whose text is no document is an invalid case, its syntax error
    /// located.
    #[test]
    fn a_case_file_that_is_no_document_is_invalid() {
        let source = Source::from_bytes("case.yaml", b"language: [en\n".to_vec()).unwrap();
        let overrides = Overrides {
            language: None,
            date: None,
            today: DATED,
        };
        let error = load_with(&source, None, &Catalog::embedded(), overrides).unwrap_err();
        let Error::InvalidCase { diagnostics, .. } = error else {
            panic!("not an invalid case: {error:?}");
        };
        assert!(diagnostics[0].span.is_some());
    }
}
