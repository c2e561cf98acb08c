//! `adieu new`: the scaffold explains every field, refuses to become a document while
//! a placeholder is left, and once filled loads and renders in every language, for
//! every reason and every channel.

use adieu::case::{self, Overrides, Reason};
use adieu::compose::Composer;
use adieu::input::Source;
use adieu::l10n::{Catalog, Language, Localizer, Voice, languages};
use adieu::render::{Channel, Format};
use adieu::scaffold::{self, Request};
use adieu::schema::{Docs, Kind};
use predicates::prelude::*;

use crate::support::{adieu, adieu_in, stdout_of};

/// What a user types for each placeholder of the lines a scaffold leaves active.
const FILLED: [(&str, &str); 9] = [
    ("\"<one of the reasons above>\"", "fit"),
    ("\"<your full name>\"", "Ana Popescu"),
    ("\"<your email address>\"", "ana@studio.example"),
    ("\"<street and number>\"", "\"5 Long Street\""),
    ("\"<postcode and town>\"", "\"500035 Brasov\""),
    ("\"<your town>\"", "Brasov"),
    ("\"<the contact's full name>\"", "Jean Dupont"),
    ("\"<the contact's email address>\"", "jean@client.example"),
    ("\"<the client's phone number>\"", "\"+33 1 99 00 12 34\""),
];

/// Fills every placeholder on an active (uncommented) line, as a user would, and
/// fails on a placeholder this test does not know: a new required field must be
/// added here.
fn fill(scaffold: &str) -> String {
    let mut filled = String::new();
    for line in scaffold.lines() {
        let mut line = line.to_owned();
        if !line.trim_start().starts_with('#') {
            for (placeholder, value) in FILLED {
                line = line.replace(placeholder, value);
            }
            assert!(!line.contains("\"<"), "unknown placeholder in `{line}`");
        }
        filled.push_str(&line);
        filled.push('\n');
    }
    filled
}

/// Text with every run of whitespace made one space, so wrapped lines compare.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 23)
}

fn overrides() -> Overrides<'static> {
    Overrides {
        language: None,
        date: None,
        today: today(),
    }
}

fn scaffold_for(tag: &str, reason: Option<Reason>, channel: Channel) -> String {
    let catalog = Catalog::embedded();
    let language = Language::resolve(tag, &catalog).expect("a supported language");
    let localizer = Localizer::new(language.clone(), &catalog).expect("locales parse");
    let request = Request {
        language: &language,
        reason,
        channel,
        config: None,
        schema: "schema/case.schema.json",
        file_name: "case.yaml",
        answers: None,
    };
    scaffold::scaffold(&request, &localizer)
        .expect("a scaffold")
        .text
}

/// The proof the issue asks for: `new | check`, through the library path `check`
/// uses (parse, validate, language), then rendered as the channel it was made for.
#[test]
fn a_filled_scaffold_passes_in_every_language_reason_and_channel() {
    let catalog = Catalog::embedded();
    let mut reasons: Vec<Option<Reason>> = Reason::ALL.into_iter().map(Some).collect();
    reasons.push(None);
    let channels = [Channel::Letter, Channel::Email, Channel::Call];
    let composers = channels.map(|c| Composer::new(c, Format::Text, Catalog::embedded()));
    for tag in languages(&catalog.folders()) {
        let language = Language::resolve(&tag, &catalog).unwrap();
        let localizer = Localizer::new(language, &catalog).unwrap();
        for &reason in &reasons {
            for (channel, composer) in channels.into_iter().zip(&composers) {
                let text = scaffold_for(&tag, reason, channel);
                let source = Source {
                    name: "case.yaml".into(),
                    text: fill(&text),
                };
                let loaded = case::load(&source, &catalog, overrides()).unwrap_or_else(|e| {
                    panic!("{tag} {reason:?} {channel}: {e:?}\n{}", source.text)
                });
                assert_eq!(loaded.language.tag, tag);
                assert_eq!(loaded.case.reason, reason.unwrap_or(Reason::Fit));
                let document = composer
                    .compose(&source, overrides())
                    .unwrap_or_else(|e| panic!("{tag} {reason:?} {channel}: {e:?}"));
                let sentence = localizer.reason(loaded.case.reason, Voice::I).unwrap();
                assert!(
                    words(document.document.text().unwrap()).contains(&words(&sentence)),
                    "{tag} {reason:?} {channel}: no reason sentence in\n{}",
                    document.document.text().unwrap()
                );
                for (placeholder, _) in FILLED {
                    assert!(
                        !document
                            .document
                            .text()
                            .unwrap()
                            .contains(placeholder.trim_matches('"')),
                        "{}",
                        document.document.text().unwrap()
                    );
                }
            }
        }
    }
}

#[test]
fn every_field_of_the_schema_is_explained_in_the_scaffold() {
    let catalog = Catalog::embedded();
    let language = Language::resolve("en", &catalog).unwrap();
    let localizer = Localizer::new(language.clone(), &catalog).unwrap();
    let request = Request {
        language: &language,
        reason: Some(Reason::Payment),
        channel: Channel::Email,
        config: None,
        schema: "case.schema.json",
        file_name: "case.yaml",
        answers: None,
    };
    let scaffold = scaffold::scaffold(&request, &localizer).unwrap();
    let docs = Docs::new(Kind::Case);
    let missing: Vec<String> = docs
        .paths()
        .into_iter()
        .filter(|path| !scaffold.fields.contains(path))
        .collect();
    assert!(missing.is_empty(), "not in the scaffold: {missing:?}");
    for path in &scaffold.fields {
        let description = docs.description(path).unwrap_or_default();
        assert!(
            scaffold
                .text
                .contains(&description[..description.len().min(40)]),
            "the description of {path} is missing"
        );
    }
}

#[test]
fn the_scaffold_points_editors_at_the_schema_and_names_the_next_commands() {
    let text = stdout_of(adieu().args(["new", "--lang", "en", "--reason", "capacity"]));
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("# yaml-language-server: $schema=schema/case.schema.json")
    );
    assert!(text.contains("#   adieu letter case.yaml\n"), "{text}");
    assert!(text.contains("\nreason: capacity\n"), "{text}");
    assert!(
        text.contains(
            "# In en, `capacity` writes: \"We are no longer able to give your account the attention it\n# requires.\"\n"
        ),
        "{text}"
    );
}

#[test]
fn an_unfilled_scaffold_is_refused_with_every_placeholder_located() {
    let text = stdout_of(adieu().args([
        "new",
        "--lang",
        "en",
        "--reason",
        "fit",
        "--channel",
        "email",
    ]));
    let assert = adieu()
        .args(["letter", "-"])
        .write_stdin(text)
        .assert()
        .code(65);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    let headlines: Vec<&str> = stderr.lines().filter(|l| l.starts_with("error")).collect();
    assert_eq!(
        headlines,
        [
            "error[placeholder]: sender.name is still the placeholder `<your full name>`",
            "error[placeholder]: sender.email is still the placeholder `<your email address>`",
            "error[placeholder]: client.contact.name is still the placeholder `<the contact's full name>`",
            "error[placeholder]: client.email is still the placeholder `<the contact's email address>`",
        ]
    );
    assert!(stderr.contains(" --> <stdin>:"), "{stderr}");
}

/// `adieu new | check`, as a user runs it: refused while placeholders are left,
/// valid once they are filled, in every language.
#[test]
fn new_pipes_into_check() {
    for tag in ["en", "es", "fr", "ro", "sk"] {
        let text = stdout_of(adieu().args(["new", "--lang", tag, "--reason", "capacity"]));
        adieu()
            .args(["check", "-"])
            .write_stdin(text.clone())
            .assert()
            .code(65)
            .stderr(predicate::str::contains("error[placeholder]"));
        adieu()
            .args(["check", "-"])
            .write_stdin(fill(&text))
            .assert()
            .success()
            .stderr(predicate::str::contains(
                "checked 1 case file: valid (0 errors",
            ));
    }
}

#[test]
fn new_pipes_into_a_letter_once_filled() {
    let text = stdout_of(adieu().args(["new", "--lang", "en", "--reason", "outgrown"]));
    let letter = stdout_of(adieu().args(["letter", "-"]).write_stdin(fill(&text)));
    assert!(
        letter.starts_with("Ana Popescu\n5 Long Street\n500035 Brasov\n"),
        "{letter}"
    );
    assert!(
        letter.contains("Your needs have grown beyond what I can offer"),
        "{letter}"
    );
}

#[test]
fn new_never_overwrites_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("case.yaml");
    std::fs::write(&path, "mine").unwrap();
    adieu_in(dir.path(), dir.path())
        .args(["new", "-o", "case.yaml"])
        .assert()
        .code(73)
        .stderr("error: cannot write case.yaml: the file exists; pass --force to replace it\n");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
    adieu_in(dir.path(), dir.path())
        .args(["new", "-o", "case.yaml", "--force"])
        .assert()
        .success()
        .stdout("")
        .stderr("wrote the case file case.yaml: fill it in, then `adieu check case.yaml`\n");
    assert!(std::fs::read_to_string(&path).unwrap().contains("reason:"));
}

/// `adieu new --example`: the examples from any folder, dated so that they never
/// expire — whole weeks later, on the same weekday, from today on.
#[test]
fn an_example_written_today_is_dated_from_today() {
    let dir = tempfile::tempdir().unwrap();
    let later = |command: &mut assert_cmd::Command| {
        // 2026-12-02, nine days after the examples' date.
        command.env("SOURCE_DATE_EPOCH", "1796212800");
    };
    let mut new = adieu_in(dir.path(), dir.path());
    later(&mut new);
    new.args(["new", "--example", "fr-fit", "-o", "fr-fit.yaml"])
        .assert()
        .success()
        .stdout("")
        .stderr("wrote the case file fr-fit.yaml: render it with `adieu letter fr-fit.yaml`\n");
    let text = std::fs::read_to_string(dir.path().join("fr-fit.yaml")).unwrap();
    let shipped =
        std::fs::read_to_string(crate::support::root().join("examples/fr-fit.yaml")).unwrap();
    assert_eq!(
        text,
        shipped
            .replace("2026-11-23", "2026-12-07")
            .replace("2026-12-15", "2026-12-29")
            .replace("2027-01-15", "2027-01-29")
            .replace("2024-03-01", "2024-03-15")
    );
    // No advice about its dates: not in the past, the last day no weekend.
    let mut check = adieu_in(dir.path(), dir.path());
    later(&mut check);
    check
        .args(["check", "fr-fit.yaml", "--deny", "warnings"])
        .assert()
        .success();
    adieu()
        .args(["new", "--example", "fr-fitt"])
        .assert()
        .code(2)
        .stderr("error: there is no example `fr-fitt`; did you mean `fr-fit`? the examples are batch/base, batch/clients, en-US-conduct, en-capacity, es-MX-capacity, es-payment, fr-ethics, fr-fit, ro-direction, sk-outgrown\n");
    // The spreadsheet example, to stdout.
    let sheet = stdout_of(adieu().args(["new", "--example", "batch/clients"]));
    assert!(sheet.starts_with("client.company,"), "{sheet}");
}

/// Outside a folder with `schema/case.schema.json`, the scaffold points at adieu's own
/// copy of the schema in the data folder, written there for the purpose.
#[test]
fn outside_the_repository_the_schema_is_kept_in_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    adieu_in(dir.path(), dir.path())
        .args(["new", "-o", "case.yaml"])
        .assert()
        .success();
    let copy = dir.path().join("data/adieu/case.schema.json");
    let text = std::fs::read_to_string(dir.path().join("case.yaml")).unwrap();
    let first = text.lines().next().unwrap();
    assert_eq!(
        first,
        format!("# yaml-language-server: $schema=file://{}", copy.display())
    );
    let schema = stdout_of(adieu().arg("schema"));
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), schema);
}

#[test]
fn a_config_file_takes_the_sender_out_of_the_scaffold() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("adieu.yaml"),
        "language: en\nsender:\n  name: Hannah Reid\n  company: Northlight Design Ltd\n  email: hannah@northlight.example\n  address: [14 Cheapside, London EC2V 6AA]\n  place: London\n",
    )
    .unwrap();
    let text = stdout_of(adieu_in(dir.path(), dir.path()).args([
        "--config",
        "adieu.yaml",
        "new",
        "--reason",
        "fit",
    ]));
    assert!(text.contains("\n#   name: \"Hannah Reid\"\n"), "{text}");
    assert!(text.contains("\n# sender:\n"), "{text}");
    assert!(!text.contains("\"<your full name>\""), "{text}");
    let letter = stdout_of(
        adieu_in(dir.path(), dir.path())
            .args(["--config", "adieu.yaml", "letter", "-"])
            .write_stdin(fill(&text)),
    );
    assert!(
        letter.starts_with("Hannah Reid\nNorthlight Design Ltd\n14 Cheapside\n"),
        "{letter}"
    );
    assert!(
        letter.contains("Our services are no longer the right fit"),
        "{letter}"
    );
}
