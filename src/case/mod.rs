//! The case file: what the user writes once to describe the ending of one client
//! relationship.
//!
//! The types here mirror the YAML format field for field (`deny_unknown_fields`
//! everywhere, enums for every closed set) so that a typo is an error, not a
//! silently ignored key. Values that need more than their type to be right — the
//! notice rules, plausible email addresses, known currencies — are checked by
//! [`validate`] after parsing, which reports every problem at once.

mod advice;
pub mod bounds;
mod codes;
mod foreign;
pub mod item;
pub mod letterhead;
mod load;
mod parse;
mod scalar;
mod schema;
mod shape;
mod text;
mod valid;
mod validate;

pub use advice::{advise, letter_overflows};
pub use codes::{DataHandling, Gender, Reason, Tone};
pub use item::{Catalogue, Continuing, Delivered, Handover, Item};
pub use letterhead::{Letterhead, Logo, LogoKind};
pub use load::{CaseFile, Input, Loaded, Overrides, load, load_from, load_with, locate, locate_in};
pub use parse::{MAX_INPUT_BYTES, convert, parse, parse_as, parse_config, read};
pub use scalar::{Amount, CaseDate, CurrencyCode, CurrencyKind, parse_days};
pub(crate) use shape::{declared_fields, item_codes};
pub(crate) use text::{check_text, sender_text_fields};
pub use text::{is_placeholder, text_fields};
pub use valid::Valid;
pub(crate) use validate::check_email;
pub use validate::{MAX_NOTICE_DAYS, MIN_YEAR, validate};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One case file, as written.
///
/// `language`, `tone`, `notice` and the `sender` details may be left out when the
/// config file gives them (see [`crate::config`]); after [`load`] merges the config
/// in, every field the documents need is present.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "adieu case file",
    description = "The facts of one client relationship you are ending: why, who, how much notice, and what remains to settle. `adieu new` writes a commented one to fill in."
)]
pub struct Case {
    /// The language of the documents: en, es, fr, ro or sk, or a regional tag such as
    /// es-MX or en-US. Required unless your config file gives one.
    #[serde(default)]
    #[schemars(schema_with = "crate::schema::language")]
    pub language: Option<String>,
    /// The date the documents carry, written YYYY-MM-DD. Today when left out.
    pub date: Option<CaseDate>,
    /// How warm the openings, thanks and closings are: warm, neutral (the default) or
    /// firm. The tone never changes the facts.
    pub tone: Option<Tone>,
    /// Why the relationship ends: exactly one reason, which the documents state as one
    /// neutral sentence. `adieu reasons` shows each sentence.
    pub reason: Reason,
    /// Who ends the relationship: you. Fields your config file gives may be left out;
    /// those written here win.
    #[serde(default, skip_serializing_if = "is_default")]
    pub sender: Sender,
    /// The client who receives the notice.
    pub client: Client,
    /// The contract being ended, when there is one.
    pub contract: Option<Contract>,
    /// How much notice you give: exactly one of `days`, `until` or `immediate`.
    /// Required unless your config file gives a default.
    #[serde(default, skip_serializing_if = "is_default")]
    pub notice: Notice,
    /// Who can serve the client better. Never written for conduct or ethics.
    pub referral: Option<Referral>,
    /// What remains to settle: invoices, deliverables, handover, data, refund. Every
    /// item listed appears in every document.
    #[serde(default, skip_serializing_if = "Closeout::is_empty")]
    pub closeout: Closeout,
    /// Your letterhead on the printed letter: a logo, an accent colour and footer
    /// lines. Usually given once in your config file; one here replaces it whole.
    pub letterhead: Option<Letterhead>,
}

/// Whether a value is its type's default, which a serialized case leaves out, as a
/// case file may.
///
/// A case is serialized only to walk its values by their shape (`text_fields`).
/// Leaving defaults out also keeps the schema as it was: schemars writes a field's
/// `default` into the schema when its type serializes, unless the default is one
/// it would skip.
fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

impl Case {
    /// The tone, `neutral` when neither the case nor the config gives one.
    pub fn tone(&self) -> Tone {
        self.tone.unwrap_or_default()
    }
}

/// The person (and firm) ending the relationship.
///
/// `name` and `email` are optional here only because the config file may give them;
/// validation requires them once the config is merged in.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    description = "You, ending the relationship. `name` and `email` are required, in the case file or in your config file."
)]
pub struct Sender {
    /// Your full name, as you sign.
    pub name: Option<String>,
    /// Your job title, shown under the signature.
    pub role: Option<String>,
    /// Your firm. With a firm the documents speak as "we", without one as "I".
    pub company: Option<String>,
    /// The address where the client can reach you about the handover.
    #[schemars(email)]
    pub email: Option<String>,
    /// Your telephone number, shown in the letterhead.
    pub phone: Option<String>,
    /// Your postal address, one line per item.
    #[serde(default)]
    pub address: Vec<String>,
    /// The town on the place-and-date line of the letter.
    pub place: Option<String>,
}

/// The client receiving the notice.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Client {
    /// The client's company, when the client is a firm.
    pub company: Option<String>,
    /// The person the documents address.
    pub contact: Contact,
    /// The contact's email address.
    #[schemars(email)]
    pub email: String,
    /// The client's telephone number, shown at the top of the call script.
    pub phone: Option<String>,
    /// The client's postal address, one line per item.
    #[serde(default)]
    pub address: Vec<String>,
}

/// The person at the client the documents address.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// The contact's full name, as written on an envelope (never declined).
    pub name: String,
    /// The family name used in salutations ("Dear Ms García"). The last word of
    /// `name` when left out.
    pub surname: Option<String>,
    /// Chooses the salutation: female, male or unspecified (the default), which gets
    /// the language's neutral form.
    #[serde(default, skip_serializing_if = "is_default")]
    pub gender: Gender,
    /// The contact's direct line, when it is not the client's number; the call
    /// script gives it first.
    pub phone: Option<String>,
}

impl Contact {
    /// The family name used in salutations.
    pub fn surname(&self) -> &str {
        match &self.surname {
            Some(surname) => surname,
            None => self.name.split_whitespace().last().unwrap_or(&self.name),
        }
    }
}

/// The contract being ended.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contract {
    /// The contract's title, quoted in the subject line.
    pub title: Option<String>,
    /// The contract's reference number, quoted beside the title.
    pub reference: Option<String>,
    /// When it was signed, written YYYY-MM-DD.
    pub signed: Option<CaseDate>,
    /// The minimum notice the contract requires, in days; the notice given may not
    /// be shorter.
    #[schemars(range(max = 365), extend("x-adieu-check" = crate::schema::DAYS))]
    #[serde(default, deserialize_with = "scalar::days")]
    pub notice_days: Option<u16>,
}

/// How much notice is given: exactly one of `days`, `until` or `immediate`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Notice {
    /// The notice in days, counted from the case date (at most 365).
    #[schemars(range(max = 365), extend("x-adieu-check" = crate::schema::DAYS))]
    #[serde(default, deserialize_with = "scalar::days")]
    pub days: Option<u16>,
    /// The last day of the collaboration, written YYYY-MM-DD: at most 365 days after
    /// the case date, like `days`.
    pub until: Option<CaseDate>,
    /// With `until`: the stage of work whose completion ends the collaboration.
    pub milestone: Option<String>,
    /// `true` to end at once, without notice: only for conduct or ethics.
    pub immediate: Option<bool>,
}

/// Someone who can serve the client better.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Referral {
    /// A colleague you recommend, by name.
    pub name: Option<String>,
    /// The colleague's firm.
    pub company: Option<String>,
    /// How to reach the colleague: an email address, a phone number or a website.
    pub contact: Option<String>,
    /// Instead of a name: the kind of provider to look for, e.g. "a full-service agency".
    pub kind: Option<String>,
}

/// What remains to settle; every item given appears in every document.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Closeout {
    /// Final and outstanding invoices.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub invoices: Vec<Invoice>,
    /// Work already paid for, and when it arrives.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deliverables: Vec<Deliverable>,
    /// Credentials, accounts, domains and files handed back, one item per line: a
    /// code adieu writes natively in every language (`adieu items`), or your own words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub handover: Vec<Item<Handover>>,
    /// What happens to the client's files and data: return, delete or keep-as-required.
    pub data: Option<DataHandling>,
    /// A retainer or prepaid balance paid back.
    pub refund: Option<Money>,
    /// Obligations that continue after the end date: a code adieu writes natively
    /// (confidentiality, `warranty: {days: 30}`, …; `adieu items`), or your own words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub continuing: Vec<Item<Continuing>>,
}

impl Closeout {
    /// Whether there is nothing to list.
    pub fn is_empty(&self) -> bool {
        self.invoices.is_empty()
            && self.deliverables.is_empty()
            && self.handover.is_empty()
            && self.data.is_none()
            && self.refund.is_none()
            && self.continuing.is_empty()
    }

    /// How many items the documents list: each invoice, deliverable, thing handed
    /// over and obligation that continues, the data and the refund.
    pub fn count(&self) -> usize {
        self.invoices.len()
            + self.deliverables.len()
            + self.handover.len()
            + usize::from(self.data.is_some())
            + usize::from(self.refund.is_some())
            + self.continuing.len()
    }

    /// The first `count` items in the order the documents list them, as a close-out
    /// of its own: what a shorter letter would list.
    pub fn first(&self, count: usize) -> Closeout {
        let mut left = count;
        let mut take = |n: usize| {
            let taken = n.min(left);
            left -= taken;
            taken
        };
        let invoices = take(self.invoices.len());
        let deliverables = take(self.deliverables.len());
        let handover = take(self.handover.len());
        let data = take(usize::from(self.data.is_some())) > 0;
        let refund = take(usize::from(self.refund.is_some())) > 0;
        let continuing = take(self.continuing.len());
        Closeout {
            invoices: self.invoices[..invoices].to_vec(),
            deliverables: self.deliverables[..deliverables].to_vec(),
            handover: self.handover[..handover].to_vec(),
            data: self.data.filter(|_| data),
            refund: self.refund.clone().filter(|_| refund),
            continuing: self.continuing[..continuing].to_vec(),
        }
    }

    /// The field path of the item at `index` in the documents' order
    /// (`closeout.handover.3`), or of the section when there is no such item.
    pub fn path_of(&self, index: usize) -> String {
        let lists = [
            ("invoices", self.invoices.len(), true),
            ("deliverables", self.deliverables.len(), true),
            ("handover", self.handover.len(), true),
            ("data", usize::from(self.data.is_some()), false),
            ("refund", usize::from(self.refund.is_some()), false),
            ("continuing", self.continuing.len(), true),
        ];
        let mut index = index;
        for (name, len, list) in lists {
            if index < len {
                return if list {
                    format!("closeout.{name}.{index}")
                } else {
                    format!("closeout.{name}")
                };
            }
            index -= len;
        }
        "closeout".to_owned()
    }
}

/// An invoice still to be paid.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Invoice {
    /// The invoice number, as printed on the invoice.
    pub number: String,
    /// The amount due, e.g. 1200.00.
    pub amount: Amount,
    /// The ISO 4217 currency code, e.g. EUR.
    pub currency: CurrencyCode,
    /// When payment is due, written YYYY-MM-DD.
    pub due: Option<CaseDate>,
}

/// Where an invoice stands on the date a document carries. Decided once, here, so
/// that the documents (in every language and format) and the advice agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum InvoiceStatus {
    /// The due date is before the document's date: the invoice is late.
    Overdue,
    /// The due date is the document's date.
    DueToday,
    /// The due date is still to come.
    Due,
}

impl Invoice {
    /// Where the invoice stands on `date`; `None` when it gives no due date.
    pub fn status(&self, date: jiff::civil::Date) -> Option<InvoiceStatus> {
        self.due.map(|due| match due.0.cmp(&date) {
            std::cmp::Ordering::Less => InvoiceStatus::Overdue,
            std::cmp::Ordering::Equal => InvoiceStatus::DueToday,
            std::cmp::Ordering::Greater => InvoiceStatus::Due,
        })
    }
}

/// Work the client will still receive.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Deliverable {
    /// What is delivered: a code adieu writes natively (`adieu items`), or a noun
    /// phrase of your own that stands on its own (never declined).
    pub item: Item<Delivered>,
    /// When it arrives, written YYYY-MM-DD.
    pub by: Option<CaseDate>,
}

/// An exact amount in a currency.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Money {
    /// The amount, e.g. 300.00.
    pub amount: Amount,
    /// The ISO 4217 currency code, e.g. EUR.
    pub currency: CurrencyCode,
}
