//! The cases of a batch: where they come from (case files, or the rows of a
//! spreadsheet), what each document is named after, and how one case is loaded,
//! reported and named in messages.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::Part;
use crate::case::{Loaded, Overrides};
use crate::compose::Composer;
use crate::error::{Error, Failed, Result};
use crate::input::Source;
use crate::report;
use crate::spreadsheet::{Problem, Spreadsheet};

/// The longest case-file name (without extension) a document is named after: with
/// the extension and the temporary file's suffix it stays below the 255 bytes file
/// systems allow.
pub(super) const MAX_STEM_BYTES: usize = 200;

/// Where the cases of a batch come from.
pub(super) enum Cases<'a> {
    Files(&'a [PathBuf]),
    Sheet(Box<Spreadsheet>),
}

/// Advice about a valid case, reported before anything is written.
pub(super) enum Advice {
    /// A case file's warnings, rendered.
    File(String),
    /// A spreadsheet row's warnings, each traced to a cell or the base file.
    Row(Vec<Problem>),
}

/// Why one case of a batch was not rendered.
pub(super) enum Failure {
    /// A case file that cannot be read or is invalid, or a destination that exists.
    Error(Error),
    /// The problems of a spreadsheet row, each traced to a cell or the base file.
    Row(Vec<Problem>),
}

impl Failure {
    /// The failure as the batch's first, which sets its exit code: a row's problems
    /// were reported with it, so only that it was a row is kept.
    pub(super) fn into_failed(self) -> Failed {
        match self {
            Failure::Error(error) => Failed::Error(error),
            Failure::Row(_) => Failed::Row,
        }
    }
}

impl Cases<'_> {
    pub(super) fn len(&self) -> usize {
        match self {
            Cases::Files(files) => files.len(),
            Cases::Sheet(sheet) => sheet.len(),
        }
    }

    /// The name of each case's document, without extension.
    pub(super) fn names(&self, name_from: Option<&str>) -> Result<Vec<String>> {
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
    pub(super) fn load(
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
    pub(super) fn advise(&self, advice: &[(usize, Advice)]) {
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

    pub(super) fn label(&self, index: usize) -> String {
        match self {
            Cases::Files(files) => files[index].display().to_string(),
            Cases::Sheet(sheet) => sheet.label(index),
        }
    }

    /// Prints every failure: errors in input order, then a spreadsheet's problems,
    /// each distinct one once with the rows it concerns.
    pub(super) fn report(&self, failures: &[(usize, Failure)]) {
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

    /// The error printed for a case that failed when it was read again to be
    /// written (it had been valid): a row's problems are not reported a second
    /// time, the row is named as an invalid case.
    pub(super) fn error_for(&self, index: usize, failure: Failure) -> Error {
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

/// Each case's output files, one per part; two case files with the same name would
/// overwrite each other, so they are refused before anything is done.
pub(super) fn destinations(
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
