//! What the Word output promises beyond its golden files: no value can break it, the
//! same case gives the same bytes, and a firm's own Word file (`--reference-doc`)
//! lends its styles, header and footer, or is refused with a clear error.

use predicates::prelude::*;

use crate::support::{adieu, docx_text, root, stdout_of};

fn case(name: &str) -> String {
    root().join("tests/cases").join(name).display().to_string()
}

fn word(args: &[&str]) -> (Vec<u8>, String) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.docx");
    adieu().args(args).arg("-o").arg(&out).assert().success();
    let bytes = std::fs::read(&out).unwrap();
    let text = docx_text(&bytes);
    (bytes, text)
}

/// Every value of the case built to break things that the text document shows is in
/// the Word file as the same text: markup, entities and template syntax stay literal.
#[test]
fn values_stay_literal_text_in_a_word_file() {
    for channel in ["letter", "call"] {
        let (_, text) = word(&[channel, &case("hostile.yaml")]);
        let plain = stdout_of(adieu().args([channel, &case("hostile.yaml")]));
        let shown: Vec<&str> = [
            "<script>alert(1)</script> & Co",
            "Émile <i>Dupont</i> =Heading",
            "{{ not tera }} {% raw %}",
            "Confidentiality & <NDA>",
            "#42 <x>",
        ]
        .into_iter()
        .filter(|value| plain.contains(value))
        .collect();
        assert!(shown.len() >= 2, "{channel}: only {shown:?} checked");
        for value in shown {
            assert!(text.contains(value), "{channel}: {value:?} not in\n{text}");
        }
    }
}

#[test]
fn a_reference_document_lends_its_styles_header_and_footer() {
    let reference = case("letterhead.docx");
    let args = [
        "letter",
        "examples/en-capacity.yaml",
        "--reference-doc",
        &reference,
    ];
    let (bytes, text) = word(&args);
    assert!(text.contains("ACME CONSULTING LLP"), "{text}");
    assert!(
        text.contains("Registered in England and Wales OC123456"),
        "{text}"
    );
    // The firm's letterhead replaces adieu's; the letter itself is all there.
    assert!(!text.contains("[Sender]"), "{text}");
    assert!(text.contains("[Subject] Ending our agreement"), "{text}");
    let (again, _) = word(&args);
    assert_eq!(
        bytes, again,
        "the same case and reference give the same bytes"
    );
    let package = String::from_utf8_lossy(&bytes).into_owned();
    assert!(
        package.contains("word/media/reference-"),
        "the logo is in the package"
    );
}

#[test]
fn a_file_that_is_no_word_document_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("letter.docx");
    adieu()
        .args([
            "letter",
            "examples/fr-fit.yaml",
            "--reference-doc",
            "examples/fr-fit.yaml",
            "-o",
        ])
        .arg(&out)
        .assert()
        .code(78)
        .stderr(predicate::str::ends_with(
            "error: examples/fr-fit.yaml: it is not a Word document (.docx): it is not even a zip archive; save it from Word as .docx\n",
        ));
    assert!(!out.exists());
    adieu()
        .args([
            "letter",
            "examples/fr-fit.yaml",
            "--reference-doc",
            "nowhere.docx",
            "-o",
        ])
        .arg(&out)
        .assert()
        .code(66)
        .stderr(predicate::str::ends_with(
            "error: cannot read nowhere.docx: No such file or directory (os error 2)\n",
        ));
}

/// The letterhead of a case (tests/cases/letterhead/) in the Word letter: the logo
/// above the sender's blocks, the accent on the subject, the footer lines in the
/// footer of every page.
#[test]
fn the_letterhead_reaches_the_word_letter() {
    let (bytes, text) = word(&["letter", &case("letterhead/case.yaml")]);
    assert!(text.contains("[Logo] \n"), "{text}");
    assert!(
        text.contains("[Footer] Northlight Design Ltd · Registered in England and Wales No. 09876543 / VAT GB 123 4567 89"),
        "{text}"
    );
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let mut styles = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("word/styles.xml").unwrap(),
        &mut styles,
    )
    .unwrap();
    assert!(
        styles.contains(
            r#"w:styleId="Subject"><w:name w:val="Subject" /><w:rPr><w:color w:val="1A5FB4" />"#
        ),
        "the accent on the subject"
    );
    let logo = std::fs::read(root().join("tests/cases/letterhead/logo.png")).unwrap();
    let mut embedded = Vec::new();
    std::io::Read::read_to_end(
        &mut archive.by_name("word/media/headerrIdImage1.png").unwrap(),
        &mut embedded,
    )
    .unwrap();
    assert_eq!(embedded, logo, "the logo, as the file holds it");
}

/// An SVG logo reaches the Word letter drawn as a PNG (Word shows a drawing only
/// with a picture of it); resvg comes with the `pdf` feature.
#[cfg(feature = "pdf")]
#[test]
fn an_svg_logo_is_drawn_for_the_word_letter() {
    let dir = tempfile::tempdir().unwrap();
    let case = std::fs::read_to_string(root().join("tests/cases/letterhead/case.yaml"))
        .unwrap()
        .replace("logo: logo.png", "logo: logo.svg");
    std::fs::write(dir.path().join("case.yaml"), case).unwrap();
    std::fs::copy(
        root().join("tests/cases/letterhead/logo.svg"),
        dir.path().join("logo.svg"),
    )
    .unwrap();
    let case = dir.path().join("case.yaml").display().to_string();
    let (bytes, _) = word(&["letter", &case]);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let mut png = Vec::new();
    std::io::Read::read_to_end(
        &mut archive.by_name("word/media/headerrIdImage1.png").unwrap(),
        &mut png,
    )
    .unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG drawing");
    let (width, height) = adieu::case::letterhead::png_size(&png).unwrap();
    assert_eq!(height, 142, "12 mm at 300 dpi");
    assert!(width > 0);
}
