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
use fluent_bundle::{FluentArgs, FluentResource};
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

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}
