//! `adieu letter|email|call|calendar`: one case file to one document, or many into
//! a folder.

use std::io::IsTerminal;
use std::path::PathBuf;

use jiff::civil::Date;

use super::{Settings, batch};
use crate::case::Overrides;
use crate::cli::{CalendarArgs, Overlays, RenderArgs};
use crate::compose::Composer;
use crate::config::{Config, Profile};
use crate::error::{Error, Result};
use crate::input::Source;
use crate::l10n::Catalog;
use crate::output;
use crate::render::{Channel, Format, Templates};
use crate::report;

/// Renders one case as the given channel, to stdout or to `--output`, with the
/// config file's defaults merged under it; several cases, `--csv`, or a folder as
/// `--output` are a batch.
pub fn render(channel: Channel, args: &RenderArgs, settings: &Settings, today: Date) -> Result<()> {
    if let Some(folder) = batch::folder(args)? {
        let format = supported(channel, args.format.unwrap_or(channel.default_format()))?;
        let composer = composer(channel, format, &args.overlays, settings)?;
        let parts = [batch::Part::single(composer)];
        return batch::render(&parts, batch::Run::of(args), &folder, today);
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
    if args.output.is_none() && format.is_binary() && std::io::stdout().is_terminal() {
        return Err(Error::usage(format!(
            "a {format} is not for the terminal; write it to a file with -o FILE, or redirect the output"
        )));
    }
    let source = Source::read(case)?;
    let composer = composer(channel, format, &args.overlays, settings)?;
    let overrides = Overrides {
        language: args.lang.as_deref(),
        date: args.date,
        today,
    };
    let composed = composer.compose(&source, overrides)?;
    if !report::is_quiet() {
        let mut warnings = composed.advice.clone();
        warnings.extend(composed.warnings.iter().cloned());
        report::diagnostics_for(&source.name, &source.text, &warnings);
    }
    for note in &composed.notes {
        report::warning(note);
    }
    output::write_to(
        args.output.as_deref(),
        composed.document.as_bytes(),
        args.force,
        &channel.to_string(),
    )
}

/// `adieu calendar`: a render of the calendar channel, whose language `--ui-lang`
/// can make the sender's rather than the case's.
pub fn calendar(args: &CalendarArgs, settings: &Settings, today: Date) -> Result<()> {
    let mut render_args = args.render.clone();
    if let Some(tag) = &args.ui_lang {
        render_args.lang = Some(tag.clone());
    }
    render(Channel::Calendar, &render_args, settings, today)
}

/// The composer of a run: adieu's locales and templates under the user's overlays,
/// and the config file's defaults.
fn composer(
    channel: Channel,
    format: Format,
    overlays: &Overlays,
    settings: &Settings,
) -> Result<Composer> {
    Ok(Setup::read(overlays, settings)?.composer(channel, format))
}

/// What every composer of a run shares, read once: the config file and the locales
/// and templates under the user's overlays.
pub(super) struct Setup {
    config: Option<Config>,
    catalog: Catalog,
    templates: Templates,
}

impl Setup {
    /// Reads the config file, then the overlays it or the command line names.
    pub(super) fn read(overlays: &Overlays, settings: &Settings) -> Result<Setup> {
        // The config is checked against adieu's own languages: it may name the
        // folders that overlay them, so it is read before them.
        let config = settings.load_config(&Catalog::embedded())?;
        let (catalog, templates) = overlaid(&with_config(overlays, config.as_ref()))?;
        Ok(Setup {
            config,
            catalog,
            templates,
        })
    }

    /// The locales, with the user's.
    pub(super) fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// A composer of `channel` in `format` over what was read.
    pub(super) fn composer(&self, channel: Channel, format: Format) -> Composer {
        Composer::new(channel, format, self.catalog.clone())
            .with_templates(self.templates.clone())
            .with_config(self.config.clone())
    }
}

/// The overlay folders of the command line, or else the ones the config file names.
fn with_config(overlays: &Overlays, config: Option<&Config>) -> Overlays {
    let from_config = |pick: fn(&Profile) -> Option<&PathBuf>| {
        config.and_then(|c| pick(&c.profile).map(|folder| c.folder(folder)))
    };
    Overlays {
        locales: overlays
            .locales
            .clone()
            .or_else(|| from_config(|p| p.locales.as_ref())),
        templates: overlays
            .templates
            .clone()
            .or_else(|| from_config(|p| p.templates.as_ref())),
        reference_doc: overlays.reference_doc.clone(),
    }
}

/// adieu's locales and templates with the user's folders laid over them, and the
/// Word file whose styles the .docx output takes.
pub fn overlaid(overlays: &Overlays) -> Result<(Catalog, Templates)> {
    let mut catalog = Catalog::embedded();
    if let Some(dir) = &overlays.locales {
        catalog = catalog.with_overlay(dir)?;
    }
    let mut templates = Templates::embedded();
    if let Some(dir) = &overlays.templates {
        templates = templates.with_overlay(dir)?;
        crate::watchdog::watch_memory(dir);
    }
    if let Some(file) = &overlays.reference_doc {
        templates = templates.with_reference_doc(file)?;
    }
    Ok((catalog, templates))
}

/// The format asked for with `--format`, else the one `-o`'s extension names, else
/// the channel's default.
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
        (None, None) => channel.default_format(),
    };
    supported(channel, format)
}

/// The format, if the channel can be written in it (and this build can write it).
pub(super) fn supported(channel: Channel, format: Format) -> Result<Format> {
    if channel.formats().contains(&format) {
        if format == Format::Pdf {
            crate::render::pdf_available()?;
        }
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
