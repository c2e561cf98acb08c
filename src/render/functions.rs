//! The functions and filters templates call: `t()` for every sentence, `wrap` for
//! plain-text line length, and the Markdown escaper.

use std::io::Write;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Kwargs, State, TeraResult, Value};

use super::collector::{self, Collector};
use crate::l10n::Localizer;

/// The one lookup function, as templates see it: `t(id="decision", days=30)`.
///
/// Besides its keyword arguments, every message receives the document-wide variables
/// of the context's `fluent` map (tone, voice, gender, names), so that templates need
/// not repeat them and messages can choose grammatical forms from them.
///
/// With `keep_dates`, the spaces inside the phrases of the context's `unbreakable`
/// list (the long dates) become no-break spaces, for formats whose lines are broken
/// by a browser, a typesetter or a mail program rather than by the `wrap` filter.
///
/// A message taken from further down the chain, and the typed error of one that
/// cannot be formatted, are filed in `collector` under the document the context
/// names ([`collector::DOCUMENT`]): Tera would keep only the error's text.
pub fn lookup(
    localizer: Arc<Localizer>,
    collector: Arc<Collector>,
    keep_dates: bool,
) -> impl Fn(Kwargs, &State) -> TeraResult<String> + Send + Sync + 'static {
    move |kwargs: Kwargs, state: &State| {
        let id: &str = kwargs.must_get("id")?;
        // Every context the renderer builds names its document; a context without
        // one (a test's) has nowhere to file notes, and then files none.
        let document = state.get::<u64>(collector::DOCUMENT)?;
        // Context values are shared, not copied: the ambient map and the dates are
        // borrowed for the lookup, which runs a few dozen times per document.
        let ambient = state.get::<Value>("fluent")?;
        let ambient = ambient.as_ref().and_then(Value::as_map);
        let mut args = FluentArgs::with_capacity(ambient.map_or(0, |m| m.len()) + 4);
        for (key, value) in ambient.into_iter().flatten() {
            add_arg(&mut args, key.as_str().unwrap_or_default(), value);
        }
        for (key, value) in kwargs.iter() {
            let key = key.as_str().unwrap_or_default();
            if key != "id" {
                add_arg(&mut args, key, value);
            }
        }
        let (text, fallback) = localizer.lookup(id, &args).map_err(|error| {
            let message = error.to_string();
            if let Some(document) = document {
                collector.failure(document, error);
            }
            tera::Error::message(message)
        })?;
        if let (Some(fallback), Some(document)) = (fallback, document) {
            collector.fallback(document, fallback);
        }
        if !keep_dates {
            return Ok(text);
        }
        let unbreakable = state.get::<Value>("unbreakable")?;
        Ok(glue(&text, phrases(unbreakable.as_ref()), "\u{A0}"))
    }
}

/// The phrases of a context list of strings, borrowed.
fn phrases(list: Option<&Value>) -> impl Iterator<Item = &str> + Clone {
    list.and_then(Value::as_array)
        .unwrap_or_default()
        .iter()
        .filter_map(Value::as_str)
}

/// Replaces the spaces inside every phrase of `unbreakable` (longest first, as the
/// plan lists them) with `joint`.
fn glue<'a>(text: &str, unbreakable: impl Iterator<Item = &'a str>, joint: &str) -> String {
    let mut glued = text.to_owned();
    for phrase in unbreakable.filter(|p| p.contains(' ')) {
        if glued.contains(phrase) {
            glued = glued.replace(phrase, &phrase.replace(' ', joint));
        }
    }
    glued
}

fn add_arg(args: &mut FluentArgs<'_>, key: &str, value: &Value) {
    let fluent = if let Some(n) = value.as_i64() {
        FluentValue::from(n)
    } else if let Some(n) = value.as_f64() {
        FluentValue::from(n)
    } else if let Some(text) = value.as_str() {
        FluentValue::from(text.to_owned())
    } else {
        return;
    };
    args.set(key.to_owned(), fluent);
}

/// `css_content`: a message as the value of a CSS `content` property, for the
/// letter's running header in a style sheet: every character but ASCII letters,
/// digits and spaces as a hex escape ended by a space (so nothing can close the string or the
/// `<style>` element), and [`super::PAGE_MARK`] as the page counter. Mark the
/// result `safe`.
pub fn css_content(text: &str, _: Kwargs, _: &State) -> TeraResult<String> {
    let mut css = String::with_capacity(text.len() + 16);
    css.push('"');
    for c in text.chars() {
        if c == super::PAGE_MARK {
            css.push_str("\" counter(page) \"");
        } else if c.is_ascii_alphanumeric() || c == ' ' {
            css.push(c);
        } else {
            // The space ends the escape and is not part of the text.
            css.push_str(&format!("\\{:X} ", u32::from(c)));
        }
    }
    css.push('"');
    Ok(css)
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
    let unbreakable = state.get::<Value>("unbreakable")?;
    Ok(fill(
        text,
        width,
        first,
        indent,
        phrases(unbreakable.as_ref()),
    ))
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
    let glued = glue(text, unbreakable, &GLUE.to_string());
    let options = textwrap::Options::new(width)
        .initial_indent(first)
        .subsequent_indent(indent)
        .break_words(false)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .word_separator(textwrap::WordSeparator::AsciiSpace);
    textwrap::fill(&glued, options).replace(GLUE, " ")
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
        let dates = ["22 de diciembre de 2026".to_owned()];
        assert_eq!(
            fill(text, 50, "", "", dates.iter().map(String::as_str)),
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
