//! Localisation: every word of every output comes from the Fluent files under
//! `locales/`, through [`Localizer::message`], the one lookup function.
//!
//! A [`Localizer`] serves one language: a chain of Fluent bundles searched in order
//! (regional folder, base language, English as the last resort) and the CLDR
//! formats for its dates and amounts. Only the folders on the chain are parsed.

mod catalog;
mod format;
mod language;

pub use catalog::{Catalog, LocaleFile};
pub use format::{FormatSettings, Formats};
pub use language::{Language, LanguageError, REFERENCE, languages};

use std::collections::BTreeSet;
use std::sync::Mutex;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu_plurals::PluralCategory;
use jiff::civil::Date;
use rust_decimal::Decimal;
use unic_langid::LanguageIdentifier;

use crate::case::{Gender, Reason, Tone};
use crate::error::{Error, Result};

/// The messages and formats of one language.
pub struct Localizer {
    language: Language,
    bundles: Vec<(String, FluentBundle<FluentResource>)>,
    formats: Formats,
    /// Ids that were missing along the chain and taken from English.
    fallbacks: Mutex<BTreeSet<String>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

impl Localizer {
    /// Parses the Fluent files of every folder on the language's chain.
    pub fn new(language: Language, catalog: &Catalog) -> Result<Localizer> {
        let mut bundles = Vec::with_capacity(language.chain.len());
        let mut settings = FormatSettings::default();
        // Formatting settings come from the language's own folders only: English's
        // `en-GB` must not leak into a language that merely falls back to English.
        let own_folders = language
            .chain
            .iter()
            .rev()
            .filter(|f| f.split('-').next() == Some(language.base.as_str()));
        for folder in own_folders {
            if let Some(file) = catalog
                .files(folder, "yaml")
                .find(|f| f.name.ends_with("/locale.yaml"))
            {
                let own: FormatSettings =
                    serde_saphyr::from_str(file.text).map_err(|e| Error::Asset {
                        file: format!("locales/{}", file.name),
                        line: e.location().map_or(0, |l| l.line() as usize),
                        message: e.without_snippet().to_string(),
                    })?;
                settings.formatting = own.formatting.or(settings.formatting);
                settings.first_of_month = own.first_of_month.or(settings.first_of_month);
            }
        }
        for folder in &language.chain {
            bundles.push((folder.clone(), bundle(folder, catalog)?));
        }
        let formats = Formats::new(&language.tag, &settings).map_err(|message| Error::Asset {
            file: format!("locales/{}/locale.yaml", language.base),
            line: 0,
            message,
        })?;
        Ok(Localizer {
            language,
            bundles,
            formats,
            fallbacks: Mutex::default(),
        })
    }

    /// The language this localizer writes.
    pub fn language(&self) -> &Language {
        &self.language
    }

    /// The one lookup function: formats message `id` with `args`, searching the chain.
    /// A message missing everywhere, or a Fluent error (such as a missing variable),
    /// fails: a letter must never carry a placeholder.
    pub fn message(&self, id: &str, args: &FluentArgs<'_>) -> Result<String> {
        for (folder, bundle) in &self.bundles {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            if folder == REFERENCE
                && self.language.base != REFERENCE
                && let Ok(mut fallbacks) = self.fallbacks.lock()
            {
                fallbacks.insert(id.to_owned());
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(args), &mut errors);
            if let Some(error) = errors.first() {
                return Err(Error::Render {
                    what: format!("message `{id}` of locales/{folder}"),
                    message: error.to_string(),
                });
            }
            return Ok(text.into_owned());
        }
        Err(Error::Render {
            what: format!("message `{id}`"),
            message: format!(
                "it is missing from locales/{}",
                self.language.chain.join(", locales/")
            ),
        })
    }

    /// The one sentence a reason writes, in a voice, outside any document (for
    /// `adieu reasons` and `adieu new`).
    pub fn reason(&self, reason: Reason, voice: Voice) -> Result<String> {
        let mut args = FluentArgs::new();
        args.set("voice", voice.code());
        args.set("tone", Tone::default().code());
        args.set("gender", Gender::default().code());
        self.message(&format!("reason-{}", reason.code()), &args)
    }

    /// Message ids that were missing in the language and taken from English.
    pub fn fallbacks(&self) -> Vec<String> {
        self.fallbacks
            .lock()
            .map(|set| set.iter().cloned().collect())
            .unwrap_or_default()
    }

    /// A long date in this language.
    pub fn long_date(&self, date: Date) -> String {
        self.formats.long_date(date)
    }

    /// An amount with its currency in this language.
    pub fn money(&self, amount: Decimal, currency: &str) -> Result<String> {
        self.formats
            .money(amount, currency)
            .map_err(|message| Error::Render {
                what: format!("an amount in {currency}"),
                message,
            })
    }
}

/// Who speaks in a document: a firm (`we`, when the case gives `sender.company`) or
/// a sole trader (`i`). Messages receive it as `$voice`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// A firm.
    We,
    /// A sole trader.
    I,
}

impl Voice {
    /// The value of `$voice`.
    pub fn code(self) -> &'static str {
        match self {
            Voice::We => "we",
            Voice::I => "i",
        }
    }
}

/// Parses the Fluent files of one folder into a bundle.
fn bundle(folder: &str, catalog: &Catalog) -> Result<FluentBundle<FluentResource>> {
    let id: LanguageIdentifier = folder.parse().map_err(|_| Error::Asset {
        file: format!("locales/{folder}"),
        line: 0,
        message: "the folder name is not a language tag".into(),
    })?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    add_plural_function(&mut bundle, folder)?;
    for file in catalog.files(folder, "ftl") {
        let resource =
            FluentResource::try_new(file.text.to_owned()).map_err(|(_, errors)| Error::Asset {
                file: format!("locales/{}", file.name),
                line: errors
                    .first()
                    .map_or(0, |e| line_of(file.text, e.pos.start)),
                message: errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; "),
            })?;
        bundle
            .add_resource(resource)
            .map_err(|errors| Error::Asset {
                file: format!("locales/{}", file.name),
                line: 0,
                message: errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; "),
            })?;
    }
    Ok(bundle)
}

/// Registers `PLURAL($n)`, the CLDR plural category of a number by ICU4X, for
/// selectors such as `{ PLURAL($days) -> [one] … [few] … *[other] … }`.
///
/// Fluent's own selection on a bare number uses intl_pluralrules, whose Romanian
/// rule is wrong from 102 up (it tests `i` in 2..19 instead of `n % 100` in
/// 1..19, so "101 zile" would read "101 de zile"); ICU4X follows current CLDR.
fn add_plural_function(bundle: &mut FluentBundle<FluentResource>, folder: &str) -> Result<()> {
    let broken = |message: String| Error::Asset {
        file: format!("locales/{folder}"),
        line: 0,
        message,
    };
    let locale: icu_locale_core::Locale = folder
        .parse()
        .map_err(|e| broken(format!("not a locale: {e}")))?;
    let rules = icu_plurals::PluralRules::try_new_cardinal((&locale).into())
        .map_err(|e| broken(format!("no plural rules: {e}")))?;
    bundle
        .add_function("PLURAL", move |positional, _named| {
            let Some(FluentValue::Number(number)) = positional.first() else {
                return FluentValue::Error;
            };
            let Ok(value) = fixed_decimal::Decimal::try_from_str(&number.as_string()) else {
                return FluentValue::Error;
            };
            FluentValue::from(match rules.category_for(&value) {
                PluralCategory::Zero => "zero",
                PluralCategory::One => "one",
                PluralCategory::Two => "two",
                PluralCategory::Few => "few",
                PluralCategory::Many => "many",
                PluralCategory::Other => "other",
            })
        })
        .map_err(|e| broken(e.to_string()))
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn localizer(tag: &str) -> Localizer {
        let catalog = Catalog::embedded();
        Localizer::new(Language::resolve(tag, &catalog).unwrap(), &catalog).unwrap()
    }

    /// The notice sentence for `days`, as the letter writes it.
    fn notice(localizer: &Localizer, days: i64) -> String {
        let mut args = FluentArgs::new();
        args.set("days", days);
        args.set("end", "END");
        args.set("voice", "we");
        localizer.message("notice-days", &args).unwrap()
    }

    const DAYS: [i64; 12] = [0, 1, 2, 3, 4, 5, 11, 19, 20, 21, 100, 101];

    fn check_plurals(tag: &str, expected: [&str; 12]) {
        let localizer = localizer(tag);
        for (days, phrase) in DAYS.iter().zip(expected) {
            let text = notice(&localizer, *days);
            assert!(
                text.contains(phrase),
                "{tag}, {days} days: expected {phrase:?} in {text:?}"
            );
        }
        assert!(
            localizer.fallbacks().is_empty(),
            "{tag}: {:?}",
            localizer.fallbacks()
        );
    }

    #[test]
    fn english_days() {
        check_plurals(
            "en",
            [
                "0\u{a0}days",
                "1\u{a0}day,",
                "2\u{a0}days",
                "3\u{a0}days",
                "4\u{a0}days",
                "5\u{a0}days",
                "11\u{a0}days",
                "19\u{a0}days",
                "20\u{a0}days",
                "21\u{a0}days",
                "100\u{a0}days",
                "101\u{a0}days",
            ],
        );
    }

    #[test]
    fn spanish_days() {
        check_plurals(
            "es",
            [
                "0\u{a0}días",
                "1\u{a0}día,",
                "2\u{a0}días",
                "3\u{a0}días",
                "4\u{a0}días",
                "5\u{a0}días",
                "11\u{a0}días",
                "19\u{a0}días",
                "20\u{a0}días",
                "21\u{a0}días",
                "100\u{a0}días",
                "101\u{a0}días",
            ],
        );
    }

    #[test]
    fn french_days_are_singular_for_zero_and_one() {
        check_plurals(
            "fr",
            [
                "0\u{a0}jour,",
                "1\u{a0}jour,",
                "2\u{a0}jours",
                "3\u{a0}jours",
                "4\u{a0}jours",
                "5\u{a0}jours",
                "11\u{a0}jours",
                "19\u{a0}jours",
                "20\u{a0}jours",
                "21\u{a0}jours",
                "100\u{a0}jours",
                "101\u{a0}jours",
            ],
        );
    }

    #[test]
    fn romanian_days_take_de_from_twenty() {
        check_plurals(
            "ro",
            [
                "0\u{a0}zile",
                "1\u{a0}zi,",
                "2\u{a0}zile",
                "3\u{a0}zile",
                "4\u{a0}zile",
                "5\u{a0}zile",
                "11\u{a0}zile",
                "19\u{a0}zile",
                "20\u{a0}de\u{a0}zile",
                "21\u{a0}de\u{a0}zile",
                "100\u{a0}de\u{a0}zile",
                "101\u{a0}zile",
            ],
        );
    }

    #[test]
    fn slovak_days_have_three_forms() {
        check_plurals(
            "sk",
            [
                "0\u{a0}dní",
                "1\u{a0}deň",
                "2\u{a0}dni ",
                "3\u{a0}dni ",
                "4\u{a0}dni ",
                "5\u{a0}dní",
                "11\u{a0}dní",
                "19\u{a0}dní",
                "20\u{a0}dní",
                "21\u{a0}dní",
                "100\u{a0}dní",
                "101\u{a0}dní",
            ],
        );
    }

    #[test]
    fn plural_categories_follow_current_cldr() {
        // 102 to 119 are `few` in Romanian: "102 zile", not "102 de zile".
        let ro = localizer("ro");
        assert!(notice(&ro, 102).contains("102\u{a0}zile"));
        assert!(notice(&ro, 119).contains("119\u{a0}zile"));
        assert!(notice(&ro, 120).contains("120\u{a0}de\u{a0}zile"));
    }

    #[test]
    fn a_missing_message_fails_instead_of_leaving_a_placeholder() {
        let error = localizer("fr")
            .message("no-such-message", &FluentArgs::new())
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "cannot render message `no-such-message`: it is missing from locales/fr, locales/en"
        );
    }
}
