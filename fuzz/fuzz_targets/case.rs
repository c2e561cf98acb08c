//! The whole path a case file takes — bytes, size and UTF-8 checks, the bounded YAML
//! tree, the schema, serde, validation, advice, and rendering — on arbitrary input.
//! Nothing may panic, every diagnostic must render, and a valid case must render.
//!
//! The first byte picks the channel and format; the rest is the case file.

#![no_main]

use std::cell::RefCell;
use std::collections::HashMap;

use adieu::case::Overrides;
use adieu::compose::Composer;
use adieu::error::Error;
use adieu::input::Source;
use adieu::l10n::Catalog;
use adieu::render::{Channel, Format};
use libfuzzer_sys::fuzz_target;

const CHANNELS: [Channel; 3] = [Channel::Letter, Channel::Email, Channel::Call];
const FORMATS: [Format; 2] = [Format::Text, Format::Markdown];
/// A composer keeps the locales of every language it meets; renewing the composers
/// this often keeps the fuzzer's memory from growing with each regional tag it
/// invents, at the cost of preparing a few locales again.
const RENEW_EVERY: u32 = 4096;

thread_local! {
    static COMPOSERS: RefCell<(u32, HashMap<(Channel, Format), Composer>)> =
        RefCell::new((0, HashMap::new()));
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
    let outcome = COMPOSERS.with_borrow_mut(|(runs, composers)| {
        *runs += 1;
        if *runs % RENEW_EVERY == 0 {
            composers.clear();
        }
        composers
            .entry((channel, format))
            .or_insert_with(|| Composer::new(channel, format, Catalog::embedded()))
            .compose(&source, overrides)
    });
    match outcome {
        Ok(document) => {
            assert!(!document.document.as_bytes().is_empty());
            for advice in &document.advice {
                let _ = advice.render(&source.name, &source.text, true);
            }
        }
        Err(error) => render_error(&error),
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
        // Anything but an invalid case is a bug in adieu: a valid case must render.
        other => panic!("{other}"),
    }
}
