//! Your own letterhead, without writing templates: a logo (PNG or SVG), an accent
//! colour and the legal lines of the footer, from the case file or the config file.
//!
//! The logo is read when the file that names it is loaded, relative to that file,
//! and checked without an image library: a PNG by its signature and the size in
//! its IHDR header, an SVG by its root element. A missing, foreign or oversized
//! file is an error located at `letterhead.logo` in the file that names it (a config
//! error, 78, or a case error, 65), so nothing fails later, halfway through a batch.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use schemars::JsonSchema;
use serde::Deserialize;

use crate::diagnostic::{Code, Diagnostic};

/// The largest logo file adieu embeds.
pub const MAX_LOGO_BYTES: u64 = 512 * 1024;
/// The most pixels a PNG logo may have on a side.
pub const MAX_LOGO_PIXELS: u32 = 4096;
/// The most footer lines: they share the bottom margin.
pub const MAX_FOOTER_LINES: usize = 4;

/// The letterhead of the letter (PDF and HTML): a logo at the top right, an accent
/// colour on the subject line and the rules, and footer lines at the page bottom.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Letterhead {
    /// Your logo: a PNG or SVG file of at most 512 KiB (a PNG at most 4096 pixels a
    /// side), relative to the file that names it. Set at the top right, above the
    /// address window.
    #[schemars(extend("x-adieu-check" = crate::schema::PATH))]
    pub logo: Option<PathBuf>,
    /// The accent colour of the subject line and the rules, as `#RRGGBB`.
    #[schemars(extend("x-adieu-check" = crate::schema::COLOUR))]
    pub accent: Option<String>,
    /// Up to four lines at the bottom of every page: your registration number, VAT
    /// id, bank details.
    #[serde(default)]
    pub footer: Vec<String>,
    /// The logo's file, read and checked when the file naming it was loaded.
    #[serde(skip)]
    #[schemars(skip)]
    pub image: Option<Logo>,
}

/// A logo read and checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logo {
    /// The file's bytes, shared between the documents of a run.
    pub bytes: Arc<[u8]>,
    /// PNG or SVG.
    pub kind: LogoKind,
}

/// The image formats a logo may be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogoKind {
    /// A PNG image.
    Png,
    /// An SVG drawing.
    Svg,
}

impl LogoKind {
    /// The media type, for a `data:` URI or a package part.
    pub fn mime(self) -> &'static str {
        match self {
            LogoKind::Png => "image/png",
            LogoKind::Svg => "image/svg+xml",
        }
    }

    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            LogoKind::Png => "png",
            LogoKind::Svg => "svg",
        }
    }
}

impl Letterhead {
    /// Reads the logo the letterhead names, relative to `folder` (that of the file
    /// naming it); a problem with it, at `letterhead.logo`.
    pub fn read_logo(&mut self, folder: &Path) -> Option<Diagnostic> {
        let written = self.logo.as_ref()?;
        let path = if written.is_relative() {
            folder.join(written)
        } else {
            written.clone()
        };
        match read(&path, written) {
            Ok(logo) => {
                self.image = Some(logo);
                None
            }
            Err((message, help)) => Some(
                Diagnostic::new(Code::InvalidLogo, message)
                    .at_path("letterhead.logo")
                    .with_help(help),
            ),
        }
    }
}

/// The folder a file's relative paths start from: the file's own, or the current
/// one for standard input.
pub fn folder_of(name: &str) -> PathBuf {
    match Path::new(name).parent() {
        Some(parent) if name != "<stdin>" => parent.to_path_buf(),
        _ => PathBuf::new(),
    }
}

/// Reads and checks a logo file: the message and the fix when it will not do.
fn read(path: &Path, written: &Path) -> Result<Logo, (String, String)> {
    let shown = written.display();
    let file = std::fs::File::open(path).map_err(|e| {
        let why = if e.kind() == std::io::ErrorKind::NotFound {
            "there is no such file".to_owned()
        } else {
            crate::input::os_reason(&e)
        };
        (
            format!("the logo `{shown}` cannot be read: {why}"),
            "name a PNG or SVG file; a relative path starts from the folder of the file that names it".to_owned(),
        )
    })?;
    let too_large = |size: u64| {
        (
            format!(
                "the logo `{shown}` is {} KiB, more than the {} KiB a logo may be",
                size.div_ceil(1024),
                MAX_LOGO_BYTES / 1024
            ),
            "export it smaller: 600 pixels across is plenty for print, or use SVG".to_owned(),
        )
    };
    if let Ok(metadata) = file.metadata() {
        if metadata.is_dir() {
            return Err((
                format!("the logo `{shown}` is a folder"),
                "name the image file itself".to_owned(),
            ));
        }
        if metadata.len() > MAX_LOGO_BYTES {
            return Err(too_large(metadata.len()));
        }
    }
    let mut bytes = Vec::new();
    file.take(MAX_LOGO_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| {
            (
                format!(
                    "the logo `{shown}` cannot be read: {}",
                    crate::input::os_reason(&e)
                ),
                "name a PNG or SVG file you may read".to_owned(),
            )
        })?;
    if bytes.len() as u64 > MAX_LOGO_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    let kind = sniff(&bytes).map_err(|what| {
        (
            format!("the logo `{shown}` is not a PNG or SVG image: {what}"),
            "save the logo as PNG or SVG".to_owned(),
        )
    })?;
    Ok(Logo {
        bytes: bytes.into(),
        kind,
    })
}

/// A PNG's width and height in pixels, from its IHDR header (the first chunk:
/// length, type, then width and height); `None` if it is not a PNG.
pub fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let rest = bytes.strip_prefix(b"\x89PNG\r\n\x1a\n")?;
    let size = |at: usize| {
        rest.get(at..at + 4)
            .and_then(|b| b.try_into().ok())
            .map(u32::from_be_bytes)
    };
    match (rest.get(4..8), size(8), size(12)) {
        (Some(b"IHDR"), Some(width), Some(height)) => Some((width, height)),
        _ => None,
    }
}

/// The kind of image `bytes` hold, from their first bytes; else what they seem to be.
fn sniff(bytes: &[u8]) -> Result<LogoKind, String> {
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n";
    if bytes.starts_with(PNG) {
        return match png_size(bytes) {
            Some((width, height)) => {
                if (1..=MAX_LOGO_PIXELS).contains(&width) && (1..=MAX_LOGO_PIXELS).contains(&height)
                {
                    Ok(LogoKind::Png)
                } else {
                    Err(format!(
                        "its {width} × {height} pixels are more than the {MAX_LOGO_PIXELS} a side a logo may have"
                    ))
                }
            }
            None => Err("a PNG signature without its IHDR header (a damaged file)".to_owned()),
        };
    }
    if bytes.starts_with(b"\xff\xd8\xff") {
        return Err("it is a JPEG".to_owned());
    }
    if bytes.starts_with(b"GIF8") {
        return Err("it is a GIF".to_owned());
    }
    if bytes.starts_with(b"%PDF") {
        return Err("it is a PDF".to_owned());
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err("its bytes are neither a PNG nor SVG text".to_owned());
    };
    if is_svg(text) {
        Ok(LogoKind::Svg)
    } else {
        Err("it is text without an `<svg>` root element".to_owned())
    }
}

/// Whether XML text has an `<svg>` root element: past a byte-order mark, the XML
/// declaration, comments and a document type, the first element is `svg`, and the
/// text ends its element.
fn is_svg(text: &str) -> bool {
    let mut rest = text.trim_start_matches('\u{FEFF}').trim_start();
    loop {
        let skipped = if rest.starts_with("<?") {
            rest.find("?>").map(|end| &rest[end + 2..])
        } else if rest.starts_with("<!--") {
            rest.find("-->").map(|end| &rest[end + 3..])
        } else if rest.starts_with("<!") {
            rest.find('>').map(|end| &rest[end + 1..])
        } else {
            break;
        };
        match skipped {
            Some(after) => rest = after.trim_start(),
            None => return false,
        }
    }
    let opens = rest
        .strip_prefix("<svg")
        .is_some_and(|after| after.starts_with(|c: char| c.is_ascii_whitespace() || c == '>'));
    opens && (rest.trim_end().ends_with("</svg>") || rest.trim_end().ends_with("/>"))
}

/// Whether `text` is a colour as `#RRGGBB`.
pub fn is_colour(text: &str) -> bool {
    text.len() == 7 && text.starts_with('#') && text[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        bytes.extend(width.to_be_bytes());
        bytes.extend(height.to_be_bytes());
        bytes.extend([8, 6, 0, 0, 0]);
        bytes
    }

    #[test]
    fn images_are_told_by_their_first_bytes() {
        assert_eq!(sniff(&png(600, 200)), Ok(LogoKind::Png));
        assert_eq!(
            sniff(&png(5000, 200)),
            Err("its 5000 × 200 pixels are more than the 4096 a side a logo may have".into())
        );
        assert_eq!(sniff(b"\xff\xd8\xff\xe0"), Err("it is a JPEG".into()));
        let svg = "\u{FEFF}<?xml version=\"1.0\"?>\n<!-- logo -->\n<!DOCTYPE svg>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>\n";
        assert_eq!(sniff(svg.as_bytes()), Ok(LogoKind::Svg));
        assert!(sniff(b"<html><svg></svg></html>").is_err());
        assert!(sniff(b"<svgfoo/>").is_err());
        assert!(sniff(b"plain text").is_err());
    }

    #[test]
    fn colours_are_six_hex_digits() {
        assert!(is_colour("#1A5fB4"));
        for bad in ["1A5FB4", "#1A5FB", "#1A5FB4F", "#GG0000", "red"] {
            assert!(!is_colour(bad), "{bad}");
        }
    }
}
