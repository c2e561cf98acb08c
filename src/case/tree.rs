//! A case file's YAML as a small tree of nodes with their spans, built under limits
//! that keep hostile input cheap to reject.
//!
//! This is the first thing that looks at a case file's text. It walks the YAML event
//! stream once, without expanding anything, and refuses on the spot what no case file
//! needs: nesting deeper than [`MAX_DEPTH`], more than [`MAX_NODES`] values, aliases
//! that would expand past [`MAX_EXPANDED`] values ("billion laughs"), explicit tags
//! such as `!!python/object`, several documents. Work and
//! memory are therefore linear in the input, which is itself capped at 1 MiB.
//!
//! The tree it returns is what [`super::schema`] checks, so that every problem of a
//! well-formed file is reported at once rather than the first one serde meets.

use std::collections::HashMap;

use serde_saphyr::granit_parser::{Event, Options, Parser, ScalarStyle, ScanError};

use super::locate::{SourceMap, span_of};
use crate::diagnostic::{Code, Diagnostic, Span, printable};
use crate::hidden::{self, Hidden};

/// Deepest nesting accepted; the case format itself needs four levels.
pub const MAX_DEPTH: usize = 32;
/// Most values (scalars, sections, lists) a file may write; real case files have ~100.
pub const MAX_NODES: usize = 10_000;
/// Most values a file may stand for once its aliases are expanded.
pub const MAX_EXPANDED: usize = 10_000;
/// Most anchors (`&name`) and most aliases (`*name`) a file may use.
pub const MAX_ALIASES: usize = 100;
/// Most hidden characters reported for one file, leaving room in the report's
/// limit for the line that counts the rest.
const MAX_REPORTED: usize = crate::case::MAX_DIAGNOSTICS - 1;

/// One YAML node.
#[derive(Debug, Clone)]
pub struct Node {
    /// What it holds.
    pub value: Value,
    /// Where it is written (for an alias: where its anchor's node is written).
    pub span: Span,
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

/// A parsed YAML document: nodes in an arena, aliases shared rather than copied.
#[derive(Debug, Default)]
pub struct Tree {
    nodes: Vec<Node>,
    root: Option<usize>,
}

impl Tree {
    /// The index of the document's root node; `None` for a file with no content.
    pub fn root(&self) -> Option<usize> {
        self.root
    }

    /// The node at an index taken from a mapping or sequence.
    pub fn node(&self, index: usize) -> &Node {
        &self.nodes[index]
    }

    /// Builds the tree of `source`, or says which limit or rule the text breaks.
    ///
    /// Raw control and invisible characters (tab and line breaks aside) are errors,
    /// returned beside the tree: it is built as if each were spaces, so that one such
    /// character does not hide the file's other problems.
    pub fn build(source: &str) -> Result<(Tree, Vec<Diagnostic>), Vec<Diagnostic>> {
        let (mut problems, blanked) = hidden_characters(source);
        match Builder::default().run(blanked.as_deref().unwrap_or(source)) {
            Ok(tree) => Ok((tree, problems)),
            Err(diagnostic) => {
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
    tree: Tree,
    /// Expanded size of each node; `None` while a collection is still open.
    sizes: Vec<Option<usize>>,
    stack: Vec<Open>,
    anchors: HashMap<usize, usize>,
    aliases: usize,
    documents: usize,
}

impl Builder {
    fn run(mut self, source: &str) -> Result<Tree, Box<Diagnostic>> {
        // The parser's own nesting limits stop its lookahead at the same depth.
        let mut options = Options::default();
        options.flow_nesting_limit = MAX_DEPTH + 1;
        options.block_nesting_limit = MAX_DEPTH + 1;
        for item in Parser::new_from_str_with_options(source, options) {
            let (event, raw) = item.map_err(|e| Box::new(syntax_error(&e, source)))?;
            let span = span_of(&raw).unwrap_or(Span {
                offset: 0,
                len: 0,
                line: 1,
                column: 1,
            });
            let tag_span = raw.tag_span().and_then(|t| t.byte_range());
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
                Event::SequenceStart(_, anchor, ref tag)
                | Event::MappingStart(_, anchor, ref tag) => {
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
        }
        Ok(self.tree)
    }

    fn push(
        &mut self,
        value: Value,
        span: Span,
        size: Option<usize>,
    ) -> Result<usize, Box<Diagnostic>> {
        if self.tree.nodes.len() >= MAX_NODES {
            return Err(Box::new(
                Diagnostic::new(
                    Code::LimitExceeded,
                    format!("the file holds more than {MAX_NODES} values, the limit for a case file"),
                )
                .with_span(span)
                .with_help("a case file describes one client in a few dozen values; split the input into one file per case"),
            ));
        }
        self.tree.nodes.push(Node { value, span });
        self.sizes.push(size);
        Ok(self.tree.nodes.len() - 1)
    }

    fn attach(&mut self, index: usize) {
        match self.stack.last_mut() {
            Some(open) => open.children.push(index),
            None => {
                self.tree.root.get_or_insert(index);
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
        let span = self.tree.nodes[open.index].span;
        if size > MAX_EXPANDED {
            return Err(Box::new(expansion_error(span)));
        }
        self.sizes[open.index] = Some(size);
        let node = &mut self.tree.nodes[open.index];
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

fn depth_error(span: Span) -> Diagnostic {
    Diagnostic::new(
        Code::LimitExceeded,
        format!("the file nests deeper than {MAX_DEPTH} levels, the limit for a case file"),
    )
    .with_span(span)
    .with_help("a case file needs four levels at most; check the brackets and indentation here")
}

fn expansion_error(span: Span) -> Diagnostic {
    Diagnostic::new(
        Code::LimitExceeded,
        format!("the aliases in this file expand to more than {MAX_EXPANDED} values, the limit for a case file"),
    )
    .with_span(Span { len: span.len.min(1), ..span })
    .with_help("aliases (`*name`) are for repeating an address or two, not for building large structures; write the values out")
}

fn tag_error(source: &str, tag: Option<std::ops::Range<usize>>, node: Span) -> Diagnostic {
    let span = match tag {
        Some(range) => Span::at(source, range.start, range.end - range.start),
        None => node,
    };
    let written = &source[span.offset..span.offset + span.len];
    let message = if written.starts_with('!') {
        format!("the YAML tag `{written}` is not allowed in a case file")
    } else {
        "YAML tags are not allowed in a case file".to_owned()
    };
    Diagnostic::new(Code::UnsupportedTag, message)
        .with_span(span)
        .with_help(
            "case files are plain YAML: remove the tag; to keep a value as text, put it in quotes",
        )
}

fn syntax_error(error: &ScanError, source: &str) -> Diagnostic {
    let marker = error.marker();
    let offset = marker.byte_offset().unwrap_or_else(|| {
        source
            .char_indices()
            .nth(marker.index())
            .map_or(source.len(), |(i, _)| i)
    });
    let info = error.info();
    if info.contains("recursion limit") {
        return depth_error(Span::at(source, offset, 1));
    }
    if info.contains("unknown anchor") {
        return Diagnostic::new(Code::YamlSyntax, "this alias names no anchor defined before it")
            .with_span(Span::at(source, offset, 1))
            .with_help("define the anchor (`&name`) before the alias (`*name`) that repeats it, or write the value out");
    }
    // The parser notices a missing colon or an unclosed quote only lines later, where
    // the text stops making sense; the mistake itself is found from the source.
    let quote_error = info.contains("quoted scalar") || info.contains("quote");
    if (quote_error || info.contains("mapping values are not allowed"))
        && let Some(open) = unclosed_quote(&source[..offset.min(source.len())])
    {
        return Diagnostic::new(
            Code::YamlSyntax,
            "the file is not valid YAML: this quote is not closed on its line",
        )
        .with_span(Span::at(source, open, 1))
        .with_help("close the quote at the end of the value, or remove it");
    }
    if (info.contains("mapping values are not allowed")
        || info.contains("did not find expected key"))
        && let Some(line) = line_without_colon(source, offset)
    {
        let text = &source[line.offset..line.offset + line.len];
        let fixed = match text.split_once(' ') {
            Some((key, value)) => format!("{key}: {}", value.trim_start()),
            None => format!("{text}:"),
        };
        return Diagnostic::new(
            Code::YamlSyntax,
            "the file is not valid YAML: this line has no `:` after its field name",
        )
        .with_span(line)
        .with_help(format!(
            "write a colon and a space after the field name: `{}`",
            printable(&fixed)
        ));
    }
    let help = if info.contains("tab") {
        "indent with spaces: YAML does not allow tabs for indentation"
    } else if info.contains("mapping values are not allowed") {
        "check this line's indentation: it must line up with the other fields of its section, and a value containing `: ` must be quoted"
    } else if info.contains("quoted scalar") || info.contains("quote") {
        "check that every quote opened on this line or one above it is closed"
    } else if info.contains("flow") || info.contains("']'") || info.contains("'}'") {
        "check that every `[` and `{` is closed, and that items are separated by commas"
    } else {
        "check the quotes, brackets and indentation on this line and the one before it"
    };
    let message = if info.is_empty() {
        "the file is not valid YAML".to_owned()
    } else {
        format!("the file is not valid YAML: {info}")
    };
    Diagnostic::new(Code::YamlSyntax, message)
        .with_span(Span::at(source, offset, 1))
        .with_help(help)
}

/// The offset of the first quote before `before` that opens a value and is not
/// closed on its own line: where an unclosed quote really is. Case-file values are
/// single lines, so a quote running on to the next line is the mistake.
fn unclosed_quote(before: &str) -> Option<usize> {
    let mut start = 0;
    for line in before.split_inclusive('\n') {
        // The last line is cut at the error; a quote there is not known to be open.
        if !line.ends_with('\n') {
            break;
        }
        let bytes = line.as_bytes();
        let mut i = 0;
        let mut at_value = true;
        while i < bytes.len() {
            let c = bytes[i];
            if c == b'#' && (i == 0 || bytes[i - 1] == b' ') {
                break;
            }
            if at_value && (c == b'"' || c == b'\'') {
                let mut j = i + 1;
                let mut closed = false;
                while j < bytes.len() {
                    if c == b'"' && bytes[j] == b'\\' {
                        j += 2;
                        continue;
                    }
                    if bytes[j] == c {
                        if c == b'\'' && bytes.get(j + 1) == Some(&b'\'') {
                            j += 2;
                            continue;
                        }
                        closed = true;
                        break;
                    }
                    j += 1;
                }
                if !closed {
                    return Some(start + i);
                }
                i = j + 1;
                at_value = false;
                continue;
            }
            at_value = match c {
                b' ' => at_value || i > 0 && matches!(bytes[i - 1], b':' | b'-' | b','),
                b'[' | b'{' | b',' => true,
                _ => false,
            };
            i += 1;
        }
        start += line.len();
    }
    None
}

/// The nearest line above the one at `offset`, comments and blank lines skipped,
/// that is a bare word in a section (`  company Harbour & Sons`): a field whose
/// colon is missing, which the parser reports only at the next field.
fn line_without_colon(source: &str, offset: usize) -> Option<Span> {
    let line_start = source[..offset.min(source.len())].rfind('\n')?;
    let mut end = line_start;
    loop {
        let start = source[..end].rfind('\n').map_or(0, |i| i + 1);
        let line = &source[start..end];
        let text = line.trim();
        if !text.is_empty() && !text.starts_with('#') {
            let looks_bare = !text.contains(':')
                && !text.starts_with(['-', '[', '{', '"', '\'', ']', '}'])
                && !text.ends_with([',', '[', '{']);
            if !looks_bare {
                return None;
            }
            let indent = line.len() - line.trim_start().len();
            return Some(Span::at(source, start + indent, text.len()));
        }
        if start == 0 {
            return None;
        }
        end = start - 1;
    }
}

/// Every raw control or invisible character in the text (tab and line breaks aside),
/// each with the field path it sits in, and the text with each blanked out, when
/// there is one.
fn hidden_characters(source: &str) -> (Vec<Diagnostic>, Option<String>) {
    let forbidden = |&(_, c, _): &(usize, char, Hidden)| !matches!(c, '\t' | '\n' | '\r');
    let mut found = hidden::positions(source).filter(forbidden).peekable();
    if found.peek().is_none() {
        return (Vec::new(), None);
    }
    // The characters stop the YAML parser or hide the paths, so the paths are found in
    // a copy where each is replaced by as many spaces as it has bytes.
    let found: Vec<(usize, char, Hidden)> = found.collect();
    let mut blanked = source.as_bytes().to_vec();
    for &(offset, c, _) in &found {
        blanked[offset..offset + c.len_utf8()].fill(b' ');
    }
    // Whole characters were replaced by ASCII, so the bytes are still UTF-8.
    let blanked = String::from_utf8(blanked).unwrap_or_default();
    let map = SourceMap::new(&blanked);
    let mut diagnostics: Vec<Diagnostic> = found
        .iter()
        .take(MAX_REPORTED)
        .map(|&(offset, c, class)| {
            let path = map.path_at(&blanked, offset);
            let what = hidden::describe(c);
            let message = match &path {
                Some(path) => format!("{what} in {path}"),
                None => format!("{what} in the file"),
            };
            let diagnostic = Diagnostic::new(class.code(), message)
                .with_span(Span::at(source, offset, c.len_utf8()))
                .with_help(class.help(true));
            match path {
                Some(path) => diagnostic.at_path(path),
                None => diagnostic,
            }
        })
        .collect();
    if found.len() > MAX_REPORTED {
        diagnostics.push(Diagnostic::new(
            Code::InvisibleCharacter,
            format!(
                "and {} more control or invisible characters",
                found.len() - MAX_REPORTED
            ),
        ));
    }
    (diagnostics, Some(blanked))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_error(source: &str) -> Diagnostic {
        Tree::build(source).unwrap_err().remove(0)
    }

    #[test]
    fn builds_mappings_sequences_and_nulls() {
        let (tree, _) = Tree::build("a: [x, ~]\nb: {c: 'null'}\n").unwrap();
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
        assert!(Tree::build("# nothing\n").unwrap().0.root().is_none());
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
        let (_, errors) = Tree::build("sender:\n  name: A\u{1b}B\n").unwrap();
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
