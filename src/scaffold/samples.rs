//! Where a scaffold's examples and omissions come from: the shipped example cases
//! of the language, and what the config file already gives.

use crate::case::{self, Case, Reason};
use crate::config::Config;
use crate::l10n::Language;

/// What the config file gives, for leaving it out of the scaffold.
pub(super) struct Given<'a> {
    config: Option<&'a Config>,
}

impl<'a> Given<'a> {
    pub(super) fn new(config: Option<&'a Config>) -> Given<'a> {
        Given { config }
    }

    pub(super) fn sender(&self) -> Option<&'a case::Sender> {
        self.config.and_then(|c| c.profile.sender.as_ref())
    }

    pub(super) fn notice(&self) -> Option<&'a case::Notice> {
        self.config.and_then(|c| c.profile.notice.as_ref())
    }

    pub(super) fn sender_address(&self) -> Option<&'a [String]> {
        self.sender()
            .map(|s| s.address.as_slice())
            .filter(|a| !a.is_empty())
    }

    /// A text value the config file gives at `path`.
    pub(super) fn text(&self, path: &str) -> Option<&'a str> {
        let profile = &self.config?.profile;
        let sender = self.sender();
        match path {
            "language" => profile.language.as_deref(),
            "sender.name" => sender?.name.as_deref(),
            "sender.role" => sender?.role.as_deref(),
            "sender.company" => sender?.company.as_deref(),
            "sender.email" => sender?.email.as_deref(),
            "sender.phone" => sender?.phone.as_deref(),
            "sender.place" => sender?.place.as_deref(),
            _ => None,
        }
    }

    /// The config file's value at `path`, as shown in a comment.
    pub(super) fn display(&self, path: &str) -> Option<String> {
        if let Some(text) = self.text(path) {
            return Some(text.to_owned());
        }
        let profile = &self.config?.profile;
        match path {
            "tone" => profile.tone.map(|t| t.code().to_owned()),
            "notice" => self.notice()?.days.map(|d| format!("{d} days")),
            "sender.address" => self.sender_address().map(|a| a.join(" / ")),
            "letterhead" => profile
                .letterhead
                .as_ref()
                .map(|_| "a letterhead".to_owned()),
            _ => None,
        }
    }

    pub(super) fn has(&self, path: &str) -> bool {
        self.display(path).is_some()
    }

    /// The fields the config file gives, in file order.
    pub(super) fn fields(&self) -> Vec<&'static str> {
        crate::config::Origins::fields()
            .filter(|f| self.has(f))
            .collect()
    }
}

/// The shipped example cases to take examples from: the requested language's own,
/// the requested reason first, then those of its base language.
pub(super) fn samples(language: &Language, reason: Option<Reason>) -> Vec<Case> {
    let mut ranked: Vec<(usize, Case)> = crate::assets::EXAMPLES
        .iter()
        .filter_map(|(name, text)| {
            let stem = name.strip_suffix(".yaml")?;
            let (tag, code) = stem.rsplit_once('-')?;
            let same_reason = reason.is_some_and(|r| r.code() == code);
            let rank = match (tag == language.tag, tag == language.base) {
                (true, _) => 0,
                (false, true) => 2,
                _ => return None,
            } + usize::from(!same_reason);
            let case = case::parse(text).ok()?;
            Some((rank, case))
        })
        .collect();
    ranked.sort_by_key(|(rank, _)| *rank);
    ranked.into_iter().map(|(_, case)| case).collect()
}

/// A list of close-out items as the case file writes them, one after another.
fn written<C: case::Catalogue>(items: &[case::Item<C>]) -> Option<String> {
    (!items.is_empty()).then(|| {
        items
            .iter()
            .map(|i| i.as_written().into_owned())
            .collect::<Vec<_>>()
            .join(" / ")
    })
}

/// The value an example case gives at `path`, as shown in a comment.
pub(super) fn sample_of(case: &Case, path: &str) -> Option<String> {
    let some = |text: &Option<String>| text.clone();
    let list = |items: &[String]| (!items.is_empty()).then(|| items.join(" / "));

    let sender = &case.sender;
    let client = &case.client;
    let contract = case.contract.as_ref();
    let referral = case.referral.as_ref();
    let closeout = &case.closeout;
    match path {
        "sender.name" => some(&sender.name),
        "sender.role" => some(&sender.role),
        "sender.company" => some(&sender.company),
        "sender.email" => some(&sender.email),
        "sender.phone" => some(&sender.phone),
        "sender.address" => list(&sender.address),
        "sender.place" => some(&sender.place),
        "client.company" => some(&client.company),
        "client.contact.name" => Some(client.contact.name.clone()),
        "client.contact.surname" => some(&client.contact.surname),
        "client.contact.phone" => some(&client.contact.phone),
        "client.email" => Some(client.email.clone()),
        "client.phone" => some(&client.phone),
        "client.address" => list(&client.address),
        "contract.title" => contract.and_then(|c| c.title.clone()),
        "contract.reference" => contract.and_then(|c| c.reference.clone()),
        "notice.milestone" => some(&case.notice.milestone),
        "referral.name" => referral.and_then(|r| r.name.clone()),
        "referral.company" => referral.and_then(|r| r.company.clone()),
        "referral.contact" => referral.and_then(|r| r.contact.clone()),
        "referral.kind" => referral.and_then(|r| r.kind.clone()),
        "closeout.deliverables.0.item" => closeout
            .deliverables
            .first()
            .map(|d| d.item.as_written().into_owned()),
        "closeout.handover" => written(&closeout.handover),
        "closeout.continuing" => written(&closeout.continuing),
        _ => None,
    }
}
