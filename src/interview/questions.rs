//! The questions, in the order a person tells the story.

use super::prompt::{Kind, Prompter};
use crate::answers::{Answer, Listed};
use crate::case::{self, Reason, Tone};
use crate::cli::NewArgs;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::l10n::{Catalog, Language, Localizer};

/// Every question, skipping what the command line or the config file gives.
pub(super) fn ask(
    p: &mut Prompter<'_>,
    args: &NewArgs,
    catalog: &Catalog,
    config: Option<&Config>,
) -> Result<()> {
    language(p, args, catalog, config)?;
    sender(p, config)?;
    client(p)?;
    let reason = reason(p, args, config)?;
    contract_and_notice(p, reason, config)?;
    if !reason.is_breach() {
        referral(p)?;
    }
    closeout(p)
}

fn language(
    p: &mut Prompter<'_>,
    args: &NewArgs,
    catalog: &Catalog,
    config: Option<&Config>,
) -> Result<()> {
    if let Some(tag) = &args.lang {
        p.answers.set("language", Answer::Text(tag.clone()));
        return Ok(());
    }
    let tags: Vec<String> = catalog.folders().into_iter().collect();
    let given = config.and_then(|c| c.profile.language.as_deref());
    let preset = given.and_then(|g| tags.iter().position(|t| t.eq_ignore_ascii_case(g)));
    let mut options = Vec::new();
    for (index, tag) in tags.iter().enumerate() {
        let language = Language::resolve(tag, catalog).map_err(|e| Error::usage(e.message()))?;
        // Each language by its own name, which its speakers find in any list.
        let name = Localizer::new(language, catalog)?
            .message("language-name", &fluent_bundle::FluentArgs::new())?;
        options.push((index, format!("{name} ({tag})")));
    }
    let ui = p.ui.language().tag.as_str();
    let start = preset
        .or_else(|| tags.iter().position(|t| t == ui))
        .unwrap_or(0);
    let index = p.choose(&p.say("interview-language")?, options, start)?;
    p.answers.set("language", Answer::Code(tags[index].clone()));
    Ok(())
}

fn sender(p: &mut Prompter<'_>, config: Option<&Config>) -> Result<()> {
    /// What the config file may already give: then the question is not asked.
    type Given = fn(&case::Sender) -> bool;
    // Each field, its question, whether it needs an answer and whether the config
    // gives it; the address is a list of lines.
    let fields: [(&str, &str, bool, Given); 7] = [
        ("name", "interview-sender-name", true, |s| s.name.is_some()),
        ("company", "interview-sender-company", false, |s| {
            s.company.is_some()
        }),
        ("role", "interview-sender-role", false, |s| s.role.is_some()),
        ("email", "interview-sender-email", true, |s| {
            s.email.is_some()
        }),
        ("phone", "interview-sender-phone", false, |s| {
            s.phone.is_some()
        }),
        ("address", "interview-sender-address", false, |s| {
            !s.address.is_empty()
        }),
        ("place", "interview-sender-place", false, |s| {
            s.place.is_some()
        }),
    ];
    let given = config.and_then(|c| c.profile.sender.as_ref());
    for (field, id, required, gives) in fields {
        if given.is_some_and(gives) {
            continue;
        }
        let path = format!("sender.{field}");
        let q = p.say(id)?;
        if field == "address" {
            p.lines(&path, &q, Vec::new())?;
        } else {
            p.text(&path, &q, Kind::Text, required, None)?;
        }
    }
    Ok(())
}

fn client(p: &mut Prompter<'_>) -> Result<()> {
    let q = p.say("interview-client-company")?;
    p.text("client.company", &q, Kind::Text, false, None)?;
    let q = p.say("interview-contact-name")?;
    p.text("client.contact.name", &q, Kind::Text, true, None)?;
    let name = match p.answers.get("client.contact.name") {
        Some(Answer::Text(name)) => name.clone(),
        _ => String::new(),
    };
    let options = vec![
        ("unspecified", p.say("interview-gender-unspecified")?),
        ("female", p.say("interview-gender-female")?),
        ("male", p.say("interview-gender-male")?),
    ];
    let q = p.say_with("interview-contact-gender", "name", &name)?;
    let gender = p.choose(&q, options, 0)?;
    if gender != "unspecified" {
        p.answers
            .set("client.contact.gender", Answer::Code(gender.to_owned()));
    }
    let q = p.say_with("interview-client-email", "name", &name)?;
    p.text("client.email", &q, Kind::Text, true, None)?;
    let q = p.say("interview-client-phone")?;
    p.text("client.phone", &q, Kind::Text, false, None)?;
    let q = p.say("interview-client-address")?;
    p.lines("client.address", &q, Vec::new())
}

fn reason(p: &mut Prompter<'_>, args: &NewArgs, config: Option<&Config>) -> Result<Reason> {
    let reason = match args.reason {
        Some(reason) => reason,
        None => {
            let mut options = Vec::new();
            for reason in Reason::ALL {
                options.push((
                    reason,
                    p.say(&format!("interview-reason-{}", reason.code()))?,
                ));
            }
            p.choose(&p.say("interview-reason")?, options, 0)?
        }
    };
    p.answers
        .set("reason", Answer::Code(reason.code().to_owned()));
    let firm = matches!(reason, Reason::Payment | Reason::Conduct | Reason::Ethics);
    let usual = config.and_then(|c| c.profile.tone).unwrap_or(if firm {
        Tone::Firm
    } else {
        Tone::Neutral
    });
    let tones = [Tone::Warm, Tone::Neutral, Tone::Firm];
    let mut options = Vec::new();
    for tone in tones {
        options.push((tone, p.say(&format!("interview-tone-{}", tone.code()))?));
    }
    let start = tones.iter().position(|t| *t == usual).unwrap_or(1);
    let tone = p.choose(&p.say("interview-tone")?, options, start)?;
    p.answers.set("tone", Answer::Code(tone.code().to_owned()));
    Ok(reason)
}

fn contract_and_notice(
    p: &mut Prompter<'_>,
    reason: Reason,
    config: Option<&Config>,
) -> Result<()> {
    let mut minimum = 0;
    if p.yes(&p.say("interview-contract")?, false)? {
        let q = p.say("interview-contract-title")?;
        p.text("contract.title", &q, Kind::Text, false, None)?;
        let q = p.say("interview-contract-reference")?;
        p.text("contract.reference", &q, Kind::Text, false, None)?;
        let q = p.say("interview-contract-signed")?;
        p.text("contract.signed", &q, Kind::Text, false, None)?;
        let q = p.say("interview-contract-notice")?;
        p.text("contract.notice_days", &q, Kind::Number, false, None)?;
        if let Some(Answer::Number(days)) = p.answers.get("contract.notice_days") {
            minimum = days.parse::<u16>().unwrap_or(0);
        }
    }
    let mut options = vec![
        ("days", p.say("interview-notice-days")?),
        ("until", p.say("interview-notice-until")?),
    ];
    if reason.is_breach() {
        options.push(("immediate", p.say("interview-notice-immediate")?));
    }
    match p.choose(&p.say("interview-notice")?, options, 0)? {
        "until" => {
            let q = p.say("interview-notice-last-day")?;
            p.text("notice.until", &q, Kind::Text, true, None)?;
            let q = p.say("interview-notice-milestone")?;
            p.text("notice.milestone", &q, Kind::Text, false, None)
        }
        "immediate" => {
            p.answers
                .set("notice.immediate", Answer::Code("true".to_owned()));
            Ok(())
        }
        _ => {
            let usual = config
                .and_then(|c| c.profile.notice.as_ref())
                .and_then(|n| n.days)
                .unwrap_or(30)
                .max(minimum)
                .to_string();
            let q = p.say_number("interview-notice-count", "minimum", minimum)?;
            p.text("notice.days", &q, Kind::Number, true, Some(&usual))
        }
    }
}

fn referral(p: &mut Prompter<'_>) -> Result<()> {
    let options = vec![
        ("none", p.say("interview-referral-none")?),
        ("person", p.say("interview-referral-person")?),
        ("kind", p.say("interview-referral-kind")?),
    ];
    match p.choose(&p.say("interview-referral")?, options, 0)? {
        "person" => {
            let q = p.say("interview-referral-name")?;
            p.text("referral.name", &q, Kind::Text, true, None)?;
            let q = p.say("interview-referral-company")?;
            p.text("referral.company", &q, Kind::Text, false, None)?;
            let q = p.say("interview-referral-contact")?;
            p.text("referral.contact", &q, Kind::Text, false, None)
        }
        "kind" => {
            let q = p.say("interview-referral-what")?;
            p.text("referral.kind", &q, Kind::Text, true, None)
        }
        _ => Ok(()),
    }
}

fn closeout(p: &mut Prompter<'_>) -> Result<()> {
    let mut first = true;
    let mut currency: Option<String> = None;
    for i in 0.. {
        let id = if first {
            "interview-invoice"
        } else {
            "interview-invoice-another"
        };
        if !p.yes(&p.say(id)?, false)? {
            break;
        }
        first = false;
        let path = |field: &str| format!("closeout.invoices.{i}.{field}");
        let q = p.say("interview-invoice-number")?;
        p.text(&path("number"), &q, Kind::Text, true, None)?;
        let q = p.say("interview-invoice-amount")?;
        p.text(&path("amount"), &q, Kind::Number, true, None)?;
        let q = p.say("interview-invoice-currency")?;
        p.text(&path("currency"), &q, Kind::Text, true, currency.as_deref())?;
        if let Some(Answer::Text(code)) = p.answers.get(&path("currency")) {
            currency = Some(code.clone());
        }
        let q = p.say("interview-invoice-due")?;
        p.text(&path("due"), &q, Kind::Text, false, None)?;
    }
    first = true;
    for i in 0.. {
        let id = if first {
            "interview-deliverable"
        } else {
            "interview-deliverable-another"
        };
        if !p.yes(&p.say(id)?, false)? {
            break;
        }
        first = false;
        let path = |field: &str| format!("closeout.deliverables.{i}.{field}");
        let q = p.say("interview-deliverable-item")?;
        p.text(&path("item"), &q, Kind::Text, true, None)?;
        let q = p.say("interview-deliverable-by")?;
        p.text(&path("by"), &q, Kind::Text, false, None)?;
    }
    catalogue::<case::Handover>(p, "closeout.handover", "interview-handover")?;
    let options = vec![
        ("none", p.say("interview-data-none")?),
        ("return", p.say("interview-data-return")?),
        ("delete", p.say("interview-data-delete")?),
        (
            "keep-as-required",
            p.say("interview-data-keep-as-required")?,
        ),
    ];
    let data = p.choose(&p.say("interview-data")?, options, 0)?;
    if data != "none" {
        p.answers
            .set("closeout.data", Answer::Code(data.to_owned()));
    }
    if p.yes(&p.say("interview-refund")?, false)? {
        let q = p.say("interview-refund-amount")?;
        p.text("closeout.refund.amount", &q, Kind::Number, true, None)?;
        let q = p.say("interview-refund-currency")?;
        p.text(
            "closeout.refund.currency",
            &q,
            Kind::Text,
            true,
            currency.as_deref(),
        )?;
    }
    catalogue::<case::Continuing>(p, "closeout.continuing", "interview-continuing")
}

/// A close-out list: the catalogue's items to tick, each in the user's language
/// (adieu writes them in the client's), then anything else in the user's words.
/// A code with terms (a warranty) asks for its number of days.
fn catalogue<C: case::Catalogue>(p: &mut Prompter<'_>, path: &str, id: &str) -> Result<()> {
    // Each item as the documents word it, in the user's language; a code with
    // terms by what it is, its terms asked next.
    let mut options = Vec::new();
    for code in C::codes() {
        let plain = C::from_code(code).is_some_and(|c| c.is_ok());
        let id = if plain {
            format!("item-{code}")
        } else {
            format!("interview-item-{code}")
        };
        options.push((code, p.say(&id)?));
    }
    let mut items = Vec::new();
    for code in p.choose_many(&p.say(id)?, options)? {
        if C::from_code(code).is_some_and(|c| c.is_ok()) {
            items.push(Listed::Code(code.to_owned()));
        } else {
            let question = p.say(&format!("interview-item-{code}-days"))?;
            items.push(p.days_of(path, &question, code, &items)?);
        }
    }
    let question = p.say("interview-other-items")?;
    p.lines(path, &question, items)
}
