//! The text values of a case — which fields hold the user's words
//! ([`text_fields`]) — and the check every one of them passes: one clean, filled-in
//! line, with no hidden character, encoded word or placeholder left.

use super::Case;
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
/// not a number, a date or a code.
pub fn text_fields(case: &Case) -> Vec<(String, &str)> {
    let mut fields = TextFields::default();
    fields.one("language", case.language.as_deref());
    let sender = &case.sender;
    fields.one("sender.name", sender.name.as_deref());
    fields.one("sender.email", sender.email.as_deref());
    fields.one("client.email", Some(&case.client.email));
    fields.one("sender.role", sender.role.as_deref());
    fields.one("sender.company", sender.company.as_deref());
    fields.one("sender.phone", sender.phone.as_deref());
    fields.one("sender.place", sender.place.as_deref());
    fields.each("sender.address", sender.address.iter().map(String::as_str));
    let client = &case.client;
    fields.one("client.company", client.company.as_deref());
    fields.one("client.contact.name", Some(&client.contact.name));
    fields.one("client.contact.surname", client.contact.surname.as_deref());
    fields.one("client.contact.phone", client.contact.phone.as_deref());
    fields.one("client.phone", client.phone.as_deref());
    fields.each("client.address", client.address.iter().map(String::as_str));
    if let Some(contract) = &case.contract {
        fields.one("contract.title", contract.title.as_deref());
        fields.one("contract.reference", contract.reference.as_deref());
    }
    fields.one("notice.milestone", case.notice.milestone.as_deref());
    if let Some(referral) = &case.referral {
        fields.one("referral.name", referral.name.as_deref());
        fields.one("referral.company", referral.company.as_deref());
        fields.one("referral.contact", referral.contact.as_deref());
        fields.one("referral.kind", referral.kind.as_deref());
    }
    if let Some(letterhead) = &case.letterhead {
        fields.each(
            "letterhead.footer",
            letterhead.footer.iter().map(String::as_str),
        );
    }
    let closeout = &case.closeout;
    for (i, invoice) in closeout.invoices.iter().enumerate() {
        fields.one(
            &format!("closeout.invoices.{i}.number"),
            Some(&invoice.number),
        );
        fields.one(
            &format!("closeout.invoices.{i}.currency"),
            Some(&invoice.currency.0),
        );
    }
    for (i, deliverable) in closeout.deliverables.iter().enumerate() {
        fields.one(
            &format!("closeout.deliverables.{i}.item"),
            deliverable.item.text(),
        );
    }
    fields.items("closeout.handover", &closeout.handover);
    if let Some(refund) = &closeout.refund {
        fields.one("closeout.refund.currency", Some(&refund.currency.0));
    }
    fields.items("closeout.continuing", &closeout.continuing);
    fields.0
}

#[derive(Default)]
struct TextFields<'a>(Vec<(String, &'a str)>);

impl<'a> TextFields<'a> {
    fn one(&mut self, path: &str, value: Option<&'a str>) {
        if let Some(value) = value {
            self.0.push((path.to_owned(), value));
        }
    }

    fn each(&mut self, path: &str, values: impl Iterator<Item = &'a str>) {
        for (i, value) in values.enumerate() {
            self.0.push((format!("{path}.{i}"), value));
        }
    }

    /// The user's own words among a list's items; a code is adieu's.
    fn items<C: super::Catalogue>(&mut self, path: &str, items: &'a [super::Item<C>]) {
        for (i, item) in items.iter().enumerate() {
            self.one(&format!("{path}.{i}"), item.text());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
