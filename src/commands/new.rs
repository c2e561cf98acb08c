//! `adieu new`: a commented case file to fill in, a spreadsheet's header row, one
//! of adieu's examples, or (with `-i`) a case file from an interview.

use std::path::Path;

use jiff::civil::Date;

use super::Settings;
use crate::cli::{NewArgs, PackArgs};
use crate::error::{Error, Result};
use crate::l10n::{Catalog, Localizer};
use crate::output;
use crate::scaffold::{self, Request};
use crate::schema::{self, Kind};
use crate::spreadsheet;

/// Writes the scaffold (with `--csv`, the header row; with `--example`, an example)
/// to stdout or to `--output`.
pub fn new(args: &NewArgs, settings: &Settings, today: Date) -> Result<()> {
    if let Some(path) = &args.output {
        output::check_destination(path, args.force)?;
    }
    if let Some(name) = &args.example {
        let text = crate::examples::dated(name, today).ok_or_else(|| unknown_example(name))?;
        let what = if name.ends_with("clients") {
            "spreadsheet"
        } else {
            "case file"
        };
        return write(args, &text, what);
    }
    if args.csv {
        return write(args, &spreadsheet::header_row(), "spreadsheet");
    }
    let catalog = Catalog::embedded();
    let config = settings.load_config(&catalog)?;
    if args.interactive {
        return interview(args, settings, &catalog, config.as_ref(), today);
    }
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
    let file_name = scaffold::file_name(args.output.as_deref());
    let request = Request {
        language: &language,
        reason: args.reason,
        channel: args.channel,
        config: config.as_ref(),
        schema: &schema,
        file_name: &file_name,
        answers: None,
    };
    let scaffold = scaffold::scaffold(&request, &localizer)?;
    write(args, &scaffold.text, "case file")
}

/// The interview, then, when the user says so, the whole pack beside the case file.
fn interview(
    args: &NewArgs,
    settings: &Settings,
    catalog: &Catalog,
    config: Option<&crate::config::Config>,
    today: Date,
) -> Result<()> {
    let written = crate::interview::run(args, catalog, config, today)?;
    if !written.render {
        return Ok(());
    }
    let pack = PackArgs {
        output: written.folder(),
        cases: vec![written.path],
        formats: Vec::new(),
        lang: None,
        ui_lang: None,
        date: None,
        force: args.force,
        batch: crate::cli::BatchArgs::default(),
        overlays: crate::cli::Overlays::default(),
    };
    super::pack(&pack, settings, today)
}

/// Writes the file, and says where and what to do next: `new` is often the first
/// command a user runs.
fn write(args: &NewArgs, text: &str, what: &str) -> Result<()> {
    let Some(path) = &args.output else {
        return output::write_stdout(text.as_bytes());
    };
    output::write_file(path, text.as_bytes(), args.force)?;
    {
        let next = match (what, &args.example) {
            ("spreadsheet", _) => "fill in one client per row".to_owned(),
            (_, Some(_)) => format!("render it with `adieu letter {}`", path.display()),
            _ => format!("fill it in, then `adieu check {}`", path.display()),
        };
        crate::report::status(&format!("wrote the {what} {}: {next}", path.display()));
    }
    Ok(())
}

/// `--example` with a name adieu has no example of: the names, and the nearest.
fn unknown_example(name: &str) -> Error {
    let names: Vec<&str> = crate::examples::names().map(|(name, _)| name).collect();
    let nearest = crate::suggest::closest(name, &names)
        .map(|n| format!("did you mean `{n}`? "))
        .unwrap_or_default();
    Error::usage(format!(
        "there is no example `{name}`; {nearest}the examples are {}",
        names.join(", ")
    ))
}
