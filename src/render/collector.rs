//! What `t()` learns while one document is laid out — the fallbacks of the messages
//! it took, and the error of a message that failed — kept apart per document until
//! the renderer takes it.
//!
//! Tera gives a function its arguments and the template's variables, nothing else,
//! and keeps only the text of a function's error; so `t()` cannot hand either back
//! through Tera. Instead a [`super::Renderer`] and the `t()` it registers share one
//! [`Collector`]. Each render opens a [`Sheet`] under a number of its own and puts the
//! number in the template's context ([`DOCUMENT`]); `t()` files what it learns under
//! that number, and the renderer takes the sheet out when the document is done (or
//! drops it when the render fails). Nothing outlives its document, and documents laid
//! out at once on several threads (a batch) never see each other's notes.
//!
//! Most lookups have nothing to file and take no lock. What is filed goes to one of
//! [`SHARDS`] maps chosen by the document's number, so that the threads of a batch,
//! which lay out consecutive documents, rarely wait for each other.

use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use crate::error::Error;
use crate::l10n::Fallback;

/// The context variable holding the number of the document being laid out. Templates
/// never read it; its name keeps clear of every variable the plan gives them.
pub const DOCUMENT: &str = "__adieu_document";

/// How many maps the sheets are spread over: more than the threads of any batch.
const SHARDS: usize = 16;

/// What `t()` filed for one document.
#[derive(Debug, Default)]
struct Notes {
    fallbacks: BTreeSet<Fallback>,
    failure: Option<Error>,
}

/// The notes of the documents being laid out, by document number.
#[derive(Debug)]
pub struct Collector {
    next: AtomicU64,
    shards: [Mutex<HashMap<u64, Notes>>; SHARDS],
}

impl Default for Collector {
    fn default() -> Self {
        Collector {
            next: AtomicU64::new(0),
            shards: std::array::from_fn(|_| Mutex::default()),
        }
    }
}

impl Collector {
    /// Opens the sheet of a new document: its number is unique in this collector.
    pub fn open(&self) -> Sheet<'_> {
        Sheet {
            collector: self,
            id: self.next.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// Files a fallback under document `id`.
    pub fn fallback(&self, id: u64, fallback: Fallback) {
        self.shard(id)
            .entry(id)
            .or_default()
            .fallbacks
            .insert(fallback);
    }

    /// Files the error of a failed lookup under document `id`; Tera stops at the
    /// first error, so it is the one that ended the render.
    pub fn failure(&self, id: u64, error: Error) {
        self.shard(id).entry(id).or_default().failure = Some(error);
    }

    fn shard(&self, id: u64) -> MutexGuard<'_, HashMap<u64, Notes>> {
        // The remainder is below SHARDS, so it fits any usize and indexes the array.
        let index = (id % SHARDS as u64) as usize;
        // A thread that panicked while filing left a map that is still whole.
        self.shards[index]
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    fn take(&self, id: u64) -> Option<Notes> {
        self.shard(id).remove(&id)
    }
}

/// One document's place in a [`Collector`], from the start of its render to the end;
/// dropping it throws away whatever was filed.
#[derive(Debug)]
pub struct Sheet<'a> {
    collector: &'a Collector,
    id: u64,
}

impl Sheet<'_> {
    /// The document's number, for the context ([`DOCUMENT`]).
    pub fn id(&self) -> u64 {
        self.id
    }

    /// Takes the error of the lookup that failed, if one did.
    pub fn take_failure(&self) -> Option<Error> {
        let mut shard = self.collector.shard(self.id);
        shard
            .get_mut(&self.id)
            .and_then(|notes| notes.failure.take())
    }

    /// Closes the sheet: the fallbacks of the messages the document took, in order.
    pub fn finish(self) -> Vec<Fallback> {
        self.collector
            .take(self.id)
            .map(|notes| notes.fallbacks.into_iter().collect())
            .unwrap_or_default()
    }
}

impl Drop for Sheet<'_> {
    fn drop(&mut self) {
        self.collector.take(self.id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fallback(id: &str) -> Fallback {
        Fallback::English(id.to_owned())
    }

    #[test]
    fn each_sheet_keeps_its_own_notes_and_leaves_nothing_behind() {
        let collector = Collector::default();
        let first = collector.open();
        let second = collector.open();
        assert_ne!(first.id(), second.id());
        collector.fallback(first.id(), fallback("a"));
        collector.fallback(second.id(), fallback("b"));
        collector.fallback(first.id(), fallback("a"));
        collector.failure(second.id(), Error::usage("broken"));
        assert!(first.take_failure().is_none());
        assert!(second.take_failure().is_some());
        assert!(second.take_failure().is_none());
        assert_eq!(second.finish(), [fallback("b")]);
        let third = collector.open();
        collector.fallback(third.id(), fallback("c"));
        drop(third);
        assert_eq!(first.finish(), [fallback("a")]);
        assert!(
            collector
                .shards
                .iter()
                .all(|shard| shard.lock().unwrap().is_empty())
        );
    }
}
