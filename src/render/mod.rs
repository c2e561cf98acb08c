//! Rendering: a [`Plan`] laid out by a Tera template into the bytes of a document.
//!
//! Templates hold layout only. Every sentence comes from the localizer through the
//! `t()` function; values from the case file are escaped for the output format by
//! Tera's autoescape (Markdown here), never by hand in a template.

mod channel;
mod functions;

pub use channel::{Channel, Format};

use std::sync::Arc;

use tera::{Context, Tera};

use crate::assets;
use crate::error::{Error, Result};
use crate::l10n::Localizer;
use crate::plan::Plan;

/// Renders plans of one channel, in one format and one language.
#[derive(Debug)]
pub struct Renderer {
    tera: Tera,
    template: String,
}

impl Renderer {
    /// Loads the one template the channel and format need (and the partials it includes),
    /// with `t()` bound to `localizer`.
    pub fn new(channel: Channel, format: Format, localizer: Arc<Localizer>) -> Result<Renderer> {
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
        let wanted = assets::TEMPLATES.iter().filter(|(name, _)| {
            *name == template
                || (name.starts_with("partials/") && name.ends_with(&format!(".{extension}")))
        });
        tera.add_raw_templates(wanted.map(|(name, text)| (*name, *text)))
            .map_err(|e| template_error(&template, &e))?;
        if !tera.contains_template(&template) {
            return Err(Error::Render {
                what: template,
                message: "there is no such template".into(),
            });
        }
        Ok(Renderer { tera, template })
    }

    /// Lays out one plan.
    pub fn render(&self, plan: &Plan) -> Result<String> {
        let context =
            Context::from_serialize(plan).map_err(|e| template_error(&self.template, &e))?;
        self.tera
            .render(&self.template, &context)
            .map_err(|e| template_error(&self.template, &e))
    }
}

fn template_error(template: &str, error: &tera::Error) -> Error {
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
