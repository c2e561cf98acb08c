//! Free text written in another language than the document's: a user writing to a
//! Romanian client in English gets "De predat: Staging server credentials" unless
//! told. Advice `wrong-language`, with the catalogue code that would say the item
//! natively when there is one.
//!
//! whatlang guesses the language. Names, references and short codes carry too little
//! text to guess from, so only values of at least [`MIN_WORDS`] words are judged, only
//! a guess whatlang itself calls reliable counts, and only when it names another of
//! adieu's languages: a Slovak item read as Czech is no alarm.

use whatlang::Lang;

use super::Case;
use super::item::{Catalogue, Item};
use crate::diagnostic::{Code, Diagnostic};
use crate::l10n::english_name;

/// Fewer words than this are not judged: "Khan Design", "NL-2024-031".
const MIN_WORDS: usize = 3;

/// A catalogue's codes, asked for only when a value needs a suggestion.
type Codes = fn() -> Vec<&'static str>;

/// No catalogue: a value that is not a close-out item.
fn none() -> Vec<&'static str> {
    Vec::new()
}

/// The values in the user's own words that reach the documents as written, each with
/// the codes that could say it natively.
fn own_words(case: &Case) -> Vec<(String, &str, Codes)> {
    let mut values: Vec<(String, &str, Codes)> = Vec::new();
    if let Some(title) = case.contract.as_ref().and_then(|c| c.title.as_deref()) {
        values.push(("contract.title".to_owned(), title, none));
    }
    if let Some(milestone) = &case.notice.milestone {
        values.push(("notice.milestone".to_owned(), milestone, none));
    }
    if let Some(kind) = case.referral.as_ref().and_then(|r| r.kind.as_deref()) {
        values.push(("referral.kind".to_owned(), kind, none));
    }
    let closeout = &case.closeout;
    for (i, deliverable) in closeout.deliverables.iter().enumerate() {
        push_item(
            &mut values,
            &format!("closeout.deliverables.{i}.item"),
            &deliverable.item,
        );
    }
    for (i, item) in closeout.handover.iter().enumerate() {
        push_item(&mut values, &format!("closeout.handover.{i}"), item);
    }
    for (i, item) in closeout.continuing.iter().enumerate() {
        push_item(&mut values, &format!("closeout.continuing.{i}"), item);
    }
    values
}

fn push_item<'a, C: Catalogue>(
    values: &mut Vec<(String, &'a str, Codes)>,
    path: &str,
    item: &'a Item<C>,
) {
    if let Some(text) = item.text() {
        values.push((path.to_owned(), text, C::codes));
    }
}

/// The language of `text` when whatlang is sure of it and it is one of adieu's.
pub fn written_in(text: &str) -> Option<&'static str> {
    let words = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic));
    if words.count() < MIN_WORDS {
        return None;
    }
    let info = whatlang::detect(text).filter(whatlang::Info::is_reliable)?;
    match info.lang() {
        Lang::Eng => Some("en"),
        Lang::Spa => Some("es"),
        Lang::Fra => Some("fr"),
        Lang::Ron => Some("ro"),
        Lang::Slk => Some("sk"),
        _ => None,
    }
}

/// The catalogue code whose words the text contains, such as `source-code` for
/// "Source code of the website".
fn nearest_code(text: &str, codes: &[&'static str]) -> Option<&'static str> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    codes
        .iter()
        .copied()
        .find(|code| code.split('-').all(|part| words.iter().any(|w| w == part)))
}

/// The value as quoted in the advice: whole when short, its first words otherwise
/// (the snippet under the advice shows it all).
fn shortened(text: &str) -> String {
    const SHOWN: usize = 60;
    if text.chars().count() <= SHOWN {
        return text.to_owned();
    }
    let head: String = text.chars().take(SHOWN).collect();
    let cut = head.rfind(' ').filter(|&i| i > 0).unwrap_or(head.len());
    format!("{}…", head[..cut].trim_end())
}

/// Advice for every value in the user's own words that reads as another of adieu's
/// languages than `document`, the base language the documents are written in.
pub fn wrong_language(case: &Case, document: &str, advice: &mut Vec<Diagnostic>) {
    // A language of the user's own folder is written partly in English (its missing
    // messages fall back), so adieu cannot tell what its client should read.
    let Some(document_name) = english_name(document) else {
        return;
    };
    for (path, text, codes) in own_words(case) {
        let Some(found) = written_in(text).filter(|found| *found != document) else {
            continue;
        };
        let help = match nearest_code(text, &codes()) {
            Some(code) => {
                format!("write `{code}` instead: adieu writes it in every language (`adieu items`)")
            }
            None => format!(
                "write it in {document_name}, the language of the documents, so the client reads one language"
            ),
        };
        advice.push(
            Diagnostic::new(
                Code::WrongLanguage,
                format!(
                    "`{}` reads as {} in a document written in {document_name}",
                    shortened(text),
                    english_name(found).unwrap_or(found),
                ),
            )
            .at_path(&path)
            .with_help(help),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_are_recognised_and_names_and_codes_are_not_judged() {
        assert_eq!(
            written_in("Staging server credentials and the admin account"),
            Some("en")
        );
        assert_eq!(
            written_in("Prístup do účtu správcu a všetky zálohy dát pôjdu späť klientovi"),
            Some("sk")
        );
        for short in [
            "Khan Design",
            "NL-2024-031",
            "Design retainer",
            "Priya Shah",
        ] {
            assert_eq!(written_in(short), None, "{short}");
        }
    }

    #[test]
    fn an_item_in_the_catalogue_s_words_names_its_code() {
        use crate::case::Handover;
        let codes = Handover::codes();
        assert_eq!(
            nearest_code("Source code of the website", &codes),
            Some("source-code")
        );
        assert_eq!(nearest_code("Staging server credentials", &codes), None);
    }
}
