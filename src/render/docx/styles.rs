//! The style sheet of adieu's Word files: every paragraph of the outline names one of
//! these styles, and nothing is formatted directly, so a user restyles a whole letter
//! from Word's style pane (or brings a firm's own with `--reference-doc`). Built-in
//! names (`Title`, `heading 1`, `List Bullet`) where Word has one, so its own tools
//! treat them as such. Sizes follow the PDF's: 11 pt body, 9.5 pt letterhead.

use std::sync::LazyLock;

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

/// Whether the sheet defines a style of this id: a template may name no other (Word
/// would show an unknown style as Normal, silently). The ids are the sheet's own,
/// read once.
pub fn defines(id: &str) -> bool {
    static IDS: LazyLock<Vec<String>> =
        LazyLock::new(|| styles(None).into_iter().map(|s| s.style_id).collect());
    IDS.iter().any(|known| known == id)
}

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
    let subject = style("Subject", "Subject")
        .bold()
        .line_spacing(spacing(0, 200));
    vec![
        Style::new("Normal", StyleType::Paragraph)
            .name("Normal")
            .q_format(true)
            .line_spacing(spacing(160, 0).line(264).line_rule(LineSpacingType::Auto)),
        style("Title", "Title")
            .size(34)
            .bold()
            .line_spacing(spacing(0, 120)),
        paragraph(
            style("Heading1", "heading 1")
                .size(24)
                .bold()
                .line_spacing(spacing(260, 100)),
            |p| {
                p.keep_next(true)
                    .numbering(NumberingId::new(HEADINGS), IndentLevel::new(0))
                    .set_borders(rule(ParagraphBorderPosition::Bottom, "AAAAAA", 4))
            },
        ),
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
        kept(
            style("Date", "Date")
                .align(AlignmentType::Right)
                .line_spacing(spacing(0, twips(5.0))),
        ),
        kept(match accent {
            Some(accent) => subject.color(accent),
            None => subject,
        }),
        numbered(style("ListBullet", "List Bullet"), BULLETS, 0).line_spacing(spacing(50, 0)),
        numbered(style("ListBullet2", "List Bullet 2"), BULLETS, 1).line_spacing(spacing(50, 0)),
        // The last paragraph, the closing formula and the signature never part: no
        // page holds a name alone.
        kept(style("Final", "Final Paragraph")),
        kept(style("Closing", "Closing").line_spacing(spacing(260, twips(13.0)))),
        paragraph(
            style("Signature", "Signature").line_spacing(spacing(0, 0)),
            |p| p.keep_lines(true),
        ),
        framed(
            style("Say", "Say").line_spacing(spacing(60, 120)),
            SAY,
            Some(170),
        ),
        framed(
            numbered(style("SayItem", "Say Item"), BULLETS, 0).line_spacing(spacing(0, 80)),
            SAY,
            None,
        ),
        framed(
            numbered(style("SayItem2", "Say Item 2"), BULLETS, 1).line_spacing(spacing(0, 80)),
            SAY,
            None,
        ),
        framed(
            style("PrivateNote", "Private Note")
                .italic()
                .line_spacing(spacing(120, 80)),
            PRIVATE,
            Some(170),
        ),
        kept(
            style("Question", "Question")
                .bold()
                .line_spacing(spacing(120, 0)),
        ),
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
        paragraph(
            style("Footer", "footer")
                .size(15)
                .color("3C3C3C")
                .align(AlignmentType::Center)
                .line_spacing(spacing(0, 0)),
            |p| {
                p.set_borders(rule(
                    ParagraphBorderPosition::Top,
                    accent.unwrap_or("AAAAAA"),
                    4,
                ))
            },
        ),
    ]
}

/// The rule and fill of the lines to say, and of the note for the sender's eyes only.
const SAY: (&str, &str) = ("2F6F9F", "F1F6FA");
const PRIVATE: (&str, &str) = ("B3261E", "FBF1F0");

/// A style with more paragraph properties than `Style`'s own setters give.
fn paragraph(
    mut style: Style,
    change: impl FnOnce(docx_rs::ParagraphProperty) -> docx_rs::ParagraphProperty,
) -> Style {
    style.paragraph_property = change(style.paragraph_property.clone());
    style
}

/// A style kept on the page of the paragraph after it.
fn kept(style: Style) -> Style {
    paragraph(style, |p| p.keep_next(true))
}

/// A style set off by a rule on its left and a fill, `(rule, fill)`, indented by
/// `indent` twips when its text stands alone rather than as a list item.
fn framed(style: Style, (rule_colour, fill_colour): (&str, &str), indent: Option<i32>) -> Style {
    paragraph(style, |p| {
        let p = match indent {
            Some(indent) => p.indent(Some(indent), None, None, None),
            None => p,
        };
        p.set_borders(rule(ParagraphBorderPosition::Left, rule_colour, 12))
            .shading(fill(fill_colour))
    })
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

fn numbered(style: Style, numbering: usize, level: usize) -> Style {
    paragraph(style, |p| {
        p.numbering(NumberingId::new(numbering), IndentLevel::new(level))
    })
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
