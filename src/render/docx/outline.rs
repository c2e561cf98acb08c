//! The outline a `.docx.xml` template lays out: which paragraphs, in which styles, in
//! which part of the page. A small XML vocabulary, so that the layout of a Word file
//! lives in `templates/` like every other format's, and every value in it has been
//! escaped by Tera's autoescape on the way in:
//!
//! ```xml
//! <document>
//!   <letterhead><p style="Logo"><logo/></p><left><p style="Sender">…</p></left><right>…</right></letterhead>
//!   <window><p style="ReturnAddress">…</p><p style="Recipient">…<br/>…</p></window>
//!   <continuation><p style="Continuation">… <page/></p></continuation>
//!   <footer><p style="Footer">…</p></footer>
//!   <p style="Subject">…</p>
//!   <p style="ListBullet">…<b>…</b><i>…</i></p>
//!   <box><p style="KeyFacts">…</p></box>
//! </document>
//! ```
//!
//! `letterhead` is the first page's header (the sender's block beside the sender's
//! address), `window` the address field of a window envelope, `continuation` the
//! header of every later page; `<page/>` is the page number there. A `box` frames
//! the paragraphs in it (the call script's key facts).

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use crate::render::PAGE_MARK;

/// One piece of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    /// Text, with its emphasis.
    Text {
        /// The text itself, unescaped.
        text: String,
        /// Inside `<b>`.
        bold: bool,
        /// Inside `<i>`.
        italic: bool,
    },
    /// `<br/>`: a new line in the same paragraph.
    Break,
    /// `<page/>`: the number of the page.
    PageNumber,
    /// `<logo/>`: the letterhead's logo, when it has one the writer can embed.
    Logo,
}

/// A paragraph and the style it takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// A style id of the style sheet (see `styles.rs`).
    pub style: String,
    /// What it says.
    pub content: Vec<Inline>,
}

/// What the document says about itself: `<document title="…" author="…">`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Properties {
    /// The title Word shows in its properties and window.
    pub title: String,
    /// Who wrote it.
    pub author: String,
}

/// The parts of a document, in the order the template wrote them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outline {
    /// The document's title and author.
    pub properties: Properties,
    /// The first page's header: what stands above the sender's blocks (the logo) …
    pub letterhead_top: Vec<Paragraph>,
    /// … the sender's block on the left …
    pub letterhead_left: Vec<Paragraph>,
    /// … and the sender's address and contact details on the right.
    pub letterhead_right: Vec<Paragraph>,
    /// The address field of a window envelope.
    pub window: Vec<Paragraph>,
    /// The header of the pages after the first.
    pub continuation: Vec<Paragraph>,
    /// The foot of every page: the letterhead's legal lines.
    pub footer: Vec<Paragraph>,
    /// The body.
    pub body: Vec<Block>,
}

/// A piece of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A paragraph on its own.
    Paragraph(Paragraph),
    /// Paragraphs in a frame.
    Box(Vec<Paragraph>),
}

/// Where the paragraphs being read go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Body,
    Top,
    Left,
    Right,
    Window,
    Continuation,
    Footer,
    Box,
}

/// Reads the outline a template produced. An error says what is wrong in words a
/// template author can act on: it is always a template's mistake, never a user's.
pub fn parse(xml: &str) -> Result<Outline, String> {
    let mut reader = Reader::from_str(xml);
    let mut outline = Outline::default();
    let mut part = Part::Body;
    let mut paragraph: Option<Paragraph> = None;
    let (mut bold, mut italic) = (0u8, 0u8);
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("at byte {}: {e}", reader.error_position()))?;
        match event {
            Event::Start(tag) => {
                let name = tag.local_name();
                match (name.as_ref(), paragraph.is_some()) {
                    (b"p", false) => {
                        paragraph = Some(Paragraph {
                            style: style_of(&tag)?,
                            content: Vec::new(),
                        });
                    }
                    (b"b", true) => bold += 1,
                    (b"i", true) => italic += 1,
                    (b"document", false) => {
                        outline.properties = Properties {
                            title: attribute(&tag, "title")?.unwrap_or_default(),
                            author: attribute(&tag, "author")?.unwrap_or_default(),
                        };
                    }
                    (b"letterhead", false) => part = Part::Top,
                    (b"left", false) => part = Part::Left,
                    (b"right", false) => part = Part::Right,
                    (b"window", false) => part = Part::Window,
                    (b"continuation", false) => part = Part::Continuation,
                    (b"footer", false) => part = Part::Footer,
                    (b"box", false) => {
                        outline.body.push(Block::Box(Vec::new()));
                        part = Part::Box;
                    }
                    (other, _) => return Err(unexpected(other)),
                }
            }
            Event::Empty(tag) => match (tag.local_name().as_ref(), paragraph.as_mut()) {
                (b"br", Some(p)) => p.content.push(Inline::Break),
                (b"page", Some(p)) => p.content.push(Inline::PageNumber),
                (b"logo", Some(p)) => p.content.push(Inline::Logo),
                (b"p", None) => outline.push(
                    part,
                    Paragraph {
                        style: style_of(&tag)?,
                        content: Vec::new(),
                    },
                ),
                (other, _) => return Err(unexpected(other)),
            },
            Event::End(tag) => match tag.local_name().as_ref() {
                b"p" => {
                    if let Some(done) = paragraph.take() {
                        outline.push(part, done);
                    }
                }
                b"b" => bold = bold.saturating_sub(1),
                b"i" => italic = italic.saturating_sub(1),
                b"left" | b"right" => part = Part::Top,
                b"letterhead" | b"window" | b"continuation" | b"footer" | b"box" => {
                    part = Part::Body;
                }
                _ => {}
            },
            Event::Text(text) => {
                let text = text.decode().map_err(|e| e.to_string())?;
                add_text(paragraph.as_mut(), &text, bold > 0, italic > 0)?;
            }
            Event::GeneralRef(reference) => {
                let mut buffer = [0u8; 4];
                let text = match reference.resolve_char_ref().map_err(|e| e.to_string())? {
                    Some(c) => &*c.encode_utf8(&mut buffer),
                    None => {
                        let name = reference.decode().map_err(|e| e.to_string())?;
                        quick_xml::escape::resolve_predefined_entity(&name)
                            .ok_or_else(|| format!("unknown entity `&{name};`"))?
                    }
                };
                add_text(paragraph.as_mut(), text, bold > 0, italic > 0)?;
            }
            Event::Eof => break,
            Event::Decl(_) | Event::Comment(_) | Event::CData(_) | Event::PI(_) => {}
            Event::DocType(_) => return Err("a document type has no place here".into()),
        }
    }
    Ok(outline)
}

impl Outline {
    fn push(&mut self, part: Part, paragraph: Paragraph) {
        match part {
            Part::Body => self.body.push(Block::Paragraph(paragraph)),
            Part::Box => match self.body.last_mut() {
                Some(Block::Box(framed)) => framed.push(paragraph),
                // `<box>` pushed the frame before any paragraph could reach it.
                _ => self.body.push(Block::Box(vec![paragraph])),
            },
            Part::Top => self.letterhead_top.push(paragraph),
            Part::Left => self.letterhead_left.push(paragraph),
            Part::Right => self.letterhead_right.push(paragraph),
            Part::Window => self.window.push(paragraph),
            Part::Continuation => self.continuation.push(paragraph),
            Part::Footer => self.footer.push(paragraph),
        }
    }
}

/// The `style` attribute of a paragraph; `Normal` without one.
fn style_of(tag: &BytesStart<'_>) -> Result<String, String> {
    Ok(attribute(tag, "style")?.unwrap_or_else(|| "Normal".to_owned()))
}

/// An attribute's value, unescaped.
fn attribute(tag: &BytesStart<'_>, name: &str) -> Result<Option<String>, String> {
    match tag.try_get_attribute(name).map_err(|e| e.to_string())? {
        Some(value) => Ok(Some(
            value
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|e| e.to_string())?
                .into_owned(),
        )),
        None => Ok(None),
    }
}

/// Text inside a paragraph joins the run before it when its emphasis is the same;
/// between paragraphs, only the template's own line breaks and indentation may stand.
/// The page mark becomes the page number.
fn add_text(
    paragraph: Option<&mut Paragraph>,
    text: &str,
    bold: bool,
    italic: bool,
) -> Result<(), String> {
    let Some(paragraph) = paragraph else {
        return add_run(None, text, bold, italic);
    };
    for (i, piece) in text.split(PAGE_MARK).enumerate() {
        if i > 0 {
            paragraph.content.push(Inline::PageNumber);
        }
        if !piece.is_empty() {
            add_run(Some(paragraph), piece, bold, italic)?;
        }
    }
    Ok(())
}

fn add_run(
    paragraph: Option<&mut Paragraph>,
    text: &str,
    bold: bool,
    italic: bool,
) -> Result<(), String> {
    let Some(paragraph) = paragraph else {
        return if text.trim().is_empty() {
            Ok(())
        } else {
            Err(format!("text outside a paragraph: `{}`", text.trim()))
        };
    };
    if let Some(Inline::Text {
        text: last,
        bold: b,
        italic: i,
    }) = paragraph.content.last_mut()
        && *b == bold
        && *i == italic
    {
        last.push_str(text);
        return Ok(());
    }
    paragraph.content.push(Inline::Text {
        text: text.to_owned(),
        bold,
        italic,
    });
    Ok(())
}

fn unexpected(name: &[u8]) -> String {
    format!("`<{}>` is not expected here", String::from_utf8_lossy(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(text: &str) -> Inline {
        Inline::Text {
            text: text.into(),
            bold: false,
            italic: false,
        }
    }

    #[test]
    fn paragraphs_go_to_their_part_with_their_style() {
        let outline = parse(
            "<document title=\"T &amp; U\" author=\"V\">\n<letterhead><left><p style=\"Sender\">A<br/>B</p></left>\
             <right><p>C</p></right></letterhead>\n<window><p style=\"Recipient\">D</p></window>\
             <continuation><p style=\"Continuation\">E <page/>\u{E000}.</p></continuation>\
             <p style=\"Subject\">F &amp; G&#x27;s <b>bold</b><i>x</i></p>\n</document>",
        )
        .unwrap();
        assert_eq!(
            outline.letterhead_left[0].content,
            [text("A"), Inline::Break, text("B")]
        );
        assert_eq!(outline.letterhead_right[0].style, "Normal");
        assert_eq!(outline.window[0].style, "Recipient");
        assert_eq!(outline.properties.title, "T & U");
        assert_eq!(outline.properties.author, "V");
        assert_eq!(
            outline.continuation[0].content,
            [
                text("E "),
                Inline::PageNumber,
                Inline::PageNumber,
                text(".")
            ]
        );
        let Block::Paragraph(subject) = &outline.body[0] else {
            panic!("not a paragraph")
        };
        assert_eq!(
            subject.content,
            [
                text("F & G's "),
                Inline::Text {
                    text: "bold".into(),
                    bold: true,
                    italic: false
                },
                Inline::Text {
                    text: "x".into(),
                    bold: false,
                    italic: true
                },
            ]
        );
    }

    #[test]
    fn a_broken_outline_says_what_is_wrong() {
        assert_eq!(
            parse("<document>stray</document>").unwrap_err(),
            "text outside a paragraph: `stray`"
        );
        assert_eq!(
            parse("<document><table/></document>").unwrap_err(),
            "`<table>` is not expected here"
        );
        assert!(parse("<document><p>open</document>").is_err());
    }
}
