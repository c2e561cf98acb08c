//! adieu's YAML files (case files, base files, the config) read once into a
//! [`Document`]: the nodes with their spans, under fixed limits, and the
//! [`Paths`] that locate a field. serde reads the typed values from the document
//! ([`from_document`]), and every diagnostic is located from it, so no file is
//! parsed twice. A spreadsheet row is an [`Overlay`] on its base file's document:
//! the same nodes, with the row's cells set into them.

mod de;
mod document;
mod overlay;
mod paths;
mod syntax;

pub use de::{Error, from_document, from_document_without};
pub use document::{Document, Node, Origin, Value};
pub use overlay::{Misfit, Overlay, Segment, join, segments};
pub use paths::Paths;

/// Deepest nesting accepted; the case format itself needs four levels.
pub const MAX_DEPTH: usize = 32;
/// Most values (scalars, sections, lists) a file may write; real case files have ~100.
pub const MAX_NODES: usize = 10_000;
/// Most values a file may stand for once its aliases are expanded.
pub const MAX_EXPANDED: usize = 10_000;
/// Most anchors (`&name`) and most aliases (`*name`) a file may use.
pub const MAX_ALIASES: usize = 100;
