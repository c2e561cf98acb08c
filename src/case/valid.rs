//! A case the rules accepted, as a type: only the validator builds one, so the view
//! model and the renderers take it and never check again. It carries what the rules
//! established on the way — the date the documents carry, the last day, the sender's
//! name and address — so that nothing downstream has an `Option` to refuse.

use std::ops::Deref;

use jiff::civil::Date;

use super::{Case, Closeout, validate};
use crate::diagnostic::Diagnostic;
use crate::notice::Termination;

/// A valid case and the facts its validation established.
#[derive(Debug, Clone)]
pub struct Valid {
    case: Case,
    date: Date,
    termination: Termination,
    sender_name: String,
    sender_email: String,
}

impl Valid {
    /// Runs every rule on a case: the valid case, or every problem found (advice
    /// included). For a case built in code; a case file goes through
    /// [`super::load_with`], which reports with locations.
    pub fn check(case: Case, today: Date) -> Result<Valid, Vec<Diagnostic>> {
        let problems = validate(&case, today);
        if problems.iter().any(Diagnostic::is_error) {
            return Err(problems);
        }
        Valid::accepted(case, today).ok_or(problems)
    }

    /// A case `validate` found no error in. The rules require a sender with a name
    /// and an email and a notice that gives one last day within the calendar, so
    /// `None` cannot happen for such a case; it is kept rather than a panic.
    pub(super) fn accepted(case: Case, today: Date) -> Option<Valid> {
        let date = case.date.map_or(today, |d| d.0);
        let termination = Termination::from_notice(&case.notice, date)?;
        let sender_name = case.sender.name.clone()?;
        let sender_email = case.sender.email.clone()?;
        Some(Valid {
            case,
            date,
            termination,
            sender_name,
            sender_email,
        })
    }

    /// The date the documents carry: the case's, else the day it was checked.
    pub fn day(&self) -> Date {
        self.date
    }

    /// How the collaboration ends, and its last day.
    pub fn termination(&self) -> &Termination {
        &self.termination
    }

    /// The sender's name.
    pub fn sender_name(&self) -> &str {
        &self.sender_name
    }

    /// The sender's email address.
    pub fn sender_email(&self) -> &str {
        &self.sender_email
    }

    /// The same case with a shorter close-out, to measure how much of it fits on a
    /// page: fewer items break no rule, so it stays valid.
    pub fn with_closeout(&self, closeout: Closeout) -> Valid {
        let mut shorter = self.clone();
        shorter.case.closeout = closeout;
        shorter
    }
}

impl Deref for Valid {
    type Target = Case;

    fn deref(&self) -> &Case {
        &self.case
    }
}
