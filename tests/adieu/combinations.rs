//! The localisation gate, part 2: every combination of reason, tone, client gender,
//! notice form, voice, channel, format and language renders, with and without each
//! close-out part, and every document is clean, free of English when it is not in
//! English, and typeset the way its language wants.

use std::sync::Arc;

use adieu::case::{
    Amount, Case, CaseDate, Client, Closeout, Contact, Contract, CurrencyCode, DataHandling,
    Deliverable, Gender, Invoice, Item, Money, Notice, Reason, Referral, Sender, Tone, Valid,
};
use adieu::l10n::{Catalog, Language, Localizer};
use adieu::plan::Plan;
use adieu::render::{Channel, Format, Renderer, Templates};
use jiff::civil::{Date, date};
use rust_decimal::Decimal;

use crate::checks;
use crate::lint;

const TODAY: Date = date(2026, 11, 23);

/// One close-out part, alone.
#[derive(Debug, Clone, Copy)]
pub enum Part {
    InvoiceDated,
    InvoiceUndated,
    DeliverableDated,
    DeliverableUndated,
    Handover,
    Data(DataHandling),
    Refund,
    Continuing,
}

const PARTS: [Part; 10] = [
    Part::InvoiceDated,
    Part::InvoiceUndated,
    Part::DeliverableDated,
    Part::DeliverableUndated,
    Part::Handover,
    Part::Data(DataHandling::Return),
    Part::Data(DataHandling::Delete),
    Part::Data(DataHandling::KeepAsRequired),
    Part::Refund,
    Part::Continuing,
];

/// The free text of the cases below: names and codes that read the same in every
/// language, so that any English word in an output comes from adieu.
pub const DATA: &[&str] = &[
    "Ana Novak",
    "CEO",
    "Novak Lab",
    "ana@novak.example",
    "+421 900 111 222",
    "Hlavná 1",
    "811 01 Bratislava",
    "Bratislava",
    "Orbis AG",
    "Maria Lopez",
    "maria@orbis.example",
    "Via Roma 5",
    "00100 Roma",
    "Orbis 7",
    "R-77",
    "Alfa 2.0",
    "Tomas Hudec",
    "Hudec Lab",
    "tomas@hudec.example",
    "Omega",
    "F-101",
    "F-102",
    "Beta",
    "Gama",
    "Delta",
    "Kappa",
];

fn day(y: i16, m: i8, d: i8) -> Option<CaseDate> {
    Some(CaseDate(date(y, m, d)))
}

fn money(amount: &str, currency: &str) -> (Amount, CurrencyCode) {
    (
        Amount(amount.parse::<Decimal>().expect("an amount")),
        CurrencyCode(currency.into()),
    )
}

/// The close-out with the given parts.
pub fn closeout(parts: &[Part]) -> Closeout {
    let mut closeout = Closeout::default();
    for part in parts {
        match part {
            Part::InvoiceDated => {
                let (amount, currency) = money("1200.50", "EUR");
                closeout.invoices.push(Invoice {
                    number: "F-101".into(),
                    amount,
                    currency,
                    due: day(2026, 12, 1),
                });
            }
            Part::InvoiceUndated => {
                let (amount, currency) = money("99", "CHF");
                closeout.invoices.push(Invoice {
                    number: "F-102".into(),
                    amount,
                    currency,
                    due: None,
                });
            }
            Part::DeliverableDated => closeout.deliverables.push(Deliverable {
                item: Item::Text("Beta".into()),
                by: day(2027, 1, 21),
            }),
            Part::DeliverableUndated => closeout.deliverables.push(Deliverable {
                item: Item::Text("Gama".into()),
                by: None,
            }),
            Part::Handover => closeout.handover.push(Item::Text("Delta".into())),
            Part::Data(data) => closeout.data = Some(*data),
            Part::Refund => {
                let (amount, currency) = money("12345.6", "RON");
                closeout.refund = Some(Money { amount, currency });
            }
            Part::Continuing => closeout.continuing.push(Item::Text("Kappa".into())),
        }
    }
    closeout
}

/// How the notice is given.
#[derive(Debug, Clone, Copy)]
pub enum NoticeForm {
    Days(u16),
    Until,
    Milestone,
    Immediate,
}

/// A case with every choice made.
#[derive(Debug, Clone, Copy)]
pub struct Choice {
    pub reason: Reason,
    pub tone: Tone,
    pub gender: Gender,
    pub notice: NoticeForm,
    /// With a company, the sender writes as "we".
    pub company: bool,
    /// 0: no contract; 1: a title; 2: a title and reference; 3: also a minimum notice.
    pub contract: u8,
    /// 0: no referral; 1: a person; 2: a kind of provider.
    pub referral: u8,
    /// Whether the sender gives a place for the date line.
    pub place: bool,
}

/// The case of a choice, with the given close-out.
pub fn case(choice: Choice, closeout: Closeout) -> Case {
    let notice = match choice.notice {
        NoticeForm::Days(days) => Notice {
            days: Some(days),
            ..Notice::default()
        },
        NoticeForm::Until => Notice {
            until: day(2027, 2, 1),
            ..Notice::default()
        },
        NoticeForm::Milestone => Notice {
            until: day(2027, 3, 11),
            milestone: Some("Alfa 2.0".into()),
            ..Notice::default()
        },
        NoticeForm::Immediate => Notice {
            immediate: Some(true),
            ..Notice::default()
        },
    };
    Case {
        language: None,
        date: day(2026, 11, 23),
        tone: Some(choice.tone),
        reason: choice.reason,
        sender: Sender {
            name: Some("Ana Novak".into()),
            role: Some("CEO".into()),
            company: choice.company.then(|| "Novak Lab".into()),
            email: Some("ana@novak.example".into()),
            phone: Some("+421 900 111 222".into()),
            address: vec!["Hlavná 1".into(), "811 01 Bratislava".into()],
            place: choice.place.then(|| "Bratislava".into()),
        },
        client: Client {
            company: Some("Orbis AG".into()),
            contact: Contact {
                name: "Maria Lopez".into(),
                surname: None,
                gender: choice.gender,
                phone: choice.company.then(|| "+39 06 0000 1234".into()),
            },
            email: "maria@orbis.example".into(),
            phone: Some("+39 06 0000 0000".into()),
            address: vec!["Via Roma 5".into(), "00100 Roma".into()],
        },
        contract: (choice.contract > 0).then(|| Contract {
            title: Some("Orbis 7".into()),
            reference: (choice.contract > 1).then(|| "R-77".into()),
            signed: day(2024, 5, 2),
            // A minimum the notice meets: adieu renders only a valid case.
            notice_days: (choice.contract > 2).then_some(match choice.notice {
                NoticeForm::Days(days) => days.min(21),
                _ => 21,
            }),
        }),
        notice,
        referral: match choice.referral {
            1 => Some(Referral {
                name: Some("Tomas Hudec".into()),
                company: Some("Hudec Lab".into()),
                contact: Some("tomas@hudec.example".into()),
                kind: None,
            }),
            2 => Some(Referral {
                name: None,
                company: None,
                contact: None,
                kind: Some("Omega".into()),
            }),
            _ => None,
        },
        closeout,
        letterhead: None,
    }
}

/// Renders cases in one language, every channel and format.
pub struct Writer {
    pub localizer: Arc<Localizer>,
    renderers: Vec<(Channel, Format, Renderer)>,
}

impl Writer {
    /// A writer for `tag` with the given locales.
    pub fn new(tag: &str, catalog: &Catalog) -> Writer {
        let language = Language::resolve(tag, catalog).expect("a supported tag");
        let localizer = Arc::new(Localizer::new(language, catalog).expect("locales parse"));
        let templates = Templates::embedded();
        let mut renderers = Vec::new();
        for channel in [Channel::Letter, Channel::Email, Channel::Call] {
            for format in [Format::Text, Format::Markdown] {
                let renderer = Renderer::new(channel, format, Arc::clone(&localizer), &templates)
                    .expect("templates parse");
                renderers.push((channel, format, renderer));
            }
        }
        Writer {
            localizer,
            renderers,
        }
    }

    /// Every document of one case: `(channel, format, text)`. Each must be written in
    /// its language's own words: a message taken from English fails here.
    pub fn documents(&self, case: &Case) -> Vec<(Channel, Format, String)> {
        let valid = Valid::check(case.clone(), TODAY)
            .unwrap_or_else(|problems| panic!("an invalid combination: {problems:?}"));
        let plan = Plan::new(&valid, &self.localizer).expect("a plan");
        self.renderers
            .iter()
            .map(|(channel, format, renderer)| {
                let (text, fallbacks) = renderer
                    .render(&plan)
                    .unwrap_or_else(|e| panic!("{channel} {format}: {e}"));
                assert!(
                    fallbacks.is_empty(),
                    "{} {channel} {format}: taken from English: {fallbacks:?}",
                    plan.lang
                );
                let text = text.text().expect("a text format").to_owned();
                (*channel, *format, text)
            })
            .collect()
    }
}

/// Every choice: the full product of reason, tone, gender, notice form and voice,
/// with the contract, referral and place varying along.
pub fn choices() -> Vec<Choice> {
    let mut choices = Vec::new();
    let mut n = 0u8;
    for reason in Reason::ALL {
        let notices: &[NoticeForm] = if reason.is_breach() {
            &[
                NoticeForm::Days(30),
                NoticeForm::Until,
                NoticeForm::Milestone,
                NoticeForm::Immediate,
            ]
        } else {
            &[
                NoticeForm::Days(30),
                NoticeForm::Until,
                NoticeForm::Milestone,
            ]
        };
        for tone in [Tone::Warm, Tone::Neutral, Tone::Firm] {
            for gender in [Gender::Female, Gender::Male, Gender::Unspecified] {
                for &notice in notices {
                    for company in [true, false] {
                        n = n.wrapping_add(1);
                        choices.push(Choice {
                            reason,
                            tone,
                            gender,
                            notice,
                            company,
                            contract: n % 4,
                            referral: (n / 4) % 3,
                            place: !n.is_multiple_of(5),
                        });
                    }
                }
            }
        }
    }
    choices
}

/// Everything wrong with one document in `tag`.
pub fn problems(tag: &str, text: &str, data: &[String]) -> Vec<String> {
    let language = tag.split('-').next().unwrap_or(tag);
    let mut problems = checks::clean(text);
    problems.extend(checks::typography(tag, text));
    if language != "en" {
        problems.extend(checks::english_leaks(text));
    }
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for value in data {
        if !flat.contains(value.as_str()) {
            problems.push(format!("the case's {value:?} is missing"));
        }
    }
    problems
}

/// The close-out values a document must show.
fn closeout_data(closeout: &Closeout) -> Vec<String> {
    let mut data: Vec<String> = closeout.invoices.iter().map(|i| i.number.clone()).collect();
    let own = |text: Option<&str>| text.map(str::to_owned);
    data.extend(
        closeout
            .deliverables
            .iter()
            .filter_map(|d| own(d.item.text())),
    );
    data.extend(closeout.handover.iter().filter_map(|i| own(i.text())));
    data.extend(closeout.continuing.iter().filter_map(|i| own(i.text())));
    data
}

#[test]
fn every_combination_renders_cleanly_in_every_language() {
    let catalog = Catalog::embedded();
    let choices = choices();
    // Every locale folder, regional ones included: a new language is checked as
    // soon as its folder exists.
    let tags = lint::folders();
    let all = closeout(&[
        Part::InvoiceDated,
        Part::InvoiceUndated,
        Part::DeliverableDated,
        Part::DeliverableUndated,
        Part::Handover,
        Part::Data(DataHandling::Delete),
        Part::Refund,
        Part::Continuing,
    ]);
    let failures: Vec<String> = std::thread::scope(|scope| {
        let workers: Vec<_> = tags
            .iter()
            .map(|tag| {
                let (catalog, choices, all) = (&catalog, &choices, &all);
                scope.spawn(move || {
                    let writer = Writer::new(tag, catalog);
                    let mut failures = Vec::new();
                    let mut count = 0;
                    for (i, choice) in choices.iter().enumerate() {
                        // Every choice with the whole close-out, and with none.
                        let closeout = if i.is_multiple_of(2) {
                            all.clone()
                        } else {
                            Closeout::default()
                        };
                        let data = closeout_data(&closeout);
                        let case = case(*choice, closeout);
                        for (channel, format, text) in writer.documents(&case) {
                            count += 1;
                            let found = problems(tag, &text, &data);
                            if !found.is_empty() {
                                failures.push(format!(
                                    "{tag} {channel} {format} {choice:?}:\n  {}{}",
                                    found.join("\n  "),
                                    if failures.is_empty() {
                                        format!("\n{text}")
                                    } else {
                                        String::new()
                                    }
                                ));
                            }
                        }
                    }
                    assert_eq!(count, choices.len() * 6, "{tag}");
                    failures
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("no panic"))
            .collect()
    });
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_close_out_part_renders_alone_in_every_language() {
    let catalog = Catalog::embedded();
    let mut failures = Vec::new();
    for tag in lint::folders() {
        let tag = tag.as_str();
        let writer = Writer::new(tag, &catalog);
        for (i, part) in PARTS.iter().enumerate() {
            for company in [true, false] {
                let choice = Choice {
                    reason: Reason::ALL[i % Reason::ALL.len()],
                    tone: [Tone::Warm, Tone::Neutral, Tone::Firm][i % 3],
                    gender: [Gender::Female, Gender::Male, Gender::Unspecified][i % 3],
                    notice: NoticeForm::Days([1, 2, 5, 21, 101][i % 5]),
                    company,
                    contract: (i % 4) as u8,
                    referral: (i % 3) as u8,
                    place: company,
                };
                let closeout = closeout(&[*part]);
                let data = closeout_data(&closeout);
                for (channel, format, text) in writer.documents(&case(choice, closeout)) {
                    let found = problems(tag, &text, &data);
                    if !found.is_empty() {
                        failures.push(format!(
                            "{tag} {channel} {format} {part:?}:\n  {}{}",
                            found.join("\n  "),
                            if failures.is_empty() {
                                format!("\n{text}")
                            } else {
                                String::new()
                            }
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The checks themselves catch what they are for.
#[test]
fn the_checks_catch_leaks_and_bad_typography() {
    assert_eq!(
        checks::english_leaks("Estimado Sr. Lopez: Kind regards"),
        ["English word \"Kind\"", "English word \"regards\""]
    );
    assert!(
        checks::clean("a  b\n")
            .iter()
            .any(|p| p.contains("doubled space"))
    );
    assert!(checks::clean("a ,b\n").iter().any(|p| p.contains("\" ,\"")));
    assert!(
        checks::clean("a\n\n\nb\n")
            .iter()
            .any(|p| p.contains("two empty lines"))
    );
    assert!(
        checks::clean("Dear { $name }\n")
            .iter()
            .any(|p| p.contains("\"{\""))
    );
    assert!(!checks::typography("fr", "Objet : fin").is_empty());
    assert!(checks::typography("fr", "Objet\u{202f}: «\u{202f}fin\u{202f}»").is_empty());
    assert!(!checks::typography("sk", "zmluva „Orbis 7”").is_empty());
    // Spain quotes «…», Mexico “…”: each variant is held to its own.
    assert!(checks::typography("es", "el contrato «Orbis 7»").is_empty());
    assert!(!checks::typography("es", "el contrato “Orbis 7”").is_empty());
    assert!(checks::typography("es-MX", "el contrato “Orbis 7”").is_empty());
    assert!(!checks::typography("es-MX", "el contrato «Orbis 7»").is_empty());
    assert!(!checks::typography("ro", "30 de\u{a0}zile").is_empty());
    assert!(!checks::typography("en", "30 days").is_empty());
    assert!(!checks::typography("fr", "l'expression").is_empty());
}
