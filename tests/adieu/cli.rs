//! The command line as a user meets it: every exit code, exact error messages, and
//! files that are never overwritten by surprise.

use predicates::prelude::*;

use crate::support::{adieu, root};

#[test]
fn renders_an_example_to_stdout() {
    adieu()
        .args(["letter", "examples/en-capacity.yaml"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Dear Mr Grant,"))
        .stdout(predicate::str::contains(
            "our collaboration will end on\n23 December 2026.",
        ))
        .stderr("");
}

#[test]
fn reads_the_case_from_stdin() {
    let case = std::fs::read_to_string(root().join("examples/en-capacity.yaml")).unwrap();
    adieu()
        .args(["email", "-"])
        .write_stdin(case)
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Subject: Termination of the contract",
        ));
}

#[test]
fn unknown_fields_are_invalid_cases_with_a_suggestion() {
    adieu().args(["letter", "tests/cases/unknown-field.yaml"]).assert().code(65).stdout("").stderr(
        "error[unknown-field]: unknown field `clinet`, expected one of language, date, tone, reason, sender, client, contract, notice, referral, closeout
 --> tests/cases/unknown-field.yaml:6:1
  |
6 | clinet:
  | ^^^^^^
  |
  = help: did you mean `client`?
",
    );
}

#[test]
fn every_problem_is_reported_at_once_in_file_order() {
    let assert = adieu()
        .args(["letter", "tests/cases/several-problems.yaml"])
        .assert()
        .code(65);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    let headlines: Vec<&str> = stderr.lines().filter(|l| l.starts_with("error")).collect();
    assert_eq!(
        headlines,
        [
            "error[invalid-email]: `not-an-email` is not an email address (in `sender.email`)",
            "error[notice-too-short]: the notice gives 10 days but the contract requires at least 30 (in `notice.days`)",
            "error[invalid-value]: the amount -5 is negative (in `closeout.invoices.0.amount`)",
            "error[unknown-currency]: `EURO` is not an ISO 4217 currency code (in `closeout.invoices.0.currency`)",
        ]
    );
    assert!(
        stderr.contains(" --> tests/cases/several-problems.yaml:12:9\n"),
        "{stderr}"
    );
}

#[test]
fn a_missing_case_file_is_exit_66() {
    adieu()
        .args(["call", "no-such-case.yaml"])
        .assert()
        .code(66)
        .stderr("error: cannot read no-such-case.yaml: no such file or directory\n");
}

#[test]
fn a_directory_is_not_a_case_file() {
    adieu()
        .args(["call", "examples"])
        .assert()
        .code(66)
        .stderr("error: cannot read examples: it is a directory, not a case file\n");
}

#[test]
fn usage_errors_are_exit_2() {
    adieu().args(["letter"]).assert().code(2);
    adieu().args(["farewell", "x.yaml"]).assert().code(2);
    adieu()
        .args(["letter", "examples/fr-fit.yaml", "-o", "letter.docx"])
        .assert()
        .code(2)
        .stderr("error: cannot tell the format from `letter.docx`; name the file with one of the extensions .txt, .md, .html, .pdf, or pass --format\n");
}

#[test]
fn a_format_that_makes_no_sense_for_the_output_lists_the_ones_that_do() {
    adieu()
        .args(["call", "examples/fr-fit.yaml", "--format", "eml"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("error: the call cannot be written as eml; it can be written as text, markdown, html, pdf\n");
    let dir = tempfile::tempdir().unwrap();
    adieu()
        .args(["letter", "examples/fr-fit.yaml", "-o"])
        .arg(dir.path().join("letter.eml"))
        .assert()
        .code(2)
        .stderr("error: the letter cannot be written as eml; it can be written as text, markdown, html, pdf\n");
    adieu()
        .args(["email", "examples/fr-fit.yaml", "-o"])
        .arg(dir.path().join("email.pdf"))
        .assert()
        .code(2)
        .stderr("error: the email cannot be written as pdf; it can be written as text, markdown, html, eml\n");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn the_extension_picks_html_pdf_and_eml() {
    let dir = tempfile::tempdir().unwrap();
    for (channel, file, start) in [
        ("letter", "letter.pdf", &b"%PDF-"[..]),
        ("call", "call.HTML", &b"<!DOCTYPE html>"[..]),
        ("email", "email.eml", &b"From: "[..]),
    ] {
        let path = dir.path().join(file);
        adieu()
            .args([channel, "examples/ro-direction.yaml", "-o"])
            .arg(&path)
            .assert()
            .success()
            .stdout("")
            .stderr("");
        let bytes = std::fs::read(&path).unwrap();
        assert!(bytes.starts_with(start), "{file}");
    }
}

#[test]
fn a_pdf_can_be_piped() {
    // assert_cmd captures stdout through a pipe, so the PDF is written (only a
    // terminal is refused).
    let assert = adieu()
        .args(["letter", "examples/sk-outgrown.yaml", "--format", "pdf"])
        .assert()
        .success();
    let output = &assert.get_output().stdout;
    assert!(output.starts_with(b"%PDF-"));
    assert!(output.trim_ascii_end().ends_with(b"%%EOF"));
}

#[test]
fn an_unsupported_language_lists_the_supported_ones() {
    adieu()
        .args(["letter", "examples/fr-fit.yaml", "--lang", "de"])
        .assert()
        .code(2)
        .stderr("error: --lang: adieu does not write in `de`; write one of en, es, fr, ro, sk, or a regional tag of one of them such as es-MX\n");
}

#[test]
fn a_regional_tag_without_its_own_wording_falls_back_with_a_warning() {
    adieu()
        .args(["letter", "examples/es-payment.yaml", "--lang", "es-AR"])
        .assert()
        .success()
        .stderr(
            "warning: no regional wording for es-AR; writing es, with es-AR dates and numbers\n",
        );
}

#[test]
fn an_existing_output_is_never_overwritten_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let output = dir.path().join("letter.txt");
    std::fs::write(&output, "my own notes").unwrap();
    adieu()
        .args(["letter", "examples/fr-fit.yaml", "-o"])
        .arg(&output)
        .assert()
        .code(73)
        .stderr(format!(
            "error: cannot write {}: the file exists; pass --force to replace it\n",
            output.display()
        ));
    assert_eq!(std::fs::read_to_string(&output).unwrap(), "my own notes");
    adieu()
        .args(["letter", "examples/fr-fit.yaml", "--force", "-o"])
        .arg(&output)
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&output)
            .unwrap()
            .contains("Camille Martin")
    );
}

#[test]
fn an_invalid_case_creates_no_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let output = dir.path().join("letter.md");
    adieu()
        .args(["letter", "tests/cases/unknown-field.yaml", "-o"])
        .arg(&output)
        .assert()
        .code(65);
    assert!(!output.exists());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn the_output_extension_chooses_the_format() {
    let dir = tempfile::tempdir().unwrap();
    let output = dir.path().join("call.md");
    adieu()
        .args(["call", "examples/sk-outgrown.yaml", "-o"])
        .arg(&output)
        .assert()
        .success()
        .stdout("");
    assert!(std::fs::read_to_string(&output).unwrap().starts_with("# "));
}

#[test]
fn writing_into_a_directory_path_is_exit_73() {
    let dir = tempfile::tempdir().unwrap();
    adieu()
        .args(["letter", "examples/fr-fit.yaml", "--format", "text", "-o"])
        .arg(dir.path())
        .assert()
        .code(73)
        .stderr(predicate::str::ends_with(
            "it is a directory; name a file, or end the path with / to write into it\n",
        ));
}

#[test]
fn an_unwritable_destination_is_exit_73() {
    adieu()
        .args([
            "letter",
            "examples/fr-fit.yaml",
            "-o",
            "/nonexistent-dir/letter.txt",
        ])
        .assert()
        .code(73)
        .stderr("error: cannot write /nonexistent-dir/letter.txt: no such file or directory\n");
}

#[test]
fn source_date_epoch_fixes_today() {
    let case = std::fs::read_to_string(root().join("examples/en-capacity.yaml"))
        .unwrap()
        .replace("date: 2026-11-23\n", "");
    adieu()
        .args(["letter", "-"])
        .env("SOURCE_DATE_EPOCH", "1767225600")
        .write_stdin(case)
        .assert()
        .success()
        .stdout(predicate::str::contains("London, 1 January 2026"));
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let output = std::process::Command::new(assert_cmd::cargo::cargo_bin("adieu"))
        .current_dir(root())
        .args(["call", "examples/fr-fit.yaml"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            drop(child.stdout.take());
            child.wait_with_output()
        })
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    assert!(output.status.success(), "{:?}", output.status);
}
