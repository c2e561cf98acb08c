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

/// Written as the case file writes it.
impl serde::Serialize for CaseDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
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

/// Written as its digits, never through a binary float.
impl serde::Serialize for Amount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
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
            (crate::schema::CHECK): crate::schema::AMOUNT,
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
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
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

/// What a currency code names, as far as an invoice or a refund is concerned. ISO
/// 4217 lists more than currencies, and refusing its other codes as "not ISO 4217"
/// would be untrue, so each class is told apart by the flags of the standard's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CurrencyKind {
    /// A currency a client pays in (superseded ones too: an old invoice may be in one).
    Money(iso_currency::Currency),
    /// One of the standard's special codes: precious metals (XAU, XAG, XPT, XPD),
    /// units of account (XDR, XBA…), the testing code XTS and XXX, "no currency".
    NotMoney(iso_currency::Currency),
    /// A fund code (CLF, BOV, USN…): a unit beside an ordinary currency of the same
    /// country, which is the one an invoice is paid in.
    Fund {
        /// The fund code.
        fund: iso_currency::Currency,
        /// The ordinary currency of the fund's country, when it has exactly one.
        paid_in: Option<iso_currency::Currency>,
    },
    /// Not an ISO 4217 code.
    Unknown,
}

impl CurrencyCode {
    /// The ISO 4217 currency, when the code names an ordinary one.
    pub fn currency(&self) -> Option<iso_currency::Currency> {
        match self.kind() {
            CurrencyKind::Money(currency) => Some(currency),
            _ => None,
        }
    }

    /// What the code names in ISO 4217.
    pub fn kind(&self) -> CurrencyKind {
        let Ok(currency) = iso_currency::Currency::from_str(&self.0) else {
            return CurrencyKind::Unknown;
        };
        if currency.is_special() {
            CurrencyKind::NotMoney(currency)
        } else if currency.is_fund() {
            let mut ordinary = currency
                .used_by()
                .into_iter()
                .flat_map(iso_currency::Currency::from_country)
                .filter(|c| c.flags().is_empty());
            let paid_in = match (ordinary.next(), ordinary.next()) {
                (Some(one), None) => Some(one),
                _ => None,
            };
            CurrencyKind::Fund {
                fund: currency,
                paid_in,
            }
        } else {
            CurrencyKind::Money(currency)
        }
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

    #[test]
    fn iso_4217_codes_that_are_not_money_are_told_apart() {
        use iso_currency::Currency;
        let kind = |code: &str| CurrencyCode(code.into()).kind();
        assert_eq!(kind("HRK"), CurrencyKind::Money(Currency::HRK));
        for (code, currency) in [
            ("XAU", Currency::XAU),
            ("XAG", Currency::XAG),
            ("XPT", Currency::XPT),
            ("XPD", Currency::XPD),
            ("XDR", Currency::XDR),
            ("XTS", Currency::XTS),
            ("XXX", Currency::XXX),
        ] {
            assert_eq!(kind(code), CurrencyKind::NotMoney(currency), "{code}");
        }
        for (fund, paid_in) in [
            (Currency::CLF, Currency::CLP),
            (Currency::BOV, Currency::BOB),
            (Currency::USN, Currency::USD),
            (Currency::CHW, Currency::CHF),
            (Currency::UYI, Currency::UYU),
        ] {
            assert_eq!(
                kind(fund.code()),
                CurrencyKind::Fund {
                    fund,
                    paid_in: Some(paid_in)
                }
            );
        }
        assert_eq!(kind("eur"), CurrencyKind::Unknown);
    }
}
