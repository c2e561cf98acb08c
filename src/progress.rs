//! The progress bar of a batch: drawn on stderr only when stderr is a terminal, the
//! run is not `--quiet`, and the work takes more than a moment, so that a quick run
//! and a redirected or scripted one print nothing but their summary.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long a run goes before it shows a bar.
const DELAY: Duration = Duration::from_millis(300);

/// Counts finished cases from any thread; shows a bar once the run is slow enough.
#[derive(Debug)]
pub struct Progress {
    bar: ProgressBar,
    started: Instant,
    /// Whether a bar may be shown at all.
    allowed: bool,
    shown: AtomicBool,
}

impl Progress {
    /// A hidden bar; `quiet` keeps it hidden for good, as does a stderr that is not a
    /// terminal.
    pub fn new(quiet: bool) -> Progress {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        if let Ok(style) =
            ProgressStyle::with_template("{msg:>8} [{bar:30}] {pos}/{len}, {eta} left")
        {
            bar.set_style(style.progress_chars("=> "));
        }
        Progress {
            bar,
            started: Instant::now(),
            allowed: !quiet && std::io::stderr().is_terminal(),
            shown: AtomicBool::new(false),
        }
    }

    /// Starts a phase of `len` steps: `checking`, then `writing`.
    pub fn phase(&self, message: &'static str, len: usize) {
        self.bar.set_message(message);
        self.bar.set_length(len as u64);
        self.bar.set_position(0);
    }

    /// One step done.
    pub fn step(&self) {
        self.bar.inc(1);
        if self.allowed
            && !self.shown.load(Ordering::Relaxed)
            && self.started.elapsed() >= DELAY
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }

    /// Removes the bar, so that the summary line stands alone.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
