//! What a batch says when it is done: what was rendered, which cases failed, and
//! the error the run exits with.

use std::path::Path;

use super::Part;
use crate::error::{Error, Failed};
use crate::render::Channel;

/// What the summary says was rendered: "3 letters", or for a pack, what went where.
pub(super) fn rendered(parts: &[Part], cases: usize, folder: &Path) -> String {
    match parts {
        [part] => format!("rendered {cases} {}", noun(part.composer.channel(), cases)),
        _ => {
            let files: Vec<String> = parts
                .iter()
                .map(|part| format!("<case>{}", part.suffix))
                .collect();
            format!(
                "packed {cases} {} into {} ({} files: {})",
                if cases == 1 { "case" } else { "cases" },
                folder.display(),
                cases * parts.len(),
                files.join(", ")
            )
        }
    }
}

pub(super) fn batch_error(first: Option<Failed>, summary: String) -> Error {
    Error::Batch {
        summary,
        // There is always a first failure when this is called; a usage error would
        // stand in for one.
        first: Box::new(first.unwrap_or_else(|| Failed::Error(Error::usage(String::new())))),
    }
}

/// The first few names, and how many more.
pub(super) fn list(labels: &[String]) -> String {
    const SHOWN: usize = 5;
    let mut text = labels
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if labels.len() > SHOWN {
        text.push_str(&format!(" and {} more", labels.len() - SHOWN));
    }
    text
}

/// "letters", "emails", "call scripts": what the summary counts.
pub(super) fn noun(channel: Channel, count: usize) -> &'static str {
    match (channel, count == 1) {
        (Channel::Letter, true) => "letter",
        (Channel::Letter, false) => "letters",
        (Channel::Email, true) => "email",
        (Channel::Email, false) => "emails",
        (Channel::Call, true) => "call script",
        (Channel::Call, false) => "call scripts",
        (Channel::Calendar, true) => "calendar",
        (Channel::Calendar, false) => "calendars",
    }
}
