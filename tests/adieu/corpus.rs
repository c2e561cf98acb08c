//! The corpora of broken, hostile and questionable case files: `tests/bad/` (each
//! must be refused) and `tests/advice/` (each renders, with warnings). Every file is
//! run through `adieu check` (`check --letter` for advice, which then gives the
//! letter's own advice too), whose exit code and full output are compared with the
//! snapshot beside it (`NAME.out`, regenerated with `UPDATE_GOLDEN=1` and reviewed in
//! the diff, so that wording changes show up), and through `adieu letter -o` onto an
//! existing file with `--force`: a refused case must leave that file untouched and
//! create nothing else, and report the same diagnostics as `check`.

use std::path::{Path, PathBuf};

use crate::support::adieu;
use crate::support::{check_golden, root};

fn corpus(folder: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(folder))
        .expect("the corpus folder exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
}

/// The `check` command line of a corpus: with `--letter` for the advice corpus, whose
/// files are then rendered as letters.
fn command(relative: &str, letter: bool) -> Vec<&str> {
    if letter {
        vec!["check", "--letter", relative]
    } else {
        vec!["check", relative]
    }
}

/// Runs `adieu check` on one file; returns its exit code and stderr.
fn check(relative: &str, letter: bool) -> (i32, String) {
    let output = adieu()
        .args(command(relative, letter))
        .output()
        .expect("adieu runs");
    assert!(
        output.stdout.is_empty(),
        "{relative}: check prints to stderr only"
    );
    (
        output.status.code().expect("exit code"),
        String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    )
}

/// Runs `adieu letter FILE -o existing --force`; returns its exit code, stderr and
/// what the output folder holds afterwards.
fn letter_onto_existing_file(relative: &str) -> (i32, String, Vec<(String, String)>) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let existing = dir.path().join("letter.txt");
    std::fs::write(&existing, "my own letter, not to be lost\n").expect("write");
    let output = adieu()
        .args(["letter", relative, "--force", "-o"])
        .arg(&existing)
        .output()
        .expect("adieu runs");
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir.path())
        .expect("read folder")
        .map(|entry| {
            let path = entry.expect("entry").path();
            let name = path
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned();
            (name, std::fs::read_to_string(&path).unwrap_or_default())
        })
        .collect();
    files.sort();
    (
        output.status.code().expect("exit code"),
        String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        files,
    )
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .expect("inside the repository")
        .to_string_lossy()
        .into_owned()
}

/// The diagnostics of `check`'s output, without its closing summary line.
fn diagnostics(check_stderr: &str) -> &str {
    let body = check_stderr.trim_end_matches('\n');
    match body.rfind('\n') {
        Some(cut) => &check_stderr[..=cut],
        None => "",
    }
}

fn snapshot(path: &Path, letter: bool, code: i32, stderr: &str) -> Result<(), String> {
    let out = path.with_extension("out");
    let relative = relative(path);
    check_golden(
        &out,
        &format!(
            "$ adieu {}\nexit: {code}\n{stderr}",
            command(&relative, letter).join(" ")
        ),
    )
}

#[test]
fn every_bad_case_is_refused_with_its_snapshot_and_loses_nothing() {
    let files = corpus("tests/bad");
    assert!(files.len() >= 40, "the corpus holds {} files", files.len());
    let mut failures = Vec::new();
    for path in &files {
        let name = relative(path);
        let (code, stderr) = check(&name, false);
        if code != 65 {
            failures.push(format!("{name}: check exited {code}, not 65"));
        }
        failures.extend(snapshot(path, false, code, &stderr).err());
        let (letter_code, letter_stderr, files) = letter_onto_existing_file(&name);
        if letter_code != 65 {
            failures.push(format!("{name}: letter exited {letter_code}, not 65"));
        }
        if files
            != [(
                "letter.txt".to_owned(),
                "my own letter, not to be lost\n".to_owned(),
            )]
        {
            failures.push(format!("{name}: the output folder holds {files:?}"));
        }
        if letter_stderr != diagnostics(&stderr) {
            failures.push(format!(
                "{name}: letter and check report differently:\n{letter_stderr}\n---\n{stderr}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_advice_case_renders_with_its_warnings() {
    let files = corpus("tests/advice");
    let mut failures = Vec::new();
    for path in &files {
        let name = relative(path);
        let (code, stderr) = check(&name, true);
        failures.extend(snapshot(path, true, code, &stderr).err());
        let denied = adieu()
            .args(["check", "--letter", &name, "--deny", "warnings"])
            .output()
            .expect("adieu runs");
        let warned = stderr.contains("warning[");
        let expected = if warned { 1 } else { 0 };
        if code != 0 || denied.status.code() != Some(expected) {
            failures.push(format!(
                "{name}: check exited {code} and {:?} with --deny warnings",
                denied.status.code()
            ));
        }
        let (letter_code, letter_stderr, files) = letter_onto_existing_file(&name);
        if letter_code != 0 || files.len() != 1 || files[0].1.contains("my own letter") {
            failures.push(format!(
                "{name}: letter exited {letter_code}, leaving {files:?}"
            ));
        }
        if letter_stderr != diagnostics(&stderr) {
            failures.push(format!(
                "{name}: letter and check warn differently:\n{letter_stderr}\n---\n{stderr}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
