//! The text values of a case — which fields hold the user's words
//! ([`text_fields`]) — and the check every one of them passes: one clean, filled-in
//! line, with no hidden character, encoded word or placeholder left.

use super::{Case, Sender};
use crate::diagnostic::{Code, Diagnostic};
use crate::hidden::{self, Hidden};

/// Whether a value is still a `<…>` placeholder of a scaffold written by `adieu new`.
/// The placeholders are plain words in angle brackets; a value such as
/// `<https://example.com>` or `<b>Sons</b>` is the user's own text.
pub fn is_placeholder(text: &str) -> bool {
    let inner = text
        .trim()
        .strip_prefix('<')
        .and_then(|t| t.strip_suffix('>'));
    inner.is_some_and(|inner| !inner.is_empty() && !inner.contains(['<', '>', ':', '@', '/']))
}

fn placeholder(path: &str, text: &str) -> Diagnostic {
    Diagnostic::new(
        Code::Placeholder,
        format!("{path} is still the placeholder `{}`", text.trim()),
    )
    .at_path(path)
    .with_help("replace it with the real value, or remove the line if the field is optional")
}

/// Checks that a free-text value is one clean, filled-in line. Control characters
/// and line breaks could corrupt an email header, invisible ones disguise text, so no
/// value may carry one: this is what makes header injection impossible and what the
/// recipient sees what the sender reviewed. It comes first, so that an invisible
/// character cannot make an empty value or a placeholder look filled in.
pub(crate) fn check_text(path: &str, text: &str, problems: &mut Vec<Diagnostic>) {
    if let Some((c, class)) = hidden::find(text) {
        problems.push(hidden_character(path, c, class));
    } else if let Some(word) = encoded_word(text) {
        problems.push(encoded_word_error(path, word));
    } else if is_placeholder(text) {
        problems.push(placeholder(path, text));
    } else if text.trim().is_empty() {
        problems.push(
            Diagnostic::new(Code::MissingValue, format!("{path} is empty"))
                .at_path(path)
                .with_help("write a value, or remove the key"),
        );
    }
}

/// The first RFC 2047 encoded word (`=?charset?encoding?text?=`) in `text`. Mail
/// programs decode one wherever it appears in a header, so a name holding one would
/// be shown as other text than the sender reviewed (a spoofed sender or recipient).
pub(super) fn encoded_word(text: &str) -> Option<&str> {
    let start = text.find("=?")?;
    let rest = &text[start + 2..];
    // charset ? encoding ? text ?=
    let mut parts = rest.splitn(3, '?');
    let (_, _, tail) = (parts.next()?, parts.next()?, parts.next()?);
    let end = tail.find("?=")?;
    let len = 2 + (rest.len() - tail.len()) + end + 2;
    Some(&text[start..start + len])
}

fn encoded_word_error(path: &str, word: &str) -> Diagnostic {
    Diagnostic::new(
        Code::EncodedWord,
        format!("{path} holds `{word}`, which mail programs would show as other text"),
    )
    .at_path(path)
    .with_help("`=?…?=` is how email headers encode text (RFC 2047): write the text itself")
}

/// The error for a character a reader cannot see, named by its code point and name.
pub(crate) fn hidden_character(path: &str, c: char, class: Hidden) -> Diagnostic {
    Diagnostic::new(class.code(), format!("{} in {path}", hidden::describe(c)))
        .at_path(path)
        .with_help(class.help(false))
}

/// Every text value of a case with its field path: everything the case holds that is
/// not a number, a date, a code or a file's path, as the case's schema says
/// ([`super::shape`]: its text fields, and the close-out items in the user's own
/// words), in the order of the fields.
pub fn text_fields(case: &Case) -> Vec<(String, String)> {
    super::shape::texts(case, &super::shape::CASE, "")
}

/// The text values of a sender, as [`text_fields`] finds them in a case: what a
/// config file's sender is checked for on its own.
pub(crate) fn sender_text_fields(sender: &Sender) -> Vec<(String, String)> {
    let fields = super::shape::CASE
        .iter()
        .find(|field| field.name == "sender")
        .and_then(|field| match &field.shape {
            super::shape::Shape::Section(fields) => Some(&fields[..]),
            _ => None,
        })
        .unwrap_or_default();
    super::shape::texts(sender, fields, "sender")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sender_s_text_fields_are_its_own() {
        let sender: Sender = super::super::parse_as(
            "name: A\nrole: R\ncompany: C\nemail: a@b.example\nphone: '1'\naddress: [x, y]\nplace: P\n",
        )
        .unwrap();
        let paths: Vec<String> = sender_text_fields(&sender)
            .into_iter()
            .map(|(path, _)| path)
            .collect();
        assert_eq!(
            paths,
            [
                "sender.name",
                "sender.role",
                "sender.company",
                "sender.email",
                "sender.phone",
                "sender.address.0",
                "sender.address.1",
                "sender.place",
            ]
        );
    }

    #[test]
    fn placeholders_are_plain_words_in_angle_brackets() {
        assert!(is_placeholder("<your full name>"));
        assert!(is_placeholder(" <YYYY-MM-DD> "));
        assert!(!is_placeholder("<https://example.com>"));
        assert!(!is_placeholder("<b>Sons</b>"));
        assert!(!is_placeholder("<>"));
        assert!(!is_placeholder("Acme <Co>"));
    }
}
