//! Characters a reader cannot see. A value that holds one reads differently from its
//! bytes: a right-to-left mark turns `+44 20 7946 0321` into `+44 0321 7946 20` on
//! the recipient's screen, a zero-width space makes an empty name look filled in or a
//! judgemental word slip past the advice, TAG characters smuggle hidden ASCII. So no
//! value that reaches a document may hold one, whatever its source.
//!
//! The classes come from the Unicode Character Database through ICU4X, not from a
//! hand list, so a new Unicode version brings its new invisible characters with it.

use crate::diagnostic::Code;
use icu_properties::props::{
    BidiControl, DefaultIgnorableCodePoint, Emoji, EmojiModifier, ExtendedPictographic,
    GeneralCategory,
};
use icu_properties::{CodePointMapData, CodePointSetData};

/// Why a character may not appear in a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hidden {
    /// A control character, line or paragraph separator: it drives terminals and
    /// breaks email headers.
    Control,
    /// A character with no glyph of its own, or none yet: bidi controls and marks,
    /// format characters, default-ignorable code points, private-use and unassigned
    /// code points.
    Invisible,
}

impl Hidden {
    /// The diagnostic code reported for a character of this class.
    pub fn code(self) -> Code {
        match self {
            Hidden::Control => Code::ControlCharacter,
            Hidden::Invisible => Code::InvisibleCharacter,
        }
    }

    /// How to fix a value holding such a character; `raw` when the character is
    /// written as it is in a file rather than as an escape such as `\u200B`.
    pub fn help(self, raw: bool) -> &'static str {
        match (self, raw) {
            (Hidden::Control, true) => {
                "a YAML file is plain text: remove the character; most editors show it as a box or a symbol"
            }
            (Hidden::Control, false) => {
                "values are single lines of text: remove the character (a YAML `|` block or a `\\n` escape adds one)"
            }
            (Hidden::Invisible, _) => {
                "the character is invisible and can make the text read differently from what you checked (digits in another order, an empty name that looks filled in): delete it, for instance by typing the value again"
            }
        }
    }
}

/// The class of `c` if it may never be shown as it is, taken alone. Inside an emoji
/// sequence some of these are part of a visible picture: see [`find`].
pub fn classify(c: char) -> Option<Hidden> {
    use GeneralCategory as Gc;
    match CodePointMapData::<GeneralCategory>::new().get(c) {
        Gc::Control | Gc::LineSeparator | Gc::ParagraphSeparator => Some(Hidden::Control),
        Gc::Format | Gc::PrivateUse | Gc::Unassigned | Gc::Surrogate => Some(Hidden::Invisible),
        _ if CodePointSetData::new::<DefaultIgnorableCodePoint>().contains(c)
            || CodePointSetData::new::<BidiControl>().contains(c) =>
        {
            Some(Hidden::Invisible)
        }
        _ => None,
    }
}

/// The first character of `text` that a reader could not see, with its class. The
/// parts of an emoji sequence are visible: a variation selector after an emoji, a
/// zero-width joiner between two pictographs, the TAG characters of a subdivision
/// flag such as England's.
pub fn find(text: &str) -> Option<(char, Hidden)> {
    positions(text).next().map(|(_, c, class)| (c, class))
}

/// Every character of `text` that a reader could not see, with its byte offset and
/// class, in order; see [`find`].
pub fn positions(text: &str) -> impl Iterator<Item = (usize, char, Hidden)> + '_ {
    // Printable ASCII, most of any case, needs no look-up.
    let start = text
        .bytes()
        .position(|b| !(b' '..=b'~').contains(&b))
        .unwrap_or(text.len());
    let mut previous = text[..start].chars().next_back();
    let mut in_flag = false;
    let mut chars = text[start..].char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some((offset, c)) = chars.next() {
            let before = previous.replace(c);
            let Some(class) = classify(c) else {
                in_flag = c == BLACK_FLAG;
                continue;
            };
            let allowed = match c {
                '\u{FE0E}' | '\u{FE0F}' => before.is_some_and(is_emoji),
                '\u{200D}' => {
                    before.is_some_and(is_pictograph_part)
                        && chars.peek().is_some_and(|&(_, next)| is_pictograph(next))
                }
                TAG_FIRST..=TAG_LAST => in_flag,
                CANCEL_TAG => std::mem::take(&mut in_flag),
                _ => false,
            };
            if !allowed {
                return Some((start + offset, c, class));
            }
        }
        None
    })
}

/// The black flag that starts a subdivision flag's TAG sequence.
const BLACK_FLAG: char = '\u{1F3F4}';
/// The TAG characters that spell a subdivision code (`gbeng`).
const TAG_FIRST: char = '\u{E0020}';
const TAG_LAST: char = '\u{E007E}';
/// The TAG character that ends a subdivision flag.
const CANCEL_TAG: char = '\u{E007F}';

fn is_emoji(c: char) -> bool {
    CodePointSetData::new::<Emoji>().contains(c)
}

fn is_pictograph(c: char) -> bool {
    CodePointSetData::new::<ExtendedPictographic>().contains(c)
}

/// What may stand before a joiner in an emoji ZWJ sequence: a pictograph, its
/// variation selector or its skin-tone modifier.
fn is_pictograph_part(c: char) -> bool {
    c == '\u{FE0F}' || is_pictograph(c) || CodePointSetData::new::<EmojiModifier>().contains(c)
}

/// `c` as the Unicode standard names it, for messages: `U+200F RIGHT-TO-LEFT MARK`.
/// Control characters have no name in the standard, only a code point.
pub fn describe(c: char) -> String {
    let code = format!("U+{:04X}", u32::from(c));
    match unicode_names2::name(c) {
        Some(name) => format!("{code} {name}"),
        None if c.is_control() => format!("{code} (a control character)"),
        None => format!("{code} (an unassigned or private-use code point)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_the_review_found_is_refused() {
        for c in [
            '\u{061C}',
            '\u{200E}',
            '\u{200F}',
            '\u{202A}',
            '\u{202E}',
            '\u{2066}',
            '\u{2069}',
            '\u{200B}',
            '\u{200C}',
            '\u{200D}',
            '\u{2060}',
            '\u{2063}',
            '\u{206A}',
            '\u{180E}',
            '\u{00AD}',
            '\u{3164}',
            '\u{115F}',
            '\u{FFA0}',
            '\u{FE0F}',
            '\u{E0041}',
            '\u{E007F}',
            '\u{FEFF}',
            '\u{E000}',
            '\u{F0000}',
            '\u{0378}',
        ] {
            assert_eq!(
                find(&format!("a{c}b")),
                Some((c, Hidden::Invisible)),
                "{c:?}"
            );
        }
        for c in [
            '\u{1B}', '\u{7F}', '\u{85}', '\u{2028}', '\u{2029}', '\n', '\t',
        ] {
            assert_eq!(find(&format!("a{c}b")), Some((c, Hidden::Control)), "{c:?}");
        }
    }

    #[test]
    fn ordinary_text_and_emoji_sequences_pass() {
        for text in [
            "Łukasz Ďurčo, Ștefan, Élodie Müller",
            "« Société » — 1\u{A0}250,00\u{202F}€",
            "❤\u{FE0F}",
            "👩\u{200D}💻",
            "🧑🏽\u{200D}🚀",
            "call 1\u{FE0F}\u{20E3}",
            "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F} England",
        ] {
            assert_eq!(find(text), None, "{text:?}");
        }
        // A joiner with no pictograph after it joins nothing.
        assert_eq!(find("👍🏽\u{200D}"), Some(('\u{200D}', Hidden::Invisible)));
        assert_eq!(find("x\u{FE0F}"), Some(('\u{FE0F}', Hidden::Invisible)));
        assert_eq!(
            find("\u{E0067}\u{E007F}"),
            Some(('\u{E0067}', Hidden::Invisible))
        );
    }

    #[test]
    fn characters_are_described_by_their_unicode_names() {
        assert_eq!(describe('\u{200F}'), "U+200F RIGHT-TO-LEFT MARK");
        assert_eq!(describe('\u{1B}'), "U+001B (a control character)");
        assert_eq!(describe('\u{E0041}'), "U+E0041 TAG LATIN CAPITAL LETTER A");
    }
}
