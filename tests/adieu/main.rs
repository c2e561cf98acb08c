//! adieu's integration tests, in one binary: golden documents, the command line, the
//! corpora of broken and questionable cases, properties and limits.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod batch;
mod calendar;
mod checks;
mod cli;
mod closeout;
mod combinations;
mod config;
mod corpus;
mod docs;
mod email;
mod formats;
mod golden;
mod hidden;
#[cfg(unix)]
mod interview;
mod invoices;
mod items;
mod letterhead;
mod lint;
mod overflow;
mod overlays;
mod pack;
mod phone;
mod properties;
mod pseudo;
mod scaffold;
mod schema;
mod shell;
mod spreadsheet;
mod support;
mod word;
mod wording;
