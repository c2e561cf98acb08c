//! adieu's integration tests, in one binary: golden documents and the command line.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod checks;
mod cli;
mod combinations;
mod config;
mod docs;
mod formats;
mod golden;
mod lint;
mod overlays;
mod pseudo;
mod scaffold;
mod schema;
mod shell;
mod support;
