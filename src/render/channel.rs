//! The documents adieu writes and the file formats each can be written in.

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
    /// The sender's calendar of the dates to keep. Not a document to send, so not
    /// one `adieu new --channel` offers.
    #[value(skip)]
    Calendar,
}

impl Channel {
    /// The name used in commands and template file names.
    pub fn name(self) -> &'static str {
        match self {
            Channel::Letter => "letter",
            Channel::Email => "email",
            Channel::Call => "call",
            Channel::Calendar => "calendar",
        }
    }

    /// The formats this channel can be written in: what is printed is never a mail
    /// draft, and what is sent from a mail program is never a printed page.
    pub fn formats(self) -> &'static [Format] {
        match self {
            Channel::Letter | Channel::Call => &[
                Format::Text,
                Format::Markdown,
                Format::Html,
                Format::Pdf,
                Format::Docx,
            ],
            Channel::Email => &[Format::Text, Format::Markdown, Format::Html, Format::Eml],
            Channel::Calendar => &[Format::Ics],
        }
    }
}

impl Channel {
    /// The format without `--format` or an `-o` extension: text, which a terminal
    /// shows, for a document; a calendar has only one.
    pub fn default_format(self) -> Format {
        match self {
            Channel::Calendar => Format::Ics,
            Channel::Letter | Channel::Email | Channel::Call => Format::Text,
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
    #[value(alias = "txt")]
    Text,
    /// CommonMark.
    #[value(alias = "md")]
    Markdown,
    /// One self-contained HTML page.
    Html,
    /// An A4 PDF with its fonts embedded.
    Pdf,
    /// A Word document to edit, brand or hand on, laid out with named styles.
    Docx,
    /// An unsent email draft (RFC 5322) to open in a mail program.
    Eml,
    /// An iCalendar file (RFC 5545) to import into a calendar.
    Ics,
}

impl Format {
    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Eml => "eml",
            Format::Ics => "ics",
        }
    }

    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Eml => "eml",
            Format::Ics => "ics",
        }
    }

    /// The format a file extension stands for.
    pub fn from_extension(extension: &str) -> Option<Format> {
        match extension.to_ascii_lowercase().as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            "pdf" => Some(Format::Pdf),
            "docx" => Some(Format::Docx),
            "eml" => Some(Format::Eml),
            "ics" => Some(Format::Ics),
            _ => None,
        }
    }

    /// Whether the document is binary, not text a terminal can show.
    pub fn is_binary(self) -> bool {
        matches!(self, Format::Pdf | Format::Docx)
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
