//! The edge where errors and warnings meet the user: rendered on stderr, in colour
//! only when stderr is a terminal and `NO_COLOR` is unset.

use std::io::Write;

use anstream::eprint;
use anstyle::{AnsiColor, Style};

use crate::diagnostic::Diagnostic;
use crate::error::Error;

const ERROR: Style = AnsiColor::Red.on_default().bold();
const WARNING: Style = AnsiColor::Yellow.on_default().bold();

/// Prints an error, with every diagnostic of an invalid case.
pub fn error(error: &Error) {
    match error {
        Error::InvalidCase {
            file,
            source_text,
            diagnostics,
        } => diagnostics_for(file, source_text, diagnostics),
        // Everything was reported as it was found.
        Error::Checked { .. } => {}
        other => eprint!("{ERROR}error{ERROR:#}: {other}\n"),
    }
}

/// Prints a one-line warning.
pub fn warning(message: &str) {
    eprint!("{WARNING}warning{WARNING:#}: {message}\n");
}

/// Prints diagnostics about one file.
pub fn diagnostics_for(file: &str, source: &str, diagnostics: &[Diagnostic]) {
    let mut text = String::new();
    for diagnostic in diagnostics {
        text.push_str(&diagnostic.render(file, source, true));
    }
    let mut stderr = anstream::stderr().lock();
    // stderr is the last resort for reporting; if it is gone there is nowhere to say so.
    let _ = stderr.write_all(text.as_bytes());
}
