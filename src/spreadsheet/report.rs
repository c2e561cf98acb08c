//! The problems of a spreadsheet's rows as the user reads them: each distinct one
//! once, with the rows it concerns, where it is fixed.

use std::collections::HashMap;

use super::{Place, Problem, Spreadsheet};
use crate::diagnostic::Code;

impl Spreadsheet {
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
}
