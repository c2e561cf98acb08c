//! The one error type of adieu, and the exit code each error maps to.
//!
//! Exit codes follow sysexits(3): 2 usage, 65 invalid input data, 66 missing
//! input, 70 internal software error, 73 cannot create output, 78 configuration
//! error (the config file, or a template or locale overlay folder).

use std::path::PathBuf;
use std::process::ExitCode;

use crate::diagnostic::Diagnostic;
use crate::l10n::LanguageError;

/// Everything that can stop a command.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The command line asks for something that cannot be done.
    #[error("{message}")]
    Usage {
        /// What is wrong and how to fix it.
        message: String,
    },
    /// A language tag given on the command line (or as an interview's answer) is no
    /// tag, or names a language adieu does not write: a usage error, kept typed until
    /// it is printed.
    #[error("{}", language_usage(*flag, error))]
    Language {
        /// The option that gave the tag (`--lang`, `--ui-lang`), if an option did.
        flag: Option<&'static str>,
        /// What is wrong with the tag.
        error: LanguageError,
    },
    /// A case file was read but is not a valid case.
    #[error("{file}: invalid case file")]
    InvalidCase {
        /// The name the file was given on the command line (`-` for stdin).
        file: String,
        /// The file's text, for rendering snippets.
        source_text: String,
        /// What is wrong, every problem found.
        diagnostics: Vec<Diagnostic>,
    },
    /// The config file was read but is not valid.
    #[error("{file}: invalid config file")]
    InvalidConfig {
        /// The config file's path.
        file: String,
        /// The file's text, for rendering snippets.
        source_text: String,
        /// What is wrong, every problem found.
        diagnostics: Vec<Diagnostic>,
    },
    /// An input file cannot be read.
    #[error("cannot read {}: {reason}", path.display())]
    ReadInput {
        /// The file.
        path: PathBuf,
        /// The operating system's error, or our refusal.
        #[source]
        reason: Reason,
    },
    /// An output file cannot be written.
    #[error("cannot write {}: {reason}", path.display())]
    WriteOutput {
        /// The file.
        path: PathBuf,
        /// The operating system's error, or our refusal.
        #[source]
        reason: Reason,
    },
    /// A locale or template file is broken, or an overlay folder cannot be used.
    ///
    /// adieu's own files are all rendered by its tests, so in practice this is the
    /// user's overlay (`--templates`, `--locales`, or the config's folders): their
    /// own configuration, hence 78, not 70, which says adieu itself is at fault.
    #[error("{file}:{line}: {message}")]
    Asset {
        /// The locale or template file.
        file: String,
        /// 1-based line, 0 when unknown.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A run with the user's own templates went past a bound no template of adieu's
    /// comes near (see [`crate::watchdog`]).
    #[error("{}: {message}", folder.display())]
    Overlay {
        /// The templates folder.
        folder: std::path::PathBuf,
        /// What happened.
        message: String,
    },
    /// The Word file given with `--reference-doc` cannot lend its styles: it is the
    /// user's own layout, like a template folder, hence 78.
    #[error("{}: {message}", path.display())]
    ReferenceDoc {
        /// The file.
        path: PathBuf,
        /// What is wrong with it, and how to fix it.
        message: String,
    },
    /// Some cases of a batch failed; each was reported when it was found.
    #[error("{summary}")]
    Batch {
        /// How many failed, which, and what was written.
        summary: String,
        /// The first failure in input order; the run exits with its code.
        first: Box<Failed>,
    },
    /// `adieu check` found problems and has reported every one; what remains is the
    /// summary and what was found, whose exit code is in [`Error::status`].
    #[error("{summary}")]
    Checked {
        /// One line saying what was found.
        summary: String,
        /// The worst of what was found, which sets the exit code.
        found: Found,
    },
    /// The user stopped an interview with Ctrl-C; nothing was written.
    #[error("stopped: nothing was written")]
    Interrupted,
    /// Rendering failed although the case was valid: a bug in a template or locale.
    #[error("cannot render {what}: {message}")]
    Render {
        /// The template or message being rendered.
        what: String,
        /// What went wrong.
        message: String,
    },
}

impl Error {
    /// The sysexits code for this error, as the process exits with it.
    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(self.status())
    }

    /// The sysexits code for this error, as a number: the one table of exit codes,
    /// which [`Error::exit_code`] and the paths that end the process at once (an
    /// interrupt, the memory watchdog) all read.
    pub fn status(&self) -> u8 {
        match self {
            Error::Usage { .. } | Error::Language { .. } => 2,
            Error::InvalidCase { .. } => 65,
            Error::ReadInput { .. } => 66,
            Error::Render { .. } => 70,
            Error::WriteOutput { .. } => 73,
            Error::Batch { first, .. } => match first.as_ref() {
                Failed::Row => 65,
                Failed::Error(error) => error.status(),
            },
            Error::InvalidConfig { .. }
            | Error::Asset { .. }
            | Error::Overlay { .. }
            | Error::ReferenceDoc { .. } => 78,
            Error::Checked { found, .. } => match found {
                Found::Invalid => 65,
                Found::Unreadable => 66,
                // Not sysexits: the input is valid, the user asked for a failure.
                Found::DeniedWarnings => 1,
            },
            // 128 + SIGINT, as a shell reports a program stopped by Ctrl-C.
            Error::Interrupted => 130,
        }
    }

    /// The usage error of a language tag given with `flag` (`--lang`), or without
    /// an option when `None`.
    pub fn language(flag: impl Into<Option<&'static str>>, error: LanguageError) -> Self {
        Error::Language {
            flag: flag.into(),
            error,
        }
    }

    /// A usage error with a message.
    pub fn usage(message: impl Into<String>) -> Self {
        Error::Usage {
            message: message.into(),
        }
    }
}

/// `--lang: adieu does not write in `de`; write one of …`: the option, what is wrong
/// with the tag, and how to fix it.
fn language_usage(flag: Option<&str>, error: &LanguageError) -> String {
    let text = format!("{}; {}", error.message(), error.help());
    match flag {
        Some(flag) => format!("{flag}: {text}"),
        None => text,
    }
}

/// Why a file cannot be read or written: an error kept typed (its
/// [`source`](std::error::Error::source) is the `io::Error` or `csv::Error`) and
/// worded only when printed.
#[derive(Debug, thiserror::Error)]
pub enum Reason {
    /// The operating system's error, worded as a person reads it: lower case,
    /// without Rust's `(os error 2)` (see [`crate::input::os_reason`]).
    #[error("{}", crate::input::os_reason(.0))]
    Os(#[source] std::io::Error),
    /// The operating system's error as the standard library words it, `(os error 2)`
    /// and all: what `--reference-doc` has always said (a test pins it).
    #[error("{0}")]
    Io(#[source] std::io::Error),
    /// The CSV reader's error (a read failing, a row that is not UTF-8), as it words it.
    #[error("{0}")]
    Csv(#[source] csv::Error),
    /// A refusal of adieu's own: a directory where a file was expected, a file that
    /// exists without `--force`.
    #[error("{0}")]
    Refused(String),
}

impl From<std::io::Error> for Reason {
    fn from(error: std::io::Error) -> Self {
        Reason::Os(error)
    }
}

/// The first failure of a batch, which sets its exit code.
#[derive(Debug)]
pub enum Failed {
    /// A spreadsheet row that is not a valid case (65, as for a case file); its
    /// problems were reported with the row.
    Row,
    /// Any other failure: a case file that cannot be read or is invalid, a
    /// document that cannot be written.
    Error(Error),
}

/// What `adieu check` found that fails it, worst first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// An invalid case (65, as for a render of it).
    Invalid,
    /// A file that cannot be read (66).
    Unreadable,
    /// Warnings, under `--deny warnings` (1).
    DeniedWarnings,
}

/// The result type of adieu.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    /// The table of exit codes, as the module doc and the README give it.
    #[test]
    fn each_error_exits_with_its_sysexits_code() {
        let checked = |found| Error::Checked {
            summary: String::new(),
            found,
        };
        let invalid = || Error::InvalidCase {
            file: "case.yaml".into(),
            source_text: String::new(),
            diagnostics: Vec::new(),
        };
        assert_eq!(Error::usage("").status(), 2);
        assert_eq!(
            Error::language("--lang", LanguageError::Malformed("x!".into())).status(),
            2
        );
        assert_eq!(invalid().status(), 65);
        assert_eq!(checked(Found::Invalid).status(), 65);
        assert_eq!(checked(Found::Unreadable).status(), 66);
        assert_eq!(checked(Found::DeniedWarnings).status(), 1);
        let batch = |first| Error::Batch {
            summary: String::new(),
            first: Box::new(first),
        };
        assert_eq!(batch(Failed::Error(invalid())).status(), 65);
        assert_eq!(batch(Failed::Row).status(), 65);
        assert_eq!(batch(Failed::Error(Error::Interrupted)).status(), 130);
        assert_eq!(Error::Interrupted.status(), 130);
    }

    /// The operating system's error is kept, not only its words: the reason is the
    /// error's source, and the `io::Error` the reason's, while the message keeps
    /// the words a person reads.
    #[test]
    fn an_unreadable_file_keeps_the_io_error_as_its_source() {
        use std::error::Error as _;
        let io = std::io::Error::from(std::io::ErrorKind::NotFound);
        let words = crate::input::os_reason(&io);
        let error = Error::ReadInput {
            path: "case.yaml".into(),
            reason: Reason::Os(io),
        };
        assert_eq!(error.to_string(), format!("cannot read case.yaml: {words}"));
        let reason = error.source().unwrap();
        let io = reason.source().unwrap().downcast_ref::<std::io::Error>();
        assert_eq!(
            io.map(std::io::Error::kind),
            Some(std::io::ErrorKind::NotFound)
        );
        let refused = Error::WriteOutput {
            path: "letter.txt".into(),
            reason: Reason::Refused("the file exists".into()),
        };
        assert_eq!(
            refused.to_string(),
            "cannot write letter.txt: the file exists"
        );
        assert!(refused.source().unwrap().source().is_none());
    }
}
