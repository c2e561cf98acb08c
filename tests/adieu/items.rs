//! The close-out catalogue: every code written natively in every language and
//! format, `adieu items`, and the `wrong-language` advice for free text.

use adieu::case::{Catalogue, Continuing, Delivered, Handover};
use adieu::l10n::{Catalog, Language, Localizer};
use adieu::render::{Channel, Format};
use fluent_bundle::FluentArgs;
use predicates::prelude::*;

use crate::support::{LANGUAGES, adieu, flat, render, root};

/// A case that names every code of the catalogue.
fn every_code() -> String {
    let handover = Handover::codes().join(", ");
    let deliverables: Vec<String> = Delivered::codes()
        .iter()
        .map(|code| format!("{{ item: {code} }}"))
        .collect();
    format!(
        "language: en\ndate: 2026-11-23\nreason: capacity\n\
         sender: {{ name: Hannah Reid, email: hannah@northlight.example }}\n\
         client: {{ contact: {{ name: Oliver Grant }}, email: oliver@harbour.example }}\n\
         notice: {{ days: 30 }}\n\
         closeout:\n  deliverables: [{}]\n  handover: [{handover}]\n\
         \x20 continuing: [confidentiality, {{warranty: {{days: 30}}}}, data-protection, non-solicitation]\n",
        deliverables.join(", ")
    )
}

/// Each code's spoken form in `language`, as the call must say it.
fn spoken_wordings(language: &str) -> Vec<String> {
    let catalog = Catalog::embedded();
    let localizer =
        Localizer::new(Language::resolve(language, &catalog).unwrap(), &catalog).unwrap();
    let mut codes = Handover::codes();
    codes.extend(Delivered::codes());
    codes.extend(Continuing::codes());
    codes
        .into_iter()
        .map(|code| {
            let mut args = FluentArgs::new();
            args.set("days", 30);
            localizer
                .attribute_with(&format!("item-{code}"), "spoken", &args)
                .unwrap()
        })
        .collect()
}

/// Each code's wording in `language`, as the documents must show it.
fn wordings(language: &str) -> Vec<String> {
    let catalog = Catalog::embedded();
    let localizer =
        Localizer::new(Language::resolve(language, &catalog).unwrap(), &catalog).unwrap();
    let mut codes = Handover::codes();
    codes.extend(Delivered::codes());
    codes.extend(Continuing::codes());
    codes
        .into_iter()
        .map(|code| {
            let mut args = FluentArgs::new();
            args.set("days", 30);
            localizer.message(&format!("item-{code}"), &args).unwrap()
        })
        .collect()
}

#[test]
fn every_code_is_written_natively_in_every_language_and_format() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("codes.yaml");
    std::fs::write(&case, every_code()).unwrap();
    for language in LANGUAGES {
        let expected = wordings(language);
        let spoken = spoken_wordings(language);
        for channel in [Channel::Letter, Channel::Email, Channel::Call] {
            for format in [Format::Text, Format::Markdown, Format::Html] {
                let document = render(&case, channel, format, Some(language));
                let text = flat(&document.text().unwrap().replace("&nbsp;", " "));
                // The call says each item in its spoken form (`.spoken`).
                let expected = match channel {
                    Channel::Call => &spoken,
                    _ => &expected,
                };
                for wording in expected {
                    // The call says the items in a sentence, after a colon: in lower
                    // case, as after a label on the same line; or, when an item of
                    // the kind has a comma of its own, each on a line of its own
                    // under a lead-in, as written.
                    let lower: String = {
                        let mut chars = wording.chars();
                        chars
                            .next()
                            .map(|first| first.to_lowercase().chain(chars).collect())
                            .unwrap_or_default()
                    };
                    let found = |wording: &str| {
                        let wording = flat(wording);
                        text.contains(&wording) || text.contains(&wording.replace('’', "&#x27;"))
                    };
                    assert!(
                        found(wording)
                            || (channel == Channel::Call && found(&lower))
                            || (channel == Channel::Call && found(&capital(wording))),
                        "{language} {channel} {format}: {wording:?} missing"
                    );
                }
                // No code is left as it was written.
                assert!(
                    !text.contains("domain-transfer"),
                    "{language} {channel} {format}"
                );
            }
        }
    }
}

#[test]
fn items_lists_every_code_with_its_wording() {
    for language in LANGUAGES {
        let output = adieu()
            .args(["items", "--lang", language])
            .output()
            .unwrap();
        assert!(output.status.success());
        let listing = String::from_utf8(output.stdout).unwrap();
        crate::support::check_golden(
            &root().join(format!("tests/golden/items/{language}.txt")),
            &listing,
        )
        .unwrap();
        for wording in wordings(language) {
            assert!(listing.contains(&wording), "{language}: {wording}");
        }
        assert!(listing.contains("warranty: {days: 30}"));
    }
}

#[test]
fn a_warranty_needs_its_length_and_a_code_takes_no_other_terms() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.yaml");
    let text = every_code().replace("{warranty: {days: 30}}", "warranty");
    std::fs::write(&case, &text).unwrap();
    adieu()
        .args(["check"])
        .arg(&case)
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "a warranty needs its length: write `warranty: {days: 30}`",
        ));
    std::fs::write(
        &case,
        text.replace("[confidentiality,", "[{confidentiality: {days: 3}},"),
    )
    .unwrap();
    adieu()
        .args(["check"])
        .arg(&case)
        .assert()
        .code(65)
        .stderr(predicate::str::contains("unknown field"));
}

#[test]
fn free_text_in_another_language_is_advised_with_the_code_that_says_it() {
    let expected = "warning[wrong-language]: `Confidentiality of unreleased product information` reads as English in a document written in Romanian (in `closeout.continuing.0`)";
    adieu()
        .args(["letter", "examples/en-capacity.yaml", "--lang", "ro"])
        .assert()
        .success()
        .stderr(predicate::str::contains(expected))
        .stderr(predicate::str::contains(
            "help: write `confidentiality` instead: adieu writes it in every language (`adieu items`)",
        ))
        .stderr(predicate::str::contains(
            "`Access to the shared asset library` reads as English in a document written in Romanian",
        ));
    // In its own language, no example is taken for another.
    for example in crate::support::examples() {
        adieu()
            .arg("letter")
            .arg(&example)
            .assert()
            .success()
            .stderr(predicate::str::contains("wrong-language").not());
    }
    // Nor are names, references and codes, whatever the language.
    let case = std::fs::read_to_string(root().join("examples/sk-outgrown.yaml")).unwrap();
    assert!(case.contains("language: sk"));
    adieu()
        .args(["letter", "examples/sk-outgrown.yaml", "--lang", "en"])
        .assert()
        .success()
        .stderr(predicate::str::contains("in `client").not())
        .stderr(predicate::str::contains("in `sender").not());
}

/// `text` with a capital: a spoken form at the start of a line of its own.
fn capital(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
