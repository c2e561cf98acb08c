//! Localisation: every word of every output comes from the Fluent files under
//! `locales/`, through [`Localizer::message`], the one lookup function.
//!
//! A [`Localizer`] serves one language: a chain of Fluent bundles searched in order
//! (regional folder, base language, English as the last resort) and the CLDR
//! formats for its dates and amounts. Only the folders on the chain are parsed.

mod catalog;
mod format;
mod language;
mod words;

pub use catalog::{Catalog, LocaleFile};
pub use format::{AddressOrder, Dateline, FormatSettings, Formats, written_decimals};
pub use language::{Language, LanguageError, REFERENCE, english_name, languages};
pub use words::{WordList, words};

use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu_plurals::PluralCategory;
use jiff::civil::Date;
use rust_decimal::Decimal;
use unic_langid::LanguageIdentifier;

use crate::assets::Origin;
use crate::case::{Gender, Reason, Tone};
use crate::error::{Error, Result};

/// The messages and formats of one language.
pub struct Localizer {
    language: Language,
    layers: Vec<Layer>,
    formats: Formats,
}

/// One step of the search for a message: the files in effect in one locale folder,
/// or adieu's own files of that folder that the user replaced.
struct Layer {
    folder: String,
    /// adieu's own files that a user's file of the same name replaced.
    replaced: bool,
    bundle: FluentBundle<Arc<FluentResource>>,
    /// The files behind the bundle, to say where a message is.
    sources: Vec<Source>,
}

/// A parsed Fluent file and its names.
struct Source {
    /// Relative to the locales root: `fr/document.ftl`.
    name: String,
    /// As error messages name it.
    path: String,
    resource: Arc<FluentResource>,
}

/// A message taken from further down the chain than the user would expect.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fallback {
    /// Missing in the language; written in English.
    English(String),
    /// Missing from the user's replacement of a file; adieu's own wording was used.
    Replaced {
        /// The message id.
        id: String,
        /// The user's file that lacks it.
        file: String,
    },
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
        let mut settings = FormatSettings::default();
        // Formatting settings come from the language's own folders only: English's
        // `en-GB` must not leak into a language that merely falls back to English.
        let own_folders = language
            .chain
            .iter()
            .rev()
            .filter(|f| f.split('-').next() == Some(language.base.as_str()));
        for folder in own_folders {
            if let Some(own) = catalog.settings(folder)? {
                settings.formatting = own.formatting.or(settings.formatting);
                settings.first_of_month = own.first_of_month.or(settings.first_of_month);
                settings.address = own.address.or(settings.address);
                settings.dateline = own.dateline.or(settings.dateline);
                settings.contract_nouns = own.contract_nouns.or(settings.contract_nouns);
                settings.narrow_symbols = own.narrow_symbols.or(settings.narrow_symbols);
                settings.quotes = own.quotes.or(settings.quotes);
                settings.nobreak_after = own.nobreak_after.or(settings.nobreak_after);
            }
        }
        let quotes: Arc<[String; 2]> = Arc::new(
            settings
                .quotes
                .clone()
                .unwrap_or_else(|| ["\u{201c}".to_owned(), "\u{201d}".to_owned()]),
        );
        let mut layers = Vec::with_capacity(language.chain.len());
        for folder in &language.chain {
            layers.push(Layer::new(
                folder,
                catalog.files(folder, "ftl"),
                false,
                &quotes,
            )?);
            if catalog.replaced(folder, "ftl").next().is_some() {
                layers.push(Layer::new(
                    folder,
                    catalog.replaced(folder, "ftl"),
                    true,
                    &quotes,
                )?);
            }
        }
        let formats = Formats::new(&language.tag, &settings).map_err(|message| Error::Asset {
            file: format!("locales/{}/locale.yaml", language.base),
            line: 0,
            message,
        })?;
        Ok(Localizer {
            language,
            layers,
            formats,
        })
    }

    /// The language this localizer writes.
    pub fn language(&self) -> &Language {
        &self.language
    }

    /// The one lookup function: formats message `id` with `args`, searching the chain.
    /// A message missing everywhere, or a Fluent error (such as a missing variable),
    /// fails with the file and line of the message: a letter must never carry a
    /// placeholder.
    pub fn message(&self, id: &str, args: &FluentArgs<'_>) -> Result<String> {
        self.lookup(id, args).map(|(text, _)| text)
    }

    /// The attribute `name` of message `id` (`item-confidentiality.number`), from the
    /// first folder on the chain that has the message: facts about adieu's own
    /// wording, such as an item's grammatical number, that other sentences agree
    /// with. `None` when the message or the attribute is missing.
    pub fn attribute(&self, id: &str, name: &str) -> Option<String> {
        self.attribute_with(id, name, &FluentArgs::new())
    }

    /// [`Localizer::attribute`] with arguments: a spoken form that says a number of
    /// days (`item-warranty.spoken`).
    pub fn attribute_with(&self, id: &str, name: &str, args: &FluentArgs<'_>) -> Option<String> {
        let layer = self
            .layers
            .iter()
            .find(|layer| layer.bundle.get_message(id).is_some())?;
        let attribute = layer.bundle.get_message(id)?.get_attribute(name)?;
        let mut errors = Vec::new();
        let value = layer
            .bundle
            .format_pattern(attribute.value(), Some(args), &mut errors);
        errors.is_empty().then(|| value.trim().to_owned())
    }

    /// [`Localizer::message`], and where the message came from when the user should
    /// hear of it. The caller keeps the fallback with the document it is for, so
    /// nothing of one document's lookups is left over for the next.
    pub fn lookup(&self, id: &str, args: &FluentArgs<'_>) -> Result<(String, Option<Fallback>)> {
        for (i, layer) in self.layers.iter().enumerate() {
            let Some(pattern) = layer.bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = layer
                .bundle
                .format_pattern(pattern, Some(args), &mut errors);
            if let Some(error) = errors.first() {
                let (file, line) = layer.locate(id);
                return Err(Error::Asset {
                    file,
                    line,
                    message: format!("message `{id}`: {error}"),
                });
            }
            return Ok((one_full_stop(text.into_owned()), self.fallback(i, id)));
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

    /// The fallback a message found in layer `i` is, when the user should hear of it.
    fn fallback(&self, i: usize, id: &str) -> Option<Fallback> {
        let layer = &self.layers[i];
        if layer.folder == REFERENCE && self.language.base != REFERENCE {
            Some(Fallback::English(id.to_owned()))
        } else if layer.replaced {
            // adieu's own file that has the message was replaced by the user's file of
            // the same name, in the layer just before.
            let name = layer.source_of(id).map(|s| s.name.as_str());
            let file = self.layers[..i]
                .iter()
                .rev()
                .find(|l| l.folder == layer.folder && !l.replaced)
                .and_then(|l| l.sources.iter().find(|s| Some(s.name.as_str()) == name))
                .map(|s| s.path.clone())
                .unwrap_or_default();
            Some(Fallback::Replaced {
                id: id.to_owned(),
                file,
            })
        } else {
            None
        }
    }

    /// The warning a fallback of this language's gives the user.
    pub fn note(&self, fallback: &Fallback) -> String {
        match fallback {
            Fallback::English(id) => format!(
                "message `{id}` is missing in {}; it was written in English",
                self.language.tag
            ),
            Fallback::Replaced { id, file } => {
                format!("message `{id}` is missing from {file}; adieu's own wording was used")
            }
        }
    }

    /// The tag of this language's formatting conventions, e.g. `en-GB` for `en`.
    pub fn conventions(&self) -> String {
        self.formats.conventions()
    }

    /// The order of the recipient block's first lines in this language.
    pub fn address_order(&self) -> AddressOrder {
        self.formats.address_order()
    }

    /// What a letter's date line says in this language.
    pub fn dateline(&self) -> Dateline {
        self.formats.dateline()
    }

    /// A long date in this language.
    pub fn long_date(&self, date: Date) -> String {
        self.formats.long_date(date)
    }

    /// A date as said on the phone: day and month, without the year.
    pub fn spoken_date(&self, date: Date) -> String {
        self.formats.spoken_date(date)
    }

    /// The user's text with this language's one-letter words (`locale.yaml`:
    /// `nobreak_after`) bound to the next word by a no-break space, so that no line
    /// of a wrapped document ends on one ("Zmluva o⏎dielo").
    pub fn glue(&self, text: &str) -> String {
        self.formats.glue(text)
    }

    /// Whether a contract's title already says "agreement" or "contract" in this
    /// language (`locale.yaml`: `contract_nouns`).
    pub fn names_contract(&self, title: &str) -> bool {
        self.formats.names_contract(title)
    }

    /// Items joined as this language says a list ("a, b and c").
    pub fn and_list(&self, items: &[String]) -> String {
        self.formats.and_list(items)
    }

    /// An amount as said aloud in this language: "£420", "1.850 lei".
    pub fn spoken_money(&self, amount: Decimal, currency: &str) -> Result<String> {
        self.formats
            .spoken_money(amount, currency)
            .map_err(|message| Error::Render {
                what: format!("an amount in {currency}"),
                message,
            })
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

impl Layer {
    /// Parses the Fluent files of one folder into a bundle. adieu's own files are
    /// added first; a user's added files may then override their messages.
    fn new<'a>(
        folder: &str,
        files: impl Iterator<Item = LocaleFile<'a>>,
        replaced: bool,
        quotes: &Arc<[String; 2]>,
    ) -> Result<Layer> {
        let id: LanguageIdentifier = folder.parse().map_err(|_| Error::Asset {
            file: format!("locales/{folder}"),
            line: 0,
            message: "the folder name is not a language tag".into(),
        })?;
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        add_plural_function(&mut bundle, folder)?;
        add_quote_function(&mut bundle, folder, Arc::clone(quotes))?;
        let mut sources = Vec::new();
        for file in files {
            let resource = FluentResource::try_new(file.text.to_owned())
                .map_err(|(_, errors)| syntax_error(file.path, file.text, &errors))?;
            let resource = Arc::new(resource);
            if file.origin == Origin::User {
                bundle.add_resource_overriding(Arc::clone(&resource));
            } else {
                bundle
                    .add_resource(Arc::clone(&resource))
                    .map_err(|errors| {
                        let first = errors.first().map(ToString::to_string).unwrap_or_default();
                        Error::Asset {
                            file: file.path.to_owned(),
                            line: errors
                                .iter()
                                .find_map(|e| match e {
                                    fluent_bundle::FluentError::Overriding { id, .. } => {
                                        line_of_entry(file.text, id)
                                    }
                                    _ => None,
                                })
                                .unwrap_or(0),
                            message: first,
                        }
                    })?;
            }
            sources.push(Source {
                name: file.name.to_owned(),
                path: file.path.to_owned(),
                resource,
            });
        }
        Ok(Layer {
            folder: folder.to_owned(),
            replaced,
            bundle,
            sources,
        })
    }

    /// The file that defines message `id` (the last one, as in the bundle).
    fn source_of(&self, id: &str) -> Option<&Source> {
        self.sources
            .iter()
            .rev()
            .find(|s| line_of_entry(s.resource.source(), id).is_some())
    }

    /// The file and line where message `id` is defined.
    fn locate(&self, id: &str) -> (String, usize) {
        match self.source_of(id) {
            Some(source) => (
                source.path.clone(),
                line_of_entry(source.resource.source(), id).unwrap_or(0),
            ),
            None => (format!("locales/{}", self.folder), 0),
        }
    }
}

/// A Fluent file that does not parse, reported at the line where the broken entry
/// starts (the parser's own position may be the end of the file).
fn syntax_error(path: &str, text: &str, errors: &[fluent_syntax::parser::ParserError]) -> Error {
    let Some(first) = errors.first() else {
        return Error::Asset {
            file: path.to_owned(),
            line: 0,
            message: "it does not parse".into(),
        };
    };
    let start = first.slice.as_ref().map_or(first.pos.start, |s| s.start);
    let (line, at) = (line_of(text, start), line_of(text, first.pos.start));
    let mut message = first.to_string();
    if at != line {
        message.push_str(&format!(" (line {at})"));
    }
    if errors.len() > 1 {
        message.push_str(&format!(", and {} more errors", errors.len() - 1));
    }
    Error::Asset {
        file: path.to_owned(),
        line,
        message,
    }
}

/// The 1-based line on which message or term `id` is defined.
fn line_of_entry(text: &str, id: &str) -> Option<usize> {
    text.lines()
        .position(|line| {
            line.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|i| i + 1)
}

/// A sentence that ends on a value ending in a full stop ("Hudec Digital s.r.o.",
/// "Acme Ltd.") gets no second one: exactly two full stops become one. Three stay,
/// as an ellipsis.
fn one_full_stop(text: String) -> String {
    if !text.contains("..") {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut previous = None;
    while let Some(c) = chars.next() {
        if c == '.' && chars.peek() == Some(&'.') && previous != Some('.') {
            let mut run = 1;
            while chars.peek() == Some(&'.') {
                chars.next();
                run += 1;
            }
            out.push_str(if run == 2 { "." } else { &"...."[..run.min(4)] });
            if run > 4 {
                out.push_str(&".".repeat(run - 4));
            }
            previous = Some('.');
            continue;
        }
        out.push(c);
        previous = Some(c);
    }
    out
}

/// Registers `PLURAL($n)`, the CLDR plural category of a number by ICU4X, for
/// selectors such as `{ PLURAL($days) -> [one] … [few] … *[other] … }`.
///
/// Fluent's own selection on a bare number uses intl_pluralrules, whose Romanian
/// rule is wrong from 102 up (it tests `i` in 2..19 instead of `n % 100` in
/// 1..19, so "101 zile" would read "101 de zile"); ICU4X follows current CLDR.
fn add_plural_function(bundle: &mut FluentBundle<Arc<FluentResource>>, folder: &str) -> Result<()> {
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

/// Registers `QUOTE($title)`: the title between the quotation marks of the language
/// asked for (`locale.yaml`: `quotes`), so that a regional variant that quotes
/// differently (es-MX “…”, es-ES «…») shares the base folder's messages.
fn add_quote_function(
    bundle: &mut FluentBundle<Arc<FluentResource>>,
    folder: &str,
    quotes: Arc<[String; 2]>,
) -> Result<()> {
    bundle
        .add_function("QUOTE", move |positional, _named| {
            match positional.first() {
                Some(FluentValue::String(text)) => {
                    FluentValue::from(format!("{}{text}{}", quotes[0], quotes[1]))
                }
                Some(FluentValue::Number(number)) => {
                    FluentValue::from(format!("{}{}{}", quotes[0], number.as_string(), quotes[1]))
                }
                _ => FluentValue::Error,
            }
        })
        .map_err(|e| Error::Asset {
            file: format!("locales/{folder}"),
            line: 0,
            message: e.to_string(),
        })
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

    /// The two sentences that count days: the letter's notice and the call's
    /// contract check.
    fn day_sentences(localizer: &Localizer, days: i64) -> [String; 2] {
        let mut args = FluentArgs::new();
        args.set("days", days);
        args.set("end", "END");
        args.set("voice", "we");
        args.set("closeout", "some");
        ["notice-days", "call-check-contract"].map(|id| {
            let (text, fallback) = localizer.lookup(id, &args).unwrap();
            let tag = &localizer.language().tag;
            assert_eq!(
                fallback, None,
                "{tag}: `{id}` is not in the language's own files"
            );
            text
        })
    }

    /// `QUOTE()` writes the quotation marks of the language asked for, a regional
    /// variant's own when it sets them: the es-MX subject quotes “…”, es-ES «…»,
    /// from the same message.
    #[test]
    fn quotes_follow_the_variant() {
        let mut args = FluentArgs::new();
        args.set("contract", "Contrato de soporte");
        args.set("reference", "R-1");
        args.set("titled", "yes");
        args.set("tone", "neutral");
        for (tag, subject) in [
            ("es", "Fin de nuestra colaboración – «Contrato de soporte»"),
            ("es-MX", "Terminación del “Contrato de soporte”"),
        ] {
            assert_eq!(
                localizer(tag).message("subject-contract", &args).unwrap(),
                subject
            );
        }
    }

    /// Every catalogue item says its grammatical number, in every language, for the
    /// sentences that agree with one item alone.
    #[test]
    fn every_item_has_its_grammatical_number() {
        for tag in ["en", "fr", "es", "ro", "sk"] {
            let localizer = localizer(tag);
            for code in [
                "confidentiality",
                "warranty",
                "source-code",
                "domain-transfer",
            ] {
                let number = localizer.attribute(&format!("item-{code}"), "number");
                assert!(
                    matches!(number.as_deref(), Some("singular" | "plural")),
                    "{tag}: item-{code}.number is {number:?}"
                );
            }
        }
        assert_eq!(
            localizer("ro")
                .attribute("item-confidentiality", "number")
                .as_deref(),
            Some("plural")
        );
        assert_eq!(
            localizer("sk")
                .attribute("item-confidentiality", "number")
                .as_deref(),
            Some("singular")
        );
    }

    /// The letter's notice sentence for `days`.
    fn notice(localizer: &Localizer, days: i64) -> String {
        let [notice, _] = day_sentences(localizer, days);
        notice
    }

    const DAYS: [i64; 12] = [0, 1, 2, 3, 4, 5, 11, 19, 20, 21, 100, 101];

    /// Checks that both sentences of every tag write each number of days as expected,
    /// as a whole phrase: "1 day" must not be the start of "1 days".
    fn check_plurals(tags: &[&str], expected: [&str; 12]) {
        for tag in tags {
            let localizer = localizer(tag);
            for (days, phrase) in DAYS.iter().zip(expected) {
                let phrase = phrase.trim_end_matches([',', ' ']);
                for text in day_sentences(&localizer, *days) {
                    let whole = text
                        .match_indices(phrase)
                        .any(|(at, _)| !text[at + phrase.len()..].starts_with(char::is_alphabetic));
                    assert!(whole, "{tag}, {days} days: expected {phrase:?} in {text:?}");
                }
            }
        }
    }

    #[test]
    fn english_days() {
        check_plurals(
            &["en", "en-US", "en-GB"],
            // "30 days' notice", and numbers under ten as words.
            [
                "0\u{a0}days’",
                "one day’s",
                "two days’",
                "three days’",
                "four days’",
                "five days’",
                "11\u{a0}days’",
                "19\u{a0}days’",
                "20\u{a0}days’",
                "21\u{a0}days’",
                "100\u{a0}days’",
                "101\u{a0}days’",
            ],
        );
    }

    #[test]
    fn spanish_days() {
        check_plurals(
            &["es", "es-MX"],
            [
                "0\u{a0}días",
                "un\u{a0}día,",
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
            &["fr", "fr-BE", "fr-CH"],
            [
                "0\u{a0}jour,",
                "un\u{a0}jour,",
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
            &["ro", "ro-MD"],
            [
                "0\u{a0}zile",
                "o\u{a0}zi,",
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
            &["sk", "sk-SK"],
            [
                "0\u{a0}dní",
                "jeden\u{a0}deň",
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
    fn a_value_ending_in_a_full_stop_gets_no_second_one() {
        assert_eq!(
            one_full_stop("Hudec Digital s.r.o..".into()),
            "Hudec Digital s.r.o."
        );
        assert_eq!(one_full_stop("Wait... and see.".into()), "Wait... and see.");
        assert_eq!(one_full_stop("No dots here".into()), "No dots here");
        let sk = localizer("sk");
        let mut args = FluentArgs::new();
        args.set("referral", "Tomáš Hudec, Hudec Digital s.r.o.");
        args.set("voice", "we");
        let text = sk.message("referral-person", &args).unwrap();
        assert!(text.ends_with("Hudec Digital s.r.o."), "{text}");
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

    /// The long date of the 22nd of every month, and of the 1st, in every language.
    #[test]
    fn long_dates_of_every_month() {
        let months: [(&str, [&str; 12]); 5] = [
            (
                "en",
                [
                    "January",
                    "February",
                    "March",
                    "April",
                    "May",
                    "June",
                    "July",
                    "August",
                    "September",
                    "October",
                    "November",
                    "December",
                ],
            ),
            (
                "es",
                [
                    "enero",
                    "febrero",
                    "marzo",
                    "abril",
                    "mayo",
                    "junio",
                    "julio",
                    "agosto",
                    "septiembre",
                    "octubre",
                    "noviembre",
                    "diciembre",
                ],
            ),
            (
                "fr",
                [
                    "janvier",
                    "février",
                    "mars",
                    "avril",
                    "mai",
                    "juin",
                    "juillet",
                    "août",
                    "septembre",
                    "octobre",
                    "novembre",
                    "décembre",
                ],
            ),
            (
                "ro",
                [
                    "ianuarie",
                    "februarie",
                    "martie",
                    "aprilie",
                    "mai",
                    "iunie",
                    "iulie",
                    "august",
                    "septembrie",
                    "octombrie",
                    "noiembrie",
                    "decembrie",
                ],
            ),
            // Slovak dates put the month in the genitive.
            (
                "sk",
                [
                    "januára",
                    "februára",
                    "marca",
                    "apríla",
                    "mája",
                    "júna",
                    "júla",
                    "augusta",
                    "septembra",
                    "októbra",
                    "novembra",
                    "decembra",
                ],
            ),
        ];
        let written = |tag: &str, day: i8, month: &str| match tag {
            "en" => format!("{day} {month} 2027"),
            "en-US" => format!("{month} {day}, 2027"),
            "es" | "es-MX" => format!("{day} de {month} de 2027"),
            "fr" | "fr-CH" if day == 1 => format!("1er {month} 2027"),
            "sk" => format!("{day}. {month} 2027"),
            _ => format!("{day} {month} 2027"),
        };
        for (language, names) in months {
            let tags: &[&str] = match language {
                "en" => &["en", "en-US"],
                "es" => &["es", "es-MX"],
                "fr" => &["fr", "fr-CH"],
                other => &[other][..],
            };
            for tag in tags {
                let localizer = localizer(tag);
                for (month, name) in (1..=12).zip(names) {
                    for day in [1, 11, 21, 22] {
                        assert_eq!(
                            localizer.long_date(jiff::civil::date(2027, month, day)),
                            written(tag, day, name),
                            "{tag}"
                        );
                    }
                }
            }
        }
    }

    /// Five currencies in every language, as CLDR writes them: symbol or code, its
    /// place, the separators, and no-break spaces that keep amount and currency together.
    #[test]
    fn amounts_in_five_currencies() {
        let currencies = ["EUR", "USD", "GBP", "RON", "CHF"];
        let expected: [(&str, [&str; 5]); 7] = [
            (
                "en",
                [
                    "€1,234.50",
                    "US$1,234.50",
                    "£1,234.50",
                    "RON\u{a0}1,234.50",
                    "CHF\u{a0}1,234.50",
                ],
            ),
            (
                "en-US",
                [
                    "€1,234.50",
                    "$1,234.50",
                    "£1,234.50",
                    "RON\u{a0}1,234.50",
                    "CHF\u{a0}1,234.50",
                ],
            ),
            (
                "es",
                [
                    "1234,50\u{a0}€",
                    "1234,50\u{a0}US$",
                    "1234,50\u{a0}£",
                    "1234,50\u{a0}RON",
                    "1234,50\u{a0}CHF",
                ],
            ),
            (
                "fr",
                [
                    "1\u{202f}234,50\u{a0}€",
                    "1\u{202f}234,50\u{a0}$US",
                    "1\u{202f}234,50\u{a0}£",
                    "1\u{202f}234,50\u{a0}RON",
                    "1\u{202f}234,50\u{a0}CHF",
                ],
            ),
            (
                "ro",
                [
                    "1.234,50\u{a0}€",
                    "1.234,50\u{a0}US$",
                    "1.234,50\u{a0}£",
                    "1.234,50\u{a0}RON",
                    "1.234,50\u{a0}CHF",
                ],
            ),
            (
                "sk",
                [
                    "1\u{a0}234,50\u{a0}€",
                    "1\u{a0}234,50\u{a0}US$",
                    "1\u{a0}234,50\u{a0}£",
                    "1\u{a0}234,50\u{a0}RON",
                    "1\u{a0}234,50\u{a0}CHF",
                ],
            ),
            // Swiss French groups thousands with an apostrophe, the typographic one.
            (
                "fr-CH",
                [
                    "1\u{2019}234,50\u{a0}€",
                    "1\u{2019}234,50\u{a0}$US",
                    "1\u{2019}234,50\u{a0}£",
                    "1\u{2019}234,50\u{a0}RON",
                    "1\u{2019}234,50\u{a0}CHF",
                ],
            ),
        ];
        let amount = Decimal::new(123_450, 2);
        for (tag, written) in expected {
            let localizer = localizer(tag);
            for (currency, text) in currencies.iter().zip(written) {
                assert_eq!(
                    localizer.money(amount, currency).unwrap(),
                    text,
                    "{tag} {currency}"
                );
            }
        }
        assert_eq!(
            localizer("es-MX").money(amount, "MXN").unwrap(),
            "$1,234.50"
        );
        assert_eq!(
            localizer("es")
                .money(Decimal::new(1_200_000, 2), "EUR")
                .unwrap(),
            "12.000,00\u{a0}€"
        );
    }
}
