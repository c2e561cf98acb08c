//! A firm's own wording and layout (`--locales DIR`, `--templates DIR`), regional
//! tags, and the fallback chain: never silent when English fills a gap, and a
//! located error when an override is broken.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

use crate::support::root;

/// The examples are dated 2026-11-23: today is fixed to that day, as in `support`, so
/// that these tests do not start failing with `date-in-past` as the calendar moves on.
fn adieu() -> Command {
    let mut command = Command::cargo_bin("adieu").expect("the adieu binary is built");
    command
        .current_dir(root())
        .env("SOURCE_DATE_EPOCH", crate::support::TODAY_EPOCH)
        .env("NO_COLOR", "1");
    command
}

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[test]
fn an_added_locale_file_overrides_single_messages_silently() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "fr/studio.ftl",
        "reason-fit = Notre offre s’est recentrée sur l’identité visuelle.\n",
    );
    adieu()
        .args(["letter", "examples/fr-fit.yaml", "--locales"])
        .arg(dir.path())
        .assert()
        .success()
        // Read across line breaks: where the letter wraps depends on the sentence before.
        .stdout(predicate::function(|out: &str| {
            crate::support::flat(out)
                .contains("2024-017). Notre offre s’est recentrée sur l’identité visuelle.")
        }))
        .stdout(predicate::str::contains("Nos services").not())
        .stderr("");
}

#[test]
fn a_partial_copy_of_a_locale_file_warns_for_each_message_it_lacks() {
    let dir = tempfile::tempdir().unwrap();
    let mine = dir.path().join("fr/document.ftl");
    let full = std::fs::read_to_string(root().join("locales/fr/document.ftl")).unwrap();
    // `questions-email`, the email's closing line, is the file's last message.
    let partial = &full[..full.find("\nquestions-email =").unwrap()];
    write(dir.path(), "fr/document.ftl", partial);
    adieu()
        .args(["email", "examples/fr-fit.yaml", "--locales"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "répondre directement à ce message",
        ))
        .stderr(format!(
            "warning: message `questions-email` is missing from {}; adieu's own wording was used\n",
            mine.display()
        ));
}

#[test]
fn a_new_language_falls_back_to_english_with_a_warning_per_message() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "de/document.ftl",
        "salutation = Sehr geehrter Herr { $surname },\n",
    );
    let assert = adieu()
        .args([
            "email",
            "examples/en-capacity.yaml",
            "--lang",
            "de",
            "--locales",
        ])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("Sehr geehrter Herr Grant,"));
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(
        stderr.contains("warning: message `thanks` is missing in de; it was written in English\n"),
        "{stderr}"
    );
    assert!(
        stderr.lines().all(|l| l.starts_with("warning: message `")),
        "{stderr}"
    );
}

#[test]
fn a_user_regional_folder_falls_back_to_its_base_language_silently() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "fr-CH/document.ftl",
        "contact-email = E-mail{\"\\u202F\"}: { $address }\n",
    );
    adieu()
        .args([
            "letter",
            "examples/fr-fit.yaml",
            "--lang",
            "fr-CH",
            "--locales",
        ])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "E-mail\u{202f}: camille@studionord.example",
        ))
        .stdout(predicate::str::contains("Monsieur,"))
        .stderr("");
}

#[test]
fn a_broken_locale_override_is_reported_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fr/studio.ftl");
    write(
        dir.path(),
        "fr/studio.ftl",
        "# Our wording\n\nreason-fit = { $oops\n",
    );
    adieu()
        .args(["letter", "examples/fr-fit.yaml", "--locales"])
        .arg(dir.path())
        .assert()
        .code(78)
        .stderr(predicate::str::starts_with(format!(
            "error: {}:3: ",
            file.display()
        )));
}

#[test]
fn a_message_with_an_unknown_variable_is_reported_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fr/studio.ftl");
    write(
        dir.path(),
        "fr/studio.ftl",
        "\nreason-fit = Voir { $motif }.\n",
    );
    adieu()
        .args(["letter", "examples/fr-fit.yaml", "--locales"])
        .arg(dir.path())
        .assert()
        .code(78)
        .stderr(format!(
            "error: {}:2: message `reason-fit`: Resolver error: Unknown variable: $motif\n",
            file.display()
        ));
}

#[test]
fn a_template_override_replaces_adieus_file_by_file() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "partials/sender.txt",
        "{{ sender.company }} · {{ t(id=\"contact-email\", address=sender.email) }}",
    );
    adieu()
        .args(["letter", "examples/fr-fit.yaml", "--templates"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Studio Nord · Courriel\u{202f}: camille@studionord.example\n\nBoulangeries Dupont SA\n",
        ))
        .stderr("");
}

#[test]
fn a_broken_template_override_is_reported_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("letter.txt");
    write(
        dir.path(),
        "letter.txt",
        "{{ sender.name }}\n\n{{ sender.nickname }}\n",
    );
    adieu()
        .args(["letter", "examples/fr-fit.yaml", "--templates"])
        .arg(dir.path())
        .assert()
        .code(78)
        .stderr(predicate::str::starts_with(format!(
            "error: {}:3: ",
            file.display()
        )));
    write(dir.path(), "letter.txt", "{{ sender.name }}\n{% if x %}\n");
    adieu()
        .args(["letter", "examples/fr-fit.yaml", "--templates"])
        .arg(dir.path())
        .assert()
        .code(78)
        .stderr(predicate::str::starts_with(format!(
            "error: {}:",
            file.display()
        )));
}

#[test]
fn a_missing_overlay_folder_is_exit_66() {
    adieu()
        .args([
            "letter",
            "examples/fr-fit.yaml",
            "--locales",
            "no-such-folder",
        ])
        .assert()
        .code(66)
        .stderr("error: cannot read no-such-folder: no such file or directory\n");
}

#[test]
fn regional_tags_have_their_own_conventions() {
    adieu()
        .args(["letter", "examples/en-capacity.yaml", "--lang", "en-US"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Dear Mr. Grant:"))
        .stdout(predicate::str::contains("\nNovember 23, 2026\n"))
        .stdout(predicate::str::contains("\nWarm regards,\n"))
        .stderr("");
    // es-MX has a folder of its own: no note, only the case's advice as in `es`.
    let advice = adieu()
        .args(["letter", "examples/es-payment.yaml"])
        .output()
        .unwrap()
        .stderr;
    adieu()
        .args(["letter", "examples/es-payment.yaml", "--lang", "es-MX"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Con un aviso de 15\u{a0}días de anticipación",
        ))
        .stdout(
            predicate::str::contains("1,850.00\u{a0}€").or(predicate::str::contains("€1,850.00")),
        )
        .stderr(advice);
}

#[test]
fn the_region_a_language_is_written_for_needs_no_note() {
    for (example, tag) in [
        ("examples/en-capacity.yaml", "en-GB"),
        ("examples/es-payment.yaml", "es-ES"),
        ("examples/fr-fit.yaml", "fr-FR"),
        ("examples/ro-direction.yaml", "ro-RO"),
        ("examples/sk-outgrown.yaml", "sk-SK"),
    ] {
        // The same document and the same advice as the base language, and no note.
        let own = adieu().args(["letter", example]).output().unwrap();
        adieu()
            .args(["letter", example, "--lang", tag])
            .assert()
            .success()
            .stdout(own.stdout)
            .stderr(own.stderr);
    }
}

#[test]
fn other_regions_fall_back_to_the_base_language_with_a_note() {
    for (example, tag, base) in [
        ("examples/fr-fit.yaml", "fr-BE", "fr"),
        ("examples/fr-fit.yaml", "fr-CH", "fr"),
        ("examples/ro-direction.yaml", "ro-MD", "ro"),
    ] {
        adieu()
            .args(["letter", example, "--lang", tag])
            .assert()
            .success()
            .stderr(format!(
                "warning: no regional wording for {tag}; writing {base}, with {tag} dates and numbers\n"
            ));
    }
}

#[test]
fn a_config_file_names_the_overlay_folders_relative_to_itself() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "wording/fr/studio.ftl",
        "reason-fit = Notre offre s’est recentrée sur l’identité visuelle.\n",
    );
    write(
        dir.path(),
        "layout/letter.txt",
        "{{ t(id=\"reason-\" ~ reason) }}\n",
    );
    write(
        dir.path(),
        "config.yaml",
        "locales: wording\ntemplates: layout\n",
    );
    let config = dir.path().join("config.yaml");
    adieu()
        .args(["letter", "examples/fr-fit.yaml", "--config"])
        .arg(&config)
        .assert()
        .success()
        .stdout("Notre offre s’est recentrée sur l’identité visuelle.\n")
        .stderr("");
    // The command line wins over the config file.
    let mine = tempfile::tempdir().unwrap();
    write(mine.path(), "letter.txt", "{{ lang }}\n");
    adieu()
        .args(["letter", "examples/fr-fit.yaml", "--config"])
        .arg(&config)
        .arg("--templates")
        .arg(mine.path())
        .assert()
        .success()
        .stdout("fr\n");
}

/// An overlay folder may come from a config file, so its walk is bounded and reads
/// regular files only: each of these used to hang, take gigabytes or exit 70.
mod walk {
    use std::path::Path;
    use std::time::Duration;

    use super::{adieu, write};

    fn refused(dir: &Path, flag: &str, stderr: String) {
        adieu()
            .args(["letter", "examples/fr-fit.yaml", flag])
            .arg(dir)
            .timeout(Duration::from_secs(20))
            .assert()
            .code(78)
            .stdout("")
            .stderr(stderr);
    }

    #[test]
    fn a_symlink_loop_is_refused_not_walked() {
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(".", dir.path().join("a")).unwrap();
        std::os::unix::fs::symlink(".", dir.path().join("b")).unwrap();
        refused(
            dir.path(),
            "--templates",
            format!(
                "error: {}:0: it is a symbolic link; an overlay folder holds regular files and folders only, so that it never reads outside itself: copy the file in\n",
                dir.path().join("a").display()
            ),
        );
    }

    #[test]
    fn a_symlink_to_a_file_outside_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink("/etc/hostname", dir.path().join("letter.txt")).unwrap();
        refused(
            dir.path(),
            "--templates",
            format!(
                "error: {}:0: it is a symbolic link; an overlay folder holds regular files and folders only, so that it never reads outside itself: copy the file in\n",
                dir.path().join("letter.txt").display()
            ),
        );
    }

    #[test]
    fn a_named_pipe_is_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fr/document.ftl");
        std::fs::create_dir_all(fifo.parent().unwrap()).unwrap();
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        refused(
            dir.path(),
            "--locales",
            format!(
                "error: {}:0: it is a named pipe; an overlay folder holds regular files and folders only\n",
                fifo.display()
            ),
        );
    }

    #[test]
    fn a_config_s_folder_is_walked_the_same_way() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("mine")).unwrap();
        std::os::unix::fs::symlink(".", dir.path().join("mine/loop")).unwrap();
        let config = dir.path().join("config.yaml");
        std::fs::write(&config, "templates: mine\n").unwrap();
        adieu()
            .args(["letter", "examples/fr-fit.yaml", "--config"])
            .arg(&config)
            .timeout(Duration::from_secs(20))
            .assert()
            .code(78)
            .stderr(format!(
                "error: {}:0: it is a symbolic link; an overlay folder holds regular files and folders only, so that it never reads outside itself: copy the file in\n",
                dir.path().join("mine/loop").display()
            ));
    }

    #[test]
    fn an_oversized_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "en/zz.ftl",
            &"m = some message\n".repeat(70_000),
        );
        refused(
            dir.path(),
            "--locales",
            format!(
                "error: {}:0: the file is larger than 1 MiB, the size limit for a template or locale file\n",
                dir.path().join("en/zz.ftl").display()
            ),
        );
    }

    #[test]
    fn too_many_bytes_in_all_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..5 {
            write(
                dir.path(),
                &format!("partials/p{i}.txt"),
                &"x".repeat(1024 * 1024),
            );
        }
        refused(
            dir.path(),
            "--templates",
            format!(
                "error: {}:0: the overlay folder holds more than 4 MiB, the size limit for all its files together\n",
                dir.path().display()
            ),
        );
    }

    #[test]
    fn too_many_files_or_too_deep_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..1001 {
            write(dir.path(), &format!("partials/p{i}.txt"), "");
        }
        refused(
            dir.path(),
            "--templates",
            format!(
                "error: {}:0: the overlay folder holds more than 1000 files and folders; it should hold only the templates or locale files you change\n",
                dir.path().display()
            ),
        );
        let deep = tempfile::tempdir().unwrap();
        write(deep.path(), "1/2/3/4/5/6/7/8/9/x.txt", "");
        refused(
            deep.path(),
            "--templates",
            format!(
                "error: {}:0: it is more than 8 folders deep in the overlay folder\n",
                deep.path().join("1/2/3/4/5/6/7/8/9").display()
            ),
        );
    }
}

/// Issue 11, H7: a template that doubles a string took all the memory and aborted
/// (134); past adieu's bound it is an overlay error, 78, and no file is left.
#[test]
fn a_template_that_eats_memory_is_stopped_as_a_broken_overlay() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "letter.txt",
        "{% set s = \"xxxxxxxx\" %}{% for i in range(end=40) %}{% set_global s = s ~ s %}{% endfor %}{{ s }}\n",
    );
    let out = tempfile::tempdir().unwrap();
    let assert = adieu()
        .args(["letter", "examples/fr-fit.yaml", "-o"])
        .arg(out.path().join("letter.txt"))
        .arg("--templates")
        .arg(dir.path())
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .code(78)
        .stdout("");
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert_eq!(
        stderr,
        format!(
            "error: {}: rendering with these templates took more than 512 MiB of memory, so adieu stopped; look for a loop that builds an ever longer value\n",
            dir.path().display()
        )
    );
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 0);
}

/// Issue 12, F5: the fallbacks of one document are its own. A letter that needs a
/// message the user's file lacks is told so; the next letter of the same language,
/// which needs no such message, is not told again (they used to pile up per language).
#[test]
fn each_document_is_told_only_of_its_own_fallbacks() {
    use adieu::case::Overrides;
    use adieu::compose::Composer;
    use adieu::input::Source;
    use adieu::l10n::Catalog;
    use adieu::render::{Channel, Format};

    let dir = tempfile::tempdir().unwrap();
    let own = std::fs::read_to_string(root().join("locales/fr/document.ftl")).unwrap();
    // The message is its first line and the indented lines under it.
    let mut inside = false;
    let without: String = own
        .split_inclusive('\n')
        .filter(|line| {
            if !line.starts_with([' ', '}', '\n']) {
                inside = line.starts_with("referral-person =");
            }
            !inside
        })
        .collect();
    assert_ne!(
        without, own,
        "the test removes the message `referral-person`"
    );
    write(dir.path(), "fr/document.ftl", &without);
    let catalog = Catalog::embedded().with_overlay(dir.path()).unwrap();
    let composer = Composer::new(Channel::Letter, Format::Text, catalog);
    let with = std::fs::read_to_string(root().join("examples/fr-fit.yaml")).unwrap();
    let start = with.find("referral:").unwrap();
    let end = with.find("closeout:").unwrap();
    let none = format!("{}{}", &with[..start], &with[end..]);
    let overrides = Overrides {
        language: None,
        date: None,
        today: jiff::civil::date(2026, 11, 23),
    };
    let compose = |text: &str| {
        let source = Source::from_bytes("case.yaml", text.as_bytes().to_vec()).unwrap();
        composer.compose(&source, overrides).unwrap().notes
    };
    let expected = format!(
        "message `referral-person` is missing from {}; adieu's own wording was used",
        dir.path().join("fr/document.ftl").display()
    );
    let told = [expected];
    assert_eq!(compose(&with), told);
    assert_eq!(compose(&none), Vec::<String>::new());
    assert_eq!(compose(&with), told);
}

/// Issue 12, requirement 5: documents laid out at the same time, on several threads
/// and in two languages (as a batch lays them out), are each told of their own
/// fallbacks alone. The French file lacks `referral-person`, the Spanish one
/// `letter-subject`; a note that crossed from one document to another, or was lost,
/// would show.
#[test]
fn fallbacks_of_documents_rendered_together_never_mix() {
    use adieu::case::Overrides;
    use adieu::compose::Composer;
    use adieu::input::Source;
    use adieu::l10n::Catalog;
    use adieu::render::{Channel, Format};

    /// The file `locales/<folder>/document.ftl` without the message `id` (its first
    /// line and the indented lines under it), written into `dir`.
    fn without(dir: &Path, folder: &str, id: &str) -> String {
        let name = format!("{folder}/document.ftl");
        let own = std::fs::read_to_string(root().join("locales").join(&name)).unwrap();
        let mut inside = false;
        let kept: String = own
            .split_inclusive('\n')
            .filter(|line| {
                if !line.starts_with([' ', '}', '\n']) {
                    inside = line.starts_with(&format!("{id} ="));
                }
                !inside
            })
            .collect();
        assert_ne!(kept, own, "the test removes the message `{id}`");
        write(dir, &name, &kept);
        format!(
            "message `{id}` is missing from {}; adieu's own wording was used",
            dir.join(&name).display()
        )
    }

    let dir = tempfile::tempdir().unwrap();
    let french_note = without(dir.path(), "fr", "referral-person");
    let spanish_note = without(dir.path(), "es", "letter-subject");
    let catalog = Catalog::embedded().with_overlay(dir.path()).unwrap();
    let composer = Composer::new(Channel::Letter, Format::Text, catalog);
    let overrides = Overrides {
        language: None,
        date: None,
        today: jiff::civil::date(2026, 11, 23),
    };
    let source = |name: &str| {
        let text = std::fs::read(root().join("examples").join(name)).unwrap();
        Source::from_bytes(name, text).unwrap()
    };
    let (french, spanish) = (source("fr-fit.yaml"), source("es-payment.yaml"));
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..4)
            .map(|worker| {
                let (composer, french, spanish) = (&composer, &french, &spanish);
                let (french_note, spanish_note) = (&french_note, &spanish_note);
                scope.spawn(move || {
                    for round in 0..12 {
                        let (source, note) = if (worker + round) % 2 == 0 {
                            (french, french_note)
                        } else {
                            (spanish, spanish_note)
                        };
                        let notes = composer.compose(source, overrides).unwrap().notes;
                        assert_eq!(notes, std::slice::from_ref(note), "{}", source.name);
                    }
                })
            })
            .collect();
        for worker in workers {
            worker.join().unwrap();
        }
    });
}
