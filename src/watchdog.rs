//! A bound on the memory of a run that renders with the user's own templates.
//!
//! A template is the user's code, like a Makefile: it may loop, and adieu does not
//! try to stop that. But a template that builds an ever longer string (`{% set s = s
//! ~ s %}` in a loop) would take all the memory and end in an allocation failure,
//! an abort that leaves a temporary file behind and says nothing useful. So while
//! an overlay folder is in use, a thread watches the process's resident memory and,
//! past [`MAX_RESIDENT_BYTES`], removes the temporary files being written and exits
//! with 78, naming the folder, as for any other broken overlay.

use std::path::Path;
use std::sync::Once;
use std::time::Duration;

use crate::error::Error;

/// Far above any real run: a batch of 10,000 letters holds about 50 MB.
pub const MAX_RESIDENT_BYTES: u64 = 512 * 1024 * 1024;

/// How often memory is looked at: often enough to see a doubling string pass the
/// bound long before it reaches the machine's limit.
const INTERVAL: Duration = Duration::from_millis(10);

/// Starts the watch, once per process, for the overlay folder `folder`.
pub fn watch_memory(folder: &Path) {
    static START: Once = Once::new();
    let folder = folder.to_path_buf();
    START.call_once(move || {
        // Without the thread a runaway template ends as it did before: not fatal.
        let _ = std::thread::Builder::new()
            .name("adieu-watchdog".into())
            .spawn(move || {
                loop {
                    std::thread::sleep(INTERVAL);
                    if resident_bytes().is_some_and(|bytes| bytes > MAX_RESIDENT_BYTES) {
                        let error = Error::Overlay {
                            folder,
                            message: format!(
                                "rendering with these templates took more than {} MiB of memory, so adieu stopped; look for a loop that builds an ever longer value",
                                MAX_RESIDENT_BYTES / (1024 * 1024)
                            ),
                        };
                        crate::report::error(&error);
                        crate::output::abandon_and_exit(error.status());
                    }
                }
            });
    });
}

/// The process's resident memory, from `/proc/self/statm` (pages): `None` where
/// there is no such file, and then nothing is watched.
fn resident_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    // The page size of every Linux platform adieu is built for but a few; a larger
    // page only makes the bound trip earlier.
    Some(pages * 4096)
}
