//! The word lists of the locales, parsed once when the [`super::Catalog`] is built:
//! `locales/<language>/judgemental.txt`, the judgemental or emotional words the
//! advice looks for in a case's free text. A batch checks thousands of cases against
//! the same few lists, so each is parsed once per run, and never again after.

/// A language's list of words: one entry per line, `#` starts a comment, a trailing
/// `*` makes the entry a stem that matches every word starting with it, and an entry
/// of several words matches them in sequence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WordList {
    /// Each entry's folded words, to match in sequence.
    entries: Vec<Vec<String>>,
}

impl WordList {
    /// The list written in `text`, the lines of a language's list files together.
    pub fn parse(text: &str) -> WordList {
        WordList {
            entries: text
                .lines()
                .map(|line| line.split('#').next().unwrap_or("").trim())
                .filter(|line| !line.is_empty())
                .map(|line| line.split_whitespace().map(fold).collect())
                .collect(),
        }
    }

    /// How many entries the list has.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the list has no entry.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The words of a text (as split by [`words`]) that match an entry, as written.
    pub fn find(&self, words: &[(String, &str)]) -> Vec<String> {
        let mut found = Vec::new();
        for start in 0..words.len() {
            for entry in &self.entries {
                let matches = entry.len() <= words.len() - start
                    && entry.iter().enumerate().all(|(i, part)| {
                        let word = &words[start + i].0;
                        match part.strip_suffix('*') {
                            Some(stem) => word.starts_with(stem),
                            None => word == part,
                        }
                    });
                if matches {
                    let written: Vec<&str> = words[start..start + entry.len()]
                        .iter()
                        .map(|w| w.1)
                        .collect();
                    found.push(written.join(" "));
                }
            }
        }
        found
    }
}

/// The words of a text: runs of letters and digits, folded, with the text as written.
pub fn words(text: &str) -> Vec<(String, &str)> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| (fold(w), w))
        .collect()
}

/// A word as the lists compare it: lower-cased and without diacritics, so that
/// "inutil" matches "inútil*" and a cedilla ş matches a comma-below ș.
fn fold(word: &str) -> String {
    let lower = word.to_lowercase();
    icu_normalizer::DecomposingNormalizerBorrowed::new_nfd()
        .normalize(&lower)
        .chars()
        .filter(|c| !('\u{0300}'..='\u{036F}').contains(c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_ignore_case_and_diacritics() {
        assert_eq!(fold("Inútil"), "inutil");
        assert_eq!(fold("leneş"), fold("leneș"));
        assert_eq!(fold("Négligence"), "negligence");
    }

    #[test]
    fn word_lists_match_stems_and_phrases() {
        let list = WordList::parse("incompet*\n# a comment\nbad faith # two words\n");
        assert_eq!(list.len(), 2);
        let found = list.find(&words("Incompetence, in Bad faith; badly"));
        assert_eq!(found, ["Incompetence", "Bad faith"]);
    }
}
