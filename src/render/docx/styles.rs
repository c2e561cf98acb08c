//! The style sheet of adieu's Word files: every paragraph of the outline names one of
//! these styles, and nothing is formatted directly, so a user restyles a whole letter
//! from Word's style pane (or brings a firm's own with `--reference-doc`). Built-in
//! names (`Title`, `heading 1`, `List Bullet`) where Word has one, so its own tools
//! treat them as such. Sizes follow the PDF's: 11 pt body, 9.5 pt letterhead.

use docx_rs::{
    AbstractNumbering, AlignmentType, BorderType, Docx, IndentLevel, Level, LevelJc, LevelText,
    LineSpacing, LineSpacingType, NumberFormat, Numbering, NumberingId, ParagraphBorder,
    ParagraphBorderPosition, ParagraphBorders, RunFonts, Shading, ShdType, SpecialIndentType,
    Start, Style, StyleType,
};

/// The typeface of every style: a serif every copy of Word has, and LibreOffice
/// replaces with its metric twin (Caladea).
pub const FONT: &str = "Cambria";

/// The numbering of bullets (`–`, as the PDF's lists), section headings (`1.`) and
/// the call script's boxes to tick. docx-rs defines a numbering of its own as 1, and
/// a reference document (`--reference-doc`) its own from 1 up: these stay apart.
const BULLETS: usize = 9101;
const HEADINGS: usize = 9102;
const TICKS: usize = 9103;

/// Every style id a template may name, with what it is for.
pub const STYLE_IDS: [&str; 26] = [
    "Normal",
    "Title",
    "Heading1",
    "Dial",
    "Sender",
    "SenderAddress",
    "ReturnAddress",
    "Recipient",
    "Date",
    "Subject",
    "ListBullet",
    "ListBullet2",
    "Final",
    "Closing",
    "Signature",
    "Say",
    "SayItem",
    "SayItem2",
    "PrivateNote",
    "Question",
    "Hint",
    "Checklist",
    "KeyFacts",
    "Continuation",
    "Logo",
    "Footer",
];

/// Millimetres in twentieths of a point, Word's unit of length.
pub fn twips(millimetres: f64) -> u32 {
    // A page is a few hundred millimetres: the result always fits.
    (millimetres * 1440.0 / 25.4).round() as u32
}

/// Adds the style sheet and the numberings its lists use to a document; a
/// letterhead's `accent` colour (`RRGGBB`) goes on the subject and the footer's rule.
pub fn add_to(mut docx: Docx, accent: Option<&str>) -> Docx {
    // docx-rs links the numbering part only when a paragraph numbers itself; here
    // the styles do, and a reader ignores numbering the document does not link.
    docx.document_rels.has_numberings = true;
    let docx = docx
        .default_fonts(RunFonts::new().ascii(FONT).hi_ansi(FONT).cs(FONT))
        .default_size(22)
        .add_abstract_numbering(bullets())
        .add_numbering(Numbering::new(BULLETS, BULLETS))
        .add_abstract_numbering(headings())
        .add_numbering(Numbering::new(HEADINGS, HEADINGS))
        .add_abstract_numbering(ticks())
        .add_numbering(Numbering::new(TICKS, TICKS));
    styles(accent).into_iter().fold(docx, Docx::add_style)
}

fn styles(accent: Option<&str>) -> Vec<Style> {
    let mut styles = vec![
        Style::new("Normal", StyleType::Paragraph)
            .name("Normal")
            .q_format(true)
            .line_spacing(spacing(160, 0).line(264).line_rule(LineSpacingType::Auto)),
        style("Title", "Title")
            .size(34)
            .bold()
            .line_spacing(spacing(0, 120)),
        style("Heading1", "heading 1")
            .size(24)
            .bold()
            .line_spacing(spacing(260, 100)),
        style("Dial", "Dial")
            .size(25)
            .bold()
            .line_spacing(spacing(0, 160)),
        style("Sender", "Sender")
            .size(19)
            .line_spacing(spacing(0, 0).line(240).line_rule(LineSpacingType::Auto)),
        style("SenderAddress", "Sender Address")
            .based_on("Sender")
            .align(AlignmentType::Right)
            .color("333333"),
        style("ReturnAddress", "Return Address")
            .size(14)
            .color("555555")
            .underline("single")
            .line_spacing(spacing(0, 100)),
        style("Recipient", "Recipient")
            .line_spacing(spacing(0, 0).line(252).line_rule(LineSpacingType::Auto)),
        style("Date", "Date")
            .align(AlignmentType::Right)
            .line_spacing(spacing(0, twips(5.0))),
        style("Subject", "Subject")
            .bold()
            .line_spacing(spacing(0, 200)),
        numbered(style("ListBullet", "List Bullet"), BULLETS, 0).line_spacing(spacing(50, 0)),
        numbered(style("ListBullet2", "List Bullet 2"), BULLETS, 1).line_spacing(spacing(50, 0)),
        style("Final", "Final Paragraph"),
        style("Closing", "Closing").line_spacing(spacing(260, twips(13.0))),
        style("Signature", "Signature").line_spacing(spacing(0, 0)),
        style("Say", "Say").line_spacing(spacing(60, 120)),
        numbered(style("SayItem", "Say Item"), BULLETS, 0).line_spacing(spacing(0, 80)),
        numbered(style("SayItem2", "Say Item 2"), BULLETS, 1).line_spacing(spacing(0, 80)),
        style("PrivateNote", "Private Note")
            .italic()
            .line_spacing(spacing(120, 80)),
        style("Question", "Question")
            .bold()
            .line_spacing(spacing(120, 0)),
        style("Hint", "Hint")
            .italic()
            .color("3C3C3C")
            .line_spacing(spacing(120, 0)),
        numbered(style("Checklist", "Checklist"), TICKS, 0).line_spacing(spacing(70, 0)),
        style("KeyFacts", "Key Facts").line_spacing(spacing(0, 40)),
        style("Continuation", "Continuation")
            .size(19)
            .color("555555")
            .line_spacing(spacing(0, 0)),
        style("Logo", "Logo")
            .align(AlignmentType::Right)
            .line_spacing(spacing(0, 60)),
        style("Footer", "footer")
            .size(15)
            .color("3C3C3C")
            .align(AlignmentType::Center)
            .line_spacing(spacing(0, 0)),
    ];
    for style in &mut styles {
        let keep = |property: docx_rs::ParagraphProperty| property.keep_next(true);
        match style.style_id.as_str() {
            "Heading1" => {
                style.paragraph_property = keep(style.paragraph_property.clone())
                    .numbering(NumberingId::new(HEADINGS), IndentLevel::new(0))
                    .set_borders(rule(ParagraphBorderPosition::Bottom, "AAAAAA", 4));
            }
            // The last paragraph, the closing formula and the signature never part:
            // no page holds a name alone.
            "Subject" | "Question" | "Final" | "Closing" | "Date" => {
                style.paragraph_property = keep(style.paragraph_property.clone());
            }
            "Footer" => {
                style.paragraph_property = style.paragraph_property.clone().set_borders(rule(
                    ParagraphBorderPosition::Top,
                    accent.unwrap_or("AAAAAA"),
                    4,
                ));
            }
            "Signature" => {
                style.paragraph_property = style.paragraph_property.clone().keep_lines(true);
            }
            "Say" => {
                style.paragraph_property = style
                    .paragraph_property
                    .clone()
                    .indent(Some(170), None, None, None)
                    .set_borders(rule(ParagraphBorderPosition::Left, "2F6F9F", 12))
                    .shading(fill("F1F6FA"));
            }
            "SayItem" | "SayItem2" => {
                style.paragraph_property = style
                    .paragraph_property
                    .clone()
                    .set_borders(rule(ParagraphBorderPosition::Left, "2F6F9F", 12))
                    .shading(fill("F1F6FA"));
            }
            "PrivateNote" => {
                style.paragraph_property = style
                    .paragraph_property
                    .clone()
                    .indent(Some(170), None, None, None)
                    .set_borders(rule(ParagraphBorderPosition::Left, "B3261E", 12))
                    .shading(fill("FBF1F0"));
            }
            _ => {}
        }
        if let Some(accent) = accent
            && style.style_id == "Subject"
        {
            style.run_property = style.run_property.clone().color(accent);
        }
    }
    styles
}

/// A paragraph style on top of Normal, shown in Word's style gallery.
fn style(id: &str, name: &str) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .next("Normal")
        .q_format(true)
}

/// Space before and after a paragraph, in twips. Paragraphs are spaced from the
/// one before them (Normal has space before, none after), so a list's items sit
/// close together and the paragraph after a list keeps its distance.
fn spacing(before: u32, after: u32) -> LineSpacing {
    LineSpacing::new().before(before).after(after)
}

fn numbered(mut style: Style, numbering: usize, level: usize) -> Style {
    style.paragraph_property = style
        .paragraph_property
        .clone()
        .numbering(NumberingId::new(numbering), IndentLevel::new(level));
    style
}

/// One rule beside a paragraph, and none on its other sides.
fn rule(position: ParagraphBorderPosition, color: &str, eighths: usize) -> ParagraphBorders {
    ParagraphBorders::with_empty().set(
        ParagraphBorder::new(position)
            .val(BorderType::Single)
            .size(eighths)
            .space(4)
            .color(color),
    )
}

fn fill(color: &str) -> Shading {
    Shading::new()
        .shd_type(ShdType::Clear)
        .color("auto")
        .fill(color)
}

fn level(level: usize, format: &str, text: &str, left: i32, hanging: i32) -> Level {
    Level::new(
        level,
        Start::new(1),
        NumberFormat::new(format),
        LevelText::new(text),
        LevelJc::new("left"),
    )
    .indent(
        Some(left),
        Some(SpecialIndentType::Hanging(hanging)),
        None,
        None,
    )
}

fn bullets() -> AbstractNumbering {
    AbstractNumbering::new(BULLETS)
        .add_level(level(0, "bullet", "–", 300, 220))
        .add_level(level(1, "bullet", "–", 600, 220))
}

fn headings() -> AbstractNumbering {
    AbstractNumbering::new(HEADINGS).add_level(level(0, "decimal", "%1.", 360, 360))
}

fn ticks() -> AbstractNumbering {
    AbstractNumbering::new(TICKS).add_level(level(0, "bullet", "☐", 360, 300))
}
