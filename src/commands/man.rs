//! `adieu man`: manual pages generated from the clap definition.

use crate::cli::ManArgs;
use crate::error::{Error, Result};
use crate::output;
use crate::report;

/// Prints adieu(1), or writes it and one page per command into `--dir`.
pub fn man(args: &ManArgs) -> Result<()> {
    let mut command = crate::cli::command().disable_help_subcommand(true);
    // Building fills in the display names (`adieu-letter`) the page titles use.
    command.build();
    let Some(dir) = &args.dir else {
        return output::write_stdout(&page(&command)?);
    };
    std::fs::create_dir_all(dir).map_err(|e| Error::WriteOutput {
        path: dir.clone(),
        reason: crate::error::Reason::Os(e),
    })?;
    let mut pages = Vec::new();
    collect(&command, &mut pages)?;
    for (name, roff) in pages {
        let path = dir.join(name);
        output::write_file(&path, &roff, args.force)?;
        report::note(&format!("wrote {}", path.display()));
    }
    Ok(())
}

/// The page of `command` and of each of its subcommands, with their file names.
fn collect(command: &clap::Command, pages: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
    let man = clap_mangen::Man::new(command.clone());
    pages.push((man.get_filename(), page(command)?));
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub, pages)?;
    }
    Ok(())
}

/// A page as clap_mangen lays it out, with the sections a manual page is expected
/// to have that clap knows nothing of: EXAMPLES (the `--help` examples), EXIT
/// STATUS, ENVIRONMENT and FILES.
fn page(command: &clap::Command) -> Result<Vec<u8>> {
    let man = clap_mangen::Man::new(command.clone());
    let mut roff = Vec::new();
    let render = |roff: &mut Vec<u8>| -> std::io::Result<()> {
        man.render_title(roff)?;
        man.render_name_section(roff)?;
        man.render_synopsis_section(roff)?;
        man.render_description_section(roff)?;
        if command.get_arguments().any(|arg| !arg.is_hide_set()) {
            man.render_options_section(roff)?;
        }
        if command.has_subcommands() {
            man.render_subcommands_section(roff)?;
        }
        roff.extend_from_slice(sections(command).as_bytes());
        // clap_mangen unwraps the version: only the top command has one.
        if command.get_version().is_some() {
            man.render_version_section(roff)?;
        }
        Ok(())
    };
    render(&mut roff).map_err(|e| Error::Render {
        what: "the manual page".into(),
        message: e.to_string(),
    })?;
    Ok(roff)
}

/// What each exit status means (see `error::Error::exit_code`).
const EXIT_STATUS: [(&str, &str); 9] = [
    ("0", "Done."),
    (
        "1",
        "adieu check --deny warnings found warnings, and no error.",
    ),
    (
        "2",
        "A usage error: an unknown option, a missing argument, a format the document cannot be written in.",
    ),
    (
        "65",
        "A case file (or spreadsheet row) is invalid; every problem is reported, located.",
    ),
    ("66", "An input file is missing or cannot be read."),
    ("70", "An internal error: please report it."),
    (
        "73",
        "An output cannot be written, or exists and --force was not given; nothing is left half written.",
    ),
    (
        "78",
        "The config file, a --locales or --templates folder, or a template of your own is broken or too large.",
    ),
    (
        "130",
        "Interrupted (Ctrl-C, SIGTERM); no temporary file is left.",
    ),
];

/// The environment variables adieu reads.
const ENVIRONMENT: [(&str, &str); 5] = [
    (
        "ADIEU_CONFIG",
        "The config file to read when --config is not given; --no-config turns it off.",
    ),
    (
        "LC_ALL, LC_MESSAGES, LANG",
        "The language of the questions of adieu new --interactive, when the first of them set names en, es, fr, ro or sk; else English.",
    ),
    (
        "NO_COLOR",
        "When set, messages are not coloured unless --color always is given.",
    ),
    (
        "SOURCE_DATE_EPOCH",
        "Today's date (seconds since 1970), for documents of a case without a date: reproducible output.",
    ),
    (
        "XDG_CONFIG_HOME, XDG_DATA_HOME",
        "Where the config file and adieu's copy of the schema live on Linux (by default ~/.config and ~/.local/share).",
    ),
];

/// The files adieu reads or writes of its own accord.
const FILES: [(&str, &str); 2] = [
    (
        "~/.config/adieu/config.yaml",
        "Your sender details and defaults (adieu config init writes it, adieu config path prints where it is).",
    ),
    (
        "~/.local/share/adieu/case.schema.json",
        "The JSON Schema that the case files adieu new writes point editors at, outside a folder with its own schema/case.schema.json.",
    ),
];

/// The sections after OPTIONS and COMMANDS, as roff.
fn sections(command: &clap::Command) -> String {
    use roff::{Roff, bold, roman};
    let mut roff = Roff::new();
    if let Some(help) = command.get_after_help() {
        let help = help.to_string();
        let examples: Vec<&str> = help
            .strip_prefix("Examples:\n")
            .unwrap_or(&help)
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .collect();
        roff.control("SH", ["EXAMPLES"]);
        for example in examples {
            roff.control("TP", []).text([bold(example)]);
        }
    }
    let mut list = |title: &str, items: &[(&str, &str)]| {
        roff.control("SH", [title]);
        for (term, meaning) in items {
            roff.control("TP", [])
                .text([bold(*term)])
                .text([roman(*meaning)]);
        }
    };
    list("EXIT STATUS", &EXIT_STATUS);
    list("ENVIRONMENT", &ENVIRONMENT);
    list("FILES", &FILES);
    roff.to_roff()
}
