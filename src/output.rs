//! Writing documents without ever losing what the user had: nothing is overwritten
//! without `--force`, and files appear whole or not at all.

use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::input::os_reason;

/// Refuses early, before any work, a destination that cannot be written: an existing
/// file without `force`, or a directory.
pub fn check_destination(path: &Path, force: bool) -> Result<()> {
    let cannot = |reason: &str| Error::WriteOutput {
        path: path.to_path_buf(),
        reason: reason.to_owned(),
    };
    match std::fs::metadata(path) {
        Ok(metadata) if metadata.is_dir() => Err(cannot(
            "it is a directory; name a file, or end the path with / to write into it",
        )),
        Ok(_) if !force => Err(cannot("the file exists; pass --force to replace it")),
        _ => Ok(()),
    }
}

/// Writes `bytes` to `path` atomically: into a temporary file beside it, flushed to
/// disk, then renamed into place. Without `force` an existing file is left untouched
/// (the rename refuses to replace it, so a file created meanwhile is safe too).
pub fn write_file(path: &Path, bytes: &[u8], force: bool) -> Result<()> {
    check_destination(path, force)?;
    write(path, bytes, force, true)
}

/// Writes one document of a batch like [`write_file`], atomically and never
/// overwriting without `force`, but without waiting for the disk: an fsync per file
/// would make a batch of thousands a hundred times slower. Readers still see each
/// file whole or not at all; only a power cut right after the run could lose files.
/// The batch has checked every destination before it began; the rename refuses an
/// existing file all the same.
pub fn write_batch_file(path: &Path, bytes: &[u8], force: bool) -> Result<()> {
    write(path, bytes, force, false)
}

fn write(path: &Path, bytes: &[u8], force: bool, sync: bool) -> Result<()> {
    let failed = |error: &std::io::Error| Error::WriteOutput {
        path: path.to_path_buf(),
        reason: os_reason(error),
    };
    let directory = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut temporary = tempfile::Builder::new()
        .prefix(".adieu-")
        .suffix(".partial")
        .tempfile_in(&directory)
        .map_err(|e| failed(&e))?;
    temporary.write_all(bytes).map_err(|e| failed(&e))?;
    if sync {
        temporary.as_file().sync_all().map_err(|e| failed(&e))?;
    }
    let persisted = if force {
        temporary.persist(path).map(drop)
    } else {
        temporary.persist_noclobber(path).map(drop)
    };
    persisted.map_err(|e| {
        if e.error.kind() == ErrorKind::AlreadyExists {
            Error::WriteOutput {
                path: path.to_path_buf(),
                reason: "the file exists; pass --force to replace it".into(),
            }
        } else {
            failed(&e.error)
        }
    })
}

/// Writes to stdout. A closed pipe (`adieu letter x.yaml | head -1`) is not an
/// error: the reader has what it wanted, so adieu stops quietly.
pub fn write_stdout(bytes: &[u8]) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Err(error) if error.kind() != ErrorKind::BrokenPipe => Err(Error::WriteOutput {
            path: PathBuf::from("<stdout>"),
            reason: os_reason(&error),
        }),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_overwrites_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("letter.txt");
        std::fs::write(&path, "mine").unwrap();
        let error = write_file(&path, b"new", false).unwrap_err();
        assert!(
            error
                .to_string()
                .ends_with("the file exists; pass --force to replace it"),
            "{error}"
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
        write_file(&path, b"new", true).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
    }
}
