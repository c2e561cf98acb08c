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
