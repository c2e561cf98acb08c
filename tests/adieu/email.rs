//! From and To survive the trip through a mail parser: what it shows is exactly the
//! case's name and address, for the names of tests/email (long, accented, quoted,
//! mixed) and internationalised domains, which go into the headers in punycode
//! (which mail programs show decoded).
//! `.ci/check-eml.py --expect` makes the same trip through Python's `email`.

use mail_parser::MessageParser;

use crate::support::{adieu, root};

#[derive(serde::Deserialize)]
struct Expected {
    case: String,
    from: [String; 2],
    to: [String; 2],
}

/// The address as the headers must carry it: the domain in punycode.
fn ascii(address: &str) -> String {
    let (local, domain) = address.rsplit_once('@').unwrap();
    format!("{local}@{}", idna::domain_to_ascii(domain).unwrap())
}

#[test]
fn every_name_and_address_reads_back_exactly() {
    let expected: Vec<Expected> = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/email/expected.json")).unwrap(),
    )
    .unwrap();
    assert!(expected.len() >= 6);
    for case in expected {
        let path = root().join("tests/email").join(&case.case);
        let output = adieu()
            .args(["email", "-q", "--format", "eml"])
            .arg(&path)
            .output()
            .unwrap();
        assert!(output.status.success(), "{}: {output:?}", case.case);
        let raw = String::from_utf8(output.stdout).unwrap();
        let head = raw.split("\r\n\r\n").next().unwrap();
        assert!(head.is_ascii(), "{}: {head}", case.case);
        let message = MessageParser::default().parse(raw.as_bytes()).unwrap();
        for (header, [name, address]) in [
            (message.from().unwrap(), &case.from),
            (message.to().unwrap(), &case.to),
        ] {
            assert_eq!(header.iter().count(), 1, "{}", case.case);
            let mailbox = header.first().unwrap();
            assert_eq!(mailbox.name(), Some(name.as_str()), "{}", case.case);
            assert_eq!(
                mailbox.address(),
                Some(ascii(address).as_str()),
                "{}",
                case.case
            );
        }
    }
}

/// The encoded-word refusal holds for every source of a value, not only case files
/// (tests/bad): a config file's sender name, a CSV cell.
#[test]
fn an_encoded_word_is_refused_from_the_config_and_a_csv_cell() {
    let dir = crate::hidden::folder();
    let case = std::fs::read_to_string(dir.path().join("base.yaml"))
        .unwrap()
        .replace("  name: Hannah Reid\n", "");
    std::fs::write(dir.path().join("case.yaml"), case).unwrap();
    std::fs::write(
        dir.path().join("config.yaml"),
        "sender:\n  name: \"=?utf-8?q?Acme_Bank?=\"\n",
    )
    .unwrap();
    // Reported as the config file's problem, at its line; nothing on stdout.
    let stderr = crate::hidden::stderr_of(
        dir.path(),
        &["--config", "config.yaml", "email", "case.yaml"],
        78,
    );
    assert!(
        stderr.starts_with("error[encoded-word]: sender.name holds `=?utf-8?q?Acme_Bank?=`, which mail programs would show as other text\n --> config.yaml:2:9\n"),
        "{stderr}"
    );

    let stderr = crate::hidden::csv_batch(
        dir.path(),
        "email",
        "client.contact.name,client.email\n=?utf-8?b?Qm9zcw==?=,a@b.example\n",
    );
    assert!(
        stderr.starts_with(
            "error[encoded-word]: client.contact.name holds `=?utf-8?b?Qm9zcw==?=`, which mail programs would show as other text\n--> rows.csv:row 2, column client.contact.name\n"
        ),
        "{stderr}"
    );
    assert!(!dir.path().join("out").exists());
}
