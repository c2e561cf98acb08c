//! Embeds every file under `locales/`, `templates/` and `examples/` into the binary.
//!
//! The list is generated rather than written by hand so that adding a language
//! or a template is adding a file: nothing in `src/` has to name it.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs, io};

fn main() -> io::Result<()> {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").map_err(io::Error::other)?);
    let mut out = String::new();
    for dir in ["locales", "templates", "examples"] {
        println!("cargo:rerun-if-changed={dir}");
        let mut files = Vec::new();
        collect(&root.join(dir), &mut files)?;
        files.sort();
        let konst = dir.to_uppercase();
        writeln!(out, "pub(crate) static {konst}: &[(&str, &str)] = &[")
            .map_err(io::Error::other)?;
        for file in files {
            let relative = file
                .strip_prefix(root.join(dir))
                .map_err(io::Error::other)?
                .to_string_lossy()
                .replace('\\', "/");
            println!("cargo:rerun-if-changed={}", file.display());
            writeln!(
                out,
                "    ({relative:?}, include_str!({:?})),",
                file.display()
            )
            .map_err(io::Error::other)?;
        }
        out.push_str("];\n");
    }
    let dest = PathBuf::from(env::var("OUT_DIR").map_err(io::Error::other)?).join("assets.rs");
    fs::write(dest, out)
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, files)?;
        } else if !path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        {
            files.push(path);
        }
    }
    Ok(())
}
