//! The functions and filters templates call: `t()` for every sentence, `wrap` for
//! plain-text line length, and the Markdown escaper.

use std::borrow::Cow;
use std::io::Write;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Kwargs, State, TeraResult, Value};

use crate::l10n::Localizer;

/// The one lookup function, as templates see it: `t(id="decision", days=30)`.
///
/// Besides its keyword arguments, every message receives the document-wide variables
/// of the context's `fluent` map (tone, voice, gender, names), so that templates need
/// not repeat them and messages can choose grammatical forms from them.
pub fn lookup(
    localizer: Arc<Localizer>,
) -> impl Fn(Kwargs, &State) -> TeraResult<String> + Send + Sync + 'static {
    move |kwargs: Kwargs, state: &State| {
        let id: &str = kwargs.must_get("id")?;
        // The arguments borrow their names and texts from the context: a letter makes
        // dozens of calls, and copying the ambient variables into each was a tenth
        // of the time of a whole letter.
        let ambient: Option<Value> = state.get("fluent")?;
        let ambient = ambient.as_ref().and_then(Value::as_map);
        let mut args =
            FluentArgs::with_capacity(ambient.map_or(0, |m| m.len()) + kwargs.iter().count());
        for (key, value) in ambient.into_iter().flatten() {
            add_arg(&mut args, key.as_str().unwrap_or_default(), value);
        }
        for (key, value) in kwargs.iter() {
            let key = key.as_str().unwrap_or_default();
            if key != "id" {
                add_arg(&mut args, key, value);
            }
        }
        localizer
            .message(id, &args)
            .map_err(|e| tera::Error::message(e.to_string()))
    }
}

fn add_arg<'a>(args: &mut FluentArgs<'a>, key: &'a str, value: &'a Value) {
    let fluent = if let Some(n) = value.as_i64() {
        FluentValue::from(n)
    } else if let Some(n) = value.as_f64() {
        FluentValue::from(n)
    } else if let Some(text) = value.as_str() {
        FluentValue::from(text)
    } else {
        return;
    };
    args.set(key, fluent);
}

/// `wrap(width=72, first="", indent="  ")`: wraps one paragraph of plain text. The
/// first line starts with `first`, continuation lines with `indent`, so list items
/// hang under their bullet. Lines break only at ASCII spaces (a no-break space holds)
/// and never inside a phrase of the context's `unbreakable` list — the long dates, so
/// that "22 de diciembre de 2026" stays on one line.
///
/// The width defaults to the template's `line_width` variable; 0 leaves lines whole,
/// as an email body wants.
pub fn wrap(text: &str, kwargs: Kwargs, state: &State) -> TeraResult<String> {
    let width = match kwargs.get::<usize>("width")? {
        Some(width) => width,
        None => state.get::<usize>("line_width")?.unwrap_or(72),
    };
    let first = kwargs.get::<&str>("first")?.unwrap_or("");
    if width == 0 {
        return Ok(format!("{first}{text}"));
    }
    let indent = kwargs.get::<&str>("indent")?.unwrap_or("");
    let unbreakable: Option<Value> = state.get("unbreakable")?;
    let phrases = unbreakable
        .as_ref()
        .and_then(Value::as_array)
        .unwrap_or_default()
        .iter()
        .filter_map(Value::as_str);
    Ok(fill(text, width, first, indent, phrases))
}

/// A private-use character that stands in for the spaces of an unbreakable phrase
/// while the text is wrapped; it never occurs in validated case text.
const GLUE: char = '\u{E000}';

fn fill<'a>(
    text: &str,
    width: usize,
    first: &str,
    indent: &str,
    unbreakable: impl Iterator<Item = &'a str>,
) -> String {
    // A line that fits needs no wrapping; no character is wider than its UTF-8 bytes.
    if !text.is_empty() && first.len() + text.len() < width && !text.contains('\n') {
        return format!("{first}{}", text.trim_end_matches(' '));
    }
    let mut glued = Cow::Borrowed(text);
    for phrase in unbreakable {
        if phrase.contains(' ') && glued.contains(phrase) {
            glued = Cow::Owned(glued.replace(phrase, &phrase.replace(' ', &GLUE.to_string())));
        }
    }
    let filled = first_fit(&glued, width, first, indent);
    if matches!(glued, Cow::Owned(_)) {
        filled.replace(GLUE, " ")
    } else {
        filled
    }
}

/// Wraps at ASCII spaces, first fit, never inside a word: byte for byte what
/// `textwrap::fill` writes with `break_words(false)`, no hyphenation and
/// `WordSeparator::AsciiSpace` (a test holds it to that), without the vectors of
/// words and lines textwrap builds for every paragraph, which cost a tenth of a
/// letter. Each input line is wrapped on its own; only the first output line takes
/// `first`, every later one `indent`, and an empty input line stays empty.
fn first_fit(text: &str, width: usize, first: &str, indent: &str) -> String {
    use textwrap::core::display_width;
    let widths = [
        width.saturating_sub(display_width(first)),
        width.saturating_sub(display_width(indent)),
    ];
    let mut lines = Lines {
        text: String::with_capacity(text.len() + text.len() / 16 + first.len() + 8),
        count: 0,
        first,
        indent,
    };
    for line in text.split('\n') {
        if line.is_empty() {
            lines.push("", false);
            continue;
        }
        // textwrap leaves a short line whole when it takes no indent, even where the
        // first line's width would be shorter.
        if line.len() < width && lines.prefix().is_empty() {
            lines.push(line.trim_end_matches(' '), false);
            continue;
        }
        let (mut start, mut end, mut used, mut wrapped) = (0, 0, 0, 0);
        for (word, word_end, next) in words(line) {
            let word_width = display_width(&line[word..word_end]);
            if used + word_width > widths[wrapped.min(1)] && word > start {
                lines.push(&line[start..end], true);
                (start, used, wrapped) = (word, 0, wrapped + 1);
            }
            used += word_width + (next - word_end);
            end = word_end;
        }
        lines.push(&line[start..end], true);
    }
    lines.text
}

/// The output of [`first_fit`]: lines joined by `\n`, the first indented with
/// `first`, the others with `indent`.
struct Lines<'a> {
    text: String,
    count: usize,
    first: &'a str,
    indent: &'a str,
}

impl<'a> Lines<'a> {
    fn prefix(&self) -> &'a str {
        if self.count == 0 {
            self.first
        } else {
            self.indent
        }
    }

    fn push(&mut self, segment: &str, indented: bool) {
        if self.count > 0 {
            self.text.push('\n');
        }
        if indented {
            self.text.push_str(self.prefix());
        }
        self.text.push_str(segment);
        self.count += 1;
    }
}

/// The words of a line as textwrap's `AsciiSpace` finds them: each word with the
/// spaces after it, as (start, end of the word, end of its spaces). Leading spaces
/// make an empty first word.
fn words(line: &str) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    let bytes = line.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let word = start;
        let mut end = word;
        while end < bytes.len() && bytes[end] != b' ' {
            end += 1;
        }
        let mut next = end;
        while next < bytes.len() && bytes[next] == b' ' {
            next += 1;
        }
        start = next;
        Some((word, end, next))
    })
}

/// `underline(with="-")`: a plain-text heading, underlined to its width.
pub fn underline(text: &str, kwargs: Kwargs, _: &State) -> TeraResult<String> {
    let with = kwargs.get::<&str>("with")?.unwrap_or("-");
    let width = textwrap::core::display_width(text);
    Ok(format!("{text}\n{}", with.repeat(width)))
}

/// Escapes text for CommonMark: backslash-escapes the punctuation that could start
/// emphasis, links, code, HTML or tables, and the line starts that make headings,
/// lists or quotes.
pub fn escape_markdown(input: &str, out: &mut dyn Write) -> std::io::Result<()> {
    let mut escaped = String::with_capacity(input.len() + 8);
    for line in input.split_inclusive('\n') {
        let body = line.trim_start_matches(' ');
        escaped.push_str(&line[..line.len() - body.len()]);
        let digits = body.chars().take_while(char::is_ascii_digit).count();
        for (i, c) in body.char_indices() {
            let block_start = (i == 0 && matches!(c, '#' | '-' | '+' | '='))
                || (digits > 0 && i == digits && matches!(c, '.' | ')'));
            if block_start
                || matches!(
                    c,
                    '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&'
                )
            {
                escaped.push('\\');
            }
            escaped.push(c);
        }
    }
    out.write_all(escaped.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escape(text: &str) -> String {
        let mut out = Vec::new();
        escape_markdown(text, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn wrapping_never_splits_an_unbreakable_phrase() {
        let text = "Nuestra colaboración finalizará el 22 de diciembre de 2026, tras un preaviso.";
        let dates = ["22 de diciembre de 2026"];
        assert_eq!(
            fill(text, 50, "", "", dates.into_iter()),
            "Nuestra colaboración finalizará el\n22 de diciembre de 2026, tras un preaviso."
        );
        assert_eq!(
            fill("a b-c d", 3, "- ", "  ", std::iter::empty()),
            "- a\n  b-c\n  d"
        );
    }

    #[test]
    fn first_fit_writes_what_textwrap_writes() {
        let samples = [
            "",
            " ",
            "   ",
            "a",
            "  leading spaces stay when the word fits",
            "trailing spaces   ",
            "two  spaces and   three between words that wrap around here",
            "averyveryverylongwordthatdoesnotfitanywhere short words after it",
            "Nuestra colaboración finalizará el 22 de diciembre de 2026, tras un preaviso de treinta días naturales.",
            "Vážená pani Nováková, s\u{a0}ohľadom na to, že sme sa rozhodli ukončiť spoluprácu",
            "first line\nsecond line that is long enough to wrap somewhere\n\nafter an empty one",
            "\n",
            "wide 漢字漢字漢字漢字漢字漢字 characters count twice",
        ];
        for text in samples {
            for width in [1, 5, 12, 20, 40, 72] {
                for (first, indent) in [("", ""), ("- ", "  "), ("", "    "), ("1. ", "")] {
                    let options = textwrap::Options::new(width)
                        .initial_indent(first)
                        .subsequent_indent(indent)
                        .break_words(false)
                        .word_splitter(textwrap::WordSplitter::NoHyphenation)
                        .word_separator(textwrap::WordSeparator::AsciiSpace);
                    let expected = textwrap::fill(text, options);
                    assert_eq!(
                        first_fit(text, width, first, indent),
                        expected,
                        "{text:?} at {width} with {first:?}/{indent:?}"
                    );
                    assert_eq!(
                        fill(text, width, first, indent, std::iter::empty()),
                        expected,
                        "{text:?} at {width} with {first:?}/{indent:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn markdown_syntax_in_values_is_escaped() {
        assert_eq!(
            escape("*Acme* & <Co> [x](y)"),
            r"\*Acme\* \& \<Co\> \[x\](y)"
        );
        assert_eq!(escape("# not a heading"), r"\# not a heading");
        assert_eq!(escape("1. not a list"), r"1\. not a list");
        assert_eq!(escape("2026 plans"), "2026 plans");
        assert_eq!(escape("Dupont & fils"), r"Dupont \& fils");
    }
}
