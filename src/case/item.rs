//! The close-out catalogue: items adieu writes natively in every language, named by
//! a code in the case file next to the user's own words.
//!
//! A user writing to a client in another language cannot write "Domain names,
//! transferred to your own registrar account" in Slovak; `domain-transfer` can.
//! An item is a code when its text is exactly one of the catalogue's codes, and the
//! user's own words otherwise. Each code's wording is the Fluent message
//! `item-<code>` (`locales/*/items.ftl`); `adieu items` lists them.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use strum::IntoEnumIterator;

/// One of the lists of the catalogue: its codes, and what each needs.
pub trait Catalogue: Sized + Copy + fmt::Debug + 'static {
    /// The list's field, for messages: `closeout.handover`.
    const FIELD: &'static str;

    /// Every code of the list, in the order `adieu items` shows them.
    fn codes() -> Vec<&'static str>;

    /// The entry a plain code names; `Err` with the fix when the code needs terms
    /// (`warranty` needs its length in days).
    fn from_code(code: &str) -> Option<Result<Self, String>>;

    /// The entry a code with terms names (`warranty: {days: 30}`).
    fn with_terms(code: &str, terms: Terms) -> Option<Self>;

    /// The code, also the Fluent message's name without `item-`.
    fn code(self) -> &'static str;

    /// Whether some codes of the list take terms (a mapping such as
    /// `warranty: {days: 30}`), which the schema then accepts.
    const TERMS: bool = false;

    /// The number of days the entry carries, passed to its message as `$days`.
    fn days(self) -> Option<u16> {
        None
    }
}

/// The terms an entry of the catalogue can take.
#[derive(Debug, Clone, Copy, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Terms {
    /// How long the obligation runs after the end date, in days.
    #[serde(deserialize_with = "super::scalar::days")]
    pub days: Option<u16>,
}

/// What is handed over, or delivered: access, accounts and files.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, strum::EnumString, strum::IntoStaticStr, strum::EnumIter,
)]
#[strum(serialize_all = "kebab-case")]
pub enum Handover {
    /// The domain names, moved to the client's registrar account.
    DomainTransfer,
    /// Hosting and server access.
    HostingAccess,
    /// The source code with its history.
    SourceCode,
    /// The design source files.
    DesignFiles,
    /// Administrator credentials.
    AdminCredentials,
    /// Ownership of the analytics accounts.
    AnalyticsOwnership,
    /// Access to the social media accounts.
    SocialAccounts,
    /// A full backup.
    Backups,
    /// Technical documentation.
    Documentation,
}

/// Work still delivered.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, strum::EnumString, strum::IntoStaticStr, strum::EnumIter,
)]
#[strum(serialize_all = "kebab-case")]
pub enum Delivered {
    /// The final files, in the agreed formats.
    FinalFiles,
    /// The final report.
    FinalReport,
    /// The source code.
    SourceCode,
    /// The design source files.
    DesignFiles,
    /// Technical documentation.
    Documentation,
}

/// What stays in force after the end date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::EnumIter)]
#[strum(serialize_all = "kebab-case")]
pub enum Continuing {
    /// Confidentiality obligations.
    Confidentiality,
    /// A warranty on the work delivered, for a number of days.
    Warranty {
        /// How long it runs after the end date.
        days: u16,
    },
    /// Data protection obligations.
    DataProtection,
    /// The non-solicitation clause.
    NonSolicitation,
}

macro_rules! plain_catalogue {
    ($($kind:ty => $field:literal),*) => {$(
        impl Catalogue for $kind {
            const FIELD: &'static str = $field;

            fn codes() -> Vec<&'static str> {
                <$kind>::iter().map(<$kind>::code).collect()
            }

            fn from_code(code: &str) -> Option<Result<Self, String>> {
                code.parse().ok().map(Ok)
            }

            fn with_terms(_: &str, _: Terms) -> Option<Self> {
                None
            }

            fn code(self) -> &'static str {
                self.into()
            }
        }
    )*};
}

plain_catalogue!(Handover => "closeout.handover", Delivered => "closeout.deliverables");

impl Catalogue for Continuing {
    const FIELD: &'static str = "closeout.continuing";
    const TERMS: bool = true;

    fn codes() -> Vec<&'static str> {
        Continuing::iter().map(Continuing::code).collect()
    }

    fn from_code(code: &str) -> Option<Result<Self, String>> {
        Continuing::iter()
            .find(|entry| entry.code() == code)
            .map(|entry| match entry {
                Continuing::Warranty { .. } => {
                    Err("a warranty needs its length: write `warranty: {days: 30}`".to_owned())
                }
                entry => Ok(entry),
            })
    }

    fn with_terms(code: &str, terms: Terms) -> Option<Self> {
        let warranty: &str = Continuing::Warranty { days: 0 }.into();
        match terms.days {
            Some(days) if code == warranty => Some(Continuing::Warranty { days }),
            _ => None,
        }
    }

    fn code(self) -> &'static str {
        self.into()
    }

    fn days(self) -> Option<u16> {
        match self {
            Continuing::Warranty { days } => Some(days),
            _ => None,
        }
    }
}

/// An item of a close-out list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item<C> {
    /// An entry of the catalogue, written natively in every language.
    Code(C),
    /// The user's own words, written as they are.
    Text(String),
}

impl<C: Catalogue> Item<C> {
    /// The user's own words; `None` for a code.
    pub fn text(&self) -> Option<&str> {
        match self {
            Item::Text(text) => Some(text),
            Item::Code(_) => None,
        }
    }

    /// The item as the case file writes it: its code, or the user's words.
    pub fn as_written(&self) -> Cow<'_, str> {
        match self {
            Item::Text(text) => Cow::Borrowed(text),
            Item::Code(code) => match code.days() {
                Some(days) => Cow::Owned(format!("{}: {{days: {days}}}", code.code())),
                None => Cow::Borrowed(code.code()),
            },
        }
    }
}

impl<'de, C: Catalogue> Deserialize<'de> for Item<C> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ItemVisitor<C>(PhantomData<C>);
        impl<'de, C: Catalogue> Visitor<'de> for ItemVisitor<C> {
            type Value = Item<C>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(
                    f,
                    "an item in your own words, or one of {}",
                    C::codes().join(", ")
                )
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Item<C>, E> {
                match C::from_code(text.trim()) {
                    Some(Ok(code)) => Ok(Item::Code(code)),
                    Some(Err(fix)) => Err(E::custom(fix)),
                    None => Ok(Item::Text(text.to_owned())),
                }
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Item<C>, A::Error> {
                let Some(code) = map.next_key::<String>()? else {
                    return Err(de::Error::custom("an empty mapping is not an item"));
                };
                let terms: Terms = map.next_value()?;
                if map.next_key::<String>()?.is_some() {
                    return Err(de::Error::custom(
                        "an item with terms names one code, such as `warranty: {days: 30}`",
                    ));
                }
                C::with_terms(&code, terms).map(Item::Code).ok_or_else(|| {
                    de::Error::custom(format!(
                        "`{code}` takes no terms here; write an item as a code alone or in your own words"
                    ))
                })
            }
        }
        deserializer.deserialize_any(ItemVisitor(PhantomData))
    }
}

/// Written as the case file writes it: the code or the user's words, or a code with
/// its terms as a one-key mapping (`warranty: {days: 30}`).
impl<C: Catalogue> serde::Serialize for Item<C> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self {
            Item::Text(text) => serializer.serialize_str(text),
            Item::Code(code) => match code.days() {
                None => serializer.serialize_str(code.code()),
                Some(days) => {
                    let mut map = serializer.serialize_map(Some(1))?;
                    map.serialize_entry(code.code(), &Terms { days: Some(days) })?;
                    map.end()
                }
            },
        }
    }
}

impl<C: Catalogue> JsonSchema for Item<C> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        format!("Item of {}", C::FIELD).into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let codes = C::codes();
        let mut choices = vec![
            json_schema!({
                "description": "One of adieu's items, which every language writes natively (`adieu items`).",
                "enum": codes.clone(),
            }),
            json_schema!({
                "description": "Your own words.",
                "type": "string",
            }),
        ];
        if C::TERMS {
            choices.push(json_schema!({
                "description": "A warranty on the work delivered, for a number of days.",
                "type": "object",
                "properties": {
                    "warranty": {
                        "type": "object",
                        "properties": {"days": {
                            "type": "integer", "minimum": 0, "maximum": 365,
                            (crate::schema::CHECK): crate::schema::DAYS,
                        }},
                        "required": ["days"],
                        "additionalProperties": false,
                    }
                },
                "required": ["warranty"],
                "additionalProperties": false,
            }));
        }
        // The codes that cannot stand alone, with the fix the catalogue gives, so
        // that the shape check says what serde would.
        let needs_terms: serde_json::Map<String, serde_json::Value> = codes
            .iter()
            .filter_map(|code| match C::from_code(code) {
                Some(Err(fix)) => Some(((*code).to_owned(), fix.into())),
                _ => None,
            })
            .collect();
        json_schema!({
            "anyOf": choices,
            (crate::schema::CHECK): crate::schema::ITEM,
            (crate::schema::NEEDS_TERMS): needs_terms,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item<C: Catalogue>(yaml: &str) -> Result<Item<C>, String> {
        crate::case::parse_as::<Vec<Item<C>>>(&format!("[{yaml}]\n"))
            .map(|mut items| items.remove(0))
            .map_err(|d| d[0].message.clone())
    }

    #[test]
    fn a_code_is_the_catalogue_s_and_anything_else_is_the_user_s_words() {
        assert_eq!(
            item::<Handover>("domain-transfer"),
            Ok(Item::Code(Handover::DomainTransfer))
        );
        assert_eq!(
            item::<Handover>("\"Domain transfer\""),
            Ok(Item::Text("Domain transfer".into()))
        );
        assert_eq!(item::<Handover>("42"), Ok(Item::Text("42".into())));
        assert_eq!(
            item::<Continuing>("{warranty: {days: 30}}"),
            Ok(Item::Code(Continuing::Warranty { days: 30 }))
        );
        assert!(
            item::<Continuing>("warranty")
                .unwrap_err()
                .contains("needs its length")
        );
        assert!(
            item::<Handover>("{backups: {days: 3}}")
                .unwrap_err()
                .contains("takes no terms")
        );
    }

    #[test]
    fn every_code_reads_back_as_itself() {
        for code in Handover::codes() {
            assert_eq!(Handover::from_code(code).unwrap().unwrap().code(), code);
        }
        for code in Delivered::codes() {
            assert_eq!(Delivered::from_code(code).unwrap().unwrap().code(), code);
        }
        let warranty = Continuing::Warranty { days: 30 };
        assert_eq!(Item::Code(warranty).as_written(), "warranty: {days: 30}");
    }
}
