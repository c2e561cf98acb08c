//! Phase 1 of a batch: every case parsed and validated, in parallel, and its
//! destination checked, before any file is written.

use std::sync::Mutex;
use std::sync::PoisonError;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use super::cases::{Advice, Failure};
use super::{Batch, lock};
use crate::case::Loaded;
use crate::output;

/// The most case text (in bytes) phase 1 holds as validated cases for phase 2; the
/// cases past it are read and validated again when their turn comes. So a batch's
/// memory does not grow with rows × the size of the base file.
pub(super) const MAX_HELD_BYTES: usize = 16 * 1024 * 1024;

/// A valid case waiting for phase 2.
pub(super) enum Pending {
    /// Held from phase 1.
    Held(Box<Loaded>),
    /// Past [`MAX_HELD_BYTES`]: loaded again, which gives the same case.
    Reload,
}

/// What phase 1 found: each valid case (in input order, `None` where it failed), the
/// failures and the advice, both in input order.
pub(super) struct Checked {
    pub(super) loaded: Vec<Option<Pending>>,
    pub(super) failed: Vec<(usize, Failure)>,
    pub(super) advice: Vec<(usize, Advice)>,
}

impl Batch<'_> {
    /// Phase 1: parses and validates every case, and checks its destination. The
    /// valid cases are collected in place, in input order, and held once; the
    /// failures, usually few, are set aside as they come, then sorted.
    pub(super) fn check(&self) -> Checked {
        let total = self.cases.len();
        self.progress.phase("checking", total);
        let failures = Mutex::new(Vec::new());
        let advice = Mutex::new(Vec::new());
        let held = AtomicUsize::new(0);
        let checked = (0..total)
            .into_par_iter()
            .map(|index| {
                let loaded = self
                    .cases
                    .load(index, self.composer, self.overrides)
                    .and_then(|loaded| {
                        self.outputs[index]
                            .iter()
                            .try_for_each(|path| output::check_batch_destination(path, self.force))
                            .map(|()| loaded)
                            .map_err(Failure::Error)
                    });
                self.progress.step();
                match loaded {
                    Ok((loaded, said, size)) => {
                        if let Some(said) = said {
                            lock(&advice).push((index, said));
                        }
                        if held.fetch_add(size, Ordering::Relaxed) + size <= MAX_HELD_BYTES {
                            Some(Pending::Held(Box::new(loaded)))
                        } else {
                            held.fetch_sub(size, Ordering::Relaxed);
                            Some(Pending::Reload)
                        }
                    }
                    Err(failure) => {
                        lock(&failures).push((index, failure));
                        None
                    }
                }
            })
            .collect();
        let mut failed = failures
            .into_inner()
            .unwrap_or_else(PoisonError::into_inner);
        failed.sort_by_key(|(index, _)| *index);
        let mut advice = advice.into_inner().unwrap_or_else(PoisonError::into_inner);
        advice.sort_by_key(|(index, _)| *index);
        Checked {
            loaded: checked,
            failed,
            advice,
        }
    }
}
