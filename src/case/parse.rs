//! YAML text → [`Case`], with budgets that keep hostile input cheap to reject and
//! every parse error turned into a located [`Diagnostic`].

use serde::de::DeserializeOwned;
use serde_saphyr::{Error as YamlError, MessageFormatter, UserMessageFormatter};

use super::Case;
use crate::diagnostic::{Diagnostic, Span};

/// The largest case file accepted, in bytes. Real case files are a few kilobytes.
pub const MAX_INPUT_BYTES: usize = 1024 * 1024;

/// Deepest nesting accepted; the case format itself needs four levels.
const MAX_DEPTH: usize = 32;

/// Parses a case file. The text must already be within [`MAX_INPUT_BYTES`].
pub fn parse(source: &str) -> Result<Case, Box<Diagnostic>> {
    parse_as(source)
}

/// Parses any of adieu's YAML files (a case, the config) into its type, with the
/// same budgets and the same located diagnostics.
pub fn parse_as<T: DeserializeOwned>(source: &str) -> Result<T, Box<Diagnostic>> {
    serde_saphyr::from_str_with_options(source, options())
        .map_err(|error| Box::new(diagnose(&error, source)))
}

fn options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: MAX_DEPTH,
            max_nodes: 10_000,
            max_events: 50_000,
            max_aliases: 100,
            max_anchors: 100,
            max_documents: 1,
            max_total_scalar_bytes: MAX_INPUT_BYTES,
        },
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: 10_000,
            max_replay_stack_depth: 8,
            max_alias_expansions_per_anchor: 100,
        },
        reject_unsupported_tags: true,
        reject_tagged_field_names: true,
        with_snippet: false,
    }
}

/// Turns a YAML error into a diagnostic with a stable code and advice.
fn diagnose(error: &YamlError, source: &str) -> Diagnostic {
    let inner = error.without_snippet();
    let message = UserMessageFormatter
        .format_message(inner)
        .escape_debug()
        .to_string();
    let (code, help) = match inner {
        YamlError::SerdeUnknownField {
            field, expected, ..
        } => (
            "unknown-field",
            Some(match closest(field, expected) {
                Some(candidate) => format!("did you mean `{candidate}`?"),
                None => format!("the fields allowed here are: {}", expected.join(", ")),
            }),
        ),
        YamlError::SerdeUnknownVariant {
            variant, expected, ..
        } => (
            "unknown-value",
            Some(match closest(variant, expected) {
                Some(candidate) => format!("did you mean `{candidate}`?"),
                None => format!("write one of: {}", expected.join(", ")),
            }),
        ),
        YamlError::SerdeMissingField { field, .. } => (
            "missing-field",
            Some(format!("add `{field}:` to this section")),
        ),
        YamlError::DuplicateMappingKey { .. } => (
            "duplicate-key",
            Some("each key may appear once in a section; delete or merge the repeated one".into()),
        ),
        YamlError::UnsupportedTag { .. } | YamlError::TaggedStructFieldName { .. } => (
            "unsupported-tag",
            Some("case files are plain YAML: remove the `!` tag".into()),
        ),
        YamlError::Budget { .. }
        | YamlError::AliasReplayLimitExceeded { .. }
        | YamlError::AliasExpansionLimitExceeded { .. }
        | YamlError::AliasReplayStackDepthExceeded { .. }
        | YamlError::AliasReplayCounterOverflow { .. } => (
            "limit-exceeded",
            Some(format!(
                "a case file needs no anchors or aliases in bulk and no nesting deeper than {MAX_DEPTH} levels"
            )),
        ),
        YamlError::Eof { .. } => (
            "empty-file",
            Some("a case file needs at least `language`, `reason`, `sender`, `client` and `notice`; `adieu new` writes one to start from".into()),
        ),
        YamlError::MultipleDocuments { .. } => (
            "multiple-documents",
            Some("keep one case per file; remove the `---` separator".into()),
        ),
        YamlError::NullIntoString { .. } => (
            "missing-value",
            Some("write a value after the colon, or remove the key".into()),
        ),
        YamlError::SerdeInvalidType { .. }
        | YamlError::SerdeInvalidValue { .. }
        | YamlError::InvalidScalar { .. }
        | YamlError::Unexpected { .. }
        | YamlError::SerdeInvalidLength { .. } => ("invalid-type", None),
        YamlError::Message { .. } => ("invalid-value", None),
        _ => ("yaml-syntax", None),
    };
    let mut diagnostic = Diagnostic::error(code, message);
    if let Some(help) = help {
        diagnostic = diagnostic.with_help(help);
    }
    if let Some(location) = error.location().filter(|l| l.line() > 0) {
        let span = location.span();
        diagnostic = match span.byte_offset().zip(span.byte_len()) {
            Some((offset, len)) => {
                diagnostic.with_span(Span::at(source, offset as usize, len as usize))
            }
            None => diagnostic.with_span(span_of_line_column(
                source,
                location.line(),
                location.column(),
            )),
        };
    }
    diagnostic
}

/// The span of one character at a 1-based line and column.
fn span_of_line_column(source: &str, line: u64, column: u64) -> Span {
    let line_start: usize = source
        .split_inclusive('\n')
        .take(line.saturating_sub(1) as usize)
        .map(str::len)
        .sum();
    let offset = source[line_start.min(source.len())..]
        .char_indices()
        .nth(column.saturating_sub(1) as usize)
        .map_or(source.len(), |(i, _)| line_start + i);
    Span::at(source, offset, 1)
}

/// The expected name closest to a misspelt one, if any is close enough to suggest.
fn closest<'a>(written: &str, expected: &[&'a str]) -> Option<&'a str> {
    expected
        .iter()
        .map(|candidate| (edit_distance(written, candidate), *candidate))
        .filter(|(distance, candidate)| *distance <= candidate.len().max(3) / 3)
        .min()
        .map(|(_, candidate)| candidate)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_nearest_field() {
        assert_eq!(
            closest("clinet", &["client", "closeout", "contract"]),
            Some("client")
        );
        assert_eq!(closest("zzz", &["client", "closeout"]), None);
    }

    #[test]
    fn unknown_fields_are_located() {
        let source = "language: en\nclinet: {}\n";
        let diagnostic = parse(source).unwrap_err();
        assert_eq!(diagnostic.code, "unknown-field");
        assert_eq!(diagnostic.span.map(|s| (s.line, s.column)), Some((2, 1)));
        assert_eq!(diagnostic.help.as_deref(), Some("did you mean `client`?"));
    }
}
