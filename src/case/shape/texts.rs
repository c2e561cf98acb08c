//! The text values of a typed value, found by its shape: every [`Shape::Text`]
//! leaf, and every close-out item in the user's own words, with its field path.
//!
//! The value is walked through its `Serialize` impl, by a serializer that keeps
//! only the strings its shape calls text, so that a new text field of a type is
//! checked (hidden characters, length, placeholders) with no list to extend.

use serde::Serialize;
use serde::ser::{self, Impossible};

use super::{Field, Shape};

/// Every text value of `value` (whose fields are `fields`, at `path`: empty for a
/// whole file) with its field path, in the order of the fields.
pub(crate) fn texts<T: Serialize + ?Sized>(
    value: &T,
    fields: &[Field],
    path: &str,
) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let root = Shape::Section(Box::default());
    let walker = Walker {
        shape: &root,
        fields: Some(fields),
        path: path.to_owned(),
        found: &mut found,
    };
    // The walker fails only on a tuple, which no type of a case file has; what was
    // found before it is kept.
    let _ = value.serialize(walker);
    found
}

/// The walker's error: a tuple, which no type of a case file has.
#[derive(Debug)]
struct Unused;

impl std::fmt::Display for Unused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("unused")
    }
}

impl std::error::Error for Unused {}

impl ser::Error for Unused {
    fn custom<M: std::fmt::Display>(_: M) -> Self {
        Unused
    }
}

/// One value at `path`, of `shape` (or, at the root, with `fields`).
struct Walker<'a> {
    shape: &'a Shape,
    fields: Option<&'a [Field]>,
    path: String,
    found: &'a mut Vec<(String, String)>,
}

impl<'a> Walker<'a> {
    fn child(&mut self, name: &str, shape: &'a Shape) -> Walker<'_> {
        let path = if self.path.is_empty() {
            name.to_owned()
        } else {
            format!("{}.{name}", self.path)
        };
        Walker {
            shape,
            fields: None,
            path,
            found: self.found,
        }
    }

    fn section_fields(&self) -> &'a [Field] {
        match (self.fields, self.shape) {
            (Some(fields), _) => fields,
            (None, Shape::Section(fields)) => fields,
            _ => &[],
        }
    }
}

macro_rules! nothing {
    ($($method:ident($($ty:ty),*)),* $(,)?) => {$(
        fn $method(self, $(_: $ty),*) -> Result<(), Unused> {
            Ok(())
        }
    )*};
}

impl<'a> ser::Serializer for Walker<'a> {
    type Ok = ();
    type Error = Unused;
    type SerializeSeq = List<'a>;
    type SerializeTuple = Impossible<(), Unused>;
    type SerializeTupleStruct = Impossible<(), Unused>;
    type SerializeTupleVariant = Impossible<(), Unused>;
    type SerializeMap = Skip;
    type SerializeStruct = Section<'a>;
    type SerializeStructVariant = Impossible<(), Unused>;

    fn serialize_str(self, text: &str) -> Result<(), Unused> {
        let own = match self.shape {
            Shape::Text => true,
            Shape::Item(item) => item.is_own_words(text),
            _ => false,
        };
        if own {
            self.found.push((self.path, text.to_owned()));
        }
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Unused> {
        value.serialize(self)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Unused> {
        value.serialize(self)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<List<'a>, Unused> {
        let item = match self.shape {
            Shape::List(item) => Some(&**item),
            _ => None,
        };
        Ok(List {
            walker: self,
            item,
            index: 0,
        })
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Section<'a>, Unused> {
        Ok(Section {
            fields: self.section_fields(),
            walker: self,
        })
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Skip, Unused> {
        Ok(Skip)
    }

    nothing! {
        serialize_bool(bool), serialize_i8(i8), serialize_i16(i16), serialize_i32(i32),
        serialize_i64(i64), serialize_u8(u8), serialize_u16(u16), serialize_u32(u32),
        serialize_u64(u64), serialize_f32(f32), serialize_f64(f64), serialize_char(char),
        serialize_bytes(&[u8]), serialize_none(), serialize_unit(),
        serialize_unit_struct(&'static str),
        serialize_unit_variant(&'static str, u32, &'static str),
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Unused> {
        Ok(())
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Unused> {
        Err(Unused)
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Unused> {
        Err(Unused)
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Unused> {
        Err(Unused)
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Unused> {
        Err(Unused)
    }
}

/// The fields of a section, each walked with its own shape.
struct Section<'a> {
    walker: Walker<'a>,
    fields: &'a [Field],
}

impl ser::SerializeStruct for Section<'_> {
    type Ok = ();
    type Error = Unused;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Unused> {
        match self.fields.iter().find(|field| field.name == name) {
            Some(field) => value.serialize(self.walker.child(name, &field.shape)),
            None => Ok(()),
        }
    }

    fn end(self) -> Result<(), Unused> {
        Ok(())
    }
}

/// The items of a list, each walked with the list's item shape.
struct List<'a> {
    walker: Walker<'a>,
    item: Option<&'a Shape>,
    index: usize,
}

impl ser::SerializeSeq for List<'_> {
    type Ok = ();
    type Error = Unused;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unused> {
        let index = self.index;
        self.index += 1;
        match self.item {
            Some(item) => value.serialize(self.walker.child(&index.to_string(), item)),
            None => Ok(()),
        }
    }

    fn end(self) -> Result<(), Unused> {
        Ok(())
    }
}

/// A mapping (a close-out item's terms): no text of the user's.
struct Skip;

impl ser::SerializeMap for Skip {
    type Ok = ();
    type Error = Unused;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, _: &T) -> Result<(), Unused> {
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, _: &T) -> Result<(), Unused> {
        Ok(())
    }

    fn end(self) -> Result<(), Unused> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{CaseDate, Continuing, Item, Tone};

    /// A type with a field of each kind; only its text fields are the user's words.
    #[derive(Serialize, serde::Deserialize, schemars::JsonSchema)]
    struct Sample {
        name: String,
        note: Option<String>,
        #[serde(default)]
        lines: Vec<String>,
        when: Option<CaseDate>,
        tone: Option<Tone>,
        #[schemars(extend("x-adieu-check" = crate::schema::PATH))]
        logo: Option<std::path::PathBuf>,
        inner: Option<Inner>,
        #[serde(default)]
        items: Vec<Item<Continuing>>,
    }

    #[derive(Serialize, serde::Deserialize, schemars::JsonSchema)]
    struct Inner {
        flag: Option<bool>,
        /// A field added to the type, and nowhere else.
        remark: Option<String>,
    }

    #[test]
    fn the_text_fields_are_the_shape_s_text_and_the_user_s_items() {
        let sample: Sample = crate::case::parse_as(
            "name: Ana\nnote: n\nlines: [a, b]\nwhen: 2026-11-22\ntone: warm\nlogo: logo.png\ninner: {flag: true, remark: r}\nitems: [confidentiality, My own words, {warranty: {days: 30}}]\n",
        )
        .unwrap();
        let found = texts(&sample, &super::super::of::<Sample>(), "");
        let found: Vec<(&str, &str)> = found
            .iter()
            .map(|(path, text)| (path.as_str(), text.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("name", "Ana"),
                ("note", "n"),
                ("lines.0", "a"),
                ("lines.1", "b"),
                ("inner.remark", "r"),
                ("items.1", "My own words"),
            ]
        );
    }
}
