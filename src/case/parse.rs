//! YAML text → [`Case`] in three steps: the [`Tree`] refuses hostile input within
//! fixed limits, the [`schema`] reports every misplaced or unreadable value at once,
//! and serde converts what is then known to fit. Every problem becomes a located
//! [`Diagnostic`].

use serde::de::DeserializeOwned;
use serde_saphyr::{Error as YamlError, MessageFormatter, UserMessageFormatter};

use super::Case;
use super::locate::SourceMap;
use super::schema::{self, closest};
use super::tree::{MAX_ALIASES, MAX_DEPTH, MAX_EXPANDED, MAX_NODES, Tree};
use crate::diagnostic::{Code, Diagnostic, Span, printable};

/// The largest case file accepted, in bytes. Real case files are a few kilobytes.
pub const MAX_INPUT_BYTES: usize = 1024 * 1024;

/// Parses a case file. The text must already be within [`MAX_INPUT_BYTES`].
pub fn parse(source: &str) -> Result<Case, Vec<Diagnostic>> {
    let (tree, mut problems) = Tree::build(source)?;
    problems.extend(schema::check(&tree));
    if !problems.is_empty() {
        return Err(problems);
    }
    serde_saphyr::from_str_with_options(source, options()).map_err(|error| {
        // The schema is meant to catch everything serde refuses; the fuzz target runs
        // with debug assertions, so a gap between the two shows up as a crash there.
        debug_assert!(false, "the schema accepted what serde refused: {error}");
        vec![diagnose(&error, source)]
    })
}

/// Parses another of adieu's YAML files (the config) into its type: within the same
/// limits as a case file, then by serde, which reports the first problem it meets.
pub fn parse_as<T: DeserializeOwned>(source: &str) -> Result<T, Vec<Diagnostic>> {
    let (_, problems) = Tree::build(source)?;
    if !problems.is_empty() {
        return Err(problems);
    }
    serde_saphyr::from_str_with_options(source, options())
        .map_err(|error| vec![diagnose(&error, source)])
}

/// Parses a config file into its type, with every shape problem found at once (as
/// [`parse`] does for a case file). The top-level fields that have none are still
/// converted, so that the config's own rules run on them in the same run: a wrong
/// `tone` does not hide a wrong `language`. A tree that cannot be built is an error.
pub fn parse_config<T: DeserializeOwned + Default>(
    source: &str,
) -> Result<(T, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (tree, mut problems) = Tree::build(source)?;
    problems.extend(schema::check_config(&tree));
    if problems.is_empty() {
        return serde_saphyr::from_str_with_options(source, options())
            .map(|value| (value, Vec::new()))
            .map_err(|error| vec![diagnose(&error, source)]);
    }
    // The fields with a problem are blanked, byte for byte, so that serde reads the
    // rest; what cannot then be read at all is left at its default.
    let mut keys: Vec<(usize, String)> = Vec::new();
    if let Some(root) = tree.root()
        && let super::tree::Value::Mapping(pairs) = &tree.node(root).value
    {
        for &(key, _) in pairs {
            let node = tree.node(key);
            if let super::tree::Value::Scalar { text, .. } = &node.value {
                keys.push((node.span.offset, text.clone()));
            }
        }
    }
    keys.sort();
    let broken = |name: &str| {
        problems.iter().any(|p| {
            p.path
                .as_deref()
                .is_none_or(|path| path.split('.').next() == Some(name))
        })
    };
    let mut bytes = source.as_bytes().to_vec();
    for (i, (start, name)) in keys.iter().enumerate() {
        if broken(name) {
            let end = keys.get(i + 1).map_or(bytes.len(), |(next, _)| *next);
            for byte in bytes.get_mut(*start..end).into_iter().flatten() {
                if *byte != b'\n' {
                    *byte = b' ';
                }
            }
        }
    }
    let rest = String::from_utf8(bytes).unwrap_or_default();
    let value = if rest.trim().is_empty() {
        T::default()
    } else {
        serde_saphyr::from_str_with_options(&rest, options()).unwrap_or_default()
    };
    Ok((value, problems))
}

fn options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: MAX_DEPTH,
            max_nodes: MAX_NODES,
            max_events: 5 * MAX_NODES,
            max_aliases: MAX_ALIASES,
            max_anchors: MAX_ALIASES,
            max_documents: 1,
            max_total_scalar_bytes: MAX_INPUT_BYTES,
        },
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: MAX_EXPANDED,
            max_replay_stack_depth: 8,
            max_alias_expansions_per_anchor: MAX_ALIASES,
        },
        strict_booleans: true,
        merge_keys: serde_saphyr::MergeKeyPolicy::Error,
        reject_unsupported_tags: true,
        reject_tagged_field_names: true,
        with_snippet: false,
    }
}

/// Turns a YAML error into a diagnostic with a stable code and advice. The schema
/// catches what a user can get wrong before serde runs, so this is the last line of
/// defence rather than the usual path.
fn diagnose(error: &YamlError, source: &str) -> Diagnostic {
    let inner = error.without_snippet();
    let message = printable(&UserMessageFormatter.format_message(inner));
    let (code, help) = match inner {
        YamlError::SerdeUnknownField {
            field, expected, ..
        } => (
            Code::UnknownField,
            Some(match closest(field, expected) {
                Some(candidate) => format!("did you mean `{candidate}`?"),
                None => format!("the fields allowed here are: {}", expected.join(", ")),
            }),
        ),
        YamlError::SerdeUnknownVariant {
            variant, expected, ..
        } => (
            Code::UnknownValue,
            Some(match closest(variant, expected) {
                Some(candidate) => format!("did you mean `{candidate}`?"),
                None => format!("write one of: {}", expected.join(", ")),
            }),
        ),
        YamlError::SerdeMissingField { field, .. } => (
            Code::MissingField,
            Some(format!("add `{field}:` to this section")),
        ),
        YamlError::DuplicateMappingKey { .. } => (
            Code::DuplicateKey,
            Some("each key may appear once in a section; delete or merge the repeated one".into()),
        ),
        YamlError::UnsupportedTag { .. } | YamlError::TaggedStructFieldName { .. } => (
            Code::UnsupportedTag,
            Some("case files are plain YAML: remove the `!` tag".into()),
        ),
        YamlError::Budget { .. }
        | YamlError::AliasReplayLimitExceeded { .. }
        | YamlError::AliasExpansionLimitExceeded { .. }
        | YamlError::AliasReplayStackDepthExceeded { .. }
        | YamlError::AliasReplayCounterOverflow { .. } => (
            Code::LimitExceeded,
            Some(format!(
                "a case file needs no anchors or aliases in bulk and no nesting deeper than {MAX_DEPTH} levels"
            )),
        ),
        YamlError::Eof { .. } => (
            Code::EmptyFile,
            Some("a case file needs at least `language`, `reason`, `sender`, `client` and `notice`; start from one of the files in examples/".into()),
        ),
        YamlError::MultipleDocuments { .. } => (
            Code::MultipleDocuments,
            Some("keep one case per file; remove the `---` separator".into()),
        ),
        YamlError::NullIntoString { .. } => (
            Code::MissingValue,
            Some("write a value after the colon, or remove the key".into()),
        ),
        YamlError::SerdeInvalidType { .. }
        | YamlError::SerdeInvalidValue { .. }
        | YamlError::InvalidScalar { .. }
        | YamlError::Unexpected { .. }
        | YamlError::SerdeInvalidLength { .. } => (Code::InvalidType, None),
        YamlError::Message { .. } => (Code::InvalidValue, None),
        _ => (Code::YamlSyntax, None),
    };
    let mut diagnostic = Diagnostic::new(code, message);
    if let Some(help) = help {
        diagnostic = diagnostic.with_help(help);
    }
    if let Some(location) = error.location().filter(|l| l.line() > 0) {
        let span = location.span();
        let span = match span.byte_offset().zip(span.byte_len()) {
            Some((offset, len)) => Span::at(source, offset as usize, len as usize),
            None => span_of_line_column(source, location.line(), location.column()),
        };
        if let Some(path) = SourceMap::new(source).path_at(source, span.offset) {
            diagnostic = diagnostic.at_path(path);
        }
        diagnostic = diagnostic.with_span(span);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_fields_are_located() {
        let source = "language: en\nclinet: {}\n";
        let diagnostics = parse(source).unwrap_err();
        let diagnostic = &diagnostics[0];
        assert_eq!(diagnostic.code.as_str(), "unknown-field");
        assert_eq!(diagnostic.span.map(|s| (s.line, s.column)), Some((2, 1)));
        assert_eq!(diagnostic.help.as_deref(), Some("did you mean `client`?"));
    }

    #[test]
    fn serde_errors_are_a_fallback_with_a_path() {
        let source = "a:\n  b: x\n";
        let error = serde_saphyr::from_str::<Case>(source).unwrap_err();
        let diagnostic = diagnose(&error, source);
        assert_eq!(diagnostic.code.as_str(), "unknown-field");
        assert_eq!(diagnostic.path.as_deref(), Some("a"));
    }
}
