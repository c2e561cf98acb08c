//! A case file's values by field path, as the interview gathers them and the
//! scaffold writes them: only what the user said, nothing derived.
//!
//! Paths are the ones of the case format (`client.contact.name`,
//! `closeout.invoices.0.amount`); the scaffold makes a field active exactly when it
//! has an answer, so an interview's file is the scaffold with its blanks filled.

use std::collections::BTreeMap;

use crate::scaffold::quoted;

/// One answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// Text the user typed: a quoted YAML string.
    Text(String),
    /// A code adieu offered, such as `fit` or `female`, or `true`: written as it is.
    Code(String),
    /// A number the user typed: written as it is when it is one, else quoted, so
    /// that validation sees exactly what was typed.
    Number(String),
    /// A list, one item each.
    List(Vec<Listed>),
}

/// One item of a list answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Listed {
    /// A code adieu offered, with its terms when it takes some: written as it is
    /// (`source-code`, `{warranty: {days: 30}}`).
    Code(String),
    /// The user's own words: a quoted string.
    Text(String),
}

impl Answer {
    /// The YAML scalar of a single-valued answer; a list's items one by one.
    pub fn yaml(&self) -> Vec<String> {
        match self {
            Answer::Text(text) => vec![quoted(text)],
            Answer::Code(code) => vec![code.clone()],
            Answer::Number(text) => {
                let plain = !text.is_empty()
                    && text.chars().all(|c| c.is_ascii_digit() || c == '.')
                    && text.matches('.').count() <= 1
                    && !text.starts_with('.')
                    && !text.ends_with('.');
                vec![if plain { text.clone() } else { quoted(text) }]
            }
            Answer::List(items) => items
                .iter()
                .map(|item| match item {
                    Listed::Code(code) => code.clone(),
                    Listed::Text(text) => quoted(text),
                })
                .collect(),
        }
    }
}

/// Every answer so far, by field path.
#[derive(Debug, Clone, Default)]
pub struct Answers(BTreeMap<String, Answer>);

impl Answers {
    /// Records the answer at `path`, replacing an earlier one.
    pub fn set(&mut self, path: impl Into<String>, answer: Answer) {
        self.0.insert(path.into(), answer);
    }

    /// Forgets the answer at `path` and every answer below it.
    pub fn clear(&mut self, path: &str) {
        let below = format!("{path}.");
        self.0.retain(|p, _| p != path && !p.starts_with(&below));
    }

    /// The answer at `path`.
    pub fn get(&self, path: &str) -> Option<&Answer> {
        self.0.get(path)
    }

    /// Whether `path` or a field below it has an answer: a section with one is
    /// written, not commented out.
    pub fn under(&self, path: &str) -> bool {
        let below = format!("{path}.");
        self.0.keys().any(|p| p == path || p.starts_with(&below))
    }

    /// How many items of the list of sections at `path` have answers.
    pub fn items(&self, path: &str) -> usize {
        let below = format!("{path}.");
        self.0
            .keys()
            .filter_map(|p| {
                p.strip_prefix(&below)?
                    .split('.')
                    .next()?
                    .parse::<usize>()
                    .ok()
            })
            .map(|index| index + 1)
            .max()
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_plain_only_when_yaml_reads_them_as_typed() {
        let number = |text: &str| Answer::Number(text.to_owned()).yaml();
        assert_eq!(number("30"), ["30"]);
        assert_eq!(number("1200.00"), ["1200.00"]);
        assert_eq!(number("1,250.00"), ["\"1,250.00\""]);
        assert_eq!(number("1.2.3"), ["\"1.2.3\""]);
        assert_eq!(number(""), ["\"\""]);
    }

    #[test]
    fn sections_and_items_are_found_from_their_fields() {
        let mut answers = Answers::default();
        answers.set("closeout.invoices.0.number", Answer::Text("A-1".into()));
        answers.set("closeout.invoices.1.amount", Answer::Number("5".into()));
        assert!(answers.under("closeout"));
        assert!(answers.under("closeout.invoices"));
        assert!(!answers.under("closeout.invoice"));
        assert_eq!(answers.items("closeout.invoices"), 2);
        assert_eq!(answers.items("closeout.deliverables"), 0);
        answers.clear("closeout.invoices");
        assert!(!answers.under("closeout"));
    }
}
