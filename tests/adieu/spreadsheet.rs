//! A spreadsheet's limits, row numbers and file names: what a CSV file from another
//! program, a careless export or a hostile sender cannot do to a batch.

use crate::batch::{BASE, Sheet, listing, summary};
use crate::support::adieu;

fn stderr(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stderr).into_owned()
}

#[test]
fn rows_are_numbered_as_a_spreadsheet_does_with_any_line_ends() {
    for end in ["\n", "\r\n"] {
        let csv = [
            "client.contact.name,client.email",
            "Ann Lee,ann@lee.example",
            "Bo Ek,not-an-email",
            "\"Cy\nPoe\",cy@poe.example",
            "Di Fox,also-not",
        ]
        .join(end);
        let sheet = Sheet::new(&csv);
        let stderr = stderr(&sheet.letter(&[]).code(65));
        assert!(
            stderr.contains("--> clients.csv:row 3, column client.email")
                && stderr.contains("--> clients.csv:row 5, column client.email"),
            "{end:?}: {stderr}"
        );
    }
}

#[test]
fn a_semicolon_separated_file_is_named_as_such() {
    let sheet = Sheet::new("client.contact.name;client.email\nAnn Lee;ann@lee.example\n");
    assert_eq!(
        stderr(&sheet.letter(&[]).code(65)),
        "\
error[wrong-separator]: the header row is one column that holds `;`: the file looks separated by semicolons, not commas
--> clients.csv:row 1
 = help: save the spreadsheet as CSV with commas: in LibreOffice, Save As → Text CSV with the field delimiter `,`; in Excel, CSV UTF-8 (Comma delimited)
"
    );
}

#[test]
fn names_are_distinct_and_never_another_row_s() {
    let companies = [
        "../../etc/passwd",
        "/etc/passwd",
        "..",
        "....",
        "CON",
        "nul.txt",
        "Acme SA",
        "ACME-SA",
        "acme  sa",
        "Acme SA 2",
        "北京公司",
        "🙂",
        "Row 4",
        "",
        ".hidden",
        "-rf",
        &"Very Long Company Name ".repeat(12),
    ];
    let mut csv = String::from("client.company,client.contact.name,client.email\r\n");
    for company in companies {
        csv.push_str(&format!("\"{company}\",Ann Lee,ann@lee.example\r\n"));
    }
    let sheet = Sheet::new(&csv);
    sheet.letter(&["-q"]).success();
    let names = listing(&sheet.path("out"));
    // Cut between words at 100 bytes at most.
    let long = format!("{}very.txt", "very-long-company-name-".repeat(4));
    let mut expected = vec![
        // Row 4 (`..`) has no name, but `row-4` is row 14's own.
        "etc-passwd-row-2.txt",
        "etc-passwd-row-3.txt",
        "row-4-4.txt",
        "row-5.txt",
        "con-row-6.txt",
        "nul-txt.txt",
        "acme-sa-row-8.txt",
        "acme-sa-row-9.txt",
        "acme-sa-row-10.txt",
        "acme-sa-2.txt",
        "bei-jing-gong-si.txt",
        "slight-smile.txt",
        "row-4.txt",
        "row-15.txt",
        "hidden.txt",
        "rf.txt",
        long.as_str(),
    ];
    expected.sort_unstable();
    assert_eq!(names, expected);
}

#[test]
fn an_endless_or_oversized_csv_is_refused_within_its_limit() {
    let sheet = Sheet::new("");
    let assert = sheet.letter(&[]).code(65);
    assert!(
        stderr(&assert).contains("error[empty-file]"),
        "{}",
        stderr(&assert)
    );
    // /dev/zero never ends: it is read up to the limit, then refused.
    let mut command = crate::support::adieu();
    let assert = command
        .current_dir(sheet.path(""))
        .args([
            "letter",
            "--csv",
            "/dev/zero",
            "--base",
            "base.yaml",
            "-o",
            "out/",
        ])
        .assert()
        .code(65);
    assert_eq!(
        stderr(&assert),
        "\
error[file-too-large]: the file is larger than 16 MiB, the limit for a CSV file
--> /dev/zero
 = help: split the spreadsheet into several files and render each in its own run
"
    );
    assert!(!sheet.path("out").exists());
}

#[test]
fn too_many_rows_and_too_long_cells_are_located() {
    let mut csv = String::from("client.contact.name,client.email\n");
    for i in 0..100_001 {
        csv.push_str(&format!("A{i},a@b.example\n"));
    }
    let sheet = Sheet::new(&csv);
    let stderr_rows = stderr(&sheet.letter(&[]).code(65));
    assert!(
        stderr_rows.starts_with(
            "error[too-many-rows]: the file has more than 100000 rows below its header\n--> clients.csv:row 100002\n"
        ),
        "{stderr_rows}"
    );

    let sheet = Sheet::new(&format!(
        "client.contact.name,client.company,client.email\nAnn Lee,{},ann@lee.example\n",
        "A".repeat(2 * 1024 * 1024)
    ));
    assert_eq!(
        stderr(&sheet.letter(&[]).code(65)),
        "\
error[cell-too-long]: the cell in column client.company holds 2048 KiB; a cell holds at most 64 KiB
--> clients.csv:row 2
 = help: a cell holds one value of a case, such as a name or an address line; check that no quote is left open
error: 1 of 1 cases failed (clients.csv:row 2); nothing was written
"
    );
}

#[test]
fn a_row_that_takes_its_case_past_the_limit_is_refused_at_its_longest_cell() {
    // A base of nearly 1 MiB, and cells that take a row's case over it.
    let items: String = (0..4_000)
        .map(|i| format!("    - \"Handover item {i:05} {}\"\n", "x".repeat(230)))
        .collect();
    let sheet = Sheet::new(&format!(
        "client.contact.name,client.email,client.company\nAnn Lee,ann@lee.example,{}\n",
        "B".repeat(60 * 1024)
    ));
    std::fs::write(
        sheet.path("base.yaml"),
        format!("{BASE}closeout:\n  handover:\n{items}"),
    )
    .unwrap();
    let stderr = stderr(&sheet.letter(&[]).code(65));
    assert!(
        stderr.starts_with("error[file-too-large]: with this row the case is ")
            && stderr.contains("--> clients.csv:row 2, column client.company\n"),
        "{stderr}"
    );
}

#[test]
fn a_batch_past_what_it_holds_reads_its_cases_again_and_renders_the_same() {
    // 300 rows over a base of about 60 KiB, at the bounds of a case (two lists of
    // 100 items of 290 characters): more than the 16 MiB the batch holds between
    // its phases, so the last rows are validated again when they are written.
    let item = |i: usize| format!("    - \"Item {i:03} {}\"\n", "x".repeat(280));
    let handover: String = (0..100).map(item).collect();
    let continuing: String = (100..200).map(item).collect();
    let mut csv = String::from("client.contact.name,client.email,client.address.0\n");
    for i in 0..300 {
        csv.push_str(&format!("Ann Lee {i},ann{i}@lee.example,{i} Main Street\n"));
    }
    let sheet = Sheet::new(&csv);
    let base = format!("{BASE}closeout:\n  handover:\n{handover}  continuing:\n{continuing}");
    std::fs::write(sheet.path("base.yaml"), &base).unwrap();
    let assert = sheet.letter(&["--format", "markdown"]).success();
    // Two hundred items run past a page: each letter says so, under its file.
    let said = summary(&assert.get_output().stderr);
    let (warnings, summary) = said.split_at(said.rfind("rendered ").unwrap());
    assert_eq!(summary, "rendered 300 letters in T s, 0 failed\n");
    assert_eq!(
        warnings.matches("warning[letter-overflows]").count(),
        300,
        "{warnings}"
    );
    assert!(warnings.contains("--> out/ann-lee-299.md\n"), "{warnings}");
    let case = format!(
        "{base}client:\n  contact: {{ name: Ann Lee 299 }}\n  email: ann299@lee.example\n  address: [\"299 Main Street\"]\n"
    );
    std::fs::write(sheet.path("case.yaml"), case).unwrap();
    let alone = crate::support::adieu()
        .args([
            "letter",
            "--format",
            "markdown",
            sheet.path("case.yaml").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(
        std::fs::read(sheet.path("out/ann-lee-299.md")).unwrap(),
        alone.stdout
    );
}

#[test]
fn a_case_file_name_too_long_for_a_document_is_refused_before_any_write() {
    let sheet = Sheet::new("");
    let long = format!("{}.y", "x".repeat(252));
    for name in ["a.yaml", long.as_str(), "c.yaml"] {
        std::fs::write(sheet.path(name), crate::batch::BASE).unwrap();
    }
    let assert = crate::support::adieu()
        .current_dir(sheet.path(""))
        .args(["letter", "a.yaml", &long, "c.yaml", "-o", "out/"])
        .assert()
        .code(2);
    assert!(
        stderr(&assert).starts_with(&format!(
            "error: cannot name a document after `{long}`: its name is 252 bytes long, and a document's may be 200; rename the case file"
        )),
        "{}",
        stderr(&assert)
    );
    assert!(!sheet.path("out").exists());
}

/// Issue 11, M5: when a batch stops at its first write error, the summary says how
/// many valid cases were never written. Here every write fails: a file-size limit
/// of 1 KiB (with SIGXFSZ ignored, so that the write fails instead of the process).
#[test]
#[cfg(unix)]
fn a_batch_stopped_by_a_write_error_counts_what_it_did_not_write() {
    let mut csv = String::from("client.contact.name,client.email\n");
    for i in 0..5 {
        csv.push_str(&format!("Ann Lee {i},ann{i}@lee.example\n"));
    }
    let sheet = Sheet::new(&csv);
    let adieu = assert_cmd::cargo::cargo_bin("adieu");
    let output = std::process::Command::new("sh")
        .current_dir(sheet.path(""))
        .env("SOURCE_DATE_EPOCH", crate::support::TODAY_EPOCH)
        .env("RAYON_NUM_THREADS", "1")
        .env("NO_COLOR", "1")
        .arg("-c")
        .arg(format!(
            "trap '' XFSZ; ulimit -f 1; exec '{}' letter --no-config --csv clients.csv --base base.yaml -o out/",
            adieu.display()
        ))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(73), "{output:?}");
    let stderr = summary(&output.stderr);
    assert!(
        stderr.ends_with(
            "rendered 0 letters in T s, 1 failed, 4 not written (stopped at the first failure; --keep-going writes the others)\n\
             error: 1 of 5 cases failed: clients.csv:row 2; 4 valid cases were not written\n"
        ),
        "{stderr}"
    );
    assert!(listing(&sheet.path("out")).is_empty());
}

/// `adieu check --csv`: every row checked as a render would, nothing written.
#[test]
fn check_validates_a_spreadsheet_without_rendering() {
    let dir = tempfile::tempdir().unwrap();
    adieu()
        .args([
            "check",
            "--csv",
            "examples/batch/clients.csv",
            "--base",
            "examples/batch/base.yaml",
        ])
        .current_dir(crate::support::root())
        .assert()
        .success()
        .stdout("")
        .stderr("checked 5 rows: valid (0 errors, 0 warnings)\n");
    let csv = dir.path().join("bad.csv");
    std::fs::write(
        &csv,
        "client.company,client.contact.name,client.email,language,notice.days\nAcme,Jean Dupont,jean@acme,fr,30\nBeta,Ana Pop,ana@beta.example,ro,x\n",
    )
    .unwrap();
    let output = adieu()
        .args(["check", "--base", "examples/batch/base.yaml", "--csv"])
        .arg(&csv)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(65));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let csv = csv.display();
    assert_eq!(
        stderr,
        format!(
            "error[invalid-email]: `jean@acme` is not an email address\n--> {csv}:row 2, column client.email\n = help: write a plain address such as name@example.com, without a display name\nerror[invalid-number]: `x` is not a number of days; write a whole number such as 30\n--> {csv}:row 3, column notice.days\n = help: `notice.days` counts calendar days, e.g. 30\nchecked 2 rows: 2 invalid (2 errors, 0 warnings)\n"
        )
    );
    let json = adieu()
        .args([
            "check",
            "--format",
            "json",
            "--base",
            "examples/batch/base.yaml",
            "--csv",
        ])
        .arg(dir.path().join("bad.csv"))
        .output()
        .unwrap();
    assert_eq!(json.status.code(), Some(65));
    let lines: Vec<serde_json::Value> = String::from_utf8(json.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let files: Vec<&str> = lines.iter().map(|l| l["file"].as_str().unwrap()).collect();
    assert_eq!(
        files,
        [
            format!("{csv}:row 2, column client.email"),
            format!("{csv}:row 3, column notice.days")
        ]
    );
}

/// Issue 12, requirement 4: the second place of a problem (the contract's minimum of
/// a notice too short) is shown where the user can see it. A minimum written in a
/// cell while the notice is in the base file, or the other way round, is named in a
/// note; the row's case text, where both were located, is shown to nobody.
#[test]
fn the_second_place_of_a_row_s_problem_is_named_where_it_is_written() {
    let sheet = Sheet::new(
        "client.contact.name,client.email,contract.notice_days,notice.days\n\
         Ann Lee,ann@lee.example,60,\n\
         Bo Ek,bo@ek.example,,10\n",
    );
    assert_eq!(
        stderr(&sheet.letter(&[]).code(65)),
        "\
error[notice-too-short]: the notice gives 30 days but the contract requires at least 60 (for clients.csv:row 2) (in `notice.days`)
  --> base.yaml:17:9
   |
17 |   days: 30
   |         ^^
   |
   = note: the contract's minimum (in `contract.notice_days`)
   = help: give at least 60 days of notice, as contract.notice_days says
error[notice-too-short]: the notice gives 10 days but the contract requires at least 30
--> clients.csv:row 3, column notice.days
 = note: the contract's minimum (in `contract.notice_days`)
 = help: give at least 30 days of notice, as contract.notice_days says
error: 2 of 2 cases failed (clients.csv:row 2, clients.csv:row 3); nothing was written
"
    );
}
