//! The localisation gate, part 1: every Fluent file parses cleanly, every language
//! has exactly English's messages with English's variables, and every plural
//! selector covers the CLDR categories its language needs.
//!
//! Ambient variables (`$tone`, `$voice`, … — the fields of `plan::Ambient`) are
//! passed to every message, so a translation may use them anywhere; the variables a
//! template passes explicitly must be the same as English's (see docs/translating.md).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;

use crate::support::{LANGUAGES, root};

/// What the gate knows about one message.
#[derive(Debug, Default)]
pub struct MessageFacts {
    /// `file:line` of the definition, for reports.
    pub place: String,
    /// Attribute names.
    pub attributes: BTreeSet<String>,
    /// Variables other than the ambient ones.
    pub variables: BTreeSet<String>,
    /// Every select expression: its selector and its variant keys.
    pub selects: Vec<Select>,
}

/// One select expression.
#[derive(Debug)]
pub struct Select {
    /// `PLURAL($days)` → `Plural("days")`, `$tone` → `Variable("tone")`.
    pub selector: Selector,
    /// The variant keys, default included.
    pub keys: BTreeSet<String>,
    /// The default variant's key.
    pub default: String,
}

/// What a select expression selects on.
#[derive(Debug, PartialEq, Eq)]
pub enum Selector {
    /// `PLURAL($x)`: the CLDR plural category of `$x`.
    Plural(String),
    /// A bare variable.
    Variable(String),
    /// Anything else (a literal, another function).
    Other,
}

/// The messages of one locale folder, or the problems that stop reading them.
pub type Folder = BTreeMap<String, MessageFacts>;

/// The variables every message receives (the fields of `plan::Ambient`).
pub fn ambient_variables() -> BTreeSet<String> {
    let ambient = adieu::plan::Ambient {
        tone: "",
        voice: "",
        gender: "",
        name: String::new(),
        surname: String::new(),
        sender: String::new(),
        firm: String::new(),
        spoken: String::new(),
        email: String::new(),
        closeout: "",
        transition: "",
        reason: "",
        titled: "",
    };
    match serde_json::to_value(&ambient) {
        Ok(serde_json::Value::Object(map)) => map.keys().cloned().collect(),
        other => panic!("Ambient serialises to a map, not {other:?}"),
    }
}

/// The values each enumerated variable can take, so that a variant key with a typo
/// (`[wram]`), which would silently fall to the default, is caught.
fn enumerations() -> BTreeMap<&'static str, BTreeSet<&'static str>> {
    use adieu::case::{DataHandling, Gender, Tone};
    BTreeMap::from([
        (
            "tone",
            [Tone::Warm, Tone::Neutral, Tone::Firm]
                .map(Tone::code)
                .into(),
        ),
        ("voice", ["we", "i"].into()),
        ("closeout", ["none", "some"].into()),
        ("transition", ["none", "some"].into()),
        ("status", ["overdue", "due-today", "due"].into()),
        ("dated", ["yes", "no"].into()),
        ("referenced", ["yes", "no"].into()),
        ("titled", ["yes", "no"].into()),
        ("agreement", ["singular", "plural"].into()),
        (
            "reason",
            adieu::case::Reason::ALL
                .map(adieu::case::Reason::code)
                .into(),
        ),
        (
            "gender",
            [Gender::Female, Gender::Male, Gender::Unspecified]
                .map(Gender::code)
                .into(),
        ),
        (
            "data",
            [
                DataHandling::Return,
                DataHandling::Delete,
                DataHandling::KeepAsRequired,
            ]
            .map(DataHandling::code)
            .into(),
        ),
    ])
}

const CLDR_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The CLDR plural categories a locale distinguishes, from ICU4X.
pub fn plural_categories(tag: &str) -> BTreeSet<String> {
    let locale: icu_locale_core::Locale = tag.parse().expect("a locale tag");
    let rules = icu_plurals::PluralRules::try_new_cardinal((&locale).into())
        .expect("plural rules for every locale");
    rules
        .categories()
        .map(|c| format!("{c:?}").to_lowercase())
        .collect()
}

/// Parses every `.ftl` file of `dir`, reporting syntax errors and junk as `file:line`.
pub fn read_folder(dir: &Path) -> Result<Folder, Vec<String>> {
    let ambient = ambient_variables();
    let mut folder = Folder::new();
    let mut problems = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("UTF-8 locale file");
        let shown = path
            .strip_prefix(root())
            .unwrap_or(&path)
            .display()
            .to_string();
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    problems.push(format!(
                        "{shown}:{}: syntax error: {:?}",
                        line_of(&text, error.pos.start),
                        error.kind
                    ));
                }
                resource
            }
        };
        for entry in &resource.body {
            match entry {
                ast::Entry::Junk { content } => problems.push(format!(
                    "{shown}:{}: junk that is not a message: {:?}",
                    line_of(&text, offset_in(&text, content)),
                    content.lines().next().unwrap_or_default()
                )),
                ast::Entry::Message(message) => {
                    let id = message.id.name.to_owned();
                    let place = format!(
                        "{shown}:{}",
                        line_of(&text, offset_in(&text, message.id.name))
                    );
                    let mut facts = MessageFacts {
                        place,
                        ..MessageFacts::default()
                    };
                    let mut variables = BTreeSet::new();
                    if let Some(value) = &message.value {
                        walk_pattern(value, &mut variables, &mut facts.selects);
                    }
                    for attribute in &message.attributes {
                        facts.attributes.insert(attribute.id.name.to_owned());
                        walk_pattern(&attribute.value, &mut variables, &mut facts.selects);
                    }
                    facts.variables = variables.difference(&ambient).cloned().collect();
                    if let Some(first) = folder.get(&id) {
                        problems.push(format!(
                            "{}: message `{id}` is defined twice (first at {})",
                            facts.place, first.place
                        ));
                    }
                    folder.insert(id, facts);
                }
                _ => {}
            }
        }
    }
    if problems.is_empty() {
        Ok(folder)
    } else {
        Err(problems)
    }
}

fn walk_pattern(
    pattern: &ast::Pattern<&str>,
    variables: &mut BTreeSet<String>,
    selects: &mut Vec<Select>,
) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, variables, selects);
        }
    }
}

fn walk_expression(
    expression: &ast::Expression<&str>,
    variables: &mut BTreeSet<String>,
    selects: &mut Vec<Select>,
) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, variables, selects),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, variables, selects);
            let selector = match selector {
                ast::InlineExpression::FunctionReference { id, arguments }
                    if id.name == "PLURAL" =>
                {
                    match arguments.positional.as_slice() {
                        [ast::InlineExpression::VariableReference { id }] => {
                            Selector::Plural(id.name.to_owned())
                        }
                        _ => Selector::Other,
                    }
                }
                ast::InlineExpression::VariableReference { id } => {
                    Selector::Variable(id.name.to_owned())
                }
                _ => Selector::Other,
            };
            let key = |v: &ast::Variant<&str>| match &v.key {
                ast::VariantKey::Identifier { name } => (*name).to_owned(),
                ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
            };
            selects.push(Select {
                selector,
                keys: variants.iter().map(key).collect(),
                default: variants
                    .iter()
                    .find(|v| v.default)
                    .map(key)
                    .unwrap_or_default(),
            });
            for variant in variants {
                walk_pattern(&variant.value, variables, selects);
            }
        }
    }
}

fn walk_inline(
    inline: &ast::InlineExpression<&str>,
    variables: &mut BTreeSet<String>,
    selects: &mut Vec<Select>,
) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                walk_inline(argument, variables, selects);
            }
            for argument in &arguments.named {
                walk_inline(&argument.value, variables, selects);
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            walk_expression(expression, variables, selects);
        }
        _ => {}
    }
}

/// Checks one folder against the reference. A regional folder (`es-MX`) holds only
/// the messages that differ, so only what it has is checked.
pub fn lint(reference: &Folder, folder: &Folder, tag: &str) -> Vec<String> {
    let regional = tag.contains('-');
    let needed = plural_categories(tag);
    let enumerations = enumerations();
    let mut problems = Vec::new();
    if !regional {
        for id in reference.keys().filter(|id| !folder.contains_key(*id)) {
            problems.push(format!(
                "locales/{tag}: message `{id}` is missing (it is at {})",
                reference[id].place
            ));
        }
    }
    for (id, facts) in folder {
        let Some(english) = reference.get(id) else {
            problems.push(format!(
                "{}: message `{id}` is obsolete: English has no such message",
                facts.place
            ));
            continue;
        };
        if facts.attributes != english.attributes {
            problems.push(format!(
                "{}: message `{id}` has the attributes {:?}, English {:?}",
                facts.place, facts.attributes, english.attributes
            ));
        }
        if facts.variables != english.variables {
            problems.push(format!(
                "{}: message `{id}` uses the variables {:?}, English {:?}",
                facts.place, facts.variables, english.variables
            ));
        }
        for select in &facts.selects {
            problems.extend(check_select(id, facts, select, &needed, &enumerations));
        }
    }
    problems
}

fn check_select(
    id: &str,
    facts: &MessageFacts,
    select: &Select,
    needed: &BTreeSet<String>,
    enumerations: &BTreeMap<&'static str, BTreeSet<&'static str>>,
) -> Vec<String> {
    let mut problems = Vec::new();
    let place = &facts.place;
    let is_category = |k: &String| CLDR_CATEGORIES.contains(&k.as_str());
    let is_number = |k: &String| k.parse::<f64>().is_ok();
    match &select.selector {
        Selector::Plural(variable) => {
            let missing: Vec<_> = needed.difference(&select.keys).collect();
            if !missing.is_empty() {
                problems.push(format!(
                    "{place}: `{id}`: PLURAL(${variable}) lacks the categories {missing:?}"
                ));
            }
            let strange: Vec<_> = select
                .keys
                .iter()
                .filter(|k| !is_category(k) && !is_number(k))
                .collect();
            if !strange.is_empty() {
                problems.push(format!(
                    "{place}: `{id}`: PLURAL(${variable}) has keys that are no CLDR category: {strange:?}"
                ));
            }
            if select.default != "other" {
                problems.push(format!(
                    "{place}: `{id}`: the default variant of PLURAL(${variable}) must be *[other], not *[{}]",
                    select.default
                ));
            }
        }
        Selector::Variable(variable) => {
            if let Some(values) = enumerations.get(variable.as_str()) {
                let unknown: Vec<_> = select
                    .keys
                    .iter()
                    .filter(|k| !values.contains(k.as_str()))
                    .collect();
                if !unknown.is_empty() {
                    problems.push(format!(
                        "{place}: `{id}`: ${variable} is never {unknown:?}; it is one of {values:?}"
                    ));
                }
            } else if select.keys.iter().any(|k| is_category(k) && k != "other") {
                problems.push(format!(
                    "{place}: `{id}`: select on ${variable} with plural categories; write PLURAL(${variable}) so that ICU4X chooses the category"
                ));
            }
        }
        Selector::Other => {}
    }
    problems
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The byte offset of a slice of `text` within it.
fn offset_in(text: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

/// Every locale folder under `locales/`, sorted.
pub fn folders() -> Vec<String> {
    let mut folders: Vec<String> = std::fs::read_dir(root().join("locales"))
        .expect("locales/ exists")
        .map(|e| {
            e.expect("readable entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    folders.sort();
    folders
}

#[test]
fn every_locale_folder_has_englishs_messages_variables_and_plural_forms() {
    let reference =
        read_folder(&root().join("locales/en")).unwrap_or_else(|p| panic!("{}", p.join("\n")));
    let mut problems = lint(&reference, &reference, "en");
    for folder in folders().iter().filter(|f| *f != "en") {
        match read_folder(&root().join("locales").join(folder)) {
            Ok(messages) => problems.extend(lint(&reference, &messages, folder)),
            Err(errors) => problems.extend(errors),
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_language_and_its_regions_is_a_folder() {
    let folders = folders();
    for language in LANGUAGES {
        assert!(folders.iter().any(|f| f == language), "locales/{language}");
    }
    for regional in ["en-US", "es-MX"] {
        assert!(folders.iter().any(|f| f == regional), "locales/{regional}");
    }
}

#[test]
fn plural_categories_are_cldrs() {
    let expected = [
        ("en", "one other"),
        ("es", "many one other"),
        ("fr", "many one other"),
        ("ro", "few one other"),
        ("sk", "few many one other"),
    ];
    for (tag, categories) in expected {
        let found: Vec<String> = plural_categories(tag).into_iter().collect();
        assert_eq!(found.join(" "), categories, "{tag}");
    }
}

/// The gate catches what it is for: each broken file below is reported.
#[test]
fn the_gate_reports_each_kind_of_mistake() {
    let reference =
        read_folder(&root().join("locales/en")).unwrap_or_else(|p| panic!("{}", p.join("\n")));
    let english = std::fs::read_to_string(root().join("locales/en/document.ftl")).unwrap();
    let calls = std::fs::read_to_string(root().join("locales/en/call.ftl")).unwrap();
    // English needs no plural categories for days ("one day's", "30 days'"): the
    // plural cases use a notice sentence that selects on them, as other languages do.
    let start = english.find("notice-days = ").unwrap();
    let end = english.find("notice-until = ").unwrap();
    let plural = [
        &english[..start],
        "notice-days = With { PLURAL($days) ->\n    [one] { $days } day\n   *[other] { $days } days\n} of notice, it ends on { $end }.\n",
        &english[end..],
    ]
    .concat();
    let cases: [(&str, &str, String); 7] = [
        (
            "sk",
            "uses the variables {\"datum\", \"place\"}, English {\"date\", \"place\"}",
            english.replace(
                "place-date = { $place }, { $date }",
                "place-date = { $place }, { $datum }",
            ),
        ),
        (
            "fr",
            "message `salutation` is missing",
            english.replace("salutation =", "salutations ="),
        ),
        (
            "fr",
            "message `salutations` is obsolete",
            english.replace("salutation =", "salutations ="),
        ),
        (
            "sk",
            "lacks the categories [\"few\", \"many\"]",
            plural.clone(),
        ),
        (
            "ro",
            "select on $days with plural categories",
            plural.replace("PLURAL($days) ->", "$days ->"),
        ),
        (
            "fr",
            "junk that is not a message",
            format!("{english}\nnot a message\n"),
        ),
        (
            "es",
            "$tone is never [\"wram\"]",
            english.replace("[warm] With warm", "[wram] With warm"),
        ),
    ];
    for (tag, expected, document) in cases {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("document.ftl"), &document).unwrap();
        std::fs::write(dir.path().join("call.ftl"), &calls).unwrap();
        let problems = match read_folder(dir.path()) {
            Ok(messages) => lint(&reference, &messages, tag),
            Err(errors) => errors,
        };
        assert!(
            problems.iter().any(|p| p.contains(expected)),
            "{tag}: expected a problem containing {expected:?}, got {problems:#?}"
        );
    }
}
