//! `adieu schema`: the JSON Schema of the case file or of the config file.

use crate::cli::{SchemaArgs, SchemaKind};
use crate::error::Result;
use crate::output;
use crate::schema::Kind;

/// Prints the schema, or writes it to `--output`.
pub fn schema(args: &SchemaArgs) -> Result<()> {
    let kind = match args.kind {
        SchemaKind::Case => Kind::Case,
        SchemaKind::Config => Kind::Config,
    };
    let text = kind.json();
    output::write_to(
        args.output.as_deref(),
        text.as_bytes(),
        args.force,
        "schema",
    )
}
