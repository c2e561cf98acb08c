//! The whole path a case file takes — bytes, size and UTF-8 checks, the bounded YAML
//! tree, the schema, serde, validation, advice, and rendering of every channel — on
//! arbitrary input. Nothing may panic, and every diagnostic must render.

#![no_main]

use std::sync::OnceLock;

use adieu::case::Overrides;
use adieu::compose::Composer;
use adieu::error::Error;
use adieu::input::Source;
use adieu::l10n::Catalog;
use adieu::render::{Channel, Format};
use libfuzzer_sys::fuzz_target;

fn composers() -> &'static [Composer] {
    static COMPOSERS: OnceLock<Vec<Composer>> = OnceLock::new();
    COMPOSERS.get_or_init(|| {
        vec![
            Composer::new(Channel::Letter, Format::Text, Catalog::embedded()),
            Composer::new(Channel::Email, Format::Markdown, Catalog::embedded()),
            Composer::new(Channel::Call, Format::Text, Catalog::embedded()),
        ]
    })
}

fuzz_target!(|data: &[u8]| {
    let overrides = Overrides {
        language: None,
        date: None,
        today: jiff::civil::date(2026, 11, 23),
    };
    let source = match Source::from_bytes("fuzz.yaml", data.to_vec()) {
        Ok(source) => source,
        Err(error) => return render_error(&error),
    };
    for composer in composers() {
        match composer.compose(&source, overrides) {
            Ok(document) => {
                assert!(!document.text.is_empty());
                for advice in &document.advice {
                    let _ = advice.render(&source.name, &source.text, true);
                }
            }
            Err(error) => {
                render_error(&error);
                // Invalid for one channel means invalid for all: stop here.
                break;
            }
        }
    }
});

fn render_error(error: &Error) {
    match error {
        Error::InvalidCase {
            file,
            source_text,
            diagnostics,
        } => {
            assert!(!diagnostics.is_empty());
            for diagnostic in diagnostics {
                let _ = diagnostic.render(file, source_text, true);
                let _ = diagnostic.to_json_line(file);
            }
        }
        // A valid case must render; anything else is a bug in adieu.
        other => panic!("{other}"),
    }
}
