//! `adieu pack`: everything a case needs, written into one folder — by default the
//! letter and the call script as PDF (HTML in a build without the `pdf` feature),
//! the email draft and the calendar.
//!
//! A pack is a batch whose cases each become several documents: every case is
//! checked, and every destination, before the first file is written (see
//! [`super::batch`]).

use jiff::civil::Date;

use super::{Settings, batch, render};
use crate::cli::PackArgs;
use crate::error::{Error, Result};
use crate::l10n::Language;
use crate::render::{Channel, Format};

/// The documents of a pack, in the order their files are listed.
const CHANNELS: [Channel; 4] = [
    Channel::Letter,
    Channel::Email,
    Channel::Call,
    Channel::Calendar,
];

/// What a document is written as when `--formats` says nothing: the letter and the
/// call script to print (PDF, or HTML in a build without the `pdf` feature), the
/// email as a draft, the calendar as iCalendar.
fn usual(channel: Channel) -> Format {
    match channel {
        Channel::Email => Format::Eml,
        Channel::Calendar => Format::Ics,
        Channel::Letter | Channel::Call if cfg!(feature = "pdf") => Format::Pdf,
        Channel::Letter | Channel::Call => Format::Html,
    }
}

/// Writes every document of every case into the folder `-o` names.
pub fn pack(args: &PackArgs, settings: &Settings, today: Date) -> Result<()> {
    let setup = render::Setup::read(&args.overlays, settings)?;
    let ui_language = match &args.ui_lang {
        Some(tag) => Some(
            Language::resolve(tag, setup.catalog()).map_err(|e| Error::language("--ui-lang", e))?,
        ),
        None => None,
    };
    let mut parts = Vec::new();
    for channel in CHANNELS {
        let usual = [usual(channel)];
        let formats = if args.formats.is_empty() {
            &usual[..]
        } else {
            &args.formats[..]
        };
        // Every format is some document's; one named twice is written once.
        for (i, &format) in formats.iter().enumerate() {
            if !channel.formats().contains(&format) || formats[..i].contains(&format) {
                continue;
            }
            let composer = setup.composer(channel, render::supported(channel, format)?);
            parts.push(batch::Part {
                composer,
                // `<case>.ics`: a case has one calendar, and it is no document.
                suffix: if channel == Channel::Calendar {
                    format!(".{}", format.extension())
                } else {
                    format!("-{}.{}", channel.name(), format.extension())
                },
                language: ui_language.clone().filter(|_| channel == Channel::Calendar),
            });
        }
    }
    let run = batch::Run {
        cases: &args.cases,
        batch: &args.batch,
        lang: args.lang.as_deref(),
        date: args.date,
        force: args.force,
    };
    batch::render(&parts, run, &args.output, today)
}
