//! What each subcommand does, once the command line has been parsed.

mod check;
mod render;

pub use check::check;
pub use render::render;
