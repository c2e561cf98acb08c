//! Bounds on the size of a case's values and lists, far beyond any real case, so that
//! every accepted case renders in every format in bounded time and memory.
//!
//! Why they exist: the PDF path (Typst, then krilla) panics on a grapheme cluster
//! longer than 64 KiB, goes quadratic in a cluster's length, fails on a PDF string
//! longer than 32,767 characters, and takes hundreds of MB for a 1 MB value. Text,
//! HTML and Markdown would cope, but a case must be valid or invalid whatever the
//! format, so the bounds apply to every value from every source (case file, config,
//! CSV cell, command line): they are checked on the merged case, in validation.

use unicode_segmentation::UnicodeSegmentation;

use super::{Case, text_fields};
use crate::diagnostic::{Code, Diagnostic};

/// The most characters (code points) in one value: a long company name or handover
/// item is under 150.
pub const MAX_VALUE_CHARS: usize = 300;
/// The most items in one list (handover, invoices, deliverables, continuing).
pub const MAX_LIST_ITEMS: usize = 100;
/// The most items in all the lists of a case together.
pub const MAX_TOTAL_ITEMS: usize = 250;
/// The most lines of a postal address.
pub const MAX_ADDRESS_LINES: usize = 10;
/// The most code points in one extended grapheme cluster (a letter with its marks, an
/// emoji sequence): the longest in real text, a family emoji, has 7 or 11.
pub const MAX_CLUSTER_CHARS: usize = 16;

/// Checks every value and list of a case against the bounds.
pub fn check(case: &Case) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let closeout = &case.closeout;
    let lists = [
        (
            "sender.address",
            case.sender.address.len(),
            MAX_ADDRESS_LINES,
        ),
        (
            "client.address",
            case.client.address.len(),
            MAX_ADDRESS_LINES,
        ),
        ("closeout.invoices", closeout.invoices.len(), MAX_LIST_ITEMS),
        (
            "closeout.deliverables",
            closeout.deliverables.len(),
            MAX_LIST_ITEMS,
        ),
        ("closeout.handover", closeout.handover.len(), MAX_LIST_ITEMS),
        (
            "closeout.continuing",
            closeout.continuing.len(),
            MAX_LIST_ITEMS,
        ),
    ];
    for (path, len, max) in lists {
        if len > max {
            problems.push(
                Diagnostic::new(Code::TooManyItems, format!("{path} has {len} items; at most {max} are accepted"))
                    .at_path(path)
                    .with_help("a letter is read by a person: group related items into one, or attach the full list separately"),
            );
        }
    }
    let total: usize = lists.iter().map(|(_, len, _)| len).sum();
    if total > MAX_TOTAL_ITEMS && problems.is_empty() {
        problems.push(
            Diagnostic::new(
                Code::TooManyItems,
                format!(
                    "the case has {total} list items in all; at most {MAX_TOTAL_ITEMS} are accepted"
                ),
            )
            .at_path("closeout")
            .with_help("group related items into one, or attach the full lists separately"),
        );
    }
    let footer = case.letterhead.as_ref().map_or(0, |l| l.footer.len());
    let max = super::letterhead::MAX_FOOTER_LINES;
    if footer > max {
        problems.push(
            Diagnostic::new(
                Code::TooManyItems,
                format!("letterhead.footer has {footer} lines; at most {max} fit under a page"),
            )
            .at_path("letterhead.footer")
            .with_help("join related details on one line, such as the bank's name with its IBAN"),
        );
    }
    for (path, text) in text_fields(case) {
        check_value(&path, &text, &mut problems);
    }
    problems
}

/// One value: its length, then its longest grapheme cluster. Both are linear.
fn check_value(path: &str, text: &str, problems: &mut Vec<Diagnostic>) {
    let chars = text.chars().count();
    if chars > MAX_VALUE_CHARS {
        problems.push(
            Diagnostic::new(
                Code::TooLong,
                format!("{path} is {chars} characters long; at most {MAX_VALUE_CHARS} are accepted"),
            )
            .at_path(path)
            .with_help("shorten it: a value is one line of a letter; split a long item into several list items"),
        );
        return;
    }
    if let Some((at, cluster)) = text
        .grapheme_indices(true)
        .find(|(_, g)| g.chars().count() > MAX_CLUSTER_CHARS)
    {
        let first = cluster.chars().next().map_or(0, u32::from);
        problems.push(
            Diagnostic::new(
                Code::OverlongCharacter,
                format!(
                    "{path} holds a character of {} code points (U+{first:04X} and the marks after it, from character {}); at most {MAX_CLUSTER_CHARS} are accepted",
                    cluster.chars().count(),
                    text[..at].chars().count() + 1,
                ),
            )
            .at_path(path)
            .with_help("remove the repeated combining marks or modifiers after that letter"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(extra: &str) -> Vec<&'static str> {
        let yaml = format!(
            "language: en\nreason: capacity\nsender: {{ name: A, email: a@b.example }}\nclient: {{ contact: {{ name: B }}, email: b@c.example }}\nnotice: {{ days: 30 }}\n{extra}"
        );
        check(&super::super::parse(&yaml).unwrap())
            .iter()
            .map(|d| d.code.as_str())
            .collect()
    }

    #[test]
    fn values_at_the_bounds_pass() {
        let item = "x".repeat(MAX_VALUE_CHARS);
        let cluster = format!("a{}", "\u{301}".repeat(MAX_CLUSTER_CHARS - 1));
        assert!(problems(&format!("closeout: {{ handover: [{item}, {cluster}] }}\n")).is_empty());
        // A family emoji is one cluster of 7 code points.
        assert!(problems("closeout: { handover: [\"👨‍👩‍👧‍👦\"] }\n").is_empty());
    }

    #[test]
    fn values_over_the_bounds_are_refused() {
        let item = "x".repeat(MAX_VALUE_CHARS + 1);
        assert_eq!(
            problems(&format!("closeout: {{ handover: [{item}] }}\n")),
            ["too-long"]
        );
        let cluster = format!("a{}", "\u{301}".repeat(MAX_CLUSTER_CHARS));
        assert_eq!(
            problems(&format!("closeout: {{ handover: [\"{cluster}\"] }}\n")),
            ["overlong-character"]
        );
        let items = vec!["x"; MAX_LIST_ITEMS + 1].join(", ");
        assert_eq!(
            problems(&format!("closeout: {{ handover: [{items}] }}\n")),
            ["too-many-items"]
        );
        let all = vec!["x"; MAX_TOTAL_ITEMS / 3 + 1].join(", ");
        assert_eq!(
            problems(&format!(
                "closeout: {{ handover: [{all}], continuing: [{all}], deliverables: [] }}\n"
            )),
            [] as [&str; 0]
        );
        let many: Vec<String> = (0..90).map(|i| format!("{{ item: d{i} }}")).collect();
        assert_eq!(
            problems(&format!(
                "closeout: {{ handover: [{all}], continuing: [{all}], deliverables: [{}] }}\n",
                many.join(", ")
            )),
            ["too-many-items"]
        );
    }
}
