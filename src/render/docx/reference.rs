//! `--reference-doc FILE.docx` (pandoc's convention): a firm's own Word file whose
//! styles, theme, header and footer the Word output takes, so that an existing
//! letterhead template works as it is.
//!
//! The reference's styles win where it defines the same style ids as adieu's sheet
//! (`Normal`, `Heading1`, `ListBullet`…); adieu's own styles are added for the ids it
//! lacks, so every paragraph still has a style. Its numbering comes along for the
//! styles that use it, beside adieu's lists. When the reference has a header or a
//! footer, those of its last section replace adieu's (the letterhead, the
//! continuation header), with the images they show. Its body text is not used.
//!
//! The reference is read and checked once per run, before any document is written;
//! each Word file is then rewritten from docx-rs's archive, entry by entry, with the
//! archive's fixed timestamps, so the same case and reference give the same bytes.

use std::io::{Cursor, Read, Write};
use std::path::Path;

use zip::ZipArchive;
use zip::write::SimpleFileOptions;

use crate::error::{Error, Reason, Result};

/// A reference larger than this is no letterhead template.
const MAX_BYTES: u64 = 20 * 1024 * 1024;

const HEADER_TYPE: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
const FOOTER_TYPE: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
const THEME_TYPE: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme";
const HEADER_CONTENT: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
const FOOTER_CONTENT: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
const THEME_CONTENT: &str = "application/vnd.openxmlformats-officedocument.theme+xml";

/// What a Word file lends the output.
#[derive(Debug, Clone)]
pub struct Reference {
    styles: String,
    numbering: Option<String>,
    theme: Option<Vec<u8>>,
    /// The header and footer parts of its last section, as `<w:headerReference …>`
    /// elements point at them.
    margins: Vec<Margin>,
    /// `<w:titlePg/>`: a first page with a header of its own.
    title_page: bool,
    /// The images and other parts the headers and footers use, by their path in the
    /// output (`word/media/reference-…`).
    media: Vec<(String, Vec<u8>)>,
}

/// A header or footer of the reference.
#[derive(Debug, Clone)]
struct Margin {
    /// `header` or `footer`.
    kind: &'static str,
    /// `default`, `first` or `even`.
    placement: String,
    /// Its XML.
    xml: Vec<u8>,
    /// Its relationships, with targets renamed as in `media`.
    rels: Option<String>,
}

impl Reference {
    /// Reads and checks a reference document. A file that cannot be read is exit 66;
    /// one that is not a Word file says so (exit 78: it is the user's layout, like a
    /// template folder).
    pub fn read(path: &Path) -> Result<Reference> {
        let unreadable = |reason: Reason| Error::ReadInput {
            path: path.to_owned(),
            reason,
        };
        let metadata = std::fs::metadata(path).map_err(|e| unreadable(Reason::Io(e)))?;
        if !metadata.is_file() {
            return Err(unreadable(Reason::Refused("it is not a file".into())));
        }
        if metadata.len() > MAX_BYTES {
            return Err(Error::ReferenceDoc {
                path: path.to_owned(),
                message: format!(
                    "it is {} MiB; a reference document is at most 20 MiB",
                    metadata.len() / (1024 * 1024)
                ),
            });
        }
        let bytes = std::fs::read(path).map_err(|e| unreadable(Reason::Io(e)))?;
        Reference::from_bytes(&bytes).map_err(|message| Error::ReferenceDoc {
            path: path.to_owned(),
            message,
        })
    }

    fn from_bytes(bytes: &[u8]) -> Result<Reference, String> {
        let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(|_| {
            "it is not a Word document (.docx): it is not even a zip archive; save it from Word as .docx".to_owned()
        })?;
        let styles = text(&mut archive, "word/styles.xml")?.ok_or(
            "it has no styles (word/styles.xml): save it from Word or LibreOffice as a Word document (.docx)"
                .to_owned(),
        )?;
        well_formed("word/styles.xml", &styles)?;
        let numbering = text(&mut archive, "word/numbering.xml")?;
        if let Some(numbering) = &numbering {
            well_formed("word/numbering.xml", numbering)?;
        }
        let document = text(&mut archive, "word/document.xml")?
            .ok_or("it has no document (word/document.xml)".to_owned())?;
        well_formed("word/document.xml", &document)?;
        let rels = text(&mut archive, "word/_rels/document.xml.rels")?.unwrap_or_default();
        let relationships = relationships(&rels);
        let theme = relationships
            .iter()
            .find(|r| r.kind == THEME_TYPE)
            .map(|r| raw(&mut archive, &format!("word/{}", r.target)))
            .transpose()?
            .flatten();
        let section = document
            .rfind("<w:sectPr")
            .map_or("", |start| &document[start..]);
        let mut margins = Vec::new();
        let mut media = Vec::new();
        for (kind, element) in [
            ("header", "<w:headerReference"),
            ("footer", "<w:footerReference"),
        ] {
            for reference in elements(section, element) {
                let (Some(placement), Some(id)) =
                    (attribute(reference, "w:type"), attribute(reference, "r:id"))
                else {
                    continue;
                };
                let Some(target) = relationships.iter().find(|r| r.id == id) else {
                    return Err(format!("its {kind} `{id}` has no relationship"));
                };
                let part = format!("word/{}", target.target);
                let xml = raw(&mut archive, &part)?
                    .ok_or_else(|| format!("its {kind} {part} is missing"))?;
                well_formed(&part, &String::from_utf8_lossy(&xml))?;
                let rels_path = format!("word/_rels/{}.rels", target.target);
                let rels = match text(&mut archive, &rels_path)? {
                    Some(rels) => Some(rename_media(&rels, &mut archive, &mut media)?),
                    None => None,
                };
                margins.push(Margin {
                    kind,
                    placement: placement.to_owned(),
                    xml,
                    rels,
                });
            }
        }
        Ok(Reference {
            styles,
            numbering,
            theme,
            margins,
            title_page: section.contains("<w:titlePg"),
            media,
        })
    }

    /// The Word file `ours` with the reference's styles, numbering, theme, header
    /// and footer, and the document's language `lang` on the default run properties.
    pub fn apply(&self, ours: &[u8], lang: &str) -> Result<Vec<u8>, String> {
        let mut archive =
            ZipArchive::new(Cursor::new(ours)).map_err(|e| format!("docx-rs's archive: {e}"))?;
        let mut entries = Vec::with_capacity(archive.len());
        for i in 0..archive.len() {
            let mut entry = archive.by_index(i).map_err(|e| e.to_string())?;
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).map_err(|e| e.to_string())?;
            entries.push((entry.name().to_owned(), entry.is_dir(), bytes));
        }
        let get = |name: &str| {
            entries
                .iter()
                .find(|(n, _, _)| n == name)
                .map(|(_, _, bytes)| String::from_utf8_lossy(bytes).into_owned())
                .unwrap_or_default()
        };
        let styles = super::package::with_language(
            merge_styles(&self.styles, &get("word/styles.xml")).as_bytes(),
            lang,
        )?;
        let numbering = self
            .numbering
            .as_ref()
            .map(|theirs| merge_numbering(theirs, &get("word/numbering.xml")));
        let mut rels = get("word/_rels/document.xml.rels");
        let mut types = get("[Content_Types].xml");
        let mut document = get("word/document.xml");
        let mut added: Vec<(String, Vec<u8>)> = Vec::new();
        if !self.margins.is_empty() {
            // A reference with a header replaces adieu's (the letterhead, the
            // continuation header); one with only a footer keeps them.
            let headers = self.margins.iter().any(|m| m.kind == "header");
            if headers {
                entries.retain(|(name, _, _)| {
                    !(name.starts_with("word/header") || name.starts_with("word/_rels/header"))
                });
                rels = remove_relationships(&rels, HEADER_TYPE);
                types = types
                    .split("<Override ")
                    .filter(|o| !o.contains("PartName=\"/word/header"))
                    .collect::<Vec<_>>()
                    .join("<Override ");
            }
            let mut references = String::new();
            for (i, margin) in self.margins.iter().enumerate() {
                let name = format!("reference-{}{}.xml", margin.kind, i + 1);
                let id = format!("rIdReference{}", i + 1);
                let (kind, content) = match margin.kind {
                    "header" => (HEADER_TYPE, HEADER_CONTENT),
                    _ => (FOOTER_TYPE, FOOTER_CONTENT),
                };
                rels = add_relationship(&rels, &id, kind, &name);
                types = add_override(&types, &format!("/word/{name}"), content);
                references.push_str(&format!(
                    r#"<w:{}Reference w:type="{}" r:id="{id}" />"#,
                    margin.kind, margin.placement
                ));
                added.push((format!("word/{name}"), margin.xml.clone()));
                if let Some(margin_rels) = &margin.rels {
                    added.push((
                        format!("word/_rels/{name}.rels"),
                        margin_rels.clone().into_bytes(),
                    ));
                }
            }
            let title_page = headers.then_some(self.title_page);
            document = with_section_references(&document, &references, title_page)?;
            for (path, bytes) in &self.media {
                if let Some(extension) = Path::new(path).extension() {
                    types = add_default(&types, &extension.to_string_lossy());
                }
                added.push((path.clone(), bytes.clone()));
            }
        }
        if let Some(theme) = &self.theme
            && !entries.iter().any(|(n, _, _)| n.starts_with("word/theme/"))
        {
            rels = add_relationship(&rels, "rIdReferenceTheme", THEME_TYPE, "theme/theme1.xml");
            types = add_override(&types, "/word/theme/theme1.xml", THEME_CONTENT);
            added.push(("word/theme/theme1.xml".into(), theme.clone()));
        }
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options =
            SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, is_dir, bytes) in &entries {
            if *is_dir {
                out.add_directory(name.as_str(), options)
                    .map_err(|e| e.to_string())?;
                continue;
            }
            let replaced: Option<&[u8]> = match name.as_str() {
                "word/styles.xml" => Some(&styles),
                "word/numbering.xml" => numbering.as_ref().map(|n| n.as_bytes()),
                "word/_rels/document.xml.rels" => Some(rels.as_bytes()),
                "[Content_Types].xml" => Some(types.as_bytes()),
                "word/document.xml" => Some(document.as_bytes()),
                _ => None,
            };
            out.start_file(name.as_str(), options)
                .map_err(|e| e.to_string())?;
            out.write_all(replaced.unwrap_or(bytes))
                .map_err(|e| e.to_string())?;
        }
        for (name, bytes) in &added {
            out.start_file(name.as_str(), options)
                .map_err(|e| e.to_string())?;
            out.write_all(bytes).map_err(|e| e.to_string())?;
        }
        Ok(out.finish().map_err(|e| e.to_string())?.into_inner())
    }
}

/// A part of the archive as text, if it is there.
fn text(archive: &mut ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<Option<String>, String> {
    raw(archive, name)?
        .map(|bytes| String::from_utf8(bytes).map_err(|_| format!("{name} is not UTF-8")))
        .transpose()
}

/// A part of the archive, if it is there; a part larger than the reference may be
/// is refused, whatever its archive claims.
fn raw(archive: &mut ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<Option<Vec<u8>>, String> {
    let entry = match archive.by_name(name) {
        Ok(entry) => entry,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(format!("{name} cannot be read: {e}")),
    };
    let mut bytes = Vec::new();
    entry
        .take(MAX_BYTES)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{name} cannot be read: {e}"))?;
    Ok(Some(bytes))
}

fn well_formed(name: &str, xml: &str) -> Result<(), String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => return Ok(()),
            Ok(_) => {}
            Err(e) => {
                return Err(format!(
                    "{name} is not well-formed XML at byte {}: {e}",
                    reader.error_position()
                ));
            }
        }
    }
}

/// One relationship of a `.rels` part.
struct Relationship<'a> {
    id: &'a str,
    kind: &'a str,
    target: &'a str,
}

fn relationships(rels: &str) -> Vec<Relationship<'_>> {
    elements(rels, "<Relationship ")
        .filter_map(|element| {
            Some(Relationship {
                id: attribute(element, "Id")?,
                kind: attribute(element, "Type")?,
                target: attribute(element, "Target")?,
            })
        })
        .collect()
}

/// The start tags named `start` (`<w:headerReference`, with its `<`) in `xml`.
fn elements<'a>(xml: &'a str, start: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    xml.match_indices(start).filter_map(move |(at, _)| {
        let rest = &xml[at..];
        let end = rest.find('>')?;
        let tag = &rest[..=end];
        // `<w:header` would also find `<w:headerReference`: the name must end there.
        let next = tag[start.len()..].chars().next()?;
        (start.ends_with(' ') || next.is_whitespace() || next == '/' || next == '>').then_some(tag)
    })
}

/// An attribute's value in a start tag, as written (the values read here are ids,
/// types and paths, which Word never escapes).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')?;
    Some(&tag[start..start + end])
}

/// The relationships of a header or footer with the internal parts they point at
/// (images, mostly) copied under `word/media/reference-…`, so that no name meets
/// one of adieu's.
fn rename_media(
    rels: &str,
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    media: &mut Vec<(String, Vec<u8>)>,
) -> Result<String, String> {
    let mut renamed = rels.to_owned();
    for element in elements(rels, "<Relationship ") {
        if element.contains("TargetMode=\"External\"") {
            continue;
        }
        let Some(target) = attribute(element, "Target") else {
            continue;
        };
        let file = target.rsplit('/').next().unwrap_or(target);
        let new_target = format!("media/reference-{file}");
        let source = format!("word/{}", target.trim_start_matches("../"));
        let Some(bytes) = raw(archive, &source)? else {
            return Err(format!(
                "{source}, which its header or footer shows, is missing"
            ));
        };
        let path = format!("word/{new_target}");
        if !media.iter().any(|(p, _)| *p == path) {
            media.push((path, bytes));
        }
        renamed = renamed.replace(
            &format!("Target=\"{target}\""),
            &format!("Target=\"{new_target}\""),
        );
    }
    Ok(renamed)
}

/// The reference's styles, with adieu's added for every style id it lacks.
fn merge_styles(theirs: &str, ours: &str) -> String {
    let defined: Vec<&str> = elements(theirs, "<w:style ")
        .filter_map(|tag| attribute(tag, "w:styleId"))
        .collect();
    let mut added = String::new();
    for (at, _) in ours.match_indices("<w:style ") {
        let rest = &ours[at..];
        let Some(end) = rest.find("</w:style>") else {
            continue;
        };
        let style = &rest[..end + "</w:style>".len()];
        if attribute(style, "w:styleId").is_some_and(|id| !defined.contains(&id)) {
            added.push_str(style);
        }
    }
    match theirs.rfind("</w:styles>") {
        Some(end) => format!("{}{added}{}", &theirs[..end], &theirs[end..]),
        None => theirs.to_owned(),
    }
}

/// The reference's numbering with adieu's list definitions beside it: adieu's ids
/// (see `styles.rs`) are far above the ones Word gives.
fn merge_numbering(theirs: &str, ours: &str) -> String {
    let blocks = |xml: &str, open: &str, close: &str| -> String {
        xml.match_indices(open)
            .filter_map(|(at, _)| {
                let rest = &xml[at..];
                let end = rest.find(close)? + close.len();
                let block = &rest[..end];
                let id = attribute(block, "w:abstractNumId").or(attribute(block, "w:numId"))?;
                (id.len() >= 4).then(|| block.to_owned())
            })
            .collect()
    };
    let abstracts = blocks(ours, "<w:abstractNum ", "</w:abstractNum>");
    let nums = blocks(ours, "<w:num ", "</w:num>");
    let with_abstracts = match theirs.find("<w:num ") {
        Some(at) => format!("{}{abstracts}{}", &theirs[..at], &theirs[at..]),
        None => match theirs.rfind("</w:numbering>") {
            Some(end) => format!("{}{abstracts}{}", &theirs[..end], &theirs[end..]),
            None => return theirs.to_owned(),
        },
    };
    match with_abstracts.rfind("</w:numbering>") {
        Some(end) => format!("{}{nums}{}", &with_abstracts[..end], &with_abstracts[end..]),
        None => with_abstracts,
    }
}

fn remove_relationships(rels: &str, kind: &str) -> String {
    let mut kept = rels.to_owned();
    for element in elements(rels, "<Relationship ") {
        if attribute(element, "Type") == Some(kind) {
            kept = kept.replace(element, "");
        }
    }
    kept
}

fn add_relationship(rels: &str, id: &str, kind: &str, target: &str) -> String {
    let relationship = format!(r#"<Relationship Id="{id}" Type="{kind}" Target="{target}" />"#);
    match rels.rfind("</Relationships>") {
        Some(end) => format!("{}{relationship}{}", &rels[..end], &rels[end..]),
        None => rels.to_owned(),
    }
}

fn add_override(types: &str, part: &str, content: &str) -> String {
    let element = format!(r#"<Override PartName="{part}" ContentType="{content}" />"#);
    match types.rfind("</Types>") {
        Some(end) => format!("{}{element}{}", &types[..end], &types[end..]),
        None => types.to_owned(),
    }
}

/// A `Default` content type for a media extension the package does not know yet.
fn add_default(types: &str, extension: &str) -> String {
    let extension = extension.to_ascii_lowercase();
    if types.contains(&format!("Extension=\"{extension}\"")) {
        return types.to_owned();
    }
    let content = match extension.as_str() {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "svg" => "image/svg+xml",
        "emf" => "image/x-emf",
        "wmf" => "image/x-wmf",
        _ => "application/octet-stream",
    };
    let element = format!(r#"<Default Extension="{extension}" ContentType="{content}" />"#);
    match types.find("<Override ") {
        Some(at) => format!("{}{element}{}", &types[..at], &types[at..]),
        None => add_override(types, "", content),
    }
}

/// The document's last section with the reference's header and footer references
/// first among its properties, as the schema orders them. `title_page` is the
/// reference's first-page setting when its headers replace adieu's (and adieu's
/// references go), `None` when adieu's headers stay.
fn with_section_references(
    document: &str,
    references: &str,
    title_page: Option<bool>,
) -> Result<String, String> {
    let start = document
        .rfind("<w:sectPr")
        .ok_or("the document has no section properties")?;
    let open_end = start
        + document[start..]
            .find('>')
            .ok_or("the section properties are not closed")?
        + 1;
    let end = start
        + document[start..]
            .find("</w:sectPr>")
            .ok_or("the section properties are not closed")?;
    let inner: String = document[open_end..end]
        .split('<')
        .filter(|piece| {
            !piece.is_empty()
                && !piece.starts_with("w:footerReference")
                && (title_page.is_none()
                    || !(piece.starts_with("w:headerReference") || piece.starts_with("w:titlePg")))
        })
        .map(|piece| format!("<{piece}"))
        .collect();
    let title = if title_page == Some(true) {
        "<w:titlePg />"
    } else {
        ""
    };
    Ok(format!(
        "{}{references}{inner}{title}{}",
        &document[..open_end],
        &document[end..]
    ))
}

#[cfg(test)]
mod tests;
