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
        reason: crate::input::os_reason(&e),
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

fn page(command: &clap::Command) -> Result<Vec<u8>> {
    let mut roff = Vec::new();
    clap_mangen::Man::new(command.clone())
        .render(&mut roff)
        .map_err(|e| Error::Render {
            what: "the manual page".into(),
            message: e.to_string(),
        })?;
    Ok(roff)
}
