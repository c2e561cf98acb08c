//! The JSON Schemas of the case file and the config file, generated from the Rust
//! types that parse them, so that what an editor checks is what adieu accepts.
//!
//! Descriptions are the types' doc comments; `adieu new` and the case-file reference
//! take their explanations from here too, through [`Docs`]. The schemas follow JSON
//! Schema draft 7, which every YAML editor integration understands.

use std::path::Path;

use schemars::generate::SchemaSettings;
use schemars::transform::{RecursiveTransform, Transform};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::Value;

use crate::case::Case;
use crate::config::Profile;
use crate::l10n::{Catalog, languages};

/// The file name the case schema is published under.
pub const CASE_FILE: &str = "case.schema.json";

/// The file name the config schema is published under.
pub const CONFIG_FILE: &str = "config.schema.json";

/// Which schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The case file's.
    Case,
    /// The config file's.
    Config,
}

impl Kind {
    /// The file name the schema is published under.
    pub fn file_name(self) -> &'static str {
        match self {
            Kind::Case => CASE_FILE,
            Kind::Config => CONFIG_FILE,
        }
    }

    /// The schema itself, as published: without adieu's own [`CHECK`] markers.
    pub fn schema(self) -> Schema {
        let mut schema = self.annotated();
        RecursiveTransform(strip_markers as fn(&mut Schema)).transform(&mut schema);
        schema
    }

    /// The schema with adieu's own markers, from which the shape check is compiled
    /// (`case::shape`).
    pub(crate) fn annotated(self) -> Schema {
        match self {
            Kind::Case => annotated::<Case>(),
            Kind::Config => annotated::<Profile>(),
        }
    }

    /// The schema as pretty-printed JSON, ending with a newline.
    pub fn json(self) -> String {
        let mut text = serde_json::to_string_pretty(&self.schema()).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// adieu's own keyword, for what a value needs beyond what JSON Schema says of it:
/// its value names the check the shape check runs on a scalar ([`DAYS`], [`AMOUNT`],
/// [`COLOUR`]) or marks a close-out item ([`ITEM`]). A type or a field carries it
/// with `#[schemars(extend("x-adieu-check" = "days"))]` or in its own `json_schema`;
/// the published schema leaves it out, so editors never see it.
pub(crate) const CHECK: &str = "x-adieu-check";

/// [`CHECK`]'s value for a number of days, read with `case::parse_days`.
pub(crate) const DAYS: &str = "days";
/// [`CHECK`]'s value for an amount of money, read with `case::Amount::parse`.
pub(crate) const AMOUNT: &str = "amount";
/// [`CHECK`]'s value for a colour written `#RRGGBB`.
pub(crate) const COLOUR: &str = "colour";
/// [`CHECK`]'s value for a file's path: any text, but not the user's words, so
/// not among the text fields checked as such (`case::text_fields`).
pub(crate) const PATH: &str = "path";
/// [`CHECK`]'s value for a close-out item: a code of its catalogue (the `enum`
/// branch of its `anyOf`), the user's words, or a code with terms (the `object`
/// branch). [`NEEDS_TERMS`] beside it maps each code that cannot stand alone to the
/// fix to suggest.
pub(crate) const ITEM: &str = "item";
/// Beside [`CHECK`] = [`ITEM`]: the codes that need their terms, with the fix.
pub(crate) const NEEDS_TERMS: &str = "x-adieu-needs-terms";

/// On a config field that is a section of the case: the case's section takes the
/// config's field by field (value [`BY_FIELD`]), not whole. `config::Origins`
/// tracks each such field on its own.
pub(crate) const MERGE: &str = "x-adieu-merge";
/// [`MERGE`]'s value: field by field.
pub(crate) const BY_FIELD: &str = "by-field";

/// The schema of `T` with adieu's markers: draft 7, descriptions unwrapped.
pub(crate) fn annotated<T: JsonSchema>() -> Schema {
    SchemaSettings::draft07()
        .with_transform(RecursiveTransform(unwrap_description as fn(&mut Schema)))
        .into_generator()
        .into_root_schema_for::<T>()
}

/// Removes adieu's own keywords from one schema object (the transform visits the
/// subschemas).
fn strip_markers(schema: &mut Schema) {
    if let Some(object) = schema.as_object_mut() {
        object.retain(|key, _| !key.starts_with("x-adieu"));
    }
}

/// Doc comments are wrapped for source code; editors and `adieu new` wrap for
/// themselves, so a description keeps only its paragraph breaks.
fn unwrap_description(schema: &mut Schema) {
    if let Some(Value::String(text)) = schema.get_mut("description") {
        *text = text
            .split("\n\n")
            .map(|paragraph| paragraph.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect::<Vec<_>>()
            .join("\n\n");
    }
}

/// What a `# yaml-language-server: $schema=…` line in a file written into `dir`
/// should point at, so that editors find the schema offline: `schema/<file>` in
/// `dir` or a folder above it (the repository, or a folder of cases where
/// `adieu schema -o schema/case.schema.json` was run), as a relative path.
///
/// `None` when there is none: the command writing the file then installs adieu's own
/// copy (`commands::schema::install`) and says so. Looking never writes anything.
pub fn reference(kind: Kind, dir: &Path) -> Option<String> {
    let dir = std::path::absolute(dir).ok()?;
    dir.ancestors().enumerate().find_map(|(up, ancestor)| {
        ancestor
            .join("schema")
            .join(kind.file_name())
            .is_file()
            .then(|| format!("{}schema/{}", "../".repeat(up), kind.file_name()))
    })
}

/// A `file://` URI for an absolute path: the `$schema=` line ends at a space.
pub fn file_uri(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut uri = String::from("file://");
    if !text.starts_with('/') {
        uri.push('/');
    }
    for c in text.chars() {
        match c {
            ' ' => uri.push_str("%20"),
            '#' => uri.push_str("%23"),
            '%' => uri.push_str("%25"),
            c => uri.push(c),
        }
    }
    uri
}

/// The schema of `language`: any language tag, with the languages adieu writes
/// offered as completions. Regional tags (es-MX) are valid too, so it is no enum;
/// so are extensions and private use (`en-u-ca-buddhist`, `en-x-foo`), whose
/// one-letter singletons the pattern lets through.
pub(crate) fn language(_: &mut SchemaGenerator) -> Schema {
    let offered = languages(&Catalog::embedded().folders());
    json_schema!({
        "type": ["string", "null"],
        "pattern": "^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$",
        "examples": offered,
    })
}

/// Field descriptions and allowed values, looked up by field path in a schema.
#[derive(Debug, Clone)]
pub struct Docs {
    root: Value,
}

impl Docs {
    /// The documentation of one schema.
    pub fn new(kind: Kind) -> Docs {
        Docs {
            root: kind.schema().to_value(),
        }
    }

    /// The schema of the field at a dotted path such as `client.contact.name`, with
    /// references resolved. List items are addressed with `0`, as in
    /// `closeout.invoices.0.amount`.
    pub fn field(&self, path: &str) -> Option<&Value> {
        let mut node = &self.root;
        for part in path.split('.') {
            let resolved = self.resolve(node);
            node = if part.chars().all(|c| c.is_ascii_digit()) {
                self.resolve(resolved.get("items")?)
            } else {
                self.object_of(resolved)?.get("properties")?.get(part)?
            };
        }
        Some(node)
    }

    /// The schema of the field at `path` itself, past references and the `null` of
    /// an optional field: what its values look like.
    pub fn value_schema(&self, path: &str) -> Option<&Value> {
        self.field(path).map(|field| self.resolve(field))
    }

    /// The description of the field at `path`.
    pub fn description(&self, path: &str) -> Option<&str> {
        let field = self.field(path)?;
        field
            .get("description")
            .or_else(|| self.resolve(field).get("description"))
            .and_then(Value::as_str)
    }

    /// The values allowed at `path` with their descriptions, for fields that are enums.
    pub fn values(&self, path: &str) -> Vec<(&str, &str)> {
        let Some(field) = self.field(path) else {
            return Vec::new();
        };
        let Some(choices) = self.object_of(field).and_then(|o| o.get("oneOf")) else {
            return Vec::new();
        };
        choices
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|choice| {
                let value = choice.get("const")?.as_str()?;
                let description = choice
                    .get("description")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                Some((value, description))
            })
            .collect()
    }

    /// The dotted path of every field in the schema, parents before children.
    pub fn paths(&self) -> Vec<String> {
        let mut paths = Vec::new();
        self.collect(&self.root, "", &mut paths);
        paths
    }

    /// Whether the field at `path` must be written (in a case file without config).
    pub fn required(&self, path: &str) -> bool {
        let (parent, name) = match path.rsplit_once('.') {
            Some((parent, name)) => (self.field(parent), name),
            None => (Some(&self.root), path),
        };
        parent
            .and_then(|p| self.object_of(p))
            .and_then(|o| o.get("required"))
            .and_then(Value::as_array)
            .is_some_and(|required| required.iter().any(|r| r.as_str() == Some(name)))
    }

    fn collect(&self, node: &Value, prefix: &str, paths: &mut Vec<String>) {
        let Some(object) = self.object_of(node) else {
            if let Some(items) = self.resolve(node).get("items") {
                self.collect(items, &format!("{prefix}.0"), paths);
            }
            return;
        };
        if let Some(Value::Object(properties)) = object.get("properties") {
            for (name, child) in properties {
                let path = if prefix.is_empty() {
                    name.clone()
                } else {
                    format!("{prefix}.{name}")
                };
                paths.push(path.clone());
                self.collect(child, &path, paths);
            }
        }
    }

    /// Follows `$ref`, a single-entry `allOf`, and the non-null branch of an
    /// optional field's `anyOf`.
    fn resolve<'a>(&'a self, node: &'a Value) -> &'a Value {
        if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
            let name = reference.rsplit('/').next().unwrap_or_default();
            if let Some(target) = self.root.get("definitions").and_then(|d| d.get(name)) {
                return self.resolve(target);
            }
        }
        for key in ["allOf", "anyOf"] {
            if let Some(Value::Array(branches)) = node.get(key) {
                let mut real = branches
                    .iter()
                    .filter(|b| b.get("type").and_then(Value::as_str) != Some("null"));
                if let (Some(only), None) = (real.next(), real.next()) {
                    return self.resolve(only);
                }
            }
        }
        node
    }

    /// The schema of an object, or of the items of a list of objects.
    fn object_of<'a>(&'a self, node: &'a Value) -> Option<&'a Value> {
        let resolved = self.resolve(node);
        if resolved.get("properties").is_some() || resolved.get("oneOf").is_some() {
            Some(resolved)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_fields_from_doc_comments() {
        let docs = Docs::new(Kind::Case);
        assert_eq!(
            docs.description("sender.name"),
            Some("Your full name, as you sign.")
        );
        assert_eq!(
            docs.description("closeout.invoices.0.currency"),
            Some("The ISO 4217 currency code, e.g. EUR.")
        );
        assert!(docs.required("reason"));
        assert!(docs.required("client.contact.name"));
        assert!(!docs.required("sender"));
        assert!(!docs.required("sender.name"));
    }

    #[test]
    fn absolute_paths_become_file_uris() {
        assert_eq!(
            file_uri(Path::new("/home/a b/#x/case.schema.json")),
            "file:///home/a%20b/%23x/case.schema.json"
        );
        assert_eq!(
            file_uri(Path::new(r"C:\Users\ana\case.schema.json")),
            "file:///C:/Users/ana/case.schema.json"
        );
    }

    #[test]
    fn finds_the_schema_folder_above() {
        let dir = tempfile::tempdir().unwrap();
        let nested = dir.path().join("cases/2026");
        std::fs::create_dir_all(&nested).unwrap();
        std::fs::create_dir_all(dir.path().join("schema")).unwrap();
        std::fs::write(dir.path().join("schema").join(CASE_FILE), "{}").unwrap();
        assert_eq!(
            reference(Kind::Case, &nested).as_deref(),
            Some("../../schema/case.schema.json")
        );
        assert_eq!(
            reference(Kind::Case, dir.path()).as_deref(),
            Some("schema/case.schema.json")
        );
    }

    #[test]
    fn lists_the_values_of_enums() {
        let docs = Docs::new(Kind::Case);
        let reasons: Vec<&str> = docs.values("reason").iter().map(|(v, _)| *v).collect();
        assert_eq!(
            reasons,
            [
                "capacity",
                "fit",
                "direction",
                "outgrown",
                "payment",
                "conduct",
                "ethics"
            ]
        );
        assert_eq!(docs.values("tone").len(), 3);
        assert_eq!(docs.values("closeout.data").len(), 3);
    }
}
