//! PDF typesetting with Typst, when adieu is built with the `pdf` feature.
//!
//! Why Typst: krilla and printpdf write good PDF but leave shaping, line breaking,
//! lists and pagination to the caller (a few hundred lines of hand-made typesetting,
//! without hyphenation patterns or Knuth–Plass breaking), while Typst does all of it
//! from a template, so the layout stays in `templates/*.typ` beside the HTML and text
//! ones. It costs build time and size (about 230 more crates; a clean debug build
//! takes about 10 CPU-minutes, a few minutes on two cores) but nothing at start-up.
//!
//! Nothing here runs unless a PDF is asked for: the fonts and Typst's standard library
//! are parsed on the first PDF of a run ([`LazyLock`]), so a text or Markdown render
//! never pays for them. The Typst world is closed: one in-memory source, the bundled
//! fonts, no file system, no packages, no system fonts, no clock.

use std::fmt::Write as _;
use std::sync::LazyLock;

use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::case::Case;
use crate::diagnostic::{Code, Diagnostic};
use crate::error::{Error, Result};

use super::PdfFacts;

/// Libertinus Serif (SIL Open Font License 1.1; see `fonts/OFL.txt`): a book face
/// whose Latin Extended coverage includes every letter of the five languages, among
/// them the Romanian comma-below ș ț and the Slovak ľ ĺ ŕ ô ä.
static FONT_FILES: [&[u8]; 3] = [
    include_bytes!("../../../fonts/LibertinusSerif-Regular.otf"),
    include_bytes!("../../../fonts/LibertinusSerif-Bold.otf"),
    include_bytes!("../../../fonts/LibertinusSerif-Italic.otf"),
];

/// The hour written into the PDF's creation date: the documents carry a day, not a
/// time, and a fixed hour keeps the bytes reproducible.
const CREATION_HOUR: u8 = 9;

/// What every PDF of a run shares: Typst's standard library and the parsed fonts.
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

static SHARED: LazyLock<Shared> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES
        .iter()
        .flat_map(|data| Font::iter(Bytes::new(*data)))
        .collect();
    Shared {
        library: LazyHash::new(Library::default()),
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    }
});

/// Typesets Typst markup (the output of a `.typ` template) into the bytes of a PDF/A-2b
/// file, with its number of pages. Any Typst warning is an error: a missing glyph or
/// font would print tofu in a letter.
pub fn typeset(template: &str, markup: &str, facts: PdfFacts<'_>) -> Result<(Vec<u8>, usize)> {
    let failed = |message: String| Error::Render {
        what: format!("templates/{template}"),
        message,
    };
    let (world, document, offset) = compile(template, markup, facts)?;
    let options = PdfOptions {
        ident: Smart::Auto,
        creator: Smart::Custom(Some("adieu".into())),
        timestamp: creation(facts.date).map(Timestamp::new_utc),
        standards: PdfStandards::new(&[PdfStandard::A_2b])
            .map_err(|e| failed(e.message().into()))?,
        ..PdfOptions::default()
    };
    let pdf = typst_pdf::pdf(&document, &options)
        .map_err(|errors| failed(describe(&world, &errors, offset)));
    // Typst memoizes across compilations; a batch of many cases must not keep every
    // layout in memory, so results unused for a few compilations are dropped.
    typst::comemo::evict(10);
    Ok((pdf?, document.pages().len()))
}

/// How many pages the markup typesets to: the layout alone, without writing a PDF
/// (about half the work of [`typeset`]).
pub fn pages(template: &str, markup: &str, facts: PdfFacts<'_>) -> Result<usize> {
    let (_, document, _) = compile(template, markup, facts)?;
    typst::comemo::evict(10);
    Ok(document.pages().len())
}

/// Lays out the markup: the world it was compiled in, the pages, and where the
/// template's markup starts in the source (after the language preamble).
fn compile(
    template: &str,
    markup: &str,
    facts: PdfFacts<'_>,
) -> Result<(LetterWorld, PagedDocument, usize)> {
    let failed = |message: String| Error::Render {
        what: format!("templates/{template}"),
        message,
    };
    let (lang, region) = match facts.lang.split_once('-') {
        Some((lang, region)) => (lang, Some(region)),
        None => (facts.lang, None),
    };
    // The language is set before the template's own rules, so that the template holds
    // layout only; the tag is one of adieu's, never user text.
    let mut main = format!("#set text(lang: \"{lang}\"");
    if let Some(region) = region.filter(|r| r.len() == 2) {
        let _ = write!(main, ", region: \"{region}\"");
    }
    main.push_str(")\n");
    let offset = main.len();
    main.push_str(markup);
    let world = LetterWorld {
        main: Source::new(file_id("/main.typ"), main),
        logo: facts
            .logo
            .map(|(path, bytes)| (file_id(path), Bytes::new(std::sync::Arc::clone(bytes)))),
    };
    let compiled = typst::compile::<PagedDocument>(&world);
    match compiled.output {
        Ok(document) if compiled.warnings.is_empty() => Ok((world, document, offset)),
        Ok(_) => Err(failed(describe(&world, &compiled.warnings, offset))),
        Err(errors) => Err(failed(describe(&world, &errors, offset))),
    }
}

/// The characters of a case that the bundled fonts cannot show, one diagnostic per
/// value, located at its field. Typst would stop at the first with an error pointing
/// at the template (exit 70, possibly after other documents of a batch were written),
/// so this runs in the checking phase of every PDF render. A character counts as shown
/// only if every face has it: any value may be set in bold or italics.
pub fn unsupported_characters(case: &Case) -> Vec<Diagnostic> {
    let fonts = &SHARED.fonts;
    let shown = |c: char| {
        c == ' '
            || fonts
                .iter()
                .all(|f| f.info().coverage.contains(u32::from(c)))
    };
    let mut problems = Vec::new();
    for (path, text) in crate::case::text_fields(case) {
        if let Some(c) = text.chars().find(|&c| !shown(c)) {
            let others = text.chars().filter(|&d| d != c && !shown(d)).count();
            let more = if others > 0 {
                format!(" (and {others} other character(s) it lacks)")
            } else {
                String::new()
            };
            problems.push(
                Diagnostic::new(
                    Code::UnsupportedCharacter,
                    format!(
                        "{path} contains `{c}` (U+{:04X}), which the PDF font, Libertinus Serif, cannot show{more}",
                        u32::from(c)
                    ),
                )
                .at_path(path)
                .with_help("the font covers Latin, Greek and Cyrillic: write the value in those letters, or render as html, text or markdown, which show any character"),
            );
        }
    }
    problems
}

/// The document date at [`CREATION_HOUR`] UTC.
fn creation(date: &str) -> Option<Datetime> {
    let date: jiff::civil::Date = date.parse().ok()?;
    Datetime::from_ymd_hms(
        i32::from(date.year()),
        u8::try_from(date.month()).ok()?,
        u8::try_from(date.day()).ok()?,
        CREATION_HOUR,
        0,
        0,
    )
}

/// The one Typst source of a document, the bundled fonts and the letterhead's logo.
struct LetterWorld {
    main: Source,
    logo: Option<(FileId, Bytes)>,
}

fn file_id(path: &str) -> FileId {
    // The path is a constant of this module, always a valid virtual path.
    let path = VirtualPath::new(path).unwrap_or_else(|_| unreachable!("{path} is a valid path"));
    RootedPath::new(VirtualRoot::Project, path).intern()
}

impl World for LetterWorld {
    fn library(&self) -> &LazyHash<Library> {
        &SHARED.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &SHARED.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotFound(id.vpath().get_without_slash().into()))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        match &self.logo {
            Some((logo, bytes)) if *logo == id => Ok(bytes.clone()),
            _ => Err(FileError::NotFound(id.vpath().get_without_slash().into())),
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        SHARED.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        // Documents carry their own date, already written out by the localizer.
        None
    }
}

/// Typst diagnostics as one message, with the line in the rendered template.
fn describe(world: &LetterWorld, diagnostics: &[SourceDiagnostic], offset: usize) -> String {
    let lines = world.main.lines();
    diagnostics
        .iter()
        .map(|diagnostic| {
            let mut text = diagnostic.message.to_string();
            if let Some(range) = world.range(diagnostic.span)
                && let Some(line) = lines.byte_to_line(range.start.max(offset))
            {
                let first = lines.byte_to_line(offset).unwrap_or(0);
                let _ = write!(text, " (line {} of the rendered markup)", line - first + 1);
            }
            for hint in &diagnostic.hints {
                let _ = write!(text, "; hint: {}", hint.v);
            }
            text
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::pdf::tests::escape;

    /// The coverage check must not let through a character Typst then refuses: every
    /// character it accepts (and validation does not refuse) typesets, in every face.
    #[test]
    fn every_character_the_fonts_cover_typesets() {
        let fonts = &SHARED.fonts;
        let covered: String = (0..=0x10FFFF_u32)
            .filter_map(char::from_u32)
            .filter(|&c| !crate::diagnostic::is_unprintable(c))
            .filter(|&c| {
                fonts
                    .iter()
                    .all(|f| f.info().coverage.contains(u32::from(c)))
            })
            .collect();
        assert!(
            covered.chars().count() > 1000,
            "{}",
            covered.chars().count()
        );
        let text = escape(&covered);
        let markup = format!("{text}\n\n*{text}*\n\n_{text}_\n");
        let facts = PdfFacts {
            lang: "en",
            date: "2026-11-23",
            logo: None,
        };
        typeset("test.typ", &markup, facts).unwrap();
    }

    #[test]
    fn escaped_markup_typesets_without_error() {
        let markup = escape("= #x $y$ // z /* <l> @r 'q' \"d\" -- ~ \\u{41} - 1. + [a](b) `c`");
        let facts = PdfFacts {
            lang: "sk",
            date: "2026-11-23",
            logo: None,
        };
        let (pdf, pages) = typeset("test.typ", &markup, facts).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        assert_eq!(pages, 1);
        assert_eq!(pages, super::pages("test.typ", &markup, facts).unwrap());
        assert_eq!(pdf, typeset("test.typ", &markup, facts).unwrap().0);
    }
}
