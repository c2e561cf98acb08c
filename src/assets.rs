//! adieu's own locale and template files, embedded by `build.rs`, and a user's
//! folder that overlays them file by file (`--locales DIR`, `--templates DIR`).
//!
//! A user file replaces the embedded file of the same relative name and adds the
//! ones adieu lacks. The replaced files are kept aside, so that a message missing
//! from a user's copy of a locale file can still be found, with a warning.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::input::os_reason;

mod embedded {
    //! The files under `locales/`, `templates/` and `examples/`, as `(relative name, text)`.
    include!(concat!(env!("OUT_DIR"), "/assets.rs"));
}

pub(crate) use embedded::{EXAMPLES, LOCALES, TEMPLATES};

/// Where a file comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Compiled into adieu.
    Embedded,
    /// From the user's overlay folder.
    User,
}

/// One locale or template file.
#[derive(Debug, Clone)]
pub(crate) struct Asset {
    /// Relative to its root, with `/` separators: `fr/document.ftl`, `partials/notice.txt`.
    pub(crate) name: Cow<'static, str>,
    /// How errors name it: `locales/fr/document.ftl`, or the user's path.
    pub(crate) path: Cow<'static, str>,
    pub(crate) text: Cow<'static, str>,
    pub(crate) origin: Origin,
}

/// A set of files: the embedded ones, possibly overlaid by a user's folder.
#[derive(Debug, Clone)]
pub(crate) struct Assets {
    /// The files in effect, sorted by name.
    files: Vec<Asset>,
    /// Embedded files that a user file of the same name replaced.
    replaced: Vec<Asset>,
}

impl Assets {
    /// The embedded files of one root (`locales` or `templates`).
    pub(crate) fn embedded(
        root: &'static str,
        list: &'static [(&'static str, &'static str)],
    ) -> Assets {
        Assets {
            files: list
                .iter()
                .map(|(name, text)| Asset {
                    name: Cow::Borrowed(*name),
                    path: Cow::Owned(format!("{root}/{name}")),
                    text: Cow::Borrowed(*text),
                    origin: Origin::Embedded,
                })
                .collect(),
            replaced: Vec::new(),
        }
    }

    /// Lays the files under `dir` over these, file by file. Hidden files are skipped.
    pub(crate) fn overlay(mut self, dir: &Path) -> Result<Assets> {
        let metadata = std::fs::metadata(dir).map_err(|e| Error::ReadInput {
            path: dir.to_path_buf(),
            reason: os_reason(&e),
        })?;
        if !metadata.is_dir() {
            return Err(Error::ReadInput {
                path: dir.to_path_buf(),
                reason: "it is not a directory".into(),
            });
        }
        let mut found = Vec::new();
        collect(dir, &mut found)?;
        found.sort();
        for path in found {
            let text = std::fs::read_to_string(&path).map_err(|e| Error::ReadInput {
                path: path.clone(),
                reason: if e.kind() == std::io::ErrorKind::InvalidData {
                    "it is not UTF-8 text".into()
                } else {
                    os_reason(&e)
                },
            })?;
            let name = path
                .strip_prefix(dir)
                .unwrap_or(&path)
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            let asset = Asset {
                name: Cow::Owned(name),
                path: Cow::Owned(path.display().to_string()),
                text: Cow::Owned(text),
                origin: Origin::User,
            };
            match self.files.iter().position(|f| f.name == asset.name) {
                Some(i) => {
                    let old = std::mem::replace(&mut self.files[i], asset);
                    if old.origin == Origin::Embedded {
                        self.replaced.push(old);
                    }
                }
                None => self.files.push(asset),
            }
        }
        self.files.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(self)
    }

    /// The files in effect.
    pub(crate) fn files(&self) -> &[Asset] {
        &self.files
    }

    /// The embedded files that a user file replaced.
    pub(crate) fn replaced(&self) -> &[Asset] {
        &self.replaced
    }
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    let unreadable = |e: std::io::Error| Error::ReadInput {
        path: dir.to_path_buf(),
        reason: os_reason(&e),
    };
    for entry in std::fs::read_dir(dir).map_err(unreadable)? {
        let path = entry.map_err(unreadable)?.path();
        if path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        {
            continue;
        }
        if path.is_dir() {
            collect(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_user_file_replaces_the_embedded_one_of_the_same_name() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("fr")).unwrap();
        std::fs::write(dir.path().join("fr/document.ftl"), "mine = Le mien\n").unwrap();
        std::fs::write(dir.path().join("fr/extra.ftl"), "more = Plus\n").unwrap();
        std::fs::write(dir.path().join(".hidden"), "").unwrap();
        let assets = Assets::embedded("locales", LOCALES)
            .overlay(dir.path())
            .unwrap();
        let fr: Vec<_> = assets
            .files()
            .iter()
            .filter(|f| f.name.starts_with("fr/"))
            .map(|f| (f.name.as_ref(), f.origin))
            .collect();
        assert!(fr.contains(&("fr/document.ftl", Origin::User)));
        assert!(fr.contains(&("fr/extra.ftl", Origin::User)));
        assert!(fr.contains(&("fr/call.ftl", Origin::Embedded)));
        assert_eq!(assets.replaced().len(), 1);
        assert_eq!(assets.replaced()[0].path, "locales/fr/document.ftl");
        assert!(!assets.files().iter().any(|f| f.name == ".hidden"));
    }

    #[test]
    fn a_missing_overlay_folder_is_a_read_error() {
        let error = Assets::embedded("templates", TEMPLATES)
            .overlay(Path::new("/no/such/folder"))
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "cannot read /no/such/folder: no such file or directory"
        );
    }
}
