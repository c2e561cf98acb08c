//! Which languages adieu speaks, and how a requested tag (`es-MX`) resolves to a
//! chain of locale folders (`es-MX` → `es` → `en`).
//!
//! The supported languages are the folders under `locales/`: a folder without a
//! region (`fr`) is a language, one with a region (`es-MX`) holds only the messages
//! where that region's conventions differ.

use std::collections::BTreeSet;

use unic_langid::LanguageIdentifier;

use super::catalog::Catalog;

/// The reference locale: complete, and the last resort of every fallback chain.
pub const REFERENCE: &str = "en";

/// A requested language tag resolved against the available locale folders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// The tag as canonicalised from the request, e.g. `es-MX`.
    pub tag: String,
    /// The base language, e.g. `es`.
    pub base: String,
    /// Locale folders to search for a message, most specific first; `en` is last.
    pub chain: Vec<String>,
    /// Set when a regional tag has no folder of its own and falls back to its base.
    pub fallback_note: Option<String>,
    /// The extensions and private-use part of the request (`u-ca-buddhist`, `x-foo`),
    /// which adieu does not apply: it writes the language the tag names, with that
    /// language's own calendar and digits, which every format and font can show.
    pub ignored: Option<String>,
}

/// Why a language tag cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LanguageError {
    /// Not a BCP 47 tag at all.
    Malformed(String),
    /// A valid tag for a language adieu does not speak.
    Unsupported {
        /// The tag as written.
        tag: String,
        /// The languages adieu speaks.
        supported: Vec<String>,
    },
}

impl LanguageError {
    /// One line saying what is wrong.
    pub fn message(&self) -> String {
        match self {
            LanguageError::Malformed(tag) => {
                format!(
                    "`{}` is not a language tag",
                    crate::diagnostic::printable(tag)
                )
            }
            LanguageError::Unsupported { tag, .. } => {
                format!(
                    "adieu does not write in `{}`",
                    crate::diagnostic::printable(tag)
                )
            }
        }
    }

    /// How to fix it.
    pub fn help(&self) -> String {
        let supported = match self {
            LanguageError::Malformed(_) => None,
            LanguageError::Unsupported { supported, .. } => Some(supported.join(", ")),
        };
        match supported {
            Some(list) => {
                format!("write one of {list}, or a regional tag of one of them such as es-MX")
            }
            None => {
                "write a language tag such as en, es, fr, ro or sk, or a regional one such as es-MX"
                    .into()
            }
        }
    }
}

impl Language {
    /// Resolves a tag such as `fr`, `es-MX` or `EN_us` against the folders of `catalog`.
    pub fn resolve(requested: &str, catalog: &Catalog) -> Result<Language, LanguageError> {
        let (id, ignored) = identifier(requested.trim())
            .ok_or_else(|| LanguageError::Malformed(requested.to_owned()))?;
        let folders = catalog.folders();
        let base = id.language.as_str().to_owned();
        if !folders.contains(&base) {
            return Err(LanguageError::Unsupported {
                tag: requested.to_owned(),
                supported: languages(&folders),
            });
        }
        let tag = id.to_string();
        let mut chain = Vec::with_capacity(3);
        let mut fallback_note = None;
        if tag != base {
            if folders.contains(&tag) {
                chain.push(tag.clone());
            } else if !written_for(catalog, &base, &tag) {
                fallback_note = Some(format!(
                    "no regional wording for {tag}; writing {base}, with {tag} dates and numbers"
                ));
            }
        }
        chain.push(base.clone());
        if base != REFERENCE {
            chain.push(REFERENCE.to_owned());
        }
        Ok(Language {
            tag,
            base,
            chain,
            fallback_note,
            ignored,
        })
    }

    /// What to tell the user when the request had extensions adieu ignores.
    pub fn ignored_note(&self, requested: &str) -> Option<String> {
        self.ignored.as_ref().map(|ignored| {
            format!(
                "`-{ignored}` in the language tag `{}` is ignored: adieu writes {} with its usual dates and numbers",
                crate::diagnostic::printable(requested.trim()),
                self.tag
            )
        })
    }
}

/// The language, script, region and variants of a BCP 47 tag, and its extensions
/// and private-use part if it has any (`en-u-ca-buddhist`, `en-x-foo`): a valid tag
/// with them still names a language, so it is not called malformed.
fn identifier(requested: &str) -> Option<(LanguageIdentifier, Option<String>)> {
    if let Ok(id) = requested.parse::<LanguageIdentifier>() {
        return Some((id, None));
    }
    let locale = icu_locale_core::Locale::try_from_str(&requested.replace('_', "-")).ok()?;
    if locale.extensions.is_empty() {
        return None;
    }
    let id = locale.id.to_string().parse().ok()?;
    Some((id, Some(locale.extensions.to_string())))
}

/// Whether the base folder is written for `tag` itself: its `locale.yaml` names that
/// tag as its `formatting` locale (`en` is written for `en-GB`, `es` for `es-ES`), so
/// asking for it is no fallback. A broken `locale.yaml` is reported when the
/// localizer reads it, not here.
fn written_for(catalog: &Catalog, base: &str, tag: &str) -> bool {
    catalog
        .settings(base)
        .ok()
        .flatten()
        .and_then(|settings| settings.formatting)
        .is_some_and(|own| own == tag)
}

/// The English name of one of adieu's own base languages, for listings and advice
/// written in English; `None` for a language of a user's own folder.
pub fn english_name(base: &str) -> Option<&'static str> {
    match base {
        "en" => Some("English"),
        "es" => Some("Spanish"),
        "fr" => Some("French"),
        "ro" => Some("Romanian"),
        "sk" => Some("Slovak"),
        _ => None,
    }
}

/// The base languages among a set of locale folders.
pub fn languages(folders: &BTreeSet<String>) -> Vec<String> {
    folders
        .iter()
        .filter(|f| !f.contains('-'))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(tag: &str) -> Result<Language, LanguageError> {
        Language::resolve(tag, &Catalog::embedded())
    }

    #[test]
    fn base_languages_fall_back_to_english() {
        let fr = resolve("fr").unwrap();
        assert_eq!(fr.chain, ["fr", "en"]);
        assert_eq!(fr.fallback_note, None);
        assert_eq!(resolve("en").unwrap().chain, ["en"]);
    }

    #[test]
    fn regional_tags_without_a_folder_fall_back_with_a_note() {
        let es = resolve("es-AR").unwrap();
        assert_eq!(es.tag, "es-AR");
        assert_eq!(es.chain, ["es", "en"]);
        assert!(es.fallback_note.is_some());
    }

    #[test]
    fn regional_folders_come_before_their_base() {
        assert_eq!(resolve("en-US").unwrap().chain, ["en-US", "en"]);
        let mx = resolve("es-MX").unwrap();
        assert_eq!(mx.chain, ["es-MX", "es", "en"]);
        assert_eq!(mx.fallback_note, None);
    }

    #[test]
    fn the_region_a_base_folder_is_written_for_needs_no_note() {
        for (tag, chain) in [
            ("en-GB", vec!["en"]),
            ("es-ES", vec!["es", "en"]),
            ("fr-FR", vec!["fr", "en"]),
            ("ro-RO", vec!["ro", "en"]),
            ("sk-SK", vec!["sk", "en"]),
        ] {
            let language = resolve(tag).unwrap();
            assert_eq!(language.chain, chain, "{tag}");
            assert_eq!(language.fallback_note, None, "{tag}");
        }
        for tag in ["fr-BE", "fr-CH", "ro-MD"] {
            let language = resolve(tag).unwrap();
            assert_eq!(language.tag, tag);
            assert_eq!(language.chain.len(), 2, "{tag}");
            assert_eq!(
                language.fallback_note.as_deref(),
                Some(
                    format!(
                        "no regional wording for {tag}; writing {}, with {tag} dates and numbers",
                        language.base
                    )
                    .as_str()
                )
            );
        }
    }

    #[test]
    fn tags_are_canonicalised() {
        assert_eq!(resolve("SK").unwrap().tag, "sk");
        assert_eq!(resolve("es_ar").unwrap().tag, "es-AR");
    }

    #[test]
    fn extensions_and_private_use_are_ignored_not_malformed() {
        for (requested, tag, ignored) in [
            ("en-u-ca-buddhist", "en", "u-ca-buddhist"),
            ("en-x-foo", "en", "x-foo"),
            ("fr-CA-u-nu-latn", "fr-CA", "u-nu-latn"),
            ("es_MX_u_nu_latn", "es-MX", "u-nu-latn"),
        ] {
            let language = resolve(requested).unwrap();
            assert_eq!(language.tag, tag, "{requested}");
            assert_eq!(language.ignored.as_deref(), Some(ignored), "{requested}");
        }
        assert_eq!(
            resolve("en-u-ca-buddhist")
                .unwrap()
                .ignored_note("en-u-ca-buddhist")
                .unwrap(),
            "`-u-ca-buddhist` in the language tag `en-u-ca-buddhist` is ignored: adieu writes en with its usual dates and numbers"
        );
        assert_eq!(resolve("fr-CA").unwrap().ignored, None);
        assert_eq!(
            resolve("de-u-ca-buddhist").unwrap_err().message(),
            "adieu does not write in `de-u-ca-buddhist`"
        );
        for malformed in ["en-u", "en-x", "en--x-foo", "english please"] {
            assert!(
                matches!(resolve(malformed), Err(LanguageError::Malformed(_))),
                "{malformed}"
            );
        }
    }

    #[test]
    fn unknown_languages_list_the_supported_ones() {
        let error = resolve("de").unwrap_err();
        assert_eq!(error.message(), "adieu does not write in `de`");
        assert_eq!(
            error.help(),
            "write one of en, es, fr, ro, sk, or a regional tag of one of them such as es-MX"
        );
        assert!(matches!(
            resolve("not a tag"),
            Err(LanguageError::Malformed(_))
        ));
    }
}
