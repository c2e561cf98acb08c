//! The config file: found the usual way, merged under the case file (config < case
//! file < command line), shown by `config show` with each value's origin, written by
//! `config init`, and reported with located errors when broken.

use std::path::Path;

use predicates::prelude::*;
use tempfile::TempDir;

use crate::support::{adieu_in, stdout_of};

const CONFIG: &str = "language: en-GB
tone: warm
notice: { days: 45 }
sender:
  name: Ana Popescu
  company: Studio Nord
  email: ana@studionord.example
  address: [\"Str. Lungă 5\", \"500035 Brașov\"]
  place: Brașov
";

const CASE: &str = "language: en-US
reason: fit
sender:
  name: Ana-Maria Popescu
client:
  contact: { name: Jean Dupont, gender: male }
  email: jean.dupont@acme.example
";

/// 2026-11-23, for `SOURCE_DATE_EPOCH`.
const TODAY: &str = "1795392000";

/// A folder holding `config.yaml` and `case.yaml`, which also stands for the home.
fn folder() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("config.yaml"), CONFIG).unwrap();
    std::fs::write(dir.path().join("case.yaml"), CASE).unwrap();
    dir
}

fn adieu(dir: &Path) -> assert_cmd::Command {
    let mut command = adieu_in(dir, dir);
    command.env("SOURCE_DATE_EPOCH", TODAY);
    command
}

#[test]
fn config_show_lists_the_config_file_alone() {
    let dir = folder();
    let shown = stdout_of(adieu(dir.path()).args(["--config", "config.yaml", "config", "show"]));
    insta::assert_snapshot!(shown);
}

#[test]
fn config_show_puts_the_case_file_over_the_config_file() {
    let dir = folder();
    let shown = stdout_of(adieu(dir.path()).args([
        "--config",
        "config.yaml",
        "config",
        "show",
        "case.yaml",
    ]));
    insta::assert_snapshot!(shown);
}

#[test]
fn config_show_puts_the_command_line_over_the_case_file() {
    let dir = folder();
    let shown = stdout_of(adieu(dir.path()).args([
        "--config",
        "config.yaml",
        "config",
        "show",
        "case.yaml",
        "--lang",
        "en",
        "--date",
        "2026-11-30",
    ]));
    insta::assert_snapshot!(shown);
}

/// The documents follow the same precedence `config show` reports.
#[test]
fn the_letter_takes_each_value_from_where_config_show_says() {
    let dir = folder();
    let letter = stdout_of(adieu(dir.path()).args([
        "--config",
        "config.yaml",
        "letter",
        "case.yaml",
        "--lang",
        "en",
        "--date",
        "2026-11-30",
    ]));
    insta::assert_snapshot!(letter);
    // From the case file, the config file, the config file, the command line.
    assert!(letter.starts_with("Ana-Maria Popescu\nStudio Nord\nStr. Lungă 5\n"));
    assert!(letter.contains("Please take this as 45\u{a0}days’ notice"));
    assert!(letter.contains("With warm regards,"));
    // English letters are dated without the town (locale.yaml: dateline).
    assert!(letter.contains("\n30 November 2026\n"));
}

#[test]
fn the_usual_config_file_is_found_without_being_named() {
    let dir = folder();
    let usual = dir.path().join("config/adieu");
    std::fs::create_dir_all(&usual).unwrap();
    std::fs::rename(dir.path().join("config.yaml"), usual.join("config.yaml")).unwrap();
    let path = stdout_of(adieu(dir.path()).args(["config", "path"]));
    assert_eq!(path, format!("{}\n", usual.join("config.yaml").display()));
    adieu(dir.path())
        .args(["-v", "email", "case.yaml"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Ana-Maria Popescu"))
        .stdout(predicate::str::contains("Studio Nord"))
        .stderr(
            predicate::str::starts_with(format!(
                "note: reading defaults from {}\nwarning[no-referral]:",
                usual.join("config.yaml").display()
            ))
            // The case is valid with the config's sender and notice: only advice follows.
            .and(predicate::str::contains("error").not()),
        );
    adieu(dir.path())
        .args(["--no-config", "email", "case.yaml"])
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "error[missing-field]: the case gives no sender email address",
        ));
}

#[test]
fn adieu_config_names_the_config_file() {
    let dir = folder();
    adieu(dir.path())
        .env("ADIEU_CONFIG", "config.yaml")
        .args(["email", "case.yaml"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Studio Nord"));
    adieu(dir.path())
        .env("ADIEU_CONFIG", "elsewhere.yaml")
        .args(["email", "case.yaml"])
        .assert()
        .code(66)
        .stderr("error: cannot read elsewhere.yaml: no such file or directory\n");
}

#[test]
fn a_broken_config_file_is_located_like_a_case_file() {
    let dir = folder();
    std::fs::write(
        dir.path().join("config.yaml"),
        "tone: friendly\nsender:\n  email: ana@studionord\n",
    )
    .unwrap();
    let output = adieu(dir.path())
        .args(["--config", "config.yaml", "letter", "case.yaml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(78));
    assert_eq!(String::from_utf8_lossy(&output.stdout), "");
    insta::assert_snapshot!(String::from_utf8_lossy(&output.stderr));
    std::fs::write(
        dir.path().join("config.yaml"),
        "language: français\nnotice: { immediate: true }\nsender:\n  email: ana@studionord\n",
    )
    .unwrap();
    let output = adieu(dir.path())
        .args(["--config", "config.yaml", "letter", "case.yaml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(78));
    insta::assert_snapshot!(String::from_utf8_lossy(&output.stderr));
    // Naming a config file and refusing every one is a contradiction; the variable
    // is only a default, which --no-config turns off.
    adieu(dir.path())
        .args(["--config", "config.yaml", "--no-config", "config", "show"])
        .assert()
        .code(2)
        .stderr(predicates::str::starts_with(
            "error: the argument '--config <FILE>' cannot be used with '--no-config'\n",
        ));
    adieu(dir.path())
        .env("ADIEU_CONFIG", "config.yaml")
        .args(["--no-config", "config", "show"])
        .assert()
        .success();
}

#[test]
fn config_init_writes_a_file_to_fill_in_and_never_overwrites_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("settings/adieu.yaml");
    adieu(dir.path())
        .env("ADIEU_CONFIG", &path)
        .args(["config", "init"])
        .assert()
        .success()
        .stdout("")
        .stderr(format!(
            "wrote {}: fill in your sender details, then `adieu config show` checks it\n",
            path.display()
        ));
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(written.starts_with("# yaml-language-server: $schema=file://"));
    adieu(dir.path())
        .env("ADIEU_CONFIG", &path)
        .args(["config", "init"])
        .assert()
        .code(73);
    adieu(dir.path())
        .env("ADIEU_CONFIG", &path)
        .args(["config", "show"])
        .assert()
        .code(78)
        .stderr(predicate::str::starts_with(
            "error[placeholder]: sender.name is still the placeholder `<your full name>`\n",
        ));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), written);
}

/// Right after `config init`, a placeholder is an error only where its value is used.
#[test]
fn placeholders_left_by_init_are_errors_only_where_used() {
    let dir = folder();
    let path = dir.path().join("fresh.yaml");
    adieu(dir.path())
        .env("ADIEU_CONFIG", &path)
        .args(["config", "init"])
        .assert()
        .success();
    // Neither `reasons` nor `new` reads the sender.
    adieu(dir.path())
        .env("ADIEU_CONFIG", &path)
        .arg("reasons")
        .assert()
        .success()
        .stderr("");
    adieu(dir.path())
        .env("ADIEU_CONFIG", &path)
        .args(["new", "-o", "new.yaml"])
        .assert()
        .success();
    // A case with its own sender name and email does not use the config's.
    let own = CASE.replace(
        "  name: Ana-Maria Popescu\n",
        "  name: Ana-Maria Popescu\n  email: ana@studionord.example\n",
    );
    std::fs::write(dir.path().join("own.yaml"), own).unwrap();
    adieu(dir.path())
        .env("ADIEU_CONFIG", &path)
        .args(["letter", "own.yaml", "-q", "--date", "2026-11-23"])
        .assert()
        .success()
        .stderr("");
    // A case that takes the config's email gets the error, in the config file, 78.
    adieu(dir.path())
        .env("ADIEU_CONFIG", &path)
        .args(["letter", "case.yaml", "-q"])
        .assert()
        .code(78)
        .stderr(format!(
            "error[placeholder]: sender.email is still the placeholder `<your email address>`
  --> {}:34:10
   |
34 |   email: \"<your email address>\"
   |          ^^^^^^^^^^^^^^^^^^^^^^
   |
   = help: replace it with the real value, or remove the line if the field is optional
",
            path.display()
        ));
}

#[test]
fn an_unreadable_config_file_is_a_config_error() {
    let dir = folder();
    let mut big = String::from("sender:\n  name: Ana\n# ");
    big.push_str(&"x".repeat(2 * 1024 * 1024));
    std::fs::write(dir.path().join("big.yaml"), big).unwrap();
    adieu(dir.path())
        .args(["--config", "big.yaml", "reasons"])
        .assert()
        .code(78)
        .stdout("")
        .stderr(
            "error[limit-exceeded]: the file is larger than 1 MiB, the size limit for a config file
--> big.yaml
 = help: a config file holds your sender details and defaults in a few hundred bytes; is this the right file?
",
        );
    std::fs::write(
        dir.path().join("latin1.yaml"),
        b"sender:\n  name: Jos\xe9\n",
    )
    .unwrap();
    adieu(dir.path())
        .args(["--config", "latin1.yaml", "reasons"])
        .assert()
        .code(78)
        .stderr(predicate::str::starts_with(
            "error[not-utf8]: the file is not UTF-8 text: byte 0xE9 cannot start or continue a character\n --> latin1.yaml:2:12\n",
        ))
        .stderr(predicate::str::ends_with(
            "  = help: save the config file as UTF-8; most editors offer it under \"Save with encoding\"\n",
        ));
    std::fs::create_dir(dir.path().join("folder")).unwrap();
    adieu(dir.path())
        .args(["--config", "folder", "reasons"])
        .assert()
        .code(78)
        .stderr(
            "error[not-a-file]: it is a directory, not a config file
--> folder
 = help: name the config file itself, such as `config.yaml` in that folder
",
        );
}

#[test]
fn every_problem_of_a_config_file_is_reported_at_once() {
    let dir = folder();
    std::fs::write(
        dir.path().join("three.yaml"),
        "language: \"de\"\ntone: brutal\nnotice: {days: 9999}\n",
    )
    .unwrap();
    adieu(dir.path())
        .args(["--config", "three.yaml", "reasons"])
        .assert()
        .code(78)
        .stderr(
            "error[unsupported-language]: adieu does not write in `de` (in `language`)
 --> three.yaml:1:11
  |
1 | language: \"de\"
  |           ^^^^
  |
  = help: write one of en, es, fr, ro, sk, or a regional tag of one of them such as es-MX
error[unknown-value]: `brutal` is not a known value for `tone`
 --> three.yaml:2:7
  |
2 | tone: brutal
  |       ^^^^^^
  |
  = help: write one of: warm, neutral, firm
error[invalid-value]: a notice of 9999 days is longer than a year (in `notice.days`)
 --> three.yaml:3:16
  |
3 | notice: {days: 9999}
  |                ^^^^
  |
  = help: notice.days runs from 0 to 365
",
        );
}
