//! The command line as a user meets it: every exit code, exact error messages, and
//! files that are never overwritten by surprise.

use predicates::prelude::*;

use crate::support::{TODAY_EPOCH, adieu, root};

#[test]
fn renders_an_example_to_stdout() {
    adieu()
        .args(["letter", "examples/en-capacity.yaml"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Dear Mr Grant,"))
        .stdout(predicate::str::contains(
            "notice: our working relationship will end\non 23 December 2026.",
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
            "Subject: Ending our agreement: Design retainer 2024",
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
            "error[unknown-field]: unknown field `clinet`
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
        .args(["letter", "examples/fr-fit.yaml", "-o", "letter.odt"])
        .assert()
        .code(2)
        .stderr("error: cannot tell the format from `letter.odt`; name the file with one of the extensions .txt, .md, .html, .pdf, .docx, or pass --format\n");
}

#[test]
fn a_format_that_makes_no_sense_for_the_output_lists_the_ones_that_do() {
    adieu()
        .args(["call", "examples/fr-fit.yaml", "--format", "eml"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("error: invalid value 'eml' for '--format <FORMAT>'\n  [possible values: text, markdown, html, pdf, docx]\n\n  tip: a similar value exists: 'html'\n\nFor more information, try '--help'.\n");
    let dir = tempfile::tempdir().unwrap();
    adieu()
        .args(["letter", "examples/fr-fit.yaml", "-o"])
        .arg(dir.path().join("letter.eml"))
        .assert()
        .code(2)
        .stderr("error: the letter cannot be written as eml; it can be written as text, markdown, html, pdf, docx\n");
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
    let mut cases = vec![
        ("call", "call.HTML", &b"<!DOCTYPE html>"[..]),
        ("email", "email.eml", &b"From: "[..]),
    ];
    if cfg!(feature = "pdf") {
        cases.push(("letter", "letter.pdf", &b"%PDF-"[..]));
    }
    for (channel, file, start) in cases {
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

#[cfg(feature = "pdf")]
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
        .stderr(predicate::str::ends_with(
            "warning: no regional wording for es-AR; writing es, with es-AR dates and numbers\n",
        ))
        .stderr(predicate::str::starts_with(
            "warning[no-contract]: the case names no contract\n",
        ));
}

/// A valid BCP 47 tag with a private-use part or an extension names a language: it
/// was called "not a language tag" (hostile-input review, L4).
#[test]
fn a_tag_with_private_use_or_extensions_writes_its_language_with_a_warning() {
    adieu()
        .args(["letter", "examples/fr-fit.yaml", "--lang", "fr-CA-x-foo"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Monsieur Jean Dupont"))
        .stderr(predicate::str::contains(
            "warning[language-extension-ignored]: --lang: `-x-foo` in the language tag `fr-CA-x-foo` is ignored: adieu writes fr-CA with its usual dates and numbers\n",
        ))
        .stderr(predicate::str::contains("help: pass `--lang fr-CA`"));
    adieu()
        .args([
            "call",
            "examples/en-capacity.yaml",
            "--lang",
            "en-u-nu-latn",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains("`-u-nu-latn` in the language tag"));
    // Commands that take only a language say so too.
    adieu()
        .args(["reasons", "--lang", "ro-u-ca-buddhist"])
        .assert()
        .success()
        .stderr(
            "warning: `-u-ca-buddhist` in the language tag `ro-u-ca-buddhist` is ignored: adieu writes ro with its usual dates and numbers\n",
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
        .stdout(predicate::str::contains("\n1 January 2026\n"));
}

#[test]
fn source_date_epoch_before_1900_is_a_usage_error() {
    let case = std::fs::read_to_string(root().join("examples/en-capacity.yaml"))
        .unwrap()
        .replace("date: 2026-11-23\n", "");
    adieu()
        .args(["email", "-"])
        .env("SOURCE_DATE_EPOCH", "-70000000000")
        .write_stdin(case)
        .assert()
        .code(2)
        .stdout("")
        .stderr("error: SOURCE_DATE_EPOCH=-70000000000 falls in the year -249, before 1900: give the seconds since 1970 of a date the documents may carry\n");
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

#[test]
fn check_reports_each_file_under_its_own_name() {
    adieu()
        .args([
            "check",
            "examples/en-capacity.yaml",
            "tests/bad/unknown-field.yaml",
            "examples/fr-fit.yaml",
        ])
        .assert()
        .code(65)
        .stdout("")
        .stderr(
            "error[unknown-field]: unknown field `clinet`
 --> tests/bad/unknown-field.yaml:9:1
  |
9 | clinet:
  | ^^^^^^
  |
  = help: did you mean `client`?
checked 3 case files: 1 invalid (1 error, 0 warnings)
",
        );
}

#[test]
fn check_passes_valid_files_and_fails_on_warnings_only_when_asked() {
    adieu()
        .args(["check", "examples/en-capacity.yaml"])
        .assert()
        .success()
        .stderr("checked 1 case file: valid (0 errors, 0 warnings)\n");
    adieu()
        .args(["check", "tests/advice/no-referral.yaml"])
        .assert()
        .success();
    for deny in [&["--deny", "warnings"][..], &["--strict"][..]] {
        adieu()
            .args(["check", "tests/advice/no-referral.yaml"])
            .args(deny)
            .assert()
            .code(1)
            .stderr(predicate::str::starts_with("warning[no-referral]: "));
    }
    adieu()
        .args(["check", "examples/en-capacity.yaml", "--strict"])
        .assert()
        .success();
}

#[test]
fn check_quiet_says_errors_only_and_denied_warnings_are_not_valid() {
    // -q: no warning, and no summary of a check that passes.
    adieu()
        .args(["check", "-q", "tests/advice/no-referral.yaml"])
        .assert()
        .success()
        .stderr("");
    adieu()
        .args(["check", "-q", "examples/en-capacity.yaml"])
        .assert()
        .success()
        .stderr("");
    // -q still says the errors and the failing summary.
    adieu()
        .args(["check", "-q", "tests/bad/unknown-field.yaml"])
        .assert()
        .code(65)
        .stderr(predicate::str::starts_with("error[unknown-field]: "))
        .stderr(predicate::str::ends_with(
            "checked 1 case file: invalid (1 error, 0 warnings)\n",
        ));
    // Denied warnings are failures, like clippy's -D warnings, with or without -q.
    for quiet in [&[][..], &["-q"][..]] {
        for deny in [&["--deny", "warnings"][..], &["--strict"][..]] {
            adieu()
                .args(["check", "tests/advice/no-referral.yaml"])
                .args(quiet)
                .args(deny)
                .assert()
                .code(1)
                .stderr(predicate::str::starts_with("warning[no-referral]: "))
                .stderr(predicate::str::ends_with(
                    "checked 1 case file: warnings denied by --deny warnings (0 errors, 1 warning)\n",
                ));
        }
    }
}

#[test]
fn check_reads_stdin_and_reports_unreadable_files() {
    let case = std::fs::read_to_string(root().join("tests/bad/impossible-date.yaml")).unwrap();
    adieu()
        .args(["check", "-"])
        .write_stdin(case)
        .assert()
        .code(65)
        .stderr(predicate::str::contains(" --> <stdin>:3:7\n"));
    adieu()
        .args(["check", "no-such-case.yaml", "examples/fr-fit.yaml"])
        .assert()
        .code(66)
        .stderr("error: cannot read no-such-case.yaml: no such file or directory\nchecked 2 case files: not all readable (0 errors, 0 warnings, 1 unreadable)\n");
}

#[test]
fn check_prints_json_lines_for_tools() {
    adieu()
        .args(["check", "--format", "json", "tests/bad/several-shape-problems.yaml", "tests/advice/weekend-end.yaml"])
        .assert()
        .code(65)
        .stderr("")
        .stdout(concat!(
            r#"{"code":"unknown-value","column":9,"file":"tests/bad/several-shape-problems.yaml","help":"did you mean `capacity`?","line":4,"message":"`capcity` is not a known value for `reason`","path":"reason","severity":"error"}"#, "\n",
            r#"{"code":"unknown-field","column":3,"file":"tests/bad/several-shape-problems.yaml","help":"did you mean `company`?","line":7,"message":"unknown field `sender.compnay`","path":"sender.compnay","severity":"error"}"#, "\n",
            r#"{"code":"unknown-value","column":42,"file":"tests/bad/several-shape-problems.yaml","help":"did you mean `male`?","line":11,"message":"`mal` is not a known value for `client.contact.gender`","path":"client.contact.gender","severity":"error"}"#, "\n",
            r#"{"code":"invalid-number","column":9,"file":"tests/bad/several-shape-problems.yaml","help":"`notice.days` counts calendar days, e.g. 30","line":17,"message":"`thirty` is not a number of days; write a whole number such as 30","path":"notice.days","severity":"error"}"#, "\n",
            r#"{"code":"invalid-date","column":64,"file":"tests/bad/several-shape-problems.yaml","help":"write the date as YYYY-MM-DD, e.g. 2026-11-22","line":22,"message":"`2026-12-32` does not exist: that month has 31 days","path":"closeout.invoices.0.due","severity":"error"}"#, "\n",
            r#"{"code":"invalid-type","column":13,"file":"tests/bad/several-shape-problems.yaml","help":"write the items as a list, e.g. `[\"first\", \"second\"]` or one `- item` per line","line":25,"message":"`closeout.handover` must be a list, not a single value","path":"closeout.handover","severity":"error"}"#, "\n",
            r#"{"code":"weekend-end","column":10,"file":"tests/advice/weekend-end.yaml","help":"end on a working day, such as Friday 2026-12-25","line":18,"message":"the last day of the collaboration, 2026-12-27, is a Sunday","path":"notice.until","severity":"warning"}"#, "\n",
        ));
}

#[test]
fn diagnostics_are_coloured_only_when_wanted() {
    let coloured = adieu()
        .args(["check", "tests/bad/unknown-field.yaml"])
        .env_remove("NO_COLOR")
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&coloured.stderr).contains("\u{1b}["));
    let plain = adieu()
        .args(["check", "tests/bad/unknown-field.yaml"])
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&plain.stderr).contains('\u{1b}'));
}

#[test]
fn a_hostile_file_cannot_drive_the_terminal() {
    let output = adieu()
        .args([
            "check",
            "tests/bad/raw-escape.yaml",
            "tests/bad/bidi-override.yaml",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        !stderr.contains('\u{1b}') && !stderr.contains('\u{202e}'),
        "{stderr}"
    );
}

#[test]
fn markup_is_text_escaped_only_in_markdown() {
    adieu()
        .args(["letter", "tests/advice/markup-is-text.yaml"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "<script>alert(1)</script> & *layouts*",
        ));
    adieu()
        .args([
            "letter",
            "tests/advice/markup-is-text.yaml",
            "--format",
            "markdown",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            r"\<script\>alert(1)\</script\> \& \*layouts\*",
        ))
        .stdout(predicate::str::contains("<script>").not());
}

#[test]
fn render_commands_print_the_advice_and_still_render() {
    adieu()
        .args(["email", "tests/advice/weekend-end.yaml"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("Subject: "))
        .stderr(predicate::str::starts_with("warning[weekend-end]: the last day of the collaboration, 2026-12-27, is a Sunday (in `notice.until`)\n"));
}

/// Round-5 native review: the letter's own advice (an inside address, a notice the
/// post outruns) comes with `letter`, `pack` and `check --letter`, never with the
/// email or the call script, which need neither.
#[test]
fn the_letters_advice_comes_only_with_a_letter() {
    let address = "warning[letter-without-address]: the letter has no inside address: the case gives no `client.address`\n";
    let post = "warning[short-notice-by-post]: a notice of 1 day ends on 2026-12-03: a letter dated 2026-12-02 and sent by post arrives after it has run (in `notice.days`)\n";
    for (case, warning) in [
        ("tests/advice/letter-without-address.yaml", address),
        ("tests/advice/short-notice-by-post.yaml", post),
    ] {
        adieu()
            .args(["letter", case])
            .assert()
            .success()
            .stderr(predicate::str::contains(warning));
        adieu()
            .args(["check", "--letter", case])
            .assert()
            .success()
            .stderr(predicate::str::contains(warning));
        for command in [["email", case], ["call", case], ["check", case]] {
            adieu()
                .args(command)
                .assert()
                .success()
                .stderr(predicate::str::contains("warning[short-notice-by-post]").not())
                .stderr(predicate::str::contains("warning[letter-without-address]").not());
        }
    }
    // A pack holds a letter: it warns once.
    let dir = tempfile::tempdir().unwrap();
    let output = adieu()
        .args(["pack", "tests/advice/letter-without-address.yaml", "-o"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr.matches("warning[letter-without-address]").count(),
        1,
        "{stderr}"
    );
}

#[test]
fn a_closed_pipe_ends_check_quietly_too() {
    let mut bad: Vec<String> = std::fs::read_dir(root().join("tests/bad"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| p.strip_prefix(root()).unwrap().display().to_string())
        .collect();
    bad.sort();
    let output = std::process::Command::new(assert_cmd::cargo::cargo_bin("adieu"))
        .current_dir(root())
        .args(["check", "--format", "json"])
        .args(&bad)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            drop(child.stdout.take());
            child.wait_with_output()
        })
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    assert_eq!(output.status.code(), Some(65));
}

#[test]
fn a_full_disk_is_exit_73_with_the_reason() {
    adieu()
        .args([
            "letter",
            "examples/fr-fit.yaml",
            "--format",
            "text",
            "-o",
            "/dev/full",
        ])
        .assert()
        .code(73)
        .stderr("error: cannot write /dev/full: no space left on device\n");
}

#[test]
fn an_interrupted_write_leaves_the_whole_file_or_nothing() {
    let expected = adieu()
        .args(["letter", "examples/fr-fit.yaml"])
        .output()
        .unwrap()
        .stdout;
    for delay in 0..30u64 {
        let dir = tempfile::tempdir().unwrap();
        let output = dir.path().join("letter.txt");
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("adieu"))
            .current_dir(root())
            .env("SOURCE_DATE_EPOCH", TODAY_EPOCH)
            .args(["letter", "examples/fr-fit.yaml", "-o"])
            .arg(&output)
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_micros(delay * 500));
        let _ = std::process::Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status();
        let status = child.wait().unwrap();
        let left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        match left.as_slice() {
            [] => {}
            [name] if name == "letter.txt" => {
                assert_eq!(std::fs::read(&output).unwrap(), expected, "delay {delay}")
            }
            other => panic!("delay {delay}, {status:?}: the folder holds {other:?}"),
        }
    }
}

/// Issue 11, H2: a character the PDF font lacks stopped a PDF with exit 70 and a
/// message about the template. It is a located error before anything is written;
/// `check --pdf` reports it too, and plain `check` accepts it, as text shows it.
#[cfg(feature = "pdf")]
#[test]
fn a_character_the_pdf_font_lacks_is_located_before_the_pdf_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let case = std::fs::read_to_string(root().join("examples/en-capacity.yaml"))
        .unwrap()
        .replace("Harbour & Sons", "Acme 🚀 Ltd");
    assert!(case.contains("Acme 🚀 Ltd"));
    let path = dir.path().join("case.yaml");
    std::fs::write(&path, case).unwrap();
    let expected = "error[unsupported-character]: client.company contains `🚀` (U+1F680), which the PDF font, Libertinus Serif, cannot show\n";
    for command in [vec!["letter", "-o"], vec!["call", "-o"]] {
        let pdf = dir.path().join("out.pdf");
        let output = adieu()
            .args(&command)
            .arg(&pdf)
            .arg(&path)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(65), "{stderr}");
        assert!(stderr.starts_with(expected), "{stderr}");
        assert!(stderr.contains("case.yaml:"), "{stderr}");
        assert!(!pdf.exists());
    }
    adieu().arg("check").arg(&path).assert().success();
    adieu()
        .args(["check", "--pdf"])
        .arg(&path)
        .assert()
        .code(65)
        .stderr(predicate::str::starts_with(expected));
    adieu()
        .args(["letter", "--format", "html"])
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains("Acme 🚀 Ltd"));
}

/// Without the `pdf` feature, every way of asking for a PDF is a usage error that
/// names the feature, before anything is read or written.
#[cfg(not(feature = "pdf"))]
#[test]
fn a_build_without_pdf_says_which_feature_it_lacks() {
    let expected = "error: this adieu was built without PDF output (the cargo feature `pdf`, on by default): rebuild it with the default features, or write html, text or markdown\n";
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("letter.pdf");
    adieu()
        .args(["letter", "examples/fr-fit.yaml", "-o"])
        .arg(&out)
        .assert()
        .code(2)
        .stdout("")
        .stderr(expected);
    adieu()
        .args([
            "call",
            "examples/fr-fit.yaml",
            "examples/sk-outgrown.yaml",
            "-f",
            "pdf",
            "-o",
        ])
        .arg(dir.path().join("calls/"))
        .assert()
        .code(2)
        .stderr(expected);
    adieu()
        .args(["check", "--pdf", "examples/fr-fit.yaml"])
        .assert()
        .code(2)
        .stderr(expected);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

/// `check --explain CODE` says what a code means, as `rustc --explain` does; a code
/// that is none gets the nearest one.
#[test]
fn check_explains_a_code_and_suggests_the_nearest_for_a_typo() {
    adieu()
        .args(["check", "--explain", "invoice-overdue"])
        .assert()
        .success()
        .stderr("")
        .stdout("invoice-overdue (warning)\n\nan invoice fell due before the date of the documents, which call it overdue: check that it is still unpaid\n");
    adieu()
        .args(["check", "--explain", "not-utf8"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("not-utf8 (error)\n\n"));
    adieu()
        .args(["check", "--explain", "weekend-endd"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("error: invalid value 'weekend-endd' for '--explain <CODE>': `weekend-endd` is no diagnostic code; did you mean `weekend-end`?\n\nFor more information, try '--help'.\n");
    adieu()
        .args(["check", "--explain", "weekend-end", "case.yaml"])
        .assert()
        .code(2);
}

#[test]
fn help_lists_a_commands_own_options_and_formats_before_the_global_ones() {
    let help = |command: &str| crate::support::stdout_of(adieu().args([command, "--help"]));
    let email = help("email");
    let format = email.find("--format <FORMAT>").unwrap();
    let global = email.find("\nGlobal options:\n").unwrap();
    assert!(format < global, "{email}");
    assert!(email.find("--quiet").unwrap() > global, "{email}");
    assert!(
        email.contains("- eml:") && !email.contains("- pdf:"),
        "{email}"
    );
    let letter = help("letter");
    assert!(
        letter.contains("- pdf:") && !letter.contains("- eml:"),
        "{letter}"
    );
    let calendar = help("calendar");
    assert!(
        calendar.contains("[possible values: ics]") || calendar.contains("- ics:"),
        "{calendar}"
    );
    // The variable is named, never shown as set to nothing.
    assert!(
        email.contains("[env: ADIEU_CONFIG]") && !email.contains("ADIEU_CONFIG="),
        "{email}"
    );
}
