//! Spreadsheet input: one case per row of a CSV file, laid over a base file that holds
//! what every row shares.
//!
//! The header row names field paths (`client.contact.name`, `notice.days`,
//! `closeout.invoices.0.amount`). Each row's non-empty cells replace the base file's
//! values at those paths; the result is parsed and validated exactly like a case file.
//! A problem is reported where the user can fix it: at the cell
//! (`clients.csv:row 17, column client.email`), or at the line of the base file. The
//! same problem in many rows is reported once, with the rows it concerns.

mod tree;

pub use tree::{Segment, segments};

use std::collections::{HashMap, HashSet};
use std::path::Path;

use crate::case::{Loaded, MAX_INPUT_BYTES, Overrides};
use crate::compose::Composer;
use crate::diagnostic::{Code, Diagnostic, Span};
use crate::error::{Error, Result};
use crate::input::{self, Source};
use crate::yaml::Paths;
use tree::{Misfit, Node, Origin, Origins};

/// The columns a user most often needs, in the order a header row lists them.
pub const COMMON_COLUMNS: [&str; 13] = [
    "client.company",
    "client.contact.name",
    "client.contact.gender",
    "client.email",
    "client.address.0",
    "client.address.1",
    "language",
    "contract.reference",
    "notice.days",
    "closeout.invoices.0.number",
    "closeout.invoices.0.amount",
    "closeout.invoices.0.currency",
    "closeout.invoices.0.due",
];

/// A header row of [`COMMON_COLUMNS`], to start a spreadsheet from (`adieu new --csv`).
pub fn header_row() -> String {
    // Field paths hold no comma, quote or line break, so they need no CSV quoting.
    let mut row = COMMON_COLUMNS.join(",");
    row.push('\n');
    row
}

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
struct Base {
    source: Source,
    tree: Node,
    map: Paths,
}

#[derive(Debug)]
struct Column {
    name: String,
    path: Vec<Segment>,
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
        let base = match base_path {
            Some(path) => {
                let source = Source::read(path)?;
                let tree = Node::from_yaml(&source.text).map_err(|d| Error::InvalidCase {
                    file: source.name.clone(),
                    source_text: source.text.clone(),
                    diagnostics: d,
                })?;
                let map = Paths::new(&source.text);
                Base { source, tree, map }
            }
            None => Base {
                source: Source {
                    name: String::new(),
                    text: String::new(),
                },
                tree: Node::empty(),
                map: Paths::default(),
            },
        };
        let name = csv_path.display().to_string();
        let unreadable = |reason: String| Error::ReadInput {
            path: csv_path.to_path_buf(),
            reason,
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
            Some(record) => record.map_err(|e| unreadable(e.to_string()))?,
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
        let columns = columns(&name, &header, &base.tree)?;
        let mut rows = Vec::new();
        while let Some(record) = records.next() {
            let record = record.map_err(|e| unreadable(e.to_string()))?;
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

    /// The size of a row's case text, at most: the base file and the row's cells.
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

    /// A file name (without extension) for each row: the slugified value of the
    /// field `name_from` (by default `client.company`, else `client.contact.name`);
    /// see [`unique_names`] for empty, shared and reserved names.
    pub fn file_names(&self, name_from: Option<&str>) -> Result<Vec<String>> {
        let field = match name_from {
            Some(field) => {
                let path = segments(field).ok_or_else(|| {
                    Error::usage(format!(
                        "--name-from: `{field}` is not a field path such as client.company"
                    ))
                })?;
                let known = self.columns.iter().any(|c| c.name == field)
                    || self.base.tree.get(&path).is_some();
                if !known {
                    return Err(Error::usage(format!(
                        "--name-from: {} has no column {field}, and the base file gives no such field",
                        self.name
                    )));
                }
                Some(path)
            }
            None => ["client.company", "client.contact.name"]
                .into_iter()
                .find(|field| self.columns.iter().any(|c| c.name == *field))
                .and_then(segments),
        };
        let column = field
            .as_ref()
            .and_then(|path| self.columns.iter().position(|c| c.path == *path));
        let naturals: Vec<String> = self
            .rows
            .iter()
            .map(|row| {
                let cell = match (&row.cells, column) {
                    (Ok(cells), Some(column)) => cells.get(column).map(str::trim),
                    _ => None,
                };
                let value = cell
                    .filter(|text| !text.is_empty())
                    .or_else(|| field.as_ref().and_then(|path| self.base.tree.get(path)));
                value.map(file_slug).unwrap_or_default()
            })
            .collect();
        Ok(unique_names(&naturals, |i| self.rows[i].number))
    }

    /// Parses and validates the case of one row, like a case file. The case's advice
    /// is taken out of it and traced to the cells and base lines it concerns.
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
        let mut tree = self.base.tree.clone();
        let mut misfits: Vec<Problem> = Vec::new();
        let mut gaps: Vec<String> = Vec::new();
        for &column in &self.order {
            let text = cells.get(column).map_or("", str::trim);
            if text.is_empty() {
                continue;
            }
            let path = &self.columns[column].path;
            if let Err(Misfit::Gap { at, filled }) = tree.set(path, text, column) {
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
        let mut text = String::with_capacity(1024);
        let mut origins = Origins::default();
        tree.emit(&mut text, &mut origins);
        if text.len() > MAX_INPUT_BYTES {
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
                        text.len() / 1024,
                        MAX_INPUT_BYTES / (1024 * 1024)
                    ),
                )
                .with_help("shorten this cell, the longest of the row, or the base file"),
                place: Place::Cell(longest),
            }]);
        }
        let source = Source {
            name: self.label(index),
            text,
        };
        match composer.load(&source, overrides) {
            Ok(mut loaded) => {
                let advice = std::mem::take(&mut loaded.advice);
                Ok((loaded, self.trace(advice, &tree, &origins)))
            }
            Err(Error::InvalidCase { diagnostics, .. }) => {
                Err(self.trace(diagnostics, &tree, &origins))
            }
            Err(error) => Err(vec![Problem {
                diagnostic: Diagnostic::new(Code::InvalidCase, error.to_string()),
                place: Place::Row,
            }]),
        }
    }

    /// Traces every diagnostic of a row's case back to a cell, the base file or the row.
    fn trace(&self, diagnostics: Vec<Diagnostic>, tree: &Node, origins: &Origins) -> Vec<Problem> {
        diagnostics
            .into_iter()
            .map(|mut diagnostic| {
                let path = diagnostic.path.as_deref().and_then(segments);
                let origin = match (&path, diagnostic.span) {
                    (Some(path), _) => tree.origin_of(path),
                    (None, Some(span)) => origins.at(span.offset),
                    (None, None) => Origin::Document,
                };
                // A label's span is in the row's case text, which nobody sees: found
                // again in the base file when both the problem and the label's value
                // are written there, otherwise shown as a note naming its field.
                let in_base = matches!(origin, Origin::Base { .. });
                for label in &mut diagnostic.labels {
                    label.span = label
                        .path
                        .as_deref()
                        .filter(|path| {
                            in_base
                                && segments(path).is_some_and(|segments| {
                                    matches!(tree.origin_of(&segments), Origin::Base { .. })
                                })
                        })
                        .and_then(|path| self.base.map.locate(path));
                }
                let place = match origin {
                    Origin::Column(column) => {
                        diagnostic.span = None;
                        if diagnostic.path.as_deref() == Some(self.columns[column].name.as_str()) {
                            diagnostic.path = None;
                        }
                        Place::Cell(column)
                    }
                    Origin::Base { offset, len } => {
                        let text = &self.base.source.text;
                        diagnostic.span = Some(
                            diagnostic
                                .path
                                .as_deref()
                                .and_then(|path| self.base.map.locate(path))
                                .unwrap_or_else(|| Span::at(text, offset, len)),
                        );
                        Place::Base
                    }
                    Origin::Document => {
                        diagnostic.span = None;
                        Place::Row
                    }
                };
                Problem { diagnostic, place }
            })
            .collect()
    }

    /// One JSON line (as `check --format json` prints them) for a problem of row
    /// `index`, named where it is fixed: the base file with its line and column, or
    /// the row and its column.
    pub fn json_line(&self, index: usize, problem: &Problem) -> String {
        let row = self.label(index);
        match problem.place {
            Place::Cell(column) => problem
                .diagnostic
                .to_json_line(&format!("{row}, column {}", self.columns[column].name)),
            Place::Row => problem.diagnostic.to_json_line(&row),
            Place::Base => problem.diagnostic.to_json_line(&self.base.source.name),
        }
    }

    /// Renders the problems of the failed rows, each distinct problem once with the
    /// rows it concerns, in the order of the first row that has it.
    pub fn report(&self, failures: &[(usize, &[Problem])]) -> String {
        let mut groups: Vec<(&Problem, Vec<u64>)> = Vec::new();
        // Problems are the same when they say the same about the same place.
        type Key<'a> = (Place, Code, &'a str, Option<&'a str>, Option<usize>);
        let mut index: HashMap<Key<'_>, usize> = HashMap::new();
        for (row, problems) in failures {
            for problem in *problems {
                let d = &problem.diagnostic;
                let key = (
                    problem.place,
                    d.code,
                    d.message.as_str(),
                    d.help.as_deref(),
                    d.span.map(|s| s.offset),
                );
                let group = *index.entry(key).or_insert_with(|| {
                    groups.push((problem, Vec::new()));
                    groups.len() - 1
                });
                groups[group].1.push(self.rows[*row].number);
            }
        }
        let mut text = String::new();
        for (problem, numbers) in groups {
            let rows = rows(&numbers);
            match problem.place {
                Place::Cell(column) => {
                    let file =
                        format!("{}:{rows}, column {}", self.name, self.columns[column].name);
                    text.push_str(&problem.diagnostic.render(&file, "", true));
                }
                Place::Row => {
                    let file = format!("{}:{rows}", self.name);
                    text.push_str(&problem.diagnostic.render(&file, "", true));
                }
                Place::Base => {
                    let mut diagnostic = problem.diagnostic.clone();
                    diagnostic.message =
                        format!("{} (for {}:{rows})", diagnostic.message, self.name);
                    let base = &self.base.source;
                    text.push_str(&diagnostic.render(&base.name, &base.text, true));
                }
            }
        }
        text
    }
}

/// Checks the header: every column a distinct field path that fits the base file.
fn columns(name: &str, header: &csv::ByteRecord, base: &Node) -> Result<Vec<Column>> {
    // Spreadsheet programs in many locales save "CSV" with semicolons (or tabs):
    // read with commas, such a file is one column whose name holds them all.
    if let [cell] = header.iter().collect::<Vec<_>>()[..]
        && let Some((separator, name_of)) = [(b';', "semicolons"), (b'\t', "tabs")]
            .into_iter()
            .find(|(separator, _)| cell.contains(separator))
    {
        return Err(header_error(
            name,
            vec![Diagnostic::new(
                Code::WrongSeparator,
                format!(
                    "the header row is one column that holds {}: the file looks separated by {name_of}, not commas",
                    if separator == b';' { "`;`" } else { "tabs" }
                ),
            )
            .with_help("save the spreadsheet as CSV with commas: in LibreOffice, Save As → Text CSV with the field delimiter `,`; in Excel, CSV UTF-8 (Comma delimited)")],
        ));
    }
    let mut columns = Vec::with_capacity(header.len());
    let mut problems = Vec::new();
    for (index, cell) in header.iter().enumerate() {
        let text = String::from_utf8_lossy(cell).trim().to_owned();
        let number = index + 1;
        match segments(&text) {
            Some(path) if matches!(path.first(), Some(Segment::Field(_))) => {
                columns.push(Column { name: text, path });
            }
            _ => problems.push(
                Diagnostic::new(
                    Code::InvalidColumn,
                    format!("column {number} is named `{}`, which is not a field path", text.escape_debug()),
                )
                .with_help("name each column after a field of the case file, such as client.contact.name or closeout.invoices.0.amount"),
            ),
        }
    }
    let mut probe = base.clone();
    for (i, column) in columns.iter().enumerate() {
        if let Some(earlier) = columns[..i].iter().find(|c| c.name == column.name) {
            problems.push(
                Diagnostic::new(
                    Code::DuplicateColumn,
                    format!("the column {} appears twice", earlier.name),
                )
                .with_help("keep one column per field; delete or rename the other"),
            );
            continue;
        }
        if let Some(wider) = columns
            .iter()
            .find(|c| c.path.len() < column.path.len() && column.path.starts_with(&c.path))
        {
            problems.push(
                Diagnostic::new(
                    Code::OverlappingColumns,
                    format!(
                        "the column {} is inside the column {}",
                        column.name, wider.name
                    ),
                )
                .with_help(format!(
                    "give {} its parts in columns of their own, or drop {}",
                    wider.name, column.name
                )),
            );
            continue;
        }
        if let Err(Misfit::Shape(depth)) = probe.set(&column.path, "x", i) {
            let at = join(&column.path[..depth]);
            problems.push(
                Diagnostic::new(
                    Code::InvalidColumn,
                    format!("the column {} does not fit the case: `{at}` is not a section with fields", column.name),
                )
                .with_help("a column names one value; lists take one column per item, such as closeout.handover.0"),
            );
        }
    }
    if problems.is_empty() {
        Ok(columns)
    } else {
        Err(header_error(name, problems))
    }
}

/// The longest file name made from a value, in bytes: with the row suffix and the
/// extension it stays far below the 255 bytes file systems allow.
pub const MAX_SLUG_BYTES: usize = 100;

/// A value as a file name: lower-case ASCII words joined by `-`, at most
/// [`MAX_SLUG_BYTES`] long, cut between words where it can be.
pub fn file_slug(value: &str) -> String {
    let mut slug = slug::slugify(value);
    if slug.len() > MAX_SLUG_BYTES {
        // A slug is ASCII, so any byte is a character boundary.
        let cut = slug[..=MAX_SLUG_BYTES].rfind('-').filter(|&i| i > 0);
        slug.truncate(cut.unwrap_or(MAX_SLUG_BYTES));
    }
    slug
}

/// Names no file may have on Windows, whatever its extension.
fn is_reserved(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    matches!(upper.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || (upper.len() == 4
            && (upper.starts_with("COM") || upper.starts_with("LPT"))
            && upper.as_bytes()[3].is_ascii_digit())
}

/// One distinct file name per case from each case's natural name (empty when it has
/// none). A name that several cases share, or that is empty or reserved, is not
/// given to any of them: each gets `<name>-row-<N>` (or `row-<N>`) with its own row
/// number, and a suffix is added again until the name is no other case's natural
/// name. So no file can be taken for the letter of another client.
pub fn unique_names(naturals: &[String], number: impl Fn(usize) -> u64) -> Vec<String> {
    let mut count: HashMap<&str, usize> = HashMap::with_capacity(naturals.len());
    for name in naturals {
        *count.entry(name.as_str()).or_default() += 1;
    }
    let mut taken: HashSet<String> = naturals
        .iter()
        .filter(|name| count[name.as_str()] == 1 && !name.is_empty() && !is_reserved(name))
        .cloned()
        .collect();
    naturals
        .iter()
        .enumerate()
        .map(|(index, name)| {
            if count[name.as_str()] == 1 && !name.is_empty() && !is_reserved(name) {
                return name.clone();
            }
            let row = number(index);
            let mut unique = if name.is_empty() {
                format!("row-{row}")
            } else {
                format!("{name}-row-{row}")
            };
            while count.contains_key(unique.as_str()) || !taken.insert(unique.clone()) {
                unique = format!("{unique}-{row}");
            }
            unique
        })
        .collect()
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

/// A path's text: `closeout.invoices.0`.
fn join(path: &[Segment]) -> String {
    path.iter()
        .map(|segment| match segment {
            Segment::Field(name) => name.clone(),
            Segment::Item(index) => index.to_string(),
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// `row 17`, or `rows 2-5, 9` for several; long lists end with how many more.
fn rows(numbers: &[u64]) -> String {
    const SHOWN: usize = 8;
    let mut ranges: Vec<(u64, u64)> = Vec::new();
    for &n in numbers {
        match ranges.last_mut() {
            Some((_, end)) if *end + 1 == n => *end = n,
            _ => ranges.push((n, n)),
        }
    }
    let mut parts: Vec<String> = ranges
        .iter()
        .take(SHOWN)
        .map(|&(start, end)| {
            if start == end {
                start.to_string()
            } else {
                format!("{start}-{end}")
            }
        })
        .collect();
    if ranges.len() > SHOWN {
        let more: u64 = ranges[SHOWN..].iter().map(|(s, e)| e - s + 1).sum();
        parts.push(format!("and {more} more"));
    }
    let noun = if numbers.len() == 1 { "row" } else { "rows" };
    format!("{noun} {}", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_lists_are_compressed() {
        assert_eq!(rows(&[17]), "row 17");
        assert_eq!(rows(&[2, 3, 4, 5, 9]), "rows 2-5, 9");
        let many: Vec<u64> = (1..=20).map(|n| n * 2).collect();
        assert_eq!(rows(&many), "rows 2, 4, 6, 8, 10, 12, 14, 16, and 12 more");
    }

    #[test]
    fn the_header_row_parses_as_known_columns() {
        let header = header_row();
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(header.as_bytes());
        let header = reader.byte_records().next().unwrap().unwrap();
        let columns = columns("new.csv", &header, &Node::empty()).unwrap();
        let names: Vec<&str> = columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, COMMON_COLUMNS);
    }
}
