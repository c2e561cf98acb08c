//! Issue 13, content logic 4: no sentence about what does not exist. A case with
//! nothing to settle never speaks of a handover or of close-out items; an immediate
//! end says its date.

use adieu::render::{Channel, Format};

use crate::support::{check_golden, flat, render, root};

/// Per language: the words (or stems, "traspas" for "traspaso" and "traspasaremos")
/// that speak of a handover or of items to settle, the
/// immediate end with the case's date (2026-12-02), written and as the call script
/// says it, and the word for a transition,
/// which an immediate end with nothing to settle does not have.
const LANGUAGES: [(&str, &[&str], &str, &str, &str); 5] = [
    (
        "en",
        &["handover", "handed over", "hand over", "close-out"],
        "This takes effect immediately, as of 2 December 2026.",
        "This takes effect immediately, from today, 2 December.",
        "transition",
    ),
    (
        "es",
        &["traspas", "cuestiones pendientes", "plazos pendientes"],
        "Esta decisión surte efecto a partir de hoy, 2 de diciembre de 2026.",
        "La decisión surte efecto a partir de hoy, 2 de diciembre.",
        "transición",
    ),
    (
        "fr",
        &["passation", "à régler", "transmettre", "clôture"],
        "La résiliation prend effet immédiatement, soit à compter du 2 décembre 2026.",
        "La résiliation prend effet dès aujourd’hui, le 2 décembre.",
        "transition",
    ),
    (
        "ro",
        &["preda", "rămase"],
        "Încetarea are efect imediat, începând de astăzi, 2 decembrie 2026.",
        "Colaborarea noastră încetează cu efect imediat, chiar astăzi, 2 decembrie.",
        "tranziți",
    ),
    (
        "sk",
        &["odovzdani", "zostáva vybaviť", "uzavretím"],
        "Ukončenie nadobúda účinnosť okamžite, t. j. dňom 2. decembra 2026.",
        "Ukončenie platí okamžite, teda dnes, 2. decembra.",
        "prechod",
    ),
];

#[test]
fn nothing_to_settle_means_no_word_of_a_handover_and_an_immediate_end_has_its_date() {
    let empty = root().join("tests/cases/nothing-to-settle.yaml");
    let text = std::fs::read_to_string(&empty).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let with_items = dir.path().join("case.yaml");
    std::fs::write(
        &with_items,
        format!("{text}closeout:\n  handover: [\"Server credentials\"]\n"),
    )
    .unwrap();
    let mut failures = Vec::new();
    for (tag, words, written, spoken, transition) in LANGUAGES {
        for channel in [Channel::Letter, Channel::Email, Channel::Call] {
            let read = |case: &std::path::Path| {
                flat(
                    render(case, channel, Format::Text, Some(tag))
                        .text()
                        .unwrap(),
                )
            };
            let bare = read(&empty);
            let listed = read(&with_items);
            for word in words.iter() {
                if bare.contains(word) {
                    failures.push(format!(
                        "{tag} {channel}, nothing to settle: {word:?} in\n{bare}"
                    ));
                }
            }
            // The same words do appear once there is something to hand over, so the
            // check above can fail.
            if !words.iter().any(|word| listed.contains(word)) {
                failures.push(format!(
                    "{tag} {channel}, a handover: none of {words:?} in\n{listed}"
                ));
            }
            if bare.contains(transition) {
                failures.push(format!(
                    "{tag} {channel}, an immediate end: {transition:?} in\n{bare}"
                ));
            }
            if channel == Channel::Call && !listed.contains(transition) {
                failures.push(format!(
                    "{tag} call, a handover: no {transition:?} in\n{listed}"
                ));
            }
            let immediate = if channel == Channel::Call {
                spoken
            } else {
                written
            };
            if !bare.contains(immediate) {
                failures.push(format!("{tag} {channel}: no {immediate:?} in\n{bare}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The titles of `tests/cases/one-item.yaml`'s contract as each language names one
/// ("… agreement", «Contrato …»), and what the subject and the opening sentence make
/// of it: no noun twice where the language's frame would repeat it. Romanian and
/// Slovak keep their generic noun, which carries the case the title cannot.
const TITLED: [(&str, &str, &str, &str); 7] = [
    (
        "en",
        "Website design and maintenance agreement",
        "Ending our Website design and maintenance agreement (ref. NL-2024-031)",
        "We are writing to let you know that we have decided to terminate the Website design and maintenance agreement between us dated 1 March 2024 (ref. NL-2024-031).",
    ),
    (
        "en-US",
        "Website design and maintenance agreement",
        "Ending our Website design and maintenance agreement (ref. NL-2024-031)",
        "We are writing to let you know that we have decided to terminate the Website design and maintenance agreement between us dated March 1, 2024 (ref. NL-2024-031).",
    ),
    (
        "es",
        "Contrato de mantenimiento web",
        "Fin de nuestra colaboración – «Contrato de mantenimiento web» (ref. NL-2024-031)",
        "Le escribimos para comunicarle que hemos decidido dar por terminado el «Contrato de mantenimiento web» (ref. NL-2024-031), suscrito el 1 de marzo de 2024.",
    ),
    (
        "es-MX",
        "Contrato de mantenimiento web",
        "Terminación del “Contrato de mantenimiento web” (ref. NL-2024-031)",
        "Le escribimos para comunicarle que hemos decidido dar por terminado el “Contrato de mantenimiento web” (ref. NL-2024-031), suscrito el 1 de marzo de 2024.",
    ),
    (
        "fr",
        "Contrat de maintenance du site web",
        "Résiliation – « Contrat de maintenance du site web » (réf. NL-2024-031)",
        "Nous tenons à vous informer de notre décision de résilier le « Contrat de maintenance du site web » conclu le 1er mars 2024 (réf. NL-2024-031).",
    ),
    (
        "ro",
        "Contract de mentenanță web",
        "Încetarea contractului nr. NL-2024-031 („Contract de mentenanță web”)",
        "Vă informăm că am hotărât încetarea contractului nr. NL-2024-031 din 1 martie 2024 („Contract de mentenanță web”).",
    ),
    (
        "sk",
        "Zmluva o údržbe webu",
        "Ukončenie zmluvy č. NL-2024-031 („Zmluva o údržbe webu“)",
        "oznamujeme Vám naše rozhodnutie ukončiť zmluvu č. NL-2024-031 („Zmluva o údržbe webu“), uzavretú dňa 1. marca 2024.",
    ),
];

/// What each language writes for a close-out of the refund alone: the letter's one
/// sentence, and the call's lead-in with its spoken sentence (the amount without
/// its zero decimals).
const ONE_REFUND: [(&str, &str, &str); 7] = [
    (
        "en",
        "We will refund the unused prepaid balance of €420.00.",
        "There’s one last thing. We’ll refund the unused prepaid balance of €420.",
    ),
    (
        "en-US",
        "We will refund the unused prepaid balance of €420.00.",
        "There’s one last thing. We’ll refund the unused prepaid balance of €420.",
    ),
    (
        "es",
        "Le devolveremos la parte no utilizada del anticipo, que asciende a 420,00 €.",
        "Solo queda una cosa. Le devolveremos la parte del anticipo que no se ha utilizado: 420 €.",
    ),
    (
        "es-MX",
        "Le devolveremos la parte no utilizada del anticipo, que asciende a €420.00.",
        "Solo queda una cosa. Le devolveremos la parte del anticipo que no se ha utilizado: €420.",
    ),
    (
        "fr",
        "Nous vous rembourserons le montant versé d’avance et non utilisé, soit 420,00 €.",
        "Il reste un dernier point. Nous vous rembourserons le montant versé d’avance et non utilisé, soit 420 €.",
    ),
    (
        "ro",
        "Vă vom restitui avansul neutilizat, în valoare de 420,00 €.",
        "Mai rămâne un singur lucru. Vă vom restitui avansul neutilizat, de 420 €.",
    ),
    (
        "sk",
        "Vrátime Vám nevyčerpanú zálohu vo výške 420,00 €.",
        "Ešte jedna vec na záver. Vrátime Vám nevyčerpanú zálohu vo výške 420 €.",
    ),
];

/// Issue 13, round 5: a close-out of exactly one item is one sentence in the letter
/// and the email, in every format — no intro announcing a list, no list of one — and
/// the call says it in the same breath as "one last thing". The letter and the call
/// of every language are golden files (`tests/golden/one-item/`).
#[test]
fn one_item_is_one_sentence_and_the_call_says_it_aloud() {
    let case = root().join("tests/cases/one-item.yaml");
    let catalog = adieu::l10n::Catalog::embedded();
    let mut failures = Vec::new();
    for (tag, written, spoken) in ONE_REFUND {
        let localizer = adieu::l10n::Localizer::new(
            adieu::l10n::Language::resolve(tag, &catalog).unwrap(),
            &catalog,
        )
        .unwrap();
        // The case's tone and voice choose the intro's variant.
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("tone", "neutral");
        args.set("voice", "we");
        let intro = localizer.message("closeout-intro", &args).unwrap();
        for channel in [Channel::Letter, Channel::Email, Channel::Call] {
            for format in [Format::Text, Format::Markdown, Format::Html] {
                let document = render(&case, channel, format, Some(tag));
                let text = flat(&document.text().unwrap().replace("&#x27;", "’"));
                let expected = if channel == Channel::Call {
                    spoken
                } else {
                    written
                };
                if !text.contains(expected) {
                    failures.push(format!(
                        "{tag} {channel} {format}: no {expected:?} in\n{text}"
                    ));
                }
                if channel != Channel::Call && text.contains(&flat(&intro)) {
                    failures.push(format!(
                        "{tag} {channel} {format}: the list's intro {intro:?}"
                    ));
                }
            }
            if channel != Channel::Email {
                let document = render(&case, channel, Format::Text, Some(tag));
                failures.extend(
                    check_golden(
                        &root().join(format!("tests/golden/one-item/{channel}.{tag}.txt")),
                        document.text().unwrap(),
                    )
                    .err(),
                );
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Issue 13, round 5: a contract title that says "agreement" (or "contrato",
/// "contrat") itself is cited without the noun again, in every language whose frame
/// would repeat it.
#[test]
fn a_title_that_names_its_contract_is_not_doubled() {
    let text = std::fs::read_to_string(root().join("tests/cases/one-item.yaml")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for (tag, title, subject, decision) in TITLED {
        let case = dir.path().join(format!("{tag}.yaml"));
        std::fs::write(
            &case,
            text.replace("Website design and maintenance agreement", title),
        )
        .unwrap();
        for channel in [Channel::Letter, Channel::Email] {
            let document = flat(
                render(&case, channel, Format::Text, Some(tag))
                    .text()
                    .unwrap(),
            );
            for expected in [subject, decision] {
                if !document.contains(&flat(expected)) {
                    failures.push(format!("{tag} {channel}: no {expected:?} in\n{document}"));
                }
            }
            if document.to_lowercase().contains("agreement agreement") {
                failures.push(format!("{tag} {channel}: a doubled noun in\n{document}"));
            }
        }
    }
    // A title that does not name its contract keeps the frame's noun.
    let case = dir.path().join("plain.yaml");
    std::fs::write(
        &case,
        text.replace(
            "Website design and maintenance agreement",
            "Design retainer 2024",
        ),
    )
    .unwrap();
    let letter = flat(
        render(&case, Channel::Letter, Format::Text, None)
            .text()
            .unwrap(),
    );
    for expected in [
        "Ending our agreement: Design retainer 2024 (ref. NL-2024-031)",
        "terminate our agreement of 1 March 2024 entitled “Design retainer 2024” (ref. NL-2024-031).",
    ] {
        if !letter.contains(expected) {
            failures.push(format!("plain title: no {expected:?} in\n{letter}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Per language, for `tests/cases/user-items.yaml` (voice `we`): the call's spoken
/// lines in Markdown — adieu's catalogue deliverables joined in a sentence in
/// their spoken form (with the article), the
/// user's handover and continuing items each on a line of their own under a
/// lead-in whose noun is adieu's — and the letter's lead-in when the close-out is
/// one item the user wrote.
const USER_ITEMS: [(&str, [&str; 3], &str); 7] = [
    (
        "en",
        [
            "> - We’ll still deliver the final report and the design source files.",
            "> - We’ll hand the following items over to you:",
            "> - After the end date, one commitment stays in force:",
        ],
        "We will hand over the following to you:",
    ),
    (
        "en-US",
        [
            "> - We’ll still deliver the final report and the design source files.",
            "> - We’ll hand the following items over to you:",
            "> - After the end date, one commitment stays in force:",
        ],
        "We will hand over the following to you:",
    ),
    (
        "es",
        [
            "> - Nos quedan por entregarle el informe final y los archivos fuente del diseño.",
            "> - Nos quedan por traspasarle estos elementos:",
            "> - Después de la fecha de finalización, seguirá vigente lo siguiente:",
        ],
        "Le traspasaremos lo siguiente:",
    ),
    (
        "es-MX",
        [
            "> - Nos quedan por entregarle el informe final y los archivos fuente del diseño.",
            "> - Nos quedan por transferirle estos elementos:",
            "> - Después de la fecha de finalización, seguirá vigente lo siguiente:",
        ],
        "Le transferiremos lo siguiente:",
    ),
    (
        "fr",
        [
            "> - Il nous reste à vous livrer le rapport final et les fichiers sources des créations graphiques.",
            "> - Nous vous transmettrons les éléments suivants\u{202F}:",
            "> - Voici ce qui reste en vigueur après la fin de notre collaboration\u{202F}:",
        ],
        "Il nous reste à vous transmettre\u{202F}:",
    ),
    (
        "ro",
        [
            "> - Mai avem de livrat raportul final și fișierele de design în format editabil.",
            "> - Vă vom preda următoarele elemente:",
            "> - Iată ce rămâne în vigoare și după încheierea colaborării:",
        ],
        "Vă vom preda:",
    ),
    (
        "sk",
        [
            "> - Na dodanie nám ešte zostávajú záverečná správa a\u{a0}zdrojové súbory grafických návrhov.",
            "> - Na odovzdanie ešte zostávajú tieto položky:",
            "> - Aj po skončení spolupráce zostáva v\u{a0}platnosti nasledujúce:",
        ],
        "Na odovzdanie ešte zostáva táto položka:",
    ),
];

/// Round 6, class 1: items the user wrote never run into a spoken or written
/// sentence (capitals mid-sentence, their own commas, a verb agreeing with the
/// count rather than with the item): adieu's lead-in, then each item on a line of
/// its own, in every language and format.
#[test]
fn user_written_items_stand_on_their_own_lines_under_adieus_lead_in() {
    let case = root().join("tests/cases/user-items.yaml");
    let text = std::fs::read_to_string(&case).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let one = dir.path().join("one.yaml");
    let base = &text[..text.find("closeout:").unwrap()];
    std::fs::write(
        &one,
        format!("{base}closeout:\n  handover: [\"Brand guidelines and source files\"]\n"),
    )
    .unwrap();
    let handed = [
        "Brand guidelines and source files",
        "Access to the shared asset library, with its history",
    ];
    let mut failures = Vec::new();
    for (tag, spoken, lead) in USER_ITEMS {
        let call = render(&case, Channel::Call, Format::Markdown, Some(tag));
        let call = call.text().unwrap();
        let lines: Vec<&str> = call.lines().collect();
        for sentence in spoken {
            if !lines.contains(&sentence) {
                failures.push(format!("{tag} call: no line {sentence:?} in\n{call}"));
            }
        }
        let at = lines.iter().position(|l| *l == spoken[1]).unwrap_or(0);
        for (line, item) in lines[at + 1..].iter().zip(handed) {
            if *line != format!(">   - {item}") {
                failures.push(format!("{tag} call: {item:?} not on its own line"));
            }
        }
        for format in [Format::Text, Format::Html] {
            let document = render(&case, Channel::Call, format, Some(tag));
            let body = match document.text() {
                Some(text) => flat(text),
                None => continue,
            };
            for item in handed {
                if body.contains(&format!(": {item}")) || body.contains(&format!(" {item},")) {
                    failures.push(format!("{tag} call {format}: {item:?} in a sentence"));
                }
            }
        }
        for channel in [Channel::Letter, Channel::Email] {
            let letter = render(&one, channel, Format::Markdown, Some(tag));
            let letter = letter.text().unwrap();
            if !letter.contains(&format!("{lead}\n\n- {}", handed[0]))
                && !letter.contains(&format!("{lead}\n- {}", handed[0]))
            {
                failures.push(format!(
                    "{tag} {channel}: no {lead:?} over the item in\n{letter}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Round 6, class 3: the call's checklist points to the close-out only when there
/// is one (ro-4, sk-4 said "listed below" over nothing).
#[test]
fn the_checklist_points_to_a_close_out_only_when_there_is_one() {
    let below = [
        ("en", "or is listed in the close-out below"),
        ("es", "o figura más abajo"),
        ("es-MX", "o figura más abajo"),
        ("ro", "sau figurează mai jos"),
        ("sk", "alebo uvedené nižšie"),
    ];
    let text = std::fs::read_to_string(root().join("tests/cases/user-items.yaml")).unwrap();
    let base = &text[..text.find("closeout:").unwrap()];
    let dir = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for (contract, name) in [
        ("contract: { title: Retainer, notice_days: 30 }\n", "days"),
        ("contract: { title: Retainer }\n", "plain"),
    ] {
        let bare = dir.path().join(format!("{name}-bare.yaml"));
        let items = dir.path().join(format!("{name}-items.yaml"));
        std::fs::write(&bare, format!("{base}{contract}")).unwrap();
        std::fs::write(
            &items,
            format!("{base}{contract}closeout:\n  handover: [source-code]\n"),
        )
        .unwrap();
        for (tag, words) in below {
            let said = |case: &std::path::Path| {
                flat(
                    render(case, Channel::Call, Format::Markdown, Some(tag))
                        .text()
                        .unwrap(),
                )
            };
            if said(&bare).contains(words) {
                failures.push(format!("{tag} {name}: {words:?} with no close-out"));
            }
            if !said(&items).contains(words) {
                failures.push(format!("{tag} {name}: no {words:?} over a close-out"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Round 6, class 6: a Spanish letter to a contact of unspecified gender opens with
/// «Estimado/a» and the full name, never «Buenos días»; the email the same.
#[test]
fn a_spanish_letter_never_opens_with_buenos_dias() {
    let text = std::fs::read_to_string(root().join("tests/cases/user-items.yaml")).unwrap();
    let text = text.replace("gender: female", "gender: unspecified");
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.yaml");
    std::fs::write(&case, text).unwrap();
    for tag in ["es", "es-MX"] {
        for channel in [Channel::Letter, Channel::Email] {
            for format in [Format::Text, Format::Markdown, Format::Html] {
                let document = render(&case, channel, format, Some(tag));
                let body = document.text().unwrap();
                assert!(
                    body.contains("Estimado/a Helen Ward:") && !body.contains("Buenos días"),
                    "{tag} {channel} {format}:\n{body}"
                );
            }
        }
    }
}
