//! "Did you mean …?": the expected name nearest to a misspelt one.

/// The expected name closest to a misspelt one, if any is close enough to suggest:
/// within a third of its length in edits, where swapping two neighbouring letters
/// (`emial`, `clinet`), the commonest typo, counts as one. Case is ignored.
pub fn closest<'a>(written: &str, expected: &[&'a str]) -> Option<&'a str> {
    let written = written.to_lowercase();
    expected
        .iter()
        .map(|candidate| (strsim::osa_distance(&written, candidate), *candidate))
        .filter(|(distance, candidate)| *distance <= candidate.len().max(3) / 3)
        .min()
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_tolerate_case_and_typos() {
        assert_eq!(
            closest("clinet", &["client", "closeout", "contract"]),
            Some("client")
        );
        assert_eq!(closest("emial", &["email", "name"]), Some("email"));
        assert_eq!(closest("Capacity", &["capacity", "fit"]), Some("capacity"));
        assert_eq!(closest("zzz", &["client", "closeout"]), None);
    }
}
