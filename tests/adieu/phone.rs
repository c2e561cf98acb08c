//! Issue 14, 4, and issue 12, 2: `client.phone` and `client.contact.phone`. The
//! call script starts with who to call and the number, the contact's direct line
//! first; the other documents never show it; the scaffold offers both fields.

use adieu::render::{Channel, Format};

use crate::support::{adieu, flat, render, stdout_of};

const CASE: &str = "language: LANG\ndate: 2026-12-02\nreason: capacity\nsender: {name: Ana Pop, email: ana@pop.example}\nclient:\n  company: Atelier Verde\n  contact: { name: Camille Besson, gender: female CONTACT}\n  email: camille@atelierverde.example\n  phone: \"+33 1 99 00 12 34\"\nnotice: {days: 30}\n";

/// Per language: the line for a client with a company and the contact's direct
/// line, and the line for a client without a company.
const LINES: [(&str, &str, &str); 5] = [
    (
        "en",
        "Call Camille Besson (Atelier Verde): +33 1 99 00 56 78",
        "Call Camille Besson: +33 1 99 00 12 34",
    ),
    (
        "es",
        "Llamar a Camille Besson (Atelier Verde): +33 1 99 00 56 78",
        "Llamar a Camille Besson: +33 1 99 00 12 34",
    ),
    (
        "fr",
        "Appeler Camille Besson (Atelier Verde)\u{202F}: +33 1 99 00 56 78",
        "Appeler Camille Besson\u{202F}: +33 1 99 00 12 34",
    ),
    (
        "ro",
        "De apelat: Camille Besson (Atelier Verde), tel. +33 1 99 00 56 78",
        "De apelat: Camille Besson, tel. +33 1 99 00 12 34",
    ),
    (
        "sk",
        "Komu volať: Camille Besson (Atelier Verde), tel. +33 1 99 00 56 78",
        "Komu volať: Camille Besson, tel. +33 1 99 00 12 34",
    ),
];

fn write(dir: &std::path::Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn the_call_script_starts_with_who_to_call_and_the_number() {
    let dir = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for (tag, with_company, without_company) in LINES {
        let (with_company, without_company) = (&flat(with_company), &flat(without_company));
        let case = CASE.replace("LANG", tag);
        let direct = write(
            dir.path(),
            &format!("{tag}-direct.yaml"),
            &case.replace("CONTACT", ", phone: \"+33 1 99 00 56 78\" "),
        );
        let person = write(
            dir.path(),
            &format!("{tag}-person.yaml"),
            &case
                .replace("CONTACT", "")
                .replace("  company: Atelier Verde\n", ""),
        );
        let none = write(
            dir.path(),
            &format!("{tag}-none.yaml"),
            &case
                .replace("CONTACT", "")
                .replace("  phone: \"+33 1 99 00 12 34\"\n", ""),
        );
        for format in [Format::Text, Format::Markdown, Format::Html] {
            let call = |case: &std::path::Path| {
                flat(render(case, Channel::Call, format, None).text().unwrap())
            };
            let direct_call = call(&direct);
            // The line comes before the script's first paragraph.
            let position = direct_call.find(with_company);
            let private = ["eyes", "usted", "personnel", "propriu", "potrebu"]
                .iter()
                .filter_map(|w| direct_call.find(w))
                .min();
            match (position, private) {
                (Some(at), Some(private)) if at < private => {}
                _ => failures.push(format!(
                    "{tag} {format}: {with_company:?} not under the title in\n{direct_call}"
                )),
            }
            if direct_call.contains("+33 1 99 00 12 34") {
                failures.push(format!(
                    "{tag} {format}: the client's number beside the direct line in\n{direct_call}"
                ));
            }
            let person_call = call(&person);
            if !person_call.contains(without_company) {
                failures.push(format!(
                    "{tag} {format}: no {without_company:?} in\n{person_call}"
                ));
            }
            let none_call = call(&none);
            if none_call.contains("+33") {
                failures.push(format!(
                    "{tag} {format}: a number without one in\n{none_call}"
                ));
            }
        }
        for channel in [Channel::Letter, Channel::Email] {
            let text = flat(render(&direct, channel, Format::Text, None).text().unwrap());
            if text.contains("+33") {
                failures.push(format!("{tag} {channel}: the client's number in\n{text}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn a_phone_number_is_checked_as_text_at_its_field() {
    let dir = tempfile::tempdir().unwrap();
    let case = CASE
        .replace("LANG", "en")
        .replace("CONTACT", ", phone: \"+33\u{200B}1\" ");
    let path = write(dir.path(), "case.yaml", &case);
    let output = adieu().arg("check").arg(&path).output().unwrap();
    assert_eq!(output.status.code(), Some(65));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("ZERO WIDTH SPACE") && stderr.contains("client.contact.phone"),
        "{stderr}"
    );
    assert!(stderr.contains(":7:"), "not located on its line: {stderr}");
}

#[test]
fn the_scaffold_offers_both_numbers_and_asks_for_one_for_a_call() {
    let dir = tempfile::tempdir().unwrap();
    let letter = stdout_of(adieu().current_dir(dir.path()).args([
        "new",
        "--lang",
        "en",
        "--no-config",
        "--schema",
        "case.schema.json",
    ]));
    assert!(
        letter.contains("# phone: \"<the client's phone number>\""),
        "{letter}"
    );
    assert!(
        letter.contains("# phone: \"<the contact's direct line>\""),
        "{letter}"
    );
    let call = stdout_of(adieu().current_dir(dir.path()).args([
        "new",
        "--lang",
        "en",
        "--channel",
        "call",
        "--no-config",
        "--schema",
        "case.schema.json",
    ]));
    assert!(
        call.lines()
            .any(|l| l.trim_start() == "phone: \"<the client's phone number>\""),
        "{call}"
    );
}

/// Round 6, class 2: a phone number never wraps in the wrapped plain-text call
/// script ("+40 744 218⏎903"), in any language, however long the line before it.
#[test]
fn a_phone_number_is_never_split_across_lines() {
    let dir = tempfile::tempdir().unwrap();
    for tag in ["en", "en-US", "es", "es-MX", "fr", "ro", "sk"] {
        let text = CASE
            .replace("LANG", tag)
            .replace(
                "Atelier Verde",
                "Atelier Verde et Associés Architectes Paysagistes",
            )
            .replace(" CONTACT", "");
        let case = write(dir.path(), &format!("{tag}.yaml"), &text);
        let document = render(&case, Channel::Call, Format::Text, Some(tag));
        let script = document.text().unwrap();
        assert!(
            script
                .lines()
                .any(|line| line.contains("+33 1 99 00 12 34")),
            "{tag}:\n{script}"
        );
    }
}
