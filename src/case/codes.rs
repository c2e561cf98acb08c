//! The closed sets of codes a case file is written with: the reason, the tone, the
//! contact's gender and what happens to the data. Each is an enum: serde reads its
//! code, schemars lists it (with the variant's doc comment) in the schema, and strum
//! gives the code back (`code()`), so no code is written out twice.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How warm the wording is; it never changes the facts.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Deserialize,
    Serialize,
    JsonSchema,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Tone {
    /// A long relationship on good terms.
    Warm,
    /// Courteous and plain; the default.
    #[default]
    Neutral,
    /// Formal and brief: for payment, conduct or ethics.
    Firm,
}

/// The one reason given for ending the relationship.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Deserialize,
    Serialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
    strum::EnumCount,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Reason {
    /// You cannot give the account the attention it needs: too many clients, or your
    /// focus is elsewhere.
    Capacity,
    /// Your services no longer match what the client needs: repeated rework, a scope
    /// that keeps changing.
    Fit,
    /// Your business is moving in another direction: a new strategy or specialisation.
    Direction,
    /// The client's needs have grown past you: they need a larger team or a specialist.
    Outgrown,
    /// Repeated late or disputed payments make the arrangement unworkable.
    Payment,
    /// Abusive or disrespectful treatment of you or your staff.
    Conduct,
    /// The client's practices expose you to legal or reputational risk.
    Ethics,
}

impl Reason {
    /// Every reason, in the order the documentation lists them: the order of the
    /// enum (strum's `VARIANTS`), as an array so that callers can `map` it.
    pub const ALL: [Reason; <Reason as strum::EnumCount>::COUNT] = {
        let variants = <Reason as strum::VariantArray>::VARIANTS;
        let mut all = [Reason::Capacity; <Reason as strum::EnumCount>::COUNT];
        let mut i = 0;
        while i < all.len() {
            all[i] = variants[i];
            i += 1;
        }
        all
    };

    /// The code written in case files and used in message ids (serde's name too).
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// Conduct and ethics cases may end at once and never carry a referral.
    pub fn is_breach(self) -> bool {
        matches!(self, Reason::Conduct | Reason::Ethics)
    }

    /// Whether the reason is something the client did: a breach, or unpaid invoices.
    pub fn lies_with_client(self) -> bool {
        self.is_breach() || self == Reason::Payment
    }
}

impl Tone {
    /// The code written in case files and passed to messages as `$tone`.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// Grammatical gender of the client contact, for salutations only.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Deserialize,
    Serialize,
    JsonSchema,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Gender {
    /// Salutations such as "Dear Ms García".
    Female,
    /// Salutations such as "Dear Mr García".
    Male,
    /// The language's neutral salutation, such as "Dear Ana García".
    #[default]
    Unspecified,
}

impl Gender {
    /// The code passed to messages as `$gender`.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// What happens to the client's files and data.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema, strum::IntoStaticStr,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum DataHandling {
    /// Returned to the client in full.
    Return,
    /// Securely deleted once the handover is complete.
    Delete,
    /// Kept only as long as the law requires.
    KeepAsRequired,
}

impl DataHandling {
    /// The code passed to messages as `$data`.
    pub fn code(self) -> &'static str {
        self.into()
    }
}
