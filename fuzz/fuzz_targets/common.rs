//! What the fuzz targets share: one composer per channel and format, kept across
//! runs as adieu keeps one per batch, and the date every run takes as today.

use std::cell::RefCell;
use std::collections::HashMap;

use adieu::case::Overrides;
use adieu::compose::Composer;
use adieu::l10n::Catalog;
use adieu::render::{Channel, Format};

/// A composer keeps the locales of every language it meets; renewing the composers
/// this often keeps the fuzzer's memory from growing with each regional tag it
/// invents, at the cost of preparing a few locales again.
const RENEW_EVERY: u32 = 1024;

thread_local! {
    static COMPOSERS: RefCell<(u32, HashMap<(Channel, Format), Composer>)> =
        RefCell::new((0, HashMap::new()));
}

/// The overrides of every run: no command-line language or date, today fixed.
pub fn overrides() -> Overrides<'static> {
    Overrides {
        language: None,
        date: None,
        today: jiff::civil::date(2026, 11, 23),
    }
}

/// Runs `work` with the composer for each of `formats` of `channel`, in order.
pub fn with_composers(channel: Channel, formats: &[Format], mut work: impl FnMut(Format, &Composer)) {
    COMPOSERS.with_borrow_mut(|(runs, composers)| {
        *runs += 1;
        if *runs % RENEW_EVERY == 0 {
            composers.clear();
        }
        for &format in formats {
            let composer = composers
                .entry((channel, format))
                .or_insert_with(|| Composer::new(channel, format, Catalog::embedded()));
            work(format, composer);
        }
    });
}
