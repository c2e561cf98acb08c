//! The letter's height estimated from its plain text: the page count of a build
//! without Typst, and what spares a build with Typst from typesetting a letter that
//! clearly fits.
//!
//! The model follows `templates/letter.typ`: Libertinus Serif at 11 pt on A4, a
//! 72 mm head, lines broken greedily at spaces (the template neither justifies nor
//! hyphenates), each character as wide as the font's advance (kerning ignored), a
//! line as tall as the font's capital height with the leading between lines, and
//! the template's gaps between paragraphs and list items. Its constants were
//! calibrated against Typst's layout of the examples and of the long test letters
//! (`tests/adieu/overflow.rs`: 0, 12, 18 and 40 close-out items in every language),
//! on which it agrees with Typst on the page count and on how many items fit. On
//! other letters it can be a line off, so a build with Typst typesets whenever the
//! estimate comes within [`MARGIN`] of the end of the page.

/// Points per millimetre.
const MM: f64 = 72.0 / 25.4;
/// The font size, in points: one em.
const EM: f64 = 11.0;
/// The text width: A4 less the 25 mm and 20 mm margins.
const WIDTH: f64 = 165.0 * MM;
/// The height for text: A4 less the 20 mm and 18 mm margins.
pub const PAGE: f64 = 259.0 * MM;
/// How near the end of the page an estimate must come before a build with Typst
/// typesets the letter to know: a few lines.
pub const MARGIN: f64 = 4.0 * (LINE + LEADING);
/// The head (sender and recipient blocks), down to the date line.
const HEAD: f64 = 72.0 * MM;
/// A line of text: the capital height of Libertinus Serif (658 units of 1000).
const LINE: f64 = 0.658 * EM;
/// Between two lines of a paragraph.
const LEADING: f64 = 0.62 * EM;
/// Between paragraphs.
const PARAGRAPH: f64 = 1.15 * EM;
/// Between the items of a list.
const ITEM: f64 = 0.6 * EM;
/// Between the date line and the subject line (`v(5mm)`).
const DATE: f64 = 5.0 * MM + PARAGRAPH;
/// Below the subject line (`below: 1.6em`).
const SUBJECT: f64 = 1.6 * EM;
/// Between the close-out list's introduction and its first item (`below: 0.7em`).
const INTRODUCTION: f64 = 0.7 * EM;
/// Before the closing formula (`v(0.4em)`).
const CLOSING: f64 = 0.4 * EM + PARAGRAPH;
/// The signature space (`v(14mm)`).
const SIGNATURE: f64 = 14.0 * MM + PARAGRAPH;
/// Where a list item's text starts: the indent, the dash and the gap after it.
const BULLET: f64 = (0.3 + 0.5 + 0.6) * EM;
/// Kerning makes a line of text this much narrower than its advances, on average.
const KERNING: f64 = 0.995;
/// Bold text (the subject line) is this much wider than regular, on average.
const BOLD: f64 = 1.118;

/// How far below the top margin the letter whose plain text is `text` ends, in
/// points. `text` is `letter.txt` with its paragraphs unwrapped: blocks parted by
/// an empty line — the sender, the recipient, the date line, the subject, the
/// paragraphs (the close-out introduction with its list, `- ` and `  - ` items),
/// the closing formula and the signature.
pub fn height(text: &str) -> f64 {
    let blocks: Vec<&str> = text
        .split("\n\n")
        .map(|block| block.trim_matches('\n'))
        .filter(|block| !block.is_empty())
        .collect();
    let Some((signature, body)) = blocks.get(2..).and_then(<[&str]>::split_last) else {
        return HEAD;
    };
    let mut y = HEAD;
    let last = body.len().saturating_sub(1);
    for (index, block) in body.iter().enumerate() {
        y += match index {
            0 => 0.0,
            1 => DATE,
            2 => SUBJECT,
            _ if index == last => CLOSING,
            _ => PARAGRAPH,
        };
        let scale = if index == 1 { BOLD } else { 1.0 };
        for (number, line) in block.lines().enumerate() {
            let depth = line.len() - line.trim_start_matches("  ").len();
            let (depth, text) = match line.trim_start().strip_prefix("- ") {
                Some(item) => (depth / 2 + 1, item),
                None => (0, line),
            };
            if number > 0 {
                y += if depth == 0 {
                    PARAGRAPH
                } else if number == 1 {
                    INTRODUCTION
                } else {
                    ITEM
                };
            }
            y += lines_height(lines(text, WIDTH - BULLET * depth as f64, scale));
        }
    }
    y + SIGNATURE + lines_height(signature.lines().count())
}

/// The height of a paragraph of `count` lines.
fn lines_height(count: usize) -> f64 {
    let count = count.max(1) as f64;
    count * LINE + (count - 1.0) * LEADING
}

/// How many lines `text` takes in `width` points, broken greedily at spaces.
fn lines(text: &str, width: f64, scale: f64) -> usize {
    let space = advance(' ') * scale;
    let mut count = 1;
    let mut line = 0.0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let word_width: f64 = word.chars().map(advance).sum::<f64>() * scale;
        if line > 0.0 && line + space + word_width > width {
            count += 1;
            line = word_width;
        } else if line > 0.0 {
            line += space + word_width;
        } else {
            line = word_width;
        }
    }
    count
}

/// The advance of a character at 11 pt, in points: from the table of Libertinus
/// Serif Regular, a combining mark nothing, any other character an average letter.
fn advance(c: char) -> f64 {
    let units = WIDTHS
        .iter()
        .find_map(|(first, widths)| {
            let offset = (c as u32).checked_sub(*first as u32)?;
            widths.get(offset as usize).copied()
        })
        .unwrap_or(if ('\u{300}'..='\u{36F}').contains(&c) {
            0
        } else {
            470
        });
    f64::from(units) * EM / 1000.0 * KERNING
}

/// The advance widths of Libertinus Serif Regular (1000 units to the em) for the
/// characters of the five languages, from the first character of each run; a test
/// with the `pdf` feature compares them with the bundled font.
pub(crate) const WIDTHS: [(char, &[u16]); 5] = [
    (
        '\u{20}',
        &[
            250, 288, 336, 465, 465, 637, 705, 190, 298, 298, 369, 550, 220, 338, 220, 323, 465,
            465, 465, 465, 465, 465, 465, 465, 465, 465, 236, 236, 550, 550, 550, 435, 895, 695,
            588, 646, 701, 557, 485, 685, 730, 297, 322, 637, 528, 839, 699, 702, 541, 702, 587,
            485, 597, 661, 652, 951, 660, 575, 604, 356, 287, 356, 518, 486, 392, 457, 493, 428,
            506, 447, 310, 500, 538, 271, 272, 512, 264, 790, 542, 504, 519, 503, 372, 390, 316,
            531, 497, 747, 490, 515, 424, 277, 205, 277, 449,
        ],
    ),
    (
        '\u{A0}',
        &[
            250, 288, 465, 465, 465, 465, 211, 473, 379, 695, 307, 543, 599, 338, 695, 397, 267,
            550, 307, 307, 341, 515, 602, 250, 541, 307, 349, 543, 660, 660, 660, 435, 695, 695,
            695, 695, 695, 695, 865, 646, 557, 557, 557, 557, 297, 297, 297, 297, 701, 699, 702,
            702, 702, 702, 702, 550, 702, 661, 661, 661, 661, 575, 527, 541, 457, 457, 457, 457,
            457, 457, 687, 428, 447, 447, 447, 447, 271, 271, 271, 271, 486, 542, 504, 504, 504,
            504, 504, 550, 504, 531, 531, 531, 531, 515, 502, 515, 695, 457, 695, 457, 695, 457,
            646, 428, 646, 428, 646, 428, 646, 428, 701, 528, 701, 506, 557, 447, 557, 447, 557,
            447, 557, 447, 557, 447, 685, 500, 685, 500, 685, 500, 685, 500, 730, 538, 730, 538,
            297, 271, 297, 271, 297, 271, 297, 271, 297, 271, 598, 542, 322, 272, 637, 512, 519,
            528, 264, 528, 264, 528, 290, 528, 264, 528, 264, 699, 542, 699, 542, 699, 542, 542,
            668, 528, 702, 504, 702, 504, 702, 504, 869, 778, 587, 372, 587, 372, 587, 372, 485,
            390, 485, 390, 485, 390, 485, 390, 597, 316, 597, 374, 597, 316, 661, 531, 661, 531,
            661, 531, 661, 531, 661, 531, 661, 531, 951, 747, 575, 515, 575, 604, 424, 604, 424,
            604, 424, 291,
        ],
    ),
    ('\u{218}', &[485, 390, 597, 316]),
    (
        '\u{2010}',
        &[
            338, 338, 438, 548, 742, 922, 278, 486, 268, 268, 268, 268, 375, 375, 375, 373, 588,
            588, 351, 375, 220, 424, 749, 220, 0, 0, 0, 0, 0, 0, 0, 125, 911, 1201, 249, 381, 509,
            244, 366, 500, 0, 363, 363,
        ],
    ),
    ('\u{20AC}', &[465]),
];
