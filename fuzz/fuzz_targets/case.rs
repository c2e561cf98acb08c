//! The whole path a case file takes — bytes, size and UTF-8 checks, the bounded YAML
//! tree, the schema, serde, validation, advice, and rendering — on arbitrary input.
//! Nothing may panic, every diagnostic must render, and a valid case must render.
//!
//! The first byte picks the channel and format; the rest is the case file.

#![no_main]

mod common;

use adieu::error::Error;
use adieu::input::Source;
use adieu::render::{Channel, Format};
use libfuzzer_sys::fuzz_target;

const CHANNELS: [Channel; 3] = [Channel::Letter, Channel::Email, Channel::Call];
const FORMATS: [Format; 2] = [Format::Text, Format::Markdown];

fuzz_target!(|data: &[u8]| {
    let Some((&choice, file)) = data.split_first() else {
        return;
    };
    let channel = CHANNELS[usize::from(choice) % 3];
    let format = FORMATS[usize::from(choice / 3) % 2];
    let source = match Source::from_bytes("fuzz.yaml", file.to_vec()) {
        Ok(source) => source,
        Err(error) => return render_error(&error),
    };
    let mut outcome = None;
    common::with_composers(channel, &[format], |_, composer| {
        outcome = Some(composer.compose(&source, common::overrides()));
    });
    let Some(outcome) = outcome else { return };
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
