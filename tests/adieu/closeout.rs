//! Issue 13, content logic 4: no sentence about what does not exist. A case with
//! nothing to settle never speaks of a handover or of close-out items; an immediate
//! end says its date.

use adieu::render::{Channel, Format};

use crate::support::{flat, render, root};

/// Per language: the words that speak of a handover or of items to settle, the
/// immediate end with the case's date (2026-12-02), written and as the call script
/// says it, and the word for a transition,
/// which an immediate end with nothing to settle does not have.
const LANGUAGES: [(&str, &[&str], &str, &str, &str); 5] = [
    (
        "en",
        &["handover", "handed over", "close-out"],
        "The termination takes effect immediately, on 2 December 2026.",
        "This takes effect immediately, from today, 2 December.",
        "transition",
    ),
    (
        "es",
        &["traspaso", "cuestiones pendientes", "plazos pendientes"],
        "Esta decisión surte efecto a partir de hoy, 2 de diciembre de 2026.",
        "La decisión es efectiva desde hoy, 2 de diciembre.",
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
        &["predare", "predat", "rămase"],
        "Încetarea are efect imediat, începând de astăzi, 2 decembrie 2026.",
        "Colaborarea noastră încetează cu efect imediat, chiar astăzi, 2 decembrie.",
        "tranziți",
    ),
    (
        "sk",
        &["odovzdani", "zostáva vybaviť", "uzavretím"],
        "Ukončenie je účinné okamžite, t. j. dňom 2. decembra 2026.",
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
