//! adieu's own locale and template files, embedded by `build.rs`, and a user's
//! folder that overlays them file by file (`--locales DIR`, `--templates DIR`).
//!
//! A user file replaces the embedded file of the same relative name and adds the
//! ones adieu lacks. The replaced files are kept aside, so that a message missing
//! from a user's copy of a locale file can still be found, with a warning.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use crate::error::{Error, Reason, Result};
use crate::input::special_kind;

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
    ///
    /// The folder may come from a config file, so it is walked with bounds (see
    /// [`MAX_FILES`] and its neighbours) and only regular files are read: a symlink,
    /// named pipe, device or socket in it is refused by name rather than followed or
    /// opened, which is what used to make a walk loop through `a -> .` for ever, block
    /// on a FIFO, or read all of `/usr`.
    pub(crate) fn overlay(mut self, dir: &Path) -> Result<Assets> {
        let metadata = std::fs::metadata(dir).map_err(|e| Error::ReadInput {
            path: dir.to_path_buf(),
            reason: Reason::Os(e),
        })?;
        if !metadata.is_dir() {
            return Err(Error::ReadInput {
                path: dir.to_path_buf(),
                reason: Reason::Refused("it is not a directory".into()),
            });
        }
        let mut walk = Walk {
            root: dir,
            found: Vec::new(),
            bytes: 0,
            seen: 0,
        };
        walk.folder(dir, 0)?;
        let mut found = walk.found;
        found.sort();
        for (path, text) in found {
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

/// At most this many files in an overlay folder: adieu's own are about 40, so a
/// folder with more is not an overlay (`templates: /usr` in a config file).
pub(crate) const MAX_FILES: usize = 1000;
/// At most this many folders deep below the overlay folder; adieu's go two deep.
pub(crate) const MAX_DEPTH: usize = 8;
/// At most this many bytes in one file: adieu's largest is under 20 KiB, and a
/// Fluent file's parsed form takes about 16 times its size in memory.
pub(crate) const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// At most this many bytes in all the files of one folder together.
pub(crate) const MAX_TOTAL_BYTES: u64 = 4 * 1024 * 1024;

/// The state of one bounded walk of an overlay folder.
struct Walk<'a> {
    root: &'a Path,
    /// Every regular file found, with its text.
    found: Vec<(PathBuf, String)>,
    /// The bytes read so far.
    bytes: u64,
    /// The entries seen so far, folders included.
    seen: usize,
}

impl Walk<'_> {
    /// An overlay folder that cannot be used, located at the file that breaks it.
    fn refuse(&self, path: &Path, message: String) -> Error {
        Error::Asset {
            file: path.display().to_string(),
            line: 0,
            message,
        }
    }

    fn folder(&mut self, dir: &Path, depth: usize) -> Result<()> {
        let unreadable = |e: std::io::Error| Error::ReadInput {
            path: dir.to_path_buf(),
            reason: Reason::Os(e),
        };
        let mut entries = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(unreadable)? {
            let entry = entry.map_err(unreadable)?;
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            entries.push(entry);
            self.seen += 1;
            if self.seen > MAX_FILES {
                return Err(self.refuse(
                    self.root,
                    format!(
                        "the overlay folder holds more than {MAX_FILES} files and folders; it should hold only the templates or locale files you change"
                    ),
                ));
            }
        }
        entries.sort_by_key(std::fs::DirEntry::file_name);
        for entry in entries {
            let path = entry.path();
            // `DirEntry::file_type` does not follow a symlink.
            let kind = entry.file_type().map_err(unreadable)?;
            if kind.is_symlink() {
                return Err(self.refuse(
                    &path,
                    "it is a symbolic link; an overlay folder holds regular files and folders only, so that it never reads outside itself: copy the file in".into(),
                ));
            } else if kind.is_dir() {
                if depth + 1 > MAX_DEPTH {
                    return Err(self.refuse(
                        &path,
                        format!("it is more than {MAX_DEPTH} folders deep in the overlay folder"),
                    ));
                }
                self.folder(&path, depth + 1)?;
            } else if kind.is_file() {
                let text = self.read(&path)?;
                self.found.push((path, text));
            } else {
                return Err(self.refuse(
                    &path,
                    format!(
                        "it is {}; an overlay folder holds regular files and folders only",
                        special_kind(&kind)
                    ),
                ));
            }
        }
        Ok(())
    }

    /// Reads one regular file within the bounds, without blocking: a file swapped
    /// for a named pipe after the walk saw it is opened non-blocking and refused.
    fn read(&mut self, path: &Path) -> Result<String> {
        use std::io::Read;
        let unreadable = |e: std::io::Error| Error::ReadInput {
            path: path.to_path_buf(),
            reason: Reason::Os(e),
        };
        let file = open_regular(path).map_err(unreadable)?;
        let metadata = file.metadata().map_err(unreadable)?;
        if !metadata.is_file() {
            return Err(self.refuse(
                path,
                format!(
                    "it is {}; an overlay folder holds regular files and folders only",
                    special_kind(&metadata.file_type())
                ),
            ));
        }
        let mut bytes = Vec::new();
        file.take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(unreadable)?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(self.refuse(
                path,
                format!(
                    "the file is larger than {} MiB, the size limit for a template or locale file",
                    MAX_FILE_BYTES / (1024 * 1024)
                ),
            ));
        }
        self.bytes += bytes.len() as u64;
        if self.bytes > MAX_TOTAL_BYTES {
            return Err(self.refuse(
                self.root,
                format!(
                    "the overlay folder holds more than {} MiB, the size limit for all its files together",
                    MAX_TOTAL_BYTES / (1024 * 1024)
                ),
            ));
        }
        String::from_utf8(bytes).map_err(|_| Error::ReadInput {
            path: path.to_path_buf(),
            reason: Reason::Refused("it is not UTF-8 text".into()),
        })
    }
}

#[cfg(unix)]
fn open_regular(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW)
        .open(path)
}

#[cfg(not(unix))]
fn open_regular(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
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
