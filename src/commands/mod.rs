//! What each subcommand does, once the command line has been parsed.

mod render;

pub use render::{overlaid, render};
