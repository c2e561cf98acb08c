//! The JSON Schemas: the committed copies match the Rust types, and an independent
//! JSON-Schema validator agrees with adieu on the example cases and the scaffolds.

use std::path::Path;

use adieu::schema::Kind;
use serde_json::Value;

use crate::support::{adieu, check_golden, examples, root, stdout_of};

fn validator(kind: Kind) -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&kind.json()).expect("the schema is JSON");
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema is a valid draft-07 schema")
}

/// A YAML file read as the JSON value an editor's YAML extension validates.
fn yaml(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).expect("readable");
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// Fails when a change to the case types is not reflected in `schema/`; run with
/// `UPDATE_GOLDEN=1` to regenerate, and review the diff.
#[test]
fn the_committed_schemas_match_the_types() {
    for (kind, argument) in [(Kind::Case, "case"), (Kind::Config, "config")] {
        let printed = stdout_of(adieu().args(["schema", argument]));
        assert_eq!(printed, kind.json());
        let path = root().join("schema").join(kind.file_name());
        if let Err(difference) = check_golden(&path, &printed) {
            panic!("{difference}");
        }
    }
}

#[test]
fn every_example_case_is_valid_against_the_schema() {
    let validator = validator(Kind::Case);
    for example in examples() {
        let found = errors(&validator, &yaml(&example));
        assert!(found.is_empty(), "{}: {found:#?}", example.display());
    }
}

#[test]
fn the_schema_rejects_what_adieu_rejects_by_type() {
    let validator = validator(Kind::Case);
    let unknown = errors(
        &validator,
        &yaml(&root().join("tests/cases/unknown-field.yaml")),
    );
    assert_eq!(
        unknown,
        [
            "\"client\" is a required property at ",
            "Additional properties are not allowed ('clinet' was unexpected) at "
        ]
    );
    let several = errors(
        &validator,
        &yaml(&root().join("tests/cases/several-problems.yaml")),
    );
    assert_eq!(
        several,
        [
            "-5 is less than the minimum of 0 at /closeout/invoices/0/amount",
            "\"EURO\" does not match \"^[A-Z]{3}$\" at /closeout/invoices/0/currency",
            "\"not-an-email\" is not a \"email\" at /sender/email",
        ]
    );
}

#[test]
fn scaffolds_and_config_files_are_valid_against_their_schemas() {
    let dir = tempfile::tempdir().unwrap();
    let case = validator(Kind::Case);
    for reason in ["capacity", "payment", "ethics"] {
        let text = stdout_of(adieu().args(["new", "--reason", reason]));
        let path = dir.path().join(format!("{reason}.yaml"));
        std::fs::write(&path, text).unwrap();
        // Placeholders are strings, so only the email format can object to them.
        let found = errors(&case, &yaml(&path));
        assert_eq!(
            found.len(),
            2,
            "only the two placeholder emails: {found:#?}"
        );
        assert!(found.iter().all(|e| e.contains("email")), "{found:#?}");
    }
    let config = validator(Kind::Config);
    let path = dir.path().join("config.yaml");
    crate::support::adieu_in(dir.path(), dir.path())
        .args(["--config", "config.yaml", "config", "init"])
        .assert()
        .success();
    let filled = std::fs::read_to_string(&path)
        .unwrap()
        .replace("\"<your email address>\"", "ana@studio.example");
    std::fs::write(&path, filled).unwrap();
    let found = errors(&config, &yaml(&path));
    assert!(found.is_empty(), "{found:#?}");
}
