//! Batches: many case files, or the rows of a spreadsheet, rendered into a folder —
//! validated first, written atomically, never overwriting, identical to one case alone.

use std::path::{Path, PathBuf};

use predicates::prelude::*;

use crate::support::{adieu, examples, root};

/// The folder path with a trailing separator, as a user types `-o letters/`.
fn folder(dir: &Path) -> String {
    format!("{}/", dir.display())
}

pub(crate) fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn stdout_of(args: &[&str]) -> String {
    let output = adieu().args(args).output().unwrap();
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

/// stderr with the duration of a batch, which varies, written `T`.
pub(crate) fn summary(stderr: &[u8]) -> String {
    String::from_utf8_lossy(stderr)
        .lines()
        .map(|line| {
            let timed = line
                .strip_prefix("rendered ")
                .and_then(|_| line.split_once(" in "))
                .and_then(|(head, tail)| Some((head, tail.split_once(" s,")?.1)));
            match timed {
                Some((head, rest)) => format!("{head} in T s,{rest}\n"),
                None => format!("{line}\n"),
            }
        })
        .collect()
}

#[test]
fn every_case_is_rendered_as_it_would_be_alone() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("letters");
    let cases = examples();
    let assert = adieu()
        .arg("letter")
        .args(&cases)
        .args(["-o", &folder(&out)])
        .assert()
        .success()
        .stdout("");
    // The advice each case gets alone, in the order of the command line.
    let advice: String = cases
        .iter()
        .map(|case| {
            let output = adieu().arg("letter").arg(case).output().unwrap();
            String::from_utf8(output.stderr).unwrap()
        })
        .collect();
    assert!(advice.contains("warning[no-contract]"), "{advice}");
    assert_eq!(
        summary(&assert.get_output().stderr),
        format!(
            "{advice}rendered {} letters in T s, 0 failed\n",
            cases.len()
        )
    );
    let expected: Vec<String> = cases
        .iter()
        .map(|case| format!("{}.txt", case.file_stem().unwrap().to_string_lossy()))
        .collect();
    assert_eq!(listing(&out), expected);
    for case in &cases {
        let alone = stdout_of(&["letter", case.to_str().unwrap()]);
        let name = format!("{}.txt", case.file_stem().unwrap().to_string_lossy());
        assert_eq!(
            std::fs::read_to_string(out.join(&name)).unwrap(),
            alone,
            "{name}"
        );
    }
}

#[test]
fn verbose_lists_every_file_written_in_input_order() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let output = adieu()
        .args([
            "letter",
            "examples/sk-outgrown.yaml",
            "examples/fr-fit.yaml",
        ])
        .args(["--no-config", "-v", "-o", &folder(&out)])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        summary(&output.stderr),
        format!(
            "note: reading no config file\nnote: wrote the letter to {0}sk-outgrown.txt\nnote: wrote the letter to {0}fr-fit.txt\nrendered 2 letters in T s, 0 failed\n",
            folder(&out)
        )
    );
}

#[test]
fn format_and_language_apply_to_every_case() {
    let dir = tempfile::tempdir().unwrap();
    let cases = ["examples/fr-fit.yaml", "examples/sk-outgrown.yaml"];
    adieu()
        .arg("call")
        .args(cases)
        .args(["--format", "markdown", "--lang", "ro", "-q", "-o"])
        .arg(dir.path())
        .assert()
        .success()
        .stderr("");
    assert_eq!(listing(dir.path()), ["fr-fit.md", "sk-outgrown.md"]);
    let alone = stdout_of(&["call", cases[1], "--format", "markdown", "--lang", "ro"]);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("sk-outgrown.md")).unwrap(),
        alone
    );
}

#[test]
fn one_case_into_a_folder_needs_the_trailing_slash() {
    let dir = tempfile::tempdir().unwrap();
    adieu()
        .args(["email", "examples/fr-fit.yaml", "-o"])
        .arg(dir.path())
        .assert()
        .code(73);
    let out = dir.path().join("new");
    adieu()
        .args(["email", "examples/fr-fit.yaml", "-q", "-o", &folder(&out)])
        .assert()
        .success();
    assert_eq!(listing(&out), ["fr-fit.txt"]);
}

#[test]
fn nothing_is_written_while_any_case_is_invalid() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("letters");
    let assert = adieu()
        .args([
            "letter",
            "examples/fr-fit.yaml",
            "tests/cases/unknown-field.yaml",
            "examples/en-capacity.yaml",
            "tests/cases/several-problems.yaml",
            "-o",
            &folder(&out),
        ])
        .assert()
        .code(65)
        .stdout("");
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    let headlines: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("error") || l.starts_with("warning") || l.contains("-->"))
        .collect();
    assert_eq!(
        headlines,
        [
            "error[unknown-field]: unknown field `clinet`",
            " --> tests/cases/unknown-field.yaml:6:1",
            "warning[no-referral]: the case gives the client no referral",
            " --> tests/cases/several-problems.yaml:2:9",
            "error[invalid-email]: `not-an-email` is not an email address (in `sender.email`)",
            " --> tests/cases/several-problems.yaml:5:10",
            // The short-notice warning is about the notice already in error: dropped.
            "error[notice-too-short]: the notice gives 10 days but the contract requires at least 30 (in `notice.days`)",
            "  --> tests/cases/several-problems.yaml:12:9",
            "error[invalid-value]: the amount -5 is negative (in `closeout.invoices.0.amount`)",
            "  --> tests/cases/several-problems.yaml:14:35",
            "error[unknown-currency]: `EURO` is not an ISO 4217 currency code (in `closeout.invoices.0.currency`)",
            "  --> tests/cases/several-problems.yaml:14:49",
            "error: 2 of 4 cases failed (tests/cases/unknown-field.yaml, tests/cases/several-problems.yaml); nothing was written",
        ]
    );
    assert!(!out.exists(), "not even the folder is created");
}

#[test]
fn keep_going_writes_the_valid_cases_and_names_the_failures() {
    let dir = tempfile::tempdir().unwrap();
    let assert = adieu()
        .args([
            "letter",
            "examples/fr-fit.yaml",
            "tests/cases/unknown-field.yaml",
            "no-such-case.yaml",
            "--keep-going",
            "-o",
            &folder(dir.path()),
        ])
        .assert()
        .code(65);
    let stderr = summary(&assert.get_output().stderr);
    assert!(
        stderr.ends_with(
            "error: cannot read no-such-case.yaml: no such file or directory\n\
             rendered 1 letter in T s, 2 failed\n\
             error: 2 of 3 cases failed: tests/cases/unknown-field.yaml, no-such-case.yaml\n"
        ),
        "{stderr}"
    );
    assert_eq!(listing(dir.path()), ["fr-fit.txt"]);
}

#[test]
fn the_exit_code_is_the_first_failure_s() {
    let dir = tempfile::tempdir().unwrap();
    adieu()
        .args([
            "letter",
            "no-such-case.yaml",
            "tests/cases/unknown-field.yaml",
            "-o",
        ])
        .arg(dir.path())
        .assert()
        .code(66);
    adieu()
        .args(["letter", "examples", "examples/fr-fit.yaml", "-o"])
        .arg(dir.path())
        .assert()
        .code(66)
        .stderr(predicate::str::contains(
            "error: cannot read examples: it is a directory, not a case file\n",
        ));
}

#[test]
fn existing_files_are_kept_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let mine = dir.path().join("fr-fit.txt");
    std::fs::write(&mine, "my own notes").unwrap();
    adieu()
        .args([
            "letter",
            "examples/en-capacity.yaml",
            "examples/fr-fit.yaml",
            "-o",
        ])
        .arg(dir.path())
        .assert()
        .code(73)
        .stderr(format!(
            "error: cannot write {}: the file exists; pass --force to replace it\n\
             error: 1 of 2 cases failed (examples/fr-fit.yaml); nothing was written\n",
            mine.display()
        ));
    assert_eq!(listing(dir.path()), ["fr-fit.txt"]);
    assert_eq!(std::fs::read_to_string(&mine).unwrap(), "my own notes");
    adieu()
        .args([
            "letter",
            "examples/en-capacity.yaml",
            "examples/fr-fit.yaml",
            "--force",
            "-q",
            "-o",
        ])
        .arg(dir.path())
        .assert()
        .success()
        .stderr("");
    assert_eq!(
        std::fs::read_to_string(&mine).unwrap(),
        stdout_of(&["letter", "examples/fr-fit.yaml"])
    );
    assert_eq!(listing(dir.path()), ["en-capacity.txt", "fr-fit.txt"]);
}

#[test]
fn a_batch_needs_a_folder_and_distinct_names() {
    adieu()
        .args([
            "letter",
            "examples/fr-fit.yaml",
            "examples/en-capacity.yaml",
        ])
        .assert()
        .code(2)
        .stderr(
            "error: 2 cases make 2 documents; name the folder to write them into with -o DIR/\n",
        );
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("fr-fit.yaml");
    std::fs::copy(root().join("examples/fr-fit.yaml"), &copy).unwrap();
    let out = dir.path().join("out");
    adieu()
        .args(["letter", "examples/fr-fit.yaml"])
        .arg(&copy)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(format!(
            "error: examples/fr-fit.yaml and {} would both be written to {}; rename one, or render them in two runs\n",
            copy.display(),
            out.join("fr-fit.txt").display()
        ));
    adieu()
        .args(["letter", "examples/fr-fit.yaml", "-", "-o", "x/"])
        .assert()
        .code(2);
}

// ---- spreadsheets ---------------------------------------------------------------

/// A base file: the shared part of examples/en-capacity.yaml.
pub(crate) const BASE: &str = "\
language: en
date: 2026-11-23
tone: warm
reason: capacity
sender:
  name: Hannah Reid
  role: Managing Director
  company: Northlight Design Ltd
  email: hannah@northlight.example
  phone: \"+44 20 7946 0321\"
  address: [\"14 Cheapside\", \"London EC2V 6AA\"]
  place: London
contract:
  title: Design retainer
  notice_days: 30
notice:
  days: 30
referral:
  name: Priya Shah
  company: Shah Studio
  contact: priya@shahstudio.example
";

pub(crate) struct Sheet {
    dir: tempfile::TempDir,
}

impl Sheet {
    pub(crate) fn new(csv: &str) -> Sheet {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("base.yaml"), BASE).unwrap();
        std::fs::write(dir.path().join("clients.csv"), csv).unwrap();
        Sheet { dir }
    }

    pub(crate) fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `adieu letter --csv clients.csv --base base.yaml -o out/`, run in the folder.
    pub(crate) fn letter(&self, more: &[&str]) -> assert_cmd::assert::Assert {
        self.command(more).assert()
    }

    /// The command [`Sheet::letter`] runs, to run it otherwise.
    pub(crate) fn command(&self, more: &[&str]) -> assert_cmd::Command {
        let mut command = adieu();
        command
            .current_dir(self.dir.path())
            .args([
                "letter",
                "--csv",
                "clients.csv",
                "--base",
                "base.yaml",
                "-o",
                "out/",
            ])
            .args(more);
        command
    }
}

#[test]
fn each_row_is_a_case_over_the_base() {
    let sheet = Sheet::new(
        "\u{feff}client.company,client.contact.name,client.contact.gender,client.email,client.address.0,client.address.1,closeout.invoices.0.number,closeout.invoices.0.amount,closeout.invoices.0.currency,closeout.invoices.0.due\n\
         Harbour & Sons,Oliver Grant,male,oliver.grant@harbourandsons.example,2 Quay Street,Bristol BS1 4DB,INV-1187,2400.00,GBP,2026-12-15\n\
         \"Nord, Süd GmbH\",Anna Weiß,female,anna@nordsued.example,,,,,,\n\
         Harbour & Sons,Jo Doe,,jo@harbour.example,,,,,,\n",
    );
    let assert = sheet.letter(&[]).success().stdout("");
    // The two rows without an address cells get the letter's advice, once.
    assert_eq!(
        summary(&assert.get_output().stderr),
        "warning[letter-without-address]: the letter has no inside address: the case gives no `client.address`\n\
         --> clients.csv:rows 3-4, column client.company\n \
         = help: add the client's postal address under `client`, one line per entry: `address: [\"12 Quay Street\", \"Bristol BS1 4DJ\"]`; or send the email instead\n\
         rendered 3 letters in T s, 0 failed\n"
    );
    assert_eq!(
        listing(&sheet.path("out")),
        [
            "harbour-sons-row-2.txt",
            "harbour-sons-row-4.txt",
            "nord-sud-gmbh.txt"
        ]
    );
    // The first row is examples/en-capacity.yaml with another contract and without
    // its close-out beyond the invoice: the letter must be the one that case gives.
    let case = format!(
        "{BASE}client:\n  company: Harbour & Sons\n  contact: {{ name: Oliver Grant, gender: male }}\n  email: oliver.grant@harbourandsons.example\n  address: [\"2 Quay Street\", \"Bristol BS1 4DB\"]\ncloseout:\n  invoices:\n    - {{ number: INV-1187, amount: 2400.00, currency: GBP, due: 2026-12-15 }}\n"
    );
    std::fs::write(sheet.path("case.yaml"), case).unwrap();
    let alone = stdout_of(&["letter", sheet.path("case.yaml").to_str().unwrap()]);
    assert_eq!(
        std::fs::read_to_string(sheet.path("out/harbour-sons-row-2.txt")).unwrap(),
        alone
    );
    assert!(alone.contains("£2,400.00"), "{alone}");
    let second = std::fs::read_to_string(sheet.path("out/nord-sud-gmbh.txt")).unwrap();
    assert!(second.contains("Dear Ms Weiß,"), "{second}");
    assert!(second.contains("Nord, Süd GmbH"), "{second}");
}

/// Issue 11, H2: a character the PDF font lacks stopped a PDF batch with exit 70 after
/// 37 of 40 files were written. It is found in the checking phase, at its cell, and
/// the same batch as text, which shows any character, renders every row.
#[cfg(feature = "pdf")]
#[test]
fn a_character_the_pdf_font_lacks_fails_the_batch_before_any_write() {
    let rows: String = (1..=40)
        .map(|i| {
            let company = if i == 31 {
                "王伟贸易".to_owned()
            } else {
                format!("Client {i:03}")
            };
            format!("{company},A B,male,a@b.example,{i} Main Street\n")
        })
        .collect();
    let sheet = Sheet::new(&format!(
        "client.company,client.contact.name,client.contact.gender,client.email,client.address.0\n{rows}"
    ));
    let assert = sheet.letter(&["--format", "pdf"]).code(65).stdout("");
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(
        stderr.starts_with(
            "error[unsupported-character]: client.company contains `王` (U+738B), which the PDF font, Libertinus Serif, cannot show (and 3 other character(s) it lacks)\n--> clients.csv:row 32, column client.company\n"
        ),
        "{stderr}"
    );
    assert!(stderr.ends_with("nothing was written\n"), "{stderr}");
    assert!(!sheet.path("out").exists());
    sheet.letter(&["--format", "text"]).success();
    assert_eq!(listing(&sheet.path("out")).len(), 40);
}

/// Issue 11, H1: a 33,000-mark cluster in one cell panicked the PDF library and
/// aborted the batch; it is refused at its cell in every format. (Here 30,000
/// marks, 60 KB: a longer cell is refused by the CSV reader's cell limit.)
#[test]
fn an_overlong_cluster_fails_the_batch_at_its_cell_in_every_format() {
    let cluster = format!("A{}", "\u{301}".repeat(30_000));
    let sheet = Sheet::new(&format!(
        "client.company,client.contact.name,client.email,client.address.0,closeout.handover.0\nAcme,A B,a@b.example,1 Main Street,Files\nBeta,C D,c@d.example,2 Main Street,{cluster}\n"
    ));
    let formats: &[&str] = if cfg!(feature = "pdf") {
        &["pdf", "text"]
    } else {
        &["text"]
    };
    for format in formats {
        let assert = sheet.letter(&["--format", format]).code(65).stdout("");
        let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
        assert!(
            stderr.starts_with("error[too-long]: closeout.handover.0 is 30001 characters long; at most 300 are accepted\n--> clients.csv:row 3, column closeout.handover.0\n"),
            "{format}: {stderr}"
        );
        assert!(!sheet.path("out").exists());
    }
}

#[test]
fn problems_are_located_at_their_cell() {
    let sheet = Sheet::new(
        "client.contact.name,client.email,notice.days,client.emal,client.address.0\n\
         Ann Lee,ann@lee.example,30,,1 Main Street\n\
         Bob Roe,not-an-email,ten,,2 Main Street\n\
         Cy Poe,cy@poe.example,20,x,3 Main Street\n\
         Di Fox,di@fox.example,,y,4 Main Street\n",
    );
    let assert = sheet.letter(&[]).code(65).stdout("");
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert_eq!(
        stderr,
        "\
error[invalid-number]: `ten` is not a number of days; write a whole number such as 30
--> clients.csv:row 3, column notice.days
 = help: `notice.days` counts calendar days, e.g. 30
error[unknown-field]: unknown field `client.emal`
--> clients.csv:rows 4-5, column client.emal
 = help: did you mean `email`?
error: 3 of 4 cases failed (clients.csv:row 3, clients.csv:row 4, clients.csv:row 5); nothing was written
"
    );
    assert!(!sheet.path("out").exists());
}

#[test]
fn a_problem_of_the_base_is_reported_once_at_its_line() {
    let sheet = Sheet::new(
        "client.contact.name,client.email\nAnn Lee,ann@lee.example\nBob Roe,bob@roe.example\n",
    );
    std::fs::write(
        sheet.path("base.yaml"),
        BASE.replace("hannah@northlight.example", "hannah-at-northlight"),
    )
    .unwrap();
    let assert = sheet.letter(&["--keep-going"]).code(65);
    let stderr = summary(&assert.get_output().stderr);
    assert!(
        stderr.starts_with(
            "error[invalid-email]: `hannah-at-northlight` is not an email address (for clients.csv:rows 2-3) (in `sender.email`)\n --> base.yaml:9:10\n"
        ),
        "{stderr}"
    );
    assert!(
        stderr.ends_with(
            "rendered 0 letters in T s, 2 failed\nerror: 2 of 2 cases failed: clients.csv:row 2, clients.csv:row 3\n"
        ),
        "{stderr}"
    );
}

#[test]
fn files_are_named_from_a_chosen_field() {
    let sheet = Sheet::new(
        "client.contact.name,client.email\nAnn Lee,ann@lee.example\n,nobody@lee.example\nÁnn Lee,ann2@lee.example\n",
    );
    sheet.letter(&["--keep-going", "-q"]).code(65);
    assert_eq!(
        listing(&sheet.path("out")),
        ["ann-lee-row-2.txt", "ann-lee-row-4.txt"]
    );
    let sheet = Sheet::new(
        "client.contact.name,client.email\nAnn Lee,ann@lee.example\nBo Ek,bo@ek.example\n",
    );
    sheet
        .letter(&["--name-from", "client.email", "-q"])
        .success();
    assert_eq!(
        listing(&sheet.path("out")),
        ["ann-lee-example.txt", "bo-ek-example.txt"]
    );
    sheet
        .letter(&["--name-from", "client.phone"])
        .code(2)
        .stderr("error: --name-from: clients.csv has no column client.phone, and the base file gives no such field\n");
}

#[test]
fn a_broken_header_stops_before_any_row() {
    let sheet = Sheet::new("client.email,client..name,client.email\nx@y.example,a,b\n");
    sheet.letter(&[]).code(65).stderr(
        "\
error[invalid-column]: column 2 is named `client..name`, which is not a field path
--> clients.csv:row 1
 = help: name each column after a field of the case file, such as client.contact.name or closeout.invoices.0.amount
error[duplicate-column]: the column client.email appears twice
--> clients.csv:row 1
 = help: keep one column per field; delete or rename the other
",
    );
}

#[test]
fn list_items_are_filled_in_order() {
    let sheet = Sheet::new(
        "client.contact.name,client.email,closeout.handover.0,closeout.handover.1,closeout.invoices.0.number,closeout.invoices.1.number,closeout.invoices.1.amount,closeout.invoices.1.currency\n\
         Ann Lee,ann@lee.example,,Keys,,INV-2,10.00,EUR\n",
    );
    sheet.letter(&[]).code(65).stderr(
        "\
error[missing-item]: this row fills `closeout.handover.1` but only 0 item(s) of `closeout.handover` before it
--> clients.csv:row 2, column closeout.handover.1
 = help: fill the items of `closeout.handover` in order from item 0, leaving the empty ones at the end
error[missing-item]: this row fills `closeout.invoices.1` but only 0 item(s) of `closeout.invoices` before it
--> clients.csv:row 2, column closeout.invoices.1.amount
 = help: fill the items of `closeout.invoices` in order from item 0, leaving the empty ones at the end
error: 1 of 1 cases failed (clients.csv:row 2); nothing was written
",
    );
}

#[test]
fn ragged_rows_are_their_own_problem() {
    let sheet = Sheet::new(
        "client.contact.name,client.email\nAnn Lee,ann@lee.example,extra\nBo Ek,bo@ek.example\n",
    );
    sheet
        .letter(&["--keep-going", "-q"])
        .code(65)
        .stderr(predicate::str::starts_with(
            "error[ragged-row]: the row has 3 cells but the header names 2 columns\n--> clients.csv:row 2\n",
        ));
    assert_eq!(listing(&sheet.path("out")), ["bo-ek.txt"]);
}

#[test]
fn the_header_row_for_new_spreadsheets_fills_a_valid_case() {
    let header = adieu::spreadsheet::header_row();
    assert_eq!(
        header,
        "client.company,client.contact.name,client.contact.gender,client.email,client.address.0,client.address.1,language,contract.reference,notice.days,closeout.invoices.0.number,closeout.invoices.0.amount,closeout.invoices.0.currency,closeout.invoices.0.due\n"
    );
    let sheet = Sheet::new(&format!(
        "{header}Acme SA,Jean Dupont,male,jean@acme.example,12 rue de la Paix,75002 Paris,fr,2024-017,45,F-1,1200.00,EUR,2026-12-15\n"
    ));
    sheet.letter(&["-q"]).success();
    let letter = std::fs::read_to_string(sheet.path("out/acme-sa.txt")).unwrap();
    assert!(letter.contains("Monsieur,"), "{letter}");
    assert!(letter.contains("1\u{202f}200,00\u{a0}€"), "{letter}");
}

#[test]
fn the_shipped_spreadsheet_renders_every_row() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("drafts");
    let assert = adieu()
        .args([
            "email",
            "--csv",
            "examples/batch/clients.csv",
            "--base",
            "examples/batch/base.yaml",
            "--format",
            "eml",
            "-o",
            &folder(&out),
        ])
        .assert()
        .success()
        .stdout("");
    assert_eq!(
        summary(&assert.get_output().stderr),
        "rendered 5 emails in T s, 0 failed\n"
    );
    assert_eq!(
        listing(&out),
        [
            "acme-sa.eml",
            "atelier-carpati-srl.eml",
            "grupo-iberica-s-l.eml",
            "harbour-sons.eml",
            "zelena-farma-s-r-o.eml"
        ]
    );
    let slovak = std::fs::read_to_string(out.join("zelena-farma-s-r-o.eml")).unwrap();
    assert!(slovak.contains("Content-Language: sk"), "{slovak}");
}

#[test]
fn new_csv_writes_a_header_a_spreadsheet_starts_from() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("clients.csv");
    adieu()
        .args(["new", "--csv", "-o"])
        .arg(&csv)
        .assert()
        .success()
        .stdout("");
    let mut sheet = std::fs::read_to_string(&csv).unwrap();
    assert!(
        sheet.starts_with("client.company,client.contact.name,client.contact.gender,client.email,"),
        "{sheet}"
    );
    sheet.push_str("Acme SA,Jean Dupont,male,jean@acme.example,12 rue de la Paix,75002 Paris,fr,NL-1,45,F-1,100.00,EUR,2026-12-15\n");
    std::fs::write(&csv, sheet).unwrap();
    adieu()
        .args([
            "letter",
            "--base",
            "examples/batch/base.yaml",
            "-q",
            "--csv",
        ])
        .arg(&csv)
        .arg("-o")
        .arg(folder(&dir.path().join("out")))
        .assert()
        .success()
        .stderr("");
    let letter = std::fs::read_to_string(dir.path().join("out/acme-sa.txt")).unwrap();
    assert!(letter.contains("Monsieur,"), "{letter}");
    assert!(letter.contains("100,00\u{a0}€"), "{letter}");
}

// ---- what a batch never writes into ---------------------------------------------

/// Far beyond any answer adieu gives; only a hang on a named pipe gets near it.
const HANG: std::time::Duration = std::time::Duration::from_secs(60);

/// The two-client sheet whose letters are `out/acme.txt` and `out/beta.txt`.
fn two_clients() -> Sheet {
    let sheet = Sheet::new(
        "client.company,client.contact.name,client.email\nAcme,Ann Lee,ann@acme.example\nBeta,Bo Ek,bo@beta.example\n",
    );
    std::fs::create_dir(sheet.path("out")).unwrap();
    sheet
}

/// The refusal of a path in the folder that is not a regular file.
fn not_regular(path: &str, what: &str) -> String {
    format!(
        "error: cannot write {path}: it is {what}; a batch writes only regular files in its folder, even with --force: remove it, or write into another folder\n"
    )
}

fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success(), "mkfifo {}", path.display());
}

/// Runs the two-client batch with and without `--force` over `out/acme.txt` made
/// by `plant`, and checks that both are refused before anything is written.
fn refused_in_both_modes(what: &str, plant: impl Fn(&Path)) {
    let sheet = two_clients();
    let acme = sheet.path("out/acme.txt");
    plant(&acme);
    let before = listing(&sheet.path("out"));
    for force in [&[][..], &["--force"][..]] {
        let run = |more: &[&str]| {
            let mut command = sheet.command(&[&["-q"][..], more, force].concat());
            command.timeout(HANG);
            command.assert()
        };
        run(&[]).code(73).stdout("").stderr(format!(
            "{}error: 1 of 2 cases failed (clients.csv:row 2); nothing was written\n",
            not_regular("out/acme.txt", what)
        ));
        assert_eq!(listing(&sheet.path("out")), before, "{what} {force:?}");
        // With --keep-going the other letter is written, this one never.
        run(&["--keep-going"]).code(73);
        assert!(sheet.path("out/beta.txt").is_file());
        std::fs::remove_file(sheet.path("out/beta.txt")).unwrap();
        assert_eq!(listing(&sheet.path("out")), before, "{what} {force:?}");
    }
}

#[test]
#[cfg(unix)]
fn a_link_to_a_file_outside_is_never_followed() {
    let outside = tempfile::tempdir().unwrap();
    let victim = outside.path().join("victim.txt");
    std::fs::write(&victim, "VICTIM").unwrap();
    refused_in_both_modes("a symbolic link", |acme| {
        std::os::unix::fs::symlink(&victim, acme).unwrap();
    });
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "VICTIM");
}

#[test]
#[cfg(unix)]
fn a_dangling_link_is_refused_before_anything_is_written() {
    let outside = tempfile::tempdir().unwrap();
    let nowhere = outside.path().join("nowhere.txt");
    refused_in_both_modes("a symbolic link", |acme| {
        std::os::unix::fs::symlink(&nowhere, acme).unwrap();
    });
    assert!(!nowhere.exists());
}

#[test]
#[cfg(unix)]
fn a_link_to_a_device_or_a_pipe_is_refused() {
    refused_in_both_modes("a symbolic link", |acme| {
        std::os::unix::fs::symlink("/dev/null", acme).unwrap();
    });
    let outside = tempfile::tempdir().unwrap();
    let fifo = outside.path().join("fifo");
    mkfifo(&fifo);
    refused_in_both_modes("a symbolic link", |acme| {
        std::os::unix::fs::symlink(&fifo, acme).unwrap();
    });
}

#[test]
#[cfg(unix)]
fn a_named_pipe_in_the_folder_never_blocks_a_batch() {
    refused_in_both_modes("a named pipe", mkfifo);
}

#[test]
#[cfg(unix)]
fn a_device_in_the_folder_is_refused() {
    // A device node of its own needs privileges; the character device /dev/null
    // (major 1, minor 3) is harmless to write, should the refusal ever fail.
    let probe = tempfile::tempdir().unwrap();
    let node = probe.path().join("null");
    let mknod = |path: &Path| {
        std::process::Command::new("mknod")
            .arg(path)
            .args(["c", "1", "3"])
            .status()
            .is_ok_and(|status| status.success())
    };
    if !mknod(&node) {
        eprintln!("mknod is not permitted here; only links to devices are tested");
        return;
    }
    refused_in_both_modes("a device", |acme| assert!(mknod(acme)));
}

#[test]
#[cfg(unix)]
fn case_file_batches_refuse_links_and_pipes_too() {
    let dir = tempfile::tempdir().unwrap();
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "VICTIM").unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    std::os::unix::fs::symlink(&victim, out.join("fr-fit.txt")).unwrap();
    mkfifo(&out.join("en-capacity.txt"));
    for force in [&[][..], &["--force"][..]] {
        let mut command = adieu();
        command
            .args([
                "letter",
                "examples/en-capacity.yaml",
                "examples/fr-fit.yaml",
                "examples/sk-outgrown.yaml",
                "-q",
                "-o",
            ])
            .arg(folder(&out))
            .args(force)
            .timeout(HANG);
        let fifo = out.join("en-capacity.txt");
        let link = out.join("fr-fit.txt");
        command.assert().code(73).stdout("").stderr(format!(
            "{}{}error: 2 of 3 cases failed (examples/en-capacity.yaml, examples/fr-fit.yaml); nothing was written\n",
            not_regular(&fifo.display().to_string(), "a named pipe"),
            not_regular(&link.display().to_string(), "a symbolic link"),
        ));
        assert_eq!(listing(&out), ["en-capacity.txt", "fr-fit.txt"]);
    }
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "VICTIM");
}

#[test]
#[cfg(unix)]
fn an_interrupt_leaves_no_temporary_file() {
    let rows: String = (0..2000)
        .map(|i| format!("Client {i:05},Ann Lee,ann@lee.example\n"))
        .collect();
    let sheet = Sheet::new(&format!(
        "client.company,client.contact.name,client.email\n{rows}"
    ));
    let out = sheet.path("out");
    for (trial, signal) in ["INT", "TERM", "INT", "TERM", "INT"]
        .into_iter()
        .enumerate()
    {
        let _ = std::fs::remove_dir_all(&out);
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("adieu"))
            .current_dir(sheet.dir.path())
            .env("SOURCE_DATE_EPOCH", crate::support::TODAY_EPOCH)
            .env("NO_COLOR", "1")
            .args([
                "letter",
                "--csv",
                "clients.csv",
                "--base",
                "base.yaml",
                "--no-config",
                "-q",
                "-o",
                "out/",
            ])
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Interrupted while the workers write: a while after the first file appears.
        let started = std::time::Instant::now();
        while std::fs::read_dir(&out).map_or(true, |mut entries| entries.next().is_none()) {
            assert!(started.elapsed() < HANG, "no file was written");
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        std::thread::sleep(std::time::Duration::from_millis(20 * trial as u64));
        let killed = std::process::Command::new("kill")
            .args([format!("-{signal}"), child.id().to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        let status = child.wait().unwrap();
        let partial: Vec<String> = listing(&out)
            .into_iter()
            .filter(|name| name.ends_with(".partial"))
            .collect();
        assert_eq!(partial, Vec::<String>::new(), "trial {trial}, SIG{signal}");
        // Interrupted, or finished just before the signal.
        assert!(
            matches!(status.code(), Some(130 | 0)),
            "trial {trial}: {status:?}"
        );
    }
}

/// Typst's PDF writer waits for its parallel parts with `rayon::yield_now`, which
/// used to run the next case of the batch on the same stack, nested: about 170 PDFs
/// overflowed it (exit 134, nothing written). 500 letters and 500 call scripts
/// must render, one thread or many.
#[cfg(feature = "pdf")]
#[test]
fn five_hundred_pdfs_render_in_one_batch() {
    let mut csv = String::from("client.company,client.contact.name,client.email\n");
    for i in 0..500 {
        csv.push_str(&format!("Client {i:03},Ann Lee,ann{i}@lee.example\n"));
    }
    let sheet = Sheet::new(&csv);
    sheet.letter(&["-f", "pdf", "-q"]).success().stderr("");
    let letters = listing(&sheet.path("out"));
    assert_eq!(letters.len(), 500);
    assert!(letters.iter().all(|name| name.ends_with(".pdf")));
    std::fs::create_dir(sheet.path("cases")).unwrap();
    let case = root().join("examples/en-capacity.yaml");
    let mut cases = Vec::new();
    for i in 0..500 {
        let path = sheet.path(&format!("cases/c{i:03}.yaml"));
        std::fs::copy(&case, &path).unwrap();
        cases.push(path);
    }
    adieu()
        .env("RAYON_NUM_THREADS", "1")
        .args(["call", "-f", "pdf", "-q", "-o"])
        .arg(folder(&sheet.path("calls")))
        .args(&cases)
        .assert()
        .success()
        .stderr("");
    let calls = listing(&sheet.path("calls"));
    assert_eq!(calls.len(), 500);
    assert!(calls.iter().all(|name| name.ends_with(".pdf")));
    let first = std::fs::read(sheet.path("calls/c000.pdf")).unwrap();
    assert!(first.starts_with(b"%PDF-"));
}
