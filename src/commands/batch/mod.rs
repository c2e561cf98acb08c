//! `adieu letter|email|call|calendar` over many cases — case files, or the rows of
//! a spreadsheet — each rendered into a folder as `<name>.<extension>`; and `adieu
//! pack`, which renders each case as several documents, each a [`Part`].
//!
//! Validation comes first: every case is parsed and validated, in parallel, before
//! any file is written, and every problem is reported at once. Only then are the
//! documents rendered and written, in parallel, each straight to its file: memory
//! holds the validated cases, never all the documents. Rendering goes through the
//! same [`Composer`] as a single case, so a document is the same byte for byte
//! whichever way it was made and in whatever order the workers finish.
//!
//! One file per concept: `cases` (where the cases come from, what each is named and
//! where its files go), `check` (phase 1), `write` (phase 2) and `summary` (what
//! the run says when it is done); this file runs the phases in order.

mod cases;
mod check;
mod summary;
mod write;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::time::Instant;

use jiff::civil::Date;

use crate::case::Overrides;
use crate::cli::{BatchArgs, RenderArgs};
use crate::compose::Composer;
use crate::error::{Error, Failed, Result};
use crate::l10n::Language;
use crate::output;
use crate::progress::Progress;
use crate::render::Format;
use crate::report;
use crate::spreadsheet::Spreadsheet;

use cases::{Cases, destinations};
use check::Checked;
use summary::{batch_error, list, noun, rendered};

/// The folder a render command writes into, when it renders a batch: with `--csv`,
/// with several cases, or with `-o` ending in `/`. `None` for a single document.
pub fn folder(args: &RenderArgs) -> Result<Option<PathBuf>> {
    let ends_in_separator = |path: &Path| {
        path.as_os_str()
            .to_string_lossy()
            .ends_with(std::path::is_separator)
    };
    match (&args.batch.csv, args.cases.len(), &args.output) {
        (Some(_), _, Some(folder)) => Ok(Some(folder.clone())),
        (Some(_), _, None) => Err(Error::usage(
            "--csv writes one document per row; name the folder to write them into with -o DIR/",
        )),
        (None, count, None) if count > 1 => Err(Error::usage(format!(
            "{count} cases make {count} documents; name the folder to write them into with -o DIR/"
        ))),
        (None, count, Some(folder)) if count > 1 || ends_in_separator(folder) => {
            Ok(Some(folder.clone()))
        }
        _ => Ok(None),
    }
}

/// One document each case of a batch becomes: what renders it, and how its file
/// name ends after the case's name (`.pdf`, or `-letter.pdf` in a pack).
pub struct Part {
    /// Renders this document.
    pub composer: Composer,
    /// The end of the file name: `.pdf`, `-letter.pdf`, `.ics`.
    pub suffix: String,
    /// The language to write it in instead of the case's: the sender's own, for a
    /// calendar of `--ui-lang`.
    pub language: Option<Language>,
}

impl Part {
    /// The one document of a render command, named `<case>.<extension>`.
    pub fn single(composer: Composer) -> Part {
        Part {
            suffix: format!(".{}", composer.format().extension()),
            composer,
            language: None,
        }
    }
}

/// What a batch renders: the cases, and the options that apply to each.
#[derive(Clone, Copy)]
pub struct Run<'a> {
    /// The case files, when there is no spreadsheet.
    pub cases: &'a [PathBuf],
    /// The spreadsheet and how to go on after a failure.
    pub batch: &'a BatchArgs,
    /// `--lang`.
    pub lang: Option<&'a str>,
    /// `--date`.
    pub date: Option<Date>,
    /// `--force`.
    pub force: bool,
}

impl<'a> Run<'a> {
    /// The batch of a render command.
    pub fn of(args: &'a RenderArgs) -> Run<'a> {
        Run {
            cases: &args.cases,
            batch: &args.batch,
            lang: args.lang.as_deref(),
            date: args.date,
            force: args.force,
        }
    }
}

/// Renders every case of the command line, or every row of `--csv`, into `folder`,
/// as each of `parts`.
pub fn render(parts: &[Part], run: Run<'_>, folder: &Path, today: Date) -> Result<()> {
    let started = Instant::now();
    let Some(first) = parts.first() else {
        return Err(Error::usage("there is no document to write"));
    };
    if let Some(tag) = run.lang {
        // Checked once here rather than once per case.
        Language::resolve(tag, first.composer.catalog())
            .map_err(|e| Error::language("--lang", e))?;
    }
    if folder.exists() && !folder.is_dir() {
        return Err(Error::WriteOutput {
            path: folder.to_path_buf(),
            reason: crate::error::Reason::Refused(
                "it is a file; a batch writes into a folder".into(),
            ),
        });
    }
    let cases = match &run.batch.csv {
        Some(csv) => Cases::Sheet(Box::new(Spreadsheet::open(csv, run.batch.base.as_deref())?)),
        None => Cases::Files(run.cases),
    };
    // A PDF's composer also checks that its font can show every character: a case
    // is loaded by it when there is one, so that no case fails halfway through.
    let loader = parts
        .iter()
        .find(|part| part.composer.format() == Format::Pdf)
        .unwrap_or(first);
    let batch = Batch {
        outputs: destinations(&cases, run.batch.name_from.as_deref(), folder, parts)?,
        cases,
        parts,
        composer: &loader.composer,
        overrides: Overrides {
            language: run.lang,
            date: run.date,
            today,
        },
        force: run.force,
        progress: Progress::new(report::is_quiet()),
    };
    let total = batch.cases.len();

    let Checked {
        loaded: checked,
        failed,
        advice,
    } = batch.check();
    if !advice.is_empty() {
        batch.progress.finish();
        batch.cases.advise(&advice);
    }
    let mut labels: Vec<String> = failed.iter().map(|(i, _)| batch.cases.label(*i)).collect();
    let mut first_failure = None;
    if !failed.is_empty() {
        batch.progress.finish();
        batch.cases.report(&failed);
        first_failure = failed
            .into_iter()
            .next()
            .map(|(_, failure)| failure.into_failed());
        if !run.batch.keep_going {
            let summary = format!(
                "{} of {total} cases failed ({}); nothing was written",
                labels.len(),
                list(&labels)
            );
            return Err(batch_error(first_failure, summary));
        }
    }

    if labels.len() < total {
        std::fs::create_dir_all(folder).map_err(|e| Error::WriteOutput {
            path: folder.to_path_buf(),
            reason: crate::error::Reason::Os(e),
        })?;
        // A folder that takes no file fails here, not after a first document.
        output::check_folder(folder)?;
    }
    let valid = total - labels.len();
    let (written, notes, unwritten, warnings) = batch.write(checked, valid, run.batch.keep_going);
    batch.progress.finish();
    // A document's own warnings (a letter longer than a page) name its file.
    if !report::is_quiet() {
        for (path, diagnostics) in &warnings {
            report::text(&report::render_diagnostics(
                &path.display().to_string(),
                "",
                diagnostics,
            ));
        }
    }
    // `-v` says what was written where, file by file, in input order, as a single
    // render does; said after the bar is gone so that the lines stand alone.
    for index in &written {
        for (part, path) in parts.iter().zip(&batch.outputs[*index]) {
            report::note(&format!(
                "wrote the {} to {}",
                noun(part.composer.channel(), 1),
                path.display()
            ));
        }
    }
    let written = written.len();
    for note in notes {
        report::warning(&note);
    }
    for (_, error) in &unwritten {
        report::error(error);
    }
    labels.extend(unwritten.iter().map(|(index, _)| batch.cases.label(*index)));
    // Pending cases left when the batch stopped at its first write error.
    let skipped = valid - written - unwritten.len();
    let skipped_note = if skipped > 0 {
        format!(
            ", {skipped} not written (stopped at the first failure; --keep-going writes the others)"
        )
    } else {
        String::new()
    };
    report::status(&format!(
        "{} in {:.2} s, {} failed{skipped_note}",
        rendered(parts, written, folder),
        started.elapsed().as_secs_f64(),
        labels.len()
    ));
    if labels.is_empty() {
        return Ok(());
    }
    let first = first_failure.or_else(|| {
        unwritten
            .into_iter()
            .next()
            .map(|(_, error)| Failed::Error(error))
    });
    let summary = format!(
        "{} of {total} cases failed: {}{}",
        labels.len(),
        list(&labels),
        if skipped > 0 {
            format!("; {skipped} valid cases were not written")
        } else {
            String::new()
        }
    );
    Err(batch_error(first, summary))
}

/// A batch under way: its cases, where each goes, and what renders them.
struct Batch<'a> {
    cases: Cases<'a>,
    /// Each case's files, one per part.
    outputs: Vec<Vec<PathBuf>>,
    parts: &'a [Part],
    /// The composer that loads and validates the cases.
    composer: &'a Composer,
    overrides: Overrides<'a>,
    force: bool,
    progress: Progress,
}

/// A lock that a panicked worker does not poison for the others: what they guard
/// (lists of failures and notes) stays consistent after any push.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
