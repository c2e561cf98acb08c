//! `adieu calendar`: the dates to keep as an .ics file, in the case's language or,
//! with `--ui-lang`, the sender's. Its structure and dates are checked by an
//! independent parser in .ci/check-ics.py; here, the command line.

use predicates::prelude::*;

use crate::support::{adieu, root, stdout_of};

fn golden(example: &str, language: &str) -> String {
    std::fs::read_to_string(root().join(format!("tests/golden/{example}/calendar.{language}.ics")))
        .unwrap()
}

#[test]
fn the_calendar_is_ics_on_stdout_without_options() {
    let ics = stdout_of(adieu().args(["calendar", "examples/fr-fit.yaml"]));
    assert_eq!(ics, golden("fr-fit", "fr"));
    assert!(ics.contains("SUMMARY:Confirmer par écrit la fin de la collaboration"));
}

#[test]
fn ui_lang_writes_the_calendar_in_the_senders_language() {
    let ics = stdout_of(adieu().args(["calendar", "examples/fr-fit.yaml", "--ui-lang", "en"]));
    assert_eq!(ics, golden("fr-fit", "en"));
    assert!(ics.contains("SUMMARY:Last day of work with Boulangeries Dupont SA\r\n"));
}

#[test]
fn ui_lang_and_lang_together_are_refused() {
    adieu()
        .args([
            "calendar",
            "examples/fr-fit.yaml",
            "--ui-lang",
            "en",
            "--lang",
            "es",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "the argument '--ui-lang <TAG>' cannot be used with '--lang <TAG>'",
        ));
}

#[test]
fn the_calendar_is_written_as_ics_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deadlines.ics");
    adieu()
        .args(["calendar", "examples/en-capacity.yaml", "-o"])
        .arg(&path)
        .assert()
        .success()
        .stdout("");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        golden("en-capacity", "en")
    );
    adieu()
        .args(["calendar", "examples/en-capacity.yaml", "-o"])
        .arg(dir.path().join("deadlines.txt"))
        .assert()
        .code(2)
        .stderr("error: the calendar cannot be written as text; it can be written as ics\n");
}

#[test]
fn only_dated_items_become_events() {
    // Confirmation day and last day, whatever else the case lists without a date.
    let ics = stdout_of(adieu().args(["calendar", "tests/cases/nothing-to-settle.yaml"]));
    assert_eq!(ics.matches("BEGIN:VEVENT\r\n").count(), 2, "{ics}");
    // en-capacity: the confirmation, one invoice, one deliverable, the last day.
    assert_eq!(
        golden("en-capacity", "en").matches("BEGIN:VEVENT").count(),
        4
    );
}

#[test]
fn each_case_gets_uids_of_its_own() {
    let uids = |ics: &str| -> Vec<String> {
        ics.lines()
            .filter_map(|line| line.strip_prefix("UID:"))
            .map(str::to_owned)
            .collect()
    };
    let french = uids(&golden("fr-fit", "fr"));
    let english = uids(&golden("en-capacity", "en"));
    assert!(french.iter().all(|uid| !english.contains(uid)));
    // The same case in another language is the same events: other summaries, so
    // other UIDs, and an import never mixes two languages' events as one.
    assert_ne!(french, uids(&golden("fr-fit", "en")));
}
