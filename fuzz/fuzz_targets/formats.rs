//! A case through validation into every format its document can be written in, PDF
//! and the email draft included: what one format accepts, every format must either
//! render or refuse as an invalid case, located. Nothing may panic, and no valid case
//! may fail as an internal error after validation (exit 70 on the command line).
//!
//! The first byte picks the channel; the rest is the case file. Inputs are bounded
//! by `-max_len` (see the README), as case files are by adieu's own limits.

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
/// As in the `case` target: renewed now and then so that memory does not grow with
/// every regional tag the fuzzer invents.
const RENEW_EVERY: u32 = 1024;

thread_local! {
    static COMPOSERS: RefCell<(u32, HashMap<(Channel, Format), Composer>)> =
        RefCell::new((0, HashMap::new()));
}

fuzz_target!(|data: &[u8]| {
    let Some((&choice, file)) = data.split_first() else {
        return;
    };
    let channel = CHANNELS[usize::from(choice) % 3];
    let overrides = Overrides {
        language: None,
        date: None,
        today: jiff::civil::date(2026, 11, 23),
    };
    let Ok(source) = Source::from_bytes("fuzz.yaml", file.to_vec()) else {
        return;
    };
    COMPOSERS.with_borrow_mut(|(runs, composers)| {
        *runs += 1;
        if *runs % RENEW_EVERY == 0 {
            composers.clear();
        }
        for &format in channel.formats() {
            let composer = composers
                .entry((channel, format))
                .or_insert_with(|| Composer::new(channel, format, Catalog::embedded()));
            match composer.compose(&source, overrides) {
                Ok(composed) => assert!(!composed.document.as_bytes().is_empty()),
                Err(Error::InvalidCase { diagnostics, .. }) => assert!(!diagnostics.is_empty()),
                Err(other) => panic!("{format:?}: {other}"),
            }
        }
    });
});
