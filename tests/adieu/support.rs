//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The repository root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The examples are dated 2026-11-23; fixing today to that day keeps the advice about
/// dates in the past from appearing as the calendar moves on.
pub const TODAY_EPOCH: &str = "1795435200";

/// The adieu binary, run from the repository root with no config file, no colour and
/// today fixed, whatever the machine running the tests has in its home folder.
pub fn adieu() -> Command {
    adieu_in(root(), Path::new("/dev/null/adieu-test-home"))
}

/// The adieu binary run in `dir`, with `home` standing for the user's config and
/// data folders (`home/config/adieu/config.yaml` is the usual config file).
pub fn adieu_in(dir: &Path, home: &Path) -> Command {
    let mut command = Command::cargo_bin("adieu").expect("the adieu binary is built");
    command
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", TODAY_EPOCH)
        .env_remove("ADIEU_CONFIG")
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("NO_COLOR", "1");
    command
}

/// The text a command printed on stdout.
pub fn stdout_of(command: &mut Command) -> String {
    let output = command.output().expect("adieu runs");
    assert!(
        output.status.success(),
        "{:?} failed: {}",
        command,
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("stdout is UTF-8")
}

/// Every example case file, sorted.
pub fn examples() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .expect("examples/ exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
}

/// The five languages adieu writes.
pub const LANGUAGES: [&str; 5] = ["en", "es", "fr", "ro", "sk"];

/// Compares `actual` with the golden file, or rewrites it when `UPDATE_GOLDEN` is set.
/// Returns a readable difference when they differ.
pub fn check_golden(path: &Path, actual: &str) -> Result<(), String> {
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().expect("golden files live in a folder"))
            .expect("create golden folder");
        std::fs::write(path, actual).expect("write golden file");
        return Ok(());
    }
    let expected = std::fs::read_to_string(path).map_err(|e| {
        format!(
            "{}: {e} (run with UPDATE_GOLDEN=1 to create it)",
            path.display()
        )
    })?;
    if expected == actual {
        return Ok(());
    }
    let (expected_lines, actual_lines): (Vec<_>, Vec<_>) =
        (expected.lines().collect(), actual.lines().collect());
    let first = expected_lines
        .iter()
        .zip(&actual_lines)
        .position(|(e, a)| e != a)
        .unwrap_or(expected_lines.len().min(actual_lines.len()));
    let show = |lines: &[&str]| {
        lines
            .iter()
            .enumerate()
            .skip(first.saturating_sub(2))
            .take(5)
            .map(|(i, line)| format!("    {:>4} | {line}", i + 1))
            .collect::<Vec<_>>()
            .join("\n")
    };
    Err(format!(
        "{} differs from line {}:\n  expected:\n{}\n  actual:\n{}\n(review the change, then run with UPDATE_GOLDEN=1 to accept it)",
        path.display(),
        first + 1,
        show(&expected_lines),
        show(&actual_lines)
    ))
}

/// Renders an example (or any case file) as `channel` in `format`, in its own
/// language or in `language`, dated 2026-11-23 when the case gives no date. Fails
/// the test when a message had to be taken from English.
pub fn render(
    case: &Path,
    channel: adieu::render::Channel,
    format: adieu::render::Format,
    language: Option<&str>,
) -> adieu::render::Document {
    use adieu::case::Overrides;
    use adieu::compose::Composer;
    use adieu::input::Source;
    use adieu::l10n::Catalog;

    let source = Source::read(case).expect("case is readable");
    let composer = Composer::new(channel, format, Catalog::embedded());
    let overrides = Overrides {
        language,
        date: None,
        today: jiff::civil::date(2026, 11, 23),
    };
    match composer.compose(&source, overrides) {
        Ok(composed) => {
            assert!(
                composed.notes.iter().all(|n| !n.contains("missing")),
                "{}: {:?}",
                case.display(),
                composed.notes
            );
            composed.document
        }
        Err(error) => panic!(
            "{} ({channel}, {format}, {language:?}): {error:?}",
            case.display()
        ),
    }
}

#[cfg(feature = "pdf")]
/// The text of a PDF, page by page, as an independent reader (lopdf) extracts it
/// from the content streams and the fonts' ToUnicode maps.
pub fn pdf_text(pdf: &[u8]) -> String {
    let document = lopdf::Document::load_mem(pdf).expect("a PDF lopdf can read");
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    let mut text = String::new();
    for page in pages {
        if page > 1 {
            text.push_str(&format!("\n----- page {page} -----\n"));
        }
        text.push_str(&document.extract_text(&[page]).expect("extractable text"));
    }
    text
}

/// Text with every run of whitespace (no-break spaces included) made one space, for
/// searching across the line breaks of a typeset page.
pub fn flat(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '\u{A0}' || c == '\u{202F}')
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The paragraphs of a Word file, part by part (the headers and footers, then the
/// body), one per line with its style: `[Subject] Re: …`. A
/// line break inside a paragraph shows as ` / `. Read with the zip crate and
/// quick-xml, not with the writer's own types.
pub fn docx_text(docx: &[u8]) -> String {
    use quick_xml::events::Event;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip archive");
    let mut parts: Vec<String> = (0..archive.len())
        .map(|i| archive.by_index(i).expect("an entry").name().to_owned())
        .filter(|name| {
            name.starts_with("word/")
                && name.ends_with(".xml")
                && !name.contains("_rels")
                && (name.contains("header")
                    || name.contains("footer")
                    || name == "word/document.xml")
        })
        .collect();
    // Headers and footers first, in the order of their names (docx-rs numbers the
    // first page's header 1).
    parts.sort_by_key(|name| (name == "word/document.xml", name.clone()));
    let mut text = String::new();
    for name in parts {
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut archive.by_name(&name).expect("part"), &mut xml)
            .expect("UTF-8 XML");
        text.push_str(&format!("----- {name} -----\n"));
        let mut reader = quick_xml::Reader::from_str(&xml);
        let (mut style, mut line, mut in_text) = (String::new(), String::new(), false);
        loop {
            match reader.read_event().expect("well-formed XML") {
                Event::Start(e) if e.name().as_ref() == b"w:p" => {
                    style = "Normal".into();
                    line.clear();
                }
                Event::Start(e) if e.name().as_ref() == b"w:t" => in_text = true,
                Event::End(e) if e.name().as_ref() == b"w:t" => in_text = false,
                Event::Empty(e) if e.name().as_ref() == b"w:pStyle" => {
                    style = e
                        .try_get_attribute("w:val")
                        .expect("attribute")
                        .expect("a style id")
                        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .expect("value")
                        .into_owned();
                }
                Event::Empty(e) if e.name().as_ref() == b"w:br" => line.push_str(" / "),
                Event::Text(t) if in_text => line.push_str(&t.decode().expect("text")),
                Event::GeneralRef(r) if in_text => match r.resolve_char_ref().expect("reference") {
                    Some(c) => line.push(c),
                    None => line.push_str(
                        quick_xml::escape::resolve_predefined_entity(&r.decode().expect("name"))
                            .expect("one of XML's five entities"),
                    ),
                },
                Event::End(e) if e.name().as_ref() == b"w:p" => {
                    text.push_str(&format!("[{style}] {line}\n"));
                }
                Event::Empty(e) if e.name().as_ref() == b"w:p" => text.push_str("[Normal]\n"),
                Event::Eof => break,
                _ => {}
            }
        }
    }
    text
}

/// Writes or compares a golden file of bytes, such as a Word file.
pub fn check_golden_bytes(path: &Path, actual: &[u8]) -> Result<(), String> {
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(path, actual).expect("write golden file");
        return Ok(());
    }
    let expected = std::fs::read(path).map_err(|e| {
        format!(
            "{}: {e} (run with UPDATE_GOLDEN=1 to create it)",
            path.display()
        )
    })?;
    if expected == actual {
        Ok(())
    } else {
        Err(format!(
            "{}: the bytes differ from the golden file (run with UPDATE_GOLDEN=1 and review the diff of its .txt)",
            path.display()
        ))
    }
}
