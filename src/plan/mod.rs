//! The plan of a document: everything a template needs, computed once from a valid
//! case — the end date, formatted dates and amounts, the voice and salutation
//! variables — so that templates only lay it out.

use std::sync::Arc;

use jiff::civil::Date;
use serde::Serialize;

use fluent_bundle::FluentArgs;

use crate::case::{Case, Reason, Valid};
use crate::error::Result;
use crate::l10n::{AddressOrder, Dateline, Localizer, Voice};
use crate::notice::Ending;

mod closeout;

pub use closeout::{CloseoutPlan, DeliverablePlan, Grouped, InvoicePlan, ItemPlan, Sentence};

/// Everything a template lays out. Serialised into the Tera context.
#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    /// The language tag, for `lang` attributes.
    pub lang: String,
    /// Variables every message may use (`$tone`, `$voice`, `$gender`, …).
    pub fluent: Ambient,
    /// The reason code; templates build the message id `reason-<code>` from it.
    pub reason: &'static str,
    /// The subject line's message and its variables.
    pub subject: SubjectPlan,
    /// The letter conventions of the language.
    pub layout: LayoutPlan,
    /// The opening sentence's message id: `decision`, `decision-contract` (a titled
    /// agreement) or `decision-agreement` (one known by its date or reference only).
    pub decision: &'static str,
    /// Whether the reason lies with the sender's business or the fit rather than with
    /// the client ([`Reason::lies_with_client`]): only then do the letter and email
    /// thank the client (round 7: thanks right after a demand for payment read as
    /// sarcasm) and the call prepare for "what if we pay more?", which more money
    /// could seem to answer.
    pub own_reason: bool,
    /// Who writes.
    pub sender: SenderPlan,
    /// Who receives.
    pub client: ClientPlan,
    /// The date the document carries.
    pub date: DatePlan,
    /// The contract being ended, when given.
    pub contract: Option<ContractPlan>,
    /// The notice and the last day.
    pub notice: NoticePlan,
    /// The referral, when one is given and the reason allows it.
    pub referral: Option<ReferralPlan>,
    /// The close-out items.
    pub closeout: CloseoutPlan,
    /// Phrases a line must not break inside, for plain-text wrapping: the long dates
    /// and the phone numbers (a number split over two lines is misdialled).
    pub unbreakable: Vec<String>,
    /// The sender's letterhead, when the case or the config file gives one: what
    /// every printed format (PDF, HTML, a word processor's) sets around the letter.
    pub letterhead: Option<LetterheadPlan>,
}

/// The letterhead: a logo, an accent colour, footer lines.
#[derive(Debug, Clone, Serialize)]
pub struct LetterheadPlan {
    /// The logo, set at the top right above the address window.
    pub logo: Option<LogoPlan>,
    /// The accent colour of the subject line and the rules, `#RRGGBB`.
    pub accent: Option<String>,
    /// The lines at the foot of every page: registration, VAT id, bank.
    pub footer: Vec<String>,
}

/// A logo to embed.
#[derive(Debug, Clone, Serialize)]
pub struct LogoPlan {
    /// The image file's bytes, as read: a writer embeds them as they are. Templates
    /// see `file` (the PDF's) or the renderer's `logo_uri` (HTML's) instead.
    #[serde(skip)]
    pub bytes: Arc<[u8]>,
    /// `image/png` or `image/svg+xml`.
    pub mime: &'static str,
    /// The name a Typst template loads it by: `/logo.png` or `/logo.svg`.
    pub file: String,
}

/// A language's letter conventions, from its `locale.yaml`.
#[derive(Debug, Clone, Serialize)]
pub struct LayoutPlan {
    /// The person above the company in the recipient block (British and American
    /// practice), rather than the company first.
    pub person_first: bool,
    /// The sender's town on the date line ("Lyon, 2 décembre 2026").
    pub place_in_dateline: bool,
    /// The conventions followed, with their region (`en-GB`, `es-MX`): the language
    /// a Word file's spell-checker uses, and its paper size.
    pub conventions: String,
}

/// The subject line: which message, with which contract details.
#[derive(Debug, Clone, Serialize)]
pub struct SubjectPlan {
    /// `subject`, `subject-contract`, `subject-contract-reference` or `subject-reference`.
    pub id: &'static str,
    /// The contract's title.
    pub contract: Option<String>,
    /// The contract's reference.
    pub reference: Option<String>,
    /// When the contract was signed, written out.
    pub signed: Option<String>,
    /// `yes` when the signing date is known, else `no`: the opening sentence can
    /// then cite "the agreement between us dated …".
    pub dated: &'static str,
    /// `yes` when the reference is known, else `no`.
    pub referenced: &'static str,
}

/// Variables passed to every message: the facts that choose grammatical forms.
#[derive(Debug, Clone, Serialize)]
pub struct Ambient {
    /// `warm`, `neutral` or `firm`.
    pub tone: &'static str,
    /// `we` when the sender writes for a company, otherwise `i`.
    pub voice: &'static str,
    /// The client contact's gender: `female`, `male` or `unspecified`.
    pub gender: &'static str,
    /// The client contact's full name.
    pub name: String,
    /// The client contact's family name.
    pub surname: String,
    /// The sender's name.
    pub sender: String,
    /// The sender's company, or the sender's name when there is none.
    pub firm: String,
    /// The sender's company as said on the phone: without its legal form
    /// ("Whitfield Design", not "Whitfield Design LLC"), or the sender's name.
    pub spoken: String,
    /// The sender's email address.
    pub email: String,
    /// `some` when the case lists anything to settle (invoices, deliverables,
    /// handover, data, refund, what stays in force), else `none`: no sentence may
    /// speak of a handover or of items that do not exist.
    pub closeout: &'static str,
    /// `none` when the end is immediate and nothing is left to settle: there is no
    /// transition to speak of (no notice period, no handover), else `some`.
    pub transition: &'static str,
    /// The reason's code, so that an answer can fit it (no "it is not about the
    /// money" when the reason is payment).
    pub reason: &'static str,
    /// `yes` when the contract's title itself says "agreement" or "contract" in the
    /// document's language (`locale.yaml`: `contract_nouns`), else `no`: the
    /// subject and the opening sentence then cite it without adding the noun again
    /// ("Ending our agreement: … agreement"). Ambient, because only the languages
    /// whose citation repeats the noun select on it.
    pub titled: &'static str,
}

/// A date both machine-readable and written out.
#[derive(Debug, Clone, Serialize)]
pub struct DatePlan {
    /// `YYYY-MM-DD`.
    pub iso: String,
    /// The long form in the document's language.
    pub long: String,
    /// Day and month, as the call script says it aloud.
    pub spoken: String,
}

/// The sender block and signature.
#[derive(Debug, Clone, Serialize)]
pub struct SenderPlan {
    /// Full name.
    pub name: String,
    /// Job title.
    pub role: Option<String>,
    /// Company.
    pub company: Option<String>,
    /// Email address.
    pub email: String,
    /// Telephone.
    pub phone: Option<String>,
    /// Postal address lines.
    pub address: Vec<String>,
    /// The place on the place-and-date line.
    pub place: Option<String>,
}

/// The recipient block.
#[derive(Debug, Clone, Serialize)]
pub struct ClientPlan {
    /// Company.
    pub company: Option<String>,
    /// The company, or the contact's name when there is none: how to name the client.
    pub display: String,
    /// Contact's full name.
    pub name: String,
    /// Contact's email address.
    pub email: String,
    /// The number to call: the contact's direct line, else the client's.
    pub phone: Option<String>,
    /// Postal address lines.
    pub address: Vec<String>,
}

/// The contract being ended.
#[derive(Debug, Clone, Serialize)]
pub struct ContractPlan {
    /// Title.
    pub title: Option<String>,
    /// Reference number.
    pub reference: Option<String>,
    /// When it was signed.
    pub signed: Option<DatePlan>,
    /// The minimum notice it requires, in days.
    pub notice_days: Option<u16>,
}

/// The notice and the last day.
#[derive(Debug, Clone, Serialize)]
pub struct NoticePlan {
    /// `days`, `until`, `milestone` or `immediate`.
    pub kind: &'static str,
    /// The notice in days, for `days`.
    pub days: Option<u16>,
    /// The stage whose completion ends the collaboration, for `milestone`.
    pub milestone: Option<String>,
    /// The last day.
    pub end: DatePlan,
}

/// Who can serve the client better.
#[derive(Debug, Clone, Serialize)]
pub struct ReferralPlan {
    /// A named colleague with company and contact, e.g. "Marie Leroy, Atelier Leroy (marie@leroy.example)".
    pub person: Option<String>,
    /// Instead of a person: the kind of provider to look for.
    pub provider: Option<String>,
    /// The colleague's name, said on the phone with their firm but without the
    /// contact details, which nobody reads aloud.
    pub name: Option<String>,
    /// The colleague's firm, as said aloud: without its legal form.
    pub company: Option<String>,
    /// `both` when the name and the firm are known, else `name`: how the call
    /// script's spoken referral joins them.
    pub who: &'static str,
}

impl Plan {
    /// Computes the plan of a valid case. Only the validator builds a [`Valid`], so
    /// nothing is checked again here: no control or invisible character, which
    /// could reach an email header, can be in its text.
    pub fn new(case: &Valid, localizer: &Localizer) -> Result<Plan> {
        let date = case.day();
        let dated = |d: Date| DatePlan {
            iso: d.to_string(),
            long: localizer.long_date(d),
            spoken: localizer.spoken_date(d),
        };
        let termination = case.termination();
        let title = case.contract.as_ref().and_then(|c| c.title.as_ref());
        let reference = case.contract.as_ref().and_then(|c| c.reference.as_ref());
        let signed = case.contract.as_ref().and_then(|c| c.signed).map(|d| d.0);
        let sender = &case.sender;
        let (sender_name, sender_email) = (case.sender_name(), case.sender_email());
        let contact = &case.client.contact;
        let nothing_to_settle = case.closeout.is_empty();
        let closeout = CloseoutPlan::new(case, localizer, date, &dated)?;
        let mut plan = Plan {
            lang: localizer.language().tag.clone(),
            fluent: Ambient {
                tone: case.tone().code(),
                voice: if sender.company.is_some() {
                    Voice::We
                } else {
                    Voice::I
                }
                .code(),
                gender: contact.gender.code(),
                name: contact.name.clone(),
                surname: contact.surname().to_owned(),
                sender: sender_name.to_owned(),
                firm: sender
                    .company
                    .clone()
                    .unwrap_or_else(|| sender_name.to_owned()),
                spoken: sender.company.as_deref().map_or_else(
                    || sender_name.to_owned(),
                    |company| crate::spoken::without_legal_form(company).to_owned(),
                ),
                email: sender_email.to_owned(),
                closeout: if nothing_to_settle { "none" } else { "some" },
                transition: if nothing_to_settle && termination.ending == Ending::Immediate {
                    "none"
                } else {
                    "some"
                },
                reason: case.reason.code(),
                titled: if title.is_some_and(|t| localizer.names_contract(t)) {
                    "yes"
                } else {
                    "no"
                },
            },
            reason: case.reason.code(),
            subject: SubjectPlan {
                id: match (title, reference) {
                    (Some(_), Some(_)) => "subject-contract-reference",
                    (Some(_), None) => "subject-contract",
                    (None, Some(_)) => "subject-reference",
                    (None, None) => "subject",
                },
                contract: title.map(|t| localizer.glue(t)),
                reference: reference.cloned(),
                signed: signed.map(|d| localizer.long_date(d)),
                dated: if signed.is_some() { "yes" } else { "no" },
                referenced: if reference.is_some() { "yes" } else { "no" },
            },
            layout: LayoutPlan {
                person_first: localizer.address_order() == AddressOrder::PersonFirst,
                place_in_dateline: localizer.dateline() == Dateline::PlaceAndDate,
                conventions: localizer.conventions(),
            },
            // An agreement is cited whenever the case can name it: by its title, or
            // else by its date or reference, never left out of the opening sentence.
            decision: match (title, reference, signed) {
                (Some(_), _, _) => "decision-contract",
                (None, None, None) => "decision",
                (None, _, _) => "decision-agreement",
            },
            own_reason: !case.reason.lies_with_client(),
            sender: SenderPlan {
                name: sender_name.to_owned(),
                role: sender.role.clone(),
                company: sender.company.clone(),
                email: sender_email.to_owned(),
                phone: sender.phone.clone(),
                address: sender.address.clone(),
                place: sender.place.clone(),
            },
            client: ClientPlan {
                company: case.client.company.clone(),
                display: case
                    .client
                    .company
                    .clone()
                    .unwrap_or_else(|| contact.name.clone()),
                name: contact.name.clone(),
                email: case.client.email.clone(),
                phone: (case.client.contact.phone.as_ref())
                    .or(case.client.phone.as_ref())
                    .cloned(),
                address: case.client.address.clone(),
            },
            date: dated(date),
            contract: case.contract.as_ref().map(|c| ContractPlan {
                title: c.title.as_deref().map(|t| localizer.glue(t)),
                reference: c.reference.clone(),
                signed: c.signed.map(|d| dated(d.0)),
                notice_days: c.notice_days,
            }),
            notice: NoticePlan {
                kind: match termination.ending {
                    Ending::Days(_) => "days",
                    Ending::Until => "until",
                    Ending::Milestone(_) => "milestone",
                    Ending::Immediate => "immediate",
                },
                days: match termination.ending {
                    Ending::Days(days) => Some(days),
                    _ => None,
                },
                milestone: match &termination.ending {
                    Ending::Milestone(milestone) => Some(localizer.glue(milestone)),
                    _ => None,
                },
                end: dated(termination.end),
            },
            referral: referral(case, localizer)?,
            closeout,
            unbreakable: Vec::new(),
            letterhead: case.letterhead.as_ref().map(|letterhead| LetterheadPlan {
                logo: letterhead.image.as_ref().map(|logo| LogoPlan {
                    bytes: Arc::clone(&logo.bytes),
                    mime: logo.kind.mime(),
                    file: format!("/logo.{}", logo.kind.extension()),
                }),
                // Validated when read; a colour set in code is checked again, as it
                // reaches markup unescaped.
                accent: letterhead
                    .accent
                    .as_ref()
                    .filter(|c| crate::case::letterhead::is_colour(c))
                    .map(|c| c.to_ascii_uppercase()),
                footer: letterhead.footer.clone(),
            }),
        };
        plan.unbreakable = plan.long_dates();
        plan.unbreakable.extend(
            [&plan.client.phone, &plan.sender.phone]
                .into_iter()
                .flatten()
                .cloned(),
        );
        plan.unbreakable
            .sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        plan.unbreakable.dedup();
        Ok(plan)
    }

    /// Every date the plan carries, long and spoken, longest first so that no date
    /// is glued partly inside another.
    fn long_dates(&self) -> Vec<String> {
        let mut dates: Vec<String> = [Some(&self.date), Some(&self.notice.end)]
            .into_iter()
            .flatten()
            .chain(self.contract.iter().filter_map(|c| c.signed.as_ref()))
            .chain(self.closeout.invoices.iter().filter_map(|i| i.due.as_ref()))
            .chain(
                self.closeout
                    .deliverables
                    .iter()
                    .filter_map(|d| d.by.as_ref()),
            )
            // Both forms: the call script says the day and month alone.
            .flat_map(|d| [d.long.clone(), d.spoken.clone()])
            .collect();
        dates.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        dates.dedup();
        dates
    }
}

/// The referral as rendered: never for conduct or ethics.
fn referral(case: &Case, localizer: &Localizer) -> Result<Option<ReferralPlan>> {
    if matches!(case.reason, Reason::Conduct | Reason::Ethics) {
        return Ok(None);
    }
    let Some(referral) = case.referral.as_ref() else {
        return Ok(None);
    };
    // The colleague as the language joins a name, a firm and a way to reach them
    // ("Priya Shah of Shah Studio (…)", „Martina Novotná zo spoločnosti …“).
    let person = match &referral.name {
        Some(name) => {
            let mut args = FluentArgs::new();
            args.set("name", name.as_str());
            args.set("company", referral.company.as_deref().unwrap_or(""));
            args.set("contact", referral.contact.as_deref().unwrap_or(""));
            args.set(
                "who",
                if referral.company.is_some() {
                    "both"
                } else {
                    "name"
                },
            );
            args.set(
                "reach",
                if referral.contact.is_some() {
                    "some"
                } else {
                    "none"
                },
            );
            Some(localizer.message("referral-colleague", &args)?)
        }
        None => None,
    };
    Ok(Some(ReferralPlan {
        provider: if person.is_none() {
            referral.kind.as_deref().map(|kind| localizer.glue(kind))
        } else {
            None
        },
        person,
        name: referral.name.clone(),
        company: referral
            .company
            .as_deref()
            .map(|c| crate::spoken::without_legal_form(c).to_owned()),
        who: if referral.company.is_some() {
            "both"
        } else {
            "name"
        },
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::{Catalog, Language};

    #[test]
    fn a_line_break_can_never_reach_a_document() {
        let yaml = "language: en\nreason: fit\nsender: {name: A, email: a@b.example}\nclient: {contact: {name: B}, email: b@c.example}\ncontract: {title: T}\nnotice: {days: 30}\n";
        let mut case = crate::case::parse(yaml).unwrap();
        let catalog = Catalog::embedded();
        let localizer =
            Localizer::new(Language::resolve("en", &catalog).unwrap(), &catalog).unwrap();
        let today = jiff::civil::date(2026, 11, 23);
        let valid = Valid::check(case.clone(), today).unwrap();
        assert!(Plan::new(&valid, &localizer).is_ok());
        // Built in code: it cannot become a valid case, so it can have no plan.
        case.contract.as_mut().unwrap().title = Some("T\r\nBcc: attacker@evil.example".into());
        let problems = Valid::check(case, today).unwrap_err();
        assert!(
            problems
                .iter()
                .any(|p| p.is_error() && p.path.as_deref() == Some("contract.title")),
            "{problems:?}"
        );
    }
}
