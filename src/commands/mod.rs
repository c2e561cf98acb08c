//! What each subcommand does, once the command line has been parsed.

mod batch;
mod render;

pub use render::render;
