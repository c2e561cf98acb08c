//! Rendering: a [`Plan`] laid out by a Tera template into the bytes of a document.
//!
//! Templates hold layout only. Every sentence comes from the localizer through the
//! `t()` function; values from the case file are escaped for the output format by
//! Tera's autoescape (Markdown, HTML, Typst markup), never by hand in a template.
//! Two formats go one step further than a template: a PDF is typeset from the
//! Typst markup of `<channel>.typ` ([`pdf`]), and an email draft is built from the
//! text and HTML versions of the email ([`eml`]). A calendar has no template: it is
//! a list of dated events whose summaries come from the localizer ([`ics`]).

mod channel;
mod collector;
mod docx;
mod eml;
mod functions;
mod ics;
mod pdf;
mod templates;

pub use channel::{Channel, Format};
pub use pdf::{available as pdf_available, unsupported_characters};
pub use templates::Templates;

use std::sync::Arc;

use tera::{Context, ErrorKind, Tera};

use crate::error::{Error, Result};
use crate::l10n::{Fallback, Localizer};
use crate::plan::Plan;
use collector::{Collector, Sheet};

/// A rendered document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Document {
    /// Text: plain text, Markdown, HTML, an email draft or a calendar.
    Text(String),
    /// Bytes that are not text: a PDF or a Word file.
    Binary(Vec<u8>),
}

impl Document {
    /// The bytes to write.
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Document::Text(text) => text.as_bytes(),
            Document::Binary(bytes) => bytes,
        }
    }

    /// The text, unless the document is binary.
    pub fn text(&self) -> Option<&str> {
        match self {
            Document::Text(text) => Some(text),
            Document::Binary(_) => None,
        }
    }
}

/// Renders plans of one channel, in one format and one language.
#[derive(Debug)]
pub struct Renderer {
    tera: Tera,
    /// The calendar's messages are looked up here, not from a template.
    localizer: Arc<Localizer>,
    /// Where `t()` files each document's fallbacks and failure for [`Renderer::render`].
    collector: Arc<Collector>,
    channel: Channel,
    format: Format,
    /// The channel template, e.g. `letter.typ`.
    main: String,
    /// Template names to the paths error messages give.
    paths: Vec<(String, String)>,
    /// The Word file whose styles a .docx takes.
    reference: Option<Arc<docx::Reference>>,
    /// Overrides the templates' `line_width` (0: paragraphs left whole).
    line_width: Option<usize>,
}

/// A rendered document with what its renderer learnt on the way.
#[derive(Debug)]
pub struct Rendered {
    /// The document.
    pub document: Document,
    /// The fallbacks of the messages it took (see [`Localizer::note`]).
    pub fallbacks: Vec<Fallback>,
    /// How many pages it has, for a PDF.
    pub pages: Option<usize>,
}

/// The template holding the subject line alone, for the `Subject` header of a draft.
const SUBJECT_TEMPLATE: &str = "partials/subject.txt";

/// What a template passes as `page_mark` for a page number that is not known until
/// the pages are (the letter's continuation header), and replaces in the typeset or
/// printed page. A private-use character: validation refuses it in every value, so
/// it can only be the mark.
pub const PAGE_MARK: char = '\u{E000}';

impl Renderer {
    /// Loads only the templates the channel and format need (and the partials they
    /// include) from `templates`, with `t()` bound to `localizer`. A template that
    /// does not parse is an error naming its file and line.
    pub fn new(
        channel: Channel,
        format: Format,
        localizer: Arc<Localizer>,
        sources: &Templates,
    ) -> Result<Renderer> {
        if !channel.formats().contains(&format) {
            return Err(Error::usage(format!(
                "the {channel} cannot be written as {format}"
            )));
        }
        let mut tera = Tera::new();
        let collector = Arc::new(Collector::default());
        if format == Format::Ics {
            return Ok(Renderer {
                tera,
                localizer,
                collector,
                channel,
                format,
                main: String::new(),
                paths: Vec::new(),
                reference: None,
                line_width: None,
            });
        }
        // Web pages, PDFs and mail programs break lines themselves; a long date must
        // not be split there any more than in the wrapped plain text.
        let keep_dates = matches!(
            format,
            Format::Html | Format::Pdf | Format::Docx | Format::Eml
        );
        tera.register_function(
            "t",
            functions::lookup(Arc::clone(&localizer), Arc::clone(&collector), keep_dates),
        );
        tera.register_filter("wrap", functions::wrap);
        tera.register_filter("underline", functions::underline);
        match format {
            Format::Markdown => {
                tera.set_escape_fn(functions::escape_markdown);
                tera.autoescape_on(vec![".md"]);
            }
            Format::Pdf => {
                pdf::available()?;
                tera.register_filter("typst_string", pdf::typst_string);
                tera.set_escape_fn(pdf::escape_typst);
                tera.autoescape_on(vec![".typ"]);
            }
            // Tera's own escaper is HTML's, whose five entities are XML's.
            Format::Html | Format::Eml => {
                tera.register_filter("css_content", functions::css_content);
                tera.autoescape_on(vec![".html"]);
            }
            Format::Docx => tera.autoescape_on(vec![".xml"]),
            Format::Text | Format::Ics => tera.autoescape_on(Vec::<&'static str>::new()),
        }
        let main = format!("{}.{}", channel.name(), template_extension(format));
        let mut templates = vec![main.clone()];
        let mut extensions = vec![template_extension(format)];
        if format == Format::Eml {
            // A draft is the text email, the HTML email and the subject line alone.
            templates.push(format!("{}.html", channel.name()));
            templates.push(SUBJECT_TEMPLATE.to_owned());
            extensions.push("html");
        }
        let wanted = |name: &str| {
            templates.iter().any(|t| t == name)
                || (name.starts_with("partials/")
                    && extensions.iter().any(|e| name.ends_with(&format!(".{e}"))))
        };
        let paths: Vec<(String, String)> = sources
            .select(wanted)
            .map(|(name, _)| (name.to_owned(), sources.path_of(name)))
            .collect();
        tera.add_raw_templates(sources.select(wanted))
            .map_err(|e| located(&paths, &main, &e))?;
        for template in &templates {
            if !tera.contains_template(template) {
                return Err(Error::Render {
                    what: sources.path_of(template),
                    message: "there is no such template".into(),
                });
            }
        }
        Ok(Renderer {
            tera,
            localizer,
            collector,
            channel,
            format,
            main,
            paths,
            reference: sources.reference().cloned(),
            line_width: None,
        })
    }

    /// The same renderer, with every paragraph of plain text left on one line: what
    /// the letter's page estimate reads ([`crate::fit`]).
    pub fn unwrapped(mut self) -> Renderer {
        self.line_width = Some(0);
        self
    }

    /// Lays out one plan, with the fallbacks of the messages it took (see
    /// [`Localizer::note`]): this document's alone.
    pub fn render(&self, plan: &Plan) -> Result<(Document, Vec<Fallback>)> {
        let rendered = self.render_paged(plan)?;
        Ok((rendered.document, rendered.fallbacks))
    }

    /// Lays out one plan, with the fallbacks of the messages it took and, for a PDF,
    /// its number of pages.
    pub fn render_paged(&self, plan: &Plan) -> Result<Rendered> {
        if self.format == Format::Ics {
            let (calendar, fallbacks) = ics::build(plan, &self.localizer)?;
            return Ok(Rendered {
                document: Document::Text(calendar),
                fallbacks,
                pages: None,
            });
        }
        let sheet = self.collector.open();
        let (document, pages) = self.lay_out(plan, &sheet)?;
        Ok(Rendered {
            document,
            fallbacks: sheet.finish(),
            pages,
        })
    }

    /// How many pages a PDF renderer's document of `plan` runs to, from its layout
    /// alone (no PDF is written); `None` for the other formats.
    pub fn pages(&self, plan: &Plan) -> Result<Option<usize>> {
        if self.format != Format::Pdf {
            return Ok(None);
        }
        let markup = self.render_template(plan, &self.main)?;
        let facts = pdf::PdfFacts::of(plan);
        pdf::pages(&self.main, &markup, facts).map(Some)
    }

    /// The Typst markup of a plan and the PDF typeset from it, for tests that
    /// measure the layout.
    #[cfg(all(test, feature = "pdf"))]
    pub(crate) fn typeset_markup(
        &self,
        plan: &Plan,
        edit: impl Fn(String) -> String,
    ) -> Result<Vec<u8>> {
        let markup = edit(self.render_template(plan, &self.main)?);
        let facts = pdf::PdfFacts::of(plan);
        Ok(pdf::typeset(&self.main, &markup, facts)?.0)
    }

    /// The context of a plan, as every template sees it, naming the document whose
    /// `sheet` its `t()` calls file their notes on.
    fn context(&self, plan: &Plan, sheet: &Sheet<'_>) -> Result<Context> {
        let mut context =
            Context::from_serialize(plan).map_err(|e| located(&self.paths, &self.main, &e))?;
        context.insert(collector::DOCUMENT, &sheet.id());
        // Inside a draft the subject is a header, not a line of the body.
        context.insert("draft", &(self.format == Format::Eml));
        context.insert("page_mark", &PAGE_MARK.to_string());
        if let Some(width) = self.line_width {
            context.insert("line_width", &width);
        }
        // A page embeds its logo as a `data:` URI; no other format needs the base64.
        if self.format == Format::Html
            && let Some(logo) = plan.letterhead.as_ref().and_then(|l| l.logo.as_ref())
        {
            use base64::Engine as _;
            let data = base64::engine::general_purpose::STANDARD.encode(&logo.bytes);
            context.insert("logo_uri", &format!("data:{};base64,{data}", logo.mime));
        }
        Ok(context)
    }

    /// One template laid out with the plan, as a document of its own whose notes
    /// are thrown away.
    fn render_template(&self, plan: &Plan, name: &str) -> Result<String> {
        let sheet = self.collector.open();
        let context = self.context(plan, &sheet)?;
        self.fill(name, &context, &sheet)
    }

    /// One template laid out with a document's context.
    fn fill(&self, name: &str, context: &Context, sheet: &Sheet<'_>) -> Result<String> {
        self.tera.render(name, context).map_err(|e| {
            // A message that failed inside `t()` says itself where it is broken.
            sheet
                .take_failure()
                .unwrap_or_else(|| located(&self.paths, name, &e))
        })
    }

    fn lay_out(&self, plan: &Plan, sheet: &Sheet<'_>) -> Result<(Document, Option<usize>)> {
        let template = &self.main;
        let context = self.context(plan, sheet)?;
        let render = |name: &str| self.fill(name, &context, sheet);
        match self.format {
            Format::Text | Format::Markdown | Format::Html => {
                Ok((Document::Text(render(template)?), None))
            }
            Format::Pdf => {
                let markup = render(template)?;
                let facts = pdf::PdfFacts::of(plan);
                let (pdf, pages) = pdf::typeset(template, &markup, facts)?;
                Ok((Document::Binary(pdf), Some(pages)))
            }
            Format::Docx => {
                let outline = render(template)?;
                let logo = plan.letterhead.as_ref().and_then(|l| l.logo.as_ref());
                // An SVG logo is drawn as a PNG, which is all a Word file shows.
                let drawn = logo
                    .filter(|logo| logo.mime == "image/svg+xml")
                    .and_then(|logo| docx::png_of_svg(&logo.bytes));
                let facts = docx::DocxFacts {
                    lang: &plan.layout.conventions,
                    date: &plan.date.iso,
                    paper: docx::Paper::of_region(
                        plan.layout.conventions.split_once('-').map(|(_, r)| r),
                    ),
                    reference: self.reference.as_deref(),
                    accent: plan
                        .letterhead
                        .as_ref()
                        .and_then(|l| l.accent.as_deref())
                        .map(|accent| accent.trim_start_matches('#')),
                    logo: match &drawn {
                        Some((png, pixels)) => Some(docx::Logo {
                            png,
                            pixels: *pixels,
                        }),
                        None => logo.and_then(|logo| {
                            let pixels = crate::case::letterhead::png_size(&logo.bytes)?;
                            Some(docx::Logo {
                                png: &logo.bytes,
                                pixels,
                            })
                        }),
                    },
                };
                let bytes = docx::build(&outline, facts).map_err(|message| Error::Render {
                    what: format!("templates/{template}"),
                    message,
                })?;
                Ok((Document::Binary(bytes), None))
            }
            Format::Eml => {
                let subject = render(SUBJECT_TEMPLATE)?;
                let text = render(template)?;
                let html = render(&format!("{}.html", self.channel.name()))?;
                let draft = eml::Draft {
                    from_name: &plan.sender.name,
                    from_email: &plan.sender.email,
                    to_name: &plan.client.name,
                    to_email: &plan.client.email,
                    subject: subject.trim_end(),
                    date: &plan.date.iso,
                    lang: &plan.lang,
                    text: &text,
                    html: &html,
                };
                Ok((Document::Text(eml::build(&draft)?), None))
            }
            // `render` builds a calendar itself; there is no template to lay one out.
            Format::Ics => Err(Error::Render {
                what: "the calendar".into(),
                message: "a calendar has no template".into(),
            }),
        }
    }
}

/// The hex SHA-256 of `parts`, each length-prefixed so that moving text from one
/// part to the next changes it: the identifiers (Message-ID, UID) that stay the same
/// for the same document and change with it.
fn digest(parts: &[&str]) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update((part.len() as u64).to_be_bytes());
        hasher.update(part.as_bytes());
    }
    hasher
        .finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// The extension of the channel template a format is laid out with; a draft's is
/// the text email's.
fn template_extension(format: Format) -> &'static str {
    match format {
        Format::Text | Format::Eml => "txt",
        Format::Markdown => "md",
        Format::Html => "html",
        Format::Pdf => "typ",
        Format::Docx => "docx.xml",
        Format::Ics => "ics",
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
