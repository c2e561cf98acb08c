//! Properties over generated input: every valid case renders in every combination of
//! reason, channel, language, gender, tone and notice form, with the end date and
//! every close-out item and no template or Fluent artefact; and no input at all —
//! arbitrary bytes or arbitrary YAML — makes adieu panic.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::OnceLock;

use adieu::case::{Overrides, Reason};
use adieu::compose::Composer;
use adieu::error::Error;
use adieu::input::Source;
use adieu::l10n::{Catalog, Language, Localizer};
use adieu::render::{Channel, Format};
use jiff::ToSpan;
use jiff::civil::{Date, date};
use proptest::prelude::*;

use crate::support::LANGUAGES;

/// Every reason code, as the case file writes it.
fn reasons() -> Vec<&'static str> {
    Reason::ALL.map(Reason::code).to_vec()
}
const CHANNELS: [Channel; 3] = [Channel::Letter, Channel::Email, Channel::Call];
const FORMATS: [Format; 2] = [Format::Text, Format::Markdown];
const TODAY: Date = date(2026, 11, 23);

/// One composer per channel and format, shared by all cases so that each language's
/// locale files are parsed once.
fn composer(channel: Channel, format: Format) -> &'static Composer {
    static COMPOSERS: OnceLock<HashMap<(Channel, Format), Composer>> = OnceLock::new();
    let composers = COMPOSERS.get_or_init(|| {
        CHANNELS
            .iter()
            .flat_map(|&c| FORMATS.iter().map(move |&f| (c, f)))
            .map(|(c, f)| ((c, f), Composer::new(c, f, Catalog::embedded())))
            .collect()
    });
    &composers[&(channel, format)]
}

fn long_date(language: &str, day: Date) -> String {
    static LOCALIZERS: OnceLock<HashMap<&'static str, Localizer>> = OnceLock::new();
    let localizers = LOCALIZERS.get_or_init(|| {
        let catalog = Catalog::embedded();
        LANGUAGES
            .iter()
            .map(|&tag| {
                let language = Language::resolve(tag, &catalog).expect("a supported language");
                (
                    tag,
                    Localizer::new(language, &catalog).expect("locale files load"),
                )
            })
            .collect()
    });
    localizers[language].long_date(day)
}

#[derive(Debug, Clone)]
enum NoticeForm {
    Days(u16),
    Until(i64),
    Milestone(i64, String),
    Immediate,
}

#[derive(Debug, Clone)]
struct Generated {
    reason: &'static str,
    channel: Channel,
    format: Format,
    language: &'static str,
    gender: &'static str,
    tone: &'static str,
    notice: NoticeForm,
    company: bool,
    contract: Option<(String, u16)>,
    referral: Option<(bool, String)>,
    invoices: Vec<(String, u32, &'static str)>,
    deliverables: Vec<String>,
    handover: Vec<String>,
    continuing: Vec<String>,
}

/// Free text as a user writes it: letters, digits and spaces, starting with a letter
/// (so that Markdown escaping leaves it as it is), with letters from all five languages.
fn text() -> impl Strategy<Value = String> {
    "[A-Za-zÀ-ÿăâîșțčďľňšťžĺŕ][A-Za-z0-9À-ÿăâîșțčďľňšťžĺŕ ]{0,30}[A-Za-z0-9]"
        .prop_map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn notice(reason: &'static str) -> BoxedStrategy<NoticeForm> {
    let mut forms = vec![
        (0u16..=365).prop_map(NoticeForm::Days).boxed(),
        (0i64..=365).prop_map(NoticeForm::Until).boxed(),
        ((0i64..=365), text())
            .prop_map(|(days, m)| NoticeForm::Milestone(days, m))
            .boxed(),
    ];
    if matches!(reason, "conduct" | "ethics") {
        forms.push(Just(NoticeForm::Immediate).boxed());
    }
    proptest::strategy::Union::new(forms).boxed()
}

fn generated() -> impl Strategy<Value = Generated> {
    proptest::sample::select(reasons())
        .prop_flat_map(|reason| {
            (
                (
                    Just(reason),
                    proptest::sample::select(CHANNELS.to_vec()),
                    proptest::sample::select(FORMATS.to_vec()),
                    proptest::sample::select(LANGUAGES.to_vec()),
                    proptest::sample::select(vec!["female", "male", "unspecified"]),
                    proptest::sample::select(vec!["warm", "neutral", "firm"]),
                    notice(reason),
                    any::<bool>(),
                ),
                (
                    proptest::option::of((text(), 0u16..=30)),
                    proptest::option::of((any::<bool>(), text())),
                    proptest::collection::vec(
                        (
                            "[A-Z]{2,4}-[0-9]{1,5}",
                            0u32..=5_000_000,
                            proptest::sample::select(vec![
                                "EUR", "USD", "GBP", "RON", "CHF", "JPY",
                            ]),
                        ),
                        0..3,
                    ),
                    proptest::collection::vec(text(), 0..3),
                    proptest::collection::vec(text(), 0..3),
                    proptest::collection::vec(text(), 0..2),
                ),
            )
        })
        .prop_map(
            |(
                (reason, channel, format, language, gender, tone, notice, company),
                (contract, referral, invoices, deliverables, handover, continuing),
            )| Generated {
                reason,
                channel,
                format,
                language,
                gender,
                tone,
                notice,
                company,
                contract,
                referral,
                invoices,
                deliverables,
                handover,
                continuing,
            },
        )
}

impl Generated {
    fn end(&self) -> Date {
        match &self.notice {
            NoticeForm::Days(days) => TODAY + i64::from(*days).days(),
            NoticeForm::Until(days) | NoticeForm::Milestone(days, _) => TODAY + days.days(),
            NoticeForm::Immediate => TODAY,
        }
    }

    fn yaml(&self) -> String {
        let mut y = String::new();
        let _ = writeln!(
            y,
            "language: {}\ndate: {TODAY}\ntone: {}\nreason: {}",
            self.language, self.tone, self.reason
        );
        let _ = writeln!(
            y,
            "sender:\n  name: Ana Popescu\n  email: ana@studio.example"
        );
        if self.company {
            let _ = writeln!(y, "  company: Studio Nord");
        }
        let _ = writeln!(
            y,
            "client:\n  contact: {{ name: Jean Dupont, gender: {} }}\n  email: jean@client.example",
            self.gender
        );
        let given = match &self.notice {
            NoticeForm::Days(days) => {
                let _ = writeln!(y, "notice:\n  days: {days}");
                i64::from(*days)
            }
            NoticeForm::Until(days) => {
                let _ = writeln!(y, "notice:\n  until: {}", self.end());
                *days
            }
            NoticeForm::Milestone(days, milestone) => {
                let _ = writeln!(
                    y,
                    "notice:\n  until: {}\n  milestone: \"{milestone}\"",
                    self.end()
                );
                *days
            }
            NoticeForm::Immediate => {
                let _ = writeln!(y, "notice:\n  immediate: true");
                0
            }
        };
        if let Some((title, minimum)) = &self.contract {
            let minimum = i64::from(*minimum).min(given);
            let _ = writeln!(
                y,
                "contract:\n  title: \"{title}\"\n  notice_days: {minimum}"
            );
        }
        if let Some((named, who)) = &self.referral {
            let field = if *named { "name" } else { "kind" };
            let _ = writeln!(y, "referral:\n  {field}: \"{who}\"");
        }
        y.push_str("closeout:\n  invoices:\n");
        for (number, cents, currency) in &self.invoices {
            let amount = if *currency == "JPY" {
                format!("{}", cents / 100)
            } else {
                format!("{}.{:02}", cents / 100, cents % 100)
            };
            let _ = writeln!(
                y,
                "    - {{ number: \"{number}\", amount: {amount}, currency: {currency} }}"
            );
        }
        y.push_str("  deliverables:\n");
        for item in &self.deliverables {
            let _ = writeln!(y, "    - {{ item: \"{item}\" }}");
        }
        for (name, items) in [
            ("handover", &self.handover),
            ("continuing", &self.continuing),
        ] {
            let _ = writeln!(y, "  {name}:");
            for item in items {
                let _ = writeln!(y, "    - \"{item}\"");
            }
        }
        y.replace(
            "  invoices:\n  deliverables",
            "  invoices: []\n  deliverables",
        )
        .replace(
            "  deliverables:\n  handover",
            "  deliverables: []\n  handover",
        )
        .replace("  handover:\n  continuing", "  handover: []\n  continuing")
        .trim_end()
        .trim_end_matches("  continuing:")
        .to_owned()
            + "\n"
    }
}

/// Collapses every run of whitespace (line breaks from wrapping, no-break spaces)
/// into one space, so that phrases are found wherever lines were broken.
fn flat(text: &str) -> String {
    text.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Markdown as a reader sees it: backslash escapes and hard line breaks removed.
fn unescape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('\\', Some(next)) if next.is_ascii_punctuation() || *next == '\n' => {}
            _ => out.push(c),
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn every_valid_case_renders_completely(case in generated()) {
        let yaml = case.yaml();
        let source = Source::from_bytes("generated.yaml", yaml.clone().into_bytes()).expect("small UTF-8");
        let overrides = Overrides { language: None, date: None, today: TODAY };
        let document = match composer(case.channel, case.format).compose(&source, overrides) {
            Ok(document) => document,
            Err(Error::InvalidCase { diagnostics, .. }) => {
                return Err(TestCaseError::fail(format!("refused:\n{yaml}\n{diagnostics:#?}")));
            }
            Err(other) => return Err(TestCaseError::fail(format!("{other}\n{yaml}"))),
        };
        let rendered = document.document.text().expect("a text format");
        let text = match case.format {
            Format::Markdown => flat(&unescape_markdown(rendered)),
            Format::Text => flat(rendered),
            other => unreachable!("the properties are checked on text and Markdown, not {other}"),
        };
        prop_assert!(document.notes.is_empty(), "notes: {:?}", document.notes);
        // An immediate ending has no separate end date: the letter's date line is it,
        // while the email and the call say "with immediate effect".
        if !matches!(case.notice, NoticeForm::Immediate) || case.channel == Channel::Letter {
            let end = flat(&long_date(case.language, case.end()));
            prop_assert!(text.contains(&end), "no end date `{end}` in:\n{}", rendered);
        }
        let items = case.invoices.iter().map(|i| &i.0)
            .chain(&case.deliverables)
            .chain(&case.handover)
            .chain(&case.continuing);
        for item in items {
            prop_assert!(text.contains(item.as_str()), "no `{item}` in:\n{}", rendered);
        }
        for artefact in ["{", "}", "\u{2068}", "\u{2069}", "\u{E000}"] {
            prop_assert!(!rendered.contains(artefact), "`{artefact}` in:\n{}", rendered);
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let outcome = Source::from_bytes("bytes.yaml", bytes).and_then(|source| {
            let overrides = Overrides { language: None, date: None, today: TODAY };
            composer(Channel::Letter, Format::Text).compose(&source, overrides)
        });
        if let Err(error) = outcome {
            prop_assert!(matches!(error, Error::InvalidCase { .. }), "{error}");
        }
    }

    #[test]
    fn arbitrary_yaml_never_panics(yaml in yaml_document()) {
        let source = Source::from_bytes("any.yaml", yaml.into_bytes()).expect("small UTF-8");
        let overrides = Overrides { language: None, date: None, today: TODAY };
        for channel in CHANNELS {
            match composer(channel, Format::Markdown).compose(&source, overrides) {
                Ok(composed) => prop_assert!(!composed.document.as_bytes().is_empty()),
                Err(Error::InvalidCase { file, source_text, diagnostics }) => {
                    prop_assert!(!diagnostics.is_empty());
                    for diagnostic in &diagnostics {
                        let rendered = diagnostic.render(&file, &source_text, false);
                        prop_assert!(rendered.contains(diagnostic.code.as_str()));
                    }
                }
                Err(other) => return Err(TestCaseError::fail(other.to_string())),
            }
        }
    }
}

/// YAML built from the case format's own field names and values, nested and mixed
/// with wrong kinds, odd scalars, anchors and aliases, so that most documents get
/// deep into the schema and validation rather than failing at the first character.
fn yaml_document() -> impl Strategy<Value = String> {
    let scalar = prop_oneof![
        Just("~".to_owned()),
        Just("".to_owned()),
        Just("true".to_owned()),
        Just("yes".to_owned()),
        Just("2026-02-30".to_owned()),
        Just("2026-12-24".to_owned()),
        Just("9999-12-31".to_owned()),
        Just("-1".to_owned()),
        Just("30".to_owned()),
        Just("65536".to_owned()),
        Just("1e400".to_owned()),
        Just("0.001".to_owned()),
        Just("EUR".to_owned()),
        Just("a@b.example".to_owned()),
        Just("\"\\r\\nBcc: x@y.example\"".to_owned()),
        Just("\"\\e[31m\\0\"".to_owned()),
        Just("'<script>&amp;'".to_owned()),
        Just("!!python/object x".to_owned()),
        Just("*anchor".to_owned()),
        Just("&anchor value".to_owned()),
        prop::sample::select(reasons()).prop_map(str::to_owned),
        prop::sample::select(LANGUAGES.to_vec()).prop_map(str::to_owned),
        "[a-zA-Z0-9 ,.:#-]{0,12}",
    ];
    let key = prop_oneof![
        prop::sample::select(vec![
            "language",
            "date",
            "tone",
            "reason",
            "sender",
            "client",
            "contract",
            "notice",
            "referral",
            "closeout",
            "name",
            "email",
            "contact",
            "gender",
            "company",
            "days",
            "until",
            "milestone",
            "immediate",
            "kind",
            "invoices",
            "number",
            "amount",
            "currency",
            "due",
            "deliverables",
            "item",
            "by",
            "handover",
            "data",
            "refund",
            "continuing",
            "notice_days",
            "title",
            "<<",
        ])
        .prop_map(str::to_owned),
        "[a-z]{1,6}",
    ];
    let leaf = scalar.prop_map(|s| s);
    let tree = leaf.prop_recursive(5, 64, 6, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..5)
                .prop_map(|items| format!("[{}]", items.join(", "))),
            proptest::collection::vec((key.clone(), inner), 0..7).prop_map(|pairs| {
                let body: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}: {v}")).collect();
                format!("{{{}}}", body.join(", "))
            }),
        ]
    });
    tree.prop_map(|flow| {
        // Half the documents are unwrapped into block style at the top level.
        match flow.strip_prefix('{').and_then(|f| f.strip_suffix('}')) {
            Some(body) if body.len() % 2 == 0 => body.replace(", ", "\n"),
            _ => flow,
        }
    })
}
