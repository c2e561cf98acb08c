//! Merging a config file's defaults under a case, and remembering where each value
//! came from so that `adieu config show` can say so.
//!
//! The case file wins: `language` and `tone` when it gives them, each `sender` field
//! it gives, its `letterhead` and its `notice` section as a whole (a period from one file and a
//! milestone from the other would make no sense). The command line wins over both;
//! [`crate::case::load`] applies it after the merge.

use std::sync::LazyLock;

use super::Profile;
use crate::case::{Case, Notice, declared_fields};

/// Where a value of the merged case comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// adieu's own default (or nothing at all).
    Default,
    /// The config file.
    Config,
    /// The case file.
    Case,
    /// An option on the command line.
    CommandLine,
}

/// The origin of every field a config file can give, in the order of the case file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origins(Vec<(&'static str, Origin)>);

/// The fields of [`Origins::fields`], derived once from the config file's schema.
static FIELDS: LazyLock<Vec<String>> = LazyLock::new(fields);

/// The fields a config file can give, from its schema: the config's fields that
/// are the case's too (`locales` and `templates` are the config's own), in the
/// config's order, a section marked [`crate::schema::MERGE`] as each of its fields.
/// The case's `date` follows `language`: the config gives neither date nor default,
/// but the command line sets it over the case (`--date`), as it does the language.
fn fields() -> Vec<String> {
    let schema = crate::schema::Kind::Config.annotated().to_value();
    let properties = schema.get("properties");
    let case_fields = declared_fields::<Case>(&[]).unwrap_or_default();
    let mut fields = Vec::new();
    for name in declared_fields::<Profile>(&[]).unwrap_or_default() {
        if !case_fields.contains(name) {
            continue;
        }
        let merge = properties
            .and_then(|p| p.get(*name))
            .and_then(|field| field.get(crate::schema::MERGE))
            .and_then(serde_json::Value::as_str);
        match merge {
            Some(crate::schema::BY_FIELD) => fields.extend(
                declared_fields::<Profile>(&[name])
                    .unwrap_or_default()
                    .iter()
                    .map(|field| format!("{name}.{field}")),
            ),
            _ => fields.push((*name).to_owned()),
        }
        if *name == "language" {
            fields.push("date".to_owned());
        }
    }
    fields
}

impl Origins {
    /// Every field a config file can give, in the order `config show` lists them,
    /// from the config file's schema.
    pub fn fields() -> impl Iterator<Item = &'static str> {
        FIELDS.iter().map(String::as_str)
    }

    /// Where the value at `path` (or at the field that contains it) comes from.
    pub fn of(&self, path: &str) -> Origin {
        self.0
            .iter()
            .filter(|(field, _)| {
                path == *field
                    || path
                        .strip_prefix(field)
                        .is_some_and(|rest| rest.starts_with('.'))
            })
            .map(|(_, origin)| *origin)
            .next()
            .unwrap_or(Origin::Case)
    }

    /// Records that the command line set `field`.
    pub fn set(&mut self, field: &'static str, origin: Origin) {
        match self.0.iter_mut().find(|(f, _)| *f == field) {
            Some(entry) => entry.1 = origin,
            None => self.0.push((field, origin)),
        }
    }

    /// Each field with its origin.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, Origin)> + '_ {
        self.0.iter().copied()
    }
}

/// Fills what `case` leaves out from `profile`, field by field.
pub fn merge(case: &mut Case, profile: Option<&Profile>) -> Origins {
    let default = Profile::default();
    let profile = profile.unwrap_or(&default);
    let mut origins = Vec::with_capacity(FIELDS.len());
    origins.push(("language", take(&mut case.language, &profile.language)));
    origins.push((
        "date",
        if case.date.is_some() {
            Origin::Case
        } else {
            Origin::Default
        },
    ));
    origins.push(("tone", take(&mut case.tone, &profile.tone)));
    origins.push((
        "notice",
        merge_notice(&mut case.notice, profile.notice.as_ref()),
    ));
    let given = profile.sender.clone().unwrap_or_default();
    let sender = &mut case.sender;
    origins.push(("sender.name", take(&mut sender.name, &given.name)));
    origins.push(("sender.role", take(&mut sender.role, &given.role)));
    origins.push(("sender.company", take(&mut sender.company, &given.company)));
    origins.push(("sender.email", take(&mut sender.email, &given.email)));
    origins.push(("sender.phone", take(&mut sender.phone, &given.phone)));
    origins.push((
        "sender.address",
        if !sender.address.is_empty() {
            Origin::Case
        } else if !given.address.is_empty() {
            sender.address = given.address;
            Origin::Config
        } else {
            Origin::Default
        },
    ));
    origins.push(("sender.place", take(&mut sender.place, &given.place)));
    // A letterhead is one design: the case's replaces the config's whole.
    origins.push((
        "letterhead",
        take(&mut case.letterhead, &profile.letterhead),
    ));
    Origins(origins)
}

/// Keeps the case's value, else takes the config's.
fn take<T: Clone>(own: &mut Option<T>, default: &Option<T>) -> Origin {
    if own.is_some() {
        Origin::Case
    } else if let Some(value) = default {
        *own = Some(value.clone());
        Origin::Config
    } else {
        Origin::Default
    }
}

/// A case's notice section replaces the config's whole, unless it says nothing.
fn merge_notice(own: &mut Notice, default: Option<&Notice>) -> Origin {
    let said = own.days.is_some()
        || own.until.is_some()
        || own.milestone.is_some()
        || own.immediate.is_some();
    match default {
        _ if said => Origin::Case,
        Some(default) => {
            *own = default.clone();
            Origin::Config
        }
        None => Origin::Default,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{Tone, parse, parse_as};

    const CASE: &str = "reason: fit\nsender:\n  name: Own Name\n  address: [Own street]\nclient:\n  contact: { name: C }\n  email: c@client.example\n";
    const PROFILE: &str = "language: fr\ntone: warm\nnotice: { days: 45 }\nsender:\n  name: Profile Name\n  email: me@firm.example\n  address: [Profile street, Town]\n  place: Paris\n";

    #[test]
    fn the_case_wins_field_by_field() {
        let mut case = parse(CASE).unwrap();
        let profile: Profile = parse_as(PROFILE).unwrap();
        let origins = merge(&mut case, Some(&profile));
        assert_eq!(case.sender.name.as_deref(), Some("Own Name"));
        assert_eq!(case.sender.email.as_deref(), Some("me@firm.example"));
        assert_eq!(case.sender.address, ["Own street"]);
        assert_eq!(case.sender.place.as_deref(), Some("Paris"));
        assert_eq!(case.language.as_deref(), Some("fr"));
        assert_eq!(case.tone(), Tone::Warm);
        assert_eq!(case.notice.days, Some(45));
        assert_eq!(origins.of("sender.name"), Origin::Case);
        assert_eq!(origins.of("sender.email"), Origin::Config);
        assert_eq!(origins.of("sender.address.0"), Origin::Case);
        assert_eq!(origins.of("notice.days"), Origin::Config);
        assert_eq!(origins.of("sender.role"), Origin::Default);
        assert_eq!(origins.of("client.email"), Origin::Case);
    }

    #[test]
    fn the_merge_gives_an_origin_to_each_field_of_the_config_schema() {
        assert_eq!(
            Origins::fields().collect::<Vec<_>>(),
            [
                "language",
                "date",
                "tone",
                "notice",
                "sender.name",
                "sender.role",
                "sender.company",
                "sender.email",
                "sender.phone",
                "sender.address",
                "sender.place",
                "letterhead",
            ]
        );
        let mut case = parse(CASE).unwrap();
        let merged: Vec<&str> = merge(&mut case, None).iter().map(|(f, _)| f).collect();
        assert_eq!(merged, Origins::fields().collect::<Vec<_>>());
    }

    #[test]
    fn a_case_notice_replaces_the_default_whole() {
        let mut case = parse(&format!("{CASE}notice:\n  until: 2027-01-31\n")).unwrap();
        let profile: Profile = parse_as(PROFILE).unwrap();
        let origins = merge(&mut case, Some(&profile));
        assert_eq!(case.notice.days, None);
        assert_eq!(origins.of("notice"), Origin::Case);
    }
}
