//! A JSON Schema, as schemars generates it, compiled into [`Shape`]s: references
//! resolved, optional fields told from defaulted ones, adieu's markers read.

use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::declared;
use super::{Field, ItemShape, Presence, Shape};
use crate::schema::{AMOUNT, CHECK, COLOUR, DAYS, ITEM, NEEDS_TERMS, PATH, annotated};

/// The fields of `T`'s schema, in the order `T` declares them.
pub(super) fn root<T: JsonSchema + DeserializeOwned>() -> Box<[Field]> {
    let schema = annotated::<T>().to_value();
    let compiler = Compiler {
        root: &schema,
        declared: declared::fields::<T>,
    };
    compiler.fields(&schema, &[])
}

struct Compiler<'a> {
    root: &'a Value,
    /// The declared order of the fields of the struct at a path.
    declared: fn(&[&str]) -> Option<&'static [&'static str]>,
}

impl Compiler<'_> {
    /// The fields of an object schema at `path`.
    fn fields(&self, object: &Value, path: &[&str]) -> Box<[Field]> {
        let Some(properties) = object.get("properties").and_then(Value::as_object) else {
            return Box::default();
        };
        let required: Vec<&str> = object
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        // serde's order where it declares one (a derived struct), else the schema's;
        // a property serde does not declare (none should be) comes last.
        let declared = (self.declared)(path).unwrap_or_default();
        let mut names: Vec<&str> = declared
            .iter()
            .copied()
            .filter(|name| properties.contains_key(*name))
            .collect();
        names.extend(
            properties
                .keys()
                .map(String::as_str)
                .filter(|name| !declared.contains(name)),
        );
        names
            .into_iter()
            .filter_map(|name| {
                let schema = properties.get(name)?;
                let mut inner = path.to_vec();
                inner.push(name);
                let presence = if required.contains(&name) {
                    Presence::Required
                } else if nullable(schema) {
                    Presence::Optional
                } else {
                    Presence::Defaulted
                };
                Some(Field {
                    name: name.to_owned(),
                    presence,
                    shape: self.shape(schema, &inner),
                })
            })
            .collect()
    }

    /// The shape of the value a schema describes, at `path`.
    fn shape(&self, node: &Value, path: &[&str]) -> Shape {
        match node.get(CHECK).and_then(Value::as_str) {
            Some(DAYS) => return Shape::Days,
            Some(AMOUNT) => return Shape::Amount,
            Some(COLOUR) => return Shape::Colour,
            Some(PATH) => return Shape::Path,
            Some(ITEM) => return self.item(node, path),
            _ => {}
        }
        if let Some(target) = self.definition(node) {
            return self.shape(target, path);
        }
        // `allOf: [$ref]` (a described field), `anyOf: [X, null]` (an optional one).
        for key in ["allOf", "anyOf"] {
            if let Some(Value::Array(branches)) = node.get(key) {
                let mut real = branches.iter().filter(|b| !is_null(b));
                if let (Some(only), None) = (real.next(), real.next()) {
                    return self.shape(only, path);
                }
            }
        }
        if let Some(codes) = choices(node) {
            return Shape::Choice(codes);
        }
        if node.get("format").and_then(Value::as_str) == Some("date") {
            return Shape::Date;
        }
        match type_of(node) {
            Some("object") => Shape::Section(self.fields(node, path)),
            Some("array") => Shape::List(Box::new(
                node.get("items")
                    .map_or(Shape::Text, |items| self.shape(items, path)),
            )),
            Some("boolean") => Shape::Flag,
            _ => Shape::Text,
        }
    }

    /// A close-out item: its codes are the `anyOf`'s `enum` branch, its terms the
    /// fields of its object branch.
    fn item(&self, node: &Value, path: &[&str]) -> Shape {
        let branches = node.get("anyOf").and_then(Value::as_array);
        let codes = branches
            .into_iter()
            .flatten()
            .find_map(choices)
            .unwrap_or_default();
        let terms = branches
            .into_iter()
            .flatten()
            .find(|branch| type_of(branch) == Some("object"))
            .map(|object| self.fields(object, path))
            .unwrap_or_default();
        let needs_terms = node
            .get(NEEDS_TERMS)
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .filter_map(|(code, fix)| Some((code.clone(), fix.as_str()?.to_owned())))
            .collect();
        Shape::Item(ItemShape {
            terms,
            needs_terms,
            codes,
        })
    }

    /// The definition a `$ref` names.
    fn definition(&self, node: &Value) -> Option<&Value> {
        let reference = node.get("$ref")?.as_str()?;
        let name = reference.strip_prefix("#/definitions/")?;
        self.root.get("definitions")?.get(name)
    }
}

/// The codes of an enum: `oneOf` of `const`s (documented variants) or `enum`.
fn choices(node: &Value) -> Option<Box<[String]>> {
    let codes: Option<Vec<String>> = if let Some(Value::Array(variants)) = node.get("oneOf") {
        variants
            .iter()
            .map(|v| v.get("const")?.as_str().map(str::to_owned))
            .collect()
    } else if let Some(Value::Array(values)) = node.get("enum") {
        values
            .iter()
            .map(|v| v.as_str().map(str::to_owned))
            .collect()
    } else {
        None
    };
    codes.map(Vec::into_boxed_slice)
}

/// The schema's `type`, leaving out the `null` of an optional field.
fn type_of(node: &Value) -> Option<&str> {
    match node.get("type")? {
        Value::String(kind) => Some(kind),
        Value::Array(kinds) => kinds
            .iter()
            .filter_map(Value::as_str)
            .find(|kind| *kind != "null"),
        _ => None,
    }
}

fn is_null(node: &Value) -> bool {
    node.get("type").and_then(Value::as_str) == Some("null")
}

/// Whether a field's schema allows `null`: an `Option` in Rust.
fn nullable(node: &Value) -> bool {
    let typed = match node.get("type") {
        Some(Value::String(kind)) => kind == "null",
        Some(Value::Array(kinds)) => kinds.iter().any(|k| k.as_str() == Some("null")),
        _ => false,
    };
    typed
        || ["anyOf", "oneOf"].iter().any(|key| {
            node.get(*key)
                .and_then(Value::as_array)
                .is_some_and(|branches| branches.iter().any(is_null))
        })
}
