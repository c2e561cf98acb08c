//! The edge where errors and warnings meet the user: rendered on stderr, in colour
//! only when stderr is a terminal and `NO_COLOR` is unset.

use std::io::Write;
use std::sync::atomic::{AtomicU8, Ordering};

use anstream::eprint;
use anstyle::{AnsiColor, Style};

use crate::diagnostic::{Diagnostic, printable_lines};
use crate::error::Error;

const ERROR: Style = AnsiColor::Red.on_default().bold();
const WARNING: Style = AnsiColor::Yellow.on_default().bold();
const NOTE: Style = AnsiColor::Cyan.on_default().bold();

/// How much adieu says on stderr besides errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verbosity {
    /// Errors only (`--quiet`).
    Quiet = 0,
    /// Errors and warnings.
    Normal = 1,
    /// Also notes on what adieu read and wrote (`--verbose`).
    Verbose = 2,
}

// One process, one user's wish: set once by `run` before any command starts.
static VERBOSITY: AtomicU8 = AtomicU8::new(Verbosity::Normal as u8);

/// Sets how much is said from now on.
pub fn set_verbosity(verbosity: Verbosity) {
    VERBOSITY.store(verbosity as u8, Ordering::Relaxed);
}

fn says(verbosity: Verbosity) -> bool {
    VERBOSITY.load(Ordering::Relaxed) >= verbosity as u8
}

/// Whether only errors are said (`--quiet`): progress bars and advice stay hidden.
pub fn is_quiet() -> bool {
    !says(Verbosity::Normal)
}

/// Prints an error, with every diagnostic of an invalid case.
pub fn error(error: &Error) {
    match error {
        Error::InvalidCase {
            file,
            source_text,
            diagnostics,
        }
        | Error::InvalidConfig {
            file,
            source_text,
            diagnostics,
        } => diagnostics_for(file, source_text, diagnostics),
        // Everything was reported as it was found.
        Error::Checked { .. } => {}
        // File names and values in the message are the user's: nothing in them may
        // drive the terminal.
        other => eprint!(
            "{ERROR}error{ERROR:#}: {}\n",
            printable_lines(&other.to_string())
        ),
    }
}

/// Prints a one-line warning, unless `--quiet`.
pub fn warning(message: &str) {
    if says(Verbosity::Normal) {
        eprint!(
            "{WARNING}warning{WARNING:#}: {}\n",
            printable_lines(message)
        );
    }
}

/// Prints one line on what a command did, unless `--quiet`.
pub fn status(message: &str) {
    if says(Verbosity::Normal) {
        eprint!("{}\n", printable_lines(message));
    }
}

/// Prints a one-line note on what adieu is doing, with `--verbose` only.
pub fn note(message: &str) {
    if says(Verbosity::Verbose) {
        eprint!("{NOTE}note{NOTE:#}: {}\n", printable_lines(message));
    }
}

/// Diagnostics about one file as [`diagnostics_for`] prints them, to print later.
pub fn render_diagnostics(file: &str, source: &str, diagnostics: &[Diagnostic]) -> String {
    let mut text = String::new();
    for diagnostic in diagnostics {
        text.push_str(&diagnostic.render(file, source, true));
    }
    text
}

/// Prints text as it is: a batch's summary line, or diagnostics rendered elsewhere
/// (colours are stripped when stderr is not a terminal).
pub fn text(text: &str) {
    let mut stderr = anstream::stderr().lock();
    // As below: if stderr is gone there is nowhere to say so.
    let _ = stderr.write_all(text.as_bytes());
}

/// Prints diagnostics about one file.
pub fn diagnostics_for(file: &str, source: &str, diagnostics: &[Diagnostic]) {
    let text = render_diagnostics(file, source, diagnostics);
    let mut stderr = anstream::stderr().lock();
    // stderr is the last resort for reporting; if it is gone there is nowhere to say so.
    let _ = stderr.write_all(text.as_bytes());
}
