//! `adieu completions`: a completion script generated from the clap definition, so
//! it always knows every command and option of this very binary.

use crate::cli::CompletionsArgs;
use crate::error::Result;
use crate::output;

/// Prints the completion script for one shell.
pub fn completions(args: &CompletionsArgs) -> Result<()> {
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut crate::cli::command(), "adieu", &mut script);
    output::write_stdout(&script)
}
