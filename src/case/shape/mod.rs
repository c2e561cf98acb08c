//! The shape of a case file and of a config file — which fields each section has,
//! which are required, what kind of value each takes — compiled once per process
//! from their JSON Schemas ([`crate::schema`]), which are generated from the Rust
//! types. The shape check ([`super::schema`]) walks this tree, never the schema's
//! JSON: a batch checks tens of thousands of cases a second.
//!
//! JSON Schema's own keywords give most of it (`properties`, `required`, `type`,
//! `enum`/`oneOf`, `format: date`, `items`). What it cannot say — a number of days,
//! an amount, a colour, a close-out item — a type or field marks with adieu's own
//! keyword ([`crate::schema::CHECK`]), which the published schema leaves out. The
//! order of a section's fields is the one serde declares ([`declared`]): the
//! schema's properties are sorted by name. So a new field needs only its Rust type.

mod compile;
mod declared;
mod texts;

pub(crate) use declared::fields as declared_fields;
pub(crate) use texts::texts;

use std::sync::LazyLock;

use schemars::JsonSchema;
use serde::de::DeserializeOwned;

use crate::case::Case;
use crate::config::Profile;

/// The case file's fields, from [`Case`]'s schema.
pub(super) static CASE: LazyLock<Box<[Field]>> = LazyLock::new(of::<Case>);

/// The config file's fields, from [`Profile`]'s schema.
pub(super) static CONFIG: LazyLock<Box<[Field]>> = LazyLock::new(of::<Profile>);

/// The catalogue codes the close-out field at `path` takes besides the user's own
/// words (`closeout.handover`, `closeout.deliverables.0.item`): those of the items
/// of its list, or of the item itself. `None` for any other field.
pub(crate) fn item_codes(path: &str) -> Option<Vec<&'static str>> {
    let mut shape: Option<&'static Shape> = None;
    for part in path.split('.') {
        let fields: &'static [Field] = match shape {
            None => &CASE,
            Some(Shape::Section(fields)) => fields,
            Some(Shape::List(item)) if part.bytes().all(|b| b.is_ascii_digit()) => {
                shape = Some(item);
                continue;
            }
            Some(_) => return None,
        };
        shape = Some(&fields.iter().find(|f| f.name == part)?.shape);
    }
    let item = match shape? {
        Shape::List(item) => &**item,
        other => other,
    };
    match item {
        Shape::Item(item) => Some(item.codes.iter().map(String::as_str).collect()),
        _ => None,
    }
}

/// The fields of a type's file, from its schema, in the order the type declares
/// them. Compiling walks the schema's JSON, so it is done once per type ([`CASE`],
/// [`CONFIG`]), never per file.
pub(super) fn of<T: JsonSchema + DeserializeOwned>() -> Box<[Field]> {
    compile::root::<T>()
}

/// What a value must be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Shape {
    /// Any scalar: text, or a number or date read as text.
    Text,
    /// A file's path: any scalar, like [`Shape::Text`], but not the user's words.
    Path,
    /// A calendar date, `YYYY-MM-DD`.
    Date,
    /// A decimal amount.
    Amount,
    /// A whole number of days.
    Days,
    /// `true` or `false`.
    Flag,
    /// One of a closed set of codes, in the order the enum declares them.
    Choice(Box<[String]>),
    /// A colour, `#RRGGBB`.
    Colour,
    /// A section of named fields.
    Section(Box<[Field]>),
    /// A list of values of one shape.
    List(Box<Shape>),
    /// A close-out item: text (a code of the catalogue or the user's words), or one
    /// code with its terms, such as `warranty: {days: 30}`.
    Item(ItemShape),
}

/// The shape of a close-out list's items, from its catalogue ([`super::item`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct ItemShape {
    /// The codes that take terms, as the fields of the one-key mapping.
    pub terms: Box<[Field]>,
    /// The codes that cannot stand alone, with the fix to suggest.
    pub needs_terms: Box<[(String, String)]>,
    /// Every code of the catalogue: an item whose text is one of them is a code,
    /// any other is the user's words.
    pub codes: Box<[String]>,
}

impl ItemShape {
    /// Whether an item written as text is the user's own words, not a code.
    pub fn is_own_words(&self, text: &str) -> bool {
        let text = text.trim();
        !self.codes.iter().any(|code| code == text)
    }

    /// What is wrong with an item written as text: a code that needs its terms.
    pub fn text(&self, text: &str) -> Option<&str> {
        let code = text.trim();
        self.needs_terms
            .iter()
            .find(|(needy, _)| needy == code)
            .map(|(_, fix)| fix.as_str())
    }
}

/// Whether a field must be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Presence {
    /// It must be written, with a value (the schema's `required`).
    Required,
    /// It may be left out or left empty (the schema allows `null`).
    Optional,
    /// It may be left out (a default applies) but not left empty.
    Defaulted,
}

/// One named field of a section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Field {
    /// Its name in the file.
    pub name: String,
    /// Whether it must be written.
    pub presence: Presence,
    /// What its value must be.
    pub shape: Shape,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One line per field: its path, presence and shape.
    fn dump(fields: &[Field], prefix: &str, out: &mut String) {
        for field in fields {
            let path = format!("{prefix}{}", field.name);
            out.push_str(&format!("{path} {:?} ", field.presence));
            describe(&field.shape, &path, out);
        }
    }

    fn describe(shape: &Shape, path: &str, out: &mut String) {
        match shape {
            Shape::Section(fields) => {
                out.push_str("Section\n");
                dump(fields, &format!("{path}."), out);
            }
            Shape::List(item) => {
                out.push_str("List of ");
                describe(item, &format!("{path}.0"), out);
            }
            Shape::Item(item) => {
                out.push_str(&format!("Item needing terms {:?}\n", item.needs_terms));
                dump(&item.terms, &format!("{path}.0."), out);
            }
            Shape::Choice(codes) => out.push_str(&format!("Choice {}\n", codes.join("|"))),
            other => out.push_str(&format!("{other:?}\n")),
        }
    }

    fn print(fields: &[Field]) -> String {
        let mut out = String::new();
        dump(fields, "", &mut out);
        out
    }

    /// A type of every kind the compiler meets, declared out of alphabetical order.
    #[derive(serde::Deserialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Sample {
        name: String,
        nickname: Option<String>,
        #[serde(default)]
        tags: Vec<String>,
        when: Option<crate::case::CaseDate>,
        #[serde(default)]
        gender: crate::case::Gender,
        tone: Option<crate::case::Tone>,
        inner: Option<Inner>,
        #[serde(default, deserialize_with = "crate::case::scalar::days")]
        #[schemars(extend("x-adieu-check" = crate::schema::DAYS))]
        days: Option<u16>,
        amount: crate::case::Amount,
        #[serde(default)]
        items: Vec<crate::case::Item<crate::case::Continuing>>,
    }

    #[derive(serde::Deserialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Inner {
        flag: Option<bool>,
        #[schemars(extend("x-adieu-check" = crate::schema::COLOUR))]
        colour: Option<String>,
    }

    #[test]
    fn each_kind_of_field_compiles_to_its_shape() {
        assert_eq!(
            print(&of::<Sample>()),
            "\
name Required Text
nickname Optional Text
tags Defaulted List of Text
when Optional Date
gender Defaulted Choice female|male|unspecified
tone Optional Choice warm|neutral|firm
inner Optional Section
inner.flag Optional Flag
inner.colour Optional Colour
days Optional Days
amount Required Amount
items Defaulted List of Item needing terms [(\"warranty\", \"a warranty needs its length: write `warranty: {days: 30}`\")]
items.0.0.warranty Required Section
items.0.0.warranty.days Required Days
"
        );
    }

    #[test]
    fn close_out_fields_name_their_catalogue_s_codes() {
        use crate::case::{Catalogue, Continuing, Delivered, Handover};
        assert_eq!(item_codes("closeout.handover"), Some(Handover::codes()));
        assert_eq!(
            item_codes("closeout.deliverables.0.item"),
            Some(Delivered::codes())
        );
        assert_eq!(item_codes("closeout.continuing"), Some(Continuing::codes()));
        assert_eq!(item_codes("closeout.invoices"), None);
        assert_eq!(item_codes("sender.name"), None);
        assert_eq!(item_codes("nonesuch"), None);
    }

    #[test]
    fn the_markers_reach_the_case_s_shape() {
        let shape = print(&CASE);
        for line in [
            "contract.notice_days Optional Days",
            "notice.days Optional Days",
            "closeout.invoices.0.amount Required Amount",
            "closeout.refund.amount Required Amount",
            "letterhead.accent Optional Colour",
            "closeout.deliverables.0.item Required Item needing terms []",
            "closeout.continuing.0.0.warranty.days Required Days",
        ] {
            assert!(shape.lines().any(|l| l == line), "{line}\n{shape}");
        }
        assert!(print(&CONFIG).starts_with("language Optional Text\ntone Optional Choice"));
    }
}
