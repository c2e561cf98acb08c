//! The rules a parsed case must follow beyond its types: the notice rules, plausible
//! addresses, known currencies, clean text. Every broken rule is reported, not just
//! the first, each with the field path it concerns.

use email_address::EmailAddress;
use jiff::civil::Date;

use super::{Case, Money};
use crate::diagnostic::{Diagnostic, is_unprintable};
use crate::notice::Termination;

/// The longest notice accepted, in days.
pub const MAX_NOTICE_DAYS: u16 = 365;

/// Checks a parsed case against the rules of the format. `today` is the case date
/// when the file gives none. The diagnostics carry paths but no spans yet.
pub fn validate(case: &Case, today: Date) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let date = case.date.map_or(today, |d| d.0);
    check_notice(case, date, &mut problems);
    check_referral(case, &mut problems);
    check_money(case, &mut problems);
    check_email(&case.sender.email, "sender.email", &mut problems);
    check_email(&case.client.email, "client.email", &mut problems);
    for (path, text) in text_fields(case) {
        check_text(&path, text, &mut problems);
    }
    problems
}

fn check_notice(case: &Case, date: Date, problems: &mut Vec<Diagnostic>) {
    let notice = &case.notice;
    let immediate = notice.immediate == Some(true);
    let given = [notice.days.is_some(), notice.until.is_some(), immediate]
        .iter()
        .filter(|&&g| g)
        .count();
    match given {
        0 => problems.push(
            Diagnostic::error("invalid-notice", "the notice gives no period")
                .at_path("notice")
                .with_help("write one of `days: 30`, `until: YYYY-MM-DD` or, for conduct or ethics, `immediate: true`"),
        ),
        1 => {}
        _ => problems.push(
            Diagnostic::error("invalid-notice", "the notice gives more than one period")
                .at_path("notice")
                .with_help("keep exactly one of `days`, `until` and `immediate`"),
        ),
    }
    if let Some(days) = notice.days
        && days > MAX_NOTICE_DAYS
    {
        problems.push(
            Diagnostic::error("invalid-value", format!("a notice of {days} days is longer than a year"))
                .at_path("notice.days")
                .with_help(format!("notice.days runs from 0 to {MAX_NOTICE_DAYS}; for a later end, write `until: YYYY-MM-DD`")),
        );
    }
    if given == 1 && Termination::from_notice(notice, date).is_none() {
        problems.push(
            Diagnostic::error(
                "invalid-value",
                "the notice ends after 9999-12-31, beyond the calendar",
            )
            .at_path(if notice.days.is_some() {
                "notice.days"
            } else {
                "date"
            })
            .with_help("check the year of `date`"),
        );
    }
    if let Some(until) = notice.until
        && until.0 < date
    {
        problems.push(
            Diagnostic::error("invalid-value", format!("notice.until ({until}) is before the case date ({date})"))
                .at_path("notice.until")
                .with_help("the last day of the collaboration cannot be in the past; correct `until` or `date`"),
        );
    }
    if notice.milestone.is_some() && notice.until.is_none() {
        problems.push(
            Diagnostic::error(
                "invalid-notice",
                "a milestone needs the date it is expected",
            )
            .at_path("notice.milestone")
            .with_help("add `until: YYYY-MM-DD` beside `milestone`"),
        );
    }
    if immediate && !case.reason.is_breach() {
        problems.push(
            Diagnostic::error(
                "invalid-notice",
                format!(
                    "immediate termination is only for conduct or ethics, not `{}`",
                    case.reason.code()
                ),
            )
            .at_path("notice.immediate")
            .with_help(
                "give the client time to replace you: write `days: 30` or the contract's notice",
            ),
        );
    }
    let contract_minimum = case.contract.as_ref().and_then(|c| c.notice_days);
    if let Some(minimum) = contract_minimum {
        if minimum > MAX_NOTICE_DAYS {
            problems.push(
                Diagnostic::error(
                    "invalid-value",
                    format!("a contractual notice of {minimum} days is longer than a year"),
                )
                .at_path("contract.notice_days")
                .with_help(format!(
                    "contract.notice_days runs from 0 to {MAX_NOTICE_DAYS}"
                )),
            );
        }
        let given_days = match (notice.days, notice.until) {
            (Some(days), _) => Some(i64::from(days)),
            (None, Some(until)) => Some(i64::from((until.0 - date).get_days())),
            _ => None,
        };
        if let Some(given_days) = given_days
            && given_days < i64::from(minimum)
        {
            let path = if notice.days.is_some() {
                "notice.days"
            } else {
                "notice.until"
            };
            problems.push(
                Diagnostic::error(
                    "notice-too-short",
                    format!("the notice gives {given_days} days but the contract requires at least {minimum}"),
                )
                .at_path(path)
                .with_help(format!("give at least {minimum} days of notice, as contract.notice_days says")),
            );
        }
    }
}

fn check_referral(case: &Case, problems: &mut Vec<Diagnostic>) {
    let Some(referral) = &case.referral else {
        return;
    };
    match (&referral.name, &referral.kind) {
        (None, None) => problems.push(
            Diagnostic::error("invalid-referral", "the referral names nobody")
                .at_path("referral")
                .with_help("write `name:` for a colleague, or `kind:` for the kind of provider to look for"),
        ),
        (Some(_), Some(_)) => problems.push(
            Diagnostic::error("invalid-referral", "the referral gives both a name and a kind of provider")
                .at_path("referral.kind")
                .with_help("keep `name` for a colleague, or `kind` alone for a kind of provider"),
        ),
        _ => {}
    }
    if referral.kind.is_some() && (referral.company.is_some() || referral.contact.is_some()) {
        problems.push(
            Diagnostic::error(
                "invalid-referral",
                "`company` and `contact` belong to a named referral",
            )
            .at_path("referral.kind")
            .with_help("add `name:` for the colleague, or remove `company` and `contact`"),
        );
    }
}

fn check_money(case: &Case, problems: &mut Vec<Diagnostic>) {
    let closeout = &case.closeout;
    for (i, invoice) in closeout.invoices.iter().enumerate() {
        let path = format!("closeout.invoices.{i}");
        check_amount(
            &Money {
                amount: invoice.amount,
                currency: invoice.currency.clone(),
            },
            &path,
            problems,
        );
        if invoice.number.trim().is_empty() {
            problems.push(
                Diagnostic::error("missing-value", "the invoice has no number")
                    .at_path(format!("{path}.number"))
                    .with_help("write the number printed on the invoice"),
            );
        }
    }
    if let Some(refund) = &closeout.refund {
        check_amount(refund, "closeout.refund", problems);
    }
}

/// The largest amount accepted: well beyond any invoice, well within formatting limits.
const MAX_AMOUNT: i64 = 1_000_000_000_000;

fn check_amount(money: &Money, path: &str, problems: &mut Vec<Diagnostic>) {
    let currency = money.currency.currency();
    if currency.is_none() {
        problems.push(
            Diagnostic::error(
                "unknown-currency",
                format!("`{}` is not an ISO 4217 currency code", money.currency.0),
            )
            .at_path(format!("{path}.currency"))
            .with_help("write a three-letter code in capitals, such as EUR, USD, GBP, RON or CHF"),
        );
    }
    let amount = money.amount.0;
    if amount.is_sign_negative() && !amount.is_zero() {
        problems.push(
            Diagnostic::error("invalid-value", format!("the amount {amount} is negative"))
                .at_path(format!("{path}.amount"))
                .with_help("write the amount without a sign"),
        );
    } else if amount > rust_decimal::Decimal::from(MAX_AMOUNT) {
        problems.push(
            Diagnostic::error(
                "invalid-value",
                format!("the amount {amount} is implausibly large"),
            )
            .at_path(format!("{path}.amount"))
            .with_help("amounts are written in currency units, e.g. 1200.00"),
        );
    }
    if let Some(exponent) = currency.and_then(|c| c.exponent())
        && amount.normalize().scale() > u32::from(exponent)
    {
        problems.push(
            Diagnostic::error(
                "invalid-value",
                format!(
                    "{amount} has more decimals than {} allows ({exponent})",
                    money.currency.0
                ),
            )
            .at_path(format!("{path}.amount"))
            .with_help("round the amount to the currency's smallest unit"),
        );
    }
}

fn check_email(address: &str, path: &str, problems: &mut Vec<Diagnostic>) {
    if address.chars().any(is_unprintable) {
        // Reported as a control character by `check_text`, which names it.
        return;
    }
    let plausible = EmailAddress::parse_with_options(
        address,
        email_address::Options::default()
            .without_display_text()
            .without_domain_literal(),
    )
    .is_ok_and(|email| email.domain().contains('.'));
    if !plausible {
        problems.push(
            Diagnostic::error(
                "invalid-email",
                format!("`{}` is not an email address", address.escape_debug()),
            )
            .at_path(path)
            .with_help("write a plain address such as name@example.com, without a display name"),
        );
    }
}

fn check_text(path: &str, text: &str, problems: &mut Vec<Diagnostic>) {
    // Control characters and line breaks could corrupt an email header or disguise
    // text, so no value may carry one: this is what makes header injection impossible.
    if let Some(c) = text.chars().find(|&c| is_unprintable(c)) {
        problems.push(
            Diagnostic::error("control-character", format!("{path} contains the control character {:?}", c))
                .at_path(path)
                .with_help("case-file values are single lines of text: remove the character (a YAML `|` block or a `\\n` escape adds one)"),
        );
    } else if text.trim().is_empty() {
        problems.push(
            Diagnostic::error("missing-value", format!("{path} is empty"))
                .at_path(path)
                .with_help("write a value, or remove the key"),
        );
    }
}

/// Every text value of a case with its field path: everything the case holds that is
/// not a number, a date or a code.
pub fn text_fields(case: &Case) -> Vec<(String, &str)> {
    let mut fields = TextFields::default();
    fields.one("language", case.language.as_deref());
    let sender = &case.sender;
    fields.one("sender.name", Some(&sender.name));
    fields.one("sender.email", Some(&sender.email));
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
            Some(&deliverable.item),
        );
    }
    fields.each(
        "closeout.handover",
        closeout.handover.iter().map(String::as_str),
    );
    if let Some(refund) = &closeout.refund {
        fields.one("closeout.refund.currency", Some(&refund.currency.0));
    }
    fields.each(
        "closeout.continuing",
        closeout.continuing.iter().map(String::as_str),
    );
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
}
