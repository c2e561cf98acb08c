//! Characters a reader cannot see are refused from every source a value can come
//! from: the case file (tests/bad), the config file, a CSV cell and the command line;
//! and the user's own names (files, CSV headers) are escaped, never dropped, when
//! adieu repeats them.

use std::path::Path;

use crate::support::{adieu_in, root};

/// A folder holding examples/en-capacity.yaml as `base.yaml`.
pub(crate) fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("examples/en-capacity.yaml"),
        dir.path().join("base.yaml"),
    )
    .unwrap();
    dir
}

/// The stderr of adieu run in `dir` with `args`, which exits `code` having written
/// nothing on stdout.
pub(crate) fn stderr_of(dir: &Path, args: &[&str], code: i32) -> String {
    let output = adieu_in(dir, dir).args(args).output().unwrap();
    assert_eq!(output.status.code(), Some(code), "{output:?}");
    assert!(output.stdout.is_empty(), "{output:?}");
    String::from_utf8(output.stderr).unwrap()
}

/// The stderr of a `channel` batch over `rows` as `rows.csv`, which exits 65.
pub(crate) fn csv_batch(dir: &Path, channel: &str, rows: &str) -> String {
    std::fs::write(dir.join("rows.csv"), rows).unwrap();
    stderr_of(
        dir,
        &[
            channel,
            "--csv",
            "rows.csv",
            "--base",
            "base.yaml",
            "-o",
            "out/",
        ],
        65,
    )
}

#[test]
fn a_config_value_cannot_hide_an_invisible_character() {
    let dir = folder();
    for (name, value) in [
        ("escaped.yaml", "\"\\u200B\""),
        ("raw.yaml", "\"\u{200B}\""),
    ] {
        std::fs::write(
            dir.path().join(name),
            format!("sender:\n  name: {value}\n  email: a@b.example\n"),
        )
        .unwrap();
        let stderr = stderr_of(dir.path(), &["--config", name, "check", "base.yaml"], 78);
        assert!(
            stderr.starts_with(&format!(
                "error[invisible-character]: U+200B ZERO WIDTH SPACE in sender.name\n --> {name}:2:"
            )),
            "{stderr}"
        );
    }
}

#[test]
fn a_csv_cell_cannot_hide_an_invisible_character() {
    let dir = folder();
    let stderr = csv_batch(
        dir.path(),
        "letter",
        "client.contact.name,client.email\nAnn\u{200F}Lee,ann@lee.example\n",
    );
    assert_eq!(
        stderr,
        "\
error[invisible-character]: U+200F RIGHT-TO-LEFT MARK in client.contact.name
--> rows.csv:row 2, column client.contact.name
 = help: the character is invisible and can make the text read differently from what you checked (digits in another order, an empty name that looks filled in): delete it, for instance by typing the value again
error: 1 of 1 cases failed (rows.csv:row 2); nothing was written
"
    );
    assert!(!dir.path().join("out").exists());
}

#[test]
fn a_command_line_value_is_repeated_escaped() {
    let dir = folder();
    let stderr = stderr_of(
        dir.path(),
        &["letter", "base.yaml", "--lang", "en\u{200F}"],
        2,
    );
    assert!(
        stderr.starts_with("error: --lang: `en\\u{200f}` is not a language tag"),
        "{stderr}"
    );
}

#[test]
fn file_names_and_csv_headers_are_escaped_not_dropped() {
    let dir = folder();
    let name = "x\u{1b}[2J.yaml";
    let mut case = std::fs::read_to_string(dir.path().join("base.yaml")).unwrap();
    case.push_str("clinet: 1\n");
    std::fs::write(dir.path().join(name), case).unwrap();
    let stderr = stderr_of(dir.path(), &["check", name], 65);
    assert!(stderr.contains("--> x\\u{1b}[2J.yaml:"), "{stderr}");

    let stderr = csv_batch(
        dir.path(),
        "letter",
        "client.contact.name,client.email,x\u{1b}]0;pwned\u{7}\nAnn,ann@lee.example,1\n",
    );
    assert!(
        stderr.contains("--> rows.csv:row 2, column x\\u{1b}]0;pwned\\u{7}\n"),
        "{stderr}"
    );
    assert!(!stderr.contains('\u{1b}'), "{stderr}");
}
