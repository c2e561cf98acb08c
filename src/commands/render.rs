//! `adieu letter|email|call`: one case file to one document.

use jiff::civil::Date;

use super::batch;
use crate::case::Overrides;
use crate::cli::RenderArgs;
use crate::compose::Composer;
use crate::error::{Error, Result};
use crate::input::Source;
use crate::l10n::Catalog;
use crate::output;
use crate::render::{Channel, Format};
use crate::report;

/// Renders one case as the given channel, to stdout or to `--output`; several cases,
/// or a folder as `--output`, are a batch.
pub fn render(channel: Channel, args: &RenderArgs, quiet: bool, today: Date) -> Result<()> {
    if let Some(folder) = batch::folder(args)? {
        let format = supported(channel, args.format.unwrap_or(Format::Text))?;
        return batch::render(channel, format, args, &folder, quiet, today);
    }
    let [case] = args.cases.as_slice() else {
        // clap requires a case unless --csv is given, and --csv is a batch.
        return Err(Error::usage("name the case file to render"));
    };
    // A directory or an existing file is refused before the format is guessed from
    // the name: that is the more useful error.
    if let Some(path) = &args.output {
        output::check_destination(path, args.force)?;
    }
    let format = format_for(channel, args)?;
    let source = Source::read(case)?;
    let composer = Composer::new(channel, format, Catalog::embedded());
    let overrides = Overrides {
        language: args.lang.as_deref(),
        date: args.date,
        today,
    };
    let document = composer.compose(&source, overrides)?;
    if !quiet {
        for note in &document.notes {
            report::warning(note);
        }
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
    supported(channel, format)
}

/// The format, if the channel can be written in it.
fn supported(channel: Channel, format: Format) -> Result<Format> {
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
