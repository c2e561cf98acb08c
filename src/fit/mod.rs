//! Whether a letter fits on one page, and if not, how many of its close-out items
//! would: the `letter-overflows` warning.
//!
//! With the `pdf` feature the typeset page count is the fact: a PDF render has it
//! anyway; any other render or `adieu check` first estimates the letter's height
//! from its plain text ([`estimate`]), which costs a fraction of a millisecond, and
//! typesets the layout (no PDF written) only when the estimate comes near the end
//! of the page. How many items fit is then found by typesetting the letter with its
//! first items only, starting from the estimate's answer and stepping an item at a
//! time: a letter that overflows costs two or three layouts more, one that fits
//! none. A batch takes the estimate's count of items (and, but for a PDF, of pages):
//! thousands of long letters must not each be laid out three times. Without the
//! feature the estimate is all there is; it agrees with Typst on the test letters.

mod estimate;

#[cfg(test)]
mod tests;

use std::sync::OnceLock;

use crate::case::{Case, Valid};
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::l10n::Localizer;
use crate::plan::Plan;
use crate::render::Renderer;

pub use estimate::height;

/// A letter longer than a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overflow {
    /// How many pages it runs to.
    pub pages: usize,
    /// How many close-out items it lists.
    pub items: usize,
    /// How many of them, the first in the letter's order, fit on one page with the
    /// rest of the letter.
    pub fitting: usize,
}

impl Overflow {
    /// The `letter-overflows` warning, at the first item that does not fit.
    pub fn warning(&self, case: &Case) -> Diagnostic {
        crate::case::letter_overflows(self, case)
    }
}

/// What measures letters: the letter's plain text, paragraphs unwrapped, for the
/// estimate, and with the `pdf` feature its Typst markup, for the fact.
pub struct Gauge {
    text: Renderer,
    /// The PDF renderer, made the first time a letter needs typesetting: most never
    /// do, and a one-page letter should not pay for parsing its template.
    typst: OnceLock<Renderer>,
    /// Makes the PDF renderer; `None` in a build without Typst.
    make_typst: Option<MakeRenderer>,
}

/// Makes a renderer on demand.
pub type MakeRenderer = Box<dyn Fn() -> Result<Renderer> + Send + Sync>;

impl std::fmt::Debug for Gauge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gauge")
            .field("text", &self.text)
            .field("typst", &self.typst.get())
            .finish_non_exhaustive()
    }
}

impl Gauge {
    /// A gauge from the letter's text renderer (made [`Renderer::unwrapped`] here)
    /// and, when this build typesets, what makes its PDF renderer.
    pub fn new(text: Renderer, make_typst: Option<MakeRenderer>) -> Gauge {
        Gauge {
            text: text.unwrapped(),
            typst: OnceLock::new(),
            make_typst,
        }
    }

    /// The PDF renderer, made on first use.
    fn typst(&self) -> Result<&Renderer> {
        if let Some(renderer) = self.typst.get() {
            return Ok(renderer);
        }
        let make = self.make_typst.as_ref().ok_or_else(|| Error::Render {
            what: "templates/letter.typ".into(),
            message: "this build does not typeset".into(),
        })?;
        // Two threads may both make it; one is kept.
        let _ = self.typst.set(make()?);
        self.typst.get().ok_or_else(|| Error::Render {
            what: "templates/letter.typ".into(),
            message: "the renderer was not kept".into(),
        })
    }

    /// Whether the letter of `case` overflows its page, and by how much. `pages`
    /// is the page count of a PDF just typeset from it, if any. With `exact`, a
    /// build with Typst typesets what the estimate cannot be sure of; without it
    /// (a batch, where thousands of letters must not each be laid out three times)
    /// only a PDF's own page count is typeset, the rest is the estimate's.
    pub fn overflow(
        &self,
        case: &Valid,
        localizer: &Localizer,
        pages: Option<usize>,
        exact: bool,
    ) -> Result<Option<Overflow>> {
        let items = case.closeout.count();
        let with = |count: usize| -> Result<Plan> {
            Plan::new(&case.with_closeout(case.closeout.first(count)), localizer)
        };
        let estimated = |count: usize| -> Result<f64> {
            let plan = with(count)?;
            let (document, _) = self.text.render(&plan)?;
            let text = document.text().ok_or_else(|| Error::Render {
                what: "templates/letter.txt".into(),
                message: "the plain-text letter is not text".into(),
            })?;
            Ok(estimate::height(text))
        };
        let full = estimated(items)?;
        // The most items the estimate puts on one page, for a letter that does not
        // fit: its height grows with them, nearly in proportion, so the search
        // interpolates (with a halving every other step, should it not).
        let estimated_fit = || -> Result<usize> {
            let (mut low, mut low_height) = (0, estimated(0)?);
            let (mut high, mut high_height) = (items, full);
            if low_height > estimate::PAGE || high_height <= estimate::PAGE {
                return Ok(if low_height > estimate::PAGE {
                    0
                } else {
                    items
                });
            }
            let mut step = 0;
            while high - low > 1 {
                step += 1;
                let guess = if step % 2 == 1 {
                    let share = (estimate::PAGE - low_height) / (high_height - low_height);
                    low + (share * (high - low) as f64) as usize
                } else {
                    low + (high - low) / 2
                };
                let middle = guess.clamp(low + 1, high - 1);
                let height = estimated(middle)?;
                if height <= estimate::PAGE {
                    (low, low_height) = (middle, height);
                } else {
                    (high, high_height) = (middle, height);
                }
            }
            Ok(low)
        };
        let typst = match &self.make_typst {
            Some(_) if exact => self.typst()?,
            _ => {
                let pages = pages.unwrap_or((full / estimate::PAGE).ceil() as usize);
                if pages <= 1 {
                    return Ok(None);
                }
                return Ok(Some(Overflow {
                    pages,
                    items,
                    fitting: estimated_fit()?,
                }));
            }
        };
        let typeset =
            |count: usize| -> Result<usize> { Ok(typst.pages(&with(count)?)?.unwrap_or(1)) };
        let pages = match pages {
            Some(pages) => pages,
            None if full < estimate::PAGE - estimate::MARGIN => return Ok(None),
            None => typeset(items)?,
        };
        if pages <= 1 {
            return Ok(None);
        }
        let mut fitting = estimated_fit()?.min(items.saturating_sub(1));
        if typeset(fitting)? == 1 {
            while fitting + 1 < items && typeset(fitting + 1)? == 1 {
                fitting += 1;
            }
        } else {
            loop {
                if fitting == 0 {
                    break;
                }
                fitting -= 1;
                if typeset(fitting)? == 1 {
                    break;
                }
            }
        }
        Ok(Some(Overflow {
            pages,
            items,
            fitting,
        }))
    }
}
