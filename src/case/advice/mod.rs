//! Advice about a valid case: warnings that do not stop rendering but deserve a second
//! look before anything is sent, drawn from what the domain notes say an ending needs
//! — money collected, fair notice, a way forward for the client, the contract reviewed,
//! impersonal wording and a sensible date.
//!
//! Each warning has a stable code (documented with `adieu check`), a one-line reason,
//! the field path it concerns and, when the case file is at hand, its span.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use super::{Case, InvoiceStatus, Reason};
use crate::diagnostic::{Code, Diagnostic, Span};
use crate::fit::Overflow;
use crate::l10n::{Catalog, Language, WordList, words};
use crate::notice::{Ending, Termination};
use crate::yaml::Paths;

mod letter;

pub use letter::letter;
use letter::plural_days;

/// Below this many days of notice, a client who relies on the work cannot replace it.
pub const SHORT_NOTICE_DAYS: i64 = 14;
/// A case date further ahead than this is probably a typo.
pub const FAR_AHEAD_DAYS: i64 = 90;

/// Computes the advice for a case dated `date` (the date its documents carry), on
/// `today`. `languages` are the base languages whose word lists apply to its free
/// text; `source` is the case file's text and its paths, used to locate each warning
/// (`None` for a case built in code: the warnings then carry paths only).
pub fn advise(
    case: &Case,
    date: Date,
    today: Date,
    languages: &[&str],
    catalog: &Catalog,
    source: Option<(&str, &Paths)>,
) -> Vec<Diagnostic> {
    let mut advice = Vec::new();
    let termination = Termination::from_notice(&case.notice, date);
    money(case, date, termination.as_ref(), &mut advice);
    referral(case, &mut advice);
    if let Some(termination) = &termination {
        notice(case, date, termination, &mut advice);
    }
    if case.contract.is_none() {
        advice.push(
            Diagnostic::new(Code::NoContract, "the case names no contract")
                .at_path("contract")
                .with_help("review the contract and every obligation in it before giving notice; add a `contract` section with its `title` and `notice_days` so the documents cite it"),
        );
    }
    case_date(case, today, &mut advice);
    // The lists were parsed with the catalog; a language named twice is searched once.
    let mut lists: Vec<&WordList> = Vec::new();
    for (i, language) in languages.iter().enumerate() {
        if !languages[..i].contains(language)
            && let Some(list) = catalog.judgemental(language)
        {
            lists.push(list);
        }
    }
    wording(case, &lists, &mut advice);
    // The first language is the documents'; the others are word lists only.
    if let Some(document) = languages.first() {
        super::foreign::wrong_language(case, document, &mut advice);
    }
    if let Some((text, paths)) = source {
        locate(&mut advice, text, paths);
    }
    advice
}

/// The warning for a language tag whose extensions or private-use part adieu does not
/// apply (`en-u-ca-buddhist`): the documents are written, in the language the tag
/// names, but not as the tag asked. At `language` when the case (or its config) gave
/// the tag, without a path when `--lang` did.
pub fn ignored_extension(
    language: &Language,
    requested: &str,
    from_case: bool,
) -> Option<Diagnostic> {
    let note = language.ignored_note(requested)?;
    Some(if from_case {
        Diagnostic::new(Code::LanguageExtensionIgnored, note)
            .at_path("language")
            .with_help(format!("write `language: {}`", language.tag))
    } else {
        Diagnostic::new(Code::LanguageExtensionIgnored, format!("--lang: {note}"))
            .with_help(format!("pass `--lang {}`", language.tag))
    })
}

/// The `letter-overflows` warning: the letter runs past its page, and how many of
/// its close-out items would fit on one; at the first item that does not.
pub fn letter_overflows(overflow: &Overflow, case: &Case) -> Diagnostic {
    let Overflow {
        pages,
        items,
        fitting,
    } = *overflow;
    let runs = format!("the letter runs to {pages} pages");
    let message = match (items, fitting) {
        (0, _) => format!("{runs}, with no close-out items"),
        (_, 0) => format!("{runs}: none of its {items} close-out items fits on the first page"),
        (_, 1) => format!("{runs}: 1 of its {items} close-out items fits on one page"),
        _ => format!("{runs}: {fitting} of its {items} close-out items fit on one page"),
    };
    let path = if items == 0 {
        "closeout".to_owned()
    } else {
        case.closeout.path_of(fitting)
    };
    Diagnostic::new(Code::LetterOverflows, message)
        .at_path(path)
        .with_help("a letter reads best on one page: merge related items (one line for every account handed over), or name a list sent with the letter; if it stays longer, the pages after the first say to whom, of when and which page they are, and the signature stays with the closing")
}

fn money(case: &Case, date: Date, termination: Option<&Termination>, advice: &mut Vec<Diagnostic>) {
    let invoices = &case.closeout.invoices;
    // The documents say so ("overdue since …"); the sender should be sure it is true.
    for (i, invoice) in invoices.iter().enumerate() {
        if let (Some(InvoiceStatus::Overdue), Some(due)) = (invoice.status(date), invoice.due) {
            advice.push(
                Diagnostic::new(
                    Code::InvoiceOverdue,
                    format!(
                        "invoice {} fell due on {due}, before the date of the documents ({date}): they call it overdue",
                        invoice.number
                    ),
                )
                .at_path(format!("closeout.invoices.{i}.due"))
                .with_help("check that it is still unpaid (remove it if it was paid), and consider sending a payment reminder first"),
            );
        }
    }
    if case.reason == Reason::Payment && !invoices.is_empty() {
        let count = invoices.len();
        let open = if count == 1 {
            "1 invoice is".to_owned()
        } else {
            format!("{count} invoices are")
        };
        advice.push(
            Diagnostic::new(
                Code::PaymentOutstanding,
                format!("the reason is `payment` and {open} still open"),
            )
            .at_path("closeout.invoices")
            .with_label("reason", "the reason")
            .with_help("consider collecting what is owed before giving notice: once it is given, the client has less reason to pay"),
        );
    }
    // A zero amount is valid but says nothing to the client: an invoice for nothing
    // reads as a mistake (or as a claim the sender forgot to fill in), a refund of
    // nothing as a promise that is not one.
    for (i, invoice) in invoices.iter().enumerate() {
        if invoice.amount.0.is_zero() {
            advice.push(
                Diagnostic::new(
                    Code::ZeroAmount,
                    format!(
                        "invoice {} is for {} {}, so nothing is owed on it",
                        invoice.number, invoice.amount.0, invoice.currency.0
                    ),
                )
                .at_path(format!("closeout.invoices.{i}.amount"))
                .with_help("remove the invoice, or give the amount still owed"),
            );
        }
    }
    if let Some(refund) = &case.closeout.refund
        && refund.amount.0.is_zero()
    {
        advice.push(
            Diagnostic::new(
                Code::ZeroAmount,
                format!(
                    "the refund is {} {}, so the client gets nothing back",
                    refund.amount.0, refund.currency.0
                ),
            )
            .at_path("closeout.refund.amount")
            .with_help("remove `refund`, or give the amount to be refunded"),
        );
    }
    let Some(termination) = termination else {
        return;
    };
    for (i, invoice) in invoices.iter().enumerate() {
        if let Some(due) = invoice.due
            && due.0 > termination.end
        {
            advice.push(
                Diagnostic::new(
                    Code::InvoiceDueAfterEnd,
                    format!(
                        "invoice {} falls due on {due}, after the last day of the collaboration ({})",
                        invoice.number, termination.end
                    ),
                )
                .at_path(format!("closeout.invoices.{i}.due"))
                .with_label(notice_path(termination), "the notice that sets the last day")
                .with_help(format!(
                    "consider collecting what is owed before giving notice, or ask for payment by {}",
                    termination.end
                )),
            );
        }
    }
}

fn referral(case: &Case, advice: &mut Vec<Diagnostic>) {
    match (&case.referral, case.reason.is_breach()) {
        (Some(_), true) => advice.push(
            Diagnostic::new(
                Code::ReferralNotRendered,
                format!(
                    "no referral is given for `{}`: this one will not appear in the documents",
                    case.reason.code()
                ),
            )
            .at_path("referral")
            .with_label("reason", "the reason")
            .with_help("remove the `referral` section; a client ended for conduct or ethics is not referred"),
        ),
        (None, false) => advice.push(
            Diagnostic::new(Code::NoReferral, "the case gives the client no referral")
                .at_path("referral")
                .with_help("point the client to a colleague (`referral: { name: … }`) or to a kind of provider (`referral: { kind: … }`), so they have a way forward"),
        ),
        _ => {}
    }
}

/// The field that sets the last day: the notice's days or end date, or the notice
/// itself when it is immediate.
fn notice_path(termination: &Termination) -> &'static str {
    match termination.ending {
        Ending::Days(_) => "notice.days",
        Ending::Until | Ending::Milestone(_) => "notice.until",
        Ending::Immediate => "notice.immediate",
    }
}

fn notice(case: &Case, date: Date, termination: &Termination, advice: &mut Vec<Diagnostic>) {
    if termination.ending == Ending::Immediate {
        return;
    }
    let path = notice_path(termination);
    let days = termination.days_from(date);
    if !case.reason.is_breach() && days < SHORT_NOTICE_DAYS {
        advice.push(
            Diagnostic::new(
                Code::ShortNotice,
                format!(
                    "a notice of {} leaves the client little time to replace you",
                    plural_days(days)
                ),
            )
            .at_path(path)
            .with_help(format!(
                "give at least {SHORT_NOTICE_DAYS} days, typically 30, or what the contract requires"
            )),
        );
    }
    let end = termination.end;
    let weekend = match end.weekday() {
        Weekday::Saturday => Some(("Saturday", 1)),
        Weekday::Sunday => Some(("Sunday", 2)),
        _ => None,
    };
    if let Some((day, back)) = weekend {
        let friday = end.checked_sub(back.days()).ok();
        let help = match friday {
            Some(friday) => format!("end on a working day, such as Friday {friday}"),
            None => "end on a working day".to_owned(),
        };
        advice.push(
            Diagnostic::new(
                Code::WeekendEnd,
                format!("the last day of the collaboration, {end}, is a {day}"),
            )
            .at_path(path)
            .with_help(help),
        );
    }
}

fn case_date(case: &Case, today: Date, advice: &mut Vec<Diagnostic>) {
    let Some(date) = case.date else {
        return;
    };
    let ahead = i64::from((date.0 - today).get_days());
    if ahead < 0 {
        advice.push(
            Diagnostic::new(
                Code::DateInPast,
                format!("the case date {date} is in the past (today is {today})"),
            )
            .at_path("date")
            .with_help(
                "the documents carry this date; correct it, or remove `date` to use today's",
            ),
        );
    } else if ahead > FAR_AHEAD_DAYS {
        advice.push(
            Diagnostic::new(
                Code::DateFarAhead,
                format!("the case date {date} is more than {FAR_AHEAD_DAYS} days ahead (today is {today})"),
            )
            .at_path("date")
            .with_help("the documents carry this date; check the year, or remove `date` to use today's"),
        );
    }
}

/// The free-text fields whose words reach the documents as the user wrote them.
fn free_text(case: &Case) -> Vec<(String, &str)> {
    let mut fields = Vec::new();
    if let Some(milestone) = &case.notice.milestone {
        fields.push(("notice.milestone".to_owned(), milestone.as_str()));
    }
    if let Some(kind) = case.referral.as_ref().and_then(|r| r.kind.as_ref()) {
        fields.push(("referral.kind".to_owned(), kind.as_str()));
    }
    let closeout = &case.closeout;
    for (i, deliverable) in closeout.deliverables.iter().enumerate() {
        if let Some(text) = deliverable.item.text() {
            fields.push((format!("closeout.deliverables.{i}.item"), text));
        }
    }
    for (i, item) in closeout.handover.iter().enumerate() {
        if let Some(text) = item.text() {
            fields.push((format!("closeout.handover.{i}"), text));
        }
    }
    for (i, item) in closeout.continuing.iter().enumerate() {
        if let Some(text) = item.text() {
            fields.push((format!("closeout.continuing.{i}"), text));
        }
    }
    fields
}

fn wording(case: &Case, lists: &[&WordList], advice: &mut Vec<Diagnostic>) {
    for (path, text) in free_text(case) {
        let words = words(text);
        for list in lists {
            for found in list.find(&words) {
                advice.push(
                    Diagnostic::new(
                        Code::JudgementalWording,
                        format!("`{found}` judges or carries emotion; the documents must stay impersonal"),
                    )
                    .at_path(&path)
                    .about(found)
                    .with_help("describe the item as a plain fact, e.g. \"Source files of the website\", without judging the client"),
                );
            }
        }
    }
}

/// Gives each warning a span: the judgemental word itself when it can be found in the
/// value as written, otherwise the value; a missing section points at the reason.
fn locate(advice: &mut [Diagnostic], source: &str, map: &Paths) {
    for diagnostic in advice.iter_mut() {
        diagnostic.locate_labels(|path| map.locate(path));
        let Some(path) = diagnostic.path.as_deref() else {
            continue;
        };
        let span = match diagnostic.code {
            Code::NoReferral => map.locate("reason"),
            Code::NoContract => map.locate("reason").or_else(|| map.locate(path)),
            _ => map.locate(path),
        };
        diagnostic.span = match (span, diagnostic.subject.as_deref()) {
            (Some(span), Some(word)) => Some(narrow(source, span, word)),
            (span, _) => span,
        };
    }
}

/// The span of `word` inside `span`, when the value is written plainly enough to find it.
fn narrow(source: &str, span: Span, word: &str) -> Span {
    let Some(written) = source.get(span.offset..span.offset + span.len) else {
        return span;
    };
    let lowered = written.to_lowercase();
    let wanted = word.to_lowercase();
    match lowered.find(&wanted) {
        Some(at) if lowered.len() == written.len() => {
            Span::at(source, span.offset + at, wanted.len())
        }
        _ => span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn case(yaml: &str) -> Case {
        crate::case::parse(yaml).unwrap()
    }

    const BASE: &str = "language: en\ndate: 2026-11-23\nreason: fit\nsender: {name: A, email: a@b.example}\nclient: {contact: {name: B}, email: b@c.example}\ncontract: {title: T}\nreferral: {kind: a studio}\n";

    /// The advice on `yaml` dated 2026-11-23, in English.
    fn advice_of(yaml: &str) -> Vec<Diagnostic> {
        let case = case(yaml);
        advise(
            &case,
            date(2026, 11, 23),
            date(2026, 11, 23),
            &["en"],
            &Catalog::embedded(),
            Some((yaml, &Paths::new(yaml))),
        )
    }

    fn codes(yaml: &str) -> Vec<&'static str> {
        let case = case(yaml);
        let dated = case.date.map_or(date(2026, 11, 23), |d| d.0);
        advise(
            &case,
            dated,
            date(2026, 11, 23),
            &["en"],
            &Catalog::embedded(),
            Some((yaml, &Paths::new(yaml))),
        )
        .iter()
        .map(|d| d.code.as_str())
        .collect()
    }

    #[test]
    fn a_well_prepared_case_gets_no_advice() {
        assert_eq!(
            codes(&format!("{BASE}notice: {{days: 30}}\n")),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn short_notice_and_weekend_ends_are_flagged() {
        // 2026-11-23 + 5 days is Saturday 28 November.
        assert_eq!(
            codes(&format!("{BASE}notice: {{days: 5}}\n")),
            ["short-notice", "weekend-end"]
        );
    }

    #[test]
    fn money_still_owed_is_flagged() {
        let yaml = format!(
            "{}notice: {{days: 30}}\ncloseout:\n  invoices: [{{number: F-1, amount: 10, currency: EUR, due: 2027-01-05}}]\n",
            BASE.replace("reason: fit", "reason: payment")
        );
        assert_eq!(
            codes(&yaml),
            ["payment-outstanding", "invoice-due-after-end"]
        );
    }

    #[test]
    fn zero_amounts_are_flagged() {
        let yaml = format!(
            "{BASE}notice: {{days: 30}}\ncloseout:\n  invoices: [{{number: F-1, amount: 0.00, currency: EUR}}, {{number: F-2, amount: 0.01, currency: EUR}}]\n  refund: {{amount: 0, currency: EUR}}\n"
        );
        let advice = advice_of(&yaml);
        let found: Vec<_> = advice
            .iter()
            .map(|d| (d.code.as_str(), d.path.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(
            found,
            [
                ("zero-amount", "closeout.invoices.0.amount"),
                ("zero-amount", "closeout.refund.amount")
            ]
        );
        assert_eq!(
            advice[0].message,
            "invoice F-1 is for 0.00 EUR, so nothing is owed on it"
        );
    }

    #[test]
    fn referrals_follow_the_reason() {
        let conduct = format!(
            "{}notice: {{immediate: true}}\n",
            BASE.replace("reason: fit", "reason: conduct")
        );
        assert_eq!(codes(&conduct), ["referral-not-rendered"]);
        let bare = format!(
            "{}notice: {{days: 30}}\n",
            BASE.replace("referral: {kind: a studio}\n", "")
        );
        assert_eq!(codes(&bare), ["no-referral"]);
    }

    #[test]
    fn judgemental_words_are_found_and_located() {
        let yaml = format!(
            "{BASE}notice: {{days: 30}}\ncloseout:\n  handover: [\"Fixes for the Sloppy code\"]\n"
        );
        let advice = advice_of(&yaml);
        assert_eq!(advice.len(), 1, "{advice:?}");
        assert_eq!(advice[0].code.as_str(), "judgemental-wording");
        assert_eq!(advice[0].path.as_deref(), Some("closeout.handover.0"));
        let span = advice[0].span.unwrap();
        assert_eq!(&yaml[span.offset..span.offset + span.len], "Sloppy");
    }

    #[test]
    fn every_language_has_a_word_list() {
        for language in ["en", "es", "fr", "ro", "sk"] {
            let catalog = Catalog::embedded();
            let list = catalog.judgemental(language).unwrap();
            assert!(
                (10..=25).contains(&list.len()),
                "{language}: {} entries",
                list.len()
            );
        }
    }

    #[test]
    fn dates_in_the_past_or_far_ahead_are_flagged() {
        let past = format!(
            "{}notice: {{days: 30}}\n",
            BASE.replace("2026-11-23", "2026-01-05")
        );
        let past_case = case(&past);
        let advice = advise(
            &past_case,
            date(2026, 1, 5),
            date(2026, 11, 23),
            &["en"],
            &Catalog::embedded(),
            Some((&past, &Paths::new(&past))),
        );
        assert_eq!(
            advice.iter().map(|d| d.code.as_str()).collect::<Vec<_>>(),
            ["date-in-past"]
        );
        assert_eq!(advice[0].span.map(|s| s.line), Some(2));
        let ahead = format!(
            "{}notice: {{days: 30}}\n",
            BASE.replace("2026-11-23", "2027-11-23")
        );
        let ahead_case = case(&ahead);
        let advice = advise(
            &ahead_case,
            date(2027, 11, 23),
            date(2026, 11, 23),
            &["en"],
            &Catalog::embedded(),
            Some((&ahead, &Paths::new(&ahead))),
        );
        assert_eq!(
            advice.iter().map(|d| d.code.as_str()).collect::<Vec<_>>(),
            ["date-far-ahead"]
        );
    }
}
