//! `adieu schema`: the JSON Schema of the case file or of the config file.

use crate::cli::{SchemaArgs, SchemaKind};
use crate::error::Result;
use crate::output;
use crate::report;
use crate::schema::Kind;

/// Prints the schema, or writes it to `--output`.
pub fn schema(args: &SchemaArgs) -> Result<()> {
    let kind = match args.kind {
        SchemaKind::Case => Kind::Case,
        SchemaKind::Config => Kind::Config,
    };
    let text = kind.json();
    match &args.output {
        Some(path) => {
            output::write_file(path, text.as_bytes(), args.force)?;
            report::note(&format!("wrote the schema to {}", path.display()));
            Ok(())
        }
        None => output::write_stdout(text.as_bytes()),
    }
}
