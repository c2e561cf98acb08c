//! The shape check: a YAML [`Document`] checked against the shape of a case file
//! or a config file ([`super::shape`], compiled from the JSON Schema of the Rust
//! types), so that every unknown field, missing field, misplaced list and
//! unreadable value is reported in one pass.
//!
//! serde stops at the first problem, which would make a user fix a hand-written file
//! one error per run. This check runs first and collects them all; serde then only
//! converts a tree known to fit. The shape comes from the same types serde reads,
//! and the tests below compare the two, so they cannot drift apart.

use super::scalar::{Amount, CaseDate, parse_days};
use super::shape::{CASE, CONFIG, Field, Presence, Shape};
use crate::diagnostic::{Code, Diagnostic, Span};
use crate::suggest::closest;
use crate::yaml::{Document, Node, Value};

use Presence::{Optional, Required};

/// Checks a tree against the config file's shape, so that a config file's problems
/// are all reported in one run, as a case file's are. A file with no content sets
/// nothing, which is not a problem.
pub fn check_config(tree: &Document) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    if let Some(root) = tree.root() {
        match &tree.node(root).value {
            Value::Mapping(_) => section(tree, root, "", &CONFIG, None, &mut problems),
            Value::Scalar { null: true, .. } => {}
            other => problems.push(
                Diagnostic::new(
                    Code::InvalidType,
                    format!(
                        "a config file is a set of fields such as `language: en`, not {}",
                        kind(other)
                    ),
                )
                .with_span(start_of(tree.node(root)))
                .with_help("start from the file `adieu config init` writes"),
            ),
        }
    }
    problems
}

/// Checks a tree against the case file's shape; returns every problem found, with
/// its field path and span.
pub fn check(tree: &Document) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    match tree.root() {
        None => problems.push(
            Diagnostic::new(Code::EmptyFile, "the case file is empty")
                .with_help("a case file needs at least `language`, `reason`, `sender`, `client` and `notice`; start from one of the files in examples/"),
        ),
        Some(root) => match &tree.node(root).value {
            Value::Mapping(_) => section(tree, root, "", &CASE, None, &mut problems),
            Value::Scalar { null: true, .. } => problems.push(
                Diagnostic::new(Code::EmptyFile, "the case file is empty")
                    .with_span(tree.node(root).span)
                    .with_help("a case file needs at least `language`, `reason`, `sender`, `client` and `notice`; start from one of the files in examples/"),
            ),
            other => problems.push(
                Diagnostic::new(
                    Code::InvalidType,
                    format!("a case file is a set of fields such as `language: en`, not {}", kind(other)),
                )
                .with_span(start_of(tree.node(root)))
                .with_help("start the file with `language:`, `reason:`, `sender:`, `client:` and `notice:` at the left margin, without `-`"),
            ),
        },
    }
    problems
}

/// Where to point for a node: a scalar whole, a collection at its first character.
fn start_of(node: &Node) -> Span {
    match node.value {
        Value::Scalar { .. } => node.span,
        _ => Span {
            len: node.span.len.min(1),
            ..node.span
        },
    }
}

fn section(
    tree: &Document,
    node: usize,
    path: &str,
    fields: &[Field],
    key: Option<Span>,
    problems: &mut Vec<Diagnostic>,
) {
    let Value::Mapping(pairs) = &tree.node(node).value else {
        return;
    };
    let mut seen: Vec<&str> = Vec::with_capacity(pairs.len());
    // A misspelt required field is reported once, as unknown with a suggestion, not
    // a second time as missing.
    let mut suggested: Vec<&str> = Vec::new();
    // A merge key would supply fields: what it leaves missing is not worth reporting.
    let mut merged = false;
    for &(key_index, value_index) in pairs {
        let key_node = tree.node(key_index);
        let Value::Scalar { text: name, .. } = &key_node.value else {
            problems.push(
                Diagnostic::new(
                    Code::InvalidKey,
                    "a field name must be a plain word, not a list or a section",
                )
                .at_path(path)
                .with_span(Span {
                    len: key_node.span.len.min(1),
                    ..key_node.span
                })
                .with_help("write the field name, a colon and the value, e.g. `name: Ana Popescu`"),
            );
            continue;
        };
        let field_path = join(path, name);
        if seen.contains(&name.as_str()) {
            problems.push(
                Diagnostic::new(
                    Code::DuplicateKey,
                    format!("`{field_path}` is written twice"),
                )
                .at_path(&field_path)
                .with_span(key_node.span)
                .with_help(
                    "each field may appear once in a section; delete or merge the repeated one",
                ),
            );
            continue;
        }
        seen.push(name);
        if name == "<<" {
            merged = true;
            problems.push(
                Diagnostic::new(
                    Code::UnsupportedMerge,
                    "merge keys (`<<`) are not allowed in a case file",
                )
                .at_path(path)
                .with_span(key_node.span)
                .with_help(
                    "write the fields out in this section instead of merging them from an anchor",
                ),
            );
            continue;
        }
        let Some(field) = fields.iter().find(|f| f.name == *name) else {
            let names: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
            let help = match closest(name, &names) {
                Some(candidate) => {
                    suggested.push(candidate);
                    format!("did you mean `{candidate}`?")
                }
                None => format!("the fields allowed here are: {}", names.join(", ")),
            };
            problems.push(
                Diagnostic::new(Code::UnknownField, format!("unknown field `{field_path}`"))
                    .at_path(&field_path)
                    .with_span(key_node.span)
                    .with_help(help),
            );
            continue;
        };
        value(
            tree,
            value_index,
            &field_path,
            field,
            key_node.span,
            problems,
        );
    }
    for missing in fields.iter().filter(|f| {
        f.presence == Required
            && !merged
            && !seen.contains(&f.name.as_str())
            && !suggested.contains(&f.name.as_str())
    }) {
        let field_path = join(path, &missing.name);
        let message = if path.is_empty() {
            format!("the case file has no `{field_path}`")
        } else {
            format!("`{field_path}` is missing")
        };
        let diagnostic = Diagnostic::new(Code::MissingField, message)
            .at_path(&field_path)
            .with_help(format!("add `{}:` {}", missing.name, example(missing)));
        problems.push(diagnostic.with_span(key.unwrap_or_else(|| start_of(tree.node(node)))));
    }
}

fn value(
    tree: &Document,
    index: usize,
    path: &str,
    field: &Field,
    key: Span,
    problems: &mut Vec<Diagnostic>,
) {
    let node = tree.node(index);
    if let Value::Scalar { null: true, .. } = node.value {
        if field.presence != Optional {
            problems.push(
                Diagnostic::new(Code::MissingValue, format!("`{path}` has no value"))
                    .at_path(path)
                    .with_span(key)
                    .with_help(format!(
                        "write a value after the colon, such as `{}: {}`",
                        field.name,
                        example_value(&field.shape)
                    )),
            );
        }
        return;
    }
    shaped(tree, index, path, &field.shape, key, problems);
}

fn shaped(
    tree: &Document,
    index: usize,
    path: &str,
    shape: &Shape,
    key: Span,
    problems: &mut Vec<Diagnostic>,
) {
    let node = tree.node(index);
    let wrong_kind = |expected: &str, help: String| {
        Diagnostic::new(
            Code::InvalidType,
            format!("`{path}` must be {expected}, not {}", kind(&node.value)),
        )
        .at_path(path)
        .with_span(start_of(node))
        .with_help(help)
    };
    match (shape, &node.value) {
        (Shape::Section(fields), Value::Mapping(_)) => {
            section(tree, index, path, fields, Some(key), problems);
        }
        (Shape::Item(shape), Value::Mapping(_)) if !shape.terms.is_empty() => {
            section(tree, index, path, &shape.terms, Some(key), problems);
        }
        (Shape::Section(fields), _) => problems.push(wrong_kind(
            "a section of fields",
            format!(
                "write its fields indented on the lines below, e.g. `{}:`",
                fields.first().map_or("name", |f| f.name.as_str())
            ),
        )),
        (Shape::List(item), Value::Sequence(items)) => {
            for (i, &item_index) in items.iter().enumerate() {
                let item_path = join(path, &i.to_string());
                let item_node = tree.node(item_index);
                if let Value::Scalar { null: true, .. } = item_node.value {
                    problems.push(
                        Diagnostic::new(
                            Code::MissingValue,
                            format!("`{item_path}` is an empty list item"),
                        )
                        .at_path(&item_path)
                        .with_span(item_node.span)
                        .with_help("write a value after the `-`, or remove the item"),
                    );
                    continue;
                }
                shaped(tree, item_index, &item_path, item, item_node.span, problems);
            }
        }
        (Shape::List(_), _) => problems.push(wrong_kind(
            "a list",
            "write the items as a list, e.g. `[\"first\", \"second\"]` or one `- item` per line"
                .into(),
        )),
        (_, Value::Mapping(_) | Value::Sequence(_)) => problems.push(wrong_kind(
            "a single value",
            format!(
                "write one value after the colon, such as `{}`",
                example_value(shape)
            ),
        )),
        (_, Value::Scalar { text, .. }) => {
            if let Some((code, message, help)) = scalar(shape, text, path) {
                problems.push(
                    Diagnostic::new(code, message)
                        .at_path(path)
                        .with_span(node.span)
                        .with_help(help),
                );
            }
        }
    }
}

/// What is wrong with a scalar of the given shape, if anything.
fn scalar(shape: &Shape, text: &str, path: &str) -> Option<(Code, String, String)> {
    match shape {
        Shape::Text | Shape::Path | Shape::Section(_) | Shape::List(_) => None,
        Shape::Item(shape) => shape.text(text).map(|fix| {
            (
                Code::MissingField,
                fix.to_owned(),
                "`adieu items` shows each code and what it takes".to_owned(),
            )
        }),
        Shape::Date => CaseDate::parse(text).err().map(|message| {
            (
                Code::InvalidDate,
                message,
                "write the date as YYYY-MM-DD, e.g. 2026-11-22".to_owned(),
            )
        }),
        Shape::Amount => Amount::parse(text).err().map(|message| {
            (
                Code::InvalidAmount,
                message,
                "write the amount in currency units with digits and a decimal point, e.g. 1200.00"
                    .to_owned(),
            )
        }),
        Shape::Days => parse_days(text).err().map(|message| {
            (
                Code::InvalidNumber,
                message,
                format!("`{path}` counts calendar days, e.g. 30"),
            )
        }),
        Shape::Flag => (!matches!(text, "true" | "True" | "TRUE" | "false" | "False" | "FALSE"))
            .then(|| {
                (
                    Code::InvalidValue,
                    format!("`{text}` is not `true` or `false`"),
                    format!("write `{}: true`, or remove the field", last(path)),
                )
            }),
        Shape::Colour => (!super::letterhead::is_colour(text)).then(|| {
            (
                Code::InvalidValue,
                format!("`{text}` is not a colour written `#RRGGBB`"),
                "write the colour as `#` and six hexadecimal digits, e.g. `#1A5FB4`".to_owned(),
            )
        }),
        Shape::Choice(choices) => (!choices.iter().any(|c| c == text)).then(|| {
            let choices: Vec<&str> = choices.iter().map(String::as_str).collect();
            let help = match closest(text, &choices) {
                Some(candidate) => format!("did you mean `{candidate}`?"),
                None => format!("write one of: {}", choices.join(", ")),
            };
            (
                Code::UnknownValue,
                format!("`{text}` is not a known value for `{path}`"),
                help,
            )
        }),
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Scalar { null: true, .. } => "empty",
        Value::Scalar { .. } => "a single value",
        Value::Mapping(_) => "a section",
        Value::Sequence(_) => "a list",
    }
}

fn example(field: &Field) -> String {
    match &field.shape {
        Shape::Section(fields) => {
            let first = fields
                .iter()
                .find(|f| f.presence == Required)
                .or(fields.first());
            match first {
                Some(first) => format!(
                    "with its fields indented below it, e.g. `{}: {}`",
                    first.name,
                    example_value(&first.shape)
                ),
                None => "with its fields indented below it".to_owned(),
            }
        }
        shape => format!(
            "with a value, e.g. `{}: {}`",
            field.name,
            example_value(shape)
        ),
    }
}

fn example_value(shape: &Shape) -> &str {
    match shape {
        Shape::Text | Shape::Path | Shape::Item(_) => "…",
        Shape::Date => "2026-11-22",
        Shape::Amount => "1200.00",
        Shape::Days => "30",
        Shape::Flag => "true",
        Shape::Colour => "#1A5FB4",
        Shape::Choice(choices) => choices.first().map_or("…", String::as_str),
        Shape::Section(_) => "{ … }",
        Shape::List(_) => "[ … ]",
    }
}

fn join(parent: &str, child: &str) -> String {
    if parent.is_empty() {
        child.to_owned()
    } else {
        format!("{parent}.{child}")
    }
}

fn last(path: &str) -> &str {
    path.rsplit('.').next().unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Case;
    use crate::yaml;

    const VALID: &str = "language: en\nreason: fit\nsender: {name: A, email: a@b.example}\nclient: {contact: {name: B}, email: b@c.example}\nnotice: {days: 30}\n";

    fn problems(source: &str) -> Vec<Diagnostic> {
        check(&Document::build(source).unwrap().0)
    }

    /// What serde says of a probe the schema need not accept.
    fn refusal(source: &str) -> yaml::Error {
        let (document, _) = Document::build(source).unwrap();
        match yaml::from_document::<Case>(&document) {
            Ok(_) => panic!("the probe was accepted: {source}"),
            Err(error) => error,
        }
    }

    /// serde's own list of the fields of the section at `path`, from the error it gives
    /// for an unknown one.
    fn serde_fields(path: &[&str]) -> Vec<&'static str> {
        let section = path
            .iter()
            .rev()
            .fold(String::from("zzz_unknown: 1"), |inner, name| {
                format!("{name}: {{ {inner} }}")
            });
        // The probe replaces the section of the same name, if the valid case has one.
        let mut source: String = VALID
            .lines()
            .filter(|l| {
                path.first()
                    .is_none_or(|first| !l.starts_with(&format!("{first}:")))
            })
            .map(|l| format!("{l}\n"))
            .collect();
        source.push_str(&section);
        source.push('\n');
        match refusal(&source) {
            yaml::Error::UnknownField { expected, .. } => expected.to_vec(),
            other => panic!("{path:?}: {other}"),
        }
    }

    /// The fields of the section at `path` in the case's shape (list items crossed
    /// without an index).
    fn section_at(path: &[&str]) -> &'static [Field] {
        let mut fields: &'static [Field] = &CASE;
        for name in path {
            let field = fields.iter().find(|f| f.name == *name).unwrap();
            let mut shape = &field.shape;
            if let Shape::List(item) = shape {
                shape = item;
            }
            fields = match shape {
                Shape::Section(fields) => fields,
                other => panic!("{name} is no section: {other:?}"),
            };
        }
        fields
    }

    fn names(path: &[&str]) -> Vec<&'static str> {
        section_at(path).iter().map(|f| f.name.as_str()).collect()
    }

    /// The codes the shape accepts for the field at `path`.
    fn codes(path: &[&str]) -> Vec<&'static str> {
        let (name, parent) = path.split_last().unwrap();
        let field = section_at(parent).iter().find(|f| f.name == *name).unwrap();
        match &field.shape {
            Shape::Choice(codes) => codes.iter().map(String::as_str).collect(),
            other => panic!("{name} is no choice: {other:?}"),
        }
    }

    #[test]
    fn the_shape_lists_the_fields_serde_knows() {
        assert_eq!(names(&[]), serde_fields(&[]));
        for section in [
            &["sender"][..],
            &["client"],
            &["client", "contact"],
            &["contract"],
            &["notice"],
            &["referral"],
            &["closeout"],
            &["closeout", "refund"],
            &["letterhead"],
        ] {
            assert_eq!(names(section), serde_fields(section), "{section:?}");
        }
    }

    #[test]
    fn the_shape_lists_the_codes_serde_knows() {
        let variants = |field: &str, value: &str| -> Vec<&'static str> {
            let source: String = VALID
                .lines()
                .filter(|l| !l.starts_with(&format!("{field}:")))
                .map(|l| format!("{l}\n"))
                .collect::<String>()
                + &format!("{field}: {value}\n");
            match refusal(&source) {
                yaml::Error::UnknownVariant { expected, .. } => expected.to_vec(),
                other => panic!("{field}: {other}"),
            }
        };
        assert_eq!(codes(&["tone"]), variants("tone", "zzz"));
        assert_eq!(codes(&["reason"]), variants("reason", "zzz"));
        assert_eq!(
            codes(&["closeout", "data"]),
            variants("closeout", "{data: zzz}")
        );
        let gender = "language: en\nreason: fit\nsender: {name: A, email: a@b.example}\nclient: {contact: {name: B, gender: zzz}, email: b@c.example}\nnotice: {days: 30}\n";
        match refusal(gender) {
            yaml::Error::UnknownVariant { expected, .. } => {
                assert_eq!(codes(&["client", "contact", "gender"]), expected)
            }
            other => panic!("gender: {other}"),
        }
    }

    #[test]
    fn list_items_have_the_fields_serde_knows() {
        let probe = |list: &str| -> Vec<&'static str> {
            let source = format!("{VALID}closeout: {{{list}: [{{zzz_unknown: 1}}]}}\n");
            match refusal(&source) {
                yaml::Error::UnknownField { expected, .. } => expected.to_vec(),
                other => panic!("{list}: {other}"),
            }
        };
        assert_eq!(names(&["closeout", "invoices"]), probe("invoices"));
        assert_eq!(names(&["closeout", "deliverables"]), probe("deliverables"));
    }

    /// A type as it is today, and the same type with one more optional field.
    mod throwaway {
        #![allow(dead_code)]

        #[derive(serde::Deserialize, schemars::JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct Before {
            pub name: String,
        }

        #[derive(serde::Deserialize, schemars::JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct After {
            pub name: String,
            /// A field added to the type, and nowhere else.
            pub nickname: Option<String>,
        }
    }

    #[test]
    fn a_new_optional_field_needs_only_its_type() {
        let check = |fields: &[Field], source: &str| -> Vec<(String, String)> {
            let (document, _) = Document::build(source).unwrap();
            let mut problems = Vec::new();
            let root = document.root().unwrap();
            section(&document, root, "", fields, None, &mut problems);
            problems
                .into_iter()
                .map(|d| (d.code.as_str().to_owned(), d.help.unwrap_or_default()))
                .collect()
        };
        let before = super::super::shape::of::<throwaway::Before>();
        let after = super::super::shape::of::<throwaway::After>();
        let source = "name: Ana\nnickname: Ani\n";
        assert_eq!(
            check(&before, source),
            [(
                "unknown-field".to_owned(),
                "the fields allowed here are: name".to_owned()
            )]
        );
        assert!(check(&after, source).is_empty());
        assert!(check(&after, "name: Ana\n").is_empty());
        assert_eq!(
            check(&after, "nickname: Ani\nnickame: x\n"),
            [
                (
                    "unknown-field".to_owned(),
                    "did you mean `nickname`?".to_owned()
                ),
                (
                    "missing-field".to_owned(),
                    "add `name:` with a value, e.g. `name: …`".to_owned()
                ),
            ]
        );
        let (document, _) = Document::build(source).unwrap();
        let read: throwaway::After = yaml::from_document(&document).unwrap();
        assert_eq!(read.nickname.as_deref(), Some("Ani"));
    }

    #[test]
    fn a_valid_case_has_no_problems() {
        assert!(problems(VALID).is_empty());
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let source = "language: en\nreson: fit\nsender: [a]\nclient: {contact: {name: B, gender: mail}, email: b@c.example}\nnotice: {days: thirty, until: 2026-02-30}\nnotice: {}\n";
        let found: Vec<(&str, Option<String>)> = problems(source)
            .iter()
            .map(|d| (d.code.as_str(), d.path.clone()))
            .collect();
        assert_eq!(
            found,
            [
                ("unknown-field", Some("reson".into())),
                ("invalid-type", Some("sender".into())),
                ("unknown-value", Some("client.contact.gender".into())),
                ("invalid-number", Some("notice.days".into())),
                ("invalid-date", Some("notice.until".into())),
                ("duplicate-key", Some("notice".into())),
            ]
        );
    }
}
