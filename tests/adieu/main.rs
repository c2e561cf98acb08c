//! adieu's integration tests, in one binary: golden documents, the command line, the
//! corpora of broken and questionable cases, properties and limits.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod cli;
mod corpus;
mod golden;
mod limits;
mod properties;
mod support;
