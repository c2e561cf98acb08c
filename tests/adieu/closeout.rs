//! Issue 13, content logic 4: no sentence about what does not exist. A case with
//! nothing to settle never speaks of a handover or of close-out items; an immediate
//! end says its date.

use adieu::render::{Channel, Format};

use crate::support::{flat, render, root};

/// Per language: the words that speak of a handover or of items to settle, and the
/// immediate end with the case's date (2026-12-02).
const LANGUAGES: [(&str, &[&str], &str); 5] = [
    (
        "en",
        &["handover", "close-out"],
        "takes effect immediately, as of today, 2 December 2026.",
    ),
    (
        "es",
        &["traspaso", "cuestiones pendientes", "plazos pendientes"],
        "surte efecto de inmediato, a partir de hoy, 2 de diciembre de 2026.",
    ),
    (
        "fr",
        &["passation", "points à régler", "clôture"],
        "prend effet immédiatement, à compter du 2 décembre 2026.",
    ),
    (
        "ro",
        &["predare", "rămase"],
        "are efect imediat, începând de astăzi, 2 decembrie 2026.",
    ),
    (
        "sk",
        &["odovzdani", "zostáva vybaviť", "uzavretím"],
        "s okamžitou účinnosťou, teda odo dnešného dňa, 2. decembra 2026.",
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
    for (tag, words, immediate) in LANGUAGES {
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
            if !bare.contains(immediate) {
                failures.push(format!("{tag} {channel}: no {immediate:?} in\n{bare}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
