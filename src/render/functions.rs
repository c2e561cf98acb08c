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
    // A line that fits needs no wrapping (as textwrap's own shortcut, which it takes
    // only without an indent); no character is wider than its UTF-8 bytes.
    if first.len() + text.len() < width && !text.contains('\n') {
        return format!("{first}{}", text.trim_end_matches(' '));
    }
    let mut glued = Cow::Borrowed(text);
    for phrase in unbreakable {
        if phrase.contains(' ') && glued.contains(phrase) {
            glued = Cow::Owned(glued.replace(phrase, &phrase.replace(' ', &GLUE.to_string())));
        }
    }
    let options = textwrap::Options::new(width)
        .initial_indent(first)
        .subsequent_indent(indent)
        .break_words(false)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .word_separator(textwrap::WordSeparator::AsciiSpace);
    let filled = textwrap::fill(&glued, options);
    if matches!(glued, Cow::Owned(_)) {
        filled.replace(GLUE, " ")
    } else {
        filled
    }
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
