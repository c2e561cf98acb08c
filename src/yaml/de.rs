//! serde over a [`Document`]: the typed value is read from the nodes already built,
//! not from the text again, and an error says which node it is about.
//!
//! Scalars reach a visitor as the text written (`1200.00` and `0042` stay digits), so
//! the types choose how to read them; only `bool` and the number types parse here,
//! for the types that ask for them. YAML's null is a unit or `None`.

use std::fmt;

use serde::de::value::StrDeserializer;
use serde::de::{self, DeserializeSeed, IntoDeserializer, Unexpected, Visitor};

use super::{Document, Value};
use crate::diagnostic::{Code, Diagnostic, Span, printable};
use crate::suggest::closest;

/// Why a document does not fit the type it is read as, and at which node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A key the section does not have.
    UnknownField {
        /// The key as written.
        field: String,
        /// The section's fields.
        expected: &'static [&'static str],
        /// Where the key is written.
        span: Option<Span>,
    },
    /// A code outside a closed set.
    UnknownVariant {
        /// The value as written.
        variant: String,
        /// The codes of the set.
        expected: &'static [&'static str],
        /// Where the value is written.
        span: Option<Span>,
    },
    /// A field the section needs.
    MissingField {
        /// The field's name.
        field: &'static str,
        /// Where the section is written.
        span: Option<Span>,
    },
    /// A value of the wrong kind, or that its type refuses.
    Invalid {
        /// What is wrong, from serde or the type.
        message: String,
        /// Where the value is written.
        span: Option<Span>,
    },
}

impl Error {
    fn span_mut(&mut self) -> &mut Option<Span> {
        match self {
            Error::UnknownField { span, .. }
            | Error::UnknownVariant { span, .. }
            | Error::MissingField { span, .. }
            | Error::Invalid { span, .. } => span,
        }
    }

    /// Places an error that has no place yet at the node it came out of: the
    /// innermost node, since each node's deserializer places what it passes on.
    fn at(mut self, span: Span) -> Error {
        self.span_mut().get_or_insert(span);
        self
    }

    /// The error as a located diagnostic, with the field path the document gives
    /// its place.
    pub fn diagnostic(mut self, document: &Document, source: &str) -> Diagnostic {
        let span = *self.span_mut();
        let (code, help) = match &self {
            Error::UnknownField {
                field, expected, ..
            } => (
                Code::UnknownField,
                Some(match closest(field, expected) {
                    Some(candidate) => format!("did you mean `{candidate}`?"),
                    None => format!("the fields allowed here are: {}", expected.join(", ")),
                }),
            ),
            Error::UnknownVariant {
                variant, expected, ..
            } => (
                Code::UnknownValue,
                Some(match closest(variant, expected) {
                    Some(candidate) => format!("did you mean `{candidate}`?"),
                    None => format!("write one of: {}", expected.join(", ")),
                }),
            ),
            Error::MissingField { field, .. } => (
                Code::MissingField,
                Some(format!("add `{field}:` to this section")),
            ),
            Error::Invalid { .. } => (Code::InvalidType, None),
        };
        // A key or value as written may hold what a terminal would interpret.
        let mut diagnostic = Diagnostic::new(code, printable(&self.to_string()));
        if let Some(help) = help {
            diagnostic = diagnostic.with_help(help);
        }
        if let Some(span) = span {
            if let Some(path) = document.paths().path_at(source, span.offset) {
                diagnostic = diagnostic.at_path(path);
            }
            diagnostic = diagnostic.with_span(span);
        }
        diagnostic
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::UnknownField { field, .. } => write!(f, "unknown field `{field}`"),
            Error::UnknownVariant { variant, .. } => write!(f, "unknown value `{variant}`"),
            Error::MissingField { field, .. } => write!(f, "missing field `{field}`"),
            Error::Invalid { message, .. } => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Error {
        Error::Invalid {
            message: message.to_string(),
            span: None,
        }
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Error {
        Error::UnknownField {
            field: field.to_owned(),
            expected,
            span: None,
        }
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Error {
        Error::UnknownVariant {
            variant: variant.to_owned(),
            expected,
            span: None,
        }
    }

    fn missing_field(field: &'static str) -> Error {
        Error::MissingField { field, span: None }
    }
}

/// Reads a `T` from a document. A document with no content reads as YAML's null.
pub fn from_document<'de, T: de::Deserialize<'de>>(document: &'de Document) -> Result<T, Error> {
    from_document_without(document, &[])
}

/// Like [`from_document`], as if the top-level fields named in `omit` were not
/// written: a file's other fields are still read when some are known to be wrong.
pub fn from_document_without<'de, T: de::Deserialize<'de>>(
    document: &'de Document,
    omit: &'de [&'de str],
) -> Result<T, Error> {
    match document.root() {
        Some(index) => T::deserialize(Node {
            document,
            index,
            omit,
        }),
        None => T::deserialize(().into_deserializer()),
    }
}

/// One node of a document, as a serde deserializer.
#[derive(Clone, Copy)]
struct Node<'de> {
    document: &'de Document,
    index: usize,
    /// Keys skipped in this node, when it is a mapping.
    omit: &'de [&'de str],
}

impl<'de> Node<'de> {
    fn child(&self, index: usize) -> Node<'de> {
        Node {
            document: self.document,
            index,
            omit: &[],
        }
    }

    fn value(&self) -> &'de Value {
        &self.document.node(self.index).value
    }

    fn span(&self) -> Span {
        self.document.node(self.index).span
    }

    /// The text of a scalar that is not null, for a visitor that wants text.
    fn text(&self) -> Option<&'de str> {
        match self.value() {
            Value::Scalar { text, null: false } => Some(text),
            _ => None,
        }
    }

    fn unexpected(&self) -> Unexpected<'de> {
        match self.value() {
            Value::Scalar { null: true, .. } => Unexpected::Unit,
            Value::Scalar { text, .. } => Unexpected::Str(text),
            Value::Mapping(_) => Unexpected::Map,
            Value::Sequence(_) => Unexpected::Seq,
        }
    }

    fn invalid<V: Visitor<'de>, T>(&self, visitor: &V) -> Result<T, Error> {
        Err(de::Error::invalid_type(self.unexpected(), visitor))
    }

    /// A scalar's text read as a number type.
    fn number<T: std::str::FromStr>(&self) -> Option<T> {
        self.text()?.trim().parse().ok()
    }
}

/// Forwards the number types to [`Node::number`].
macro_rules! numbers {
    ($($method:ident => $visit:ident: $type:ty),* $(,)?) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            let span = self.span();
            match self.number::<$type>() {
                Some(number) => visitor.$visit(number),
                None => self.invalid(&visitor),
            }
            .map_err(|e| e.at(span))
        }
    )*};
}

impl<'de> de::Deserializer<'de> for Node<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let span = self.span();
        match self.value() {
            Value::Scalar { null: true, .. } => visitor.visit_unit(),
            Value::Scalar { text, .. } => visitor.visit_borrowed_str(text),
            Value::Mapping(pairs) => visitor.visit_map(Pairs {
                node: self,
                pairs: pairs.iter(),
                value: None,
            }),
            Value::Sequence(items) => visitor.visit_seq(Items {
                node: self,
                items: items.iter(),
            }),
        }
        .map_err(|e| e.at(span))
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let span = self.span();
        match self.text() {
            Some("true" | "True" | "TRUE") => visitor.visit_bool(true),
            Some("false" | "False" | "FALSE") => visitor.visit_bool(false),
            _ => self.invalid(&visitor),
        }
        .map_err(|e| e.at(span))
    }

    numbers! {
        deserialize_i8 => visit_i8: i8,
        deserialize_i16 => visit_i16: i16,
        deserialize_i32 => visit_i32: i32,
        deserialize_i64 => visit_i64: i64,
        deserialize_u8 => visit_u8: u8,
        deserialize_u16 => visit_u16: u16,
        deserialize_u32 => visit_u32: u32,
        deserialize_u64 => visit_u64: u64,
        deserialize_f32 => visit_f32: f32,
        deserialize_f64 => visit_f64: f64,
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let span = self.span();
        match self.text() {
            Some(text) => visitor.visit_borrowed_str(text),
            None => self.invalid(&visitor),
        }
        .map_err(|e| e.at(span))
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let span = self.span();
        match self.value() {
            Value::Scalar { null: true, .. } => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
        .map_err(|e| e.at(span))
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let span = self.span();
        match self.value() {
            Value::Scalar { null: true, .. } => visitor.visit_unit(),
            _ => self.invalid(&visitor),
        }
        .map_err(|e| e.at(span))
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        let span = self.span();
        visitor.visit_newtype_struct(self).map_err(|e| e.at(span))
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value() {
            Value::Sequence(_) => self.deserialize_any(visitor),
            _ => self.invalid(&visitor).map_err(|e| e.at(self.span())),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value() {
            Value::Mapping(_) => self.deserialize_any(visitor),
            _ => self.invalid(&visitor).map_err(|e| e.at(self.span())),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let span = self.span();
        match self.text() {
            // Only unit variants are written in adieu's files: a code as text.
            Some(text) => {
                let variant: StrDeserializer<'_, Error> = text.into_deserializer();
                visitor.visit_enum(variant)
            }
            None => self.invalid(&visitor),
        }
        .map_err(|e| e.at(span))
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_any(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_any(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }
}

/// A mapping's pairs, in file order, for a visitor.
struct Pairs<'de> {
    node: Node<'de>,
    pairs: std::slice::Iter<'de, (usize, usize)>,
    /// The value of the key just given.
    value: Option<usize>,
}

impl<'de> de::MapAccess<'de> for Pairs<'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        for &(key, value) in self.pairs.by_ref() {
            let key = self.node.child(key);
            if key
                .text()
                .is_some_and(|name| self.node.omit.contains(&name))
            {
                continue;
            }
            self.value = Some(value);
            return seed
                .deserialize(key)
                .map(Some)
                .map_err(|e| e.at(key.span()));
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        match self.value.take() {
            Some(value) => seed.deserialize(self.node.child(value)),
            None => Err(de::Error::custom("a value was asked for before its key")),
        }
    }
}

/// A sequence's items, for a visitor.
struct Items<'de> {
    node: Node<'de>,
    items: std::slice::Iter<'de, usize>,
}

impl<'de> de::SeqAccess<'de> for Items<'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        match self.items.next() {
            Some(&item) => seed.deserialize(self.node.child(item)).map(Some),
            None => Ok(None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Sample {
        name: String,
        #[serde(default)]
        items: Vec<String>,
        flag: Option<bool>,
        count: Option<u16>,
        kind: Option<Kind>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "kebab-case")]
    enum Kind {
        First,
        SecondOne,
    }

    fn read(source: &str) -> Result<Sample, Error> {
        let (document, problems) = Document::build(source).unwrap();
        assert!(problems.is_empty());
        from_document(&document)
    }

    #[test]
    fn reads_text_lists_flags_numbers_codes_and_aliases() {
        let sample =
            read("name: &n 0042\nitems: [a, *n, 'b']\nflag: True\ncount: 30\nkind: second-one\n")
                .unwrap();
        assert_eq!(
            sample,
            Sample {
                name: "0042".into(),
                items: vec!["a".into(), "0042".into(), "b".into()],
                flag: Some(true),
                count: Some(30),
                kind: Some(Kind::SecondOne),
            }
        );
        assert_eq!(read("name: x\nflag:\nkind: ~\n").unwrap().flag, None);
    }

    #[test]
    fn errors_name_the_node_they_are_about() {
        let source = "name: x\nkind: thrid\n";
        let (document, _) = Document::build(source).unwrap();
        let error = from_document::<Sample>(&document).unwrap_err();
        let diagnostic = error.diagnostic(&document, source);
        assert_eq!(diagnostic.code, Code::UnknownValue);
        assert_eq!(diagnostic.path.as_deref(), Some("kind"));
        assert_eq!(diagnostic.span.map(|s| (s.line, s.column)), Some((2, 7)));

        let source = "name: x\nnmae: y\n";
        let (document, _) = Document::build(source).unwrap();
        let diagnostic = from_document::<Sample>(&document)
            .unwrap_err()
            .diagnostic(&document, source);
        assert_eq!(diagnostic.code, Code::UnknownField);
        assert_eq!(diagnostic.help.as_deref(), Some("did you mean `name`?"));
        assert_eq!(diagnostic.span.map(|s| (s.line, s.column)), Some((2, 1)));

        let error = read("items: []\n").unwrap_err();
        assert!(matches!(error, Error::MissingField { field: "name", .. }));
        let error = read("name: x\ncount: many\n").unwrap_err();
        assert!(matches!(error, Error::Invalid { span: Some(s), .. } if s.line == 2));
    }

    #[test]
    fn omitted_fields_are_not_read() {
        let (document, _) = Document::build("name: x\ncount: many\n").unwrap();
        let sample: Sample = from_document_without(&document, &["count"]).unwrap();
        assert_eq!(sample.count, None);
    }
}
