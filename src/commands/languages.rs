//! `adieu languages`: the languages adieu writes, read from its locale folders, each
//! with a sample of its dates and amounts.

use jiff::civil::date;
use rust_decimal::Decimal;

use super::table;
use crate::error::Result;
use crate::l10n::{Catalog, Language, Localizer, english_name, languages as base_languages};
use crate::output;

/// Prints one line per language, then how regional tags behave.
pub fn languages() -> Result<()> {
    let catalog = Catalog::embedded();
    let folders = catalog.folders();
    let sample_date = date(2026, 11, 22);
    let sample_amount = Decimal::new(120_000, 2);
    let mut rows = vec![[
        "TAG".to_owned(),
        "LANGUAGE".to_owned(),
        "REGIONAL WORDING".to_owned(),
        "DATE".to_owned(),
        "AMOUNT".to_owned(),
    ]];
    for base in base_languages(&folders) {
        let regional: Vec<&str> = folders
            .iter()
            .filter(|f| f.split_once('-').is_some_and(|(b, _)| b == base))
            .map(String::as_str)
            .collect();
        let (long_date, amount) = sample(&base, &catalog, sample_date, sample_amount)?;
        rows.push([
            base.clone(),
            english_name(&base).unwrap_or_default().to_owned(),
            if regional.is_empty() {
                "-".to_owned()
            } else {
                regional.join(", ")
            },
            long_date,
            amount,
        ]);
    }
    let mut text = table(&rows);
    let (us_date, _) = sample("en-US", &catalog, sample_date, sample_amount)?;
    text.push_str(&format!(
        "\nAny regional tag of these works too, such as en-US, es-MX or fr-CA: adieu writes\n\
         the base language with the region's dates and numbers (en-US: {us_date}),\n\
         and the region's own wording where it has a folder of its own.\n"
    ));
    output::write_stdout(text.as_bytes())
}

/// The sample date and amount as a tag writes them.
fn sample(
    tag: &str,
    catalog: &Catalog,
    day: jiff::civil::Date,
    amount: Decimal,
) -> Result<(String, String)> {
    let language = Language::resolve(tag, catalog).map_err(|e| crate::error::Error::Asset {
        file: format!("locales/{tag}"),
        line: 0,
        message: e.message(),
    })?;
    let localizer = Localizer::new(language, catalog)?;
    Ok((localizer.long_date(day), localizer.money(amount, "EUR")?))
}
