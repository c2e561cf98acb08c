//! The commented YAML a scaffold is written as: fields at their depth, commented out
//! or not, each under its description from the schema, with examples and answers.

use super::samples::{Given, sample_of};
use super::{WIDTH, quoted};
use crate::answers::Answers;
use crate::case::Case;
use crate::schema::Docs;

/// Writes YAML lines, commented out or not, with the schema's descriptions.
pub(super) struct Writer<'a> {
    pub(super) docs: &'a Docs,
    pub(super) samples: &'a [Case],
    pub(super) given: &'a Given<'a>,
    pub(super) answers: Option<&'a Answers>,
    pub(super) text: String,
    pub(super) fields: Vec<String>,
    /// Nesting depth of the next line, in steps of two spaces.
    pub(super) depth: usize,
    /// The depth at which the current commented-out section starts.
    pub(super) commented_from: Option<usize>,
    /// The next field starts a list item (`- `).
    pub(super) dash: bool,
}

impl Writer<'_> {
    pub(super) fn raw(&mut self, text: &str) {
        self.text.push_str(text);
    }

    pub(super) fn blank(&mut self) {
        self.text.push('\n');
    }

    /// The start of a line: indentation, and `# ` when inside a commented section
    /// (or when the line itself is commented out).
    fn prefix(&self, commented: bool) -> String {
        match self.commented_from {
            Some(from) => format!("{}# {}", "  ".repeat(from), "  ".repeat(self.depth - from)),
            None if commented => format!("{}# ", "  ".repeat(self.depth)),
            None => "  ".repeat(self.depth),
        }
    }

    /// A wrapped comment at the current depth.
    pub(super) fn note(&mut self, text: &str) {
        let prefix = match self.commented_from {
            Some(_) => format!("{}# ", self.prefix(true)),
            None => self.prefix(true),
        };
        // Codes such as `keep-as-required` are never split at their hyphens.
        let options = textwrap::Options::new(WIDTH)
            .initial_indent(&prefix)
            .subsequent_indent(&prefix)
            .break_words(false)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        self.text.push_str(&textwrap::fill(text, options));
        self.text.push('\n');
    }

    /// The field's description, with an example from the language's example cases.
    fn describe(&mut self, path: &str) {
        let description = self.docs.description(path).unwrap_or_default().to_owned();
        let sample = self.samples.iter().find_map(|case| sample_of(case, path));
        let extra = match (self.given.display(path), sample) {
            (Some(value), _) => Some(format!("Your config file gives: {value}")),
            (None, Some(sample)) => Some(format!("Example: {sample}")),
            (None, None) => None,
        };
        match extra {
            // An example is easier to read whole: on the description's line when both
            // fit, else on a line of its own.
            Some(extra) => {
                let joined = format!("{description} {extra}");
                let width = textwrap::core::display_width(&self.prefix(true))
                    + textwrap::core::display_width(&joined)
                    + 2;
                if width <= WIDTH {
                    self.note(&joined);
                } else {
                    self.note(&description);
                    self.note(&extra);
                }
            }
            None => self.note(&description),
        }
        if let Some(codes) = crate::case::item_codes(path) {
            self.note(&format!(
                "Codes adieu writes in every language (`adieu items`): {}",
                codes.join(", ")
            ));
        }
    }

    /// Lists an enum's values with their descriptions.
    pub(super) fn values(&mut self, path: &str) {
        let values: Vec<(String, String)> = self
            .docs
            .values(path)
            .into_iter()
            .map(|(v, d)| (v.to_owned(), d.to_owned()))
            .collect();
        let width = values.iter().map(|(v, _)| v.len()).max().unwrap_or(0);
        let description = self.docs.description(path).unwrap_or_default().to_owned();
        self.note(&description);
        for (value, text) in values {
            let prefix = format!("{}  {value:<width$}  ", self.prefix(true));
            let hang = format!("{}  {:width$}  ", self.prefix(true), "");
            let options = textwrap::Options::new(WIDTH)
                .initial_indent(&prefix)
                .subsequent_indent(&hang)
                .break_words(false);
            self.text.push_str(&textwrap::fill(&text, options));
            self.text.push('\n');
        }
        self.fields.push(path.to_owned());
    }

    fn key(path: &str) -> &str {
        path.rsplit('.').next().unwrap_or(path)
    }

    /// `key: value`, commented out unless `active`, after its description (which
    /// [`Writer::values`] may already have written).
    pub(super) fn scalar(&mut self, path: &str, value: &str, active: bool) {
        // The items of a list share their fields' descriptions, given once.
        let field = first_item(path);
        if !self.fields.contains(&field) {
            self.describe(&field);
            self.fields.push(field);
        }
        let answer = self.answers.map(|a| a.get(path).map(|a| a.yaml()));
        let (value, active) = match answer {
            Some(Some(yaml)) => (yaml.concat(), true),
            Some(None) => (value.to_owned(), false),
            None => (value.to_owned(), active),
        };
        let dash = if self.dash { "- " } else { "" };
        let line = format!(
            "{}{dash}{}: {value}\n",
            self.prefix(!active),
            Self::key(path)
        );
        self.text.push_str(&line);
        if self.dash {
            self.dash = false;
            self.depth += 1;
        }
    }

    /// `key:` and a list of scalar items.
    pub(super) fn list(&mut self, path: &str, items: &[String], active: bool) {
        let answer = self.answers.map(|a| a.get(path).map(|a| a.yaml()));
        let (items, active) = match answer {
            Some(Some(yaml)) => (yaml, true),
            Some(None) => (items.to_vec(), false),
            None => (items.to_vec(), active),
        };
        self.enter(path, active);
        for item in &items {
            let line = format!("{}- {item}\n", self.prefix(!active));
            self.text.push_str(&line);
        }
        self.leave();
    }

    /// `key:` of a section, whose fields follow one level deeper.
    pub(super) fn enter(&mut self, path: &str, active: bool) {
        let active = self.answers.map_or(active, |a| a.under(path));
        self.describe(path);
        self.fields.push(path.to_owned());
        let line = format!("{}{}:\n", self.prefix(!active), Self::key(path));
        self.text.push_str(&line);
        if !active && self.commented_from.is_none() {
            self.commented_from = Some(self.depth);
        }
        self.depth += 1;
    }

    pub(super) fn leave(&mut self) {
        self.depth -= 1;
        if self.commented_from == Some(self.depth) {
            self.commented_from = None;
        }
    }

    /// How many items of the list of sections at `path` to write: the interview's,
    /// or one example item.
    pub(super) fn items(&self, path: &str) -> usize {
        self.answers.map_or(1, |a| a.items(path).max(1))
    }

    /// Starts an item of a list of sections.
    pub(super) fn item(&mut self) {
        self.dash = true;
    }

    pub(super) fn leave_item(&mut self) {
        self.depth -= 1;
    }

    /// A sender field: the config file's value when it gives one (the line is then
    /// commented out), else the placeholder.
    pub(super) fn value(&self, path: &str, placeholder: &str) -> String {
        match self.given.text(path) {
            Some(value) => quoted(value),
            None => quoted(placeholder),
        }
    }
}

/// The path of a list item's field as the first item's, which the schema describes:
/// `closeout.invoices.2.amount` → `closeout.invoices.0.amount`.
fn first_item(path: &str) -> String {
    path.split('.')
        .map(|part| {
            if part.bytes().all(|b| b.is_ascii_digit()) {
                "0"
            } else {
                part
            }
        })
        .collect::<Vec<_>>()
        .join(".")
}
