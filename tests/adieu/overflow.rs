//! Long letters (issue 15, and finding 3 of the first-use review: with 18 close-out
//! items the PDF's second page held only the signature). The test letters
//! `tests/cases/long-NN.yaml` list 0, 12, 18 and 40 items; in every language and
//! every letter format the closing stays with the signature, pages after the first
//! carry a continuation header, and `letter-overflows` says how many items fit.

use adieu::case::Overrides;
use adieu::compose::{Composed, Composer};
use adieu::input::Source;
use adieu::l10n::Catalog;
use adieu::render::{Channel, Format};

use crate::support::{adieu, root};
#[cfg(feature = "pdf")]
use crate::support::{flat, pdf_text};

/// Every language, with the regional variants that change the letter.
const LANGUAGES: [&str; 7] = ["en", "en-US", "es", "es-MX", "fr", "ro", "sk"];

/// The close-out lengths of the test letters.
const LENGTHS: [usize; 4] = [0, 12, 18, 40];

fn case(items: usize) -> std::path::PathBuf {
    root().join(format!("tests/cases/long-{items:02}.yaml"))
}

/// The letter formats of this build.
fn formats() -> Vec<Format> {
    let mut formats = vec![Format::Text, Format::Markdown, Format::Html];
    if cfg!(feature = "pdf") {
        formats.push(Format::Pdf);
    }
    formats
}

/// The `letter-overflows` warning of a test letter in a language, as `adieu letter`
/// prints its first line: how many items fit is Typst's count (the estimate of a
/// build without Typst agrees on these letters). English and Romanian set the
/// invoice lines a little shorter, so one more fits of the forty.
fn expected(items: usize, language: &str) -> Option<String> {
    let short = matches!(language, "en" | "en-US");
    let (fitting, path) = match items {
        18 if short => (12, "closeout.handover.6"),
        18 => (11, "closeout.handover.5"),
        40 if short || language == "ro" => (14, "closeout.invoices.14"),
        40 => (13, "closeout.invoices.13"),
        _ => return None,
    };
    Some(format!(
        "warning[letter-overflows]: the letter runs to 2 pages: {fitting} of its {items} close-out items fit on one page (in `{path}`)"
    ))
}

#[cfg(feature = "pdf")]
/// The header of page 2 in each language: to whom, the date and the page, in the
/// order the language's business letters give them.
fn continuation(language: &str) -> &'static str {
    match language {
        "en" => "Harbour & Sons · 23 November 2026 · page 2",
        "en-US" => "Harbour & Sons · Page 2 · November 23, 2026",
        "es" | "es-MX" => "Harbour & Sons · 23 de noviembre de 2026 · página 2",
        "fr" => "Harbour & Sons · 23 novembre 2026 · page 2",
        "ro" => "Harbour & Sons · 23 noiembrie 2026 · pagina 2",
        "sk" => "Harbour & Sons · 23. novembra 2026 · strana 2",
        _ => unreachable!("{language}"),
    }
}

fn compose(items: usize, language: &str, format: Format) -> Composed {
    let source = Source::read(&case(items)).unwrap();
    let composer = Composer::new(Channel::Letter, format, Catalog::embedded());
    let overrides = Overrides {
        language: Some(language),
        date: None,
        today: jiff::civil::date(2026, 11, 23),
    };
    composer.compose(&source, overrides).unwrap()
}

/// The first line of each warning a document gave, as the terminal shows it.
fn warnings(composed: &Composed, items: usize) -> Vec<String> {
    let source = std::fs::read_to_string(case(items)).unwrap();
    composed
        .warnings
        .iter()
        .map(|d| {
            let text = d.render("long.yaml", &source, false);
            text.lines().next().unwrap().to_owned()
        })
        .collect()
}

/// Each test letter in every language and format, rendered once: the warning, and
/// what the format's pages show.
#[test]
fn every_letter_format_warns_exactly_when_the_letter_overflows_and_keeps_its_signature() {
    for items in LENGTHS {
        for language in LANGUAGES {
            for format in formats() {
                let composed = compose(items, language, format);
                assert_eq!(
                    warnings(&composed, items),
                    Vec::from_iter(expected(items, language)),
                    "{items} items in {language}, {format}"
                );
                // The warning is the letter's own, not advice about the case.
                assert!(
                    composed
                        .advice
                        .iter()
                        .all(|d| d.code.as_str() != "letter-overflows")
                );
                match format {
                    Format::Html => html_keeps_the_signoff(&composed),
                    #[cfg(feature = "pdf")]
                    Format::Pdf => pdf_keeps_the_signoff(&composed, items, language),
                    _ => {}
                }
            }
        }
    }
}

#[test]
fn the_render_and_check_print_the_warning_where_the_first_item_that_does_not_fit_is() {
    let dir = tempfile::tempdir().unwrap();
    let output = adieu()
        .args(["letter", "tests/cases/long-18.yaml", "-o"])
        .arg(dir.path().join("letter.html"))
        .output()
        .unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with(&format!(
            "{}\n  --> tests/cases/long-18.yaml:47:7\n",
            expected(18, "en").unwrap()
        )),
        "{stderr}"
    );
    // `check` measures the letter as a render does; a warning fails only under
    // --deny warnings.
    let output = adieu()
        .args([
            "check",
            "tests/cases/long-12.yaml",
            "tests/cases/long-40.yaml",
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    let said: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("warning["))
        .collect();
    assert_eq!(said, [expected(40, "en").unwrap().as_str()], "{stderr}");
    assert!(stderr.ends_with("checked 2 case files: valid (0 errors, 1 warning)\n"));
    // In -q, as other warnings, it is not said.
    let output = adieu()
        .args(["-q", "letter", "tests/cases/long-40.yaml"])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(String::from_utf8(output.stderr).unwrap(), "");
}

/// The last paragraph, the closing and the signature are one block that a printed
/// page does not break, and pages after the first have a header (where the browser
/// prints page-margin boxes).
fn html_keeps_the_signoff(composed: &Composed) {
    let html = composed.document.text().unwrap();
    assert!(html.contains(".signoff { break-inside: avoid; }"));
    let signoff = html.split("<div class=\"signoff\">\n").nth(1).unwrap();
    assert!(signoff.starts_with("<p>"), "{signoff}");
    assert!(signoff.contains("<p class=\"closing\">"));
    assert!(signoff.contains("<p class=\"signature\">Hannah Reid<br>"));
    assert!(html.contains("@page :first { @top-left { content: none; } }"));
    assert!(html.contains("\" counter(page) \""), "{html}");
}

#[test]
fn the_html_header_is_the_message_as_css() {
    let html = compose(18, "en", Format::Html);
    assert!(html.document.text().unwrap().contains(
        r#"content: "Harbour \26  Sons \B7  23\A0 November\A0 2026 \B7  page " counter(page) "";"#
    ));
}

/// Finding 3 itself: a page never holds the name alone. The last page holds the
/// closing formula and the paragraph before it; page 2 starts with its header;
/// page 1 has none.
#[cfg(feature = "pdf")]
fn pdf_keeps_the_signoff(pdf: &Composed, items: usize, language: &str) {
    let text = pdf_text(pdf.document.as_bytes());
    let pages: Vec<&str> = text.split(" -----\n").collect();
    let expected_pages = if items >= 18 { 2 } else { 1 };
    assert_eq!(
        pages.len(),
        expected_pages,
        "{items} items in {language}: {text}"
    );
    let plain = compose(items, language, Format::Text);
    let plain = plain.document.text().unwrap();
    let blocks: Vec<&str> = plain.trim_end().split("\n\n").collect();
    let [.., thanks, closing, signature] = blocks[..] else {
        panic!("{plain}");
    };
    let last = flat(pages.last().unwrap());
    for block in [thanks, closing, signature] {
        assert!(
            last.contains(&flat(block)),
            "{items} items in {language}: {block:?} not on the last page: {last}"
        );
    }
    let header = continuation(language);
    assert!(!flat(pages[0]).contains(&flat(header)));
    if let Some(second) = pages.get(1) {
        assert!(
            flat(second).starts_with(&flat(header)),
            "{items} items in {language}: page 2 starts {second:?}"
        );
    }
}
