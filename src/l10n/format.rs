//! Long dates and amounts with currency, formatted by CLDR through ICU4X.

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::{Arc, Mutex, PoisonError};

use icu_calendar::{Date as IcuDate, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{MD, YMD};
use icu_decimal::DecimalFormatter;
use icu_experimental::dimension::currency::CurrencyType;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale_core::Locale;
use jiff::civil::Date;
use rust_decimal::Decimal;

/// What a locale folder's `locale.yaml` may say about formatting.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormatSettings {
    /// The ICU4X locale for dates and numbers when the requested tag has no region,
    /// e.g. `en-GB` so that plain `en` writes "22 November 2026".
    pub formatting: Option<String>,
    /// How the first day of a month is written where it is an ordinal, e.g. `1er` in French.
    pub first_of_month: Option<String>,
    /// The order of the recipient block's first lines: the company above the
    /// person (continental "Firma / z. Hd.", the default) or below (British and
    /// American practice).
    pub address: Option<AddressOrder>,
    /// Whether a letter's date line names the sender's town ("Lyon, 2 décembre
    /// 2026", the default) or gives the date alone (British and American letters).
    pub dateline: Option<Dateline>,
    /// The words for a contract in this language (`agreement`, `contract`): a title
    /// that contains one already names the kind of document, so the sentences that
    /// cite it do not add the noun again ("Ending our agreement: … agreement").
    pub contract_nouns: Option<Vec<String>>,
    /// The currencies (ISO codes) this language writes with their narrow symbol in
    /// written amounts too, where CLDR's own symbol would add a country the reader
    /// does not expect: French writes « 420,00 £ », not « 420,00 £GB ».
    pub narrow_symbols: Option<Vec<String>>,
    /// The quotation marks around a cited title, opening then closing, with any
    /// space they take inside (French « … » with narrow no-break spaces): the
    /// messages write `{ QUOTE($contract) }`. A regional folder may set its own
    /// (Mexican business writing uses “…”, Spain «…»). Default “…”.
    pub quotes: Option<[String; 2]>,
    /// Words that must not end a line (Slovak one-letter prepositions and
    /// conjunctions: v, k, s, z, o, u, a, i): in the user's own text, adieu binds
    /// each to the next word with a no-break space, as its messages already do.
    pub nobreak_after: Option<Vec<String>>,
}

/// What a letter's date line says.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Dateline {
    /// The town and the date, when the case gives a town.
    #[default]
    PlaceAndDate,
    /// The date alone.
    Date,
}

/// Which comes first in a recipient block.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AddressOrder {
    /// The company, then the person.
    #[default]
    CompanyFirst,
    /// The person, then the company.
    PersonFirst,
}

/// A jiff date as ICU4X's; `None` is unreachable for a jiff date, which is always a
/// valid Gregorian date, and leaves the ISO form in the text.
fn icu_date(date: Date) -> Option<IcuDate<Gregorian>> {
    IcuDate::try_new_gregorian(i32::from(date.year()), date.month() as u8, date.day() as u8).ok()
}

/// Formats dates and money for one language.
pub struct Formats {
    locale: Locale,
    dates: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    /// Day and month without the year, as a date is said on the phone.
    days: FixedCalendarDateTimeFormatter<Gregorian, MD>,
    first_of_month: Option<String>,
    address: AddressOrder,
    dateline: Dateline,
    contract_nouns: Vec<String>,
    /// Currencies written with their narrow symbol (`locale.yaml`: `narrow_symbols`),
    /// upper case.
    narrow_symbols: Vec<String>,
    /// Words bound to the next one (`locale.yaml`: `nobreak_after`), lower case.
    nobreak_after: Vec<String>,
    /// Joins the items of a spoken list: "a, b and c", „a, b a c“.
    and: ListFormatter,
    /// One formatter per currency, built on first use: building one costs as much as
    /// the rest of a close-out list.
    currencies: Mutex<HashMap<String, Arc<CurrencyFormatter<DecimalFormatter>>>>,
}

impl std::fmt::Debug for Formats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Formats")
            .field("locale", &self.locale.to_string())
            .finish()
    }
}

impl Formats {
    /// Formats for a language tag: the tag's own conventions when it names a region
    /// (`en-US`), otherwise the folder's `formatting` setting or the bare language.
    pub fn new(tag: &str, settings: &FormatSettings) -> Result<Formats, String> {
        let chosen = if tag.contains('-') {
            tag
        } else {
            settings.formatting.as_deref().unwrap_or(tag)
        };
        let locale =
            Locale::from_str(chosen).map_err(|e| format!("`{chosen}` is not a locale: {e}"))?;
        let dates = FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::long())
            .map_err(|e| format!("no date format for `{chosen}`: {e}"))?;
        let days = FixedCalendarDateTimeFormatter::try_new((&locale).into(), MD::long())
            .map_err(|e| format!("no date format for `{chosen}`: {e}"))?;
        let and = ListFormatter::try_new_and(
            (&locale).into(),
            ListFormatterOptions::default().with_length(ListLength::Wide),
        )
        .map_err(|e| format!("no list format for `{chosen}`: {e}"))?;
        Ok(Formats {
            locale,
            dates,
            days,
            first_of_month: settings.first_of_month.clone(),
            address: settings.address.unwrap_or_default(),
            dateline: settings.dateline.unwrap_or_default(),
            contract_nouns: settings
                .contract_nouns
                .iter()
                .flatten()
                .map(|noun| noun.to_lowercase())
                .collect(),
            narrow_symbols: settings
                .narrow_symbols
                .iter()
                .flatten()
                .map(|code| code.to_ascii_uppercase())
                .collect(),
            nobreak_after: settings
                .nobreak_after
                .iter()
                .flatten()
                .map(|word| word.to_lowercase())
                .collect(),
            and,
            currencies: Mutex::default(),
        })
    }

    /// The order of the recipient block's first lines.
    pub fn address_order(&self) -> AddressOrder {
        self.address
    }

    /// The tag of the conventions followed, with a region where they name one
    /// (`en-GB` for `en`, `es-MX`): what a word processor's spell-checker needs.
    pub fn conventions(&self) -> String {
        self.locale.id.to_string()
    }

    /// What a letter's date line says.
    pub fn dateline(&self) -> Dateline {
        self.dateline
    }

    /// `text` with each word of `nobreak_after` bound to the next by a no-break space.
    pub fn glue(&self, text: &str) -> String {
        if self.nobreak_after.is_empty() {
            return text.to_owned();
        }
        let mut out = String::with_capacity(text.len());
        let mut words = text.split(' ').peekable();
        while let Some(word) = words.next() {
            out.push_str(word);
            let Some(next) = words.peek() else { break };
            // The word itself, after any opening bracket or quotation mark.
            let bare = word.trim_start_matches(|c: char| !c.is_alphanumeric());
            let glued = !next.is_empty()
                && !bare.is_empty()
                && self.nobreak_after.contains(&bare.to_lowercase());
            out.push(if glued { '\u{a0}' } else { ' ' });
        }
        out
    }

    /// Whether a contract's title already names the kind of document: one of its
    /// words is one of the language's nouns for a contract, whatever its case.
    pub fn names_contract(&self, title: &str) -> bool {
        title
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| self.contract_nouns.contains(&word.to_lowercase()))
    }

    /// Items joined as the language says a list: "a, b and c", « a, b et c ».
    pub fn and_list(&self, items: &[String]) -> String {
        self.and.format(items.iter()).to_string()
    }

    /// A long date: "22 November 2026", "22. novembra 2026", "1er décembre 2026".
    pub fn long_date(&self, date: Date) -> String {
        let text = match icu_date(date) {
            Some(icu_date) => self.dates.format(&icu_date).to_string(),
            None => date.to_string(),
        };
        self.first_of_month(date, text)
    }

    /// A date as said aloud, without its year: "22 November", "November 22",
    /// "22. novembra". A call is about a day within the coming year.
    pub fn spoken_date(&self, date: Date) -> String {
        let text = match icu_date(date) {
            Some(icu_date) => self.days.format(&icu_date).to_string(),
            None => date.to_string(),
        };
        self.first_of_month(date, text)
    }

    /// The language's word for the first of a month, where it has one ("1er").
    fn first_of_month(&self, date: Date, text: String) -> String {
        match &self.first_of_month {
            Some(ordinal) if date.day() == 1 => match text.strip_prefix('1') {
                Some(rest) if !rest.starts_with(|c: char| c.is_ascii_digit()) => {
                    format!("{ordinal}{rest}")
                }
                _ => text,
            },
            _ => text,
        }
    }

    /// An amount with its currency: "€1,200.00", "1 200,00 €", "1.200,00 RON".
    /// A currency of the locale's `narrow_symbols` is written with its narrow symbol.
    pub fn money(&self, amount: Decimal, currency: &str) -> Result<String, String> {
        let formatter = if self
            .narrow_symbols
            .iter()
            .any(|code| code.eq_ignore_ascii_case(currency))
        {
            self.currency(&format!("narrow:{currency}"))?
        } else {
            self.currency(currency)?
        };
        let value = fixed_decimal::Decimal::from_str(&amount.to_string())
            .map_err(|e| format!("cannot format the amount {amount}: {e}"))?;
        // Swiss locales group thousands with an apostrophe, which the data gives as
        // the straight U+0027; printed text wants the typographic one, as CLDR itself
        // writes for de-CH.
        Ok(formatter
            .format_fixed_decimal(&value)
            .to_string()
            .replace('\'', "\u{2019}"))
    }

    /// An amount as said aloud: the short symbol a speaker reads as the currency's
    /// name ("lei" rather than "RON"), and no decimals when they are zero ("£420",
    /// "1 850 €"); cents stay ("£920.50"). A symbol in letters is said after the
    /// number in every language, as a speaker names the unit ("7,850 lei", never
    /// "lei 7,850").
    pub fn spoken_money(&self, amount: Decimal, currency: &str) -> Result<String, String> {
        self.spoken_digits(amount, currency)
            .map(|text| word_after(&text))
    }

    /// [`Formats::spoken_money`] before the symbol is moved.
    fn spoken_digits(&self, amount: Decimal, currency: &str) -> Result<String, String> {
        let formatter = self.currency(&format!("narrow:{currency}"))?;
        let value = fixed_decimal::Decimal::from_str(&amount.to_string())
            .map_err(|e| format!("cannot format the amount {amount}: {e}"))?;
        let text = formatter
            .format_fixed_decimal(&value)
            .to_string()
            .replace('\'', "\u{2019}");
        if !amount.fract().is_zero() {
            return Ok(text);
        }
        // The zero decimals are the last digits written, after the decimal separator.
        let decimals = usize::from(written_decimals(currency).unwrap_or(0));
        let Some(last) = text.rfind(|c: char| c.is_ascii_digit()) else {
            return Ok(text);
        };
        let end = last + 1;
        match end.checked_sub(decimals) {
            Some(start) if decimals > 0 && text[start..end].bytes().all(|b| b == b'0') => {
                let separator = text[..start].chars().next_back().map_or(0, char::len_utf8);
                Ok(format!("{}{}", &text[..start - separator], &text[end..]))
            }
            _ => Ok(text),
        }
    }

    /// The formatter of a currency, from the cache or built now. The lock is not
    /// held while building, so two threads may build the same one; either is kept.
    fn currency(&self, currency: &str) -> Result<Arc<CurrencyFormatter<DecimalFormatter>>, String> {
        let cache = || {
            self.currencies
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
        };
        if let Some(formatter) = cache().get(currency) {
            return Ok(Arc::clone(formatter));
        }
        // `narrow:EUR` is the formatter of the narrow symbol, for amounts said aloud.
        let (narrow, code) = match currency.strip_prefix("narrow:") {
            Some(code) => (true, code),
            None => (false, currency),
        };
        let currency_type = CurrencyType::try_from_str(&code.to_ascii_lowercase())
            .map_err(|_| format!("`{code}` is not a currency code"))?;
        let formatter = if narrow {
            CurrencyFormatter::try_new_symbol_narrow(
                (&self.locale).into(),
                currency_type,
                Default::default(),
            )
        } else {
            CurrencyFormatter::try_new_symbol(
                (&self.locale).into(),
                currency_type,
                Default::default(),
            )
        }
        .map_err(|e| format!("cannot format {code} amounts: {e}"))?;
        Ok(Arc::clone(
            cache()
                .entry(currency.to_owned())
                .or_insert_with(|| Arc::new(formatter)),
        ))
    }
}

/// An amount whose symbol is written in letters before the number ("lei 7,850",
/// "RON 7,850") with the symbol after it, behind a no-break space ("7,850 lei"); a
/// sign stays in front. Any other amount is returned as it is.
fn word_after(text: &str) -> String {
    let Some(first) = text.find(|c: char| c.is_ascii_digit()) else {
        return text.to_owned();
    };
    let (before, number) = text.split_at(first);
    let symbol = before.trim_matches(|c: char| c.is_whitespace() || c == '-' || c == '\u{2212}');
    if symbol.is_empty() || !symbol.chars().any(char::is_alphabetic) {
        return text.to_owned();
    }
    let sign: String = before
        .chars()
        .filter(|c| matches!(c, '-' | '\u{2212}'))
        .collect();
    format!("{sign}{}\u{a0}{symbol}", number.trim_end())
}

/// How many decimals CLDR writes amounts of `currency` with, in every locale. ICU4X
/// rounds every amount to them, so validation refuses an amount with more: an
/// invoice of 1234.56 AFN (two decimals in ISO 4217, none in CLDR) would otherwise
/// be written as 1,235. `None` when there are no data for the code.
pub fn written_decimals(currency: &str) -> Option<u8> {
    use icu_experimental::dimension::provider::currency::fractions::CurrencyFractionsV1;
    use icu_provider::{DataProvider, DataRequest};
    let currency_type = CurrencyType::try_from_str(&currency.to_ascii_lowercase()).ok()?;
    // The baked data the currency formatter's compiled constructors use; hidden from
    // icu_experimental's docs, so an upgrade may move it (this then fails to build).
    let response: icu_provider::DataResponse<CurrencyFractionsV1> =
        icu_experimental::provider::Baked
            .load(DataRequest::default())
            .ok()?;
    Some(response.payload.get().resolve(currency_type).digits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn formats(tag: &str, formatting: Option<&str>, first: Option<&str>) -> Formats {
        let settings = FormatSettings {
            formatting: formatting.map(str::to_owned),
            first_of_month: first.map(str::to_owned),
            address: None,
            dateline: None,
            contract_nouns: Some(vec!["Agreement".into(), "contract".into()]),
            narrow_symbols: (tag == "fr").then(|| vec!["gbp".into()]),
            quotes: None,
            nobreak_after: None,
        };
        Formats::new(tag, &settings).unwrap()
    }

    #[test]
    fn english_dates_follow_the_region() {
        assert_eq!(
            formats("en", Some("en-GB"), None).long_date(date(2026, 11, 22)),
            "22 November 2026"
        );
        assert_eq!(
            formats("en-US", Some("en-GB"), None).long_date(date(2026, 11, 22)),
            "November 22, 2026"
        );
    }

    #[test]
    fn slovak_months_are_genitive() {
        assert_eq!(
            formats("sk", None, None).long_date(date(2026, 11, 22)),
            "22. novembra 2026"
        );
    }

    #[test]
    fn french_first_of_month_is_an_ordinal() {
        let fr = formats("fr", None, Some("1er"));
        assert_eq!(fr.long_date(date(2026, 12, 1)), "1er décembre 2026");
        assert_eq!(fr.long_date(date(2026, 12, 11)), "11 décembre 2026");
    }

    /// Every code validation accepts as money is written in every language, and
    /// exactly, to the last decimal validation lets through: no accepted invoice
    /// fails at rendering or is rounded in the documents.
    #[test]
    fn every_accepted_currency_formats_in_every_language() {
        use crate::case::{CurrencyCode, CurrencyKind};
        let letters = 'A'..='Z';
        let accepted: Vec<String> = letters
            .clone()
            .flat_map(|a| letters.clone().map(move |b| (a, b)))
            .flat_map(|(a, b)| ('A'..='Z').map(move |c| format!("{a}{b}{c}")))
            .filter(|code| matches!(CurrencyCode(code.clone()).kind(), CurrencyKind::Money(_)))
            .collect();
        assert!(accepted.len() > 150, "{} codes", accepted.len());
        let mut wrong = Vec::new();
        for tag in ["en", "es", "fr", "ro", "sk"] {
            let formats = formats(tag, None, None);
            for code in &accepted {
                // The most precise amount validation lets through for the code.
                let decimals = written_decimals(code).unwrap_or(0).min(
                    CurrencyCode(code.clone())
                        .currency()
                        .and_then(|c| c.exponent())
                        .map_or(0, |e| e as u8),
                );
                let amount = Decimal::new(123_456_789, u32::from(decimals));
                let digits: String = formats
                    .money(amount, code)
                    .unwrap_or_default()
                    .chars()
                    .filter(char::is_ascii_digit)
                    .collect();
                if digits != "123456789" {
                    wrong.push(format!(
                        "{tag} {code} {amount}: {:?}",
                        formats.money(amount, code)
                    ));
                }
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn spoken_amounts_drop_zero_decimals_and_use_the_narrow_symbol() {
        let amount = |text: &str| Decimal::from_str(text).unwrap();
        let en = formats("en", Some("en-GB"), None);
        assert_eq!(en.spoken_money(amount("420.00"), "GBP").unwrap(), "£420");
        assert_eq!(en.spoken_money(amount("920.50"), "GBP").unwrap(), "£920.50");
        assert_eq!(en.spoken_money(amount("1850"), "GBP").unwrap(), "£1,850");
        assert_eq!(
            formats("ro", Some("ro-RO"), None)
                .spoken_money(amount("1850.00"), "RON")
                .unwrap(),
            "1.850\u{a0}lei"
        );
        assert_eq!(
            formats("fr", None, None)
                .spoken_money(amount("1200"), "EUR")
                .unwrap(),
            "1\u{202f}200\u{a0}€"
        );
        assert_eq!(
            formats("ja", None, None)
                .spoken_money(amount("1200"), "JPY")
                .unwrap()
                .chars()
                .filter(char::is_ascii_digit)
                .collect::<String>(),
            "1200"
        );
    }

    #[test]
    fn a_spoken_symbol_in_letters_follows_the_number_in_every_language() {
        let amount = Decimal::from_str("7850").unwrap();
        for (tag, region) in [
            ("en", "en-GB"),
            ("en-US", "en-US"),
            ("es", "es-ES"),
            ("es-MX", "es-MX"),
            ("fr", "fr-FR"),
            ("ro", "ro-RO"),
            ("sk", "sk-SK"),
        ] {
            let spoken = formats(tag, Some(region), None)
                .spoken_money(amount, "RON")
                .unwrap();
            let symbol = spoken.trim_start_matches(|c: char| !c.is_alphabetic());
            assert!(
                spoken.starts_with('7') && !symbol.is_empty(),
                "{tag}: {spoken:?}"
            );
        }
        assert_eq!(
            formats("en", Some("en-GB"), None)
                .spoken_money(amount, "RON")
                .unwrap(),
            "7,850\u{a0}lei"
        );
        assert_eq!(word_after("-RON\u{a0}12"), "-12\u{a0}RON");
        assert_eq!(word_after("£420"), "£420");
        assert_eq!(word_after("1\u{202f}200\u{a0}€"), "1\u{202f}200\u{a0}€");
    }

    #[test]
    fn french_writes_the_pound_with_its_narrow_symbol() {
        let amount = Decimal::from_str("420").unwrap();
        assert_eq!(
            formats("fr", None, None).money(amount, "GBP").unwrap(),
            "420,00\u{a0}£"
        );
        // Elsewhere the symbol stays CLDR's.
        assert_eq!(
            formats("en", Some("en-GB"), None)
                .money(amount, "GBP")
                .unwrap(),
            "£420.00"
        );
    }

    #[test]
    fn a_title_names_its_contract_with_one_of_the_languages_nouns() {
        let en = formats("en", Some("en-GB"), None);
        assert!(en.names_contract("Website design and maintenance AGREEMENT"));
        assert!(en.names_contract("Contract for web services (2024)"));
        assert!(!en.names_contract("Design retainer 2024"));
        assert!(!en.names_contract("Contractor services"));
    }

    #[test]
    fn lists_are_joined_as_the_language_says_them() {
        let items = ["a".to_owned(), "b".to_owned(), "c".to_owned()];
        assert_eq!(
            formats("en", Some("en-GB"), None).and_list(&items),
            "a, b and c"
        );
        // Slovak glues the one-letter conjunction to the next word, as its typography does.
        assert_eq!(
            formats("sk", None, None).and_list(&items[..2]),
            "a a\u{a0}b"
        );
        assert_eq!(formats("ro", None, None).and_list(&items[..1]), "a");
    }

    #[test]
    fn money_is_cldr_formatted() {
        let amount = Decimal::from_str("1200.00").unwrap();
        assert_eq!(
            formats("en", Some("en-GB"), None)
                .money(amount, "EUR")
                .unwrap(),
            "€1,200.00"
        );
        assert_eq!(
            formats("fr", None, None).money(amount, "EUR").unwrap(),
            "1\u{202f}200,00\u{a0}€"
        );
        assert_eq!(
            formats("es", None, None).money(amount, "EUR").unwrap(),
            "1200,00\u{a0}€"
        );
        assert_eq!(
            formats("es", None, None)
                .money(Decimal::from_str("12000").unwrap(), "EUR")
                .unwrap(),
            "12.000,00\u{a0}€"
        );
    }

    #[test]
    fn slovak_one_letter_words_are_bound_to_the_next() {
        let settings = FormatSettings {
            nobreak_after: Some(
                ["v", "k", "s", "z", "o", "u", "a", "i"]
                    .map(String::from)
                    .to_vec(),
            ),
            ..FormatSettings::default()
        };
        let sk = Formats::new("sk", &settings).unwrap();
        assert_eq!(
            sk.glue("Zmluva o správe webovej stránky a e-shopu"),
            "Zmluva o\u{a0}správe webovej stránky a\u{a0}e-shopu"
        );
        // After a bracket or a quotation mark, in capitals, and never at the end.
        assert_eq!(
            sk.glue("(V cene) „s DPH“ A i"),
            "(V\u{a0}cene) „s\u{a0}DPH“ A\u{a0}i"
        );
        // A word of two letters, or a language without the setting, is left as is.
        assert_eq!(sk.glue("do konca"), "do konca");
        assert_eq!(formats("en", None, None).glue("a plan"), "a plan");
    }
}
