//! A YAML tree that keeps every scalar exactly as written and remembers where each
//! node came from, so that a spreadsheet row can be laid over the base file and
//! every problem traced back to a cell or to a line of the base.
//!
//! The merged tree is written out as flow-style YAML and parsed by the same code as a
//! case file, so a row is held to exactly the rules of a case file. Scalars are never
//! turned into numbers on the way: `amount: 1200.00` and `number: 0042` reach the
//! case parser as the digits written.

use std::ops::Range;

use serde_saphyr::granit_parser::{Event, Parser, ScalarStyle};

use crate::case;
use crate::diagnostic::{Code, Diagnostic, Span};

/// Where a node of a merged case was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// In the base file, at this byte range.
    Base {
        /// Byte offset in the base file.
        offset: usize,
        /// Length in bytes.
        len: usize,
    },
    /// In this column (0-based) of the row.
    Column(usize),
    /// Nowhere in particular: the document as a whole.
    Document,
}

/// One step of a field path: a field of a section, or an item of a list. Paths sort
/// list items by index, the order in which cells are applied.
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

/// A node and where it was written.
#[derive(Debug, Clone)]
pub struct Node {
    origin: Origin,
    value: Value,
}

#[derive(Debug, Clone)]
enum Value {
    /// A scalar's text; `None` for YAML's null.
    Scalar(Option<String>),
    List(Vec<Node>),
    Map(Vec<(Key, Node)>),
}

#[derive(Debug, Clone)]
struct Key {
    name: String,
    origin: Origin,
}

/// Why a cell cannot be placed at its path.
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

impl Node {
    /// An empty section, the tree of a missing or empty base file.
    pub fn empty() -> Node {
        Node {
            origin: Origin::Document,
            value: Value::Map(Vec::new()),
        }
    }

    /// Reads a base file. It is first parsed like a case file, under the same budgets,
    /// so that its syntax errors read the same; then its events are collected.
    pub fn from_yaml(text: &str) -> Result<Node, Vec<Diagnostic>> {
        match case::parse_as::<serde::de::IgnoredAny>(text) {
            Ok(_) => {}
            Err(diagnostics) if diagnostics.iter().all(|d| d.code == Code::EmptyFile) => {
                return Ok(Node::empty());
            }
            Err(diagnostics) => return Err(diagnostics),
        }
        let mut stack: Vec<(Node, Option<Key>)> = Vec::new();
        let mut root = None;
        for event in Parser::new_from_str(text) {
            let (event, span) =
                event.map_err(|e| vec![Diagnostic::new(Code::YamlSyntax, e.info().to_string())])?;
            let origin = match (span.start.byte_offset(), span.end.byte_offset()) {
                (Some(start), Some(end)) if end >= start => Origin::Base {
                    offset: start,
                    len: end - start,
                },
                _ => Origin::Document,
            };
            let node = match event {
                Event::Scalar(scalar, style, ..) => {
                    if let Some((
                        Node {
                            value: Value::Map(_),
                            ..
                        },
                        key @ None,
                    )) = stack.last_mut()
                    {
                        *key = Some(Key {
                            name: scalar.into_owned(),
                            origin,
                        });
                        continue;
                    }
                    let null = style == ScalarStyle::Plain
                        && matches!(&*scalar, "" | "~" | "null" | "Null" | "NULL");
                    Node {
                        origin,
                        value: Value::Scalar((!null).then(|| scalar.into_owned())),
                    }
                }
                Event::MappingStart(..) | Event::SequenceStart(..) => {
                    if let Some((
                        Node {
                            value: Value::Map(_),
                            ..
                        },
                        None,
                    )) = stack.last()
                    {
                        return Err(vec![
                            Diagnostic::new(Code::InvalidType, "a key must be a plain name")
                                .with_span(span_of(text, origin)),
                        ]);
                    }
                    let value = if matches!(event, Event::MappingStart(..)) {
                        Value::Map(Vec::new())
                    } else {
                        Value::List(Vec::new())
                    };
                    stack.push((Node { origin, value }, None));
                    continue;
                }
                Event::MappingEnd | Event::SequenceEnd => match stack.pop() {
                    Some((node, _)) => node,
                    None => continue,
                },
                Event::Alias(_) => {
                    return Err(vec![
                        Diagnostic::new(Code::UnsupportedAlias, "a base file cannot use aliases")
                            .with_span(span_of(text, origin))
                            .with_help("write the value out where the alias stands"),
                    ]);
                }
                _ => continue,
            };
            match stack.last_mut() {
                Some((parent, key)) => match &mut parent.value {
                    Value::Map(entries) => {
                        if let Some(key) = key.take() {
                            entries.push((key, node));
                        }
                    }
                    Value::List(items) => items.push(node),
                    Value::Scalar(_) => {}
                },
                None => root = Some(node),
            }
        }
        match root {
            // The document itself is nowhere in particular: a field missing from both
            // the base and the row is the row's to fill.
            Some(Node {
                value: value @ Value::Map(_),
                ..
            }) => Ok(Node {
                origin: Origin::Document,
                value,
            }),
            Some(Node {
                value: Value::Scalar(None),
                ..
            })
            | None => Ok(Node::empty()),
            Some(node) => Err(vec![
                Diagnostic::new(
                    Code::InvalidType,
                    "a base file holds the fields of a case, not a list or a single value",
                )
                .with_span(span_of(text, node.origin))
                .with_help("write `field: value` lines, as in a case file"),
            ]),
        }
    }

    /// Sets the value at `path` to the text of a cell, creating the sections and list
    /// items on the way. A cell replaces what the base file says at the same path.
    pub fn set(&mut self, path: &[Segment], text: &str, column: usize) -> Result<(), Misfit> {
        self.set_at(path, 0, text, column)
    }

    fn set_at(
        &mut self,
        path: &[Segment],
        depth: usize,
        text: &str,
        column: usize,
    ) -> Result<(), Misfit> {
        let origin = Origin::Column(column);
        let Some(segment) = path.get(depth) else {
            return match self.value {
                Value::Scalar(_) => {
                    *self = Node {
                        origin,
                        value: Value::Scalar(Some(text.to_owned())),
                    };
                    Ok(())
                }
                _ => Err(Misfit::Shape(depth)),
            };
        };
        // An empty value in the base (`referral:`) becomes the section the path needs.
        if let Value::Scalar(None) = self.value {
            self.value = match segment {
                Segment::Field(_) => Value::Map(Vec::new()),
                Segment::Item(_) => Value::List(Vec::new()),
            };
        }
        let placeholder = Node {
            origin,
            value: Value::Scalar(None),
        };
        let child = match (segment, &mut self.value) {
            (Segment::Field(name), Value::Map(entries)) => {
                let index = match entries.iter().position(|(key, _)| key.name == *name) {
                    Some(index) => index,
                    None => {
                        entries.push((
                            Key {
                                name: name.clone(),
                                origin,
                            },
                            placeholder,
                        ));
                        entries.len() - 1
                    }
                };
                &mut entries[index].1
            }
            (Segment::Item(index), Value::List(items)) => {
                if *index > items.len() {
                    return Err(Misfit::Gap {
                        at: depth,
                        filled: items.len(),
                    });
                }
                if *index == items.len() {
                    items.push(placeholder);
                }
                &mut items[*index]
            }
            _ => return Err(Misfit::Shape(depth)),
        };
        child.set_at(path, depth + 1, text, column)
    }

    /// The text of the scalar at `path`, if there is one.
    pub fn get(&self, path: &[Segment]) -> Option<&str> {
        let mut node = self;
        for segment in path {
            node = match (segment, &node.value) {
                (Segment::Field(name), Value::Map(entries)) => {
                    &entries.iter().find(|(key, _)| key.name == *name)?.1
                }
                (Segment::Item(index), Value::List(items)) => items.get(*index)?,
                _ => return None,
            };
        }
        match &node.value {
            Value::Scalar(text) => text.as_deref(),
            _ => None,
        }
    }

    /// Where the deepest node on `path` that exists was written.
    pub fn origin_of(&self, path: &[Segment]) -> Origin {
        let mut node = self;
        for segment in path {
            let next = match (segment, &node.value) {
                (Segment::Field(name), Value::Map(entries)) => entries
                    .iter()
                    .find(|(key, _)| key.name == *name)
                    .map(|(_, child)| child),
                (Segment::Item(index), Value::List(items)) => items.get(*index),
                _ => None,
            };
            match next {
                Some(child) => node = child,
                None => break,
            }
        }
        node.origin
    }

    /// Writes the tree as one line of flow-style YAML, recording the byte range of
    /// every key and value with its origin.
    pub fn emit(&self, out: &mut String, origins: &mut Origins) {
        let start = out.len();
        match &self.value {
            Value::Scalar(None) => out.push_str("null"),
            Value::Scalar(Some(text)) => quote(text, out),
            Value::List(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    item.emit(out, origins);
                }
                out.push(']');
            }
            Value::Map(entries) => {
                out.push('{');
                for (i, (key, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    let key_start = out.len();
                    quote(&key.name, out);
                    origins.0.push((key_start..out.len(), key.origin));
                    out.push_str(": ");
                    value.emit(out, origins);
                }
                out.push('}');
            }
        }
        origins.0.push((start..out.len(), self.origin));
    }
}

/// The byte ranges of an emitted tree and where each was written.
#[derive(Debug, Default)]
pub struct Origins(Vec<(Range<usize>, Origin)>);

impl Origins {
    /// The origin of the innermost key or value around a byte offset.
    pub fn at(&self, offset: usize) -> Origin {
        self.0
            .iter()
            .filter(|(range, _)| range.contains(&offset))
            .min_by_key(|(range, _)| range.len())
            .map_or(Origin::Document, |(_, origin)| *origin)
    }
}

/// The span of a base-file origin.
pub fn span_of(text: &str, origin: Origin) -> Span {
    match origin {
        Origin::Base { offset, len } => Span::at(text, offset, len),
        _ => Span::at(text, 0, 0),
    }
}

/// A YAML double-quoted scalar. Besides `"` and `\`, every control character is
/// escaped, since YAML (unlike JSON) forbids raw DEL and C1 controls inside quotes.
fn quote(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || c == '\u{feff}' => {
                out.push_str(&format!("\\u{:04X}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(text: &str) -> Vec<Segment> {
        segments(text).unwrap()
    }

    fn emitted(node: &Node) -> String {
        let mut out = String::new();
        node.emit(&mut out, &mut Origins::default());
        out
    }

    #[test]
    fn scalars_keep_their_text() {
        let base =
            Node::from_yaml("notice:\n  days: 030\nrefund: { amount: 1200.00 }\nrole:\n").unwrap();
        assert_eq!(
            emitted(&base),
            r#"{"notice": {"days": "030"}, "refund": {"amount": "1200.00"}, "role": null}"#
        );
    }

    #[test]
    fn cells_override_and_extend_the_base() {
        let mut base =
            Node::from_yaml("client:\n  contact: { name: A, gender: female }\nreferral:\n")
                .unwrap();
        base.set(&path("client.contact.name"), "Jana \"J\" Nováková", 0)
            .unwrap();
        base.set(&path("referral.name"), "Tomáš", 1).unwrap();
        base.set(&path("closeout.handover.0"), "Keys", 2).unwrap();
        assert_eq!(
            emitted(&base),
            r#"{"client": {"contact": {"name": "Jana \"J\" Nováková", "gender": "female"}}, "referral": {"name": "Tomáš"}, "closeout": {"handover": ["Keys"]}}"#
        );
        assert_eq!(base.get(&path("referral.name")), Some("Tomáš"));
        assert_eq!(
            base.origin_of(&path("client.contact.name")),
            Origin::Column(0)
        );
        assert!(matches!(
            base.origin_of(&path("client.contact.gender")),
            Origin::Base { .. }
        ));
    }

    #[test]
    fn misfits_are_refused() {
        let mut base = Node::from_yaml("client:\n  email: a@b.example\n").unwrap();
        assert_eq!(
            base.set(&path("client.email.x"), "v", 0),
            Err(Misfit::Shape(2))
        );
        assert_eq!(base.set(&path("client"), "v", 0), Err(Misfit::Shape(1)));
        assert_eq!(
            base.set(&path("closeout.invoices.1.amount"), "1", 0),
            Err(Misfit::Gap { at: 2, filled: 0 })
        );
    }

    #[test]
    fn origins_find_the_innermost_range() {
        let mut base = Node::from_yaml("a: x\n").unwrap();
        base.set(&path("b.c"), "y", 3).unwrap();
        let mut out = String::new();
        let mut origins = Origins::default();
        base.emit(&mut out, &mut origins);
        assert_eq!(origins.at(out.find("\"y\"").unwrap()), Origin::Column(3));
        assert_eq!(origins.at(out.find("\"c\"").unwrap()), Origin::Column(3));
        assert_eq!(
            origins.at(out.find("\"x\"").unwrap()),
            Origin::Base { offset: 3, len: 1 }
        );
        assert_eq!(origins.at(0), Origin::Document);
    }

    #[test]
    fn control_characters_are_escaped() {
        let mut out = String::new();
        quote("a\u{7f}b\u{85}\\", &mut out);
        assert_eq!(out, r#""a\u007Fb\u0085\\""#);
    }

    #[test]
    fn base_files_must_hold_fields() {
        assert_eq!(
            Node::from_yaml("- a\n").unwrap_err()[0].code.as_str(),
            "invalid-type"
        );
        assert_eq!(
            Node::from_yaml("a: &x 1\nb: *x\n").unwrap_err()[0]
                .code
                .as_str(),
            "unsupported-alias"
        );
        assert_eq!(emitted(&Node::from_yaml("# nothing\n").unwrap()), "{}");
    }
}
