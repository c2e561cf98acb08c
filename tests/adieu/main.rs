//! adieu's integration tests, in one binary: golden documents and the command line.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod cli;
mod corpus;
mod golden;
mod support;
