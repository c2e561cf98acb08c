//! Writing documents without ever losing what the user had: nothing is overwritten
//! without `--force`, and files appear whole or not at all — even when the process
//! is interrupted, since an interrupt removes the half-written temporary file.

use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once, PoisonError};

use crate::error::{Error, Result};
use crate::input::os_reason;

/// The temporary files being written, for the interrupt handler to remove: one at a
/// time for a single document, one per worker thread in a batch.
static IN_FLIGHT: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// On Ctrl-C (or SIGTERM, SIGHUP), removes the temporary file being written and exits
/// with 130, the shell's code for an interrupt. Installed on the first file write
/// only, so that runs writing to stdout start no signal thread.
fn remove_partial_file_on_interrupt() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        // Without the handler an interrupt can leave a `.adieu-*.partial` file behind;
        // the document is still never half-written, so failing to install is not fatal.
        let _ = ctrlc::set_handler(|| {
            abandon_partial_file();
            std::process::exit(130);
        });
    });
}

/// Removes the temporary files being written, if any.
fn abandon_partial_file() {
    abandon(&IN_FLIGHT);
}

fn abandon(files: &Mutex<Vec<PathBuf>>) {
    let mut files = files.lock().unwrap_or_else(PoisonError::into_inner);
    for path in files.drain(..) {
        let _ = std::fs::remove_file(path);
    }
}

fn in_flight() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    IN_FLIGHT.lock().unwrap_or_else(PoisonError::into_inner)
}

fn begin_writing(path: &Path) {
    in_flight().push(path.to_path_buf());
}

fn end_writing(path: &Path) {
    in_flight().retain(|p| p != path);
}

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
        Ok(metadata) if metadata.is_file() && !force => {
            Err(cannot("the file exists; pass --force to replace it"))
        }
        _ => Ok(()),
    }
}

/// Writes `bytes` to `path` atomically: into a temporary file beside it, then renamed
/// into place. Without `force` an existing file is left untouched (the rename refuses
/// to replace it, so a file created meanwhile is safe too).
///
/// A special file such as `/dev/null`, a terminal or a named pipe is written to
/// directly: it holds no document to lose, and renaming over it would replace it. A
/// symbolic link to a file is followed, so that `--force` replaces the file it points
/// to rather than the link.
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
    let existing = std::fs::metadata(path).ok();
    let target = match &existing {
        Some(metadata) if !metadata.is_file() => {
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(|e| failed(&e))?;
            return file
                .write_all(bytes)
                .and_then(|()| file.flush())
                .map_err(|e| failed(&e));
        }
        Some(_) => std::fs::canonicalize(path).map_err(|e| failed(&e))?,
        None => path.to_path_buf(),
    };
    let path = target.as_path();
    let directory = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    remove_partial_file_on_interrupt();
    let mut builder = tempfile::Builder::new();
    builder.prefix(".adieu-").suffix(".partial");
    if let Some(permissions) = permissions(existing.as_ref()) {
        builder.permissions(permissions);
    }
    let mut temporary = builder.tempfile_in(&directory).map_err(|e| failed(&e))?;
    let partial = temporary.path().to_path_buf();
    begin_writing(&partial);
    let written = temporary.write_all(bytes).and_then(|()| {
        if sync {
            temporary.as_file().sync_all()
        } else {
            Ok(())
        }
    });
    if let Err(error) = written {
        end_writing(&partial);
        return Err(failed(&error));
    }
    let persisted = if force {
        temporary.persist(path).map(drop)
    } else {
        temporary.persist_noclobber(path).map(drop)
    };
    end_writing(&partial);
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

/// The permissions of the file to write: those of the file it replaces, or those of
/// any new file — never the owner-only mode of a temporary file, which would hide a
/// letter from the user's other programs. `None` leaves the platform's default.
fn permissions(existing: Option<&std::fs::Metadata>) -> Option<std::fs::Permissions> {
    match existing {
        Some(metadata) => Some(metadata.permissions()),
        None => new_file_permissions(),
    }
}

#[cfg(unix)]
fn new_file_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    // A request: the operating system takes the umask off, as for any new file.
    Some(std::fs::Permissions::from_mode(0o666))
}

#[cfg(not(unix))]
fn new_file_permissions() -> Option<std::fs::Permissions> {
    // Without Unix mode bits, a temporary file is an ordinary new file.
    None
}

/// Writes a command's output to `path` (see [`write_file`]) and says so with
/// `--verbose`, or to stdout without a path: what `-o FILE` means for every command
/// that writes one document.
pub fn write_to(path: Option<&Path>, bytes: &[u8], force: bool, what: &str) -> Result<()> {
    match path {
        Some(path) => {
            write_file(path, bytes, force)?;
            crate::report::note(&format!("wrote the {what} to {}", path.display()));
            Ok(())
        }
        None => write_stdout(bytes),
    }
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

    #[test]
    fn an_interrupt_removes_the_partial_file() {
        let dir = tempfile::tempdir().unwrap();
        let partial = dir.path().join(".adieu-x.partial");
        std::fs::write(&partial, "half a lett").unwrap();
        // A list of its own: the global one holds the files other tests are writing.
        let files = Mutex::new(vec![partial.clone()]);
        abandon(&files);
        assert!(!partial.exists());
        assert!(files.lock().unwrap().is_empty());
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn a_full_device_is_a_write_error_with_the_reason() {
        let error = write_file(Path::new("/dev/full"), b"letter", false).unwrap_err();
        assert_eq!(
            error.to_string(),
            "cannot write /dev/full: no space left on device"
        );
    }

    #[test]
    #[cfg(unix)]
    fn a_link_is_followed_and_its_file_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("letter.txt");
        let link = dir.path().join("link.txt");
        std::fs::write(&file, "old").unwrap();
        std::os::unix::fs::symlink(&file, &link).unwrap();
        assert!(write_file(&link, b"new", false).is_err());
        write_file(&link, b"new", true).unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "new");
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }

    #[cfg(unix)]
    #[test]
    fn written_files_get_ordinary_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let new = dir.path().join("letter.txt");
        write_file(&new, b"new", false).unwrap();
        // The same mode as any file a program creates there, whatever the umask.
        let ordinary = dir.path().join("ordinary.txt");
        std::fs::write(&ordinary, "x").unwrap();
        let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&new), mode(&ordinary));
        // A replaced file keeps its own mode.
        let kept = dir.path().join("kept.txt");
        std::fs::write(&kept, "old").unwrap();
        std::fs::set_permissions(&kept, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_file(&kept, b"new", true).unwrap();
        assert_eq!(mode(&kept), 0o640);
    }
}
