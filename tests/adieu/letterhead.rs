//! Your own letterhead (issue 15, section 2): a logo, an accent colour and footer
//! lines from the case file or the config file, in the PDF and the HTML letter, and
//! every bad logo refused at its place in the file that names it.

use std::path::Path;

use base64::Engine as _;

use crate::support::{adieu_in, root};

fn letterhead(name: &str) -> std::path::PathBuf {
    root().join("tests/cases/letterhead").join(name)
}

/// The footer lines of tests/cases/letterhead/case.yaml.
const FOOTER: [&str; 2] = [
    "Northlight Design Ltd · Registered in England and Wales No. 09876543",
    "VAT GB 123 4567 89 · Barclays, IBAN GB33 BUKB 2020 1555 5555 55",
];

/// Renders `case` in `dir` as `format` to stdout, with `config` as the config file.
fn render(dir: &Path, case: &Path, format: &str, config: Option<&Path>) -> Vec<u8> {
    let mut command = adieu_in(dir, &dir.join("home"));
    match config {
        Some(config) => command.arg("--config").arg(config),
        None => command.arg("--no-config"),
    };
    let output = command
        .args(["letter", "--format", format])
        .arg(case)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

#[test]
fn the_html_letter_embeds_the_logo_and_shows_the_footer_and_accent() {
    let html = render(root(), &letterhead("case.yaml"), "html", None);
    let html = String::from_utf8(html).unwrap();
    let png = std::fs::read(letterhead("logo.png")).unwrap();
    let uri = format!(
        "<img class=\"logo\" src=\"data:image/png;base64,{}\" alt=\"Northlight Design Ltd\">",
        base64::engine::general_purpose::STANDARD.encode(png)
    );
    assert!(html.contains(&uri), "{html}");
    assert!(html.contains("h1 { color: #1A5FB4; }"));
    assert!(html.contains(&format!(
        "<footer class=\"legal\">{}<br>\n{}</footer>",
        FOOTER[0], FOOTER[1]
    )));
    // Nothing else is loaded from anywhere.
    assert_eq!(html.matches("src=").count(), 1);
}

#[cfg(feature = "pdf")]
#[test]
fn the_pdf_letter_has_the_logo_image_and_the_footer_on_one_page() {
    let pdf = render(root(), &letterhead("case.yaml"), "pdf", None);
    let text = crate::support::flat(&crate::support::pdf_text(&pdf));
    for line in FOOTER {
        assert!(text.contains(line), "{line:?} not in {text}");
    }
    let document = lopdf::Document::load_mem(&pdf).unwrap();
    assert_eq!(document.get_pages().len(), 1);
    let images = document
        .objects
        .values()
        .filter_map(|object| object.as_stream().ok())
        .filter(|stream| {
            stream
                .dict
                .get(b"Subtype")
                .and_then(|s| s.as_name())
                .is_ok_and(|s| s == b"Image")
        })
        .map(|stream| {
            let size = |key: &[u8]| stream.dict.get(key).and_then(|v| v.as_i64()).unwrap();
            (size(b"Width"), size(b"Height"))
        })
        .collect::<Vec<_>>();
    assert_eq!(images, [(240, 80)]);
}

/// A config file's logo is found next to the config file, wherever the case is,
/// and an SVG is embedded as one.
#[test]
fn a_config_files_svg_logo_is_relative_to_the_config_file() {
    let dir = tempfile::tempdir().unwrap();
    let settings = dir.path().join("settings");
    std::fs::create_dir(&settings).unwrap();
    std::fs::copy(letterhead("logo.svg"), settings.join("brand.svg")).unwrap();
    let config = settings.join("config.yaml");
    std::fs::write(
        &config,
        "letterhead:\n  logo: brand.svg\n  footer: [\"Registered in England No. 09876543\"]\n",
    )
    .unwrap();
    let case = root().join("examples/en-capacity.yaml");
    let html = String::from_utf8(render(dir.path(), &case, "html", Some(&config))).unwrap();
    assert!(html.contains("src=\"data:image/svg+xml;base64,"));
    assert!(html.contains("<footer class=\"legal\">Registered in England No. 09876543</footer>"));
    if cfg!(feature = "pdf") {
        let pdf = render(dir.path(), &case, "pdf", Some(&config));
        let text = crate::support::flat(&String::from_utf8_lossy(&pdf));
        assert!(pdf.starts_with(b"%PDF-"), "{text}");
    }
}

/// Each bad logo, from a case file (65) and from a config file (78): where it is
/// named, what is wrong and what to do.
#[test]
fn a_bad_logo_is_refused_at_its_place_with_a_fix() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        letterhead("not-an-image.png"),
        dir.path().join("not-an-image.png"),
    )
    .unwrap();
    std::fs::write(dir.path().join("large.png"), vec![0u8; 600 * 1024]).unwrap();
    let mut huge = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    huge.extend(20_000u32.to_be_bytes());
    huge.extend(300u32.to_be_bytes());
    std::fs::write(dir.path().join("huge.png"), huge).unwrap();
    std::fs::write(dir.path().join("photo.jpg"), b"\xff\xd8\xff\xe0\0\x10JFIF").unwrap();
    let case = std::fs::read_to_string(letterhead("case.yaml")).unwrap();
    let cases = [
        (
            "missing.png",
            "the logo `missing.png` cannot be read: there is no such file",
            "name a PNG or SVG file; a relative path starts from the folder of the file that names it",
        ),
        (
            "not-an-image.png",
            "the logo `not-an-image.png` is not a PNG or SVG image: it is text without an `<svg>` root element",
            "save the logo as PNG or SVG",
        ),
        (
            "photo.jpg",
            "the logo `photo.jpg` is not a PNG or SVG image: it is a JPEG",
            "save the logo as PNG or SVG",
        ),
        (
            "large.png",
            "the logo `large.png` is 600 KiB, more than the 512 KiB a logo may be",
            "export it smaller: 600 pixels across is plenty for print, or use SVG",
        ),
        (
            "huge.png",
            "the logo `huge.png` is not a PNG or SVG image: its 20000 × 300 pixels are more than the 4096 a side a logo may have",
            "save the logo as PNG or SVG",
        ),
    ];
    for (file, message, help) in cases {
        let name = format!("{file}.yaml");
        std::fs::write(
            dir.path().join(&name),
            case.replace("logo: logo.png", &format!("logo: {file}")),
        )
        .unwrap();
        let output = adieu_in(dir.path(), &dir.path().join("home"))
            .args(["--no-config", "letter", &name])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(65), "{file}");
        let column = 9;
        let expected = format!(
            "error[invalid-logo]: {message} (in `letterhead.logo`)\n  --> {name}:49:{column}\n"
        );
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.starts_with(&expected), "{stderr}");
        assert!(
            stderr.ends_with(&format!("   = help: {help}\n")),
            "{stderr}"
        );

        // The same file named by a config file: a config error, exit 78.
        let config = dir.path().join("config.yaml");
        std::fs::write(&config, format!("letterhead:\n  logo: {file}\n")).unwrap();
        let output = adieu_in(root(), &dir.path().join("home"))
            .arg("--config")
            .arg(&config)
            .args(["letter", "examples/en-capacity.yaml"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(78), "{file}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(
            stderr.starts_with(&format!(
                "error[invalid-logo]: {message} (in `letterhead.logo`)\n --> {}:2:9\n",
                config.display()
            )),
            "{stderr}"
        );
    }
}

#[test]
fn the_accent_is_a_colour_and_the_footer_fits_under_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let case = std::fs::read_to_string(letterhead("case.yaml")).unwrap();
    let bad = case
        .replace("accent: \"#1a5fb4\"", "accent: blue")
        .replace("  logo: logo.png\n", "")
        + "    - Line 3\n    - Line 4\n    - Line 5\n";
    std::fs::write(dir.path().join("case.yaml"), bad).unwrap();
    let output = adieu_in(dir.path(), &dir.path().join("home"))
        .args(["--no-config", "check", "case.yaml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(65));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains(
            "error[invalid-value]: `blue` is not a colour written `#RRGGBB` (in `letterhead.accent`)\n"
        ),
        "{stderr}"
    );
    // The shape is checked first; once the colour is right, the footer's length.
    let fixed = std::fs::read_to_string(dir.path().join("case.yaml"))
        .unwrap()
        .replace("accent: blue", "accent: \"#1A5FB4\"");
    std::fs::write(dir.path().join("case.yaml"), fixed).unwrap();
    let output = adieu_in(dir.path(), &dir.path().join("home"))
        .args(["--no-config", "check", "case.yaml"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains(
            "error[too-many-items]: letterhead.footer has 5 lines; at most 4 fit under a page\n  --> case.yaml:50:3\n"
        ),
        "{stderr}"
    );
}
