//! The case file: what the user writes once to describe the ending of one client
//! relationship.
//!
//! The types here mirror the YAML format field for field (`deny_unknown_fields`
//! everywhere, enums for every closed set) so that a typo is an error, not a
//! silently ignored key. Values that need more than their type to be right — the
//! notice rules, plausible email addresses, known currencies — are checked by
//! [`validate`] after parsing, which reports every problem at once.

mod advice;
mod load;
mod locate;
mod parse;
mod scalar;
mod schema;
mod tree;
mod validate;

pub use advice::advise;
pub use load::{Loaded, MAX_DIAGNOSTICS, Overrides, load, locate};
pub use locate::SourceMap;
pub use parse::{MAX_INPUT_BYTES, parse};
pub use scalar::{Amount, CaseDate, CurrencyCode, parse_days};
pub use validate::{text_fields, validate};

use serde::Deserialize;

/// One case file, as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// The language of the outputs: `en`, `es`, `fr`, `ro`, `sk` or a regional tag of one.
    pub language: Option<String>,
    /// The date the documents carry; today when absent.
    pub date: Option<CaseDate>,
    /// How warm the openings, thanks and closings are.
    #[serde(default)]
    pub tone: Tone,
    /// Why the relationship ends: exactly one reason, rendered as one neutral sentence.
    pub reason: Reason,
    /// Who ends the relationship.
    pub sender: Sender,
    /// Who receives the notice.
    pub client: Client,
    /// The contract being ended, when there is one.
    pub contract: Option<Contract>,
    /// How much notice is given.
    pub notice: Notice,
    /// Who can serve the client better; never rendered for conduct or ethics.
    pub referral: Option<Referral>,
    /// What remains to settle: invoices, deliverables, handover, data, refund.
    #[serde(default)]
    pub closeout: Closeout,
}

/// How warm the wording is; it never changes the facts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tone {
    /// A long relationship on good terms.
    Warm,
    /// The default.
    #[default]
    Neutral,
    /// Payment, conduct or ethics cases.
    Firm,
}

/// The one reason given for ending the relationship.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// The sender cannot give the account the attention it needs.
    Capacity,
    /// The sender's services no longer match the client's needs.
    Fit,
    /// The sender's business is moving in another direction.
    Direction,
    /// The client's needs have grown past what the sender offers.
    Outgrown,
    /// Repeated late or disputed payments make the arrangement unworkable.
    Payment,
    /// Abusive or disrespectful treatment of the sender's staff.
    Conduct,
    /// The client's practices expose the sender to legal or reputational risk.
    Ethics,
}

impl Reason {
    /// Every reason, in the order the documentation lists them.
    pub const ALL: [Reason; 7] = [
        Reason::Capacity,
        Reason::Fit,
        Reason::Direction,
        Reason::Outgrown,
        Reason::Payment,
        Reason::Conduct,
        Reason::Ethics,
    ];

    /// The code written in case files and used in message ids.
    pub fn code(self) -> &'static str {
        match self {
            Reason::Capacity => "capacity",
            Reason::Fit => "fit",
            Reason::Direction => "direction",
            Reason::Outgrown => "outgrown",
            Reason::Payment => "payment",
            Reason::Conduct => "conduct",
            Reason::Ethics => "ethics",
        }
    }

    /// Conduct and ethics cases may end at once and never carry a referral.
    pub fn is_breach(self) -> bool {
        matches!(self, Reason::Conduct | Reason::Ethics)
    }
}

impl Tone {
    /// The code written in case files and passed to messages as `$tone`.
    pub fn code(self) -> &'static str {
        match self {
            Tone::Warm => "warm",
            Tone::Neutral => "neutral",
            Tone::Firm => "firm",
        }
    }
}

/// The person (and firm) ending the relationship.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sender {
    /// Full name, as signed.
    pub name: String,
    /// Job title under the signature.
    pub role: Option<String>,
    /// The firm; when present the documents speak as "we", otherwise as "I".
    pub company: Option<String>,
    /// Where the client can reach the sender about the handover.
    pub email: String,
    /// Telephone number, shown in the sender block.
    pub phone: Option<String>,
    /// Postal address lines.
    #[serde(default)]
    pub address: Vec<String>,
    /// The place on the place-and-date line.
    pub place: Option<String>,
}

/// The client receiving the notice.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Client {
    /// The client's company, when the client is a firm.
    pub company: Option<String>,
    /// The person the documents address.
    pub contact: Contact,
    /// The contact's email address.
    pub email: String,
    /// Postal address lines.
    #[serde(default)]
    pub address: Vec<String>,
}

/// The person at the client the documents address.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Full name, in the nominative.
    pub name: String,
    /// Family name used in salutations ("Dear Ms García"); defaults to the last word of `name`.
    pub surname: Option<String>,
    /// Chooses the salutation; `unspecified` gets the language's neutral form.
    #[serde(default)]
    pub gender: Gender,
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

/// Grammatical gender of the client contact, for salutations only.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Gender {
    /// "Dear Ms …"
    Female,
    /// "Dear Mr …"
    Male,
    /// The language's neutral salutation.
    #[default]
    Unspecified,
}

impl Gender {
    /// The code passed to messages as `$gender`.
    pub fn code(self) -> &'static str {
        match self {
            Gender::Female => "female",
            Gender::Male => "male",
            Gender::Unspecified => "unspecified",
        }
    }
}

/// The contract being ended.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contract {
    /// The contract's title, quoted in the subject line.
    pub title: Option<String>,
    /// The contract's reference number.
    pub reference: Option<String>,
    /// When it was signed.
    pub signed: Option<CaseDate>,
    /// The minimum notice the contract requires, in days.
    #[serde(default, deserialize_with = "scalar::days")]
    pub notice_days: Option<u16>,
}

/// How much notice is given: exactly one of `days`, `until` or `immediate`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Notice {
    /// Notice in days from the case date.
    #[serde(default, deserialize_with = "scalar::days")]
    pub days: Option<u16>,
    /// The last day of the collaboration.
    pub until: Option<CaseDate>,
    /// With `until`: the stage whose completion ends the collaboration.
    pub milestone: Option<String>,
    /// End at once; only for conduct or ethics.
    pub immediate: Option<bool>,
}

/// Someone who can serve the client better.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Referral {
    /// A named colleague.
    pub name: Option<String>,
    /// The colleague's firm.
    pub company: Option<String>,
    /// How to reach them.
    pub contact: Option<String>,
    /// Instead of a name: the kind of provider to look for.
    pub kind: Option<String>,
}

/// What remains to settle; every item given appears in every output.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Closeout {
    /// Final and outstanding invoices.
    #[serde(default)]
    pub invoices: Vec<Invoice>,
    /// Work already paid for and when it arrives.
    #[serde(default)]
    pub deliverables: Vec<Deliverable>,
    /// Credentials, accounts, domains and files handed back.
    #[serde(default)]
    pub handover: Vec<String>,
    /// What happens to the client's data.
    pub data: Option<DataHandling>,
    /// Retainer or prepaid balance paid back.
    pub refund: Option<Money>,
    /// Obligations that continue after the end date.
    #[serde(default)]
    pub continuing: Vec<String>,
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
}

/// An invoice still to be paid.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Invoice {
    /// The invoice number.
    pub number: String,
    /// The amount due.
    pub amount: Amount,
    /// ISO 4217 currency code.
    pub currency: CurrencyCode,
    /// When payment is due.
    pub due: Option<CaseDate>,
}

/// Work the client will still receive.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deliverable {
    /// What is delivered, in the nominative.
    pub item: String,
    /// When it arrives.
    pub by: Option<CaseDate>,
}

/// What happens to the client's files and data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DataHandling {
    /// Returned to the client.
    Return,
    /// Securely deleted.
    Delete,
    /// Kept only as long as the law requires.
    KeepAsRequired,
}

impl DataHandling {
    /// The code passed to messages as `$data`.
    pub fn code(self) -> &'static str {
        match self {
            DataHandling::Return => "return",
            DataHandling::Delete => "delete",
            DataHandling::KeepAsRequired => "keep-as-required",
        }
    }
}

/// An exact amount in a currency.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Money {
    /// The amount.
    pub amount: Amount,
    /// ISO 4217 currency code.
    pub currency: CurrencyCode,
}
