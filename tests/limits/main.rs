//! The limit cases, run as a user would run them: each must be refused (or, for the
//! largest valid case, rendered) and finish, and no run may take more than 200 MB.
//! This is a bound, not a speed test: the timeout only tells a hang from an answer.
//!
//! It is a test binary of its own, with this one test: the peak memory is read for
//! all children of the process, and no other test's children may count.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use nix::sys::resource::{UsageWho, getrusage};

/// 2026-11-23, as the integration tests fix it.
const TODAY_EPOCH: &str = "1795435200";

fn root() -> &'static std::path::Path {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Far beyond any answer adieu gives; only a hang gets near it.
const HANG: Duration = Duration::from_secs(120);
/// The memory bound for every run.
const MAX_RSS_BYTES: i64 = 200 * 1024 * 1024;

const ONE_MIB: usize = 1024 * 1024;

fn valid_case_with_handover(item: &str) -> String {
    format!(
        "language: en\ndate: 2026-11-23\nreason: fit\nsender: {{name: A, email: a@b.example}}\nclient: {{contact: {{name: B}}, email: b@c.example}}\nnotice: {{days: 30}}\nreferral: {{kind: a studio}}\ncontract: {{title: T}}\ncloseout:\n  handover: [\"{item}\"]\n"
    )
}

/// A value of exactly `MAX_VALUE_CHARS` (300) code points: accented words and a
/// cluster of `MAX_CLUSTER_CHARS` (16) code points, the longest accepted.
fn value_at_the_bound(seed: usize) -> String {
    let cluster = format!("a{}", "\u{301}".repeat(15));
    let words = [
        "Ștefan", "Ďurčo", "façade", "niño", "brand", "files", "Grüße", &cluster, "source", "Œuvre",
    ];
    let mut value = String::new();
    let mut i = seed;
    while value.chars().count() < 300 {
        value.push_str(words[i % words.len()]);
        value.push(' ');
        i += 3;
    }
    let mut value: String = value.chars().take(299).collect();
    value.push('x');
    format!("\"{value}\"")
}

/// A case at every bound of `src/case/bounds.rs`: every text field 300 code points
/// long, 10 address lines each, 250 list items in all, none over 100 a list.
fn case_at_the_bounds() -> String {
    let mut seed = 0;
    let mut next = || {
        seed += 1;
        value_at_the_bound(seed)
    };
    let mut list = |n: usize, item: &dyn Fn(String) -> String| {
        let items: Vec<String> = (0..n).map(|_| item(next())).collect();
        format!("[{}]", items.join(", "))
    };
    let plain = |v: String| v;
    let sender_address = list(10, &plain);
    let client_address = list(10, &plain);
    let invoices = list(50, &|v| {
        format!("{{number: {v}, amount: 1200.50, currency: EUR, due: 2026-12-01}}")
    });
    let deliverables = list(100, &|v| format!("{{item: {v}, by: 2026-12-10}}"));
    let handover = list(50, &plain);
    let continuing = list(30, &plain);
    let v: Vec<String> = (100..116).map(value_at_the_bound).collect();
    format!(
        "language: en\ndate: 2026-11-23\nreason: fit\n\
         sender: {{name: {}, email: a@b.example, role: {}, company: {}, phone: {}, place: {}, address: {sender_address}}}\n\
         client: {{company: {}, contact: {{name: {}, surname: {}}}, email: b@c.example, address: {client_address}}}\n\
         contract: {{title: {}, reference: {}}}\n\
         notice: {{until: 2026-12-23, milestone: {}}}\n\
         referral: {{name: {}, company: {}, contact: {}}}\n\
         closeout:\n  invoices: {invoices}\n  deliverables: {deliverables}\n  handover: {handover}\n  continuing: {continuing}\n",
        v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
    )
}

/// Each limit case: a name, the bytes, the exit code expected from `letter`.
fn cases() -> Vec<(&'static str, Vec<u8>, i32)> {
    let mut laughs = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        let refs = vec![format!("*a{}", i - 1); 10].join(", ");
        laughs.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
    }
    let many_keys: String = (0..ONE_MIB / 16)
        .map(|i| format!("k{i:07}: value\n"))
        .collect();
    let unknown_fields: String = format!(
        "{{{}}}",
        (0..9000)
            .map(|i| format!("field{i}: x"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let control: String = "name: \u{1b}\u{7}\n".repeat(ONE_MIB / 12);
    let random: Vec<u8> = (0..ONE_MIB as u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let block_nesting: String = (0..4000)
        .map(|i| format!("{}k:\n", " ".repeat(i % 200)))
        .collect();
    vec![
        ("over the size limit", vec![b'#'; 2 * ONE_MIB], 65),
        (
            "flow nesting, 1 MiB",
            "[".repeat(ONE_MIB - 10).into_bytes(),
            65,
        ),
        ("block nesting", block_nesting.into_bytes(), 65),
        ("billion laughs", laughs.into_bytes(), 65),
        (
            "100k keys",
            many_keys.into_bytes()[..ONE_MIB - 1].to_vec(),
            65,
        ),
        (
            "9000 unknown fields on one line",
            unknown_fields.into_bytes(),
            65,
        ),
        ("control characters everywhere", control.into_bytes(), 65),
        ("random bytes", random, 65),
        // Once rendered (400 MB as PDF); now over the bound of a value.
        (
            "a case with a 1 MB item",
            valid_case_with_handover(&"word ".repeat(ONE_MIB / 5 - 100)).into_bytes(),
            65,
        ),
        (
            "the largest valid case",
            case_at_the_bounds().into_bytes(),
            0,
        ),
    ]
}

#[test]
fn limit_cases_finish_within_200_mb() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut report = Vec::new();
    for (name, bytes, expected) in cases() {
        assert!(bytes.len() <= 2 * ONE_MIB, "{name}");
        let path = dir.path().join("case.yaml");
        std::fs::write(&path, &bytes).expect("write case");
        for stdin in [false, true] {
            let started = Instant::now();
            let mut command = Command::new(assert_cmd::cargo::cargo_bin("adieu"));
            command
                .current_dir(root())
                .env("SOURCE_DATE_EPOCH", TODAY_EPOCH)
                .env("NO_COLOR", "1")
                .stdout(Stdio::null())
                .stderr(Stdio::piped());
            if stdin {
                command.args(["letter", "-"]).stdin(Stdio::piped());
            } else {
                command.arg("letter").arg(&path).stdin(Stdio::null());
            }
            let mut child = command.spawn().expect("adieu starts");
            // Drained while adieu runs: a report longer than the pipe holds would
            // otherwise block it, and this test would take that for a hang.
            let mut pipe = child.stderr.take().expect("stderr");
            let drain = std::thread::spawn(move || {
                let mut text = String::new();
                std::io::Read::read_to_string(&mut pipe, &mut text).expect("stderr");
                text
            });
            if stdin {
                // A closed pipe is fine: adieu may stop reading at the size limit.
                let _ = child.stdin.take().expect("stdin").write_all(&bytes);
            }
            let status = loop {
                if let Some(status) = child.try_wait().expect("wait") {
                    break status;
                }
                if started.elapsed() > HANG {
                    let _ = child.kill();
                    panic!("{name}: no answer after {HANG:?}");
                }
                std::thread::sleep(Duration::from_millis(5));
            };
            let stderr = drain.join().expect("stderr read");
            assert_eq!(status.code(), Some(expected), "{name}: {stderr}");
            if expected == 65 {
                assert!(stderr.starts_with("error["), "{name}: {stderr}");
            }
            report.push(format!(
                "{name} ({}): {:?}",
                if stdin { "stdin" } else { "file" },
                started.elapsed()
            ));
        }
    }
    // The largest valid case renders in every channel and format it can be written in.
    let path = dir.path().join("largest.yaml");
    std::fs::write(&path, case_at_the_bounds()).expect("write case");
    for (channel, formats) in [
        ("letter", &["pdf", "html", "txt", "md"][..]),
        ("email", &["html", "txt", "md", "eml"][..]),
        ("call", &["pdf", "html", "txt", "md"][..]),
    ] {
        for format in formats {
            if *format == "pdf" && !cfg!(feature = "pdf") {
                continue;
            }
            let started = Instant::now();
            let out = dir.path().join(format!("{channel}.{format}"));
            let output = Command::new(assert_cmd::cargo::cargo_bin("adieu"))
                .current_dir(root())
                .env("SOURCE_DATE_EPOCH", TODAY_EPOCH)
                .env("NO_COLOR", "1")
                .args([channel, "--no-config", "-o"])
                .arg(&out)
                .arg(&path)
                .stdin(Stdio::null())
                .output()
                .expect("adieu runs");
            assert!(
                output.status.success(),
                "the largest valid case as {channel} {format}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            assert!(std::fs::metadata(&out).expect("written").len() > 0);
            report.push(format!(
                "the largest valid case, {channel} as {format}: {:?}",
                started.elapsed()
            ));
        }
    }
    // Linux reports the peak resident size of every finished child in KiB; the
    // largest of them bounds each run.
    let peak = getrusage(UsageWho::RUSAGE_CHILDREN)
        .expect("getrusage")
        .max_rss()
        * 1024;
    eprintln!(
        "peak resident size of any run: {} MB\n{}",
        peak / (1024 * 1024),
        report.join("\n")
    );
    assert!(
        peak < MAX_RSS_BYTES,
        "a run took {} MB",
        peak / (1024 * 1024)
    );
}
