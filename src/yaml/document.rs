//! A YAML file as a [`Document`]: a small tree of nodes with their spans and the
//! [`Paths`] where each field is written, built in one walk over the text under
//! limits that keep hostile input cheap to reject.
//!
//! It walks the YAML event stream once, without expanding anything, and refuses on
//! the spot what no file of adieu's needs: nesting deeper than [`MAX_DEPTH`], more
//! than [`MAX_NODES`] values, aliases that would expand past [`MAX_EXPANDED`] values
//! ("billion laughs"), explicit tags such as `!!python/object`, several documents.
//! Work and memory are therefore linear in the input, which is itself capped at 1 MiB.

use std::collections::HashMap;

use serde_saphyr::granit_parser::{Event, Options, Parser, ScalarStyle};

use super::paths::{Paths, Recorder, span_of};
use super::syntax::{depth_error, expansion_error, nodes_error, syntax_error, tag_error};
use super::{MAX_ALIASES, MAX_DEPTH, MAX_EXPANDED, MAX_NODES};
use crate::diagnostic::{Code, Diagnostic, MAX_DIAGNOSTICS, Span};
use crate::hidden::{self, Hidden};

/// Most hidden characters reported for one file, leaving room in the report's
/// limit for the line that counts the rest.
pub(super) const MAX_REPORTED: usize = MAX_DIAGNOSTICS - 1;

/// One YAML node.
#[derive(Debug, Clone)]
pub struct Node {
    /// What it holds.
    pub value: Value,
    /// Where it is written (for an alias: where its anchor's node is written). In an
    /// [overlay](super::Overlay), which has no text, its place in document order.
    pub span: Span,
    /// Where its value came from: the text, or a spreadsheet's cell.
    pub origin: Origin,
}

/// Where a node's value was written, which is where a problem with it is fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// In a YAML text, at this span: the document's own, or an overlay's base file.
    Text(Span),
    /// In a spreadsheet row (its number, the header being row 1): in the cell of
    /// `column` (0-based), or, for none, the row as a whole (the document itself).
    Row {
        /// The row's number.
        number: u64,
        /// The cell's column.
        column: Option<usize>,
    },
}

/// The content of a node.
#[derive(Debug, Clone)]
pub enum Value {
    /// A scalar after YAML escape processing; `null` when it is a plain `~`, `null` or nothing.
    Scalar {
        /// The text.
        text: String,
        /// Whether it is YAML's null.
        null: bool,
    },
    /// A mapping: pairs of key and value node indices, in file order.
    Mapping(Vec<(usize, usize)>),
    /// A sequence of node indices.
    Sequence(Vec<usize>),
}

/// A parsed YAML document: nodes in an arena, aliases shared rather than copied,
/// and where each field path is written.
#[derive(Debug, Default, Clone)]
pub struct Document {
    pub(super) nodes: Vec<Node>,
    pub(super) root: Option<usize>,
    pub(super) paths: Paths,
    /// Where the first alias (`*name`) is written, if any.
    pub(super) first_alias: Option<Span>,
}

impl Document {
    /// The index of the document's root node; `None` for a file with no content.
    pub fn root(&self) -> Option<usize> {
        self.root
    }

    /// The node at an index taken from a mapping or sequence.
    pub fn node(&self, index: usize) -> &Node {
        &self.nodes[index]
    }

    /// Where each field path is written.
    pub fn paths(&self) -> &Paths {
        &self.paths
    }

    /// Where the first alias (`*name`) is written: a node it repeats is shared, so a
    /// document with one cannot be [overlaid](super::Overlay).
    pub fn first_alias(&self) -> Option<Span> {
        self.first_alias
    }

    /// Builds the document of `source`, or says which limit or rule the text breaks.
    ///
    /// Raw control and invisible characters (tab and line breaks aside) are errors,
    /// returned beside the document: it is built as if each were spaces, so that one
    /// such character does not hide the file's other problems.
    pub fn build(source: &str) -> Result<(Document, Vec<Diagnostic>), Vec<Diagnostic>> {
        let found = hidden_characters(source);
        let blanked = blank(source, &found);
        let text = blanked.as_deref().unwrap_or(source);
        let mut builder = Builder::default();
        let failure = builder.run(text);
        let paths = builder.recorder.finish();
        let mut problems = hidden_diagnostics(source, text, &found, &paths);
        match failure {
            None => {
                let mut document = builder.document;
                document.paths = paths;
                Ok((document, problems))
            }
            Some(diagnostic) => {
                // Blanking a character can itself break the YAML on its line (an
                // escape sequence's `[` in a flow mapping): that is not a mistake of
                // the user's, so it is reported only on a line with none.
                let line = diagnostic.span.map(|s| s.line);
                if !problems.iter().any(|p| p.span.map(|s| s.line) == line) {
                    problems.push(*diagnostic);
                }
                Err(problems)
            }
        }
    }
}

struct Open {
    index: usize,
    anchor: usize,
    children: Vec<usize>,
}

#[derive(Default)]
struct Builder {
    document: Document,
    recorder: Recorder,
    /// Expanded size of each node; `None` while a collection is still open.
    sizes: Vec<Option<usize>>,
    stack: Vec<Open>,
    anchors: HashMap<usize, usize>,
    aliases: usize,
    documents: usize,
}

impl Builder {
    /// Walks every event of `source`, and returns the first problem, if any. The
    /// paths are recorded to the end of what the parser can read, so that a hidden
    /// character after a refused tag is still placed in its field.
    fn run(&mut self, source: &str) -> Option<Box<Diagnostic>> {
        // The parser's own nesting limits stop its lookahead at the same depth.
        let mut options = Options::default();
        options.flow_nesting_limit = MAX_DEPTH + 1;
        options.block_nesting_limit = MAX_DEPTH + 1;
        let mut failure = None;
        for item in Parser::new_from_str_with_options(source, options) {
            let (event, raw) = match item {
                Ok(item) => item,
                Err(error) => {
                    failure.get_or_insert_with(|| Box::new(syntax_error(&error, source)));
                    break;
                }
            };
            let span = span_of(&raw);
            if let Some(span) = span {
                self.recorder.event(&event, span);
            }
            if failure.is_some() {
                continue;
            }
            let span = span.unwrap_or(Span {
                offset: 0,
                len: 0,
                line: 1,
                column: 1,
            });
            let tag_span = raw.tag_span().and_then(|t| t.byte_range());
            if let Err(diagnostic) = self.take(event, span, tag_span, source) {
                failure = Some(diagnostic);
            }
        }
        failure
    }

    /// Adds one event to the tree.
    fn take(
        &mut self,
        event: Event<'_>,
        span: Span,
        tag_span: Option<std::ops::Range<usize>>,
        source: &str,
    ) -> Result<(), Box<Diagnostic>> {
        match event {
            Event::DocumentStart(..) => {
                self.documents += 1;
                if self.documents > 1 {
                    return Err(Box::new(
                        Diagnostic::new(
                            Code::MultipleDocuments,
                            "the file holds more than one YAML document",
                        )
                        .with_span(span)
                        .with_help("keep one case per file: remove this `---` and what follows, or move it to a file of its own"),
                    ));
                }
            }
            Event::Scalar(text, style, anchor, tag) => {
                if tag.is_some() {
                    return Err(Box::new(tag_error(source, tag_span, span)));
                }
                let null = style == ScalarStyle::Plain
                    && matches!(text.as_ref(), "" | "~" | "null" | "Null" | "NULL");
                let index = self.push(
                    Value::Scalar {
                        text: text.into_owned(),
                        null,
                    },
                    span,
                    Some(1),
                )?;
                self.anchor(anchor, index, span)?;
                self.attach(index);
            }
            Event::SequenceStart(_, anchor, ref tag) | Event::MappingStart(_, anchor, ref tag) => {
                if tag.is_some() {
                    return Err(Box::new(tag_error(source, tag_span, span)));
                }
                if self.stack.len() >= MAX_DEPTH {
                    return Err(Box::new(depth_error(Span { len: 1, ..span })));
                }
                let value = if matches!(event, Event::MappingStart(..)) {
                    Value::Mapping(Vec::new())
                } else {
                    Value::Sequence(Vec::new())
                };
                let index = self.push(value, span, None)?;
                self.stack.push(Open {
                    index,
                    anchor,
                    children: Vec::new(),
                });
            }
            Event::SequenceEnd | Event::MappingEnd => self.close()?,
            Event::Alias(id) => self.alias(id, span)?,
            _ => {}
        }
        Ok(())
    }

    fn push(
        &mut self,
        value: Value,
        span: Span,
        size: Option<usize>,
    ) -> Result<usize, Box<Diagnostic>> {
        if self.document.nodes.len() >= MAX_NODES {
            return Err(Box::new(nodes_error(span)));
        }
        self.document.nodes.push(Node {
            value,
            span,
            origin: Origin::Text(span),
        });
        self.sizes.push(size);
        Ok(self.document.nodes.len() - 1)
    }

    fn attach(&mut self, index: usize) {
        match self.stack.last_mut() {
            Some(open) => open.children.push(index),
            None => {
                self.document.root.get_or_insert(index);
            }
        }
    }

    fn close(&mut self) -> Result<(), Box<Diagnostic>> {
        let Some(open) = self.stack.pop() else {
            return Ok(());
        };
        let size = open.children.iter().fold(1usize, |total, &child| {
            total.saturating_add(self.sizes[child].unwrap_or(0))
        });
        let span = self.document.nodes[open.index].span;
        if size > MAX_EXPANDED {
            return Err(Box::new(expansion_error(span)));
        }
        self.sizes[open.index] = Some(size);
        let node = &mut self.document.nodes[open.index];
        match &mut node.value {
            Value::Mapping(pairs) => {
                *pairs = open
                    .children
                    .chunks_exact(2)
                    .map(|pair| (pair[0], pair[1]))
                    .collect();
            }
            Value::Sequence(items) => *items = open.children,
            Value::Scalar { .. } => {}
        }
        self.anchor(open.anchor, open.index, span)?;
        self.attach(open.index);
        Ok(())
    }

    fn anchor(&mut self, anchor: usize, index: usize, span: Span) -> Result<(), Box<Diagnostic>> {
        if anchor == 0 {
            return Ok(());
        }
        if self.anchors.len() >= MAX_ALIASES {
            return Err(Box::new(
                Diagnostic::new(
                    Code::LimitExceeded,
                    format!("the file defines more than {MAX_ALIASES} anchors, the limit for a case file"),
                )
                .with_span(span)
                .with_help("anchors (`&name`) are for repeating an address or two; write the values out"),
            ));
        }
        self.anchors.insert(anchor, index);
        Ok(())
    }

    fn alias(&mut self, id: usize, span: Span) -> Result<(), Box<Diagnostic>> {
        self.aliases += 1;
        self.document.first_alias.get_or_insert(span);
        if self.aliases > MAX_ALIASES {
            return Err(Box::new(
                Diagnostic::new(
                    Code::LimitExceeded,
                    format!(
                        "the file uses more than {MAX_ALIASES} aliases, the limit for a case file"
                    ),
                )
                .with_span(span)
                .with_help(
                    "aliases (`*name`) are for repeating an address or two; write the values out",
                ),
            ));
        }
        let Some(&target) = self.anchors.get(&id) else {
            return Err(Box::new(
                Diagnostic::new(
                    Code::YamlSyntax,
                    "this alias names no anchor defined before it",
                )
                .with_span(span)
                .with_help(
                    "define the anchor (`&name`) before the alias (`*name`) that repeats it",
                ),
            ));
        };
        if self.sizes[target].is_none() {
            return Err(Box::new(
                Diagnostic::new(
                    Code::YamlSyntax,
                    "this alias repeats the section it is written in",
                )
                .with_span(span)
                .with_help("an alias can only repeat a value that is complete; remove it"),
            ));
        }
        // Nothing is copied: the alias shares its anchor's node, and the size of every
        // collection holding it grows by the anchor's size, which `close` checks.
        self.attach(target);
        Ok(())
    }
}

/// Every raw control or invisible character in the text (tab and line breaks aside).
fn hidden_characters(source: &str) -> Vec<(usize, char, Hidden)> {
    hidden::positions(source)
        .filter(|&(_, c, _)| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// The text with each hidden character replaced by as many spaces as it has bytes,
/// when there is one: the characters would stop the YAML parser or hide the paths.
fn blank(source: &str, found: &[(usize, char, Hidden)]) -> Option<String> {
    if found.is_empty() {
        return None;
    }
    let mut blanked = source.as_bytes().to_vec();
    for &(offset, c, _) in found {
        blanked[offset..offset + c.len_utf8()].fill(b' ');
    }
    // Whole characters were replaced by ASCII, so the bytes are still UTF-8.
    Some(String::from_utf8(blanked).unwrap_or_default())
}

/// A diagnostic for each hidden character, with the field path it sits in.
fn hidden_diagnostics(
    source: &str,
    blanked: &str,
    found: &[(usize, char, Hidden)],
    paths: &Paths,
) -> Vec<Diagnostic> {
    let mut diagnostics: Vec<Diagnostic> = found
        .iter()
        .take(MAX_REPORTED)
        .map(|&(offset, c, class)| {
            let span = Span::at(source, offset, c.len_utf8());
            hidden_diagnostic(c, class, paths.path_at(blanked, offset), span)
        })
        .collect();
    diagnostics.extend(more_hidden(found.len()));
    diagnostics
}

/// The error for one hidden character written raw, in the field at `path`.
pub(super) fn hidden_diagnostic(
    c: char,
    class: Hidden,
    path: Option<String>,
    span: Span,
) -> Diagnostic {
    let what = hidden::describe(c);
    let message = match &path {
        Some(path) => format!("{what} in {path}"),
        None => format!("{what} in the file"),
    };
    let diagnostic = Diagnostic::new(class.code(), message)
        .with_span(span)
        .with_help(class.help(true));
    match path {
        Some(path) => diagnostic.at_path(path),
        None => diagnostic,
    }
}

/// The line that counts the hidden characters past the first [`MAX_REPORTED`] of
/// the `found`, if there are more.
pub(super) fn more_hidden(found: usize) -> Option<Diagnostic> {
    (found > MAX_REPORTED).then(|| {
        Diagnostic::new(
            Code::InvisibleCharacter,
            format!(
                "and {} more control or invisible characters",
                found - MAX_REPORTED
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_error(source: &str) -> Diagnostic {
        Document::build(source).unwrap_err().remove(0)
    }

    #[test]
    fn builds_mappings_sequences_and_nulls() {
        let (tree, _) = Document::build("a: [x, ~]\nb: {c: 'null'}\n").unwrap();
        let Value::Mapping(pairs) = &tree.node(tree.root().unwrap()).value else {
            panic!("root is a mapping")
        };
        assert_eq!(pairs.len(), 2);
        let Value::Sequence(items) = &tree.node(pairs[0].1).value else {
            panic!("a is a list")
        };
        assert!(matches!(
            &tree.node(items[1]).value,
            Value::Scalar { null: true, .. }
        ));
        let Value::Mapping(inner) = &tree.node(pairs[1].1).value else {
            panic!("b is a mapping")
        };
        assert!(matches!(
            &tree.node(inner[0].1).value,
            Value::Scalar { null: false, .. }
        ));
    }

    #[test]
    fn empty_text_has_no_root() {
        assert!(Document::build("# nothing\n").unwrap().0.root().is_none());
    }

    #[test]
    fn deep_nesting_is_refused_at_the_limit() {
        let source = format!("a: {}{}\n", "[".repeat(5000), "]".repeat(5000));
        let error = first_error(&source);
        assert_eq!(error.code.as_str(), "limit-exceeded");
        assert!(
            error.message.contains("deeper than 32 levels"),
            "{}",
            error.message
        );
        // Refused within a few characters of the limit, not at the end of the line.
        assert!(
            error.span.is_some_and(|s| s.column <= 4 + MAX_DEPTH + 4),
            "{error:?}"
        );
    }

    #[test]
    fn billion_laughs_is_refused_before_expanding() {
        let mut source = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (name, previous) in ["b", "c", "d", "e", "f", "g", "h", "i"]
            .iter()
            .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
        {
            let items = vec![format!("*{previous}"); 10].join(", ");
            source.push_str(&format!("{name}: &{name} [{items}]\n"));
        }
        let error = first_error(&source);
        assert_eq!(error.code.as_str(), "limit-exceeded");
        assert!(
            error.message.contains("aliases in this file expand"),
            "{}",
            error.message
        );
    }

    #[test]
    fn tags_are_refused_with_their_spelling() {
        let error = first_error("reason: !!python/object:os.system capacity\n");
        assert_eq!(error.code.as_str(), "unsupported-tag");
        assert_eq!(
            error.message,
            "the YAML tag `!!python/object:os.system` is not allowed in a case file"
        );
        assert_eq!(error.span.map(|s| s.column), Some(9));
    }

    #[test]
    fn raw_control_characters_are_located_with_their_path() {
        let (_, errors) = Document::build("sender:\n  name: A\u{1b}B\n").unwrap();
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors[0].message,
            "U+001B (a control character) in sender.name"
        );
        assert_eq!(errors[0].path.as_deref(), Some("sender.name"));
        assert_eq!(errors[0].span.map(|s| (s.line, s.column)), Some((2, 10)));
    }

    #[test]
    fn a_second_document_is_refused() {
        let error = first_error("a: 1\n---\nb: 2\n");
        assert_eq!(error.code.as_str(), "multiple-documents");
        assert_eq!(error.span.map(|s| s.line), Some(2));
    }
}
