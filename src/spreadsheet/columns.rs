//! The header row: which field of the case each column gives.

use crate::diagnostic::{Code, Diagnostic};
use crate::error::Result;
use crate::yaml::{Document, Misfit, Overlay, Segment, join, segments};

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

/// One column: its name as written in the header, and the field path it names.
#[derive(Debug)]
pub(super) struct Column {
    pub(super) name: String,
    pub(super) path: Vec<Segment>,
}

/// Checks the header: every column a distinct field path that fits the base file.
pub(super) fn columns(
    name: &str,
    header: &csv::ByteRecord,
    base: &Document,
) -> Result<Vec<Column>> {
    // Spreadsheet programs in many locales save "CSV" with semicolons (or tabs):
    // read with commas, such a file is one column whose name holds them all.
    if let [cell] = header.iter().collect::<Vec<_>>()[..]
        && let Some((separator, name_of)) = [(b';', "semicolons"), (b'\t', "tabs")]
            .into_iter()
            .find(|(separator, _)| cell.contains(separator))
    {
        return Err(super::header_error(
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
    // A copy of the base with every column set in it, as a row filling them all.
    let mut probe = Overlay::new(base, 1);
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
        Err(super::header_error(name, problems))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_row_parses_as_known_columns() {
        let header = header_row();
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(header.as_bytes());
        let header = reader.byte_records().next().unwrap().unwrap();
        let columns = columns("new.csv", &header, &Document::default()).unwrap();
        let names: Vec<&str> = columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, COMMON_COLUMNS);
    }

    #[test]
    fn a_column_must_fit_the_base() {
        let (base, _) = Document::build("client:\n  email: a@b.example\n").unwrap();
        let header = csv::ByteRecord::from(vec!["client.email.x", "language"]);
        let Err(crate::error::Error::InvalidCase { diagnostics, .. }) =
            columns("x.csv", &header, &base)
        else {
            panic!("the first column does not fit");
        };
        assert_eq!(
            diagnostics[0].message,
            "the column client.email.x does not fit the case: `client.email` is not a section with fields"
        );
    }
}
