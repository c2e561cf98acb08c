//! Word documents (`.docx`) people edit, brand and send on: the channel's
//! `<channel>.docx.xml` template lays the document out as an outline of styled
//! paragraphs ([`outline`]), with every sentence from `t()` as in every other
//! format; this module builds the Word package from it with docx-rs.
//!
//! Why docx-rs: it is the maintained, pure-Rust writer of WordprocessingML (styles,
//! numbering, headers, tables, fields) with few dependencies (zip, quick-xml) and no
//! C. It does not write two things a letter needs, so [`package`] adds them to the
//! parts it builds: the core properties (title, author, language, the case's date)
//! and the document's language on the default run properties, which Word's and
//! LibreOffice's spell-checkers read.
//!
//! The same outline and date give the same bytes: the archive's entries carry
//! docx-rs's fixed timestamp, the properties the case's date, and docx-rs numbers
//! paragraphs per document.

mod outline;
mod package;
mod raster;
mod reference;
mod styles;

pub use raster::png_of_svg;
pub use reference::Reference;

use std::io::Cursor;

use docx_rs::{
    BreakType, Docx, Footer, Header, PageMargin, PageNum, Paragraph, Pic, Run, Table, TableBorder,
    TableBorderPosition, TableBorders, TableCell, TableCellMargins, TableLayoutType, TableRow,
    WidthType,
};

use outline::{Block, Inline, Outline};
use styles::twips;

/// The facts of a document that are not layout.
#[derive(Debug, Clone, Copy)]
pub struct DocxFacts<'a> {
    /// The language tag with its region, e.g. `en-GB` or `sk-SK`: what Word's
    /// spell-checker needs.
    pub lang: &'a str,
    /// The document's date, `YYYY-MM-DD`: the creation date in its properties.
    pub date: &'a str,
    /// The paper size.
    pub paper: Paper,
    /// A firm's own Word file whose styles, header and footer the output takes.
    pub reference: Option<&'a Reference>,
    /// The letterhead's accent colour, `RRGGBB`: the subject line and the footer's rule.
    pub accent: Option<&'a str>,
    /// The letterhead's logo, where the template writes `<logo/>`.
    pub logo: Option<Logo<'a>>,
}

/// A PNG logo and its size in pixels (an SVG logo drawn as one: [`png_of_svg`]).
#[derive(Debug, Clone, Copy)]
pub struct Logo<'a> {
    /// The PNG file's bytes.
    pub png: &'a [u8],
    /// Width and height in pixels.
    pub pixels: (u32, u32),
}

impl Logo<'_> {
    /// The logo as a picture in the letterhead: 12 mm high, at most 60 mm wide, its
    /// proportions kept.
    fn picture(&self) -> Pic {
        const EMU_PER_MM: f64 = 36_000.0;
        let (width, height) = (
            f64::from(self.pixels.0.max(1)),
            f64::from(self.pixels.1.max(1)),
        );
        let (mut w, mut h) = (12.0 * width / height, 12.0);
        if w > 60.0 {
            (w, h) = (60.0, 60.0 * height / width);
        }
        // Millimetres of a page: the products fit in u32.
        Pic::new_with_dimensions(self.png.to_vec(), self.pixels.0, self.pixels.1)
            .size((w * EMU_PER_MM) as u32, (h * EMU_PER_MM) as u32)
    }
}

/// The paper a document is laid out for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

impl Paper {
    /// The paper of a region's offices: US Letter where CLDR's `paperSize` data says
    /// so (the Americas from Canada to Chile, and the Philippines), A4 elsewhere.
    pub fn of_region(region: Option<&str>) -> Paper {
        const LETTER: [&str; 14] = [
            "BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE",
        ];
        match region {
            Some(region) if LETTER.contains(&region) => Paper::Letter,
            _ => Paper::A4,
        }
    }

    /// Width and height in twips.
    fn size(self) -> (u32, u32) {
        match self {
            Paper::A4 => (twips(210.0), twips(297.0)),
            Paper::Letter => (12240, 15840),
        }
    }
}

/// The geometry of a letter, from the PDF's (DIN 5008 form B): 25 mm on the left,
/// 20 mm on the right, the letterhead in the first page's header, and the body from
/// 45 mm, where the window of a DL envelope begins.
const LETTER_MARGINS: Margins = Margins {
    top: 45.0,
    left: 25.0,
    right: 20.0,
    bottom: 18.0,
    header: 9.0,
};

/// A call script's: narrow margins, two pages at most.
const SCRIPT_MARGINS: Margins = Margins {
    top: 15.0,
    left: 20.0,
    right: 20.0,
    bottom: 16.0,
    header: 8.0,
};

/// Margins in millimetres.
struct Margins {
    top: f64,
    left: f64,
    right: f64,
    bottom: f64,
    header: f64,
}

/// The window of the envelope: 85 × 45 mm, its first 5 mm the return address.
const WINDOW: (f64, f64) = (85.0, 45.0);

/// Builds the Word file of an outline (the output of a `.docx.xml` template). An
/// error is the template's: it names what is wrong in it.
pub fn build(xml: &str, facts: DocxFacts<'_>) -> Result<Vec<u8>, String> {
    let outline = outline::parse(xml)?;
    check_styles(&outline)?;
    let letter = !outline.window.is_empty() || !outline.letterhead_left.is_empty();
    let margins = if letter {
        LETTER_MARGINS
    } else {
        SCRIPT_MARGINS
    };
    let (width, height) = facts.paper.size();
    let text_width = width - twips(margins.left) - twips(margins.right);
    let paragraph = |p: &outline::Paragraph| paragraph(p, facts.logo);
    let cell = |paragraphs: &[outline::Paragraph], width: u32| cell(paragraphs, width, facts.logo);
    let mut docx = styles::add_to(Docx::new(), facts.accent)
        .page_size(width, height)
        .page_margin(PageMargin {
            top: twips(margins.top) as i32,
            left: twips(margins.left) as i32,
            bottom: twips(margins.bottom) as i32,
            right: twips(margins.right) as i32,
            header: twips(margins.header) as i32,
            footer: twips(8.0) as i32,
            gutter: 0,
        });
    if letter {
        let left = twips(75.0);
        let letterhead = Table::without_borders(vec![TableRow::new(vec![
            cell(&outline.letterhead_left, left),
            cell(&outline.letterhead_right, text_width - left),
        ])])
        .set_grid(vec![left as usize, (text_width - left) as usize]);
        // Above the table, not in it: docx-rs links only the pictures of a header's
        // own paragraphs.
        let top = outline
            .letterhead_top
            .iter()
            .fold(Header::new(), |header, p| {
                header.add_paragraph(paragraph(p))
            });
        // The header of later pages first: docx-rs numbers headers in the order
        // they are added, and links a header's pictures by that order too, so the
        // first page's (with the logo) must not come before the default one.
        if !outline.continuation.is_empty() {
            let header = outline
                .continuation
                .iter()
                .fold(Header::new(), |header, p| {
                    header.add_paragraph(paragraph(p))
                });
            docx = docx.header(header);
        }
        docx = docx.first_header(top.add_table(frameless(letterhead, text_width)));
        if !outline.footer.is_empty() {
            let footer = || {
                outline.footer.iter().fold(Footer::new(), |footer, p| {
                    footer.add_paragraph(paragraph(p))
                })
            };
            docx = docx.first_footer(footer()).footer(footer());
        }
        let (window_width, window_height) = (twips(WINDOW.0), twips(WINDOW.1));
        let window = Table::without_borders(vec![
            TableRow::new(vec![cell(&outline.window, window_width)])
                .row_height(window_height as f32)
                .height_rule(docx_rs::HeightRule::Exact),
        ])
        .set_grid(vec![window_width as usize]);
        docx = docx.add_table(frameless(window, window_width));
    }
    for block in &outline.body {
        docx = match block {
            Block::Paragraph(p) => docx.add_paragraph(paragraph(p)),
            Block::Box(framed) => {
                let boxed = Table::new(vec![TableRow::new(vec![cell(framed, text_width)])])
                    .set_grid(vec![text_width as usize])
                    .width(text_width as usize, WidthType::Dxa)
                    .layout(TableLayoutType::Fixed)
                    .margins(TableCellMargins::new().margin(100, 160, 60, 160))
                    .set_borders(box_borders());
                docx.add_table(boxed)
            }
        };
    }
    let mut parts = docx.build();
    parts.doc_props.core = package::core_properties(&outline.properties, facts)?;
    parts.styles = package::with_language(&parts.styles, facts.lang)?;
    let mut bytes = Cursor::new(Vec::new());
    parts
        .pack(&mut bytes)
        .map_err(|e| format!("the Word package could not be written: {e}"))?;
    match facts.reference {
        Some(reference) => reference.apply(&bytes.into_inner(), facts.lang),
        None => Ok(bytes.into_inner()),
    }
}

/// A style a template names must be one of the sheet's: Word would silently show
/// an unknown one as Normal.
fn check_styles(outline: &Outline) -> Result<(), String> {
    let boxed = outline.body.iter().flat_map(|block| match block {
        Block::Paragraph(p) => std::slice::from_ref(p),
        Block::Box(framed) => framed.as_slice(),
    });
    let mut all = outline
        .letterhead_top
        .iter()
        .chain(&outline.letterhead_left)
        .chain(&outline.letterhead_right)
        .chain(&outline.window)
        .chain(&outline.continuation)
        .chain(&outline.footer)
        .chain(boxed);
    match all.find(|p| !styles::defines(&p.style)) {
        Some(p) => Err(format!(
            "the style `{}` is not one of the Word style sheet's (src/render/docx/styles.rs)",
            p.style
        )),
        None => Ok(()),
    }
}

/// A paragraph of the outline as Word's: its style, and runs that only say what
/// the template marked (bold, italic), never a font or size.
fn paragraph(outline: &outline::Paragraph, logo: Option<Logo<'_>>) -> Paragraph {
    let mut paragraph = Paragraph::new().style(&outline.style);
    for inline in &outline.content {
        paragraph = match inline {
            Inline::Text { text, bold, italic } => {
                let mut run = Run::new().add_text(text.as_str());
                if *bold {
                    run = run.bold();
                }
                if *italic {
                    run = run.italic();
                }
                paragraph.add_run(run)
            }
            Inline::Break => paragraph.add_run(Run::new().add_break(BreakType::TextWrapping)),
            Inline::PageNumber => paragraph.add_page_num(PageNum::new()),
            Inline::Logo => match logo {
                Some(logo) => paragraph.add_run(Run::new().add_image(logo.picture())),
                None => paragraph,
            },
        };
    }
    paragraph
}

/// A table cell of a given width holding paragraphs; Word needs one paragraph in
/// every cell, even an empty one.
fn cell(paragraphs: &[outline::Paragraph], width: u32, logo: Option<Logo<'_>>) -> TableCell {
    let cell = TableCell::new().width(width as usize, WidthType::Dxa);
    if paragraphs.is_empty() {
        return cell.add_paragraph(Paragraph::new());
    }
    paragraphs
        .iter()
        .fold(cell, |cell, p| cell.add_paragraph(paragraph(p, logo)))
}

/// A layout table: no borders, no cell padding, so that its text aligns with the
/// body's margin.
fn frameless(table: Table, width: u32) -> Table {
    table
        .width(width as usize, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .indent(0)
        .margins(TableCellMargins::new().margin(0, 0, 0, 0))
}

/// The frame of a box: a thin dark rule all round.
fn box_borders() -> TableBorders {
    [
        TableBorderPosition::Top,
        TableBorderPosition::Left,
        TableBorderPosition::Bottom,
        TableBorderPosition::Right,
    ]
    .into_iter()
    .fold(TableBorders::with_empty(), |borders, position| {
        borders.set(TableBorder::new(position).size(8).color("1E1E1E"))
    })
}

#[cfg(test)]
mod tests;
