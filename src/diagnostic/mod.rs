//! Located, compiler-style reports of what is wrong with a case file.
//!
//! Everything that can be wrong with an input — YAML syntax, a type mismatch, a
//! broken notice rule — becomes a [`Diagnostic`]: a stable code, a message, the field
//! path, the span in the source, and how to fix it; and, when one problem has several
//! places (a notice shorter than the contract's minimum), a [`Label`] for each other. They are rendered like rustc's
//! (`error[code]: … --> file:line:col`) at the edge, in colour only when the stream
//! is a terminal and `NO_COLOR` is unset (anstream decides).

use annotate_snippets::{Annotation, AnnotationKind, Group, Level, Renderer, Snippet};

mod code;

pub use code::Code;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The case cannot be rendered.
    Error,
    /// Advice: the case renders, but something deserves a second look.
    Warning,
}

impl Severity {
    /// The word shown before the code.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// Most diagnostics reported for one file; a file with more is reported in part.
pub const MAX_DIAGNOSTICS: usize = 50;

/// A byte range of the source, with its 1-based line and column (in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Byte offset of the first byte.
    pub offset: usize,
    /// Length in bytes; may be zero.
    pub len: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
}

impl Span {
    /// The span of `len` bytes at `offset` in `source`, with its line and column.
    pub fn at(source: &str, offset: usize, len: usize) -> Span {
        let offset = floor_char_boundary(source, offset);
        let len = floor_char_boundary(source, offset.saturating_add(len)) - offset;
        let before = &source[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = source[line_start..offset].chars().count() + 1;
        Span {
            offset,
            len,
            line,
            column,
        }
    }
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    index = index.min(text.len());
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// Whether a character must never be printed as it is: control characters (which
/// drive terminals) and the invisible ones (which make text read differently from
/// its bytes); see [`crate::hidden`].
pub fn is_unprintable(c: char) -> bool {
    crate::hidden::classify(c).is_some()
}

/// `text` with every unprintable character written as an escape such as `\u{1b}`.
pub fn printable(text: &str) -> String {
    escaped(text, |_| false)
}

/// Like [`printable`], but keeping line breaks: for messages of several lines.
pub fn printable_lines(text: &str) -> String {
    escaped(text, |c| c == '\n')
}

fn escaped(text: &str, keep: impl Fn(char) -> bool) -> String {
    if !text.chars().any(|c| is_unprintable(c) && !keep(c)) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_unprintable(c) && !keep(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// The one source line a span starts on, made printable, with the span's position in it.
struct Excerpt {
    line: String,
    line_number: usize,
    start: usize,
    end: usize,
}

impl Excerpt {
    fn new(source: &str, span: Span) -> Excerpt {
        let offset = floor_char_boundary(source, span.offset);
        let line_start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[offset..]
            .find('\n')
            .map_or(source.len(), |i| offset + i);
        let raw = source[line_start..line_end].trim_end_matches('\r');
        let raw_end = line_start + raw.len();
        let span_end = floor_char_boundary(source, span.offset.saturating_add(span.len))
            .min(raw_end)
            .max(offset);
        let (mut start, mut end) = (0, 0);
        let mut line = String::with_capacity(raw.len());
        for (i, c) in raw.char_indices() {
            if line_start + i == offset {
                start = line.len();
            }
            if line_start + i == span_end {
                end = line.len();
            }
            // C0 controls are shown as symbols by the renderer itself; the others
            // would reach the terminal.
            if is_unprintable(c) && !c.is_ascii_control() {
                line.push('\u{FFFD}');
            } else {
                line.push(c);
            }
        }
        if raw_end <= offset {
            start = line.len();
        }
        if raw_end <= span_end {
            end = line.len();
        }
        Excerpt {
            line,
            line_number: span.line,
            start,
            end: end.max(start),
        }
    }
}

/// Another place a problem concerns, besides the one to fix: a notice shorter than
/// the contract's minimum is fixed at the notice, but the minimum is part of the
/// problem and is shown too, with what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// The field path, such as `contract.notice_days`.
    pub path: Option<String>,
    /// Where in the source; found from the path when the diagnostic is located.
    pub span: Option<Span>,
    /// What is at that place, in a few words: "the contract's minimum".
    pub message: String,
}

/// Where a [`Label`] points: a field path, located with its diagnostic, or a span
/// already known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A field path, such as `contract.notice_days`.
    Path(String),
    /// A span of the source.
    Span(Span),
}

impl From<&str> for Location {
    fn from(path: &str) -> Self {
        Location::Path(path.to_owned())
    }
}

impl From<String> for Location {
    fn from(path: String) -> Self {
        Location::Path(path)
    }
}

impl From<Span> for Location {
    fn from(span: Span) -> Self {
        Location::Span(span)
    }
}

/// `snippet` with a context annotation for each of `labels` on its line.
fn beside<'a>(
    labels: &'a [(Option<Excerpt>, String)],
    line: usize,
    snippet: Snippet<'a, Annotation<'a>>,
) -> Snippet<'a, Annotation<'a>> {
    labels
        .iter()
        .filter_map(|(excerpt, text)| {
            excerpt
                .as_ref()
                .filter(|excerpt| excerpt.line_number == line)
                .map(|excerpt| (excerpt, text))
        })
        .fold(snippet, |snippet, (excerpt, text)| {
            snippet.annotation(
                AnnotationKind::Context
                    .span(excerpt.start..excerpt.end)
                    .label(text.as_str()),
            )
        })
}

/// One problem found in an input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// What kind of problem, such as [`Code::UnknownField`].
    pub code: Code,
    /// What is wrong, in one line.
    pub message: String,
    /// The field path, such as `notice.days` or `closeout.invoices.0.amount`.
    pub path: Option<String>,
    /// Where in the source; `None` when the problem concerns the whole file.
    pub span: Option<Span>,
    /// How to fix it.
    pub help: Option<String>,
    /// The other places the problem concerns, each with what it is there.
    pub labels: Vec<Label>,
    /// The words of the value the problem is about, as written (a judgemental word),
    /// so that it can be located inside the value without reading the message.
    pub subject: Option<String>,
}

impl Diagnostic {
    /// A problem of the code's default severity, not yet located.
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: code.severity(),
            code,
            message: message.into(),
            path: None,
            span: None,
            help: None,
            labels: Vec::new(),
            subject: None,
        }
    }

    /// Changes the severity from the code's default: a summary such as
    /// `too-many-problems` is as serious as what it stands for.
    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// Attaches the field path.
    pub fn at_path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// Attaches the source span.
    pub fn with_span(mut self, span: Span) -> Self {
        self.span = Some(span);
        self
    }

    /// Adds another place the problem concerns (a field path or a span), saying what
    /// is there; shown beside the place to fix, as a second annotation.
    pub fn with_label(mut self, at: impl Into<Location>, message: impl Into<String>) -> Self {
        let (path, span) = match at.into() {
            Location::Path(path) => (Some(path), None),
            Location::Span(span) => (None, Some(span)),
        };
        self.labels.push(Label {
            path,
            span,
            message: message.into(),
        });
        self
    }

    /// Names the words of the value the problem is about, as written.
    pub fn about(mut self, subject: impl Into<String>) -> Self {
        self.subject = Some(subject.into());
        self
    }

    /// Gives every label that has a path but no span the span `locate` finds for it.
    pub fn locate_labels(&mut self, locate: impl Fn(&str) -> Option<Span>) {
        for label in &mut self.labels {
            if label.span.is_none()
                && let Some(path) = &label.path
            {
                label.span = locate(path);
            }
        }
    }

    /// Attaches the advice on how to fix it.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Whether this diagnostic prevents rendering.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Renders the diagnostic like rustc, against the source it refers to.
    ///
    /// `styled` adds ANSI colours; callers print through anstream, which strips them
    /// again when the stream is not a terminal or `NO_COLOR` is set. Only the line the
    /// span starts on is handed to the renderer, so a diagnostic costs the length of
    /// one line, not of the file; and text from the case file is made printable first,
    /// so no byte of it can drive the terminal.
    pub fn render(&self, file: &str, source: &str, styled: bool) -> String {
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let title = match &self.path {
            Some(path) if !self.message.contains(path.as_str()) => {
                format!("{} (in `{path}`)", self.message)
            }
            _ => self.message.clone(),
        };
        let title = printable(&title);
        // The file name (with a CSV row and column) is the user's too, and the
        // renderer would silently drop its control characters.
        let file = printable(file);
        let file = file.as_str();
        let help = self.help.as_deref().map(printable);
        let excerpt = self.span.map(|span| Excerpt::new(source, span));
        // Each label is shown on its own line of the source, or beside the place to
        // fix when it is on the same line; a label that could not be located is a
        // note naming its field.
        let labels: Vec<(Option<Excerpt>, String)> = self
            .labels
            .iter()
            .map(|label| {
                let excerpt = label.span.map(|span| Excerpt::new(source, span));
                let text = match (&excerpt, &label.path) {
                    (None, Some(path)) => format!("{} (in `{path}`)", label.message),
                    _ => label.message.clone(),
                };
                (excerpt, printable(&text))
            })
            .collect();
        let mut elements: Vec<annotate_snippets::Element<'_>> =
            Vec::with_capacity(2 + labels.len());
        match &excerpt {
            Some(excerpt) => elements.push(
                beside(
                    &labels,
                    excerpt.line_number,
                    Snippet::source(excerpt.line.as_str())
                        .line_start(excerpt.line_number)
                        .path(file)
                        .annotation(AnnotationKind::Primary.span(excerpt.start..excerpt.end)),
                )
                .into(),
            ),
            None => elements.push(annotate_snippets::Origin::path(file).into()),
        }
        let mut lines_shown: Vec<usize> = excerpt.iter().map(|e| e.line_number).collect();
        for (other, _) in &labels {
            if let Some(other) = other
                && !lines_shown.contains(&other.line_number)
            {
                lines_shown.push(other.line_number);
                elements.push(
                    beside(
                        &labels,
                        other.line_number,
                        Snippet::source(other.line.as_str())
                            .line_start(other.line_number)
                            .path(file),
                    )
                    .into(),
                );
            }
        }
        for (other, text) in &labels {
            if other.is_none() {
                elements.push(Level::NOTE.message(text.as_str()).into());
            }
        }
        if let Some(help) = &help {
            elements.push(Level::HELP.message(help.as_str()).into());
        }
        let report: [Group<'_>; 1] = [level
            .primary_title(title.as_str())
            .id(self.code.as_str())
            .elements(elements)];
        let renderer = if styled {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let mut out = renderer.render(&report);
        out.push('\n');
        out
    }

    /// One JSON object on one line, for editors and CI (`check --format json`).
    pub fn to_json_line(&self, file: &str) -> String {
        let line = serde_json::json!({
            "code": self.code.as_str(),
            "severity": self.severity.as_str(),
            "message": self.message,
            "file": file,
            "line": self.span.map(|span| span.line),
            "column": self.span.map(|span| span.column),
            "path": self.path,
            "help": self.help,
        });
        let mut line = line;
        // Only a diagnostic with labels has the key, so that every other line reads
        // as it always has.
        if !self.labels.is_empty()
            && let Some(object) = line.as_object_mut()
        {
            let labels = self
                .labels
                .iter()
                .map(|label| {
                    serde_json::json!({
                        "message": label.message,
                        "path": label.path,
                        "line": label.span.map(|span| span.line),
                        "column": label.span.map(|span| span.column),
                    })
                })
                .collect();
            object.insert("labels".to_owned(), serde_json::Value::Array(labels));
        }
        line.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_count_lines_and_characters() {
        let source = "a: 1\nbé: x\n";
        let span = Span::at(source, source.find('x').unwrap(), 1);
        assert_eq!((span.line, span.column), (2, 5));
    }

    #[test]
    fn renders_like_rustc() {
        let source = "language: fr\nclinet: x\n";
        let diagnostic = Diagnostic::new(Code::UnknownField, "unknown field `clinet`")
            .with_span(Span::at(source, 13, 6))
            .with_help("did you mean `client`?");
        let text = diagnostic.render("case.yaml", source, false);
        assert!(
            text.starts_with("error[unknown-field]: unknown field `clinet`"),
            "{text}"
        );
        assert!(text.contains("--> case.yaml:2:1"), "{text}");
        assert!(text.contains("help: did you mean `client`?"), "{text}");
    }

    #[test]
    fn any_span_renders_without_panicking() {
        let source = "name: Hann\u{FFFD}h\r\nnext: é\n";
        for offset in 0..source.len() + 3 {
            for len in [0, 1, 2, 3, 40] {
                let span = Span {
                    offset,
                    len,
                    line: 1,
                    column: 1,
                };
                let text = Diagnostic::new(Code::YamlSyntax, "m")
                    .with_span(span)
                    .render("f", source, true);
                assert!(text.contains("error[yaml-syntax]"));
            }
        }
    }

    #[test]
    fn case_text_cannot_reach_the_terminal_raw() {
        let source = "a: \u{9b}31m\u{202e}x\n";
        let diagnostic = Diagnostic::new(Code::YamlSyntax, "bad \u{1b}[31m value")
            .with_span(Span::at(source, 3, 2))
            .with_help("\u{202e}");
        let text = diagnostic.render("f", source, false);
        assert!(!text.contains(['\u{1b}', '\u{9b}', '\u{202e}']), "{text:?}");
    }

    /// Issue 12, requirement 4: one problem with two places shows both, the second
    /// as a labelled context annotation; on the same line, beside the first; and one
    /// that could not be located, as a note naming its field.
    #[test]
    fn labels_show_the_other_places_of_a_problem() {
        let source = "contract:\n  notice_days: 30\nnotice:\n  days: 10\n";
        let diagnostic = Diagnostic::new(
            Code::NoticeTooShort,
            "the notice gives 10 days but the contract requires at least 30",
        )
        .at_path("notice.days")
        .with_span(Span::at(source, source.find("10").unwrap(), 2))
        .with_label(
            Span::at(source, source.find("30").unwrap(), 2),
            "the contract's minimum",
        )
        .with_label("contract.title", "the contract")
        .with_help("give at least 30 days of notice");
        assert_eq!(
            diagnostic.render("case.yaml", source, false),
            "\
error[notice-too-short]: the notice gives 10 days but the contract requires at least 30 (in `notice.days`)
 --> case.yaml:4:9
  |
4 |   days: 10
  |         ^^
  |
 ::: case.yaml:2:16
  |
2 |   notice_days: 30
  |                -- the contract's minimum
  |
  = note: the contract (in `contract.title`)
  = help: give at least 30 days of notice
"
        );
        let source = "referral: { name: Priya Shah, kind: an agency }\n";
        let beside = Diagnostic::new(Code::InvalidReferral, "both")
            .with_span(Span::at(source, source.find("an agency").unwrap(), 9))
            .with_label(
                Span::at(source, source.find("Priya Shah").unwrap(), 10),
                "the name",
            );
        assert_eq!(
            beside.render("case.yaml", source, false),
            "\
error[invalid-referral]: both
 --> case.yaml:1:37
  |
1 | referral: { name: Priya Shah, kind: an agency }
  |                   ----------        ^^^^^^^^^
  |                   |
  |                   the name
"
        );
    }

    #[test]
    fn labels_are_located_from_their_paths_and_listed_in_json() {
        let mut diagnostic = Diagnostic::new(Code::NoticeTooShort, "short")
            .at_path("notice.days")
            .with_label("contract.notice_days", "the contract's minimum")
            .with_label("contract.title", "the contract");
        diagnostic.locate_labels(|path| {
            (path == "contract.notice_days").then_some(Span {
                offset: 26,
                len: 2,
                line: 2,
                column: 16,
            })
        });
        assert_eq!(
            diagnostic.to_json_line("f.yaml"),
            r#"{"code":"notice-too-short","column":null,"file":"f.yaml","help":null,"labels":[{"column":16,"line":2,"message":"the contract's minimum","path":"contract.notice_days"},{"column":null,"line":null,"message":"the contract","path":"contract.title"}],"line":null,"message":"short","path":"notice.days","severity":"error"}"#
        );
    }

    #[test]
    fn json_lines_escape_text() {
        let diagnostic = Diagnostic::new(Code::NoContract, "say \"hi\"\n").at_path("a.b");
        assert_eq!(
            diagnostic.to_json_line("f.yaml"),
            r#"{"code":"no-contract","column":null,"file":"f.yaml","help":null,"line":null,"message":"say \"hi\"\n","path":"a.b","severity":"warning"}"#
        );
    }
}
