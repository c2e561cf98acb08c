//! Scalar types of the case file that need more than serde's defaults: calendar
//! dates, exact money amounts and currency codes.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use jiff::civil::Date;
use rust_decimal::Decimal;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

/// A calendar date written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct CaseDate(pub Date);

impl CaseDate {
    /// Parses `YYYY-MM-DD`, explaining what is wrong with an impossible date.
    pub fn parse(text: &str) -> Result<Self, String> {
        let bytes = text.as_bytes();
        let shaped = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shaped {
            return Err(format!(
                "`{text}` is not a date; write it as YYYY-MM-DD, e.g. 2026-11-22"
            ));
        }
        let number = |range: std::ops::Range<usize>| text[range].parse::<i16>().unwrap_or(0);
        let (year, month, day) = (number(0..4), number(5..7), number(8..10) as i8);
        if !(1..=12).contains(&month) {
            return Err(format!(
                "`{text}` has no month {month}; months run from 01 to 12"
            ));
        }
        if year < 1 {
            return Err(format!("`{text}` has no year 0000"));
        }
        Date::new(year, month as i8, day)
            .map(CaseDate)
            .map_err(|_| {
                let last = Date::new(year, month as i8, 1)
                    .map(|first| first.days_in_month())
                    .unwrap_or(31);
                format!("`{text}` does not exist: that month has {last} days")
            })
    }
}

impl fmt::Display for CaseDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl<'de> Deserialize<'de> for CaseDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;
        impl Visitor<'_> for DateVisitor {
            type Value = CaseDate;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date written YYYY-MM-DD")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<CaseDate, E> {
                CaseDate::parse(text).map_err(E::custom)
            }
        }
        deserializer.deserialize_str(DateVisitor)
    }
}

impl JsonSchema for CaseDate {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "format": "date" })
    }
}

/// An exact, non-binary decimal amount, read from the digits as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Amount(pub Decimal);

impl Amount {
    /// Parses an amount written with digits and at most one decimal point.
    pub fn parse(text: &str) -> Result<Amount, String> {
        let plain = text.trim();
        let valid = !plain.is_empty()
            && plain
                .trim_start_matches(['-', '+'])
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.')
            && plain.chars().any(|c| c.is_ascii_digit())
            && plain.matches('.').count() <= 1
            && plain.matches(['-', '+']).count() <= 1;
        if !valid {
            return Err(format!(
                "`{text}` is not an amount; write digits with a decimal point, e.g. 1200.00"
            ));
        }
        Decimal::from_str_exact(plain)
            .map(Amount)
            .map_err(|_| format!("`{text}` is too large or has too many decimals to be an amount"))
    }
}

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AmountVisitor;
        impl Visitor<'_> for AmountVisitor {
            type Value = Amount;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an amount such as 1200.00")
            }
            // The YAML scalar is read as text so that 0.1 stays 0.1 and never passes
            // through a binary float.
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Amount, E> {
                Amount::parse(text).map_err(E::custom)
            }
        }
        deserializer.deserialize_str(AmountVisitor)
    }
}

impl JsonSchema for Amount {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "Amount".into()
    }

    // YAML reads `1200.00` as a number and `"1200.00"` as a string; adieu takes
    // either, by its digits. `minimum` applies to numbers, `pattern` to strings.
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": ["number", "string"],
            "minimum": 0,
            "pattern": "^[0-9]+(\\.[0-9]+)?$",
        })
    }
}

/// Parses a number of days: a whole number, written with digits only.
pub fn parse_days(text: &str) -> Result<u16, String> {
    let plain = text.trim();
    if plain.is_empty() || !plain.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!(
            "`{text}` is not a number of days; write a whole number such as 30"
        ));
    }
    plain
        .parse::<u16>()
        .map_err(|_| format!("`{text}` is far too many days; a notice runs for a year at most"))
}

/// Reads an optional number of days with [`parse_days`], so that `-3`, `30.5` or
/// `thirty` get a message about days rather than about integer types.
pub fn days<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u16>, D::Error> {
    struct DaysVisitor;
    impl<'de> Visitor<'de> for DaysVisitor {
        type Value = Option<u16>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a number of days such as 30")
        }
        fn visit_none<E: de::Error>(self) -> Result<Option<u16>, E> {
            Ok(None)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Option<u16>, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Option<u16>, D::Error> {
            d.deserialize_str(self)
        }
        fn visit_str<E: de::Error>(self, text: &str) -> Result<Option<u16>, E> {
            parse_days(text).map(Some).map_err(E::custom)
        }
    }
    deserializer.deserialize_option(DaysVisitor)
}

/// A currency code as written; checked against ISO 4217 by validation so that every
/// unknown code in a file is reported at once.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct CurrencyCode(pub String);

impl JsonSchema for CurrencyCode {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "CurrencyCode".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "pattern": "^[A-Z]{3}$" })
    }
}

impl CurrencyCode {
    /// The ISO 4217 currency, when the code names an ordinary one.
    pub fn currency(&self) -> Option<iso_currency::Currency> {
        iso_currency::Currency::from_str(&self.0)
            .ok()
            .filter(|c| !c.is_special() && !c.is_fund())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_dates_parse() {
        assert_eq!(
            CaseDate::parse("2026-11-22").unwrap().to_string(),
            "2026-11-22"
        );
        assert_eq!(
            CaseDate::parse("2028-02-29").unwrap().to_string(),
            "2028-02-29"
        );
    }

    #[test]
    fn impossible_dates_explain_themselves() {
        assert_eq!(
            CaseDate::parse("2026-02-30").unwrap_err(),
            "`2026-02-30` does not exist: that month has 28 days"
        );
        assert_eq!(
            CaseDate::parse("2026-13-01").unwrap_err(),
            "`2026-13-01` has no month 13; months run from 01 to 12"
        );
        assert_eq!(
            CaseDate::parse("22.11.2026").unwrap_err(),
            "`22.11.2026` is not a date; write it as YYYY-MM-DD, e.g. 2026-11-22"
        );
    }

    #[test]
    fn currencies_are_iso_4217() {
        assert!(CurrencyCode("EUR".into()).currency().is_some());
        assert!(CurrencyCode("XXX".into()).currency().is_none());
        assert!(CurrencyCode("EURO".into()).currency().is_none());
    }
}
