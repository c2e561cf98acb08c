//! The calendar of a case (RFC 5545): the dates the sender must keep, as all-day
//! events — the day to send the written confirmation (the case's date), each
//! invoice's due date, each deliverable's date and the last day. No alarm: a VALARM
//! would need the time of day the sender wants to be reminded at, and the calendar
//! program's own reminder for all-day events is the one they have chosen.
//!
//! The calendar is the sender's, not the client's: it is written in the language of
//! the plan it is given, which `--ui-lang` can make the sender's own. The icalendar
//! crate escapes the text and folds the lines; adieu gives every event a UID and a
//! DTSTAMP derived from the case, so the same case gives the same bytes.

use chrono::NaiveDate;
use fluent_bundle::{FluentArgs, FluentValue};
use icalendar::{Calendar, Component, Event, EventLike, Property, ValueType};

use crate::error::{Error, Result};
use crate::l10n::{Fallback, Localizer};
use crate::plan::{DatePlan, Plan};

/// The identifier of the product that wrote the calendar, without a version: a
/// new release must not change the bytes of an unchanged case's calendar.
const PRODID: &str = "-//adieu//adieu//EN";

/// One all-day event.
struct Entry {
    /// What kind of date it is, also what its UID is made of.
    kind: &'static str,
    date: NaiveDate,
    summary: String,
    /// The lines before the description's common context.
    note: Option<String>,
}

/// Builds the calendar of `plan`, with the fallbacks of the messages it took.
pub fn build(plan: &Plan, localizer: &Localizer) -> Result<(String, Vec<Fallback>)> {
    let mut messages = Messages {
        localizer,
        fallbacks: Vec::new(),
    };
    let client = plan.client.display.as_str();
    let context = messages.get(
        "calendar-context",
        &[
            ("client", client),
            ("date", &plan.date.long),
            ("end", &plan.notice.end.long),
            (
                "ending",
                if plan.notice.end.iso == plan.date.iso {
                    "immediate"
                } else {
                    "later"
                },
            ),
        ],
    )?;
    let mut entries = vec![Entry {
        kind: "confirm",
        date: day(&plan.date)?,
        summary: messages.get("calendar-confirm", &[("client", client)])?,
        note: Some(messages.get("calendar-confirm-note", &[])?),
    }];
    for invoice in &plan.closeout.invoices {
        let Some(due) = &invoice.due else { continue };
        entries.push(Entry {
            kind: "invoice",
            date: day(due)?,
            summary: messages.get(
                "calendar-invoice",
                &[
                    ("client", client),
                    ("number", &invoice.number),
                    ("amount", &invoice.amount),
                ],
            )?,
            note: None,
        });
    }
    for deliverable in &plan.closeout.deliverables {
        let Some(by) = &deliverable.by else { continue };
        entries.push(Entry {
            kind: "deliverable",
            date: day(by)?,
            summary: messages.get(
                "calendar-deliverable",
                &[("client", client), ("item", &deliverable.item.inline)],
            )?,
            note: None,
        });
    }
    entries.push(Entry {
        kind: "last-day",
        date: day(&plan.notice.end)?,
        summary: messages.get("calendar-last-day", &[("client", client)])?,
        note: None,
    });
    // By date; on one day, in the order above (a stable sort keeps it).
    entries.sort_by_key(|entry| entry.date);

    let stamp = day(&plan.date)?
        .and_hms_opt(0, 0, 0)
        .map(|time| time.and_utc())
        .ok_or_else(|| invalid(format!("the date {} has no midnight", plan.date.iso)))?;
    let domain = plan
        .sender
        .email
        .rsplit_once('@')
        .map_or("adieu.invalid", |(_, domain)| domain);
    let mut calendar = Calendar::empty();
    calendar.append_property(("VERSION", "2.0"));
    calendar.append_property(("PRODID", PRODID));
    calendar.append_property(("CALSCALE", "GREGORIAN"));
    calendar.append_property(("METHOD", "PUBLISH"));
    // Not `Calendar::name`: icalendar does not know NAME (RFC 7986) as text and
    // would leave its commas unescaped; with VALUE=TEXT it escapes them.
    let name = messages.get("calendar-name", &[("client", client)])?;
    calendar.append_property(
        Property::new("NAME", &name)
            .append_parameter(ValueType::Text)
            .done(),
    );
    calendar.append_property(("X-WR-CALNAME", name.as_str()));
    for (index, entry) in entries.iter().enumerate() {
        let description = match &entry.note {
            Some(note) => format!("{note}\n{context}"),
            None => context.clone(),
        };
        let mut event = Event::new();
        event
            .uid(&format!("{}@{domain}", uid(plan, entry, index)))
            .timestamp(stamp)
            .summary(&entry.summary)
            .description(&description)
            .starts(entry.date)
            .ends(entry.date.succ_opt().unwrap_or(entry.date))
            // A reminder of a date, not a meeting: it keeps the day free.
            .append_property(("TRANSP", "TRANSPARENT"));
        calendar.push(event.done());
    }
    Ok((calendar.done().to_string(), messages.fallbacks))
}

/// A date of the plan as the calendar's.
fn day(date: &DatePlan) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(&date.iso, "%Y-%m-%d")
        .map_err(|e| invalid(format!("the date {}: {e}", date.iso)))
}

/// A UID that is the same for the same event of the same case, and differs between
/// cases and between events: a digest of who writes to whom, when, and which event.
fn uid(plan: &Plan, entry: &Entry, index: usize) -> String {
    let digest = super::digest(&[
        &plan.sender.email,
        &plan.client.email,
        &plan.client.display,
        &plan.date.iso,
        entry.kind,
        &index.to_string(),
        &entry.summary,
    ]);
    digest[..32].to_owned()
}

fn invalid(message: String) -> Error {
    Error::Render {
        what: "the calendar".into(),
        message,
    }
}

/// The calendar's messages, through the one lookup, with the fallbacks kept.
struct Messages<'a> {
    localizer: &'a Localizer,
    fallbacks: Vec<Fallback>,
}

impl Messages<'_> {
    fn get(&mut self, id: &str, args: &[(&str, &str)]) -> Result<String> {
        let mut fluent = FluentArgs::with_capacity(args.len());
        for (key, value) in args {
            fluent.set(*key, FluentValue::from(*value));
        }
        let (text, fallback) = self.localizer.lookup(id, &fluent)?;
        self.fallbacks.extend(fallback);
        Ok(text)
    }
}
