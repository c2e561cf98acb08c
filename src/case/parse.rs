//! YAML text → [`Case`] in three steps over one reading of the text: the
//! [`Document`] refuses hostile input within fixed limits, the [`schema`] reports
//! every misplaced or unreadable value at once, and serde converts the document's
//! nodes, then known to fit. Every problem becomes a located [`Diagnostic`].

use serde::de::DeserializeOwned;

use super::Case;
use super::schema;
use crate::diagnostic::Diagnostic;
use crate::yaml::{self, Document, Paths};

/// The largest case file accepted, in bytes. Real case files are a few kilobytes.
pub const MAX_INPUT_BYTES: usize = 1024 * 1024;

/// Parses a case file. The text must already be within [`MAX_INPUT_BYTES`].
pub fn parse(source: &str) -> Result<Case, Vec<Diagnostic>> {
    read(source).map(|(case, _)| case)
}

/// Parses a case file, and gives the document it was read from, which locates
/// every later diagnostic about the case.
pub fn read(source: &str) -> Result<(Case, Document), Vec<Diagnostic>> {
    let (document, problems) = Document::build(source)?;
    let case = convert(&document, problems, source)?;
    Ok((case, document))
}

/// The case a document holds: its shape checked, then converted by serde. The
/// `problems` are those building the document found; `source` is its text (empty
/// for an overlay, which has none).
pub fn convert(
    document: &Document,
    mut problems: Vec<Diagnostic>,
    source: &str,
) -> Result<Case, Vec<Diagnostic>> {
    problems.extend(schema::check(document));
    if !problems.is_empty() {
        return Err(problems);
    }
    match yaml::from_document(document) {
        Ok(case) => Ok(case),
        Err(error) => {
            // The schema is meant to catch everything serde refuses; the fuzz target
            // runs with debug assertions, so a gap between the two shows up as a
            // crash there.
            debug_assert!(false, "the schema accepted what serde refused: {error}");
            Err(vec![error.diagnostic(document, source)])
        }
    }
}

/// Parses another of adieu's YAML files into its type: within the same limits as a
/// case file, then by serde, which reports the first problem it meets.
pub fn parse_as<T: DeserializeOwned>(source: &str) -> Result<T, Vec<Diagnostic>> {
    let (document, problems) = Document::build(source)?;
    if !problems.is_empty() {
        return Err(problems);
    }
    yaml::from_document(&document).map_err(|error| vec![error.diagnostic(&document, source)])
}

/// Parses a config file into its type, with every shape problem found at once (as
/// [`parse`] does for a case file). The top-level fields that have none are still
/// converted, so that the config's own rules run on them in the same run: a wrong
/// `tone` does not hide a wrong `language`. A tree that cannot be built is an error.
/// The document's [`Paths`] come back with it, so that later problems (the config's
/// own rules) are located without walking the text again.
pub fn parse_config<T: DeserializeOwned + Default>(
    source: &str,
) -> Result<(T, Vec<Diagnostic>, Paths), Vec<Diagnostic>> {
    let (document, mut problems) = Document::build(source)?;
    problems.extend(schema::check_config(&document));
    let paths = document.paths().clone();
    if problems.is_empty() {
        return yaml::from_document(&document)
            .map(|value| (value, Vec::new(), paths))
            .map_err(|error| vec![error.diagnostic(&document, source)]);
    }
    // The fields with a problem are left out, so that serde reads the rest; what
    // cannot then be read at all, or a problem of no field, leaves the default.
    if problems.iter().any(|p| p.path.is_none()) {
        return Ok((T::default(), problems, paths));
    }
    let broken: Vec<&str> = problems
        .iter()
        .filter_map(|p| p.path.as_deref()?.split('.').next())
        .collect();
    let value = yaml::from_document_without(&document, &broken).unwrap_or_default();
    Ok((value, problems, paths))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_fields_are_located() {
        let source = "language: en\nclinet: {}\n";
        let diagnostics = parse(source).unwrap_err();
        let diagnostic = &diagnostics[0];
        assert_eq!(diagnostic.code.as_str(), "unknown-field");
        assert_eq!(diagnostic.span.map(|s| (s.line, s.column)), Some((2, 1)));
        assert_eq!(diagnostic.help.as_deref(), Some("did you mean `client`?"));
    }

    #[test]
    fn serde_errors_are_a_fallback_with_a_path() {
        let source = "a:\n  b: x\n";
        let (document, _) = Document::build(source).unwrap();
        let error = yaml::from_document::<Case>(&document).unwrap_err();
        let diagnostic = error.diagnostic(&document, source);
        assert_eq!(diagnostic.code.as_str(), "unknown-field");
        assert_eq!(diagnostic.path.as_deref(), Some("a"));
    }
}
