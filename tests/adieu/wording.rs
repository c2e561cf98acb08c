//! Issue 13, round 6b: the classes a native editor still changed before signing.
//! Each test states the rule for every language (and its regional variants) with
//! the exact text adieu writes, on cases written for the rule rather than taken
//! from the review.

use std::path::{Path, PathBuf};

use adieu::render::{Channel, Format};

use crate::support::{flat, render};

/// A case for a company sender (voice `we`), neutral unless `extra` says otherwise,
/// written into `dir` as `name.yaml`: `extra` adds or replaces top-level fields.
fn case(dir: &Path, name: &str, extra: &str) -> PathBuf {
    let base = "language: en\ndate: 2026-12-02\nsender: { name: Hannah Reid, company: Northlight Design Ltd, email: hannah@northlight.example }\nclient:\n  company: Brightside Dental\n  contact: { name: Helen Ward, gender: female }\n  email: helen@brightside.example\n";
    let mut text = base.to_owned();
    if !extra.contains("reason:") {
        text.push_str("reason: fit\n");
    }
    if !extra.contains("notice:") {
        text.push_str("notice: { days: 30 }\n");
    }
    text.push_str(extra);
    let path = dir.join(format!("{name}.yaml"));
    std::fs::write(&path, text).unwrap();
    path
}

/// The document as text, every run of whitespace one space.
fn text(case: &Path, channel: Channel, tag: &str) -> String {
    flat(
        render(case, channel, Format::Text, Some(tag))
            .text()
            .unwrap(),
    )
}

/// Checks that each expected text is in the document, collecting the failures.
fn expect(failures: &mut Vec<String>, what: &str, document: &str, expected: &str) {
    if !document.contains(&flat(expected)) {
        failures.push(format!("{what}: no {expected:?} in\n{document}"));
    }
}

/// Per language: what the letter and the call say when the one thing that stays in
/// force is adieu's `confidentiality` (plural in en, fr, es and ro, singular in sk)
/// and its `warranty` (singular everywhere). The verb agrees with the item, not
/// with the count of one ("rămân în vigoare obligațiile …", never "rămâne").
const CONTINUING: [(&str, [&str; 4]); 7] = [
    (
        "en",
        [
            "The following remain in force after the end date: confidentiality obligations.",
            "After the end date, the confidentiality obligations stay in force.",
            "The following remains in force after the end date: a 60-day warranty on the work delivered.",
            "After the end date, a 60-day warranty on the work delivered stays in force.",
        ],
    ),
    (
        "en-US",
        [
            "The following remain in force after the end date: confidentiality obligations.",
            "After the end date, the confidentiality obligations stay in force.",
            "The following remains in force after the end date: a 60-day warranty on the work delivered.",
            "After the end date, a 60-day warranty on the work delivered stays in force.",
        ],
    ),
    (
        "fr",
        [
            "Après la fin de notre collaboration, les engagements suivants demeurent en vigueur : obligations de confidentialité.",
            "Après la fin de notre collaboration, les obligations de confidentialité restent en vigueur.",
            "Après la fin de notre collaboration, l’engagement suivant demeure en vigueur : garantie de 60 jours sur les travaux livrés.",
            "Après la fin de notre collaboration, la garantie de 60 jours sur les travaux livrés reste en vigueur.",
        ],
    ),
    (
        "es",
        [
            "Tras la fecha de finalización, seguirá en vigor lo siguiente: obligaciones de confidencialidad.",
            "Después de la fecha de finalización, seguirán vigentes las obligaciones de confidencialidad.",
            "Tras la fecha de finalización, seguirá en vigor lo siguiente: garantía de 60 días sobre los trabajos entregados.",
            "Después de la fecha de finalización, seguirá vigente la garantía de 60 días sobre los trabajos entregados.",
        ],
    ),
    (
        "es-MX",
        [
            "Tras la fecha de finalización, seguirá en vigor lo siguiente: obligaciones de confidencialidad.",
            "Después de la fecha de finalización, seguirán vigentes las obligaciones de confidencialidad.",
            "Tras la fecha de finalización, seguirá en vigor lo siguiente: garantía de 60 días sobre los trabajos entregados.",
            "Después de la fecha de finalización, seguirá vigente la garantía de 60 días sobre los trabajos entregados.",
        ],
    ),
    (
        "ro",
        [
            "Și după încetarea colaborării rămân în vigoare obligațiile de confidențialitate.",
            "Și după încheierea colaborării rămân în vigoare obligațiile de confidențialitate.",
            "Și după încetarea colaborării rămâne în vigoare garanția de 60 de zile pentru lucrările livrate.",
            "Și după încheierea colaborării rămâne în vigoare garanția de 60 de zile pentru lucrările livrate.",
        ],
    ),
    (
        "sk",
        [
            "Aj po skončení spolupráce zostáva v platnosti povinnosť mlčanlivosti.",
            "Aj po skončení spolupráce platí povinnosť mlčanlivosti.",
            "Aj po skončení spolupráce zostáva v platnosti záruka na dodané dielo v trvaní 60 dní.",
            "Aj po skončení spolupráce platí záruka na dodané dielo v trvaní 60 dní.",
        ],
    ),
];

/// Per language: the lead-in over one continuing item the user wrote, which may be
/// singular or plural: words that need no agreement with it, in the letter and the
/// call.
const CONTINUING_USER: [(&str, &str, &str); 7] = [
    (
        "en",
        "The following will remain in force after the end date:",
        "After the end date, one commitment stays in force:",
    ),
    (
        "en-US",
        "The following will remain in force after the end date:",
        "After the end date, one commitment stays in force:",
    ),
    (
        "fr",
        "Voici ce qui demeure en vigueur après la fin de notre collaboration :",
        "Voici ce qui reste en vigueur après la fin de notre collaboration :",
    ),
    (
        "es",
        "Tras la fecha de finalización, seguirá en vigor lo siguiente:",
        "Después de la fecha de finalización, seguirá vigente lo siguiente:",
    ),
    (
        "es-MX",
        "Tras la fecha de finalización, seguirá en vigor lo siguiente:",
        "Después de la fecha de finalización, seguirá vigente lo siguiente:",
    ),
    (
        "ro",
        "Iată ce rămâne în vigoare și după încetarea colaborării:",
        "Iată ce rămâne în vigoare și după încheierea colaborării:",
    ),
    (
        "sk",
        "Aj po skončení spolupráce zostáva v platnosti nasledujúce:",
        "Aj po skončení spolupráce zostáva v platnosti nasledujúce:",
    ),
];

#[test]
fn a_single_continuing_item_agrees_with_its_own_number() {
    let dir = tempfile::tempdir().unwrap();
    let own = case(
        dir.path(),
        "own",
        "closeout:\n  continuing: [confidentiality]\n",
    );
    let warranty = case(
        dir.path(),
        "warranty",
        "closeout:\n  continuing: [{warranty: {days: 60}}]\n",
    );
    let user = case(
        dir.path(),
        "user",
        "closeout:\n  continuing: [\"Licence terms for the stock photos\"]\n",
    );
    let mut failures = Vec::new();
    for (tag, [letter, call, letter_one, call_one]) in CONTINUING {
        for (file, letter, call) in [(&own, letter, call), (&warranty, letter_one, call_one)] {
            let written = text(file, Channel::Letter, tag);
            expect(&mut failures, &format!("{tag} letter"), &written, letter);
            let spoken = text(file, Channel::Call, tag);
            expect(&mut failures, &format!("{tag} call"), &spoken, call);
        }
    }
    for (tag, letter, call) in CONTINUING_USER {
        let written = text(&user, Channel::Letter, tag);
        expect(
            &mut failures,
            &format!("{tag} letter"),
            &written,
            &format!("{letter} - Licence terms for the stock photos"),
        );
        let spoken = text(&user, Channel::Call, tag);
        expect(
            &mut failures,
            &format!("{tag} call"),
            &spoken,
            &format!("{call} - Licence terms for the stock photos"),
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Per language: the opening sentence's citation of a contract whose title does not
/// name the kind of document, with its date and reference, and with neither. Never
/// the title quoted straight after a generic noun ("our agreement “…”", „zmluvu
/// („…“)“ without a number): a native cites it as entitled so, or by its number.
const CITED: [(&str, &str, &str); 7] = [
    (
        "en",
        "terminate our agreement of 1 March 2024 entitled “Service retainer 2024” (ref. NL-2024-031).",
        "terminate our agreement entitled “Service retainer 2024”.",
    ),
    (
        "en-US",
        "terminate our agreement of March 1, 2024 entitled “Service retainer 2024” (ref. NL-2024-031).",
        "terminate our agreement entitled “Service retainer 2024.”",
    ),
    (
        "fr",
        "résilier le contrat intitulé « Service retainer 2024 », conclu le 1er mars 2024 (réf. NL-2024-031).",
        "résilier le contrat intitulé « Service retainer 2024 ».",
    ),
    (
        "es",
        "dar por terminado el contrato denominado «Service retainer 2024» (ref. NL-2024-031), suscrito el 1 de marzo de 2024.",
        "dar por terminado el contrato denominado «Service retainer 2024».",
    ),
    (
        "es-MX",
        "dar por terminado el contrato denominado “Service retainer 2024” (ref. NL-2024-031), suscrito el 1 de marzo de 2024.",
        "dar por terminado el contrato denominado “Service retainer 2024”.",
    ),
    (
        "ro",
        "încetarea contractului nr. NL-2024-031 din 1 martie 2024 („Service retainer 2024”).",
        "încetarea contractului dintre noi („Service retainer 2024”).",
    ),
    (
        "sk",
        "ukončiť zmluvu č. NL-2024-031 („Service retainer 2024“), uzavretú dňa 1. marca 2024.",
        "ukončiť našu zmluvu s názvom „Service retainer 2024“.",
    ),
];

/// Per language, the subject over a titled contract without a reference.
const SUBJECTS: [(&str, &str); 7] = [
    ("en", "Ending our agreement: Service retainer 2024"),
    ("en-US", "Ending our agreement: Service retainer 2024"),
    ("fr", "Résiliation – « Service retainer 2024 »"),
    (
        "es",
        "Fin de nuestra colaboración – «Service retainer 2024»",
    ),
    ("es-MX", "Terminación del contrato “Service retainer 2024”"),
    ("ro", "Încetarea contractului („Service retainer 2024”)"),
    ("sk", "Ukončenie zmluvy s názvom „Service retainer 2024“"),
];

#[test]
fn a_contract_title_is_cited_as_a_native_cites_it() {
    let dir = tempfile::tempdir().unwrap();
    let full = case(
        dir.path(),
        "full",
        "contract: { title: Service retainer 2024, reference: NL-2024-031, signed: 2024-03-01 }\n",
    );
    let bare = case(
        dir.path(),
        "bare",
        "contract: { title: Service retainer 2024 }\n",
    );
    let mut failures = Vec::new();
    for ((tag, with_all, with_none), (_, subject)) in CITED.into_iter().zip(SUBJECTS) {
        for channel in [Channel::Letter, Channel::Email] {
            let document = text(&full, channel, tag);
            expect(
                &mut failures,
                &format!("{tag} {channel}"),
                &document,
                with_all,
            );
            let document = text(&bare, channel, tag);
            expect(
                &mut failures,
                &format!("{tag} {channel}"),
                &document,
                with_none,
            );
            expect(
                &mut failures,
                &format!("{tag} {channel}"),
                &document,
                subject,
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Per language: two overdue invoices said aloud, each without a request, and the
/// one request after them (not the same clause twice in a row); and the one item
/// the user wrote, in a list with others, on a line of its own under its label
/// (its capital never follows the label mid-line).
const OVERDUE: [(&str, [&str; 3], &str); 7] = [
    (
        "en",
        [
            "- Invoice NL-101, for €400, was due on 15 October and is still unpaid. -",
            "- That comes to €800 in total. - Please pay them as soon as possible. -",
            "still unpaid;",
        ],
        "- To be handed over: - The signed originals",
    ),
    (
        "en-US",
        [
            "- Invoice NL-101, for €400, was due on October 15 and is still unpaid. -",
            "- That comes to €800 in total. - Please pay them as soon as possible. -",
            "still unpaid;",
        ],
        "- To be handed over: - The signed originals",
    ),
    (
        "fr",
        [
            "- La facture NL-101, de 400 €, était à régler le 15 octobre et reste impayée. -",
            "- Soit 800 € au total. - Nous vous remercions de les régler au plus vite. -",
            "reste impayée ;",
        ],
        "- À vous transmettre : - The signed originals",
    ),
    (
        "es",
        [
            "- La factura NL-101, de 400 €, venció el 15 de octubre y sigue sin pagarse. -",
            "- En total, son 800 €. - Le rogamos que las abone cuanto antes. -",
            "sin pagarse;",
        ],
        "- Pendiente de traspaso: - The signed originals",
    ),
    (
        "es-MX",
        [
            "- La factura NL-101, de €400, venció el 15 de octubre y sigue sin pagarse. -",
            "- En total, son €800. - Le pedimos que las liquide a la brevedad. -",
            "sin pagarse;",
        ],
        "- Pendiente de transferir: - The signed originals",
    ),
    (
        "ro",
        [
            "- Factura numărul NL-101, de 400 €, a depășit scadența din 15 octombrie și rămâne de plată. -",
            "- În total, sunt 800 €. - Vă rugăm să le achitați cât mai curând. -",
            "rămâne de plată;",
        ],
        "- De predat: - The signed originals",
    ),
    (
        "sk",
        [
            "- Faktúra číslo NL-101 na 400 € bola splatná 15. októbra a zatiaľ nie je uhradená. -",
            "- Spolu je to 800 €. - Prosíme Vás o ich úhradu čo najskôr. -",
            "nie je uhradená;",
        ],
        "- Na odovzdanie: - The signed originals",
    ),
];

#[test]
fn overdue_invoices_are_asked_for_once_and_a_user_item_stands_under_its_label() {
    let dir = tempfile::tempdir().unwrap();
    let file = case(
        dir.path(),
        "overdue",
        "reason: payment\ntone: firm\nnotice: { days: 14 }\ncloseout:\n  invoices:\n    - { number: NL-101, amount: 400.00, currency: EUR, due: 2026-10-15 }\n    - { number: NL-102, amount: 400.00, currency: EUR, due: 2026-11-15 }\n  handover: [\"The signed originals of the Q3 invoices\"]\n",
    );
    let mut failures = Vec::new();
    for (tag, [first, request, never], listed) in OVERDUE {
        let call = text(&file, Channel::Call, tag);
        expect(&mut failures, &format!("{tag} call"), &call, first);
        expect(&mut failures, &format!("{tag} call"), &call, request);
        if call.contains(never) {
            failures.push(format!(
                "{tag} call: a request after each invoice in\n{call}"
            ));
        }
        for channel in [Channel::Letter, Channel::Email] {
            let document = text(&file, channel, tag);
            expect(
                &mut failures,
                &format!("{tag} {channel}"),
                &document,
                listed,
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// A letter ending an engagement over conduct or ethics does not thank the client
/// "for your understanding" (round 6b: it reads as sarcastic); any other reason,
/// firm as it may be, keeps its thanks. Every language.
/// Round 7: thanks fit only a parting for the sender's own reasons; never over a
/// breach, nor right after a demand for overdue payment.
#[test]
fn a_conduct_ethics_or_payment_letter_thanks_no_one() {
    let dir = tempfile::tempdir().unwrap();
    let conduct = case(
        dir.path(),
        "conduct",
        "reason: conduct\ntone: firm\nnotice: { immediate: true }\n",
    );
    let ethics = case(
        dir.path(),
        "ethics",
        "reason: ethics\ntone: firm\nnotice: { immediate: true }\n",
    );
    let payment = case(dir.path(), "payment", "reason: payment\ntone: firm\n");
    let fit = case(dir.path(), "fit", "tone: firm\n");
    let thanks = [
        ("en", "Thank you for your understanding."),
        ("en-US", "Thank you for your understanding."),
        ("fr", "Nous vous remercions de votre compréhension."),
        ("es", "Gracias por su comprensión."),
        ("es-MX", "Gracias por su comprensión."),
        ("ro", "Vă mulțumim pentru înțelegere."),
        ("sk", "Ďakujeme Vám za pochopenie."),
    ];
    let mut failures = Vec::new();
    for (tag, thanks) in thanks {
        for channel in [Channel::Letter, Channel::Email] {
            for file in [&conduct, &ethics, &payment] {
                let document = text(file, channel, tag);
                if document.contains(thanks) {
                    failures.push(format!("{tag} {channel}: {thanks:?} in\n{document}"));
                }
            }
            let document = text(&fit, channel, tag);
            expect(
                &mut failures,
                &format!("{tag} {channel}"),
                &document,
                thanks,
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Slovak: a one-letter preposition or conjunction (v, k, s, z, o, u, a, i) in the
/// user's own text is bound to the next word with a no-break space, so that no line
/// of a wrapped letter ends on one ("Zmluva o⏎dielo"); the email, unwrapped, carries
/// the same no-break spaces.
#[test]
fn slovak_one_letter_words_never_end_a_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = case(
        dir.path(),
        "glue",
        "contract: { title: Zmluva o správe webovej stránky a e-shopu, reference: DD-2022/118 }\nnotice:\n  until: 2027-01-29\n  milestone: spustenie e-shopu s novým katalógom\nreferral: { kind: \"agentúra, ktorá sa venuje marketingu v cestovnom ruchu\" }\ncloseout:\n  handover: [\"Prístup do účtu Heureka a Google Merchant Center\", \"Fotografie k produktom z ročníka 2025\"]\n",
    );
    let email = render(&file, Channel::Email, Format::Text, Some("sk"));
    let email = email.text().unwrap();
    for glued in [
        "Zmluva o\u{a0}správe webovej stránky a\u{a0}e-shopu",
        "e-shopu s\u{a0}novým katalógom",
        "marketingu v\u{a0}cestovnom ruchu",
        "Heureka a\u{a0}Google",
        "Fotografie k\u{a0}produktom z\u{a0}ročníka 2025",
    ] {
        assert!(email.contains(glued), "no {glued:?} in\n{email}");
    }
    for channel in [Channel::Letter, Channel::Call] {
        let document = render(&file, channel, Format::Text, Some("sk"));
        let document = document.text().unwrap();
        for line in document.lines() {
            let last = line.trim_end().rsplit(' ').next().unwrap_or("");
            assert!(
                !["v", "k", "s", "z", "o", "u", "a", "i"].contains(&last),
                "{channel}: a line ends on {last:?}: {line:?}\n{document}"
            );
        }
    }
}

/// Per language: two of adieu's own items to hand over, one of which has the list's
/// own "and" ("Hosting and server access"): joined in a sentence they would hear as
/// three ("access to the hosting and to the servers and technical documentation"),
/// so the call leads them in and says each on a line of its own, in its spoken
/// form, with a capital at the start of the line.
const AND_IN_AN_ITEM: [(&str, &str); 7] = [
    (
        "en",
        "- We’ll hand the following items over to you: - Access to the hosting and servers - The technical documentation -",
    ),
    (
        "en-US",
        "- We’ll hand the following items over to you: - Access to the hosting and servers - The technical documentation -",
    ),
    (
        "fr",
        "- Nous vous transmettrons les éléments suivants : - L’accès à l’hébergement et aux serveurs - La documentation technique -",
    ),
    (
        "es",
        "- Nos quedan por traspasarle estos elementos: - El acceso al alojamiento web y a los servidores - La documentación técnica -",
    ),
    (
        "es-MX",
        "- Nos quedan por transferirle estos elementos: - El acceso al alojamiento web y a los servidores - La documentación técnica -",
    ),
    (
        "ro",
        "- Vă vom preda următoarele elemente: - Accesul la serviciul de găzduire și la servere - Documentația tehnică -",
    ),
    (
        "sk",
        "- Na odovzdanie ešte zostávajú tieto položky: - Prístup k webovému priestoru a serverom - Technická dokumentácia -",
    ),
];

#[test]
fn an_item_with_the_lists_own_and_is_never_joined_into_a_list() {
    let dir = tempfile::tempdir().unwrap();
    let file = case(
        dir.path(),
        "and",
        "closeout:\n  handover: [hosting-access, documentation]\n  data: return\n",
    );
    let mut failures = Vec::new();
    for (tag, expected) in AND_IN_AN_ITEM {
        let call = text(&file, Channel::Call, tag);
        expect(&mut failures, &format!("{tag} call"), &call, expected);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Round 7: an agreement the case knows only by its reference (and date) is cited
/// in the subject and the opening sentence, never dropped for want of a title.
const UNTITLED: [(&str, &str, &str); 7] = [
    (
        "en",
        "Ending our agreement (ref.\u{a0}AK-2024-09)",
        "We are writing to let you know that we have decided to terminate our agreement of 1 March 2024 (ref.\u{a0}AK-2024-09).",
    ),
    (
        "en-US",
        "Ending our agreement (ref.\u{a0}AK-2024-09)",
        "We are writing to let you know that we have decided to terminate our agreement of March 1, 2024 (ref.\u{a0}AK-2024-09).",
    ),
    (
        "fr",
        "Résiliation du contrat réf.\u{a0}AK-2024-09",
        "Nous tenons à vous informer de notre décision de résilier le contrat conclu le 1er mars 2024 (réf.\u{a0}AK-2024-09).",
    ),
    (
        "es",
        "Fin de nuestra colaboración – contrato ref.\u{a0}AK-2024-09",
        "Le escribimos para comunicarle que hemos decidido dar por terminado el contrato suscrito el 1 de marzo de 2024 (ref.\u{a0}AK-2024-09).",
    ),
    (
        "es-MX",
        "Terminación del contrato ref.\u{a0}AK-2024-09",
        "dar por terminado el contrato suscrito el 1 de marzo de 2024 (ref.\u{a0}AK-2024-09).",
    ),
    (
        "ro",
        "Încetarea contractului nr.\u{a0}AK-2024-09",
        "Vă informăm că am hotărât încetarea contractului nr.\u{a0}AK-2024-09 din 1 martie 2024.",
    ),
    (
        "sk",
        "Ukončenie zmluvy č.\u{a0}AK-2024-09",
        "oznamujeme Vám naše rozhodnutie ukončiť zmluvu č.\u{a0}AK-2024-09, uzavretú dňa 1. marca 2024.",
    ),
];

#[test]
fn an_agreement_without_a_title_is_cited_by_its_reference_and_date() {
    let dir = tempfile::tempdir().unwrap();
    let file = case(
        dir.path(),
        "untitled",
        "contract: { reference: AK-2024-09, signed: 2024-03-01 }\n",
    );
    let mut failures = Vec::new();
    for (tag, subject, decision) in UNTITLED {
        for channel in [Channel::Letter, Channel::Email] {
            let document = text(&file, channel, tag);
            let what = format!("{tag} {channel}");
            expect(&mut failures, &what, &document, subject);
            expect(&mut failures, &what, &document, decision);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Slovak spelling: the sentence after the salutation's comma begins in lowercase
/// ("Vážená pani Wardová, oznamujeme …"), whatever the tone and the contract; the
/// other languages begin it with a capital.
#[test]
fn the_sentence_after_a_slovak_salutation_begins_in_lowercase() {
    let dir = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    let contracts = [
        "",
        "contract: { title: Zmluva o dielo }\n",
        "contract: { reference: AK-2024-09 }\n",
    ];
    for (n, contract) in contracts.into_iter().enumerate() {
        for tone in ["warm", "neutral", "firm"] {
            let file = case(
                dir.path(),
                &format!("c{n}-{tone}"),
                &format!("tone: {tone}\n{contract}"),
            );
            for tag in ["sk", "en", "fr", "es", "ro"] {
                for channel in [Channel::Letter, Channel::Email] {
                    let rendered = render(&file, channel, Format::Text, Some(tag));
                    let document = rendered.text().unwrap();
                    let mut lines = document.lines();
                    let salutation = [
                        "Váž", "Dobrý", "Dear", "Madame", "Monsieur", "Estimad", "Stimat",
                    ];
                    if !lines.any(|line| {
                        salutation.iter().any(|s| line.starts_with(s))
                            && line.trim_end().ends_with([',', ':'])
                    }) {
                        failures.push(format!("{tag} {channel}: no salutation in\n{document}"));
                        continue;
                    }
                    let first = lines
                        .find(|line| !line.trim().is_empty())
                        .unwrap_or_default();
                    let lower = first.chars().next().is_some_and(char::is_lowercase);
                    if lower != (tag == "sk") {
                        failures.push(format!("{tag} {channel} {tone} {contract:?}: {first:?}"));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Round 7: "what if we pay more?" is prepared only where more money could seem to
/// change the reason, never for unpaid invoices, conduct or ethics.
#[test]
fn the_price_pushback_fits_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let questions = [
        ("en", "“What if we pay more?”"),
        ("fr", "« Et si nous vous payions davantage ? »"),
    ];
    let mut failures = Vec::new();
    for (reason, expected) in [
        ("capacity", true),
        ("fit", true),
        ("payment", false),
        ("conduct", false),
    ] {
        let notice = if reason == "conduct" {
            "notice: { immediate: true }\n"
        } else {
            ""
        };
        let file = case(dir.path(), reason, &format!("reason: {reason}\n{notice}"));
        for (tag, question) in questions {
            let document = text(&file, Channel::Call, tag);
            if document.contains(&flat(question)) != expected {
                failures.push(format!(
                    "{tag} {reason}: {question:?} expected {expected} in\n{document}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Per language: the call says adieu's catalogue items in their spoken form, with
/// the article (and case) its sentence needs, inside the sentence rather than as
/// bare labels after a colon: one deliverable with its date, two items handed over.
const SPOKEN_ITEMS: [(&str, [&str; 2]); 7] = [
    (
        "en",
        [
            "We’ll still deliver the final report, by 4 January.",
            "We’ll hand over the source code with its full history and the technical documentation.",
        ],
    ),
    (
        "en-US",
        [
            "We’ll still deliver the final report, by January 4.",
            "We’ll hand over the source code with its full history and the technical documentation.",
        ],
    ),
    (
        "fr",
        [
            "Il nous reste à vous livrer le rapport final, au plus tard le 4 janvier.",
            "Nous vous transmettrons le code source avec l’historique complet des versions et la documentation technique.",
        ],
    ),
    (
        "es",
        [
            "Nos queda por entregarle el informe final, a más tardar el 4 de enero.",
            "Nos quedan por traspasarle el código fuente con el historial completo de versiones y la documentación técnica.",
        ],
    ),
    (
        "es-MX",
        [
            "Nos queda por entregarle el informe final, a más tardar el 4 de enero.",
            "Nos quedan por transferirle el código fuente con el historial completo de versiones y la documentación técnica.",
        ],
    ),
    (
        "ro",
        [
            "Mai avem de livrat raportul final, până la 4 ianuarie.",
            "Vă vom preda codul sursă cu întregul istoric al versiunilor și documentația tehnică.",
        ],
    ),
    (
        "sk",
        [
            "Na dodanie nám ešte zostáva záverečná správa, do 4. januára.",
            "Na odovzdanie ešte zostávajú zdrojový kód vrátane úplnej histórie verzií a technická dokumentácia.",
        ],
    ),
];

#[test]
fn the_call_says_catalogue_items_in_their_spoken_form() {
    let dir = tempfile::tempdir().unwrap();
    let file = case(
        dir.path(),
        "spoken",
        "closeout:\n  deliverables:\n    - { item: final-report, by: 2027-01-04 }\n  handover: [source-code, documentation]\n",
    );
    let user = case(
        dir.path(),
        "user",
        "closeout:\n  handover: [\"Figma files\", documentation]\n",
    );
    let mut failures = Vec::new();
    for (tag, [deliverable, handover]) in SPOKEN_ITEMS {
        let spoken = text(&file, Channel::Call, tag);
        expect(&mut failures, &format!("{tag} call"), &spoken, deliverable);
        expect(&mut failures, &format!("{tag} call"), &spoken, handover);
        // The user's words stay as written, adieu's next to them in spoken form.
        let mixed = text(&user, Channel::Call, tag);
        expect(
            &mut failures,
            &format!("{tag} user"),
            &mixed,
            "- Figma files -",
        );
        // The letter keeps its labels.
        let written = text(&file, Channel::Letter, tag);
        if written.contains(deliverable) {
            failures.push(format!("{tag} letter speaks: {written}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Per language: an invoice due on the document's date. The letter (and the email,
/// which may be read later too) gives its date; only the call, heard that day,
/// says "today".
const DUE_ON_THE_DAY: [(&str, &str, &str, &str); 7] = [
    (
        "en",
        "Invoice NL-88 for €1,200.00 is due on 2 December 2026.",
        "Invoice NL-88, for €1,200, is due today.",
        "due today",
    ),
    (
        "en-US",
        "Invoice NL-88 for €1,200.00 is due on December 2, 2026.",
        "Invoice NL-88, for €1,200, is due today.",
        "due today",
    ),
    (
        "fr",
        "La facture n° NL-88, d’un montant de 1 200,00 €, est à régler au plus tard le 2 décembre 2026.",
        "La facture NL-88, de 1 200 €, est à régler aujourd’hui.",
        "ce jour",
    ),
    (
        "es",
        "La factura NL-88, por importe de 1200,00 €, vence el 2 de diciembre de 2026.",
        "La factura NL-88, de 1200 €, vence hoy.",
        "vence hoy",
    ),
    (
        "es-MX",
        "La factura NL-88, por importe de €1,200.00, vence el 2 de diciembre de 2026.",
        "La factura NL-88, de €1,200, vence hoy.",
        "vence hoy",
    ),
    (
        "ro",
        "Factura nr. NL-88, în valoare de 1.200,00 €, este scadentă la 2 decembrie 2026.",
        "Factura numărul NL-88, de 1.200 €, este scadentă astăzi.",
        "astăzi",
    ),
    (
        "sk",
        "Faktúra č. NL-88 na sumu 1 200,00 € je splatná 2. decembra 2026.",
        "Faktúra číslo NL-88 na 1 200 € je splatná dnes.",
        "splatná dnes",
    ),
];

#[test]
fn a_posted_letter_dates_an_invoice_due_on_its_date_and_the_call_says_today() {
    let dir = tempfile::tempdir().unwrap();
    let file = case(
        dir.path(),
        "today",
        "closeout:\n  invoices:\n    - { number: NL-88, amount: 1200, currency: EUR, due: 2026-12-02 }\n",
    );
    let mut failures = Vec::new();
    for (tag, letter, call, today) in DUE_ON_THE_DAY {
        for channel in [Channel::Letter, Channel::Email] {
            let written = text(&file, channel, tag);
            expect(&mut failures, &format!("{tag} {channel}"), &written, letter);
            if written.contains(today) {
                failures.push(format!("{tag} {channel} says {today:?}: {written}"));
            }
        }
        let spoken = text(&file, Channel::Call, tag);
        expect(&mut failures, &format!("{tag} call"), &spoken, call);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Per language: a milestone is what concludes the current stage, never the stage
/// itself after a colon ("the current phase: the launch of …"); the user's text
/// stays as written (nominative in ro and sk).
const MILESTONE: [(&str, &str, &str); 7] = [
    (
        "en",
        "Our working relationship will end on 15 January 2027, once the current stage of work concludes with the launch of the new booking site.",
        "Our last day working together will be 15 January, once the current stage wraps up with the launch of the new booking site.",
    ),
    (
        "en-US",
        "Our working relationship will end on January 15, 2027, once the current phase concludes with the launch of the new booking site.",
        "Our last day working together will be January 15, once the current stage wraps up with the launch of the new booking site.",
    ),
    (
        "fr",
        "Cette décision prendra effet le 15 janvier 2027, au terme de l’étape en cours, qui se conclura par the launch of the new booking site.",
        "Notre collaboration prendra fin le 15 janvier, à la fin de l’étape en cours, qui se terminera par the launch of the new booking site.",
    ),
    (
        "es",
        "Nuestra colaboración finalizará el 15 de enero de 2027, una vez concluida la fase actual, con the launch of the new booking site.",
        "Nuestra colaboración terminará el 15 de enero, al concluir la fase actual, con the launch of the new booking site.",
    ),
    (
        "es-MX",
        "Nuestra colaboración finalizará el 15 de enero de 2027, una vez concluida la fase actual, con the launch of the new booking site.",
        "Nuestra colaboración terminará el 15 de enero, al concluir la fase actual, con the launch of the new booking site.",
    ),
    (
        "ro",
        "Colaborarea noastră va înceta la data de 15 ianuarie 2027, după finalizarea etapei în curs, care se încheie cu the launch of the new booking site.",
        "Colaborarea noastră se va încheia pe 15 ianuarie, după etapa în curs, care se finalizează cu the launch of the new booking site.",
    ),
    (
        "sk",
        "Naša spolupráca sa skončí 15. januára 2027, po ukončení aktuálnej etapy, ktorú zavŕši the launch of the new booking site.",
        "Naša spolupráca sa skončí 15. januára, keď dokončíme aktuálnu etapu. Zavŕši ju the launch of the new booking site.",
    ),
];

#[test]
fn a_milestone_concludes_the_stage_rather_than_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = case(
        dir.path(),
        "milestone",
        "notice: { until: 2027-01-15, milestone: \"the launch of the new booking site\" }\n",
    );
    let mut failures = Vec::new();
    for (tag, letter, call) in MILESTONE {
        let written = text(&file, Channel::Letter, tag);
        expect(&mut failures, &format!("{tag} letter"), &written, letter);
        let spoken = text(&file, Channel::Call, tag);
        expect(&mut failures, &format!("{tag} call"), &spoken, call);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// en-US says American words where en says British ones, in the call and the
/// letter; en keeps its own.
#[test]
fn american_english_uses_american_words() {
    let dir = tempfile::tempdir().unwrap();
    let file = case(
        dir.path(),
        "us",
        "closeout:\n  handover: [source-code, documentation]\n  data: delete\n",
    );
    let mut failures = Vec::new();
    let us_call = text(&file, Channel::Call, "en-US");
    for expected in [
        "Until then, we’ll continue the work in progress as agreed.",
        "What matters now is making the handoff as smooth as possible for you.",
        "“You haven’t honored our agreement.”",
        "we’ll keep providing everything we agreed on.",
        "I’ll make sure you have everything you need for the handoff.",
    ] {
        expect(&mut failures, "en-US call", &us_call, expected);
    }
    let us_letter = text(&file, Channel::Letter, "en-US");
    expect(
        &mut failures,
        "en-US letter",
        &us_letter,
        "to be securely deleted once the handoff is complete",
    );
    for (what, document) in [("en-US call", &us_call), ("en-US letter", &us_letter)] {
        for british in ["handover", "carry on", "kept to", "everything we agreed."] {
            if document.contains(british) {
                failures.push(format!("{what} says {british:?}: {document}"));
            }
        }
    }
    let gb_call = text(&file, Channel::Call, "en");
    for expected in [
        "Until then, we’ll carry on with the work in progress as agreed.",
        "“You haven’t kept to our agreement.”",
    ] {
        expect(&mut failures, "en call", &gb_call, expected);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
