//! The estimate against Typst's layout.
#![cfg(feature = "pdf")]

use std::path::Path;
use std::sync::Arc;

use super::*;
use crate::case::Overrides;
use crate::input::Source;
use crate::l10n::Catalog;
use crate::render::{Channel, Format, Templates};

const LANGUAGES: [&str; 7] = ["en", "en-US", "es", "es-MX", "fr", "ro", "sk"];

/// The long test letters, and the examples.
fn cases() -> Vec<(std::path::PathBuf, &'static [&'static str])> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = ["00", "12", "18", "40"]
        .iter()
        .map(|n| {
            (
                root.join(format!("tests/cases/long-{n}.yaml")),
                &LANGUAGES[..],
            )
        })
        .collect();
    for entry in std::fs::read_dir(root.join("examples")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            files.push((path, &[][..]));
        }
    }
    files
}

/// The estimate ends where Typst sets the last line of the signature, on a page
/// tall enough for the whole letter, to within a point: for the long test letters
/// in every language and each example in its own.
#[test]
fn the_estimate_ends_where_typst_does() {
    let catalog = Catalog::embedded();
    let templates = Templates::embedded();
    let today = jiff::civil::date(2026, 11, 23);
    // From the top of the page to the mark after the signature: the top margin, a
    // paragraph gap and the mark's own line.
    let offset = 20.0 * 72.0 / 25.4 + 1.15 * 11.0 + 0.658 * 11.0;
    for (path, languages) in cases() {
        let source = Source::read(&path).unwrap();
        let own = [None];
        let languages: Vec<Option<&str>> = if languages.is_empty() {
            own.to_vec()
        } else {
            languages.iter().map(|l| Some(*l)).collect()
        };
        for lang in languages {
            let overrides = Overrides {
                language: lang,
                date: None,
                today,
            };
            let loaded = crate::case::load(&source, &catalog, overrides).unwrap();
            let localizer = Arc::new(Localizer::new(loaded.language.clone(), &catalog).unwrap());
            let text = Renderer::new(
                Channel::Letter,
                Format::Text,
                Arc::clone(&localizer),
                &templates,
            )
            .unwrap()
            .unwrapped();
            let typst = Renderer::new(
                Channel::Letter,
                Format::Pdf,
                Arc::clone(&localizer),
                &templates,
            )
            .unwrap();
            let plan = Plan::new(&loaded.case, &localizer).unwrap();
            let (document, _) = text.render(&plan).unwrap();
            let estimate = height(document.text().unwrap());
            let pdf = typst
                .typeset_markup(&plan, |m| {
                    m.replace("paper: \"a4\",", "width: 210mm, height: auto,")
                        + "\n#context [ENDY#calc.round(here().position().y.pt() * 10)]\n"
                })
                .unwrap();
            let document = lopdf::Document::load_mem(&pdf).unwrap();
            let text = document.extract_text(&[1]).unwrap();
            let typst: f64 = text
                .split("ENDY")
                .nth(1)
                .unwrap()
                .trim()
                .parse::<f64>()
                .unwrap()
                / 10.0;
            assert!(
                (typst - offset - estimate).abs() < 1.0,
                "{} in {}: Typst ends at {:.1} pt, the estimate at {estimate:.1} pt",
                path.display(),
                loaded.language.tag,
                typst - offset
            );
        }
    }
}
