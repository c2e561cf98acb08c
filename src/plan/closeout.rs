//! The close-out in the view model: what remains to settle, each item formatted, and
//! the two decisions about how it is said, taken here once for every format: a
//! close-out of exactly one item is one sentence in the letter and the email, not a
//! list of one under a plural intro; and the call script says each kind of item as a
//! spoken sentence (amounts without zero decimals, dates without the year, no "No."),
//! rather than reading the letter's list aloud. Items the user wrote never run into
//! a sentence: adieu's own lead-in carries the grammar ("I'll hand over the
//! following items:") and each item stands on a line of its own (`Sentence::lines`);
//! only adieu's own catalogue wording, without a comma (or, in a list, the list's own
//! "and"), is joined in a sentence. A sentence about one item agrees with the item's
//! own grammatical number (`item-….number`), not with the count of one.

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
    /// Which kinds of item the letter's list writes under their label, one item per
    /// line, rather than after the label on the same line: two or more items, or
    /// one the user wrote (whose capital, mid-line, would read as an error).
    pub grouped: Grouped,
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

/// Which kinds of item are listed under their label (see [`CloseoutPlan::grouped`]).
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Grouped {
    /// The deliverables.
    pub deliverables: bool,
    /// The items handed over.
    pub handover: bool,
    /// What stays in force.
    pub continuing: bool,
}

/// Whether `items` are written under their label rather than after it.
fn grouped<'a>(mut items: impl ExactSizeIterator<Item = &'a ItemPlan>) -> bool {
    items.len() > 1 || items.any(|item| !item.own)
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
    /// Whether it is overdue or still to come, as the letter and the email say it:
    /// the selector of the invoice's message. A posted letter is read days after
    /// its date, so an invoice due on that date is `due`, said with its date ("due
    /// on 9 December 2026"), never "due today". `None` when it has no due date.
    pub status: Option<InvoiceStatus>,
    /// Where it stands on the document's date, `due-today` included: what the call
    /// says, which is true when it is heard.
    #[serde(skip)]
    pub said: Option<InvoiceStatus>,
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
    /// As the call script says it (`item-….spoken`): adieu's own wording with the
    /// article and case its spoken sentences need ("the final report", « le code
    /// source »), lower case; the user's words stay as written.
    pub spoken: String,
    /// Whether the wording is adieu's own (a catalogue code) rather than the user's:
    /// only adieu's wording is ever joined into a sentence.
    pub own: bool,
    /// The grammatical number of adieu's own wording, `singular` or `plural`, from the
    /// item's `.number` attribute (`Obligațiile de confidențialitate` is plural): a
    /// sentence with this one item agrees with it, not with the count. `plural` for
    /// the user's words, which are never joined into a sentence that agrees.
    pub number: &'static str,
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
    /// For an overdue invoice said aloud: `yes` when its own sentence asks for
    /// payment, `no` when two or more are overdue and one request follows them all
    /// (`call-closeout-pay-overdue`), rather than the same request after each.
    pub ask: Option<&'static str>,
    /// The one item, after a colon (its inline form).
    pub item: Option<String>,
    /// Several items joined as the language says a list ("a, b and c").
    pub items: Option<String>,
    /// How many items `items` joins, for the verb's agreement.
    pub count: Option<usize>,
    /// The grammatical number of what `item` or `items` says, `singular` or `plural`, for
    /// the verb's agreement (`$agreement`): a single item's own number (a plural
    /// item takes a plural verb), else `plural`.
    pub agreement: Option<&'static str>,
    /// A deliverable's date.
    pub by: Option<String>,
    /// `return`, `delete` or `keep-as-required`.
    pub data: Option<&'static str>,
    /// The items this sentence leads in, each written on a line of its own under
    /// it (a bullet), at the start of the line: the user's words, or adieu's with a
    /// comma. Empty when the sentence says its items itself (`item`, `items`).
    pub lines: Vec<String>,
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
                status: match invoice.status(date) {
                    Some(InvoiceStatus::DueToday) => Some(InvoiceStatus::Due),
                    status => status,
                },
                said: invoice.status(date),
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
            grouped: Grouped::default(),
            continuing,
            single: None,
            spoken: Vec::new(),
        };
        plan.grouped = Grouped {
            // A dated item starts its own line ("Final report: to be delivered by …").
            deliverables: plan.deliverables.len() > 1
                || plan
                    .deliverables
                    .iter()
                    .any(|d| !d.item.own && d.by.is_none()),
            handover: grouped(plan.handover.iter()),
            continuing: grouped(plan.continuing.iter()),
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
            let by = deliverable.by.as_ref().map(|d| d.long.clone());
            match (deliverable.item.own, by.is_some()) {
                (true, true) => one("closeout-one-deliverable", &deliverable.item, by),
                (true, false) => one("closeout-one-deliverable-undated", &deliverable.item, by),
                (false, true) => one("closeout-one-deliverable-lead", &deliverable.item, by),
                (false, false) => one(
                    "closeout-one-deliverable-undated-lead",
                    &deliverable.item,
                    by,
                ),
            }
        } else if let Some(item) = self.handover.first() {
            match item.own {
                true => one("closeout-one-handover", item, None),
                false => one("closeout-one-handover-lead", item, None),
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
            let item = self.continuing.first()?;
            match item.own {
                true => one("closeout-one-continuing", item, None),
                false => one("closeout-one-continuing-lead", item, None),
            }
        };
        Some(sentence)
    }

    /// The call script's sentences: one per invoice, one for the total, and one per
    /// other kind of item, its items joined as a spoken list when they are all
    /// adieu's own wording without a comma, else led in and listed one per line.
    fn spoken_sentences(
        &self,
        localizer: &Localizer,
        amounts: &[String],
        total: Option<(rust_decimal::Decimal, &String)>,
        closeout: &crate::case::Closeout,
    ) -> Result<Vec<Sentence>> {
        let mut sentences = Vec::new();
        let ask_once = self.overdue > 1;
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
                status: invoice.said,
                ask: Some(if ask_once { "no" } else { "yes" }),
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
        if ask_once {
            sentences.push(Sentence {
                id: "call-closeout-pay-overdue",
                count: Some(self.overdue),
                ..Sentence::default()
            });
        }
        if !self.deliverables.is_empty() {
            let mut inline = Vec::with_capacity(self.deliverables.len());
            let mut lines = Vec::with_capacity(self.deliverables.len());
            for deliverable in &self.deliverables {
                let dated = |item: &str| -> Result<String> {
                    Ok(match &deliverable.by {
                        Some(by) => {
                            let mut args = FluentArgs::new();
                            args.set("item", item);
                            args.set("by", by.spoken.as_str());
                            localizer.message("closeout-deliverable-item", &args)?
                        }
                        None => item.to_owned(),
                    })
                };
                inline.push(dated(&deliverable.item.spoken)?);
                lines.push(dated(&deliverable.item.spoken_line())?);
            }
            let own = self.deliverables.iter().all(|d| d.item.own);
            // A date joins an item with a comma too: dated items are listed.
            let plain = own && joinable(&inline, localizer);
            let number = number_of(self.deliverables.iter().map(|d| &d.item));
            sentences.push(listed(
                "call-closeout-deliverables",
                plain,
                number,
                inline,
                lines,
                localizer,
            ));
        }
        if !self.handover.is_empty() {
            sentences.push(spoken_list(
                "call-closeout-handover",
                &self.handover,
                localizer,
            ));
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
            sentences.push(spoken_list(
                "call-closeout-continuing",
                &self.continuing,
                localizer,
            ));
        }
        Ok(sentences)
    }
}

/// The letter's sentence for its one item: the item after a colon when it is
/// adieu's own wording, else (an id ending in `-lead`) a lead-in with the item on
/// its own line.
fn one(id: &'static str, item: &ItemPlan, by: Option<String>) -> Sentence {
    let (inline, lines) = match item.own {
        true => (Some(item.inline.clone()), Vec::new()),
        false => (None, vec![item.line.clone()]),
    };
    Sentence {
        id,
        item: inline,
        agreement: Some(item.number),
        by,
        lines,
        ..Sentence::default()
    }
}

/// Whether items can be joined as a spoken list ("a, b and c") without blurring
/// where one ends: one item always can; two or more when none has a comma of its
/// own nor the list's own "and" ("access to the hosting and to the servers and
/// technical documentation" hears as one item).
fn joinable(items: &[String], localizer: &Localizer) -> bool {
    // One item has no list to blur: its own comma (or a date's) stays in the
    // sentence, rather than a lead-in over a list of one.
    if items.len() < 2 {
        return true;
    }
    if items.iter().any(|i| i.contains([',', '،', '、'])) {
        return false;
    }
    let joined = localizer.and_list(&["\u{1}".to_owned(), "\u{2}".to_owned()]);
    let and = joined.trim_matches(['\u{1}', '\u{2}']).trim();
    and.is_empty()
        || !items
            .iter()
            .any(|i| i.split(|c: char| c.is_whitespace()).any(|word| word == and))
}

/// The grammatical number of a list of items: the item's own when there is one.
fn number_of<'a>(mut items: impl ExactSizeIterator<Item = &'a ItemPlan>) -> &'static str {
    match (items.len(), items.next()) {
        (1, Some(item)) => item.number,
        _ => "plural",
    }
}

/// The spoken sentence over `items`, listed with [`listed`].
fn spoken_list(id: &'static str, items: &[ItemPlan], localizer: &Localizer) -> Sentence {
    let spoken: Vec<String> = items.iter().map(|i| i.spoken.clone()).collect();
    let lines = items.iter().map(ItemPlan::spoken_line).collect();
    listed(
        id,
        items.iter().all(|i| i.own) && joinable(&spoken, localizer),
        number_of(items.iter()),
        spoken,
        lines,
        localizer,
    )
}

impl ItemPlan {
    /// The spoken form at the start of a line of its own, under a lead-in: adieu's
    /// with a capital, like the user's items beside it ("- La propriété des
    /// comptes …"); the user's words as written.
    fn spoken_line(&self) -> String {
        if !self.own {
            return self.spoken.clone();
        }
        let mut chars = self.spoken.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => String::new(),
        }
    }
}

/// A sentence over several items: joined as a spoken list ("a, b and c") inside the
/// sentence `id` when every item is adieu's own wording and [`joinable`] (`plain`),
/// its verb agreeing with
/// `number`; else the lead-in `<id>-lead`, whose words need no agreement with the
/// items, with each item on a line of its own.
fn listed(
    id: &'static str,
    plain: bool,
    number: &'static str,
    inline: Vec<String>,
    lines: Vec<String>,
    localizer: &Localizer,
) -> Sentence {
    let count = Some(inline.len());
    if plain {
        return Sentence {
            id,
            items: Some(localizer.and_list(&inline)),
            count,
            agreement: Some(number),
            ..Sentence::default()
        };
    }
    Sentence {
        id: lead(id),
        count,
        agreement: Some(number),
        lines,
        ..Sentence::default()
    }
}

/// The lead-in's message id for a sentence's id.
fn lead(id: &'static str) -> &'static str {
    match id {
        "call-closeout-deliverables" => "call-closeout-deliverables-lead",
        "call-closeout-handover" => "call-closeout-handover-lead",
        _ => "call-closeout-continuing-lead",
    }
}

/// A close-out item as the documents write it: a code in the document's own words
/// (`item-<code>`), the user's words as they are.
fn written<C: Catalogue>(item: &Item<C>, localizer: &Localizer) -> Result<ItemPlan> {
    match item {
        Item::Text(text) => {
            let text = localizer.glue(text);
            Ok(ItemPlan {
                line: text.clone(),
                spoken: text.clone(),
                inline: text,
                own: false,
                number: "plural",
            })
        }
        Item::Code(code) => {
            let mut args = FluentArgs::new();
            if let Some(days) = code.days() {
                args.set("days", days);
            }
            let id = format!("item-{}", code.code());
            let line = localizer.message(&id, &args)?;
            let mut chars = line.chars();
            let inline = match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => String::new(),
            };
            let spoken = localizer
                .attribute_with(&id, "spoken", &args)
                .unwrap_or_else(|| inline.clone());
            let number = match localizer.attribute(&id, "number").as_deref() {
                Some("singular") => "singular",
                _ => "plural",
            };
            Ok(ItemPlan {
                line,
                spoken,
                inline,
                own: true,
                number,
            })
        }
    }
}
