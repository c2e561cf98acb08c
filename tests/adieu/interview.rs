//! `adieu new --interactive`, driven on a real pseudo-terminal as a person would:
//! whole interviews in two languages, a mistake corrected in place, Ctrl-C.

use std::path::Path;
use std::process::Command;

use nix::sys::wait::WaitStatus;
use rexpect::session::{PtySession, spawn_command};

use crate::support::{TODAY_EPOCH, adieu, adieu_in, check_golden, root};

/// adieu with its questions in `lang` (a LANG value), in `dir`, with no config file.
fn interview(dir: &Path, lang: &str, args: &[&str]) -> PtySession {
    let mut command = Command::new(env!("CARGO_BIN_EXE_adieu"));
    command
        .current_dir(dir)
        .args(["new", "-i"])
        .args(args)
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("ADIEU_CONFIG")
        .env("SOURCE_DATE_EPOCH", TODAY_EPOCH)
        .env("XDG_CONFIG_HOME", dir.join("home/config"))
        .env("XDG_DATA_HOME", dir.join("home/data"))
        .env("NO_COLOR", "1")
        .env("TERM", "xterm");
    spawn_command(command, Some(20_000)).expect("adieu starts on a pseudo-terminal")
}

/// Down-arrow, as a terminal sends it.
const DOWN: &str = "\x1b[B";
/// Backspace, as a terminal sends it.
const BACKSPACE: &str = "\x7f";

/// Waits for `question`, then types `answer` and Enter. rexpect reads the terminal
/// byte by byte as Latin-1, so what a test waits for is written in ASCII.
fn answer(p: &mut PtySession, question: &str, answer: &str) {
    p.exp_string(question)
        .unwrap_or_else(|e| panic!("waiting for {question:?}: {e}"));
    p.send_line(answer).unwrap();
}

/// Waits for the choice `question`, moves down `steps` options from where the
/// cursor starts (past the last option it wraps round) and chooses. A yes-or-no
/// question starts on its default: No, except for rendering the documents.
fn choose(p: &mut PtySession, question: &str, steps: usize) {
    p.exp_string(question)
        .unwrap_or_else(|e| panic!("waiting for {question:?}: {e}"));
    for _ in 0..steps {
        p.send(DOWN).unwrap();
    }
    p.send_line("").unwrap();
}

/// Waits for the list `question`, ticks the options at `indexes` (counted from the
/// first, in increasing order) with Space, and confirms with Enter.
fn tick(p: &mut PtySession, question: &str, indexes: &[usize]) {
    p.exp_string(question)
        .unwrap_or_else(|e| panic!("waiting for {question:?}: {e}"));
    let mut at = 0;
    for &index in indexes {
        p.send(&DOWN.repeat(index - at)).unwrap();
        p.send(" ").unwrap();
        at = index;
    }
    p.send_line("").unwrap();
}

fn exit_code(p: &PtySession) -> i32 {
    match p.process().wait().unwrap() {
        WaitStatus::Exited(_, code) => code,
        other => panic!("adieu did not exit: {other:?}"),
    }
}

#[test]
fn an_english_interview_writes_the_case_file_it_was_told_and_renders_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = interview(dir.path(), "en_GB.UTF-8", &["-o", "acme.yaml"]);
    choose(&mut p, "Which language should the documents be in?", 0);
    answer(&mut p, "Your full name", "Jane Doe");
    answer(&mut p, "Your firm", "Doe Studio Ltd");
    answer(&mut p, "Your job title", "");
    // A mistake, said in check's words and corrected in place.
    answer(&mut p, "Your email address", "jane@doestudio");
    p.exp_string("`jane@doestudio` is not an email address")
        .unwrap();
    p.send(&BACKSPACE.repeat("jane@doestudio".len())).unwrap();
    p.send_line("jane@doestudio.co.uk").unwrap();
    answer(&mut p, "Your phone number", "+44 20 7946 0000");
    answer(&mut p, "Your postal address", "1 High Street");
    answer(&mut p, "(2)", "London N1 1AA");
    answer(&mut p, "(3)", "");
    answer(&mut p, "The town you write from", "London");
    answer(&mut p, "s company (leave empty", "Acme Ltd");
    answer(&mut p, "The full name of the person", "Emma Clarke");
    choose(&mut p, "How should the documents address Emma Clarke?", 1);
    answer(&mut p, "Email address for", "emma@acme.example");
    answer(&mut p, "The number to call", "+44 20 7946 0999");
    answer(&mut p, "postal address, for a letter", "2 Low Road");
    answer(&mut p, "(2)", "");
    choose(&mut p, "Why are you ending the work?", 4);
    choose(&mut p, "Which tone?", 0);
    choose(&mut p, "Is there a written contract?", 1);
    answer(&mut p, "s title:", "Design retainer");
    answer(&mut p, "Its reference number", "DR-7");
    answer(&mut p, "The date it was signed", "2024-02-01");
    answer(&mut p, "The notice it requires", "30");
    choose(&mut p, "How much notice are you giving?", 0);
    // The default is the contract's minimum; less is refused as check refuses it.
    p.exp_string("the contract requires at least 30").unwrap();
    p.send_line("10").unwrap();
    p.exp_string("the notice gives 10 days but the contract requires at least 30")
        .unwrap();
    p.send(&BACKSPACE.repeat(2)).unwrap();
    p.send_line("45").unwrap();
    choose(&mut p, "Are you recommending someone", 1);
    answer(&mut p, "s name:", "Amira Khan");
    answer(&mut p, "s firm:", "Khan Design");
    answer(&mut p, "How to reach them", "amira@khan.example");
    choose(&mut p, "Is there an unpaid invoice?", 1);
    answer(&mut p, "The invoice number", "INV-101");
    answer(&mut p, "The amount", "1250,00");
    answer(&mut p, "The currency", "GBP");
    answer(&mut p, "The due date", "2026-11-01");
    choose(&mut p, "Another invoice?", 0);
    choose(&mut p, "Is there work still to deliver?", 0);
    // The catalogue's items are ticked, then the user's own are typed.
    tick(&mut p, "What are you handing over?", &[0, 2]);
    answer(&mut p, "Anything else", "Staging server credentials");
    answer(&mut p, "(2)", "");
    choose(&mut p, "files and data?", 1);
    choose(&mut p, "Are you refunding a retainer", 0);
    tick(&mut p, "What stays in force", &[0, 1]);
    // A warranty needs its days, checked as check checks them.
    answer(&mut p, "How many days does the warranty run", "thirty");
    p.exp_string("`thirty` is not a number of days").unwrap();
    p.send(&BACKSPACE.repeat("thirty".len())).unwrap();
    p.send_line("60").unwrap();
    answer(&mut p, "Anything else", "");
    p.exp_string("Wrote acme.yaml").unwrap();
    choose(&mut p, "the call script and", 0);
    p.exp_string("packed 1 case").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);

    let written = std::fs::read_to_string(dir.path().join("acme.yaml")).unwrap();
    check_golden(&root().join("tests/golden/interview/en.yaml"), &written).unwrap();
    // What was written is a case `check` passes, and the pack is beside it.
    adieu_in(dir.path(), dir.path())
        .args(["check", "acme.yaml"])
        .assert()
        .success();
    let printable = if cfg!(feature = "pdf") { "pdf" } else { "html" };
    for file in [
        format!("acme-letter.{printable}"),
        "acme-email.eml".to_owned(),
        format!("acme-call.{printable}"),
        "acme.ics".to_owned(),
    ] {
        assert!(dir.path().join(&file).is_file(), "{file}");
    }
}

#[test]
fn a_french_interview_asks_in_french_and_skips_what_the_reason_rules_out() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = interview(dir.path(), "fr_FR.UTF-8", &["--lang", "fr"]);
    answer(&mut p, "Votre nom complet", "Claire Martin");
    answer(&mut p, "Votre entreprise", "");
    answer(&mut p, "Votre fonction", "Graphiste");
    answer(&mut p, "Votre adresse e-mail", "claire@martin.example");
    answer(&mut p, "Votre num", "");
    answer(&mut p, "Votre adresse postale", "");
    answer(&mut p, "La ville", "Lyon");
    answer(&mut p, "entreprise du client", "Durand SARL");
    answer(&mut p, "Le nom complet", "Paul Durand");
    choose(&mut p, "Paul Durand dans les documents", 2);
    answer(&mut p, "adresse e-mail de Paul", "paul@durand.example");
    answer(&mut p, "Le num", "");
    answer(&mut p, "adresse postale du client", "");
    // Conduct: the notice may be immediate, and no referral is asked for.
    choose(&mut p, "Pourquoi", 5);
    choose(&mut p, "Quel ton", 2);
    choose(&mut p, "un contrat", 0);
    choose(&mut p, "Quel pr", 2);
    choose(&mut p, "Reste-t-il une facture", 0);
    choose(&mut p, "livrer", 0);
    tick(&mut p, "Que transmettez-vous", &[8]);
    answer(&mut p, "la langue des documents", "");
    choose(&mut p, "fichiers et les donn", 2);
    choose(&mut p, "Remboursez-vous", 0);
    tick(&mut p, "reste en vigueur", &[]);
    answer(&mut p, "la langue des documents", "");
    answer(&mut p, "Enregistrer la fiche sous", "");
    choose(&mut p, "maintenant dans", 1);
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
    let written = std::fs::read_to_string(dir.path().join("case.yaml")).unwrap();
    check_golden(&root().join("tests/golden/interview/fr.yaml"), &written).unwrap();
    assert!(
        !written.lines().any(|line| line.starts_with("referral:")),
        "{written}"
    );
    adieu_in(dir.path(), dir.path())
        .args(["letter", "case.yaml"])
        .assert()
        .success();
}

#[test]
fn ctrl_c_stops_the_interview_and_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = interview(dir.path(), "C", &["-o", "case.yaml"]);
    choose(&mut p, "Which language should the documents be in?", 2);
    answer(&mut p, "Your full name", "Jane Doe");
    p.exp_string("Your firm").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("stopped: nothing was written").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 130);
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|name| name != "home")
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn without_a_terminal_the_interview_points_to_the_scaffold() {
    adieu()
        .args(["new", "-i"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "error: --interactive asks its questions in a terminal, and standard input is not one; run `adieu new -o case.yaml` for a commented case file to fill in instead\n",
        );
}
