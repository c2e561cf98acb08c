//! Spreadsheet input: one case per row of a CSV file, laid over a base file that holds
//! what every row shares.
//!
//! The header row names field paths (`client.contact.name`, `notice.days`,
//! `closeout.invoices.0.amount`). Each row's non-empty cells replace the base file's
//! values at those paths: they are laid over the base file's YAML document as an
//! [`Overlay`], never written out as YAML and read again, and the result is checked,
//! converted and validated exactly like a case file's document. A problem is
//! reported where the user can fix it: at the cell
//! (`clients.csv:row 17, column client.email`), or at the line of the base file. The
//! same problem in many rows is reported once, with the rows it concerns.

mod base;
mod columns;
mod names;
mod report;

pub use columns::{COMMON_COLUMNS, header_row};
pub use names::{MAX_SLUG_BYTES, file_slug, unique_names};

use std::path::Path;

use crate::case::{Input, Loaded, MAX_INPUT_BYTES, Overrides};
use crate::compose::Composer;
use crate::diagnostic::{Code, Diagnostic, Span};
use crate::error::{Error, Reason, Result};
use crate::input;
use crate::yaml::{Document, Misfit, Origin, Overlay, join, segments};
use base::Base;
use columns::{Column, columns};

/// The largest CSV file read, in bytes: a hundred thousand rows of ordinary cases.
pub const MAX_CSV_BYTES: u64 = 16 * 1024 * 1024;
/// Most rows below the header.
pub const MAX_CSV_ROWS: usize = 100_000;
/// The longest cell, in bytes; a case's values are far shorter.
pub const MAX_CELL_BYTES: usize = 64 * 1024;

/// A CSV file of cases over a base file, read whole and checked down to its header.
#[derive(Debug)]
pub struct Spreadsheet {
    /// The CSV file's name as given on the command line.
    name: String,
    base: Base,
    columns: Vec<Column>,
    /// Column indices in the order cells are applied: list items in index order.
    order: Vec<usize>,
    rows: Vec<Row>,
}

#[derive(Debug)]
struct Row {
    /// The line the row starts on: the spreadsheet's row number, the header being 1.
    number: u64,
    /// The cells, or why the row cannot be read.
    cells: std::result::Result<csv::StringRecord, Diagnostic>,
}

/// One problem of one row, and where to fix it.
#[derive(Debug, Clone)]
pub struct Problem {
    diagnostic: Diagnostic,
    place: Place,
}

impl Problem {
    /// What the problem is, without where in the spreadsheet.
    pub fn diagnostic(&self) -> &Diagnostic {
        &self.diagnostic
    }
}

/// Where a row's problem can be fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Place {
    /// In a cell of the row: the column index.
    Cell(usize),
    /// In the base file, at the diagnostic's span.
    Base,
    /// In the row as a whole: a field neither the row nor the base gives.
    Row,
}

impl Spreadsheet {
    /// Reads the CSV file and the base file (none: every field comes from the rows),
    /// and checks the header: every column a distinct field path that fits the base.
    pub fn open(csv_path: &Path, base_path: Option<&Path>) -> Result<Spreadsheet> {
        let base = Base::read(base_path)?;
        let name = csv_path.display().to_string();
        let unreadable = |error: csv::Error| Error::ReadInput {
            path: csv_path.to_path_buf(),
            reason: Reason::Csv(error),
        };
        let (file, _) = input::open(csv_path, "a CSV file")?;
        // Read through a bound, so that `/dev/zero` or a runaway export costs at most
        // the limit: the excess byte only says that there is more.
        let limited = std::io::Read::take(std::io::BufReader::new(file), MAX_CSV_BYTES + 1);
        // The header is read as a record like any other so that a ragged row is
        // reported as that row's problem rather than stopping the whole file.
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(limited);
        let mut records = reader.byte_records();
        let header = match records.next() {
            Some(record) => record.map_err(&unreadable)?,
            None => {
                return Err(header_error(
                    &name,
                    vec![
                        Diagnostic::new(Code::EmptyFile, "the file has no header row")
                            .with_help("the first row names a field per column, such as client.contact.name,client.email"),
                    ],
                ));
            }
        };
        let over_limit = |read: u64| (read > MAX_CSV_BYTES).then(|| too_large(&name));
        if let Some(error) = over_limit(records.reader().position().byte()) {
            return Err(error);
        }
        let columns = columns(&name, &header, &base.document)?;
        let mut rows = Vec::new();
        while let Some(record) = records.next() {
            let record = record.map_err(&unreadable)?;
            if let Some(error) = over_limit(records.reader().position().byte()) {
                return Err(error);
            }
            // A spreadsheet numbers records, not lines (a quoted cell may hold line
            // breaks, and a line may end in CR LF): the header is row 1.
            let number = rows.len() as u64 + 2;
            if rows.len() == MAX_CSV_ROWS {
                return Err(Error::InvalidCase {
                    file: format!("{name}:row {number}"),
                    source_text: String::new(),
                    diagnostics: vec![Diagnostic::new(
                        Code::TooManyRows,
                        format!("the file has more than {MAX_CSV_ROWS} rows below its header"),
                    )
                    .with_help("split the spreadsheet into several files and render each in its own run")],
                });
            }
            let cells = if record.len() != columns.len() {
                Err(Diagnostic::new(
                    Code::RaggedRow,
                    format!(
                        "the row has {} cells but the header names {} columns",
                        record.len(),
                        columns.len()
                    ),
                )
                .with_help("every row needs one cell per column, empty where the base file's value applies; look for a stray or missing comma or quote"))
            } else if let Some(column) = record.iter().position(|cell| cell.len() > MAX_CELL_BYTES)
            {
                Err(Diagnostic::new(
                    Code::CellTooLong,
                    format!(
                        "the cell in column {} holds {} KiB; a cell holds at most {} KiB",
                        columns[column].name,
                        record[column].len() / 1024,
                        MAX_CELL_BYTES / 1024
                    ),
                )
                .with_help("a cell holds one value of a case, such as a name or an address line; check that no quote is left open"))
            } else {
                csv::StringRecord::from_byte_record(record).map_err(|e| {
                    let column = columns
                        .get(e.utf8_error().field())
                        .map_or("?", |c| c.name.as_str());
                    Diagnostic::new(Code::NotUtf8, format!("the cell in column {column} is not UTF-8 text"))
                        .with_help("save the spreadsheet as CSV UTF-8; most spreadsheet programs offer it under \"Save as\"")
                })
            };
            rows.push(Row { number, cells });
        }
        let mut order: Vec<usize> = (0..columns.len()).collect();
        order.sort_by(|&a, &b| columns[a].path.cmp(&columns[b].path));
        Ok(Spreadsheet {
            name,
            base,
            columns,
            order,
            rows,
        })
    }

    /// How many rows, that is cases, the file holds.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether the file holds no row below its header.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The size of a row's case: the bytes of the base file and of the row's cells,
    /// what a case file's text is to its limit ([`MAX_INPUT_BYTES`]).
    pub fn case_bytes(&self, index: usize) -> usize {
        let cells = self.rows[index]
            .cells
            .as_ref()
            .map_or(0, |cells| cells.as_slice().len());
        self.base.source.text.len() + cells
    }

    /// How a row is named in messages: `clients.csv:row 17`.
    pub fn label(&self, index: usize) -> String {
        format!("{}:row {}", self.name, self.rows[index].number)
    }

    /// Parses and validates the case of one row, like a case file: the row's cells
    /// are laid over the base file's document, and that document is checked,
    /// converted and advised on as a case file's. The case's advice is taken out of
    /// it and traced to the cells and base lines it concerns.
    pub fn load(
        &self,
        index: usize,
        composer: &Composer,
        overrides: Overrides<'_>,
    ) -> std::result::Result<(Loaded, Vec<Problem>), Vec<Problem>> {
        let row = &self.rows[index];
        let cells = row.cells.as_ref().map_err(|diagnostic| {
            vec![Problem {
                diagnostic: diagnostic.clone(),
                place: Place::Row,
            }]
        })?;
        let mut overlay = Overlay::new(&self.base.document, row.number);
        let mut misfits: Vec<Problem> = Vec::new();
        let mut gaps: Vec<String> = Vec::new();
        for &column in &self.order {
            let text = cells.get(column).map_or("", str::trim);
            if text.is_empty() {
                continue;
            }
            let path = &self.columns[column].path;
            if let Err(Misfit::Gap { at, filled }) = overlay.set(path, text, column) {
                // One problem per list item, not one per cell of it.
                let item = join(&path[..=at]);
                if gaps.contains(&item) {
                    continue;
                }
                let list = join(&path[..at]);
                misfits.push(Problem {
                    diagnostic: Diagnostic::new(
                        Code::MissingItem,
                        format!("this row fills `{item}` but only {filled} item(s) of `{list}` before it"),
                    )
                    .with_help(format!(
                        "fill the items of `{list}` in order from item 0, leaving the empty ones at the end"
                    )),
                    place: Place::Cell(column),
                });
                gaps.push(item);
            }
        }
        if !misfits.is_empty() {
            return Err(misfits);
        }
        // A case file is held to its size as text; a row, which has none, to the
        // size of what it is made of.
        let size = self.case_bytes(index);
        if size > MAX_INPUT_BYTES {
            // The base is within the limit, so the row's cells took it over: the
            // longest is the one to shorten.
            let longest = (0..cells.len())
                .max_by_key(|&c| cells[c].len())
                .unwrap_or(0);
            return Err(vec![Problem {
                diagnostic: Diagnostic::new(
                    Code::FileTooLarge,
                    format!(
                        "with this row the case is {} KiB, over the {} MiB limit of a case",
                        size / 1024,
                        MAX_INPUT_BYTES / (1024 * 1024)
                    ),
                )
                .with_help("shorten this cell, the longest of the row, or the base file"),
                place: Place::Cell(longest),
            }]);
        }
        let (document, built) = overlay.finish();
        let name = self.label(index);
        let input = |problems| Input::Document {
            name: &name,
            document: &document,
            problems,
        };
        let problems = built.map_err(|d| self.trace(input(&[]).locate(d), &document))?;
        match composer.load_from(input(&problems), overrides) {
            Ok(mut loaded) => {
                let advice = std::mem::take(&mut loaded.advice);
                Ok((loaded, self.trace(advice, &document)))
            }
            Err(Error::InvalidCase { diagnostics, .. }) => Err(self.trace(diagnostics, &document)),
            Err(error) => Err(vec![Problem {
                diagnostic: Diagnostic::new(Code::InvalidCase, error.to_string()),
                place: Place::Row,
            }]),
        }
    }

    /// Traces every diagnostic of a row's case back to a cell, the base file or the
    /// row, from the origin of the node it is about: the node at its field path, or
    /// else at its span.
    fn trace(&self, diagnostics: Vec<Diagnostic>, document: &Document) -> Vec<Problem> {
        diagnostics
            .into_iter()
            .map(|mut diagnostic| {
                let path = diagnostic.path.as_deref().and_then(segments);
                let origin = match (&path, diagnostic.span) {
                    (Some(path), _) => document.origin_of(path),
                    (None, Some(span)) => document.origin_at(span.offset),
                    (None, None) => None,
                };
                // A label's span is in the row's case text, which nobody sees: found
                // again in the base file when both the problem and the label's value
                // are written there, otherwise shown as a note naming its field.
                let in_base = matches!(origin, Some(Origin::Text(_)));
                for label in &mut diagnostic.labels {
                    label.span = label
                        .path
                        .as_deref()
                        .filter(|path| {
                            in_base
                                && segments(path).is_some_and(|segments| {
                                    matches!(document.origin_of(&segments), Some(Origin::Text(_)))
                                })
                        })
                        .and_then(|path| self.base.document.paths().locate(path));
                }
                let place = match origin {
                    Some(Origin::Row {
                        column: Some(column),
                        ..
                    }) => {
                        diagnostic.span = None;
                        if diagnostic.path.as_deref() == Some(self.columns[column].name.as_str()) {
                            diagnostic.path = None;
                        }
                        Place::Cell(column)
                    }
                    Some(Origin::Text(span)) => {
                        let text = &self.base.source.text;
                        diagnostic.span = Some(
                            diagnostic
                                .path
                                .as_deref()
                                .and_then(|path| self.base.document.paths().locate(path))
                                .unwrap_or_else(|| Span::at(text, span.offset, span.len)),
                        );
                        Place::Base
                    }
                    Some(Origin::Row { column: None, .. }) | None => {
                        diagnostic.span = None;
                        Place::Row
                    }
                };
                Problem { diagnostic, place }
            })
            .collect()
    }
}

fn too_large(name: &str) -> Error {
    Error::InvalidCase {
        file: name.to_owned(),
        source_text: String::new(),
        diagnostics: vec![
            Diagnostic::new(
                Code::FileTooLarge,
                format!(
                    "the file is larger than {} MiB, the limit for a CSV file",
                    MAX_CSV_BYTES / (1024 * 1024)
                ),
            )
            .with_help("split the spreadsheet into several files and render each in its own run"),
        ],
    }
}

fn header_error(name: &str, diagnostics: Vec<Diagnostic>) -> Error {
    Error::InvalidCase {
        file: format!("{name}:row 1"),
        source_text: String::new(),
        diagnostics,
    }
}
