//! The close-out in the view model: what remains to settle, each item formatted, and
//! the two decisions about how it is said, taken here once for every format: a
//! close-out of exactly one item is one sentence in the letter and the email, not a
//! list of one under a plural intro; and the call script says each kind of item as a
//! spoken sentence (amounts without zero decimals, dates without the year, no "No."),
//! rather than reading the letter's list aloud.

use fluent_bundle::FluentArgs;
use jiff::civil::Date;
use serde::Serialize;

use super::DatePlan;
use crate::case::{Case, Catalogue, InvoiceStatus, Item, Reason};
use crate::error::Result;
use crate::l10n::Localizer;

/// The close-out items, each already formatted.
#[derive(Debug, Clone, Serialize)]
pub struct CloseoutPlan {
    /// Whether there is nothing to list.
    pub empty: bool,
    /// Invoices to pay.
    pub invoices: Vec<InvoicePlan>,
    /// What the invoices come to, formatted, when the reason is payment and there
    /// are two or more in one currency: that letter says plainly what is owed.
    pub owed: Option<String>,
    /// How many invoices are overdue on the document's date: the letter then asks
    /// for them to be paid, rather than only listing them.
    pub overdue: usize,
    /// Work still to deliver.
    pub deliverables: Vec<DeliverablePlan>,
    /// Things handed back.
    pub handover: Vec<ItemPlan>,
    /// `return`, `delete` or `keep-as-required`.
    pub data: Option<&'static str>,
    /// The refunded amount, formatted.
    pub refund: Option<String>,
    /// Obligations that continue after the end.
    pub continuing: Vec<ItemPlan>,
    /// The one sentence the letter and the email write instead of the intro and the
    /// list, when the close-out has exactly one item ("We will refund the unused
    /// prepaid balance of £420.00."); `None` for none or several. An overdue invoice
    /// alone asks for payment in the same sentence.
    pub single: Option<Sentence>,
    /// What the call script says, one spoken sentence per kind of item, in the
    /// letter's order: each invoice, the total, the deliverables, the handover, the
    /// files and data, the refund, what stays in force.
    pub spoken: Vec<Sentence>,
}

/// One invoice.
#[derive(Debug, Clone, Serialize)]
pub struct InvoicePlan {
    /// Number.
    pub number: String,
    /// Amount with currency, formatted.
    pub amount: String,
    /// Due date.
    pub due: Option<DatePlan>,
    /// Whether it is overdue, due on the document's date or still to come: the
    /// selector of the invoice's message. `None` when it has no due date.
    pub status: Option<InvoiceStatus>,
}

/// A close-out item in the two places a document puts it.
#[derive(Debug, Clone, Serialize)]
pub struct ItemPlan {
    /// At the start of a line of its own, as in a list under a label.
    pub line: String,
    /// After a label on the same line ("To be handed over: source code"): adieu's
    /// own wording starts lower case there, as every language writes it; the
    /// user's words stay as written.
    pub inline: String,
}

/// One deliverable.
#[derive(Debug, Clone, Serialize)]
pub struct DeliverablePlan {
    /// What is delivered.
    pub item: ItemPlan,
    /// When.
    pub by: Option<DatePlan>,
}

/// A sentence of the close-out: its message and every variable it may use, so that
/// a template writes any of them with one `t()` call. Variables a message does not
/// use are `None`, which `t()` does not pass.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Sentence {
    /// The message id, e.g. `closeout-one-refund` or `call-closeout-handover`.
    pub id: &'static str,
    /// An invoice's number.
    pub number: Option<String>,
    /// An amount: written in the letter, as said aloud in the call.
    pub amount: Option<String>,
    /// An invoice's due date: long in the letter, spoken in the call.
    pub due: Option<String>,
    /// Where the invoice stands: `overdue`, `due-today` or `due`.
    pub status: Option<InvoiceStatus>,
    /// The one item, after a colon (its inline form).
    pub item: Option<String>,
    /// Several items joined as the language says a list ("a, b and c").
    pub items: Option<String>,
    /// How many items `items` joins, for the verb's agreement.
    pub count: Option<usize>,
    /// A deliverable's date.
    pub by: Option<String>,
    /// `return`, `delete` or `keep-as-required`.
    pub data: Option<&'static str>,
}

impl CloseoutPlan {
    /// The close-out of `case`, dated `date`; `dated` writes a date in both forms.
    pub fn new(
        case: &Case,
        localizer: &Localizer,
        date: Date,
        dated: &dyn Fn(Date) -> DatePlan,
    ) -> Result<CloseoutPlan> {
        let closeout = &case.closeout;
        let mut invoices = Vec::with_capacity(closeout.invoices.len());
        let mut spoken_amounts = Vec::with_capacity(closeout.invoices.len());
        for invoice in &closeout.invoices {
            invoices.push(InvoicePlan {
                number: invoice.number.clone(),
                amount: localizer.money(invoice.amount.0, &invoice.currency.0)?,
                due: invoice.due.map(|d| dated(d.0)),
                status: invoice.status(date),
            });
            spoken_amounts.push(localizer.spoken_money(invoice.amount.0, &invoice.currency.0)?);
        }
        // No total when the currencies differ or it would overflow: each amount is
        // still listed.
        let total = match closeout.invoices.as_slice() {
            [first, _, ..]
                if case.reason == Reason::Payment
                    && closeout
                        .invoices
                        .iter()
                        .all(|i| i.currency == first.currency) =>
            {
                closeout
                    .invoices
                    .iter()
                    .try_fold(rust_decimal::Decimal::ZERO, |sum, i| {
                        sum.checked_add(i.amount.0)
                    })
                    .map(|total| (total, &first.currency.0))
            }
            _ => None,
        };
        let owed = match total {
            Some((total, currency)) => Some(localizer.money(total, currency)?),
            None => None,
        };
        let refund = match &closeout.refund {
            Some(refund) => Some(localizer.money(refund.amount.0, &refund.currency.0)?),
            None => None,
        };
        let deliverables: Vec<DeliverablePlan> = closeout
            .deliverables
            .iter()
            .map(|d| {
                Ok(DeliverablePlan {
                    item: written(&d.item, localizer)?,
                    by: d.by.map(|by| dated(by.0)),
                })
            })
            .collect::<Result<_>>()?;
        let handover: Vec<ItemPlan> = closeout
            .handover
            .iter()
            .map(|item| written(item, localizer))
            .collect::<Result<_>>()?;
        let continuing: Vec<ItemPlan> = closeout
            .continuing
            .iter()
            .map(|item| written(item, localizer))
            .collect::<Result<_>>()?;
        let data = closeout.data.map(|d| d.code());
        let mut plan = CloseoutPlan {
            empty: closeout.is_empty(),
            overdue: invoices
                .iter()
                .filter(|i| i.status == Some(InvoiceStatus::Overdue))
                .count(),
            invoices,
            owed,
            deliverables,
            handover,
            data,
            refund,
            continuing,
            single: None,
            spoken: Vec::new(),
        };
        plan.single = plan.single_sentence();
        plan.spoken = plan.spoken_sentences(localizer, &spoken_amounts, total, closeout)?;
        Ok(plan)
    }

    /// How many items the letter lists: every invoice, deliverable, item handed over
    /// and obligation in force, the files and data, and the refund.
    fn count(&self) -> usize {
        self.invoices.len()
            + self.deliverables.len()
            + self.handover.len()
            + usize::from(self.data.is_some())
            + usize::from(self.refund.is_some())
            + self.continuing.len()
    }

    /// The letter's sentence when there is exactly one item.
    fn single_sentence(&self) -> Option<Sentence> {
        if self.count() != 1 {
            return None;
        }
        let sentence = if let Some(invoice) = self.invoices.first() {
            Sentence {
                id: if invoice.due.is_some() {
                    "closeout-one-invoice"
                } else {
                    "closeout-one-invoice-undated"
                },
                number: Some(invoice.number.clone()),
                amount: Some(invoice.amount.clone()),
                due: invoice.due.as_ref().map(|d| d.long.clone()),
                status: invoice.status,
                ..Sentence::default()
            }
        } else if let Some(deliverable) = self.deliverables.first() {
            Sentence {
                id: if deliverable.by.is_some() {
                    "closeout-one-deliverable"
                } else {
                    "closeout-one-deliverable-undated"
                },
                item: Some(deliverable.item.inline.clone()),
                by: deliverable.by.as_ref().map(|d| d.long.clone()),
                ..Sentence::default()
            }
        } else if let Some(item) = self.handover.first() {
            Sentence {
                id: "closeout-one-handover",
                item: Some(item.inline.clone()),
                ..Sentence::default()
            }
        } else if let Some(data) = self.data {
            Sentence {
                id: "closeout-one-data",
                data: Some(data),
                ..Sentence::default()
            }
        } else if let Some(refund) = &self.refund {
            Sentence {
                id: "closeout-one-refund",
                amount: Some(refund.clone()),
                ..Sentence::default()
            }
        } else {
            Sentence {
                id: "closeout-one-continuing",
                item: Some(self.continuing.first()?.inline.clone()),
                ..Sentence::default()
            }
        };
        Some(sentence)
    }

    /// The call script's sentences: one per invoice, one for the total, and one per
    /// other kind of item, its items joined as a spoken list.
    fn spoken_sentences(
        &self,
        localizer: &Localizer,
        amounts: &[String],
        total: Option<(rust_decimal::Decimal, &String)>,
        closeout: &crate::case::Closeout,
    ) -> Result<Vec<Sentence>> {
        let mut sentences = Vec::new();
        for (invoice, amount) in self.invoices.iter().zip(amounts) {
            sentences.push(Sentence {
                id: if invoice.due.is_some() {
                    "call-closeout-invoice"
                } else {
                    "call-closeout-invoice-undated"
                },
                number: Some(invoice.number.clone()),
                amount: Some(amount.clone()),
                due: invoice.due.as_ref().map(|d| d.spoken.clone()),
                status: invoice.status,
                ..Sentence::default()
            });
        }
        if let Some((total, currency)) = total {
            sentences.push(Sentence {
                id: "call-closeout-owed",
                amount: Some(localizer.spoken_money(total, currency)?),
                ..Sentence::default()
            });
        }
        if !self.deliverables.is_empty() {
            let mut items = Vec::with_capacity(self.deliverables.len());
            for deliverable in &self.deliverables {
                items.push(match &deliverable.by {
                    Some(by) => {
                        let mut args = FluentArgs::new();
                        args.set("item", deliverable.item.inline.as_str());
                        args.set("by", by.spoken.as_str());
                        localizer.message("closeout-deliverable-item", &args)?
                    }
                    None => deliverable.item.inline.clone(),
                });
            }
            sentences.push(listed("call-closeout-deliverables", &items, localizer));
        }
        if !self.handover.is_empty() {
            let items: Vec<String> = self.handover.iter().map(|i| i.inline.clone()).collect();
            sentences.push(listed("call-closeout-handover", &items, localizer));
        }
        if let Some(data) = self.data {
            sentences.push(Sentence {
                id: "call-closeout-data",
                data: Some(data),
                ..Sentence::default()
            });
        }
        if let Some(refund) = &closeout.refund {
            sentences.push(Sentence {
                id: "call-closeout-refund",
                amount: Some(localizer.spoken_money(refund.amount.0, &refund.currency.0)?),
                ..Sentence::default()
            });
        }
        if !self.continuing.is_empty() {
            let items: Vec<String> = self.continuing.iter().map(|i| i.inline.clone()).collect();
            sentences.push(listed("call-closeout-continuing", &items, localizer));
        }
        Ok(sentences)
    }
}

/// A sentence over a spoken list of items.
fn listed(id: &'static str, items: &[String], localizer: &Localizer) -> Sentence {
    Sentence {
        id,
        items: Some(localizer.and_list(items)),
        count: Some(items.len()),
        ..Sentence::default()
    }
}

/// A close-out item as the documents write it: a code in the document's own words
/// (`item-<code>`), the user's words as they are.
fn written<C: Catalogue>(item: &Item<C>, localizer: &Localizer) -> Result<ItemPlan> {
    match item {
        Item::Text(text) => Ok(ItemPlan {
            line: text.clone(),
            inline: text.clone(),
        }),
        Item::Code(code) => {
            let mut args = FluentArgs::new();
            if let Some(days) = code.days() {
                args.set("days", days);
            }
            let line = localizer.message(&format!("item-{}", code.code()), &args)?;
            let mut chars = line.chars();
            let inline = match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => String::new(),
            };
            Ok(ItemPlan { line, inline })
        }
    }
}
