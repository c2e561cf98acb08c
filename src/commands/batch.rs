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

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::Instant;

use jiff::civil::Date;
use rayon::prelude::*;

use crate::case::{Loaded, Overrides};
use crate::cli::{BatchArgs, RenderArgs};
use crate::compose::Composer;
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::input::Source;
use crate::l10n::Language;
use crate::output;
use crate::progress::Progress;
use crate::render::{Channel, Format};
use crate::report;
use crate::spreadsheet::{Problem, Spreadsheet};

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

/// The longest case-file name (without extension) a document is named after: with
/// the extension and the temporary file's suffix it stays below the 255 bytes file
/// systems allow.
const MAX_STEM_BYTES: usize = 200;

/// Where the cases of a batch come from.
enum Cases<'a> {
    Files(&'a [PathBuf]),
    Sheet(Box<Spreadsheet>),
}

/// Advice about a valid case, reported before anything is written.
enum Advice {
    /// A case file's warnings, rendered.
    File(String),
    /// A spreadsheet row's warnings, each traced to a cell or the base file.
    Row(Vec<Problem>),
}

/// Why one case of a batch was not rendered.
enum Failure {
    /// A case file that cannot be read or is invalid, or a destination that exists.
    Error(Error),
    /// The problems of a spreadsheet row, each traced to a cell or the base file.
    Row(Vec<Problem>),
}

impl Cases<'_> {
    fn len(&self) -> usize {
        match self {
            Cases::Files(files) => files.len(),
            Cases::Sheet(sheet) => sheet.len(),
        }
    }

    /// The name of each case's document, without extension.
    fn names(&self, name_from: Option<&str>) -> Result<Vec<String>> {
        match self {
            Cases::Sheet(sheet) => sheet.file_names(name_from),
            Cases::Files(files) => files
                .iter()
                .map(|file| {
                    if file == Path::new("-") {
                        return Err(Error::usage(
                            "standard input (`-`) cannot be part of a batch; name the case files",
                        ));
                    }
                    let stem = file
                        .file_stem()
                        .map(|stem| stem.to_string_lossy().into_owned())
                        .ok_or_else(|| {
                            Error::usage(format!(
                                "cannot name a document after `{}`; name the case file",
                                file.display()
                            ))
                        })?;
                    // Found now, not as a failed write after other documents.
                    if stem.len() > MAX_STEM_BYTES {
                        return Err(Error::usage(format!(
                            "cannot name a document after `{}`: its name is {} bytes long, and a document's may be {MAX_STEM_BYTES}; rename the case file",
                            file.display(),
                            stem.len()
                        )));
                    }
                    Ok(stem)
                })
                .collect(),
        }
    }

    /// Parses and validates one case; its advice is taken out, ready to report. The
    /// size of its text comes with it, to bound what the batch holds.
    fn load(
        &self,
        index: usize,
        composer: &Composer,
        overrides: Overrides<'_>,
    ) -> std::result::Result<(Loaded, Option<Advice>, usize), Failure> {
        match self {
            Cases::Files(files) => {
                let source = Source::read(&files[index]).map_err(Failure::Error)?;
                let size = source.text.len();
                let mut loaded = composer.load(&source, overrides).map_err(Failure::Error)?;
                let advice = std::mem::take(&mut loaded.advice);
                // Rendering advice nobody will read costs a tenth of a case.
                let advice = (!advice.is_empty() && !report::is_quiet()).then(|| {
                    Advice::File(report::render_diagnostics(
                        &source.name,
                        &source.text,
                        &advice,
                    ))
                });
                Ok((loaded, advice, size))
            }
            Cases::Sheet(sheet) => {
                let (loaded, advice) = sheet
                    .load(index, composer, overrides)
                    .map_err(Failure::Row)?;
                let said = !advice.is_empty() && !report::is_quiet();
                Ok((
                    loaded,
                    said.then_some(Advice::Row(advice)),
                    sheet.case_bytes(index),
                ))
            }
        }
    }

    /// Prints the advice about the valid cases, in input order; a spreadsheet's is
    /// grouped like its problems.
    fn advise(&self, advice: &[(usize, Advice)]) {
        let mut rows = Vec::new();
        for (index, advice) in advice {
            match advice {
                Advice::File(text) => report::text(text),
                Advice::Row(problems) => rows.push((*index, problems.as_slice())),
            }
        }
        if let Cases::Sheet(sheet) = self
            && !rows.is_empty()
        {
            report::text(&sheet.report(&rows));
        }
    }

    fn label(&self, index: usize) -> String {
        match self {
            Cases::Files(files) => files[index].display().to_string(),
            Cases::Sheet(sheet) => sheet.label(index),
        }
    }

    /// Prints every failure: errors in input order, then a spreadsheet's problems,
    /// each distinct one once with the rows it concerns.
    fn report(&self, failures: &[(usize, Failure)]) {
        let mut rows = Vec::new();
        for (index, failure) in failures {
            match failure {
                Failure::Error(error) => report::error(error),
                Failure::Row(problems) => rows.push((*index, problems.as_slice())),
            }
        }
        if let Cases::Sheet(sheet) = self
            && !rows.is_empty()
        {
            report::text(&sheet.report(&rows));
        }
    }

    /// The error a failure stands for; the run exits with its code.
    fn error_for(&self, index: usize, failure: Failure) -> Error {
        match failure {
            Failure::Error(error) => error,
            Failure::Row(_) => Error::InvalidCase {
                file: self.label(index),
                source_text: String::new(),
                diagnostics: Vec::new(),
            },
        }
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
            .map_err(|e| Error::usage(format!("--lang: {}; {}", e.message(), e.help())))?;
    }
    if folder.exists() && !folder.is_dir() {
        return Err(Error::WriteOutput {
            path: folder.to_path_buf(),
            reason: "it is a file; a batch writes into a folder".into(),
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
            .map(|(index, failure)| batch.cases.error_for(index, failure));
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
            reason: crate::input::os_reason(&e),
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
    let first = first_failure.or_else(|| unwritten.into_iter().next().map(|(_, error)| error));
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

/// The most case text (in bytes) phase 1 holds as validated cases for phase 2; the
/// cases past it are read and validated again when their turn comes. So a batch's
/// memory does not grow with rows × the size of the base file.
const MAX_HELD_BYTES: usize = 16 * 1024 * 1024;

/// A valid case waiting for phase 2.
enum Pending {
    /// Held from phase 1.
    Held(Box<Loaded>),
    /// Past [`MAX_HELD_BYTES`]: loaded again, which gives the same case.
    Reload,
}

/// What phase 1 found: each valid case (in input order, `None` where it failed), the
/// failures and the advice, both in input order.
struct Checked {
    loaded: Vec<Option<Pending>>,
    failed: Vec<(usize, Failure)>,
    advice: Vec<(usize, Advice)>,
}

/// What phase 2 did: the cases written, the distinct notes, the failures, and each
/// document's own warnings with its file, all in input order.
type Written = (
    Vec<usize>,
    BTreeSet<String>,
    Vec<(usize, Error)>,
    Vec<(PathBuf, Vec<Diagnostic>)>,
);

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

impl Batch<'_> {
    /// Phase 1: parses and validates every case, and checks its destination. The
    /// valid cases are collected in place, in input order, and held once; the
    /// failures, usually few, are set aside as they come, then sorted.
    fn check(&self) -> Checked {
        let total = self.cases.len();
        self.progress.phase("checking", total);
        let failures = Mutex::new(Vec::new());
        let advice = Mutex::new(Vec::new());
        let held = AtomicUsize::new(0);
        let checked = (0..total)
            .into_par_iter()
            .map(|index| {
                let loaded = self
                    .cases
                    .load(index, self.composer, self.overrides)
                    .and_then(|loaded| {
                        self.outputs[index]
                            .iter()
                            .try_for_each(|path| output::check_batch_destination(path, self.force))
                            .map(|()| loaded)
                            .map_err(Failure::Error)
                    });
                self.progress.step();
                match loaded {
                    Ok((loaded, said, size)) => {
                        if let Some(said) = said {
                            lock(&advice).push((index, said));
                        }
                        if held.fetch_add(size, Ordering::Relaxed) + size <= MAX_HELD_BYTES {
                            Some(Pending::Held(Box::new(loaded)))
                        } else {
                            held.fetch_sub(size, Ordering::Relaxed);
                            Some(Pending::Reload)
                        }
                    }
                    Err(failure) => {
                        lock(&failures).push((index, failure));
                        None
                    }
                }
            })
            .collect();
        let mut failed = failures
            .into_inner()
            .unwrap_or_else(PoisonError::into_inner);
        failed.sort_by_key(|(index, _)| *index);
        let mut advice = advice.into_inner().unwrap_or_else(PoisonError::into_inner);
        advice.sort_by_key(|(index, _)| *index);
        Checked {
            loaded: checked,
            failed,
            advice,
        }
    }

    /// Phase 2: renders and writes every valid case, each document dropped once
    /// written. Without `keep_going` it stops at the first failure. Returns how many
    /// were written, the distinct notes, and the failures in input order.
    ///
    /// The cases are rendered on threads of their own, not on rayon's pool: the PDF
    /// writer (krilla, inside Typst) waits for its parallel parts with
    /// `rayon::yield_now`, which runs whatever job the pool has pending on the
    /// waiting thread's stack. On a pool worker that job was the next case of the
    /// batch, which waited in turn and ran the next one on top: each PDF added a
    /// whole typesetting to one stack, until about 170 of them overflowed it (with
    /// one rayon thread too). From a thread outside the pool, Typst's parallel work
    /// still runs on the pool, but no case can ever nest inside another.
    fn write(&self, checked: Vec<Option<Pending>>, valid: usize, keep_going: bool) -> Written {
        self.progress.phase("writing", valid);
        let written = Mutex::new(Vec::with_capacity(valid));
        let notes = Mutex::new(BTreeSet::new());
        let warnings = Mutex::new(Vec::new());
        let unwritten = Mutex::new(Vec::new());
        let stop = AtomicBool::new(false);
        let jobs = Mutex::new(
            checked
                .into_iter()
                .enumerate()
                .filter_map(|(index, loaded)| Some((index, loaded?))),
        );
        let write = |(index, valid): (usize, Pending)| -> Result<()> {
            let loaded = match valid {
                Pending::Held(loaded) => *loaded,
                Pending::Reload => match self.cases.load(index, self.composer, self.overrides) {
                    Ok((loaded, _, _)) => loaded,
                    Err(failure) => return Err(self.cases.error_for(index, failure)),
                },
            };
            for (part, path) in self.parts.iter().zip(&self.outputs[index]) {
                let language = part.language.as_ref().unwrap_or(&loaded.language);
                let document = part.composer.render_in(&loaded, language)?;
                if !document.notes.is_empty() {
                    lock(&notes).extend(document.notes);
                }
                if !document.warnings.is_empty() {
                    lock(&warnings).push((index, path.clone(), document.warnings));
                }
                output::write_batch_file(path, document.document.as_bytes(), self.force)?;
            }
            drop(loaded);
            lock(&written).push(index);
            self.progress.step();
            Ok(())
        };
        let work = || {
            while !stop.load(Ordering::Relaxed) {
                // Taken in input order; the lock is held only to take the next case.
                let Some(job) = lock(&jobs).next() else {
                    break;
                };
                let index = job.0;
                if let Err(error) = write(job) {
                    lock(&unwritten).push((index, error));
                    if !keep_going {
                        stop.store(true, Ordering::Relaxed);
                    }
                }
            }
        };
        let threads = rayon::current_num_threads().min(valid).max(1);
        std::thread::scope(|scope| {
            // The calling thread is one of the workers; a helper the system cannot
            // start leaves its share to the others.
            for _ in 1..threads {
                if std::thread::Builder::new()
                    .name("adieu-render".into())
                    .spawn_scoped(scope, work)
                    .is_err()
                {
                    break;
                }
            }
            work();
        });
        let mut unwritten = unwritten
            .into_inner()
            .unwrap_or_else(PoisonError::into_inner);
        unwritten.sort_by_key(|(index, _)| *index);
        let notes = notes.into_inner().unwrap_or_else(PoisonError::into_inner);
        let mut written = written.into_inner().unwrap_or_else(PoisonError::into_inner);
        written.sort_unstable();
        let mut warnings = warnings
            .into_inner()
            .unwrap_or_else(PoisonError::into_inner);
        warnings.sort_by_key(|(index, _, _)| *index);
        let warnings = warnings
            .into_iter()
            .map(|(_, path, diagnostics)| (path, diagnostics))
            .collect();
        (written, notes, unwritten, warnings)
    }
}

/// A lock that a panicked worker does not poison for the others: what they guard
/// (lists of failures and notes) stays consistent after any push.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Each case's output files, one per part; two case files with the same name would
/// overwrite each other, so they are refused before anything is done.
fn destinations(
    cases: &Cases,
    name_from: Option<&str>,
    folder: &Path,
    parts: &[Part],
) -> Result<Vec<Vec<PathBuf>>> {
    let names = cases.names(name_from)?;
    let mut seen: HashMap<&str, usize> = HashMap::with_capacity(names.len());
    let mut outputs = Vec::with_capacity(names.len());
    for (index, name) in names.iter().enumerate() {
        let files: Vec<PathBuf> = parts
            .iter()
            .map(|part| folder.join(format!("{name}{}", part.suffix)))
            .collect();
        if let Some(&earlier) = seen.get(name.as_str()) {
            return Err(Error::usage(format!(
                "{} and {} would both be written to {}; rename one, or render them in two runs",
                cases.label(earlier),
                cases.label(index),
                files.first().map_or(folder, PathBuf::as_path).display()
            )));
        }
        seen.insert(name, index);
        outputs.push(files);
    }
    Ok(outputs)
}

/// What the summary says was rendered: "3 letters", or for a pack, what went where.
fn rendered(parts: &[Part], cases: usize, folder: &Path) -> String {
    match parts {
        [part] => format!("rendered {cases} {}", noun(part.composer.channel(), cases)),
        _ => {
            let files: Vec<String> = parts
                .iter()
                .map(|part| format!("<case>{}", part.suffix))
                .collect();
            format!(
                "packed {cases} {} into {} ({} files: {})",
                if cases == 1 { "case" } else { "cases" },
                folder.display(),
                cases * parts.len(),
                files.join(", ")
            )
        }
    }
}

fn batch_error(first: Option<Error>, summary: String) -> Error {
    Error::Batch {
        summary,
        // There is always a first failure when this is called; a usage error would
        // stand in for one.
        first: Box::new(first.unwrap_or_else(|| Error::usage(String::new()))),
    }
}

/// The first few names, and how many more.
fn list(labels: &[String]) -> String {
    const SHOWN: usize = 5;
    let mut text = labels
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if labels.len() > SHOWN {
        text.push_str(&format!(" and {} more", labels.len() - SHOWN));
    }
    text
}

/// "letters", "emails", "call scripts": what the summary counts.
fn noun(channel: Channel, count: usize) -> &'static str {
    match (channel, count == 1) {
        (Channel::Letter, true) => "letter",
        (Channel::Letter, false) => "letters",
        (Channel::Email, true) => "email",
        (Channel::Email, false) => "emails",
        (Channel::Call, true) => "call script",
        (Channel::Call, false) => "call scripts",
        (Channel::Calendar, true) => "calendar",
        (Channel::Calendar, false) => "calendars",
    }
}
