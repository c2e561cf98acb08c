//! `adieu completions`: a completion script generated from the clap definition, so
//! it always knows every command and option of this very binary.

use clap::builder::PossibleValuesParser;

use crate::cli::CompletionsArgs;
use crate::error::Result;
use crate::l10n::Catalog;
use crate::output;

/// Prints the completion script for one shell.
pub fn completions(args: &CompletionsArgs) -> Result<()> {
    let languages: Vec<String> = Catalog::embedded().folders().into_iter().collect();
    let mut command = offering(crate::cli::command(), &languages);
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "adieu", &mut script);
    output::write_stdout(&script)
}

/// The command line as the completion script sees it: `--lang` and `--ui-lang`
/// offer adieu's languages and regional variants, `--name-from` the field paths a
/// spreadsheet's rows usually hold. Only for completing: parsing still takes any
/// language tag (`en-AU` falls back to `en`) and any field path.
fn offering(command: clap::Command, languages: &[String]) -> clap::Command {
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    let mut command = command.mut_args(|arg| match arg.get_id().as_str() {
        "lang" | "ui_lang" => arg.value_parser(PossibleValuesParser::new(languages.to_vec())),
        "name_from" => arg.value_parser(PossibleValuesParser::new(
            crate::spreadsheet::COMMON_COLUMNS,
        )),
        _ => arg,
    });
    for name in subcommands {
        command = command.mut_subcommand(name, |sub| offering(sub, languages));
    }
    command
}
