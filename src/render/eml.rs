//! Email drafts: an RFC 5322 message that a mail program opens as an unsent draft,
//! for the user to check and send from there. adieu never sends anything.
//!
//! The MIME structure, RFC 2047 header encoding, folding and the quoted-printable or
//! base64 bodies are mail-builder's; this module only chooses the headers and makes
//! every varying part of the message (Message-ID, boundary, date) deterministic.

use mail_builder::MessageBuilder;
use mail_builder::headers::address::Address;
use mail_builder::headers::content_type::ContentType;
use mail_builder::headers::date::Date;
use mail_builder::headers::raw::Raw;
use mail_builder::mime::MimePart;
use sha2::{Digest, Sha256};

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
    let domain = draft
        .from_email
        .rsplit_once('@')
        .map_or("adieu.invalid", |(_, domain)| domain);
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
        .from(Address::new_address(
            Some(draft.from_name),
            draft.from_email,
        ))
        .to(Address::new_address(Some(draft.to_name), draft.to_email))
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
    let mut hasher = Sha256::new();
    for part in [
        draft.from_name,
        draft.from_email,
        draft.to_name,
        draft.to_email,
        draft.subject,
        draft.date,
        draft.lang,
        draft.text,
        draft.html,
    ] {
        // Length-prefixed, so that moving text from one part to the next changes the hash.
        hasher.update((part.len() as u64).to_be_bytes());
        hasher.update(part.as_bytes());
    }
    hasher
        .finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
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
