//! Writing documents without ever losing what the user had: nothing is overwritten
//! without `--force`, and files appear whole or not at all — even when the process
//! is interrupted, since an interrupt removes the half-written temporary file.

use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once, PoisonError};

use crate::error::{Error, Reason, Result};
use crate::input::special_kind;

/// The temporary files being written, for the interrupt handler to remove: one at a
/// time for a single document, one per worker thread in a batch. A file is created
/// while this lock is held and listed before it is released, so the handler, which
/// takes the lock and never gives it back, sees every temporary file that exists and
/// no worker creates another after it.
///
/// This is process state on purpose, the one mutable global besides the verbosity:
/// a signal handler is installed once per process, runs on a thread of its own and
/// can reach no value a command owns, while the files it must remove are those of
/// the whole process. Nothing reads it to decide what a document says.
static IN_FLIGHT: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// On Ctrl-C (or SIGTERM, SIGHUP), removes the temporary files being written and
/// exits with 130, the shell's code for an interrupt. Installed on the first file
/// write only, so that runs writing to stdout start no signal thread.
fn remove_partial_file_on_interrupt() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        // Without the handler an interrupt can leave a `.adieu-*.partial` file behind;
        // the document is still never half-written, so failing to install is not fatal.
        // The lock is held until the process ends: a worker about to create a
        // temporary file waits for it, and so never creates one.
        let _ = ctrlc::set_handler(|| abandon_and_exit(Error::Interrupted.status()));
    });
}

/// Removes the temporary files being written and ends the process with `code`: for
/// a run that cannot go on (see [`crate::watchdog`]). The lock is kept, so that no
/// worker creates another temporary file meanwhile.
pub fn abandon_and_exit(code: u8) -> ! {
    let mut files = in_flight();
    abandon(&mut files);
    std::process::exit(i32::from(code));
}

/// Removes the temporary files being written, if any.
fn abandon(files: &mut Vec<PathBuf>) {
    for path in files.drain(..) {
        let _ = std::fs::remove_file(path);
    }
}

fn in_flight() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    IN_FLIGHT.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Creates a temporary file in `directory` and lists it for the interrupt handler,
/// both under the lock (see [`IN_FLIGHT`]).
fn create_temporary(
    builder: &tempfile::Builder<'_, '_>,
    directory: &Path,
) -> std::io::Result<tempfile::NamedTempFile> {
    remove_partial_file_on_interrupt();
    let mut files = in_flight();
    let temporary = builder.tempfile_in(directory)?;
    files.push(temporary.path().to_path_buf());
    Ok(temporary)
}

fn end_writing(path: &Path) {
    in_flight().retain(|p| p != path);
}

/// Refuses early, before any work, a destination that cannot be written: an existing
/// file without `force`, or a directory.
pub fn check_destination(path: &Path, force: bool) -> Result<()> {
    let cannot = |reason: &str| Error::WriteOutput {
        path: path.to_path_buf(),
        reason: Reason::Refused(reason.to_owned()),
    };
    match std::fs::metadata(path) {
        Ok(metadata) if metadata.is_dir() => Err(cannot(
            "it is a directory; name a file, or end the path with / to write into it",
        )),
        Ok(metadata) if metadata.is_file() && !force => Err(cannot(EXISTS)),
        _ => Ok(()),
    }
}

/// Why a file is not replaced without `--force`.
const EXISTS: &str = "the file exists; pass --force to replace it";

/// Refuses, before a batch writes anything, a document's path that it must not or
/// cannot write: anything but a regular file (a symbolic link, even a dangling one, a
/// named pipe, a device, a socket, a directory) with or without `force`, since the
/// user never chose these names; an existing file without `force`; and a path the
/// system will not look up (a name too long, a folder that cannot be searched). The
/// link itself is examined, never what it points to, so nothing is opened and
/// nothing can block.
pub fn check_batch_destination(path: &Path, force: bool) -> Result<()> {
    let cannot = |reason: Reason| Error::WriteOutput {
        path: path.to_path_buf(),
        reason,
    };
    match std::fs::symlink_metadata(path) {
        Ok(metadata) if metadata.is_file() => {
            if force {
                Ok(())
            } else {
                Err(cannot(Reason::Refused(EXISTS.to_owned())))
            }
        }
        Ok(metadata) => Err(cannot(Reason::Refused(not_regular(&metadata.file_type())))),
        Err(error) if error.kind() == ErrorKind::NotFound => Ok(()),
        Err(error) => Err(cannot(Reason::Os(error))),
    }
}

/// Why a batch refuses a path that is not a regular file, and what to do instead.
fn not_regular(file_type: &std::fs::FileType) -> String {
    let what = if file_type.is_symlink() {
        "a symbolic link"
    } else if file_type.is_dir() {
        "a directory"
    } else {
        special_kind(file_type)
    };
    format!(
        "it is {what}; a batch writes only regular files in its folder, even with --force: remove it, or write into another folder"
    )
}

/// Checks, before a batch writes its first document, that files can be created in
/// `folder`: a temporary file is created there and removed.
pub fn check_folder(folder: &Path) -> Result<()> {
    let probe = create_temporary(&temporary_builder(), folder).map_err(|e| Error::WriteOutput {
        path: folder.to_path_buf(),
        reason: Reason::Os(e),
    })?;
    let path = probe.path().to_path_buf();
    drop(probe);
    end_writing(&path);
    Ok(())
}

/// Writes `bytes` to `path` atomically: into a temporary file beside it, then renamed
/// into place. Without `force` an existing file is left untouched (the rename refuses
/// to replace it, so a file created meanwhile is safe too).
///
/// This is `-o FILE`, a path the user chose: a special file such as `/dev/null`, a
/// terminal or a named pipe is written to directly (it holds no document to lose, and
/// renaming over it would replace it), and a symbolic link to a file is followed, so
/// that `--force` replaces the file it points to rather than the link.
pub fn write_file(path: &Path, bytes: &[u8], force: bool) -> Result<()> {
    check_destination(path, force)?;
    let failed = |error: std::io::Error| Error::WriteOutput {
        path: path.to_path_buf(),
        reason: Reason::Os(error),
    };
    let existing = std::fs::metadata(path).ok();
    let target = match &existing {
        Some(metadata) if !metadata.is_file() => {
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(failed)?;
            return file
                .write_all(bytes)
                .and_then(|()| file.flush())
                .map_err(failed);
        }
        Some(_) => std::fs::canonicalize(path).map_err(failed)?,
        None => path.to_path_buf(),
    };
    let temporary = write_temporary(&target, bytes, existing.as_ref(), true)?;
    persist(temporary, &target, force)
}

/// Writes one document of a batch like [`write_file`], atomically and never
/// overwriting without `force`, but only ever as a regular file in the batch's
/// folder: nothing existing is opened, no link is followed, and `force` replaces a
/// regular file only. The batch has checked every destination with
/// [`check_batch_destination`] before it began; what appeared since is refused all
/// the same (the rename without `force` fails on any existing name, and with `force`
/// the path is examined again just before the rename, which replaces a name, never
/// what a link points to).
///
/// It does not wait for the disk: an fsync per file would make a batch of thousands
/// a hundred times slower. Readers still see each file whole or not at all; only a
/// power cut right after the run could lose files.
pub fn write_batch_file(path: &Path, bytes: &[u8], force: bool) -> Result<()> {
    check_batch_destination(path, force)?;
    let existing = std::fs::symlink_metadata(path).ok();
    let temporary = write_temporary(path, bytes, existing.as_ref(), false)?;
    if force && let Err(refused) = check_batch_destination(path, force) {
        let partial = temporary.path().to_path_buf();
        drop(temporary);
        end_writing(&partial);
        return Err(refused);
    }
    persist(temporary, path, force)
}

/// The temporary files' names: hidden, and saying what they are.
fn temporary_builder() -> tempfile::Builder<'static, 'static> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".adieu-").suffix(".partial");
    builder
}

/// Writes `bytes` to a new temporary file in `path`'s folder, with the permissions
/// of the file it will replace (`existing`), and waits for the disk if `sync`.
fn write_temporary(
    path: &Path,
    bytes: &[u8],
    existing: Option<&std::fs::Metadata>,
    sync: bool,
) -> Result<tempfile::NamedTempFile> {
    let failed = |error: std::io::Error| Error::WriteOutput {
        path: path.to_path_buf(),
        reason: Reason::Os(error),
    };
    let directory = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut builder = temporary_builder();
    if let Some(permissions) = permissions(existing) {
        builder.permissions(permissions);
    }
    let mut temporary = create_temporary(&builder, &directory).map_err(failed)?;
    let written = temporary.write_all(bytes).and_then(|()| {
        if sync {
            temporary.as_file().sync_all()
        } else {
            Ok(())
        }
    });
    if let Err(error) = written {
        let partial = temporary.path().to_path_buf();
        drop(temporary);
        end_writing(&partial);
        return Err(failed(error));
    }
    Ok(temporary)
}

/// Renames a written temporary file to `path`; without `force` the rename fails if
/// anything at all has that name.
fn persist(temporary: tempfile::NamedTempFile, path: &Path, force: bool) -> Result<()> {
    let partial = temporary.path().to_path_buf();
    let persisted = if force {
        temporary.persist(path).map(drop)
    } else {
        temporary.persist_noclobber(path).map(drop)
    };
    // On failure the temporary file is removed as `PersistError` is dropped.
    let persisted = persisted.map_err(|e| e.error);
    end_writing(&partial);
    persisted.map_err(|error| Error::WriteOutput {
        path: path.to_path_buf(),
        // The rename refused to replace a file: adieu's rule, said as such.
        reason: if error.kind() == ErrorKind::AlreadyExists {
            Reason::Refused(EXISTS.into())
        } else {
            Reason::Os(error)
        },
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
            reason: Reason::Os(error),
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
        let mut files = vec![partial.clone()];
        abandon(&mut files);
        assert!(!partial.exists());
        assert!(files.is_empty());
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

    #[test]
    #[cfg(unix)]
    fn a_batch_never_writes_through_a_link_even_with_force() {
        let dir = tempfile::tempdir().unwrap();
        let outside = dir.path().join("outside.txt");
        std::fs::write(&outside, "victim").unwrap();
        let folder = dir.path().join("out");
        std::fs::create_dir(&folder).unwrap();
        let link = folder.join("acme.txt");
        std::os::unix::fs::symlink(&outside, &link).unwrap();
        let dangling = folder.join("beta.txt");
        std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling).unwrap();
        for path in [&link, &dangling] {
            for force in [false, true] {
                let refusal = format!(
                    "cannot write {}: it is a symbolic link; a batch writes only regular files in its folder, even with --force: remove it, or write into another folder",
                    path.display()
                );
                let checked = check_batch_destination(path, force).unwrap_err();
                assert_eq!(checked.to_string(), refusal);
                let written = write_batch_file(path, b"letter", force).unwrap_err();
                assert_eq!(written.to_string(), refusal);
            }
        }
        assert_eq!(std::fs::read_to_string(&outside).unwrap(), "victim");
        assert!(!dir.path().join("nowhere").exists());
        let mut names: Vec<_> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        assert_eq!(names, ["acme.txt", "beta.txt"], "no temporary file is left");
    }

    #[test]
    fn a_batch_replaces_a_regular_file_only_with_force() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("letter.txt");
        std::fs::write(&path, "mine").unwrap();
        let error = write_batch_file(&path, b"new", false).unwrap_err();
        assert!(error.to_string().ends_with(EXISTS), "{error}");
        write_batch_file(&path, b"new", true).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        check_folder(dir.path()).unwrap();
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
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
