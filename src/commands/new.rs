//! `adieu new`: a commented case file to fill in, or a spreadsheet's header row.

use std::path::Path;

use super::Settings;
use crate::cli::NewArgs;
use crate::error::Result;
use crate::l10n::{Catalog, Localizer};
use crate::output;
use crate::scaffold::{self, Request};
use crate::schema::{self, Kind};
use crate::spreadsheet;

/// Writes the scaffold (with `--csv`, the header row) to stdout or to `--output`.
pub fn new(args: &NewArgs, settings: &Settings) -> Result<()> {
    if let Some(path) = &args.output {
        output::check_destination(path, args.force)?;
    }
    if args.csv {
        return write(args, &spreadsheet::header_row(), "spreadsheet");
    }
    let catalog = Catalog::embedded();
    let config = settings.load_config(&catalog)?;
    let tag = args
        .lang
        .clone()
        .or_else(|| config.as_ref().and_then(|c| c.profile.language.clone()))
        .unwrap_or_else(|| "en".to_owned());
    let language = super::language_for(&tag, &catalog)?;
    let localizer = Localizer::new(language.clone(), &catalog)?;
    let dir = match args.output.as_deref().and_then(Path::parent) {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => Path::new(".").to_path_buf(),
    };
    let schema = match &args.schema {
        Some(schema) => schema.clone(),
        None => schema::reference(Kind::Case, &dir)
            .or_else(|| super::schema::install(Kind::Case))
            .unwrap_or_else(|| Kind::Case.file_name().to_owned()),
    };
    let file_name = args
        .output
        .as_deref()
        .and_then(Path::file_name)
        .map_or_else(
            || "case.yaml".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
    let request = Request {
        language: &language,
        reason: args.reason,
        channel: args.channel,
        config: config.as_ref(),
        schema: &schema,
        file_name: &file_name,
    };
    let scaffold = scaffold::scaffold(&request, &localizer)?;
    write(args, &scaffold.text, "case file")
}

fn write(args: &NewArgs, text: &str, what: &str) -> Result<()> {
    output::write_to(args.output.as_deref(), text.as_bytes(), args.force, what)
}
