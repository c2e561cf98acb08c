//! Issue 13, content logic 1: an invoice says where it stands on the letter's date —
//! overdue, due that day, or still to come — in every language and format, and a
//! payment letter says what is owed in all. Round 7: the letter and the email,
//! read days later, give the date of an invoice due that day; only the call says
//! "today".

use adieu::render::{Channel, Format};

use crate::support::{adieu, flat, render, root};

/// The invoice lines of `tests/cases/invoices.yaml` (dated 2026-11-23; invoices due
/// 2026-10-31, 2026-11-23 and 2026-12-15, in euros), and its total, per language, as
/// the letter and the email write them.
const EXPECTED: [(&str, [&str; 4]); 7] = [
    (
        "en",
        [
            "Invoice A-1: €1,000.00, due on 31 October 2026 and now overdue",
            "Invoice A-2: €250.50, due on 23 November 2026",
            "Invoice A-3: €99.50, due on 15 December 2026",
            "Total outstanding: €1,350.00",
        ],
    ),
    (
        "en-US",
        [
            "Invoice A-1: €1,000.00, due on October 31, 2026, and now overdue",
            "Invoice A-2: €250.50, due on November 23, 2026",
            "Invoice A-3: €99.50, due on December 15, 2026",
            "Total outstanding: €1,350.00",
        ],
    ),
    (
        "es",
        [
            "Factura A-1: 1000,00 €, vencida el 31 de octubre de 2026 y pendiente de pago",
            "Factura A-2: 250,50 €, con vencimiento el 23 de noviembre de 2026",
            "Factura A-3: 99,50 €, con vencimiento el 15 de diciembre de 2026",
            "Total pendiente de pago: 1350,00 €",
        ],
    ),
    (
        "es-MX",
        [
            "Factura A-1: €1,000.00, vencida el 31 de octubre de 2026 y pendiente de pago",
            "Factura A-2: €250.50, con vencimiento el 23 de noviembre de 2026",
            "Factura A-3: €99.50, con vencimiento el 15 de diciembre de 2026",
            "Total pendiente de pago: €1,350.00",
        ],
    ),
    (
        "fr",
        [
            "Facture n° A-1 : 1 000,00 €, échue le 31 octobre 2026 et toujours impayée",
            "Facture n° A-2 : 250,50 €, à régler au plus tard le 23 novembre 2026",
            "Facture n° A-3 : 99,50 €, à régler au plus tard le 15 décembre 2026",
            "Total restant dû : 1 350,00 €",
        ],
    ),
    (
        "ro",
        [
            "Factura nr. A-1: 1.000,00 €, cu termenul de plată depășit (scadentă la 31 octombrie 2026)",
            "Factura nr. A-2: 250,50 €, scadentă la 23 noiembrie 2026",
            "Factura nr. A-3: 99,50 €, scadentă la 15 decembrie 2026",
            "Total de plată: 1.350,00 €",
        ],
    ),
    (
        "sk",
        [
            "Faktúra č. A-1: 1 000,00 €, splatná 31. októbra 2026, dosiaľ neuhradená",
            "Faktúra č. A-2: 250,50 €, splatná 23. novembra 2026",
            "Faktúra č. A-3: 99,50 €, splatná 15. decembra 2026",
            "Spolu na úhradu: 1 350,00 €",
        ],
    ),
];

/// The same invoices and total as the call script says them: a sentence each, the
/// amount without zero decimals, the date without the year, and the overdue one
/// asked for.
const SPOKEN: [(&str, [&str; 4]); 7] = [
    (
        "en",
        [
            "Invoice A-1, for €1,000, was due on 31 October and is still unpaid; please pay it as soon as possible.",
            "Invoice A-2, for €250.50, is due today.",
            "Invoice A-3, for €99.50, is due on 15 December.",
            "That comes to €1,350 in total.",
        ],
    ),
    (
        "en-US",
        [
            "Invoice A-1, for €1,000, was due on October 31 and is still unpaid; please pay it as soon as possible.",
            "Invoice A-2, for €250.50, is due today.",
            "Invoice A-3, for €99.50, is due on December 15.",
            "That comes to €1,350 in total.",
        ],
    ),
    (
        "es",
        [
            "La factura A-1, de 1000 €, venció el 31 de octubre y sigue sin pagarse; le ruego que la abone cuanto antes.",
            "La factura A-2, de 250,50 €, vence hoy.",
            "La factura A-3, de 99,50 €, vence el 15 de diciembre.",
            "En total, son 1350 €.",
        ],
    ),
    (
        "es-MX",
        [
            "La factura A-1, de €1,000, venció el 31 de octubre y sigue sin pagarse; le ruego que la abone cuanto antes.",
            "La factura A-2, de €250.50, vence hoy.",
            "La factura A-3, de €99.50, vence el 15 de diciembre.",
            "En total, son €1,350.",
        ],
    ),
    (
        "fr",
        [
            "La facture A-1, de 1 000 €, était à régler le 31 octobre et reste impayée ; je vous remercie de la régler au plus vite.",
            "La facture A-2, de 250,50 €, est à régler aujourd’hui.",
            "La facture A-3, de 99,50 €, est à régler au plus tard le 15 décembre.",
            "Soit 1 350 € au total.",
        ],
    ),
    (
        "ro",
        [
            "Factura numărul A-1, de 1.000 €, a depășit scadența din 31 octombrie și rămâne de plată; vă rog să o achitați cât mai curând.",
            "Factura numărul A-2, de 250,50 €, este scadentă astăzi.",
            "Factura numărul A-3, de 99,50 €, are scadența pe 15 decembrie.",
            "În total, sunt 1.350 €.",
        ],
    ),
    (
        "sk",
        [
            "Faktúra číslo A-1 na 1 000 € bola splatná 31. októbra a zatiaľ nie je uhradená; prosím Vás o jej úhradu čo najskôr.",
            "Faktúra číslo A-2 na 250,50 € je splatná dnes.",
            "Faktúra číslo A-3 na 99,50 € je splatná 15. decembra.",
            "Spolu je to 1 350 €.",
        ],
    ),
];

#[test]
fn each_invoice_says_where_it_stands_in_every_language_and_format() {
    let case = root().join("tests/cases/invoices.yaml");
    let mut failures = Vec::new();
    for ((tag, written), (spoken_tag, spoken)) in EXPECTED.into_iter().zip(SPOKEN) {
        assert_eq!(tag, spoken_tag);
        for channel in [Channel::Letter, Channel::Email, Channel::Call] {
            let lines = if channel == Channel::Call {
                spoken
            } else {
                written
            };
            for format in [Format::Text, Format::Markdown, Format::Html] {
                let document = render(&case, channel, format, Some(tag));
                let text = flat(document.text().expect("a text format"));
                for line in lines {
                    if !text.contains(line) {
                        failures.push(format!("{tag} {channel} {format}: no {line:?} in\n{text}"));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The total is for a payment letter with two or more invoices in one currency: one
/// invoice says it all, several currencies have no one total, and another reason's
/// letter does not dwell on money.
#[test]
fn only_a_payment_letter_with_several_invoices_in_one_currency_gives_a_total() {
    let base = std::fs::read_to_string(root().join("tests/cases/invoices.yaml")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let variants = [
        ("payment", base.clone(), true),
        (
            "capacity",
            base.replace("reason: payment", "reason: capacity"),
            false,
        ),
        (
            "two currencies",
            base.replace(
                "amount: 99.50, currency: EUR",
                "amount: 99.50, currency: GBP",
            ),
            false,
        ),
        (
            "one invoice",
            base.lines()
                .filter(|line| !line.contains("A-2") && !line.contains("A-3"))
                .map(|line| format!("{line}\n"))
                .collect(),
            false,
        ),
    ];
    for (name, text, total) in variants {
        let path = dir.path().join("case.yaml");
        std::fs::write(&path, &text).unwrap();
        let document = render(&path, Channel::Letter, Format::Text, None);
        let letter = flat(document.text().unwrap());
        assert_eq!(
            letter.contains("Total outstanding"),
            total,
            "{name}:\n{letter}"
        );
        // One invoice alone is a sentence, which asks for the payment itself.
        let overdue = if name == "one invoice" {
            "Invoice A-1 for €1,000.00 fell due on 31 October 2026 and is still unpaid; please pay it without further delay."
        } else {
            "due on 31 October 2026 and now overdue"
        };
        assert!(letter.contains(overdue), "{name}:\n{letter}");
    }
}

/// `invoice-overdue` is advice on each overdue invoice, at its due date; an invoice
/// due on the letter's date or later is not overdue.
#[test]
fn an_overdue_invoice_is_advice_at_its_due_date() {
    let assert = adieu()
        .args(["check", "--format", "json", "tests/cases/invoices.yaml"])
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    let overdue: Vec<serde_json::Value> = stdout
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap())
        .filter(|d| d["code"] == "invoice-overdue")
        .collect();
    assert_eq!(overdue.len(), 1, "{stdout}");
    assert_eq!(
        overdue[0]["message"],
        "invoice A-1 fell due on 2026-10-31, before the date of the documents (2026-11-23): they call it overdue"
    );
    assert_eq!(overdue[0]["path"], "closeout.invoices.0.due");
    assert_eq!(overdue[0]["line"], 20);
    assert_eq!(overdue[0]["severity"], "warning");
}

/// Round 6, class 4: a spoken amount whose symbol is written in letters says the
/// number first in every language ("99.50 lei", never "lei 99.50"); and class 5:
/// French writes the pound « £ », not « £GB » (issue 13).
#[test]
fn a_spoken_symbol_in_letters_follows_the_number_and_french_writes_the_pound() {
    let text = std::fs::read_to_string(root().join("tests/cases/invoices.yaml")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let lei = dir.path().join("lei.yaml");
    std::fs::write(&lei, text.replace("currency: EUR", "currency: RON")).unwrap();
    let mut failures = Vec::new();
    for (tag, said) in [
        ("en", "for 99.50 lei, is due on 15 December."),
        ("en-US", "for 99.50 lei, is due on December 15."),
        ("es", "de 99,50 L, vence el 15 de diciembre."),
        ("es-MX", "de 99.50 lei, vence el 15 de diciembre."),
        (
            "fr",
            "de 99,50 L, est à régler au plus tard le 15 décembre.",
        ),
        ("ro", "de 99,50 lei, are scadența pe 15 decembrie."),
        ("sk", "na 99,50 lei je splatná 15. decembra."),
    ] {
        for format in [Format::Text, Format::Markdown, Format::Html] {
            let document = render(&lei, Channel::Call, format, Some(tag));
            let call = flat(&document.text().unwrap().replace("&nbsp;", " "));
            if !call.contains(said) {
                failures.push(format!("{tag} {format}: no {said:?} in\n{call}"));
            }
        }
    }
    let pounds = dir.path().join("pounds.yaml");
    std::fs::write(&pounds, text.replace("currency: EUR", "currency: GBP")).unwrap();
    for channel in [Channel::Letter, Channel::Email] {
        let document = render(&pounds, channel, Format::Text, Some("fr"));
        let letter = flat(document.text().unwrap());
        if !letter.contains("99,50 £") || letter.contains("£GB") {
            failures.push(format!("fr {channel}: the pound is not « £ » in\n{letter}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
