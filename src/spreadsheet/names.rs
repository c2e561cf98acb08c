//! The file each row's documents are written to: named after a field of its case,
//! distinct from every other row's.

use std::collections::{HashMap, HashSet};

use super::Spreadsheet;
use crate::error::{Error, Result};
use crate::yaml::segments;

impl Spreadsheet {
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
                    || self.base.document.text(&path).is_some();
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
                let value = cell.filter(|text| !text.is_empty()).or_else(|| {
                    field
                        .as_ref()
                        .and_then(|path| self.base.document.text(path))
                });
                value.map(file_slug).unwrap_or_default()
            })
            .collect();
        Ok(unique_names(&naturals, |i| self.rows[i].number))
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
