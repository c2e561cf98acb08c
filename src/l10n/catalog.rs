//! The locale files available to a run, addressed by folder: adieu's own, embedded
//! at build time, possibly overlaid file by file by a user's folder (`--locales DIR`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::{Arc, OnceLock};

use super::format::FormatSettings;
use super::words::WordList;
use crate::assets::{self, Asset, Assets, Origin};
use crate::error::{Error, Result};

/// One locale file: where it comes from and its text.
#[derive(Debug, Clone, Copy)]
pub struct LocaleFile<'a> {
    /// Path relative to the locales root, e.g. `fr/document.ftl`.
    pub name: &'a str,
    /// How error messages name the file: `locales/fr/document.ftl` or the user's path.
    pub path: &'a str,
    /// The file's text.
    pub text: &'a str,
    /// Embedded in adieu, or the user's.
    pub origin: Origin,
}

impl<'a> From<&'a Asset> for LocaleFile<'a> {
    fn from(asset: &'a Asset) -> Self {
        LocaleFile {
            name: &asset.name,
            path: &asset.path,
            text: &asset.text,
            origin: asset.origin,
        }
    }
}

/// All locale files available to a run.
#[derive(Debug, Clone)]
pub struct Catalog {
    assets: Assets,
    /// The judgemental word lists by folder, parsed the first time advice asks for
    /// one and read-only from then on (shared by the catalog's clones): commands that
    /// give no advice, and the config check's own catalog, never parse them.
    judgemental: Arc<OnceLock<BTreeMap<String, WordList>>>,
}

impl Default for Catalog {
    fn default() -> Self {
        Catalog::embedded()
    }
}

impl Catalog {
    /// The locales compiled into the binary.
    pub fn embedded() -> Catalog {
        Catalog::of(Assets::embedded("locales", assets::LOCALES))
    }

    /// These locales with the files under `dir` laid over them: `dir/fr/document.ftl`
    /// replaces adieu's `fr/document.ftl`, `dir/fr/firm.ftl` adds messages to French
    /// (overriding adieu's of the same id), and `dir/de/` adds a language.
    pub fn with_overlay(self, dir: &Path) -> Result<Catalog> {
        Ok(Catalog::of(self.assets.overlay(dir)?))
    }

    /// The catalog of these files; its word lists are parsed on first use.
    fn of(assets: Assets) -> Catalog {
        Catalog {
            assets,
            judgemental: Arc::default(),
        }
    }

    /// The judgemental word list of a folder (`locales/<folder>/judgemental.txt`,
    /// and the user's file of that name), if it has one.
    pub fn judgemental(&self, folder: &str) -> Option<&WordList> {
        self.judgemental
            .get_or_init(|| {
                self.folders()
                    .into_iter()
                    .filter_map(|folder| {
                        let text: String = self
                            .files(&folder, "txt")
                            .filter(|f| f.name.ends_with("/judgemental.txt"))
                            .flat_map(|f| [f.text, "\n"])
                            .collect();
                        (!text.is_empty()).then(|| (folder, WordList::parse(&text)))
                    })
                    .collect()
            })
            .get(folder)
    }

    /// Every locale folder: `en`, `es`, … and regional ones such as `es-MX`.
    pub fn folders(&self) -> BTreeSet<String> {
        self.assets
            .files()
            .iter()
            .filter_map(|f| f.name.split_once('/').map(|(folder, _)| folder.to_owned()))
            .collect()
    }

    /// The files in effect in one folder with the given extension (`ftl`, `yaml`):
    /// adieu's own first, then the user's, each group sorted by name.
    pub fn files<'a>(
        &'a self,
        folder: &'a str,
        extension: &'a str,
    ) -> impl Iterator<Item = LocaleFile<'a>> + 'a {
        let of = move |origin: Origin| {
            in_folder(self.assets.files(), folder, extension).filter(move |f| f.origin == origin)
        };
        of(Origin::Embedded).chain(of(Origin::User))
    }

    /// adieu's own files of one folder that a user file of the same name replaced.
    pub fn replaced<'a>(
        &'a self,
        folder: &'a str,
        extension: &'a str,
    ) -> impl Iterator<Item = LocaleFile<'a>> + 'a {
        in_folder(self.assets.replaced(), folder, extension)
    }

    /// The formatting settings of one folder (its `locale.yaml`), if it has any.
    pub fn settings(&self, folder: &str) -> Result<Option<FormatSettings>> {
        let Some(file) = self
            .files(folder, "yaml")
            .find(|f| f.name.ends_with("/locale.yaml"))
        else {
            return Ok(None);
        };
        serde_saphyr::from_str(file.text)
            .map(Some)
            .map_err(|e| Error::Asset {
                file: file.path.to_owned(),
                line: e.location().map_or(0, |l| l.line() as usize),
                message: e.without_snippet().to_string(),
            })
    }
}

fn in_folder<'a>(
    files: &'a [Asset],
    folder: &'a str,
    extension: &'a str,
) -> impl Iterator<Item = LocaleFile<'a>> + 'a {
    files.iter().map(LocaleFile::from).filter(move |f| {
        f.name.split_once('/').is_some_and(|(dir, name)| {
            dir == folder
                && name
                    .rsplit_once('.')
                    .is_some_and(|(_, ext)| ext == extension)
        })
    })
}
