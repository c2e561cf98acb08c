//! `adieu schema`: the JSON Schema of the case file or of the config file; and the
//! copy of it that `adieu new` and `adieu config init` keep for editors.

use std::path::PathBuf;

use crate::cli::{SchemaArgs, SchemaKind};
use crate::error::Result;
use crate::schema::{self, Kind};
use crate::{output, report};

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

/// Writes or refreshes adieu's own copy of a schema in the user's data folder
/// (`~/.local/share/adieu/case.schema.json`), so that it matches this version of
/// adieu, noting it on stderr when it writes; returns its `file://` URI. `None`, with a
/// warning, when it cannot be written (no home folder, a read-only one).
pub fn install(kind: Kind) -> Option<String> {
    installed(kind).map(|path| schema::file_uri(&path))
}

/// adieu's own copy of a schema in the user's data folder, refreshed when it differs.
fn installed(kind: Kind) -> Option<PathBuf> {
    use etcetera::BaseStrategy as _;
    let folder = etcetera::choose_base_strategy()
        .ok()?
        .data_dir()
        .join("adieu");
    let path = folder.join(kind.file_name());
    let json = kind.json();
    if std::fs::read_to_string(&path).ok().as_deref() != Some(json.as_str()) {
        let written = std::fs::create_dir_all(&folder)
            .map_err(|e| e.to_string())
            .and_then(|()| {
                output::write_file(&path, json.as_bytes(), true).map_err(|e| e.to_string())
            });
        if let Err(reason) = written {
            report::warning(&format!(
                "cannot keep a copy of the schema for editors: {reason}"
            ));
            return None;
        }
        report::note(&format!(
            "wrote the schema for editors to {}",
            path.display()
        ));
    }
    Some(path)
}
