//! The rules a parsed case must follow beyond its types: the notice rules, plausible
//! addresses, known currencies, clean text ([`super::text`]). Every broken rule is
//! reported, not just the first, each with the field path it concerns.

use email_address::EmailAddress;
use jiff::civil::Date;

use super::scalar::{CurrencyCode, CurrencyKind};
use super::text::{check_text, encoded_word, is_placeholder, text_fields};
use super::{Case, Money};
use crate::diagnostic::{Code, Diagnostic};
use crate::hidden;
use crate::notice::Termination;

/// The earliest year a case may be dated: an email's `Date` header reads a year
/// below 1900 as another one (0001 as 2001), and no letter is sent that long ago.
pub const MIN_YEAR: i16 = 1900;

/// The longest notice accepted, in days.
pub const MAX_NOTICE_DAYS: u16 = 365;

/// Checks a parsed case against the rules of the format. `today` is the case date
/// when the file gives none. The diagnostics carry paths but no spans yet.
pub fn validate(case: &Case, today: Date) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let date = case.date.map_or(today, |d| d.0);
    if date.year() < MIN_YEAR {
        problems.push(
            Diagnostic::new(Code::InvalidDate, format!("the case is dated {date}, before {MIN_YEAR}"))
                .at_path("date")
                .with_help(format!("write the date the letter is sent, YYYY-MM-DD; an email's Date header cannot carry a year before {MIN_YEAR}")),
        );
    }
    check_notice(case, date, &mut problems);
    check_referral(case, &mut problems);
    check_money(case, &mut problems);
    check_sender(case, &mut problems);
    check_email(&case.client.email, "client.email", &mut problems);
    for (path, text) in text_fields(case) {
        check_text(&path, &text, &mut problems);
    }
    problems.extend(super::bounds::check(case));
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
            Diagnostic::new(Code::InvalidNotice, "the notice gives no period")
                .at_path("notice")
                .with_help("under `notice:`, write one of `days: 30`, `until: YYYY-MM-DD` or, for conduct or ethics, `immediate: true`; a default number of days may also come from your config file"),
        ),
        1 => {}
        _ => problems.push(
            Diagnostic::new(Code::InvalidNotice, "the notice gives more than one period")
                .at_path("notice")
                .with_help("keep exactly one of `days`, `until` and `immediate`"),
        ),
    }
    if let Some(days) = notice.days
        && days > MAX_NOTICE_DAYS
    {
        problems.push(
            Diagnostic::new(Code::InvalidValue, format!("a notice of {days} days is longer than a year"))
                .at_path("notice.days")
                .with_help(format!("notice.days runs from 0 to {MAX_NOTICE_DAYS}; for a later end, write `until: YYYY-MM-DD`")),
        );
    }
    if given == 1 && Termination::from_notice(notice, date).is_none() {
        problems.push(
            Diagnostic::new(
                Code::InvalidValue,
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
            with_case_date(
                Diagnostic::new(Code::InvalidValue, format!("notice.until ({until}) is before the case date ({date})"))
                    .at_path("notice.until")
                    .with_help("the last day of the collaboration cannot be in the past; correct `until` or `date`"),
                case,
            ),
        );
    }
    // The same cap as `notice.days`: an end date is only another way of writing the
    // length of the notice, and a date years ahead is almost always a typo in the year.
    if let Some(until) = notice.until
        && until.0 >= date
    {
        let days = i64::from((until.0 - date).get_days());
        if days > i64::from(MAX_NOTICE_DAYS) {
            let latest = date
                .checked_add(jiff::Span::new().days(i64::from(MAX_NOTICE_DAYS)))
                .map_or_else(|_| "9999-12-31".to_owned(), |d| d.to_string());
            problems.push(with_case_date(
                Diagnostic::new(
                    Code::InvalidValue,
                    format!("notice.until ({until}) is more than a year after the case date ({date})"),
                )
                .at_path("notice.until")
                .with_help(format!("a notice runs for a year at most: notice.until is at most {MAX_NOTICE_DAYS} days after the case date, {latest}; check the year")),
                case,
            ));
        }
    }
    if notice.milestone.is_some() && notice.until.is_none() {
        problems.push(
            Diagnostic::new(
                Code::InvalidNotice,
                "a milestone needs the date it is expected",
            )
            .at_path("notice.milestone")
            .with_help("add `until: YYYY-MM-DD` beside `milestone`"),
        );
    }
    if immediate && !case.reason.is_breach() {
        problems.push(
            Diagnostic::new(
                Code::InvalidNotice,
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
                Diagnostic::new(
                    Code::InvalidValue,
                    format!("a contractual notice of {minimum} days is longer than a year"),
                )
                .at_path("contract.notice_days")
                .with_help(format!(
                    "contract.notice_days runs from 0 to {MAX_NOTICE_DAYS}"
                )),
            );
        }
        let given_days = given_days(notice, date);
        // An `until` before the date is reported as that, above; "-22 days" would
        // be a second message about the same mistake.
        if let Some(given_days) = given_days
            && given_days >= 0
            && given_days < i64::from(minimum)
        {
            let path = if notice.days.is_some() {
                "notice.days"
            } else {
                "notice.until"
            };
            problems.push(
                Diagnostic::new(
                    Code::NoticeTooShort,
                    notice_too_short(Given::Case, given_days, minimum),
                )
                .at_path(path)
                .with_label("contract.notice_days", "the contract's minimum")
                .with_help(format!(
                    "give at least {minimum} days of notice, as contract.notice_days says"
                )),
            );
        }
    }
}

/// The days of notice a case gives from `date`: its `days`, or the days to its
/// `until` (negative when `until` is before the date); none for an immediate end.
pub(crate) fn given_days(notice: &super::Notice, date: Date) -> Option<i64> {
    match (notice.days, notice.until) {
        (Some(days), _) => Some(i64::from(days)),
        (None, Some(until)) => Some(i64::from((until.0 - date).get_days())),
        _ => None,
    }
}

/// Where the notice a `notice-too-short` error speaks of was given.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Given {
    /// In the case file.
    Case,
    /// As the config file's default.
    Config,
}

/// The `notice-too-short` message: the notice `given` gives `days`, fewer than the
/// contract's `minimum`.
pub(crate) fn notice_too_short(given: Given, days: i64, minimum: u16) -> String {
    let notice = match given {
        Given::Case => "the notice",
        Given::Config => "the config file's default notice",
    };
    format!("{notice} gives {days} days but the contract requires at least {minimum}")
}

/// A problem measured from the case date, with a label at the date when the case
/// file writes one (otherwise the date is today's, written nowhere).
fn with_case_date(diagnostic: Diagnostic, case: &Case) -> Diagnostic {
    match case.date {
        Some(_) => diagnostic.with_label("date", "the case date"),
        None => diagnostic,
    }
}

fn check_referral(case: &Case, problems: &mut Vec<Diagnostic>) {
    let Some(referral) = &case.referral else {
        return;
    };
    match (&referral.name, &referral.kind) {
        (None, None) => problems.push(
            Diagnostic::new(Code::InvalidReferral, "the referral names nobody")
                .at_path("referral")
                .with_help("write `name:` for a colleague, or `kind:` for the kind of provider to look for"),
        ),
        (Some(_), Some(_)) => problems.push(
            Diagnostic::new(Code::InvalidReferral, "the referral gives both a name and a kind of provider")
                .at_path("referral.kind")
                .with_label("referral.name", "the name")
                .with_help("keep `name` for a colleague, or `kind` alone for a kind of provider"),
        ),
        _ => {}
    }
    if referral.kind.is_some() && (referral.company.is_some() || referral.contact.is_some()) {
        problems.push(
            Diagnostic::new(
                Code::InvalidReferral,
                "`company` and `contact` belong to a named referral",
            )
            .at_path("referral.kind")
            .with_label(
                if referral.company.is_some() {
                    "referral.company"
                } else {
                    "referral.contact"
                },
                "for a named referral only",
            )
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
                Diagnostic::new(Code::MissingValue, "the invoice has no number")
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
        problems.push(currency_problem(&money.currency).at_path(format!("{path}.currency")));
    }
    let amount = money.amount.0;
    if amount.is_sign_negative() && !amount.is_zero() {
        problems.push(
            Diagnostic::new(
                Code::InvalidValue,
                format!("the amount {amount} is negative"),
            )
            .at_path(format!("{path}.amount"))
            .with_help("write the amount without a sign"),
        );
    } else if amount > rust_decimal::Decimal::from(MAX_AMOUNT) {
        problems.push(
            Diagnostic::new(
                Code::InvalidValue,
                format!("the amount {amount} is implausibly large"),
            )
            .at_path(format!("{path}.amount"))
            .with_help("amounts are written in currency units, e.g. 1200.00"),
        );
    }
    let iso_exponent = currency.and_then(|c| c.exponent());
    let written = currency.and_then(|c| crate::l10n::written_decimals(c.code()));
    if let (Some(exponent), Some(written)) = (iso_exponent, written)
        && u16::from(written) < exponent
        && amount.normalize().scale() > u32::from(written)
    {
        // ISO 4217 has subunits the currency no longer uses (the afghani's puls),
        // and the formatter would round them away in the documents.
        problems.push(
            Diagnostic::new(
                Code::InvalidValue,
                format!(
                    "{amount} has more decimals than {} amounts are written with ({written})",
                    money.currency.0
                ),
            )
            .at_path(format!("{path}.amount"))
            .with_help(format!(
                "{} amounts are written with {written} decimals, as CLDR writes them: round the amount so that the documents show it exactly",
                money.currency.0
            )),
        );
    } else if let Some(exponent) = iso_exponent
        && amount.normalize().scale() > u32::from(exponent)
    {
        problems.push(
            Diagnostic::new(
                Code::InvalidValue,
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

/// Why a code is no currency to write an amount in. Each message is true of its
/// class: XAU is an ISO 4217 code, just not one of money a client pays.
fn currency_problem(code: &CurrencyCode) -> Diagnostic {
    const EXAMPLES: &str = "such as EUR, USD, GBP, RON or CHF";
    let written = code.0.escape_debug();
    match code.kind() {
        CurrencyKind::NotMoney(currency) => Diagnostic::new(
            Code::UnsupportedCurrency,
            format!(
                "`{written}` is the ISO 4217 code for “{}”, not a currency an invoice can be paid in",
                currency.name()
            ),
        )
        .with_help(format!("write the code of the currency the client pays in, {EXAMPLES}")),
        CurrencyKind::Fund { fund, paid_in } => Diagnostic::new(
            Code::UnsupportedCurrency,
            format!(
                "`{written}` is an ISO 4217 fund code (“{}”), not a currency: adieu writes amounts in the currency they are paid in",
                fund.name()
            ),
        )
        .with_help(match paid_in {
            Some(ordinary) => format!("write the amount in {}, the {}", ordinary.code(), ordinary.name()),
            None => format!("write the code of the currency the client pays in, {EXAMPLES}"),
        }),
        CurrencyKind::Money(_) | CurrencyKind::Unknown => {
            let capitals = CurrencyCode(code.0.to_ascii_uppercase());
            let help = match capitals.kind() {
                CurrencyKind::Money(currency) if capitals.0 != code.0 => {
                    format!("ISO 4217 codes are written in capitals: `{}`", currency.code())
                }
                _ => format!("write a three-letter code in capitals, {EXAMPLES}"),
            };
            Diagnostic::new(
                Code::UnknownCurrency,
                format!("`{written}` is not an ISO 4217 currency code"),
            )
            .with_help(help)
        }
    }
}

/// The sender's name and email may come from the config file, so only the merged case
/// can tell whether they are missing.
fn check_sender(case: &Case, problems: &mut Vec<Diagnostic>) {
    let sender = &case.sender;
    for (field, value, what) in [
        ("name", sender.name.as_deref(), "name"),
        ("email", sender.email.as_deref(), "email address"),
    ] {
        match value {
            None => problems.push(
                Diagnostic::new(Code::MissingField, format!("the case gives no sender {what}"))
                    .at_path(format!("sender.{field}"))
                    .with_help(format!(
                        "add `{field}:` under `sender:`, or write it once in your config file (`adieu config init`)"
                    )),
            ),
            Some(address) if field == "email" => check_email(address, "sender.email", problems),
            Some(_) => {}
        }
    }
}

/// Checks that `address` is a plain, plausible email address.
pub(crate) fn check_email(address: &str, path: &str, problems: &mut Vec<Diagnostic>) {
    if hidden::find(address).is_some() || encoded_word(address).is_some() || is_placeholder(address)
    {
        // Reported by `check_text`, which names the character, the encoded word or
        // the placeholder.
        return;
    }
    let plausible = EmailAddress::parse_with_options(
        address,
        email_address::Options::default()
            .without_display_text()
            .without_domain_literal(),
    )
    .is_ok_and(|email| email.domain().contains('.'));
    let (local, domain) = address.rsplit_once('@').unwrap_or((address, ""));
    if plausible && !local.is_ascii() {
        problems.push(
            Diagnostic::new(
                Code::NonAsciiLocalPart,
                format!("`{address}` has letters outside ASCII before the `@`"),
            )
            .at_path(path)
            .with_help("adieu writes drafts for ordinary mail systems, which cannot deliver to such an address: ask the client for an ASCII one"),
        );
        return;
    }
    // The domain goes into the draft's headers in punycode: it must have one.
    let ascii = plausible
        .then(|| idna::domain_to_ascii(domain).ok())
        .flatten();
    if plausible && ascii.is_none() {
        problems.push(
            Diagnostic::new(
                Code::InvalidEmail,
                format!("the domain of `{address}` is not a valid internationalised domain name"),
            )
            .at_path(path)
            .with_help("check the part after the `@` letter by letter"),
        );
        return;
    }
    if let Some(label) = mixed_script_label(domain) {
        problems.push(
            Diagnostic::new(
                Code::MixedScriptDomain,
                format!("the domain of `{address}` mixes scripts in `{label}`, as look-alike domains do"),
            )
            .at_path(path)
            .with_help("check that the address is the client's real one: a Cyrillic `а` looks like a Latin `a` but leads elsewhere"),
        );
    }
    if !plausible {
        problems.push(
            Diagnostic::new(
                Code::InvalidEmail,
                format!("`{}` is not an email address", address.escape_debug()),
            )
            .at_path(path)
            .with_help("write a plain address such as name@example.com, without a display name"),
        );
    }
}

/// The first label of `domain` that mixes letters of several scripts (Latin with
/// Cyrillic or Greek, say): how look-alike domains are made.
fn mixed_script_label(domain: &str) -> Option<&str> {
    use icu_properties::props::Script;
    let scripts = icu_properties::CodePointMapData::<Script>::new();
    domain.split('.').find(|label| {
        let mut seen = None;
        label.chars().any(|c| {
            let script = scripts.get(c);
            if matches!(script, Script::Common | Script::Inherited | Script::Unknown) {
                return false;
            }
            *seen.get_or_insert(script) != script
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(yaml: &str) -> Case {
        super::super::parse(yaml).unwrap()
    }

    const BASE: &str = "language: en\nreason: capacity\nsender: { name: A, email: a@b.example }\nclient: { contact: { name: B }, email: b@c.example }\n";

    fn codes(extra: &str, today: Date) -> Vec<&'static str> {
        validate(&case(&format!("{BASE}{extra}")), today)
            .iter()
            .map(|d| d.code.as_str())
            .collect()
    }

    #[test]
    fn a_valid_notice_has_no_problem() {
        assert!(codes("notice: { days: 30 }\n", jiff::civil::date(2026, 11, 22)).is_empty());
    }

    #[test]
    fn notice_rules() {
        let today = jiff::civil::date(2026, 11, 22);
        assert_eq!(codes("notice: {}\n", today), ["invalid-notice"]);
        assert_eq!(
            codes("notice: { days: 3, until: 2026-12-01 }\n", today),
            ["invalid-notice"]
        );
        assert_eq!(codes("notice: { days: 400 }\n", today), ["invalid-value"]);
        assert_eq!(
            codes("notice: { until: 2026-11-01 }\n", today),
            ["invalid-value"]
        );
        assert_eq!(
            codes("notice: { immediate: true }\n", today),
            ["invalid-notice"]
        );
        assert_eq!(
            codes("notice: { days: 3, milestone: x }\n", today),
            ["invalid-notice"]
        );
        assert_eq!(
            codes(
                "contract: { notice_days: 30 }\nnotice: { until: 2026-12-01 }\n",
                today
            ),
            ["notice-too-short"]
        );
        assert_eq!(
            codes("notice: { until: 2027-11-22 }\n", today),
            Vec::<&str>::new()
        );
        assert_eq!(
            codes("notice: { until: 2027-11-23 }\n", today),
            ["invalid-value"]
        );
        assert_eq!(
            codes("notice: { until: 9999-12-31 }\n", today),
            ["invalid-value"]
        );
        assert_eq!(
            codes("notice: { days: 365 }\n", jiff::civil::date(9999, 12, 1)),
            ["invalid-value"]
        );
    }
}
