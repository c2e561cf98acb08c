//! A document laid over another: a spreadsheet row's cells set into a copy of its
//! base file's [`Document`], each new or replaced node knowing the cell it came
//! from, so that the row's case is checked, converted and advised on exactly like a
//! case file's, and every problem is traced to a cell or to a line of the base.
//!
//! Nothing is written out as YAML and read again: a cell's text becomes a scalar
//! node as it is (`1200.00` and `0042` stay the digits written), and the limits a
//! parsed file is held to (depth, number of values, raw invisible characters) are
//! checked on the finished tree.
//!
//! An overlay has no text of its own, so its nodes' spans are their places in
//! document order (keys before their values), one apart: sorted by span, a row's
//! problems come in the order the document reads, and [`Document::origin_at`]
//! finds the node a span is about. [`Origin`] says where that node was written.

use super::document::{MAX_REPORTED, hidden_diagnostic, more_hidden};
use super::paths::Recorder;
use super::syntax::{depth_error, nodes_error};
use super::{Document, MAX_DEPTH, MAX_NODES, Node, Origin, Value};
use crate::diagnostic::{Diagnostic, Span};
use crate::hidden;

/// The span of a node not yet given its place by [`Overlay::finish`].
const UNPLACED: Span = Span {
    offset: 0,
    len: 0,
    line: 1,
    column: 1,
};

/// One step of a field path: a field of a section, or an item of a list. Paths sort
/// list items by index, the order in which a row's cells are applied.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Segment {
    /// A field name.
    Field(String),
    /// A 0-based list index.
    Item(usize),
}

/// Parses `client.contact.name` or `closeout.invoices.0.amount` into segments.
pub fn segments(path: &str) -> Option<Vec<Segment>> {
    path.split('.')
        .map(|part| {
            if part.is_empty() {
                None
            } else if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().ok().map(Segment::Item)
            } else {
                Some(Segment::Field(part.to_owned()))
            }
        })
        .collect()
}

/// A path's text: `closeout.invoices.0`.
pub fn join(path: &[Segment]) -> String {
    path.iter()
        .map(|segment| match segment {
            Segment::Field(name) => name.clone(),
            Segment::Item(index) => index.to_string(),
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// Why a value cannot be set at its path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Misfit {
    /// The path goes through a value, or ends at a section or list; the segments up
    /// to the offending node are given.
    Shape(usize),
    /// The item index leaves a hole in the list at segment `at`, which has only
    /// `filled` items.
    Gap {
        /// The segment of the item index.
        at: usize,
        /// How many items the list has.
        filled: usize,
    },
}

/// A copy of a base document with a spreadsheet row's cells being set into it.
#[derive(Debug, Clone)]
pub struct Overlay {
    document: Document,
    /// The row's number, for the origin of its nodes.
    row: u64,
}

impl Overlay {
    /// Starts row `row` from a copy of `base`. The base must hold no alias
    /// ([`Document::first_alias`]): a value set under a shared node would show up
    /// wherever the alias repeats it. A base with no content, or YAML's null, is an
    /// empty section. The document itself is the row's: a field missing from both
    /// the base and the row is the row's to fill.
    pub fn new(base: &Document, row: u64) -> Overlay {
        let mut document = base.clone();
        let origin = Origin::Row {
            number: row,
            column: None,
        };
        match document.root {
            Some(root) => {
                let node = &mut document.nodes[root];
                if let Value::Scalar { null: true, .. } = node.value {
                    node.value = Value::Mapping(Vec::new());
                }
                node.origin = origin;
            }
            None => {
                document.nodes.push(Node {
                    value: Value::Mapping(Vec::new()),
                    span: UNPLACED,
                    origin,
                });
                document.root = Some(document.nodes.len() - 1);
            }
        }
        Overlay { document, row }
    }

    /// Sets the value at `path` to the text of the cell in `column`, creating the
    /// sections and list items on the way. A cell replaces what the base says at the
    /// same path; an empty value in the base (`referral:`) becomes the section or
    /// list the path needs.
    pub fn set(&mut self, path: &[Segment], text: &str, column: usize) -> Result<(), Misfit> {
        let origin = Origin::Row {
            number: self.row,
            column: Some(column),
        };
        let nodes = &mut self.document.nodes;
        let Some(mut node) = self.document.root else {
            return Err(Misfit::Shape(0));
        };
        for (depth, segment) in path.iter().enumerate() {
            if let Value::Scalar { null: true, .. } = nodes[node].value {
                nodes[node].value = match segment {
                    Segment::Field(_) => Value::Mapping(Vec::new()),
                    Segment::Item(_) => Value::Sequence(Vec::new()),
                };
            }
            let next = match (segment, &nodes[node].value) {
                (Segment::Field(name), Value::Mapping(pairs)) => pairs
                    .iter()
                    .find(|&&(key, _)| {
                        matches!(&nodes[key].value, Value::Scalar { text, .. } if text == name)
                    })
                    .map(|&(_, value)| value),
                (Segment::Item(index), Value::Sequence(items)) => {
                    if *index > items.len() {
                        return Err(Misfit::Gap {
                            at: depth,
                            filled: items.len(),
                        });
                    }
                    items.get(*index).copied()
                }
                _ => return Err(Misfit::Shape(depth)),
            };
            node = match next {
                Some(child) => child,
                None => {
                    // A new field or item: null until the path goes on through it.
                    let mut new = |value| {
                        nodes.push(Node {
                            value,
                            span: UNPLACED,
                            origin,
                        });
                        nodes.len() - 1
                    };
                    let key = match segment {
                        Segment::Field(name) => Some(new(Value::Scalar {
                            text: name.clone(),
                            null: false,
                        })),
                        Segment::Item(_) => None,
                    };
                    let child = new(Value::Scalar {
                        text: String::new(),
                        null: true,
                    });
                    match (&mut nodes[node].value, key) {
                        (Value::Mapping(pairs), Some(key)) => pairs.push((key, child)),
                        (Value::Sequence(items), None) => items.push(child),
                        // The match above let only these two through.
                        _ => return Err(Misfit::Shape(depth)),
                    }
                    child
                }
            };
        }
        let leaf = &mut nodes[node];
        match leaf.value {
            Value::Scalar { .. } => {
                leaf.value = Value::Scalar {
                    text: text.to_owned(),
                    null: false,
                };
                leaf.origin = origin;
                Ok(())
            }
            _ => Err(Misfit::Shape(path.len())),
        }
    }

    /// The finished document, held to the limits of a parsed file, and the errors
    /// for the raw invisible characters of the row's keys and values (blanked out of
    /// a value, as [`Document::build`] does, so that the row's other problems still
    /// show; a key is the column's name, which must still find its node, so that
    /// every problem with it is traced to its column).
    /// A control character or a byte-order mark is left in the value, as an escape
    /// such as `\u0007` in a case file would be: the case's text check refuses it
    /// with the help for values.
    ///
    /// Past a limit the problems are an `Err`, and the case is not to be read
    /// further; the document comes with them all the same, to trace them.
    pub fn finish(self) -> (Document, Result<Vec<Diagnostic>, Vec<Diagnostic>>) {
        let mut walk = Walk {
            document: self.document,
            recorder: Recorder::default(),
            visited: 0,
            hidden: Vec::new(),
            found: 0,
        };
        let root = walk.document.root;
        let failure = root.and_then(|root| walk.node(root, String::new(), 0).err());
        let Walk {
            mut document,
            recorder,
            mut hidden,
            found,
            ..
        } = walk;
        document.paths = recorder.finish();
        hidden.extend(more_hidden(found));
        match failure {
            Some(failure) => {
                hidden.push(*failure);
                (document, Err(hidden))
            }
            None => (document, Ok(hidden)),
        }
    }
}

/// The walk over a finished overlay, in document order.
struct Walk {
    document: Document,
    recorder: Recorder,
    /// How many nodes were given their place so far.
    visited: usize,
    hidden: Vec<Diagnostic>,
    /// How many raw invisible characters were found, reported or not.
    found: usize,
}

impl Walk {
    /// Gives the node and those under it their places, and records their paths;
    /// `path` is the node's, `depth` how many collections hold it.
    fn node(&mut self, index: usize, path: String, depth: usize) -> Result<(), Box<Diagnostic>> {
        let span = self.place(index)?;
        match &self.document.nodes[index].value {
            Value::Scalar { .. } => {
                let text = self.check(index, &path, true);
                self.recorder.scalar(&text, span);
            }
            Value::Mapping(pairs) => {
                if depth >= MAX_DEPTH {
                    return Err(Box::new(depth_error(span)));
                }
                let pairs = pairs.clone();
                self.recorder.open(true, span);
                for (key, value) in pairs {
                    let key_span = self.place(key)?;
                    let name = match &self.document.nodes[key].value {
                        Value::Scalar { text, .. } => text.clone(),
                        _ => String::new(),
                    };
                    let child = if path.is_empty() {
                        name
                    } else {
                        format!("{path}.{name}")
                    };
                    let name = self.check(key, &child, false);
                    self.recorder.scalar(&name, key_span);
                    self.node(value, child, depth + 1)?;
                }
                self.recorder.close();
            }
            Value::Sequence(items) => {
                if depth >= MAX_DEPTH {
                    return Err(Box::new(depth_error(span)));
                }
                let items = items.clone();
                self.recorder.open(false, span);
                for (i, item) in items.into_iter().enumerate() {
                    let child = if path.is_empty() {
                        i.to_string()
                    } else {
                        format!("{path}.{i}")
                    };
                    self.node(item, child, depth + 1)?;
                }
                self.recorder.close();
            }
        }
        Ok(())
    }

    /// Gives a node the next place in document order, within the number of values
    /// a file may hold.
    fn place(&mut self, index: usize) -> Result<Span, Box<Diagnostic>> {
        let span = Span {
            offset: self.visited,
            len: 1,
            line: 1,
            column: self.visited + 1,
        };
        if self.visited >= MAX_NODES {
            return Err(Box::new(nodes_error(span)));
        }
        self.visited += 1;
        self.document.nodes[index].span = span;
        Ok(span)
    }

    /// Reports the raw invisible characters of a scalar the row wrote (the base's
    /// were refused when it was read), and blanks them if `blank`; returns its text.
    fn check(&mut self, index: usize, path: &str, blank: bool) -> String {
        let node = &mut self.document.nodes[index];
        let Value::Scalar { text, .. } = &mut node.value else {
            return String::new();
        };
        if !matches!(node.origin, Origin::Row { .. }) {
            return text.clone();
        }
        let found: Vec<_> = hidden::positions(text)
            .filter(|&(_, c, _)| !c.is_control() && c != '\u{feff}')
            .collect();
        for &(offset, c, class) in &found {
            if self.found < MAX_REPORTED {
                // Just after the node's own problems, before the next node's.
                let span = Span {
                    len: 2,
                    ..node.span
                };
                let path = Some(path.to_owned());
                self.hidden.push(hidden_diagnostic(c, class, path, span));
            }
            self.found += 1;
            if !blank {
                continue;
            }
            let mut blanked = std::mem::take(text).into_bytes();
            blanked[offset..offset + c.len_utf8()].fill(b' ');
            // Whole characters were replaced by ASCII, so the bytes are still UTF-8.
            *text = String::from_utf8(blanked).unwrap_or_default();
        }
        text.clone()
    }
}

impl Document {
    /// The index of the node at `path`, if it is written.
    pub fn get(&self, path: &[Segment]) -> Option<usize> {
        let mut node = self.root?;
        for segment in path {
            node = self.child(node, segment)?;
        }
        Some(node)
    }

    /// The text of the scalar at `path`, if one that is not null is written there.
    pub fn text(&self, path: &[Segment]) -> Option<&str> {
        match &self.node(self.get(path)?).value {
            Value::Scalar { text, null: false } => Some(text),
            _ => None,
        }
    }

    /// Where the deepest node written on `path` came from; none for a document with
    /// no content.
    pub fn origin_of(&self, path: &[Segment]) -> Option<Origin> {
        let mut node = self.root?;
        for segment in path {
            match self.child(node, segment) {
                Some(child) => node = child,
                None => break,
            }
        }
        Some(self.node(node).origin)
    }

    /// Where the innermost node around byte `offset` (in an overlay: at place
    /// `offset`) came from.
    pub fn origin_at(&self, offset: usize) -> Option<Origin> {
        self.nodes
            .iter()
            .filter(|node| {
                let span = node.span;
                span.offset <= offset && offset < span.offset + span.len.max(1)
            })
            .min_by_key(|node| node.span.len)
            .map(|node| node.origin)
    }

    /// A field of a section, or an item of a list.
    fn child(&self, node: usize, segment: &Segment) -> Option<usize> {
        match (segment, &self.node(node).value) {
            (Segment::Field(name), Value::Mapping(pairs)) => pairs
                .iter()
                .find(|&&(key, _)| {
                    matches!(&self.node(key).value, Value::Scalar { text, .. } if text == name)
                })
                .map(|&(_, value)| value),
            (Segment::Item(index), Value::Sequence(items)) => items.get(*index).copied(),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(text: &str) -> Vec<Segment> {
        segments(text).unwrap()
    }

    fn base(text: &str) -> Document {
        let (document, problems) = Document::build(text).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        document
    }

    fn cell(column: usize) -> Option<Origin> {
        Some(Origin::Row {
            number: 7,
            column: Some(column),
        })
    }

    #[test]
    fn a_cell_replaces_a_base_scalar_and_keeps_its_text() {
        let base = base("notice:\n  days: 030\nrefund: { amount: 1200.00 }\n");
        let mut overlay = Overlay::new(&base, 7);
        overlay.set(&path("notice.days"), "0042", 2).unwrap();
        let (document, problems) = overlay.finish();
        let problems = problems.unwrap();
        assert!(problems.is_empty());
        assert_eq!(document.text(&path("notice.days")), Some("0042"));
        assert_eq!(document.origin_of(&path("notice.days")), cell(2));
        // The base's values are as written, and where the base wrote them.
        assert_eq!(document.text(&path("refund.amount")), Some("1200.00"));
        let Some(Origin::Text(span)) = document.origin_of(&path("refund.amount")) else {
            panic!("written in the base");
        };
        assert_eq!((span.line, span.column), (3, 19));
        // The document itself is the row's.
        assert_eq!(
            document.origin_of(&path("language")),
            Some(Origin::Row {
                number: 7,
                column: None
            })
        );
    }

    #[test]
    fn cells_create_sections_and_list_items() {
        let base = base("client:\n  contact: { name: A, gender: female }\nreferral:\n");
        let mut overlay = Overlay::new(&base, 7);
        overlay
            .set(&path("client.contact.name"), "Jana \"J\" Nováková", 0)
            .unwrap();
        overlay.set(&path("referral.name"), "Tomáš", 1).unwrap();
        overlay
            .set(&path("closeout.handover.0"), "Keys", 2)
            .unwrap();
        overlay
            .set(&path("closeout.handover.1"), "Files", 3)
            .unwrap();
        let (document, _) = overlay.finish();
        assert_eq!(
            document.text(&path("client.contact.name")),
            Some("Jana \"J\" Nováková")
        );
        assert!(matches!(
            document.origin_of(&path("client.contact.gender")),
            Some(Origin::Text(_))
        ));
        // `referral:` was empty in the base: the section is the base's line.
        assert_eq!(document.text(&path("referral.name")), Some("Tomáš"));
        assert!(matches!(
            document.origin_of(&path("referral")),
            Some(Origin::Text(_))
        ));
        // A section and a list the base lacks are the first cell's that needs them.
        assert_eq!(document.origin_of(&path("closeout")), cell(2));
        assert_eq!(document.origin_of(&path("closeout.handover")), cell(2));
        assert_eq!(document.origin_of(&path("closeout.handover.1")), cell(3));
        assert_eq!(document.text(&path("closeout.handover.1")), Some("Files"));
        // A missing field's origin is its deepest written section's.
        assert_eq!(document.origin_of(&path("closeout.invoices.0")), cell(2));
        // The paths locate in document order: the new field after the base's.
        let paths = document.paths();
        let gender = paths.locate("client.contact.gender").unwrap();
        let name = paths.locate("referral.name").unwrap();
        let keys = paths.locate("closeout.handover.0").unwrap();
        assert!(gender.offset < name.offset && name.offset < keys.offset);
        assert_eq!(document.origin_at(keys.offset), cell(2));
    }

    #[test]
    fn misfits_are_refused() {
        let mut overlay = Overlay::new(&base("client:\n  email: a@b.example\n"), 2);
        assert_eq!(
            overlay.set(&path("client.email.x"), "v", 0),
            Err(Misfit::Shape(2))
        );
        assert_eq!(overlay.set(&path("client"), "v", 0), Err(Misfit::Shape(1)));
        assert_eq!(
            overlay.set(&path("closeout.invoices.1.amount"), "1", 0),
            Err(Misfit::Gap { at: 2, filled: 0 })
        );
    }

    #[test]
    fn an_empty_base_is_an_empty_section_of_the_row() {
        for text in ["", "# nothing\n", "~\n"] {
            let mut overlay = Overlay::new(&base(text), 3);
            overlay.set(&path("language"), "en", 0).unwrap();
            let (document, _) = overlay.finish();
            assert_eq!(document.text(&path("language")), Some("en"));
            assert_eq!(
                document.origin_of(&[]),
                Some(Origin::Row {
                    number: 3,
                    column: None
                })
            );
        }
    }

    #[test]
    fn a_cell_s_invisible_characters_are_refused_and_its_controls_kept() {
        let mut overlay = Overlay::new(&base("a: x\n"), 2);
        overlay.set(&path("b"), "Ann\u{200F}Lee", 4).unwrap();
        overlay.set(&path("c"), "line\nbreak\u{7}", 5).unwrap();
        let (document, problems) = overlay.finish();
        let problems = problems.unwrap();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].message, "U+200F RIGHT-TO-LEFT MARK in b");
        assert_eq!(problems[0].path.as_deref(), Some("b"));
        assert_eq!(document.text(&path("b")), Some("Ann   Lee"));
        assert_eq!(document.text(&path("c")), Some("line\nbreak\u{7}"));
    }

    #[test]
    fn an_invisible_character_in_a_column_s_name_is_traced_to_its_column() {
        let mut overlay = Overlay::new(&base("a: x\n"), 7);
        overlay.set(&path("b.e\u{200B}mail"), "v", 6).unwrap();
        let (document, problems) = overlay.finish();
        let problems = problems.unwrap();
        assert_eq!(problems.len(), 1);
        let at = problems[0].path.as_deref().unwrap();
        assert_eq!(document.origin_of(&path(at)), cell(6));
    }

    #[test]
    fn the_limits_of_a_file_hold() {
        let deep = vec!["a"; MAX_DEPTH + 1].join(".");
        let mut overlay = Overlay::new(&Document::default(), 2);
        overlay.set(&path(&deep), "x", 0).unwrap();
        let errors = overlay.finish().1.unwrap_err();
        assert!(
            errors[0].message.contains("deeper than 32 levels"),
            "{errors:?}"
        );

        let mut overlay = Overlay::new(&Document::default(), 2);
        for i in 0..MAX_NODES {
            overlay.set(&path(&format!("list.{i}")), "x", 0).unwrap();
        }
        let errors = overlay.finish().1.unwrap_err();
        assert!(
            errors[0].message.contains("more than 10000 values"),
            "{errors:?}"
        );
    }
}
