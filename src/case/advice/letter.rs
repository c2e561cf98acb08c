//! The advice that concerns a printed letter only: an email or a call script needs
//! no postal address, and is read the day it is sent. `adieu letter` (and `pack`,
//! and `check --letter`) add it to the case's own advice.

use jiff::civil::Date;

use crate::case::Case;
use crate::diagnostic::{Code, Diagnostic};
use crate::notice::{Ending, Termination};

/// A letter sent by post takes a few working days to arrive, more abroad: a notice
/// shorter than this has run before the client reads it.
pub const POST_DAYS: i64 = 5;

/// The advice that concerns a printed letter only, which `adieu letter` (and `check
/// --letter`) add to the case's: an email or a call needs no postal address, and is
/// read the day it is sent. For a case dated `date`, with paths only (the caller
/// locates them in its source).
pub fn letter(case: &Case, date: Date) -> Vec<Diagnostic> {
    let mut advice = Vec::new();
    if case.client.address.is_empty() {
        advice.push(
            Diagnostic::new(
                Code::LetterWithoutAddress,
                "the letter has no inside address: the case gives no `client.address`",
            )
            .at_path("client")
            .with_help(
                "add the client's postal address under `client`, one line per entry: `address: [\"12 Quay Street\", \"Bristol BS1 4DJ\"]`; or send the email instead",
            ),
        );
    }
    let termination = Termination::from_notice(&case.notice, date);
    if let Some(termination) = termination {
        let path = match termination.ending {
            Ending::Days(_) => Some("notice.days"),
            Ending::Until | Ending::Milestone(_) => Some("notice.until"),
            // An immediate end takes effect whatever the post does; the letter
            // confirms it.
            Ending::Immediate => None,
        };
        let days = termination.days_from(date);
        if let Some(path) = path
            && days < POST_DAYS
        {
            advice.push(
                Diagnostic::new(
                    Code::ShortNoticeByPost,
                    format!(
                        "a notice of {} ends on {}: a letter dated {date} and sent by post arrives after it has run",
                        plural_days(days),
                        termination.end
                    ),
                )
                .at_path(path)
                .with_help(format!(
                    "send the notice by email as well (`adieu email`), or give at least {POST_DAYS} days"
                )),
            );
        }
    }
    advice
}

/// "1 day", "5 days".
pub(super) fn plural_days(days: i64) -> String {
    if days == 1 {
        "1 day".to_owned()
    } else {
        format!("{days} days")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(notice: &str, address: &str) -> Vec<&'static str> {
        let yaml = format!(
            "language: en\nreason: fit\nsender: {{name: A, email: a@b.example}}\nclient: {{contact: {{name: B}}, email: b@c.example{address}}}\nnotice: {notice}\n"
        );
        let case = crate::case::parse(&yaml).unwrap();
        letter(&case, jiff::civil::date(2026, 12, 2))
            .iter()
            .map(|d| d.code.as_str())
            .collect()
    }

    #[test]
    fn a_letter_needs_an_address_and_a_notice_the_post_can_keep() {
        let address = ", address: [\"1 Main Street\"]";
        assert_eq!(codes("{days: 30}", address), Vec::<&str>::new());
        assert_eq!(codes("{days: 30}", ""), ["letter-without-address"]);
        assert_eq!(codes("{days: 4}", address), ["short-notice-by-post"]);
        assert_eq!(codes("{days: 5}", address), Vec::<&str>::new());
        assert_eq!(
            codes("{until: 2026-12-03}", address),
            ["short-notice-by-post"]
        );
        // An immediate end takes effect whatever the post does.
        assert_eq!(codes("{immediate: true}", address), Vec::<&str>::new());
    }
}
