//! `adieu items`: the close-out items adieu writes natively, each code with its
//! wording in a language, so that a user who does not speak it can still list what
//! is handed over.

use fluent_bundle::FluentArgs;

use super::{Settings, table};
use crate::case::{Catalogue, Continuing, Delivered, Handover};
use crate::cli::ItemsArgs;
use crate::error::Result;
use crate::l10n::{Catalog, Localizer};
use crate::output;

/// Prints every list of the catalogue with each code's wording.
pub fn items(args: &ItemsArgs, settings: &Settings) -> Result<()> {
    let catalog = Catalog::embedded();
    let localizer = super::listing_localizer(args.lang.as_deref(), settings, &catalog)?;
    let mut text = format!(
        "The close-out items adieu writes natively, here in {}. Write the code in the case\n\
         file, e.g. `handover: [domain-transfer, source-code]`; any other item is written\n\
         as you wrote it.\n",
        localizer.language().tag
    );
    list::<Handover>(&localizer, "closeout.handover", &mut text)?;
    list::<Delivered>(&localizer, "closeout.deliverables.N.item", &mut text)?;
    list::<Continuing>(&localizer, "closeout.continuing", &mut text)?;
    output::write_stdout(text.as_bytes())
}

/// One list: the field it is written in, then each code and its wording.
fn list<C: Catalogue>(localizer: &Localizer, field: &str, text: &mut String) -> Result<()> {
    let mut rows = Vec::new();
    for code in C::codes() {
        let mut args = FluentArgs::new();
        // A code with terms is shown with an example of them.
        let written = match C::from_code(code) {
            Some(Ok(_)) => code.to_owned(),
            _ => {
                args.set("days", 30);
                format!("{code}: {{days: 30}}")
            }
        };
        let wording = localizer.message(&format!("item-{code}"), &args)?;
        rows.push([format!("  {written}"), wording]);
    }
    text.push_str(&format!("\n{field}\n"));
    text.push_str(&table(&rows));
    Ok(())
}
