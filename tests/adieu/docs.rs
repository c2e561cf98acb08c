//! docs/case-file.md is generated from the JSON Schema (and so from the doc comments
//! of the case types), in the order `adieu new` shows the fields. It is checked like
//! a golden file: run with `UPDATE_GOLDEN=1` after changing a type, and review.

use adieu::case::Reason;
use adieu::diagnostic::{Code, Severity};
use adieu::l10n::{Catalog, Language, Localizer};
use adieu::render::Channel;
use adieu::scaffold::{self, Request};
use adieu::schema::{Docs, Kind};
use serde_json::Value;
use strum::IntoEnumIterator;

use crate::support::{check_golden, root};

/// A short name for the kind of value a field takes.
fn kind_of(docs: &Docs, path: &str) -> String {
    let Some(node) = docs.value_schema(path) else {
        return String::new();
    };
    let values = docs.values(path);
    if !values.is_empty() {
        let codes: Vec<String> = values.iter().map(|(v, _)| format!("`{v}`")).collect();
        return format!("one of {}", codes.join(", "));
    }
    let types: Vec<&str> = match node.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => vec!["object"],
    };
    let format = node.get("format").and_then(Value::as_str);
    let pattern = node.get("pattern").and_then(Value::as_str);
    if types.contains(&"number") {
        return "amount, e.g. `1200.00`".into();
    }
    if types.contains(&"integer") {
        let max = node.get("maximum").and_then(Value::as_u64).unwrap_or(0);
        return format!("whole number, 0 to {max}");
    }
    if types.contains(&"boolean") {
        return "`true` or `false`".into();
    }
    if types.contains(&"array") {
        return match docs
            .value_schema(&format!("{path}.0"))
            .and_then(|i| i.get("properties"))
        {
            Some(_) => "list of sections".into(),
            None => "list of text lines".into(),
        };
    }
    match (format, pattern) {
        (Some("date"), _) => "date, `YYYY-MM-DD`".into(),
        (Some("email"), _) => "email address".into(),
        (_, Some("^[A-Z]{3}$")) => "ISO 4217 currency code".into(),
        (_, Some(_)) => "language tag".into(),
        _ if types.contains(&"string") => "text".into(),
        _ => "section".into(),
    }
}

fn table(docs: &Docs, paths: &[String]) -> String {
    let mut text = String::from("| Field | Value | Required | Description |\n|---|---|---|---|\n");
    for path in paths {
        let description = docs.description(path).unwrap_or_default();
        let values = docs.values(path);
        let mut described = description.replace('|', "\\|");
        for (value, meaning) in values {
            described.push_str(&format!("<br>`{value}`: {meaning}"));
        }
        text.push_str(&format!(
            "| `{}` | {} | {} | {described} |\n",
            path.replace(".0.", "[]."),
            kind_of(docs, path),
            if docs.required(path) { "yes" } else { "" },
        ));
    }
    text
}

fn reference() -> String {
    let catalog = Catalog::embedded();
    let language = Language::resolve("en", &catalog).unwrap();
    let localizer = Localizer::new(language.clone(), &catalog).unwrap();
    let request = Request {
        language: &language,
        reason: Some(Reason::Fit),
        channel: Channel::Letter,
        config: None,
        schema: "case.schema.json",
        file_name: "case.yaml",
        answers: None,
    };
    let order = scaffold::scaffold(&request, &localizer).unwrap().fields;
    let docs = Docs::new(Kind::Case);
    let mut text = String::from(
        "# Case file reference\n\n\
         <!-- Generated from the JSON Schema, and so from the doc comments in\n\
         src/case/mod.rs: edit those, then run\n\
         `UPDATE_GOLDEN=1 cargo test --test adieu docs`. -->\n\n\
         A case file is a YAML file describing one client relationship you are ending.\n\
         `adieu new` writes one with every field below explained; `adieu schema` prints\n\
         the JSON Schema editors check it against (see [editor integration](editor-integration.md)).\n\
         Fields marked *required* must be in the case file; `language`, `tone`, `notice`\n\
         and the `sender` fields may come from your config file instead (see the end of\n\
         this page). Lists of items are written one per line, after `- `.\n",
    );
    let children = |section: &str| -> Vec<String> {
        order
            .iter()
            .filter(|p| p.starts_with(&format!("{section}.")))
            .cloned()
            .collect()
    };
    let (scalars, sections): (Vec<String>, Vec<String>) = order
        .iter()
        .filter(|p| !p.contains('.'))
        .cloned()
        .partition(|p| children(p).is_empty());
    text.push_str("\n## At the top\n\n");
    text.push_str(&table(&docs, &scalars));
    for section in &sections {
        text.push_str(&format!("\n## `{section}`\n\n"));
        let children = children(section);
        {
            text.push_str(docs.description(section).unwrap_or_default());
            text.push_str(if docs.required(section) {
                " *Required.*\n\n"
            } else {
                "\n\n"
            });
            text.push_str(&table(&docs, &children));
        }
    }
    let config = Docs::new(Kind::Config);
    text.push_str(
        "\n## The config file\n\n\
         `adieu config init` writes it; `adieu config show` shows which value comes from\n\
         where. It is found at `--config FILE`, else `$ADIEU_CONFIG`, else\n\
         `~/.config/adieu/config.yaml` (`$XDG_CONFIG_HOME/adieu/config.yaml`; on Windows\n\
         `%APPDATA%\\adieu\\config.yaml`). Its fields have the same form as the case\n\
         file's:\n\n",
    );
    let fields: Vec<String> = ["language", "tone", "notice", "sender", "letterhead"]
        .iter()
        .map(|f| (*f).to_owned())
        .collect();
    let mut rows = String::from("| Field | Description |\n|---|---|\n");
    for field in &fields {
        rows.push_str(&format!(
            "| `{field}` | {} |\n",
            config.description(field).unwrap_or_default()
        ));
    }
    text.push_str(&rows);
    text
}

#[test]
fn the_case_file_reference_matches_the_schema() {
    let path = root().join("docs/case-file.md");
    if let Err(difference) = check_golden(&path, &reference()) {
        panic!("{difference}");
    }
}

/// README's table of warning codes is what a user reads to learn what `check` may
/// say: it is the warning codes of the enum, in its order, each with its explanation
/// (what `adieu check --explain CODE` prints).
#[test]
fn the_readme_lists_every_warning_code() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md");
    let table: Vec<&str> = readme
        .lines()
        .skip_while(|line| *line != "| code | when |")
        .take_while(|line| line.starts_with('|'))
        .skip(2)
        .collect();
    let expected: Vec<String> = Code::iter()
        .filter(|code| code.severity() == Severity::Warning)
        .map(|code| format!("| `{code}` | {} |", code.explain()))
        .collect();
    assert!(expected.len() >= 13, "found only {expected:?}");
    assert_eq!(
        table.join("\n"),
        expected.join("\n"),
        "README's table of warnings differs from the codes; it should read:\n{}",
        expected.join("\n")
    );
}
