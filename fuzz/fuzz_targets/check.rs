//! What `adieu check` does to arbitrary bytes — size and UTF-8 checks, the bounded
//! YAML tree, the schema, serde, validation and advice — without rendering, so that
//! the reading and checking code, where hostile input lands first, gets most of the
//! executions. Nothing may panic, and every diagnostic must render.

#![no_main]

mod common;

use adieu::error::Error;
use adieu::input::Source;
use adieu::render::{Channel, Format};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let source = match Source::from_bytes("fuzz.yaml", data.to_vec()) {
        Ok(source) => source,
        Err(_) => return,
    };
    common::with_composers(Channel::Letter, &[Format::Text], |_, composer| {
        let diagnostics = match composer.load(&source, common::overrides()) {
            Ok(loaded) => loaded.advice,
            Err(Error::InvalidCase { diagnostics, .. }) => {
                assert!(!diagnostics.is_empty());
                diagnostics
            }
            Err(other) => panic!("{other}"),
        };
        for diagnostic in &diagnostics {
            let _ = diagnostic.render(&source.name, &source.text, true);
            let _ = diagnostic.to_json_line(&source.name);
        }
    });
});
