//! PDF: Typst markup, laid out by a Tera template, typeset in-process by Typst used as
//! a library, with the bundled Libertinus Serif font embedded.
//!
//! Typst is most of adieu's build (about half its crates and of a clean build's time)
//! and of its binary, so it sits behind the default-on cargo feature `pdf`, as ripgrep
//! does with PCRE2: [`enabled`] typesets, and without the feature [`disabled`] gives
//! the same functions, which refuse with a usage error naming the feature. What a
//! template needs to produce markup (the escapes) is always built, so the templates
//! and their tests are the same either way.

#[cfg(feature = "pdf")]
mod enabled;
#[cfg(feature = "pdf")]
pub use enabled::{pages, typeset, unsupported_characters};

#[cfg(not(feature = "pdf"))]
mod disabled;
#[cfg(not(feature = "pdf"))]
pub use disabled::{pages, typeset, unsupported_characters};

use std::io::Write;

use tera::{Kwargs, State, TeraResult};

/// Whether this build typesets PDFs; the usage error to give when it does not.
pub fn available() -> crate::error::Result<()> {
    if cfg!(feature = "pdf") {
        Ok(())
    } else {
        Err(crate::error::Error::usage(
            "this adieu was built without PDF output (the cargo feature `pdf`, on by default): \
             rebuild it with the default features, or write html, text or markdown",
        ))
    }
}

/// The facts of a document that are not layout: its language and its date.
// Without the feature the renderer still says what it would typeset, but nothing reads it.
#[cfg_attr(not(feature = "pdf"), allow(dead_code))]
#[derive(Debug, Clone, Copy)]
pub struct PdfFacts<'a> {
    /// The language tag, e.g. `fr` or `es-MX`: hyphenation, quotes, PDF language.
    pub lang: &'a str,
    /// The document's date, `YYYY-MM-DD`.
    pub date: &'a str,
    /// The one file the markup may load, the letterhead's logo: its path (such as
    /// `/logo.png`) and bytes.
    pub logo: Option<(&'a str, &'a std::sync::Arc<[u8]>)>,
}

impl<'a> PdfFacts<'a> {
    /// The facts of a plan.
    pub fn of(plan: &'a crate::plan::Plan) -> PdfFacts<'a> {
        PdfFacts {
            lang: &plan.lang,
            date: &plan.date.iso,
            logo: plan
                .letterhead
                .as_ref()
                .and_then(|l| l.logo.as_ref())
                .map(|logo| (logo.file.as_str(), &logo.bytes)),
        }
    }
}

/// Escapes text for Typst markup: every ASCII punctuation character gets a backslash,
/// which Typst reads as that character, literally. So no value from a case file can
/// open markup, code (`#`), math (`$`), a label, a reference (`@`), a comment, a smart
/// quote or an automatic link; letters, digits, spaces and non-ASCII pass unchanged.
pub fn escape_typst(input: &str, out: &mut dyn Write) -> std::io::Result<()> {
    let mut escaped = String::with_capacity(input.len() + 8);
    for c in input.chars() {
        if c.is_ascii_punctuation() {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    out.write_all(escaped.as_bytes())
}

/// `typst_string`: text as the inside of a Typst string literal, for the few settings
/// that take a string rather than markup (the PDF's author). Mark the result `safe`.
pub fn typst_string(text: &str, _: Kwargs, _: &State) -> TeraResult<String> {
    let mut escaped = String::with_capacity(text.len() + 2);
    for c in text.chars() {
        if matches!(c, '\\' | '"') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    Ok(escaped)
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    pub fn escape(text: &str) -> String {
        let mut out = Vec::new();
        escape_typst(text, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn markup_in_values_is_escaped() {
        assert_eq!(
            escape("#set page(width: 1cm)"),
            r"\#set page\(width\: 1cm\)"
        );
        assert_eq!(
            escape("*Acme* & $x$ <l> @ref"),
            r"\*Acme\* \& \$x\$ \<l\> \@ref"
        );
        assert_eq!(escape("https://acme.example"), r"https\:\/\/acme\.example");
        assert_eq!(escape(r"C:\new"), r"C\:\\new");
        assert_eq!(escape("Ștefan Ďurčo « ñ »"), "Ștefan Ďurčo « ñ »");
    }
}
