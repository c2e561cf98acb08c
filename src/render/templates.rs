//! The templates available to a run: adieu's own, embedded at build time, possibly
//! overlaid file by file by a user's folder (`--templates DIR`), so that a firm can
//! keep its own letterhead.

use std::path::Path;
use std::sync::Arc;

use super::docx::Reference;
use crate::assets::{self, Assets};
use crate::error::Result;

/// All template files available to a run, and the Word file whose styles the .docx
/// output takes (`--reference-doc`), read and checked once.
#[derive(Debug, Clone)]
pub struct Templates {
    assets: Assets,
    reference: Option<Arc<Reference>>,
}

impl Default for Templates {
    fn default() -> Self {
        Templates::embedded()
    }
}

impl Templates {
    /// The templates compiled into the binary.
    pub fn embedded() -> Templates {
        Templates {
            assets: Assets::embedded("templates", assets::TEMPLATES),
            reference: None,
        }
    }

    /// These templates with the files under `dir` laid over them: `dir/letter.txt`
    /// replaces adieu's, `dir/partials/letterhead.txt` adds a partial.
    pub fn with_overlay(self, dir: &Path) -> Result<Templates> {
        Ok(Templates {
            assets: self.assets.overlay(dir)?,
            reference: self.reference,
        })
    }

    /// These templates with a Word file whose styles, header and footer the .docx
    /// output takes; a file that is not a Word document is an error now, before any
    /// document is written.
    pub fn with_reference_doc(self, file: &Path) -> Result<Templates> {
        Ok(Templates {
            reference: Some(Arc::new(Reference::read(file)?)),
            ..self
        })
    }

    /// The Word file given with `--reference-doc`.
    pub(crate) fn reference(&self) -> Option<&Arc<Reference>> {
        self.reference.as_ref()
    }

    /// `(name, text)` of every template whose name passes `wanted`.
    pub(crate) fn select<'a>(
        &'a self,
        wanted: impl Fn(&str) -> bool + 'a,
    ) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
        self.assets
            .files()
            .iter()
            .filter(move |f| wanted(&f.name))
            .map(|f| (f.name.as_ref(), f.text.as_ref()))
    }

    /// How error messages name a template: `templates/letter.txt` or the user's path.
    pub(crate) fn path_of(&self, name: &str) -> String {
        self.assets
            .files()
            .iter()
            .find(|f| f.name == name)
            .map_or_else(|| format!("templates/{name}"), |f| f.path.to_string())
    }
}
