//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The repository root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The adieu binary, run from the repository root with no config file and no colour,
/// whatever the machine running the tests has in its home folder.
pub fn adieu() -> Command {
    adieu_in(root(), Path::new("/dev/null/adieu-test-home"))
}

/// The adieu binary run in `dir`, with `home` standing for the user's config and
/// data folders (`home/config/adieu/config.yaml` is the usual config file).
pub fn adieu_in(dir: &Path, home: &Path) -> Command {
    let mut command = Command::cargo_bin("adieu").expect("the adieu binary is built");
    command
        .current_dir(dir)
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove("ADIEU_CONFIG")
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("NO_COLOR", "1");
    command
}

/// The text a command printed on stdout.
pub fn stdout_of(command: &mut Command) -> String {
    let output = command.output().expect("adieu runs");
    assert!(
        output.status.success(),
        "{:?} failed: {}",
        command,
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("stdout is UTF-8")
}

/// Every example case file, sorted.
pub fn examples() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .expect("examples/ exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
}

/// The five languages adieu writes.
pub const LANGUAGES: [&str; 5] = ["en", "es", "fr", "ro", "sk"];

/// Compares `actual` with the golden file, or rewrites it when `UPDATE_GOLDEN` is set.
/// Returns a readable difference when they differ.
pub fn check_golden(path: &Path, actual: &str) -> Result<(), String> {
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().expect("golden files live in a folder"))
            .expect("create golden folder");
        std::fs::write(path, actual).expect("write golden file");
        return Ok(());
    }
    let expected = std::fs::read_to_string(path).map_err(|e| {
        format!(
            "{}: {e} (run with UPDATE_GOLDEN=1 to create it)",
            path.display()
        )
    })?;
    if expected == actual {
        return Ok(());
    }
    let (expected_lines, actual_lines): (Vec<_>, Vec<_>) =
        (expected.lines().collect(), actual.lines().collect());
    let first = expected_lines
        .iter()
        .zip(&actual_lines)
        .position(|(e, a)| e != a)
        .unwrap_or(expected_lines.len().min(actual_lines.len()));
    let show = |lines: &[&str]| {
        lines
            .iter()
            .enumerate()
            .skip(first.saturating_sub(2))
            .take(5)
            .map(|(i, line)| format!("    {:>4} | {line}", i + 1))
            .collect::<Vec<_>>()
            .join("\n")
    };
    Err(format!(
        "{} differs from line {}:\n  expected:\n{}\n  actual:\n{}\n(review the change, then run with UPDATE_GOLDEN=1 to accept it)",
        path.display(),
        first + 1,
        show(&expected_lines),
        show(&actual_lines)
    ))
}
