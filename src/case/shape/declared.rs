//! The order serde declares: a struct's fields and an enum's variants, as its
//! derived `Deserialize` passes them to the deserializer.
//!
//! The JSON Schema lists a section's properties sorted by name, but a user reads
//! "the fields allowed here" in the order of the type, and the scaffold writes
//! them so. serde knows that order: the derived code hands its `FIELDS` to
//! `deserialize_struct`. A probe deserializer walks down a path of field names
//! (through options and lists), records what the type there declares, and stops.

use std::cell::Cell;

use serde::de::value::{Error, StrDeserializer};
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess,
    Visitor,
};

/// What a type declares to serde.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Declared {
    /// A struct's fields, in declaration order.
    Fields(&'static [&'static str]),
    /// An enum's variants, in declaration order.
    Variants(&'static [&'static str]),
}

/// What the type at `path` inside `T` declares: field names, list items crossed
/// without an index. `None` when no derived struct or enum is there (a type with
/// its own `Deserialize`, such as a close-out item).
pub(super) fn declared<T: DeserializeOwned>(path: &[&str]) -> Option<Declared> {
    let found = Cell::new(None);
    // The probe always ends in an error: it stops where it has recorded.
    let _ = T::deserialize(Probe {
        path,
        found: &found,
    });
    found.get()
}

/// The fields of the struct at `path` inside `T`, in declaration order.
pub(crate) fn fields<T: DeserializeOwned>(path: &[&str]) -> Option<&'static [&'static str]> {
    match declared::<T>(path)? {
        Declared::Fields(fields) => Some(fields),
        Declared::Variants(_) => None,
    }
}

#[derive(Clone, Copy)]
struct Probe<'p> {
    path: &'p [&'p str],
    found: &'p Cell<Option<Declared>>,
}

fn stop() -> Error {
    de::Error::custom("the probe stops here")
}

impl<'de> Deserializer<'de> for Probe<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
        Err(stop())
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let Some((first, rest)) = self.path.split_first() else {
            self.found.set(Some(Declared::Fields(fields)));
            return Err(stop());
        };
        let key = fields.iter().find(|f| *f == first).ok_or_else(stop)?;
        visitor.visit_map(Entry {
            key: Some(key),
            value: Probe { path: rest, ..self },
        })
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        variants: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Error> {
        if self.path.is_empty() {
            self.found.set(Some(Declared::Variants(variants)));
        }
        Err(stop())
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_some(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_seq(Element(Some(self)))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
        byte_buf unit unit_struct tuple tuple_struct map identifier ignored_any
    }
}

/// The one field the probe walks into.
struct Entry<'p> {
    key: Option<&'static str>,
    value: Probe<'p>,
}

impl<'de> MapAccess<'de> for Entry<'_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        self.key
            .take()
            .map(|key| {
                let key: StrDeserializer<'_, Error> = key.into_deserializer();
                seed.deserialize(key)
            })
            .transpose()
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(self.value)
    }
}

/// The one list item the probe walks into.
struct Element<'p>(Option<Probe<'p>>);

impl<'de> SeqAccess<'de> for Element<'_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        self.0
            .take()
            .map(|probe| seed.deserialize(probe))
            .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Case;

    #[test]
    fn serde_declares_fields_and_variants_in_the_order_of_the_type() {
        assert_eq!(
            fields::<Case>(&["client", "contact"]),
            Some(&["name", "surname", "gender", "phone"][..])
        );
        assert_eq!(
            fields::<Case>(&["closeout", "invoices"]),
            Some(&["number", "amount", "currency", "due"][..])
        );
        assert_eq!(
            declared::<Case>(&["tone"]),
            Some(Declared::Variants(&["warm", "neutral", "firm"]))
        );
        assert_eq!(fields::<Case>(&["closeout", "continuing"]), None);
        assert_eq!(fields::<Case>(&["nonesuch"]), None);
    }
}
