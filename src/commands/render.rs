//! `adieu letter|email|call`: one case file to one document.

use jiff::civil::Date;

use crate::case::Overrides;
use crate::cli::RenderArgs;
use crate::compose::Composer;
use crate::error::{Error, Result};
use crate::input::Source;
use crate::l10n::Catalog;
use crate::output;
use crate::render::{Channel, Format};
use crate::report;

/// Renders one case as the given channel, to stdout or to `--output`.
pub fn render(channel: Channel, args: &RenderArgs, today: Date) -> Result<()> {
    let format = format_for(channel, args)?;
    if let Some(path) = &args.output {
        output::check_destination(path, args.force)?;
    }
    let source = Source::read(&args.case)?;
    let composer = Composer::new(channel, format, Catalog::embedded());
    let overrides = Overrides {
        language: args.lang.as_deref(),
        date: args.date,
        today,
    };
    let document = composer.compose(&source, overrides)?;
    report::diagnostics_for(&source.name, &source.text, &document.advice);
    for note in &document.notes {
        report::warning(note);
    }
    match &args.output {
        Some(path) => output::write_file(path, document.text.as_bytes(), args.force),
        None => output::write_stdout(document.text.as_bytes()),
    }
}

/// The format asked for with `--format`, else the one `-o`'s extension names, else text.
fn format_for(channel: Channel, args: &RenderArgs) -> Result<Format> {
    let format = match (args.format, &args.output) {
        (Some(format), _) => format,
        (None, Some(path)) => {
            let extension = path
                .extension()
                .map(|e| e.to_string_lossy().into_owned())
                .unwrap_or_default();
            Format::from_extension(&extension).ok_or_else(|| {
                Error::usage(format!(
                    "cannot tell the format from `{}`; name the file with one of the extensions {}, or pass --format",
                    path.display(),
                    extensions(channel)
                ))
            })?
        }
        (None, None) => Format::Text,
    };
    if channel.formats().contains(&format) {
        Ok(format)
    } else {
        Err(Error::usage(format!(
            "the {channel} cannot be written as {format}; it can be written as {}",
            channel
                .formats()
                .iter()
                .map(|f| f.name())
                .collect::<Vec<_>>()
                .join(", ")
        )))
    }
}

fn extensions(channel: Channel) -> String {
    channel
        .formats()
        .iter()
        .map(|f| format!(".{}", f.extension()))
        .collect::<Vec<_>>()
        .join(", ")
}
