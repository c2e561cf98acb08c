//! The localisation gate, part 3: a pseudo-locale catches hard-coded text.
//!
//! `qps` (a private-use language tag) is made at test time from the English files:
//! every message is wrapped in ⟦ ⟧ and its letters are accented. It is added the
//! way a sixth language would be — one folder, laid over adieu's with `--locales` —
//! and passes the same gate. Rendered in it, every word of a document must sit
//! inside brackets, except the case's own data (names, addresses): anything else
//! came from a template or from Rust, not from a locale file.

use std::path::Path;

use adieu::case::{Overrides, parse, text_fields};
use adieu::compose::Composer;
use adieu::input::Source;
use adieu::l10n::Catalog;
use adieu::render::{Channel, Format};
use fluent_syntax::ast;

use crate::combinations::{self, Writer};
use crate::lint;
use crate::support::{examples, root};

/// The pseudo-locale's tag.
const PSEUDO: &str = "qps";

fn accent(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'a' => 'å',
            'e' => 'é',
            'i' => 'ï',
            'o' => 'ö',
            'u' => 'ü',
            'c' => 'ç',
            'n' => 'ñ',
            'y' => 'ý',
            'A' => 'Å',
            'E' => 'É',
            'I' => 'Ï',
            'O' => 'Ö',
            'U' => 'Ü',
            'C' => 'Ç',
            other => other,
        })
        .collect()
}

fn pseudo_pattern(pattern: &mut ast::Pattern<String>) {
    for element in &mut pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => *value = accent(value),
            ast::PatternElement::Placeable { expression } => pseudo_expression(expression),
        }
    }
}

fn pseudo_expression(expression: &mut ast::Expression<String>) {
    match expression {
        ast::Expression::Select { variants, .. } => {
            for variant in variants {
                pseudo_pattern(&mut variant.value);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            pseudo_expression(expression);
        }
        ast::Expression::Inline(_) => {}
    }
}

/// The pseudo-locale of one English file.
fn pseudo_file(english: String) -> String {
    let mut resource = fluent_syntax::parser::parse(english).expect("English parses");
    for entry in &mut resource.body {
        if let ast::Entry::Message(message) = entry
            && let Some(value) = &mut message.value
        {
            pseudo_pattern(value);
            value.elements.insert(
                0,
                ast::PatternElement::TextElement {
                    value: "⟦".to_owned(),
                },
            );
            value.elements.push(ast::PatternElement::TextElement {
                value: "⟧".to_owned(),
            });
        }
    }
    fluent_syntax::serializer::serialize(&resource)
}

/// Writes the pseudo-locale folder `qps/` under `dir`.
fn write_pseudo_locale(dir: &Path) {
    let folder = dir.join(PSEUDO);
    std::fs::create_dir_all(&folder).unwrap();
    // Every Fluent file English has, whatever it is called: a new one is pseudo-
    // localised without this test naming it.
    for entry in std::fs::read_dir(root().join("locales/en")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let english = std::fs::read_to_string(&path).unwrap();
            std::fs::write(folder.join(path.file_name().unwrap()), pseudo_file(english)).unwrap();
        }
    }
    std::fs::write(folder.join("locale.yaml"), "formatting: en-GB\n").unwrap();
}

/// The lines of `text` with words outside ⟦ ⟧ that are not the case's data.
fn leaks(text: &str, data: &[String]) -> Vec<String> {
    let mut outside = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '⟦' => depth += 1,
            '⟧' => {
                assert!(depth > 0, "unbalanced ⟧ in\n{text}");
                depth -= 1;
            }
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    assert_eq!(depth, 0, "unbalanced ⟦ in\n{text}");
    // Markdown escapes data (`Harbour \& Sons`); the backslashes are layout.
    let mut rest = outside.replace('\\', "");
    let mut data: Vec<&String> = data.iter().collect();
    data.sort_by_key(|d| std::cmp::Reverse(d.len()));
    for value in data {
        rest = rest.replace(value.as_str(), " ");
    }
    rest.lines()
        .filter(|line| line.chars().any(char::is_alphanumeric))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_pseudo_locale_passes_the_gate_like_any_language() {
    let dir = tempfile::tempdir().unwrap();
    write_pseudo_locale(dir.path());
    let reference = lint::read_folder(&root().join("locales/en")).unwrap();
    let pseudo =
        lint::read_folder(&dir.path().join(PSEUDO)).unwrap_or_else(|p| panic!("{}", p.join("\n")));
    let problems = lint::lint(&reference, &pseudo, PSEUDO);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_example_in_the_pseudo_locale_has_no_hard_coded_text() {
    let dir = tempfile::tempdir().unwrap();
    write_pseudo_locale(dir.path());
    let catalog = Catalog::embedded().with_overlay(dir.path()).unwrap();
    let mut failures = Vec::new();
    for example in examples() {
        let source = Source::read(&example).unwrap();
        let case = parse(&source.text).unwrap();
        let mut data: Vec<String> = text_fields(&case)
            .into_iter()
            .map(|(_, value)| value.to_owned())
            .collect();
        data.extend(case.sender.email.clone());
        data.push(case.client.email.clone());
        for channel in [Channel::Letter, Channel::Email, Channel::Call] {
            for format in [Format::Text, Format::Markdown] {
                let composer = Composer::new(channel, format, catalog.clone());
                let document = composer
                    .compose(
                        &source,
                        Overrides {
                            language: Some(PSEUDO),
                            date: None,
                            today: jiff::civil::date(2026, 11, 23),
                        },
                    )
                    .unwrap();
                assert!(document.notes.is_empty(), "{:?}", document.notes);
                assert!(
                    document.document.text().unwrap().contains('⟦'),
                    "{}",
                    document.document.text().unwrap()
                );
                let found = leaks(document.document.text().unwrap(), &data);
                if !found.is_empty() {
                    failures.push(format!(
                        "{} {channel} {format}: not from a locale file:\n  {}",
                        example.display(),
                        found.join("\n  ")
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_combination_in_the_pseudo_locale_has_no_hard_coded_text() {
    let dir = tempfile::tempdir().unwrap();
    write_pseudo_locale(dir.path());
    let catalog = Catalog::embedded().with_overlay(dir.path()).unwrap();
    let writer = Writer::new(PSEUDO, &catalog);
    let data: Vec<String> = combinations::DATA.iter().map(|d| (*d).to_owned()).collect();
    let all = combinations::closeout(&[
        combinations::Part::InvoiceDated,
        combinations::Part::InvoiceUndated,
        combinations::Part::DeliverableDated,
        combinations::Part::DeliverableUndated,
        combinations::Part::Handover,
        combinations::Part::Data(adieu::case::DataHandling::KeepAsRequired),
        combinations::Part::Refund,
        combinations::Part::Continuing,
    ]);
    let mut failures = Vec::new();
    for choice in combinations::choices() {
        for (channel, format, text) in writer.documents(&combinations::case(choice, all.clone())) {
            let found = leaks(&text, &data);
            if !found.is_empty() {
                failures.push(format!(
                    "{channel} {format} {choice:?}:\n  {}",
                    found.join("\n  ")
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_leak_detector_sees_text_outside_brackets() {
    assert_eq!(
        leaks(
            "⟦Déår⟧ Ana\nSubject: ⟦x ⟦y⟧⟧\n- [ ] ⟦z⟧",
            &["Ana".to_owned()]
        ),
        ["Subject: "]
    );
}
