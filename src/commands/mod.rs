//! What each subcommand does, once the command line has been parsed.

mod batch;
mod check;
mod completions;
mod config;
mod items;
mod languages;
mod man;
mod new;
mod pack;
mod reasons;
mod render;
mod schema;

pub use check::check;
pub use completions::completions;
pub use config::config;
pub use items::items;
pub use languages::languages;
pub use man::man;
pub use new::new;
pub use pack::pack;
pub use reasons::reasons;
pub use render::{calendar, overlaid, render};
pub use schema::schema;

use crate::cli::{ColorWhen, GlobalArgs};
use crate::config::{Config, Location};
use crate::error::{Error, Result};
use crate::l10n::{Catalog, Language};
use crate::report::{self, Verbosity};

/// What every command needs from the global options, checked once.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Where the config file is.
    pub config: Location,
}

impl Settings {
    /// Applies the output options (verbosity, colour) and finds the config file.
    pub fn new(global: &GlobalArgs) -> Settings {
        report::set_verbosity(match (global.quiet, global.verbose) {
            (true, _) => Verbosity::Quiet,
            (false, true) => Verbosity::Verbose,
            (false, false) => Verbosity::Normal,
        });
        match global.color {
            ColorWhen::Auto => {}
            ColorWhen::Always => anstream::ColorChoice::Always.write_global(),
            ColorWhen::Never => anstream::ColorChoice::Never.write_global(),
        }
        Settings {
            config: Location::find(global.config.as_deref(), global.no_config),
        }
    }

    /// Reads the config file when there is one, and says so with `--verbose`.
    pub fn load_config(&self, catalog: &Catalog) -> Result<Option<Config>> {
        let config = self.config.load(catalog)?;
        match (&config, self.config.path()) {
            (Some(config), _) => report::note(&format!("reading defaults from {}", config.name())),
            (None, Some(path)) => report::note(&format!("no config file at {}", path.display())),
            (None, None) => report::note("reading no config file"),
        }
        Ok(config)
    }
}

/// Left-aligned columns, two spaces apart, measured in display width.
pub(crate) fn table<const N: usize>(rows: &[[String; N]]) -> String {
    let mut widths = [0; N];
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(textwrap::core::display_width(cell));
        }
    }
    let mut text = String::new();
    for row in rows {
        let mut line = String::new();
        for (i, (cell, width)) in row.iter().zip(widths).enumerate() {
            line.push_str(cell);
            if i + 1 < N {
                line.push_str(&" ".repeat(width - textwrap::core::display_width(cell) + 2));
            }
        }
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text
}

/// The localizer of a listing command (`reasons`, `items`): `--lang`, else the config
/// file's language, else English.
fn listing_localizer(
    lang: Option<&str>,
    settings: &Settings,
    catalog: &Catalog,
) -> Result<crate::l10n::Localizer> {
    let tag = match lang {
        Some(tag) => tag.to_owned(),
        None => settings
            .load_config(catalog)?
            .and_then(|c| c.profile.language)
            .unwrap_or_else(|| "en".to_owned()),
    };
    crate::l10n::Localizer::new(language_for(&tag, catalog)?, catalog)
}

/// The language a command's `--lang` (or the config's `language`) names, with the
/// warnings a case file would get for it: a fallback to the base language, an
/// extension that is ignored.
fn language_for(tag: &str, catalog: &Catalog) -> Result<Language> {
    let language = Language::resolve(tag, catalog).map_err(|e| Error::language("--lang", e))?;
    if let Some(note) = &language.fallback_note {
        report::warning(note);
    }
    if let Some(note) = language.ignored_note(tag) {
        report::warning(&note);
    }
    Ok(language)
}
