//! Email drafts: an RFC 5322 message that a mail program opens as an unsent draft,
//! for the user to check and send from there. adieu never sends anything.
//!
//! The MIME structure, the subject's RFC 2047 encoding, folding and the
//! quoted-printable or base64 bodies are mail-builder's; this module chooses the
//! headers, writes the mailboxes of `From` and `To` itself (see [`mailbox`]) and makes
//! every varying part of the message (Message-ID, boundary, date) deterministic.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use mail_builder::MessageBuilder;
use mail_builder::headers::content_type::ContentType;
use mail_builder::headers::date::Date;
use mail_builder::headers::raw::Raw;
use mail_builder::mime::MimePart;

use crate::error::{Error, Result};

/// The hour of the `Date` header, in UTC: the case gives a day, and a draft dated
/// at the start of the working day reads naturally in every European time zone.
const DRAFT_HOUR_UTC: i64 = 9;

/// What an email draft is made of, every text already rendered.
#[derive(Debug, Clone, Copy)]
pub struct Draft<'a> {
    /// The sender's name, for `From`.
    pub from_name: &'a str,
    /// The sender's email address.
    pub from_email: &'a str,
    /// The client contact's name, for `To`.
    pub to_name: &'a str,
    /// The client contact's email address.
    pub to_email: &'a str,
    /// The subject, without any "Subject:" label.
    pub subject: &'a str,
    /// The case date, `YYYY-MM-DD`.
    pub date: &'a str,
    /// The language tag, for `Content-Language`.
    pub lang: &'a str,
    /// The text/plain body.
    pub text: &'a str,
    /// The text/html body: a whole HTML document.
    pub html: &'a str,
}

/// Builds the draft: `From`, `To`, `Subject`, `Date`, `Message-ID`, `MIME-Version`,
/// `X-Unsent: 1` (Outlook and others open such a file as a draft to edit and send),
/// and a multipart/alternative body of the text and HTML versions. No `Bcc`.
pub fn build(draft: &Draft<'_>) -> Result<String> {
    let digest = fingerprint(draft);
    let from = mailbox(draft.from_name, draft.from_email)?;
    let to = mailbox(draft.to_name, draft.to_email)?;
    let domain = from
        .rsplit_once('@')
        .map_or("adieu.invalid", |(_, domain)| domain.trim_end_matches('>'));
    let message_id = format!("{}@{domain}", &digest[..32]);
    let boundary = format!("adieu-{}", &digest[32..56]);
    let seconds = draft_time(draft.date)?;
    let body = MimePart::new(
        ContentType::new("multipart/alternative").attribute("boundary", boundary),
        vec![
            MimePart::new("text/plain", draft.text).language(draft.lang),
            MimePart::new("text/html", draft.html).language(draft.lang),
        ],
    );
    MessageBuilder::new()
        .header("From", Raw::new(from))
        .header("To", Raw::new(to))
        .subject(draft.subject)
        .date(Date::new(seconds))
        .message_id(message_id)
        .header("MIME-Version", Raw::new("1.0"))
        .header("X-Unsent", Raw::new("1"))
        .body(body)
        .write_to_string()
        .map_err(|e| Error::Render {
            what: "the email draft".into(),
            message: e.to_string(),
        })
}

/// The most bytes of a name one encoded word carries: 45 bytes are 60 characters of
/// base64, and with `=?utf-8?b?` and `?=` the word stays within RFC 2047's 75.
const ENCODED_WORD_BYTES: usize = 45;

/// A mailbox for `From` or `To`, `Name <local@domain>`, that every mail program
/// shows as exactly this name and address. The domain goes in punycode (validation
/// refused non-ASCII local parts); the name as plain words where they are plain
/// ASCII, as a quoted string when it is ASCII with punctuation, and otherwise as RFC
/// 2047 encoded words that hold whole words, the space between two of them inside
/// the first: a decoder joins adjacent encoded words without the whitespace between
/// them, so a name is split only between words (L1), and mail-builder's header
/// folding, which breaks at spaces, never splits a word either.
fn mailbox(name: &str, address: &str) -> Result<String> {
    let invalid = |message: String| Error::Render {
        what: "the email address".into(),
        message,
    };
    let (local, domain) = address
        .rsplit_once('@')
        .ok_or_else(|| invalid(format!("`{address}` has no domain")))?;
    let domain = idna::domain_to_ascii(domain)
        .map_err(|e| invalid(format!("the domain of `{address}`: {e}")))?;
    if !local.is_ascii() {
        return Err(invalid(format!("`{address}` has a non-ASCII local part")));
    }
    Ok(format!("{} <{local}@{domain}>", phrase(name)))
}

/// A display name as an RFC 5322 phrase; see [`mailbox`].
fn phrase(name: &str) -> String {
    let is_atom = |word: &str| {
        !word.is_empty()
            && word
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-/=?^_`{|}~".contains(&b))
    };
    if name.is_ascii() {
        if name.split(' ').all(is_atom) {
            return name.to_owned();
        }
        return format!("\"{}\"", name.replace('\\', "\\\\").replace('"', "\\\""));
    }
    let words: Vec<&str> = name.split(' ').collect();
    let mut tokens: Vec<String> = Vec::new();
    let mut run = String::new();
    let flush = |run: &mut String, tokens: &mut Vec<String>| {
        if !run.is_empty() {
            tokens.push(format!("=?utf-8?b?{}?=", BASE64.encode(run.as_bytes())));
            run.clear();
        }
    };
    for (i, word) in words.iter().enumerate() {
        if is_atom(word) {
            flush(&mut run, &mut tokens);
            tokens.push((*word).to_owned());
            continue;
        }
        // Between two encoded words the space goes inside the first; next to a plain
        // word it is the separator between tokens, which every decoder keeps.
        let mut piece = (*word).to_owned();
        if words.get(i + 1).is_some_and(|next| !is_atom(next)) {
            piece.push(' ');
        }
        if !run.is_empty() && run.len() + piece.len() > ENCODED_WORD_BYTES {
            flush(&mut run, &mut tokens);
        }
        // A word longer than an encoded word is split between characters: no choice.
        for c in piece.chars() {
            if run.len() + c.len_utf8() > ENCODED_WORD_BYTES {
                flush(&mut run, &mut tokens);
            }
            run.push(c);
        }
    }
    flush(&mut run, &mut tokens);
    tokens.join(" ")
}

/// Seconds since the epoch of the draft's date at [`DRAFT_HOUR_UTC`].
fn draft_time(date: &str) -> Result<i64> {
    let date: jiff::civil::Date = date.parse().map_err(|e: jiff::Error| Error::Render {
        what: "the email date".into(),
        message: e.to_string(),
    })?;
    let midnight = date
        .to_zoned(jiff::tz::TimeZone::UTC)
        .map_err(|e| Error::Render {
            what: "the email date".into(),
            message: e.to_string(),
        })?
        .timestamp()
        .as_second();
    Ok(midnight + DRAFT_HOUR_UTC * 3600)
}

/// A hex SHA-256 of everything the draft says: the same draft always gets the same
/// Message-ID and boundary, and any change to it gets new ones.
fn fingerprint(draft: &Draft<'_>) -> String {
    super::digest(&[
        draft.from_name,
        draft.from_email,
        draft.to_name,
        draft.to_email,
        draft.subject,
        draft.date,
        draft.lang,
        draft.text,
        draft.html,
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> Draft<'static> {
        Draft {
            from_name: "Ana Popescu",
            from_email: "ana@studionord.example",
            to_name: "Ștefan Ďurčo",
            to_email: "stefan@acme.example",
            subject: "Încetarea contractului „Mentenanță”",
            date: "2026-11-23",
            lang: "ro",
            text: "Stimate domnule Ďurčo,\n\nVă scriem…\n",
            html: "<!DOCTYPE html>\n<html lang=\"ro\"><title>x</title><p>Vă scriem…</p></html>\n",
        }
    }

    #[test]
    fn the_draft_is_deterministic_and_dated_at_nine_utc() {
        let first = build(&draft()).unwrap();
        assert_eq!(first, build(&draft()).unwrap());
        assert!(
            first.contains("Date: Mon, 23 Nov 2026 09:00:00 +0000\r\n"),
            "{first}"
        );
        assert!(first.contains("X-Unsent: 1\r\n"));
        assert!(first.contains("@studionord.example>\r\n"));
        assert!(!first.contains("Bcc"));
        let mut other = draft();
        other.text = "Stimate domnule Ďurčo,\n\nVă scriem.\n";
        let second = build(&other).unwrap();
        let id = |m: &str| {
            m.lines()
                .find(|l| l.starts_with("Message-ID:"))
                .unwrap()
                .to_owned()
        };
        assert_ne!(id(&first), id(&second));
    }

    #[test]
    fn headers_are_ascii_and_lines_are_short() {
        let message = build(&draft()).unwrap();
        for line in message.split("\r\n") {
            assert!(line.is_ascii(), "{line}");
            assert!(line.len() <= 78, "{line}");
        }
    }
}
