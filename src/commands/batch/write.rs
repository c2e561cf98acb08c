//! Phase 2 of a batch: every valid case rendered and written, each document
//! straight to its file and dropped once written.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

use super::check::Pending;
use super::{Batch, lock};
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::output;

/// What phase 2 did: the cases written, the distinct notes, the failures, and each
/// document's own warnings with its file, all in input order.
pub(super) type Written = (
    Vec<usize>,
    BTreeSet<String>,
    Vec<(usize, Error)>,
    Vec<(PathBuf, Vec<Diagnostic>)>,
);

impl Batch<'_> {
    /// Phase 2: renders and writes every valid case, each document dropped once
    /// written. Without `keep_going` it stops at the first failure. Returns how many
    /// were written, the distinct notes, and the failures in input order.
    ///
    /// The cases are rendered on threads of their own, not on rayon's pool: the PDF
    /// writer (krilla, inside Typst) waits for its parallel parts with
    /// `rayon::yield_now`, which runs whatever job the pool has pending on the
    /// waiting thread's stack. On a pool worker that job was the next case of the
    /// batch, which waited in turn and ran the next one on top: each PDF added a
    /// whole typesetting to one stack, until about 170 of them overflowed it (with
    /// one rayon thread too). From a thread outside the pool, Typst's parallel work
    /// still runs on the pool, but no case can ever nest inside another.
    pub(super) fn write(
        &self,
        checked: Vec<Option<Pending>>,
        valid: usize,
        keep_going: bool,
    ) -> Written {
        self.progress.phase("writing", valid);
        let written = Mutex::new(Vec::with_capacity(valid));
        let notes = Mutex::new(BTreeSet::new());
        let warnings = Mutex::new(Vec::new());
        let unwritten = Mutex::new(Vec::new());
        let stop = AtomicBool::new(false);
        let jobs = Mutex::new(
            checked
                .into_iter()
                .enumerate()
                .filter_map(|(index, loaded)| Some((index, loaded?))),
        );
        let write = |(index, valid): (usize, Pending)| -> Result<()> {
            let loaded = match valid {
                Pending::Held(loaded) => *loaded,
                Pending::Reload => match self.cases.load(index, self.composer, self.overrides) {
                    Ok((loaded, _, _)) => loaded,
                    Err(failure) => return Err(self.cases.error_for(index, failure)),
                },
            };
            for (part, path) in self.parts.iter().zip(&self.outputs[index]) {
                let language = part.language.as_ref().unwrap_or(&loaded.language);
                let document = part.composer.render_in(&loaded, language)?;
                if !document.notes.is_empty() {
                    lock(&notes).extend(document.notes);
                }
                if !document.warnings.is_empty() {
                    lock(&warnings).push((index, path.clone(), document.warnings));
                }
                output::write_batch_file(path, document.document.as_bytes(), self.force)?;
            }
            drop(loaded);
            lock(&written).push(index);
            self.progress.step();
            Ok(())
        };
        let work = || {
            while !stop.load(Ordering::Relaxed) {
                // Taken in input order; the lock is held only to take the next case.
                let Some(job) = lock(&jobs).next() else {
                    break;
                };
                let index = job.0;
                if let Err(error) = write(job) {
                    lock(&unwritten).push((index, error));
                    if !keep_going {
                        stop.store(true, Ordering::Relaxed);
                    }
                }
            }
        };
        let threads = rayon::current_num_threads().min(valid).max(1);
        std::thread::scope(|scope| {
            // The calling thread is one of the workers; a helper the system cannot
            // start leaves its share to the others.
            for _ in 1..threads {
                if std::thread::Builder::new()
                    .name("adieu-render".into())
                    .spawn_scoped(scope, work)
                    .is_err()
                {
                    break;
                }
            }
            work();
        });
        let mut unwritten = unwritten
            .into_inner()
            .unwrap_or_else(PoisonError::into_inner);
        unwritten.sort_by_key(|(index, _)| *index);
        let notes = notes.into_inner().unwrap_or_else(PoisonError::into_inner);
        let mut written = written.into_inner().unwrap_or_else(PoisonError::into_inner);
        written.sort_unstable();
        let mut warnings = warnings
            .into_inner()
            .unwrap_or_else(PoisonError::into_inner);
        warnings.sort_by_key(|(index, _, _)| *index);
        let warnings = warnings
            .into_iter()
            .map(|(_, path, diagnostics)| (path, diagnostics))
            .collect();
        (written, notes, unwritten, warnings)
    }
}
