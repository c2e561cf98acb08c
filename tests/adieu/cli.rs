//! The command line as a user meets it: every exit code, exact error messages, and
//! files that are never overwritten by surprise.

use assert_cmd::Command;
use predicates::prelude::*;

use crate::support::root;

/// The examples are dated 2026-11-23; fixing today to that day keeps the advice about
/// dates in the past from appearing as the calendar moves on.
pub const TODAY_EPOCH: &str = "1795435200";

pub fn adieu() -> Command {
    let mut command = Command::cargo_bin("adieu").expect("the adieu binary is built");
    command
        .current_dir(root())
        .env("SOURCE_DATE_EPOCH", TODAY_EPOCH)
        .env("NO_COLOR", "1");
    command
}

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
    adieu()
        .args(["letter", "tests/cases/unknown-field.yaml"])
        .assert()
        .code(65)
        .stdout("")
        .stderr(
            "error[missing-field]: the case file has no `notice`
 --> tests/cases/unknown-field.yaml:1:1
  |
1 | language: en
  | ^
  |
  = help: add `notice:` with its fields indented below it, e.g. `days: 30`
error[unknown-field]: unknown field `clinet`
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
        .stderr("error: cannot tell the format from `letter.docx`; name the file with one of the extensions .txt, .md, or pass --format\n");
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
        .stderr(predicate::str::ends_with(
            "warning: no regional wording for es-AR; writing es, with es-AR dates and numbers\n",
        ))
        .stderr(predicate::str::starts_with(
            "warning[no-contract]: the case names no contract\n",
        ));
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
        .env("SOURCE_DATE_EPOCH", TODAY_EPOCH)
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
