//! adieu in the user's shell: completions and manual pages generated from the clap
//! definition, help with examples that really run, quiet and verbose, colour only
//! when wanted.

use adieu::cli::Cli;
use clap::CommandFactory;
use predicates::prelude::*;

use crate::support::{adieu, adieu_in, stdout_of};

/// Every command path, such as `["config", "show"]`, parents first.
fn commands() -> Vec<Vec<String>> {
    fn walk(command: &clap::Command, prefix: &[String], out: &mut Vec<Vec<String>>) {
        for sub in command.get_subcommands() {
            let mut path = prefix.to_vec();
            path.push(sub.get_name().to_owned());
            out.push(path.clone());
            walk(sub, &path, out);
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), &[], &mut out);
    out
}

#[test]
fn completions_know_every_command_in_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = stdout_of(adieu().args(["completions", shell]));
        assert!(script.len() > 1000, "{shell}: {script}");
        for command in commands() {
            let name = command.last().unwrap();
            assert!(script.contains(name.as_str()), "{shell} lacks `{name}`");
        }
        for option in ["lang", "reason", "channel", "no-config", "quiet"] {
            let written = match shell {
                "fish" => format!("-l {option}"),
                _ => format!("--{option}"),
            };
            assert!(script.contains(&written), "{shell} lacks {written}");
        }
        // Values: the languages with their regional variants, the field paths.
        for value in ["es-MX", "en-US", "sk", "client.contact.name", "ics"] {
            assert!(script.contains(value), "{shell} does not offer {value}");
        }
    }
    // Completing offers values; parsing still takes a tag that is not among them.
    adieu()
        .args([
            "letter",
            "examples/en-capacity.yaml",
            "--lang",
            "en-AU",
            "-q",
        ])
        .assert()
        .success();
}

#[test]
fn the_manual_page_documents_every_command() {
    let page = stdout_of(adieu().arg("man"));
    assert!(page.starts_with(".ie \\n(.g .ds Aq \\(aq\n"), "{page}");
    assert!(page.contains("\n.TH adieu 1 "), "{page}");
    for command in commands().iter().filter(|c| c.len() == 1) {
        assert!(
            page.contains(&format!("adieu\\-{}(1)", command[0])),
            "{}",
            command[0]
        );
    }
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("man/man1");
    adieu()
        .args(["man", "--dir"])
        .arg(&dir)
        .assert()
        .success()
        .stdout("");
    let mut pages: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    pages.sort();
    let mut expected: Vec<String> = commands()
        .iter()
        .map(|c| format!("adieu-{}.1", c.join("-")))
        .collect();
    expected.push("adieu.1".into());
    expected.sort();
    assert_eq!(pages, expected);
    let letter = std::fs::read_to_string(dir.join("adieu-letter.1")).unwrap();
    assert!(letter.contains("adieu letter fr\\-fit.yaml"), "{letter}");
    // The sections a manual page has beyond what clap knows, in their usual order.
    let sections: Vec<&str> = letter
        .lines()
        .filter_map(|line| line.strip_prefix(".SH "))
        .collect();
    assert_eq!(
        sections,
        [
            "NAME",
            "SYNOPSIS",
            "DESCRIPTION",
            "OPTIONS",
            "BATCH",
            "\"YOUR OWN WORDING AND LAYOUT\"",
            "\"GLOBAL OPTIONS\"",
            "EXAMPLES",
            "\"EXIT STATUS\"",
            "ENVIRONMENT",
            "FILES",
        ]
    );
    assert!(letter.contains("ADIEU_CONFIG") && letter.contains("SOURCE_DATE_EPOCH"));
    adieu().args(["man", "--dir"]).arg(&dir).assert().code(73);
}

/// The examples of every `--help`, run outside the repository: in a fresh folder
/// with an empty home, where `adieu new --example` has written every example (as a
/// user who read `adieu new --help` would) and `adieu new` a `case.yaml`. Each one
/// that is a plain command (no pipe, no redirection, no `~`) must succeed.
#[test]
fn every_help_shows_examples_that_run() {
    let mut ran = 0;
    for command in std::iter::once(Vec::new()).chain(commands()) {
        let help = stdout_of(adieu().args(&command).arg("--help"));
        let examples: Vec<&str> = help
            .split_once("\nExamples:\n")
            .unwrap_or_else(|| panic!("`adieu {}` has no examples", command.join(" ")))
            .1
            .lines()
            .filter_map(|line| line.strip_prefix("  "))
            .collect();
        assert!(
            (1..=3).contains(&examples.len()),
            "adieu {}: {examples:?}",
            command.join(" ")
        );
        for example in examples {
            let example = example.split("  #").next().unwrap_or(example).trim();
            // A pipe or a redirection is the shell's; an interview needs a terminal,
            // and tests/adieu/interview.rs drives one.
            if example.contains(['|', '>', '~', '$'])
                || example.split_whitespace().any(|w| w == "-i")
                || (!cfg!(feature = "pdf") && example.contains("pdf"))
            {
                continue;
            }
            let words: Vec<&str> = example.split_whitespace().collect();
            assert_eq!(words[0], "adieu", "{example}");
            let dir = tempfile::tempdir().unwrap();
            // `adieu new`'s own examples write the files; the others read them.
            let examples = if words[1] == "new" {
                Vec::new()
            } else {
                adieu::examples::names().collect()
            };
            for (name, file) in examples {
                adieu_in(dir.path(), dir.path())
                    .args(["new", "-q", "--example", name, "-o", file])
                    .assert()
                    .success();
            }
            if words[1] != "new" {
                adieu_in(dir.path(), dir.path())
                    .args(["new", "-q", "--example", "en-capacity", "-o", "case.yaml"])
                    .assert()
                    .success();
            }
            adieu_in(dir.path(), dir.path())
                .args(&words[1..])
                .assert()
                .success();
            ran += 1;
        }
    }
    assert!(ran > 20, "only {ran} examples ran");
}

#[test]
fn quiet_silences_warnings_and_verbose_adds_notes() {
    let args = ["letter", "examples/en-capacity.yaml", "--lang", "en-AU"];
    adieu().args(args).arg("-q").assert().success().stderr("");
    // Advice is a warning too.
    adieu()
        .args(["letter", "examples/es-payment.yaml"])
        .assert()
        .success()
        .stderr(predicates::str::contains("warning[payment-outstanding]"));
    adieu()
        .args(["letter", "examples/es-payment.yaml", "-q"])
        .assert()
        .success()
        .stderr("");
    adieu()
        .args(args)
        .arg("--verbose")
        .assert()
        .success()
        .stderr(
            "note: no config file at /dev/null/adieu-test-home/config/adieu/config.yaml\n\
         warning: no regional wording for en-AU; writing en, with en-AU dates and numbers\n",
        );
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let args = ["letter", "tests/cases/unknown-field.yaml"];
    let plain = adieu().args(args).assert().code(65);
    let plain = String::from_utf8_lossy(&plain.get_output().stderr).into_owned();
    assert!(!plain.contains('\u{1b}'), "{plain}");
    let coloured = adieu()
        .env_remove("NO_COLOR")
        .args(args)
        .args(["--color", "always"])
        .assert()
        .code(65);
    let coloured = String::from_utf8_lossy(&coloured.get_output().stderr).into_owned();
    assert!(coloured.contains("\u{1b}["), "{coloured}");
    // Not a terminal, and NO_COLOR unset: still plain.
    let piped = adieu().env_remove("NO_COLOR").args(args).assert().code(65);
    assert!(!String::from_utf8_lossy(&piped.get_output().stderr).contains('\u{1b}'));
}

#[test]
fn version_and_languages() {
    adieu()
        .arg("--version")
        .assert()
        .success()
        .stdout(format!("adieu {}\n", env!("CARGO_PKG_VERSION")));
    adieu()
        .arg("languages")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "TAG  LANGUAGE  REGIONAL WORDING  DATE",
        ))
        .stdout(predicate::str::contains(
            "\nen   English   en-US             22 November 2026",
        ))
        .stdout(predicate::str::contains("(en-US: November 22, 2026)"));
}

#[test]
fn reasons_shows_each_sentence_in_the_chosen_language() {
    let text = stdout_of(adieu().args(["reasons", "--lang", "en"]));
    for reason in adieu::case::Reason::ALL {
        assert!(
            text.contains(&format!("\n{}\n  When ", reason.code())),
            "{text}"
        );
    }
    assert!(
        text.contains(
            "  Sentence  We are no longer able to give your account the attention it requires.\n\
         \x20           (without sender.company: I am no longer able to give your account the\n"
        ),
        "{text}"
    );
    adieu()
        .args(["reasons", "--lang", "de"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "error: --lang: adieu does not write in `de`",
        ));
}
