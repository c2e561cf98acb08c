//! A case through validation into every format its document can be written in, PDF
//! and the email draft included: what one format accepts, every format must either
//! render or refuse as an invalid case, located. Nothing may panic, and no valid case
//! may fail as an internal error after validation (exit 70 on the command line).
//!
//! The first byte picks the channel; the rest is the case file. Inputs are bounded
//! by `-max_len` (see the README), as case files are by adieu's own limits.

#![no_main]

mod common;

use adieu::error::Error;
use adieu::input::Source;
use adieu::render::Channel;
use libfuzzer_sys::fuzz_target;

const CHANNELS: [Channel; 3] = [Channel::Letter, Channel::Email, Channel::Call];

fuzz_target!(|data: &[u8]| {
    let Some((&choice, file)) = data.split_first() else {
        return;
    };
    let channel = CHANNELS[usize::from(choice) % 3];
    let Ok(source) = Source::from_bytes("fuzz.yaml", file.to_vec()) else {
        return;
    };
    common::with_composers(channel, channel.formats(), |format, composer| {
        match composer.compose(&source, common::overrides()) {
            Ok(composed) => assert!(!composed.document.as_bytes().is_empty()),
            Err(Error::InvalidCase { diagnostics, .. }) => assert!(!diagnostics.is_empty()),
            Err(other) => panic!("{format:?}: {other}"),
        }
    });
});
