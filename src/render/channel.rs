//! The three outputs and the file formats each can be written in.

use std::fmt;

/// Which document to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Channel {
    /// A printable termination letter.
    Letter,
    /// An email draft, ready to send.
    Email,
    /// A script for the phone call, for the sender's eyes only.
    Call,
}

impl Channel {
    /// The name used in commands and template file names.
    pub fn name(self) -> &'static str {
        match self {
            Channel::Letter => "letter",
            Channel::Email => "email",
            Channel::Call => "call",
        }
    }

    /// The formats this channel can be written in: what is printed is never a mail
    /// draft, and what is sent from a mail program is never a printed page.
    pub fn formats(self) -> &'static [Format] {
        match self {
            Channel::Letter | Channel::Call => {
                &[Format::Text, Format::Markdown, Format::Html, Format::Pdf]
            }
            Channel::Email => &[Format::Text, Format::Markdown, Format::Html, Format::Eml],
        }
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Format {
    /// Plain UTF-8 text.
    Text,
    /// CommonMark.
    Markdown,
    /// One self-contained HTML page.
    Html,
    /// An A4 PDF with its fonts embedded.
    Pdf,
    /// An unsent email draft (RFC 5322) to open in a mail program.
    Eml,
}

impl Format {
    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Eml => "eml",
        }
    }

    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Eml => "eml",
        }
    }

    /// The format a file extension stands for.
    pub fn from_extension(extension: &str) -> Option<Format> {
        match extension.to_ascii_lowercase().as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            "pdf" => Some(Format::Pdf),
            "eml" => Some(Format::Eml),
            _ => None,
        }
    }

    /// Whether the document is binary, not text a terminal can show.
    pub fn is_binary(self) -> bool {
        self == Format::Pdf
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
