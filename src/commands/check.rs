//! `adieu check`: validates case files without rendering and reports every problem
//! and every piece of advice, file by file, like a compiler.

use std::io::Write;

use anstream::eprint;
use jiff::civil::Date;

use super::Settings;
use crate::case::{self, CaseFile, Overrides};
use crate::cli::{CheckArgs, CheckFormat};
use crate::compose::Composer;
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::error::{Error, Found, Result};
use crate::input::Source;
use crate::l10n::Catalog;
use crate::output;
use crate::render::{Channel, Format};
use crate::report;
use crate::spreadsheet::{Problem, Spreadsheet};

/// What was found across all files.
#[derive(Debug, Default)]
struct Tally {
    files: usize,
    invalid: usize,
    unreadable: usize,
    errors: usize,
    warnings: usize,
    /// Whether warnings fail the check (`--deny warnings`, `--strict`).
    deny: bool,
    /// What is counted: case files, or the rows of a spreadsheet.
    rows: bool,
}

/// `--explain CODE`: what the code means, on stdout, as `rustc --explain` does.
fn explain(code: Code) -> Result<()> {
    let severity = code.severity().as_str();
    let text = format!("{code} ({severity})\n\n{}\n", code.explain());
    output::write_stdout(text.as_bytes())
}

/// Checks every case file named, with the config file's defaults merged under each
/// as a render would, prints what it finds and returns the exit status.
pub fn check(args: &CheckArgs, settings: &Settings, today: Date) -> Result<()> {
    if let Some(code) = args.explain {
        return explain(code);
    }
    if args.pdf {
        crate::render::pdf_available()?;
    }
    let catalog = Catalog::embedded();
    let config = settings.load_config(&catalog)?;
    let overrides = Overrides {
        language: None,
        date: None,
        today,
    };
    let deny = args.strict || args.deny.is_some();
    let mut tally = Tally {
        deny,
        ..Tally::default()
    };
    if let Some(csv) = &args.csv {
        let format = if args.pdf { Format::Pdf } else { Format::Text };
        // The letter's composer gives the letter's advice too; the call script takes
        // the same formats and needs none of its own.
        let channel = if args.letter {
            Channel::Letter
        } else {
            Channel::Call
        };
        let composer = Composer::new(channel, format, catalog).with_config(config);
        check_rows(csv, args, &composer, overrides, &mut tally)?;
        return finish(args, &tally);
    }
    // The letter of each case is measured as a render would (letter-overflows).
    let letter = Composer::new(Channel::Letter, Format::Text, catalog.clone());
    for path in &args.cases {
        tally.files += 1;
        let (name, text, diagnostics) = match Source::read(path) {
            Ok(source) => {
                // Read once: the document gives the case and locates what is found after.
                let case_file = CaseFile::read(&source);
                let input = case_file.input();
                match case::load_from(input, config.as_ref(), &catalog, overrides) {
                    Ok(mut loaded) => {
                        if args.letter {
                            loaded.advise_letter(&input);
                        }
                        let mut problems = letter.letter_warnings(&loaded)?;
                        if args.pdf {
                            problems.extend(crate::render::unsupported_characters(&loaded.case));
                        }
                        let mut diagnostics = loaded.advice;
                        diagnostics.extend(input.locate(problems));
                        (source.name, source.text, diagnostics)
                    }
                    Err(Error::InvalidCase {
                        file,
                        source_text,
                        diagnostics,
                    }) => (file, source_text, diagnostics),
                    Err(other) => return Err(other),
                }
            }
            Err(Error::InvalidCase {
                file,
                source_text,
                diagnostics,
            }) => (file, source_text, diagnostics),
            Err(error @ Error::ReadInput { .. }) => {
                tally.unreadable += 1;
                match args.format {
                    CheckFormat::Human => report::error(&error),
                    CheckFormat::Json => {
                        let diagnostic = Diagnostic::new(Code::Unreadable, error.to_string());
                        let line = diagnostic.to_json_line(&path.display().to_string());
                        output::write_stdout(format!("{line}\n").as_bytes())?;
                    }
                }
                continue;
            }
            Err(other) => return Err(other),
        };
        let errors = diagnostics.iter().filter(|d| d.is_error()).count();
        tally.errors += errors;
        tally.warnings += diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count();
        if errors > 0 {
            tally.invalid += 1;
        }
        match args.format {
            // `-q` says errors only; warnings that `--deny warnings` turns into
            // failures are errors of this run, so they are said too.
            CheckFormat::Human if report::is_quiet() && !deny => {
                let errors: Vec<Diagnostic> = diagnostics
                    .into_iter()
                    .filter(Diagnostic::is_error)
                    .collect();
                report::diagnostics_for(&name, &text, &errors);
            }
            CheckFormat::Human => report::diagnostics_for(&name, &text, &diagnostics),
            CheckFormat::Json => {
                let lines: String = diagnostics
                    .iter()
                    .map(|d| d.to_json_line(&name) + "\n")
                    .collect();
                output::write_stdout(lines.as_bytes())?;
            }
        }
    }
    finish(args, &tally)
}

/// Checks every row of a spreadsheet: the problems and advice of all rows, each
/// distinct one once with the rows it concerns, as a batch reports them.
fn check_rows(
    csv: &std::path::Path,
    args: &CheckArgs,
    composer: &Composer,
    overrides: Overrides<'_>,
    tally: &mut Tally,
) -> Result<()> {
    let sheet = Spreadsheet::open(csv, args.base.as_deref())?;
    tally.rows = true;
    let mut found: Vec<(usize, Vec<Problem>)> = Vec::new();
    for index in 0..sheet.len() {
        tally.files += 1;
        let problems = match sheet.load(index, composer, overrides) {
            Ok((_, advice)) => advice,
            Err(problems) => problems,
        };
        let errors = problems
            .iter()
            .filter(|p| p.diagnostic().is_error())
            .count();
        tally.errors += errors;
        tally.warnings += problems.len() - errors;
        if errors > 0 {
            tally.invalid += 1;
        }
        if !problems.is_empty() {
            found.push((index, problems));
        }
    }
    match args.format {
        CheckFormat::Human => {
            let shown: Vec<(usize, Vec<Problem>)> = found
                .into_iter()
                .map(|(index, problems)| {
                    let shown = problems
                        .into_iter()
                        .filter(|p| !report::is_quiet() || tally.deny || p.diagnostic().is_error())
                        .collect();
                    (index, shown)
                })
                .collect();
            let rows: Vec<(usize, &[Problem])> = shown
                .iter()
                .filter(|(_, problems)| !problems.is_empty())
                .map(|(index, problems)| (*index, problems.as_slice()))
                .collect();
            if !rows.is_empty() {
                report::text(&sheet.report(&rows));
            }
        }
        CheckFormat::Json => {
            let lines: String = found
                .iter()
                .flat_map(|(index, problems)| {
                    problems.iter().map(|p| sheet.json_line(*index, p) + "\n")
                })
                .collect();
            output::write_stdout(lines.as_bytes())?;
        }
    }
    Ok(())
}

/// Prints the summary and turns the tally into the exit status.
fn finish(args: &CheckArgs, tally: &Tally) -> Result<()> {
    let deny = tally.deny;
    let summary = tally.summary();
    let failed = tally.invalid > 0 || tally.unreadable > 0 || (deny && tally.warnings > 0);
    // Under `-q` the summary of a passing check is not an error, so it is not said.
    if args.format == CheckFormat::Human && (failed || !report::is_quiet()) {
        eprint!("{summary}\n");
        let _ = std::io::stderr().flush();
    }
    let found = if tally.invalid > 0 {
        Found::Invalid
    } else if tally.unreadable > 0 {
        Found::Unreadable
    } else if deny && tally.warnings > 0 {
        Found::DeniedWarnings
    } else {
        return Ok(());
    };
    Err(Error::Checked { summary, found })
}

impl Tally {
    /// One line: how many files, how many of them invalid, how many errors and warnings.
    fn summary(&self) -> String {
        let count = |n: usize, one: &str, many: &str| {
            if n == 1 {
                format!("1 {one}")
            } else {
                format!("{n} {many}")
            }
        };
        let mut parts = vec![
            count(self.errors, "error", "errors"),
            count(self.warnings, "warning", "warnings"),
        ];
        if self.unreadable > 0 {
            parts.push(format!("{} unreadable", self.unreadable));
        }
        let verdict = match (self.invalid, self.files) {
            // As clippy's `-D warnings`: a denied warning is a failure, not "valid".
            (0, _) if self.unreadable == 0 && self.deny && self.warnings > 0 => {
                "warnings denied by --deny warnings".to_owned()
            }
            (0, _) if self.unreadable == 0 => "valid".to_owned(),
            (0, _) => "not all readable".to_owned(),
            (1, 1) => "invalid".to_owned(),
            (invalid, _) => format!("{invalid} invalid"),
        };
        let (one, many) = if self.rows {
            ("row", "rows")
        } else {
            ("case file", "case files")
        };
        format!(
            "checked {}: {verdict} ({})",
            count(self.files, one, many),
            parts.join(", ")
        )
    }
}
