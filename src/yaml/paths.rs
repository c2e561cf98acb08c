//! Field path → position in the YAML source, for locating diagnostics.
//!
//! The typed case carries no positions, which keeps the model plain. When validation
//! or advice has something to say about `notice.days`, the [`Paths`] of the document
//! say where that path is written. They are recorded from the same walk over the YAML
//! events that builds the [`Document`](super::Document), so locating costs no second
//! reading of the text.

use std::collections::HashMap;

use serde_saphyr::granit_parser::{Event, Parser, Span as RawSpan};

use crate::diagnostic::Span;

/// A parser span as a [`Span`], from the positions the parser tracks anyway:
/// constant time, where counting lines from the start would make a walk over a
/// large file quadratic.
pub(crate) fn span_of(raw: &RawSpan) -> Option<Span> {
    let start = raw.start.byte_offset()?;
    let end = raw.end.byte_offset()?;
    (end >= start).then(|| Span {
        offset: start,
        len: end - start,
        line: raw.start.line(),
        column: raw.start.col() + 1,
    })
}

/// Where each field path of a YAML document is written.
#[derive(Debug, Default, Clone)]
pub struct Paths {
    entries: Vec<Entry>,
    /// The first entry of each path, so that locating is constant time.
    index: HashMap<String, usize>,
    document: Option<Span>,
}

#[derive(Debug, Clone)]
struct Entry {
    path: String,
    key: Option<Span>,
    value: Span,
    scalar: bool,
}

#[derive(Debug)]
enum Frame {
    Mapping {
        path: String,
        key: Option<(String, Span)>,
    },
    Sequence {
        path: String,
        index: usize,
    },
}

impl Paths {
    /// Walks `source` on its own, for a text no [`Document`](super::Document) was
    /// built from; a syntax error simply ends the walk with what was found so far.
    pub fn new(source: &str) -> Paths {
        let mut recorder = Recorder::default();
        for event in Parser::new_from_str(source) {
            let Ok((event, raw_span)) = event else { break };
            if let Some(span) = span_of(&raw_span) {
                recorder.event(&event, span);
            }
        }
        recorder.finish()
    }
}

/// Builds [`Paths`] from a stream of YAML events, one event at a time.
#[derive(Debug, Default)]
pub(crate) struct Recorder {
    paths: Paths,
    stack: Vec<Frame>,
}

impl Recorder {
    /// Takes the next event of the document and where it is written.
    pub(crate) fn event(&mut self, event: &Event<'_>, span: Span) {
        match event {
            Event::Scalar(text, ..) => self.scalar(text, span),
            Event::Alias(_) => {
                self.paths.record(&mut self.stack, span, true);
            }
            Event::MappingStart(..) => self.open(true, span),
            Event::SequenceStart(..) => self.open(false, span),
            Event::MappingEnd | Event::SequenceEnd => self.close(),
            _ => {}
        }
    }

    /// A scalar: a key of the open mapping, or a value.
    pub(crate) fn scalar(&mut self, text: &str, span: Span) {
        if let Some(Frame::Mapping { key, .. }) = self.stack.last_mut()
            && key.is_none()
        {
            *key = Some((text.to_owned(), span));
            return;
        }
        self.paths.record(&mut self.stack, span, true);
    }

    /// The start of a mapping, or else of a sequence.
    pub(crate) fn open(&mut self, mapping: bool, span: Span) {
        let path = self.paths.record(&mut self.stack, span, false);
        self.stack.push(if mapping {
            Frame::Mapping { path, key: None }
        } else {
            Frame::Sequence { path, index: 0 }
        });
    }

    /// The end of the innermost open mapping or sequence.
    pub(crate) fn close(&mut self) {
        self.stack.pop();
    }

    /// The paths recorded so far.
    pub(crate) fn finish(self) -> Paths {
        self.paths
    }
}

impl Paths {
    /// Records a node at the current position and returns its path.
    fn record(&mut self, stack: &mut [Frame], value: Span, scalar: bool) -> String {
        let (path, key) = match stack.last_mut() {
            Some(Frame::Mapping { path, key }) => match key.take() {
                Some((name, key_span)) => (join(path, &name), Some(key_span)),
                None => (path.clone(), None),
            },
            Some(Frame::Sequence { path, index }) => {
                let child = join(path, &index.to_string());
                *index += 1;
                (child, None)
            }
            None => {
                self.document.get_or_insert(value);
                return String::new();
            }
        };
        self.index.entry(path.clone()).or_insert(self.entries.len());
        self.entries.push(Entry {
            path: path.clone(),
            key,
            value,
            scalar,
        });
        path
    }

    /// The best span for a path: a scalar's value, a section's key, or — for a path
    /// that is not written at all — the nearest written parent section.
    pub fn locate(&self, path: &str) -> Option<Span> {
        let mut path = path;
        loop {
            if let Some(entry) = self.index.get(path).map(|&i| &self.entries[i]) {
                return Some(if entry.scalar {
                    entry.value
                } else {
                    entry.key.unwrap_or(entry.value)
                });
            }
            match path.rfind('.') {
                Some(dot) => path = &path[..dot],
                None => return self.document,
            }
        }
    }

    /// The span of the key itself, for problems with a field's presence.
    pub fn locate_key(&self, path: &str) -> Option<Span> {
        self.index
            .get(path)
            .and_then(|&i| self.entries[i].key)
            .or_else(|| self.locate(path))
    }
}

impl Paths {
    /// The path of the field written on the same line of `source` at or before
    /// `offset`: where a character at that offset belongs.
    pub fn path_at(&self, source: &str, offset: usize) -> Option<String> {
        let mut best: Option<(usize, &str)> = None;
        for entry in &self.entries {
            let spans = entry
                .key
                .into_iter()
                .chain(entry.scalar.then_some(entry.value));
            for span in spans {
                if span.offset <= offset && best.is_none_or(|(start, _)| span.offset >= start) {
                    best = Some((span.offset, entry.path.as_str()));
                }
            }
        }
        let (start, path) = best?;
        let between = source.get(start..offset)?;
        (!between.contains('\n')).then(|| path.to_owned())
    }
}

fn join(parent: &str, child: &str) -> String {
    if parent.is_empty() {
        child.to_owned()
    } else {
        format!("{parent}.{child}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "language: fr\nnotice:\n  days: 30\ncloseout:\n  invoices:\n    - { number: F-1, amount: 10 }\n    - number: F-2\n      amount: -5\n";

    #[test]
    fn finds_scalars_by_path() {
        let map = Paths::new(SOURCE);
        let span = map.locate("notice.days").unwrap();
        assert_eq!((span.line, span.column), (3, 9));
        let span = map.locate("closeout.invoices.1.amount").unwrap();
        assert_eq!((span.line, span.column), (8, 15));
        let span = map.locate("closeout.invoices.0.amount").unwrap();
        assert_eq!(&SOURCE[span.offset..span.offset + span.len], "10");
    }

    #[test]
    fn missing_paths_fall_back_to_their_section() {
        let map = Paths::new(SOURCE);
        let span = map.locate("notice.until").unwrap();
        assert_eq!((span.line, span.column), (2, 1));
        let span = map.locate("referral").unwrap();
        assert_eq!((span.line, span.column), (1, 1));
    }
}
