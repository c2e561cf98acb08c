//! Golden documents: every example × letter/email/call, in its own language and in
//! the four others, as text; and in its own language as Markdown and HTML, the email
//! as an .eml draft, the letter and call script as the text of their PDF; and the
//! calendar of every example in all five languages. The golden files are the product:
//! review their diffs like code.

use adieu::render::{Channel, Format};

#[cfg(feature = "pdf")]
use crate::support::pdf_text;
use crate::support::{
    LANGUAGES, check_golden, check_golden_bytes, docx_text, examples, render, root,
};

const CHANNELS: [Channel; 3] = [Channel::Letter, Channel::Email, Channel::Call];

/// The example's file stem and its own language.
fn names(example: &std::path::Path) -> (String, String) {
    let stem = example
        .file_stem()
        .expect("file name")
        .to_string_lossy()
        .into_owned();
    let own = stem
        .split('-')
        .next()
        .expect("examples are named <lang>-<reason>")
        .to_owned();
    (stem, own)
}

#[test]
fn every_example_matches_its_golden_text_documents() {
    let mut failures = Vec::new();
    for example in examples() {
        let (stem, own) = names(&example);
        for channel in CHANNELS {
            for language in LANGUAGES {
                let other = (language != own).then_some(language);
                let text = render(&example, channel, Format::Text, other);
                let path = root().join(format!("tests/golden/{stem}/{channel}.{language}.txt"));
                failures.extend(check_golden(&path, text.text().expect("text")).err());
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_example_matches_its_golden_markdown_html_and_eml() {
    let mut failures = Vec::new();
    for example in examples() {
        let (stem, own) = names(&example);
        for channel in CHANNELS {
            for format in channel.formats() {
                if matches!(format, Format::Text | Format::Pdf | Format::Docx) {
                    continue;
                }
                let document = render(&example, channel, *format, None);
                let path = root().join(format!(
                    "tests/golden/{stem}/{channel}.{own}.{}",
                    format.extension()
                ));
                failures.extend(check_golden(&path, document.text().expect("text")).err());
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[cfg(feature = "pdf")]
#[test]
fn every_pdf_matches_its_golden_text() {
    let mut failures = Vec::new();
    for example in examples() {
        let (stem, own) = names(&example);
        for channel in [Channel::Letter, Channel::Call] {
            let pdf = render(&example, channel, Format::Pdf, None);
            let text = pdf_text(pdf.as_bytes());
            let path = root().join(format!("tests/golden/{stem}/{channel}.{own}.pdf.txt"));
            failures.extend(check_golden(&path, &text).err());
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The Word files, byte for byte (the same case gives the same file), and their
/// paragraphs with their styles, to review as text. `.ci/check-docx.py` opens every
/// one of them in LibreOffice and python-docx.
#[test]
fn every_example_matches_its_golden_word_files() {
    let mut failures = Vec::new();
    for example in examples() {
        let (stem, own) = names(&example);
        for channel in [Channel::Letter, Channel::Call] {
            let docx = render(&example, channel, Format::Docx, None);
            let path = root().join(format!("tests/golden/{stem}/{channel}.{own}.docx"));
            failures.extend(check_golden_bytes(&path, docx.as_bytes()).err());
            let text = path.with_extension("docx.txt");
            failures.extend(check_golden(&text, &docx_text(docx.as_bytes())).err());
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_example_matches_its_golden_calendar() {
    let mut failures = Vec::new();
    for example in examples() {
        let (stem, own) = names(&example);
        for language in LANGUAGES {
            let other = (language != own).then_some(language);
            let calendar = render(&example, Channel::Calendar, Format::Ics, other);
            let path = root().join(format!("tests/golden/{stem}/calendar.{language}.ics"));
            failures.extend(check_golden(&path, calendar.text().expect("text")).err());
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn rendering_is_deterministic() {
    for example in examples() {
        for channel in CHANNELS.into_iter().chain([Channel::Calendar]) {
            for format in channel.formats() {
                if *format == Format::Pdf {
                    continue;
                }
                let first = render(&example, channel, *format, None);
                let second = render(&example, channel, *format, None);
                assert_eq!(first, second, "{} {channel} {format}", example.display());
            }
        }
    }
}
