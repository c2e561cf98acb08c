//! The base file: the fields every row of a spreadsheet shares, read once into the
//! [`Document`] each row is laid over.

use std::path::Path;

use crate::diagnostic::{Code, Diagnostic, Span};
use crate::error::{Error, Result};
use crate::input::Source;
use crate::yaml::{Document, Value};

/// A base file and its document; none given, an empty one.
#[derive(Debug)]
pub(super) struct Base {
    pub(super) source: Source,
    pub(super) document: Document,
}

impl Base {
    /// Reads the base file at `path` (none: every field comes from the rows). It is
    /// held to the rules of a case file's text, and must be a set of fields that a
    /// row can be laid over: no alias, no key that is a list or a section.
    pub(super) fn read(path: Option<&Path>) -> Result<Base> {
        let Some(path) = path else {
            return Ok(Base {
                source: Source {
                    name: String::new(),
                    text: String::new(),
                },
                document: Document::default(),
            });
        };
        let source = Source::read(path)?;
        let invalid = |diagnostics| Error::InvalidCase {
            file: source.name.clone(),
            source_text: source.text.clone(),
            diagnostics,
        };
        let document = match Document::build(&source.text) {
            Ok((document, problems)) if problems.is_empty() => document,
            Ok((_, problems)) | Err(problems) => return Err(invalid(problems)),
        };
        if let Some(diagnostic) = misfit(&document, &source.text) {
            return Err(invalid(vec![diagnostic]));
        }
        Ok(Base { source, document })
    }
}

/// What makes a document unfit to lay rows over, the first in the text.
fn misfit(document: &Document, text: &str) -> Option<Diagnostic> {
    let root = document.root()?;
    let mut first: Option<(Span, Diagnostic)> = None;
    let mut keep = |span: Span, diagnostic: Diagnostic| {
        if first.as_ref().is_none_or(|(at, _)| span.offset < at.offset) {
            first = Some((span, diagnostic));
        }
    };
    if let Some(span) = document.first_alias() {
        keep(
            span,
            Diagnostic::new(Code::UnsupportedAlias, "a base file cannot use aliases")
                .with_span(Span::at(text, span.offset, span.len))
                .with_help("write the value out where the alias stands"),
        );
    }
    if let Some(span) = complex_key(document, root) {
        keep(
            span,
            Diagnostic::new(Code::InvalidType, "a key must be a plain name").with_span(Span::at(
                text,
                span.offset,
                span.len,
            )),
        );
    }
    if let Some((_, diagnostic)) = first {
        return Some(diagnostic);
    }
    let node = document.node(root);
    match node.value {
        Value::Mapping(_) | Value::Scalar { null: true, .. } => None,
        _ => Some(
            Diagnostic::new(
                Code::InvalidType,
                "a base file holds the fields of a case, not a list or a single value",
            )
            .with_span(Span::at(text, node.span.offset, node.span.len))
            .with_help("write `field: value` lines, as in a case file"),
        ),
    }
}

/// Where the first key that is a list or a section is written, under `node`.
fn complex_key(document: &Document, node: usize) -> Option<Span> {
    match &document.node(node).value {
        Value::Scalar { .. } => None,
        Value::Sequence(items) => items.iter().find_map(|&item| complex_key(document, item)),
        Value::Mapping(pairs) => pairs.iter().find_map(|&(key, value)| {
            let written = document.node(key);
            match written.value {
                Value::Scalar { .. } => complex_key(document, value),
                _ => Some(written.span),
            }
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(text: &str) -> Option<Diagnostic> {
        let (document, _) = Document::build(text).unwrap();
        misfit(&document, text)
    }

    #[test]
    fn a_base_file_must_hold_plain_fields() {
        assert_eq!(refusal("- a\n").unwrap().code, Code::InvalidType);
        assert_eq!(
            refusal("a: &x 1\nb: *x\n").unwrap().code,
            Code::UnsupportedAlias
        );
        let complex = refusal("a: 1\n? [b]\n: 2\n").unwrap();
        assert_eq!(complex.message, "a key must be a plain name");
        assert_eq!(complex.span.map(|s| s.line), Some(2));
        assert!(refusal("# nothing\n").is_none());
        assert!(refusal("~\n").is_none());
        assert!(refusal("a: {b: [c]}\n").is_none());
    }
}
