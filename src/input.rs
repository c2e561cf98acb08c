//! Reading a case file from disk or stdin, within the size limit and as UTF-8.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::case::MAX_INPUT_BYTES;
use crate::diagnostic::{Code, Diagnostic, Span};
use crate::error::{Error, Reason, Result};

/// Opens an input file and gives its length, refusing a directory with a message
/// saying what was expected there (`"a case file"`, `"a CSV file"`).
pub fn open(path: &Path, what: &str) -> Result<(std::fs::File, u64)> {
    let unreadable = |reason: Reason| Error::ReadInput {
        path: path.to_path_buf(),
        reason,
    };
    let metadata = std::fs::metadata(path).map_err(|e| unreadable(Reason::Os(e)))?;
    if metadata.is_dir() {
        return Err(unreadable(Reason::Refused(format!(
            "it is a directory, not {what}"
        ))));
    }
    let file = std::fs::File::open(path).map_err(|e| unreadable(Reason::Os(e)))?;
    Ok((file, metadata.len()))
}

/// The text of an input and the name to report it under.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path as given on the command line, or `<stdin>`.
    pub name: String,
    /// The whole text.
    pub text: String,
}

impl Source {
    /// Reads `path`, or stdin when it is `-`. Refuses directories, files over
    /// [`MAX_INPUT_BYTES`] (without reading them whole) and text that is not UTF-8.
    pub fn read(path: &Path) -> Result<Source> {
        if path == Path::new("-") {
            return Source::from_reader("<stdin>", std::io::stdin().lock(), path, 0);
        }
        let (file, len) = open(path, "a case file")?;
        // Sized from the metadata, the buffer takes the file in one read (a batch
        // reads thousands).
        let expected = usize::try_from(len).unwrap_or(MAX_INPUT_BYTES);
        Source::from_reader(&path.display().to_string(), file, path, expected)
    }

    /// Reads at most one byte more than the limit, so a huge input costs nothing.
    fn from_reader(name: &str, reader: impl Read, path: &Path, expected: usize) -> Result<Source> {
        let mut bytes = Vec::with_capacity(expected.min(MAX_INPUT_BYTES) + 1);
        reader
            .take(MAX_INPUT_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| Error::ReadInput {
                path: PathBuf::from(path),
                reason: Reason::Os(e),
            })?;
        Source::from_bytes(name, bytes)
    }

    /// Accepts the bytes of a case file read by other means: within the size limit,
    /// UTF-8, with a leading byte-order mark dropped.
    pub fn from_bytes(name: &str, bytes: Vec<u8>) -> Result<Source> {
        let invalid = |diagnostic: Diagnostic, text: String| Error::InvalidCase {
            file: name.to_owned(),
            source_text: text,
            diagnostics: vec![diagnostic],
        };
        if bytes.len() > MAX_INPUT_BYTES {
            return Err(invalid(
                Diagnostic::new(
                    Code::LimitExceeded,
                    format!(
                        "the file is larger than {} MiB, the size limit for a case file",
                        MAX_INPUT_BYTES / (1024 * 1024)
                    ),
                )
                .with_help("a case file describes one client in a few kilobytes; split the input into one file per case"),
                String::new(),
            ));
        }
        let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) => rest.to_vec(),
            None => bytes,
        };
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Source {
                name: name.to_owned(),
                text,
            }),
            Err(error) => {
                let offset = error.utf8_error().valid_up_to();
                let byte = error.as_bytes()[offset];
                // The valid prefix is unchanged by the lossy conversion, so the offset
                // holds; the bad sequence becomes one U+FFFD, three bytes long.
                let lossy = String::from_utf8_lossy(error.as_bytes()).into_owned();
                let span = Span::at(&lossy, offset, '\u{FFFD}'.len_utf8());
                Err(invalid(
                    Diagnostic::new(
                        Code::NotUtf8,
                        format!("the file is not UTF-8 text: byte 0x{byte:02X} cannot start or continue a character"),
                    )
                    .with_span(span)
                    .with_help("save the case file as UTF-8; most editors offer it under \"Save with encoding\""),
                    lossy,
                ))
            }
        }
    }
}

/// The operating system's reason, without Rust's "(os error 2)" suffix.
pub fn os_reason(error: &std::io::Error) -> String {
    let text = error.to_string();
    match text.find(" (os error") {
        Some(cut) => text[..cut].to_lowercase(),
        None => text,
    }
}

/// What a file that is not a regular file is, for messages that refuse it: a
/// named pipe, a device, a socket.
#[cfg(unix)]
pub(crate) fn special_kind(file_type: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if file_type.is_fifo() {
        "a named pipe"
    } else if file_type.is_block_device() || file_type.is_char_device() {
        "a device"
    } else if file_type.is_socket() {
        "a socket"
    } else {
        "not a regular file"
    }
}

#[cfg(not(unix))]
pub(crate) fn special_kind(_: &std::fs::FileType) -> &'static str {
    "not a regular file"
}
