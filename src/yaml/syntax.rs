//! The diagnostics of YAML that cannot be read, or that breaks a limit: said where
//! the mistake is, which is not always where the parser noticed it.

use serde_saphyr::granit_parser::ScanError;

use super::{MAX_DEPTH, MAX_EXPANDED, MAX_NODES};
use crate::diagnostic::{Code, Diagnostic, Span, printable};

pub(super) fn depth_error(span: Span) -> Diagnostic {
    Diagnostic::new(
        Code::LimitExceeded,
        format!("the file nests deeper than {MAX_DEPTH} levels, the limit for a case file"),
    )
    .with_span(span)
    .with_help("a case file needs four levels at most; check the brackets and indentation here")
}

pub(super) fn nodes_error(span: Span) -> Diagnostic {
    Diagnostic::new(
        Code::LimitExceeded,
        format!("the file holds more than {MAX_NODES} values, the limit for a case file"),
    )
    .with_span(span)
    .with_help("a case file describes one client in a few dozen values; split the input into one file per case")
}

pub(super) fn expansion_error(span: Span) -> Diagnostic {
    Diagnostic::new(
        Code::LimitExceeded,
        format!("the aliases in this file expand to more than {MAX_EXPANDED} values, the limit for a case file"),
    )
    .with_span(Span { len: span.len.min(1), ..span })
    .with_help("aliases (`*name`) are for repeating an address or two, not for building large structures; write the values out")
}

pub(super) fn tag_error(
    source: &str,
    tag: Option<std::ops::Range<usize>>,
    node: Span,
) -> Diagnostic {
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

pub(super) fn syntax_error(error: &ScanError, source: &str) -> Diagnostic {
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
