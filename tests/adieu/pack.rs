//! `adieu pack`: every document of every case in one folder, checked first, never
//! overwriting, each file the same bytes as the command that writes it alone.

use predicates::prelude::*;

use crate::batch::listing;
use crate::support::{adieu, root};

/// stderr with the duration, which varies, written `T`.
fn timeless(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr).into_owned();
    match text.split_once(" in ") {
        Some((head, tail)) if head.starts_with("packed ") => match tail.split_once(" s,") {
            Some((_, rest)) => format!("{head} in T s,{rest}"),
            None => text,
        },
        _ => text,
    }
}

#[cfg(feature = "pdf")]
#[test]
fn a_pack_holds_every_document_of_every_case() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let assert = adieu()
        .args([
            "pack",
            "examples/fr-fit.yaml",
            "examples/sk-outgrown.yaml",
            "-o",
        ])
        .arg(&out)
        .assert()
        .success()
        .stdout("");
    assert_eq!(
        timeless(&assert.get_output().stderr),
        format!(
            "packed 2 cases into {} (8 files: <case>-letter.pdf, <case>-email.eml, <case>-call.pdf, <case>.ics) in T s, 0 failed\n",
            out.display()
        )
    );
    assert_eq!(
        listing(&out),
        [
            "fr-fit-call.pdf",
            "fr-fit-email.eml",
            "fr-fit-letter.pdf",
            "fr-fit.ics",
            "sk-outgrown-call.pdf",
            "sk-outgrown-email.eml",
            "sk-outgrown-letter.pdf",
            "sk-outgrown.ics",
        ]
    );
    let read = |name: &str| std::fs::read(out.join(name)).unwrap();
    let golden = |path: &str| std::fs::read(root().join("tests/golden").join(path)).unwrap();
    assert_eq!(read("fr-fit-email.eml"), golden("fr-fit/email.fr.eml"));
    assert_eq!(
        read("sk-outgrown.ics"),
        golden("sk-outgrown/calendar.sk.ics")
    );
    // The PDFs are the ones `adieu letter` and `adieu call` write.
    for channel in ["letter", "call"] {
        let alone = adieu()
            .args([channel, "examples/fr-fit.yaml", "-f", "pdf"])
            .output()
            .unwrap();
        assert!(alone.status.success());
        assert_eq!(
            read(&format!("fr-fit-{channel}.pdf")),
            alone.stdout,
            "{channel}"
        );
    }
}

/// Without the `pdf` feature a pack still holds every document: the letter and the
/// call script as HTML, the printable format that build has.
#[cfg(not(feature = "pdf"))]
#[test]
fn a_pack_without_pdf_writes_the_letter_and_call_as_html() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let assert = adieu()
        .args(["pack", "examples/fr-fit.yaml", "-o"])
        .arg(&out)
        .assert()
        .success()
        .stdout("");
    assert_eq!(
        timeless(&assert.get_output().stderr),
        format!(
            "packed 1 case into {} (4 files: <case>-letter.html, <case>-email.eml, <case>-call.html, <case>.ics) in T s, 0 failed\n",
            out.display()
        )
    );
    assert_eq!(
        listing(&out),
        [
            "fr-fit-call.html",
            "fr-fit-email.eml",
            "fr-fit-letter.html",
            "fr-fit.ics",
        ]
    );
    let golden = std::fs::read(root().join("tests/golden/fr-fit/letter.fr.html")).unwrap();
    assert_eq!(
        std::fs::read(out.join("fr-fit-letter.html")).unwrap(),
        golden
    );
}

#[test]
fn formats_chooses_what_each_document_is_written_as() {
    let dir = tempfile::tempdir().unwrap();
    let assert = adieu()
        .args([
            "pack",
            "examples/en-capacity.yaml",
            "--formats",
            "html,ics",
            "-o",
        ])
        .arg(dir.path())
        .assert()
        .success();
    assert_eq!(
        timeless(&assert.get_output().stderr),
        format!(
            "packed 1 case into {} (4 files: <case>-letter.html, <case>-email.html, <case>-call.html, <case>.ics) in T s, 0 failed\n",
            dir.path().display()
        )
    );
    assert_eq!(
        listing(dir.path()),
        [
            "en-capacity-call.html",
            "en-capacity-email.html",
            "en-capacity-letter.html",
            "en-capacity.ics",
        ]
    );
    // The email alone, as a draft: no letter or call script is an .eml.
    let drafts = dir.path().join("drafts");
    adieu()
        .args([
            "pack",
            "examples/en-capacity.yaml",
            "--formats",
            "eml",
            "-o",
        ])
        .arg(&drafts)
        .assert()
        .success();
    assert_eq!(listing(&drafts), ["en-capacity-email.eml"]);
}

#[test]
fn ui_lang_changes_the_calendar_only() {
    let dir = tempfile::tempdir().unwrap();
    adieu()
        .args([
            "pack",
            "examples/fr-fit.yaml",
            "--formats",
            "txt,ics",
            "--ui-lang",
            "en",
            "-o",
        ])
        .arg(dir.path())
        .assert()
        .success();
    let read = |name: &str| std::fs::read_to_string(dir.path().join(name)).unwrap();
    let golden =
        |path: &str| std::fs::read_to_string(root().join("tests/golden").join(path)).unwrap();
    assert_eq!(read("fr-fit.ics"), golden("fr-fit/calendar.en.ics"));
    assert_eq!(read("fr-fit-letter.txt"), golden("fr-fit/letter.fr.txt"));
}

#[test]
fn nothing_is_written_when_one_file_exists() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("fr-fit.ics"), "mine").unwrap();
    adieu()
        .args([
            "pack",
            "examples/fr-fit.yaml",
            "examples/en-capacity.yaml",
            "--formats",
            "txt,ics",
            "-o",
        ])
        .arg(dir.path())
        .assert()
        .code(73)
        .stderr(predicate::str::contains(format!(
            "error: cannot write {}: the file exists; pass --force to replace it\n",
            dir.path().join("fr-fit.ics").display()
        )))
        .stderr(predicate::str::ends_with(
            "error: 1 of 2 cases failed (examples/fr-fit.yaml); nothing was written\n",
        ));
    assert_eq!(listing(dir.path()), ["fr-fit.ics"]);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("fr-fit.ics")).unwrap(),
        "mine"
    );
    adieu()
        .args([
            "pack",
            "examples/fr-fit.yaml",
            "--formats",
            "ics",
            "--force",
            "-o",
        ])
        .arg(dir.path())
        .assert()
        .success();
    assert_ne!(
        std::fs::read_to_string(dir.path().join("fr-fit.ics")).unwrap(),
        "mine"
    );
}

#[test]
fn an_invalid_case_stops_the_pack_before_any_file() {
    let dir = tempfile::tempdir().unwrap();
    adieu()
        .args([
            "pack",
            "examples/fr-fit.yaml",
            "tests/cases/unknown-field.yaml",
            "--formats",
            "txt",
            "-o",
        ])
        .arg(dir.path().join("out"))
        .assert()
        .code(65)
        .stderr(predicate::str::ends_with(
            "error: 1 of 2 cases failed (tests/cases/unknown-field.yaml); nothing was written\n",
        ));
    assert!(!dir.path().join("out").exists());
}

#[test]
fn the_folder_is_required_and_the_formats_must_fit() {
    adieu()
        .args(["pack", "examples/fr-fit.yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--output <DIR/>"));
    adieu()
        .args([
            "pack",
            "examples/fr-fit.yaml",
            "--formats",
            "odt",
            "-o",
            "/tmp/never",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "invalid value 'odt' for '--formats <FORMATS>'",
        ));
}
