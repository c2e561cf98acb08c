//! Without the `pdf` feature: the functions of `enabled.rs`, refusing.
//!
//! A PDF is refused before anything is read or written ([`super::available`] runs
//! when a renderer is made and when `check --pdf` starts), so these are never reached
//! by the command line; they keep the library's interface the same in both builds.

use super::{PdfFacts, available};
use crate::case::Case;
use crate::diagnostic::Diagnostic;
use crate::error::Result;

/// Refuses: this build cannot typeset.
pub fn typeset(_template: &str, _markup: &str, _facts: PdfFacts<'_>) -> Result<(Vec<u8>, usize)> {
    available().map(|()| (Vec::new(), 0))
}

/// Refuses: this build cannot lay out pages.
pub fn pages(_template: &str, _markup: &str, _facts: PdfFacts<'_>) -> Result<usize> {
    available().map(|()| 0)
}

/// No font to check against, so no character is known to be missing; a PDF render
/// is refused before it comes to this.
pub fn unsupported_characters(_case: &Case) -> Vec<Diagnostic> {
    Vec::new()
}
