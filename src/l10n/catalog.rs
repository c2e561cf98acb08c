//! The locale files adieu ships, embedded at build time, addressed by folder.

use std::collections::BTreeSet;

use crate::assets;

/// One locale file: where it comes from and its text.
#[derive(Debug, Clone, Copy)]
pub struct LocaleFile {
    /// Path relative to `locales/`, e.g. `fr/document.ftl`; used in error messages.
    pub name: &'static str,
    /// The file's text.
    pub text: &'static str,
}

/// All locale files available to a run.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    _private: (),
}

impl Catalog {
    /// The locales compiled into the binary.
    pub fn embedded() -> Catalog {
        Catalog { _private: () }
    }

    /// Every locale folder: `en`, `es`, … and regional ones such as `es-MX`.
    pub fn folders(&self) -> BTreeSet<String> {
        assets::LOCALES
            .iter()
            .filter_map(|(path, _)| path.split_once('/').map(|(folder, _)| folder.to_owned()))
            .collect()
    }

    /// The files of one folder with the given extension (`ftl`, `yaml`, `txt`).
    pub fn files<'a>(
        &'a self,
        folder: &'a str,
        extension: &'a str,
    ) -> impl Iterator<Item = LocaleFile> + 'a {
        assets::LOCALES.iter().filter_map(move |(path, text)| {
            let (dir, name) = path.split_once('/')?;
            (dir == folder
                && name
                    .rsplit_once('.')
                    .is_some_and(|(_, ext)| ext == extension))
            .then_some(LocaleFile { name: path, text })
        })
    }
}
