//! The whole path a case file takes — bytes, size and UTF-8 checks, the bounded YAML
//! tree, the schema, serde, validation, advice, and rendering — on arbitrary input.
//! Nothing may panic, every diagnostic must render, and a valid case must render.
//!
//! The first byte picks the channel and format; the rest is the case file.

#![no_main]

use std::collections::HashMap;
use std::sync::OnceLock;

use adieu::case::{self, Overrides};
use adieu::compose::Composer;
use adieu::error::Error;
use adieu::input::Source;
use adieu::l10n::Catalog;
use adieu::render::{Channel, Format};
use libfuzzer_sys::fuzz_target;

const CHANNELS: [Channel; 3] = [Channel::Letter, Channel::Email, Channel::Call];
const FORMATS: [Format; 2] = [Format::Text, Format::Markdown];
/// The tags whose prepared locales are kept between inputs. A composer keeps every
/// language it meets; with any other tag kept too, the fuzzer's memory would grow
/// with each new regional tag it invents.
const KEPT: [&str; 7] = ["en", "es", "fr", "ro", "sk", "en-US", "es-MX"];

fn composers() -> &'static HashMap<(Channel, Format), Composer> {
    static COMPOSERS: OnceLock<HashMap<(Channel, Format), Composer>> = OnceLock::new();
    COMPOSERS.get_or_init(|| {
        CHANNELS
            .iter()
            .flat_map(|&c| FORMATS.iter().map(move |&f| (c, f)))
            .map(|(c, f)| ((c, f), Composer::new(c, f, Catalog::embedded())))
            .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&choice, file)) = data.split_first() else {
        return;
    };
    let channel = CHANNELS[usize::from(choice) % 3];
    let format = FORMATS[usize::from(choice / 3) % 2];
    let overrides = Overrides {
        language: None,
        date: None,
        today: jiff::civil::date(2026, 11, 23),
    };
    let source = match Source::from_bytes("fuzz.yaml", file.to_vec()) {
        Ok(source) => source,
        Err(error) => return render_error(&error),
    };
    let loaded = match case::load(&source, &Catalog::embedded(), overrides) {
        Ok(loaded) => loaded,
        Err(error) => return render_error(&error),
    };
    for advice in &loaded.advice {
        let _ = advice.render(&source.name, &source.text, true);
    }
    let fresh;
    let composer = if KEPT.contains(&loaded.language.tag.as_str()) {
        &composers()[&(channel, format)]
    } else {
        fresh = Composer::new(channel, format, Catalog::embedded());
        &fresh
    };
    match composer.compose(&source, overrides) {
        Ok(document) => assert!(!document.text.is_empty()),
        // A case that loaded must render: anything else is a bug in adieu.
        Err(error) => panic!("{error}"),
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
        other => panic!("{other}"),
    }
}
