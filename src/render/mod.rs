//! Rendering: a [`Plan`] laid out by a Tera template into the bytes of a document.
//!
//! Templates hold layout only. Every sentence comes from the localizer through the
//! `t()` function; values from the case file are escaped for the output format by
//! Tera's autoescape (Markdown here), never by hand in a template.

mod channel;
mod functions;
mod templates;

pub use channel::{Channel, Format};
pub use templates::Templates;

use std::sync::Arc;

use tera::{Context, ErrorKind, Tera};

use crate::error::{Error, Result};
use crate::l10n::Localizer;
use crate::plan::Plan;

/// Renders plans of one channel, in one format and one language.
#[derive(Debug)]
pub struct Renderer {
    tera: Tera,
    template: String,
    /// Template names to the paths error messages give.
    paths: Vec<(String, String)>,
}

impl Renderer {
    /// Loads the one template the channel and format need (and the partials it includes)
    /// from `templates`, with `t()` bound to `localizer`. A template that does not parse
    /// is an error naming its file and line.
    pub fn new(
        channel: Channel,
        format: Format,
        localizer: Arc<Localizer>,
        templates: &Templates,
    ) -> Result<Renderer> {
        let extension = format.extension();
        let template = format!("{}.{extension}", channel.name());
        let mut tera = Tera::new();
        tera.register_function("t", functions::lookup(localizer));
        tera.register_filter("wrap", functions::wrap);
        tera.register_filter("underline", functions::underline);
        if format == Format::Markdown {
            tera.set_escape_fn(functions::escape_markdown);
            tera.autoescape_on(vec![".md"]);
        } else {
            tera.autoescape_on(Vec::<&'static str>::new());
        }
        let suffix = format!(".{extension}");
        let wanted = |name: &str| {
            name == template || (name.starts_with("partials/") && name.ends_with(&suffix))
        };
        let paths: Vec<(String, String)> = templates
            .select(wanted)
            .map(|(name, _)| (name.to_owned(), templates.path_of(name)))
            .collect();
        tera.add_raw_templates(templates.select(wanted))
            .map_err(|e| located(&paths, &template, &e))?;
        if !tera.contains_template(&template) {
            return Err(Error::Render {
                what: templates.path_of(&template),
                message: "there is no such template".into(),
            });
        }
        Ok(Renderer {
            tera,
            template,
            paths,
        })
    }

    /// Lays out one plan.
    pub fn render(&self, plan: &Plan) -> Result<String> {
        let context = Context::from_serialize(plan).map_err(|e| self.error(&e))?;
        functions::take_failure();
        self.tera.render(&self.template, &context).map_err(|e| {
            // A message that failed inside `t()` says itself where it is broken.
            functions::take_failure().unwrap_or_else(|| self.error(&e))
        })
    }

    /// A Tera error as ours.
    fn error(&self, error: &tera::Error) -> Error {
        located(&self.paths, &self.template, error)
    }
}

/// A Tera error as ours: located in its template file when Tera knows where.
fn located(paths: &[(String, String)], template: &str, error: &tera::Error) -> Error {
    match error.kind() {
        ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => {
            let name = report.filename();
            Error::Asset {
                file: paths
                    .iter()
                    .find(|(n, _)| n == name)
                    .map_or_else(|| format!("templates/{name}"), |(_, path)| path.clone()),
                line: report.span().start_line,
                message: report.message().to_owned(),
            }
        }
        _ => {
            let mut message = error.to_string();
            let mut source = std::error::Error::source(error);
            while let Some(cause) = source {
                message.push_str(": ");
                message.push_str(&cause.to_string());
                source = cause.source();
            }
            Error::Render {
                what: format!("templates/{template}"),
                message,
            }
        }
    }
}
