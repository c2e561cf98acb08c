//! Composing documents: one case source in, one rendered document out.
//!
//! A [`Composer`] is set up once per run for a channel and a format. It parses the
//! locale files and the template of each language the first time a case needs it and
//! keeps them, so rendering many cases (in parallel, too) parses nothing twice.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use crate::case::{self, CaseFile, Input, Loaded, Overrides};
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::fit::Gauge;
use crate::input::Source;
use crate::l10n::{Catalog, Language, Localizer};
use crate::plan::Plan;
use crate::render::{Channel, Document, Format, Renderer, Templates};

/// A rendered document and what the user should know about it.
#[derive(Debug, Clone)]
pub struct Composed {
    /// The document: text, or the bytes of a PDF.
    pub document: Document,
    /// Notes for stderr: a regional fallback, messages taken from English.
    pub notes: Vec<String>,
    /// Advice about the case (warnings located in its source), for stderr.
    pub advice: Vec<Diagnostic>,
    /// Warnings about this document alone (a letter longer than a page), located
    /// in the case's source when [`Composer::compose`] read it.
    pub warnings: Vec<Diagnostic>,
}

/// Renders cases of one channel in one format, in whatever languages they ask for.
#[derive(Debug)]
pub struct Composer {
    channel: Channel,
    format: Format,
    catalog: Catalog,
    config: Option<Config>,
    templates: Templates,
    languages: Mutex<HashMap<String, Arc<Prepared>>>,
}

/// The parsed locale and template of one language.
#[derive(Debug)]
struct Prepared {
    localizer: Arc<Localizer>,
    renderer: Renderer,
    /// What measures a letter's pages; none for the other documents.
    gauge: Option<Gauge>,
}

impl Composer {
    /// A composer for `channel` in `format`, reading locales from `catalog` and
    /// adieu's own templates.
    pub fn new(channel: Channel, format: Format, catalog: Catalog) -> Composer {
        Composer {
            channel,
            format,
            catalog,
            config: None,
            templates: Templates::embedded(),
            languages: Mutex::default(),
        }
    }

    /// Merges the defaults of a config file under every case this composer renders.
    pub fn with_config(mut self, config: Option<Config>) -> Composer {
        self.config = config;
        self
    }

    /// The same composer, laying out documents with `templates` instead.
    pub fn with_templates(self, templates: Templates) -> Composer {
        Composer { templates, ..self }
    }

    /// The channel this composer renders.
    pub fn channel(&self) -> Channel {
        self.channel
    }

    /// The format this composer writes.
    pub fn format(&self) -> Format {
        self.format
    }

    /// The locale files this composer reads.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// Parses, validates and renders one case. The file's document, read once,
    /// locates the warnings about the document as it did the case's problems.
    pub fn compose(&self, source: &Source, overrides: Overrides<'_>) -> Result<Composed> {
        let file = CaseFile::read(source);
        let loaded = self.load_from(file.input(), overrides)?;
        let mut composed = self.render(&loaded)?;
        composed.warnings = file.input().locate(std::mem::take(&mut composed.warnings));
        Ok(composed)
    }

    /// Parses and validates one case, reporting every problem with its location, and
    /// the advice that concerns its channel (a letter's address). A batch does this
    /// for every case before it renders any. For a PDF, a character
    /// the font cannot show is one of those problems: it must stop the run here, not
    /// in the middle of writing.
    pub fn load(&self, source: &Source, overrides: Overrides<'_>) -> Result<Loaded> {
        self.load_from(CaseFile::read(source).input(), overrides)
    }

    /// Like [`Composer::load`], from a case file or a document built otherwise (a
    /// spreadsheet row laid over its base file).
    pub fn load_from(&self, input: Input<'_>, overrides: Overrides<'_>) -> Result<Loaded> {
        let mut loaded = case::load_from(input, self.config.as_ref(), &self.catalog, overrides)?;
        if self.channel == Channel::Letter {
            loaded.advise_letter(&input);
        }
        if self.format == Format::Pdf {
            let problems = crate::render::unsupported_characters(&loaded.case);
            if !problems.is_empty() {
                return Err(Error::InvalidCase {
                    file: input.name().to_owned(),
                    source_text: input.text().to_owned(),
                    diagnostics: input.locate(problems),
                });
            }
        }
        Ok(loaded)
    }

    /// Renders a case that [`Composer::load`] accepted.
    pub fn render(&self, loaded: &Loaded) -> Result<Composed> {
        self.render_as(loaded, &loaded.language, true)
    }

    /// Renders a case of a batch that [`Composer::load`] accepted in `language`,
    /// which may be another than the case's: a calendar in the sender's own. A
    /// letter's length is estimated rather than typeset (see [`crate::fit`]).
    pub fn render_in(&self, loaded: &Loaded, language: &Language) -> Result<Composed> {
        self.render_as(loaded, language, false)
    }

    /// Renders a case in `language`; `exact`: see [`Gauge::overflow`].
    fn render_as(&self, loaded: &Loaded, language: &Language, exact: bool) -> Result<Composed> {
        let prepared = self.prepare(language)?;
        let plan = Plan::new(&loaded.case, &prepared.localizer)?;
        let rendered = prepared.renderer.render_paged(&plan)?;
        let mut notes: Vec<String> = language.fallback_note.iter().cloned().collect();
        notes.extend(
            rendered
                .fallbacks
                .iter()
                .map(|f| prepared.localizer.note(f)),
        );
        let warnings = match &prepared.gauge {
            Some(gauge) => gauge
                .overflow(&loaded.case, &prepared.localizer, rendered.pages, exact)?
                .map(|overflow| overflow.warning(&loaded.case))
                .into_iter()
                .collect(),
            None => Vec::new(),
        };
        Ok(Composed {
            document: rendered.document,
            notes,
            advice: loaded.advice.clone(),
            warnings,
        })
    }

    /// The warnings about the letter of a case that [`Composer::load`] accepted,
    /// without rendering it (`adieu check`): whether it runs past its page.
    pub fn letter_warnings(&self, loaded: &Loaded) -> Result<Vec<Diagnostic>> {
        let prepared = self.prepare(&loaded.language)?;
        let Some(gauge) = &prepared.gauge else {
            return Ok(Vec::new());
        };
        Ok(gauge
            .overflow(&loaded.case, &prepared.localizer, None, true)?
            .map(|overflow| overflow.warning(&loaded.case))
            .into_iter()
            .collect())
    }

    /// The localizer and renderer of a language, prepared on first use.
    fn prepare(&self, language: &Language) -> Result<Arc<Prepared>> {
        let mut languages = self
            .languages
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(prepared) = languages.get(&language.tag) {
            return Ok(Arc::clone(prepared));
        }
        let localizer = Arc::new(Localizer::new(language.clone(), &self.catalog)?);
        let renderer = Renderer::new(
            self.channel,
            self.format,
            Arc::clone(&localizer),
            &self.templates,
        )?;
        let gauge = if self.channel == Channel::Letter {
            let text = Renderer::new(
                Channel::Letter,
                Format::Text,
                Arc::clone(&localizer),
                &self.templates,
            )?;
            let make_typst: Option<crate::fit::MakeRenderer> = if cfg!(feature = "pdf") {
                let localizer = Arc::clone(&localizer);
                let templates = self.templates.clone();
                Some(Box::new(move || {
                    Renderer::new(
                        Channel::Letter,
                        Format::Pdf,
                        Arc::clone(&localizer),
                        &templates,
                    )
                }))
            } else {
                None
            };
            Some(Gauge::new(text, make_typst))
        } else {
            None
        };
        let prepared = Arc::new(Prepared {
            localizer,
            renderer,
            gauge,
        });
        languages.insert(language.tag.clone(), Arc::clone(&prepared));
        Ok(prepared)
    }
}
