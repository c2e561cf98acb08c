//! What docx-rs does not write, added to the parts it built: the core properties a
//! letter should carry (its title, author and language, dated from the case so the
//! bytes do not change from one run to the next) and the language of the text.

use quick_xml::escape::escape;

use super::DocxFacts;
use super::outline::Properties;

/// The hour of the creation time: a case has a day, not a time, and a fixed hour
/// keeps the bytes reproducible (the PDF's is the same).
const HOUR: &str = "09:00:00Z";

/// `docProps/core.xml`: Dublin Core title, creator and language, created and
/// modified on the document's date.
pub fn core_properties(properties: &Properties, facts: DocxFacts<'_>) -> Result<Vec<u8>, String> {
    if jiff::civil::Date::strptime("%Y-%m-%d", facts.date).is_err() {
        return Err(format!("`{}` is not a date", facts.date));
    }
    let when = format!("{}T{HOUR}", facts.date);
    let xml = format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties""#,
            r#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/""#,
            r#" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
            "<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator>",
            "<cp:lastModifiedBy>{author}</cp:lastModifiedBy><dc:language>{lang}</dc:language>",
            "<cp:revision>1</cp:revision>",
            r#"<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>"#,
            r#"<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified>"#,
            "</cp:coreProperties>"
        ),
        title = escape(&properties.title),
        author = escape(&properties.author),
        lang = escape(facts.lang),
        when = when,
    );
    Ok(xml.into_bytes())
}

/// `word/styles.xml` with the document's language on the default run properties,
/// which every style inherits: Word's spell-checker then uses that language's
/// dictionary. Any other language the styles name goes (a reference document's
/// template may carry its author's); `w:lang` is the last child `w:rPr` may have
/// before East Asian layout, so it goes at the end of the defaults.
pub fn with_language(styles: &[u8], lang: &str) -> Result<Vec<u8>, String> {
    let styles = std::str::from_utf8(styles).map_err(|e| e.to_string())?;
    let styles = without_languages(styles);
    let tag = escape(lang);
    let language = format!(r#"<w:lang w:val="{tag}" w:eastAsia="{tag}" w:bidi="{tag}" />"#);
    let defaults = format!("<w:rPrDefault><w:rPr>{language}</w:rPr></w:rPrDefault>");
    const RUN_DEFAULTS: &str = "<w:rPrDefault>";
    let patched = if let Some(at) = styles.find(RUN_DEFAULTS) {
        let start = at + RUN_DEFAULTS.len();
        let rest = &styles[start..];
        let empty = ["<w:rPr />", "<w:rPr/>"]
            .into_iter()
            .find(|empty| rest.starts_with(empty));
        if let Some(empty) = empty {
            let tail = &rest[empty.len()..];
            format!("{}<w:rPr>{language}</w:rPr>{tail}", &styles[..start])
        } else {
            let end = start
                + rest
                    .find("</w:rPr>")
                    .ok_or("the default run properties are not closed")?;
            format!("{}{language}{}", &styles[..end], &styles[end..])
        }
    } else if let Some(at) = styles.find("<w:docDefaults>") {
        let start = at + "<w:docDefaults>".len();
        format!("{}{defaults}{}", &styles[..start], &styles[start..])
    } else {
        let at = styles
            .find("<w:styles")
            .ok_or("there is no `<w:styles>` element")?;
        let start = at
            + styles[at..]
                .find('>')
                .ok_or("the `<w:styles>` element is not closed")?
            + 1;
        format!(
            "{}<w:docDefaults>{defaults}</w:docDefaults>{}",
            &styles[..start],
            &styles[start..]
        )
    };
    Ok(patched.into_bytes())
}

/// The styles without any `<w:lang …/>` (an empty element: it has no children).
fn without_languages(styles: &str) -> String {
    let mut kept = String::with_capacity(styles.len());
    let mut rest = styles;
    while let Some(at) = rest.find("<w:lang ") {
        kept.push_str(&rest[..at]);
        match rest[at..].find("/>") {
            Some(end) => rest = &rest[at + end + 2..],
            None => {
                rest = &rest[at..];
                break;
            }
        }
    }
    kept.push_str(rest);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_goes_last_in_the_default_run_properties() {
        let styles = br#"<w:styles><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22" /></w:rPr></w:rPrDefault></w:docDefaults></w:styles>"#;
        assert_eq!(
            String::from_utf8(with_language(styles, "sk-SK").unwrap()).unwrap(),
            r#"<w:styles><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22" /><w:lang w:val="sk-SK" w:eastAsia="sk-SK" w:bidi="sk-SK" /></w:rPr></w:rPrDefault></w:docDefaults></w:styles>"#
        );
        let empty = br#"<w:rPrDefault><w:rPr /></w:rPrDefault>"#;
        assert_eq!(
            String::from_utf8(with_language(empty, "fr-FR").unwrap()).unwrap(),
            r#"<w:rPrDefault><w:rPr><w:lang w:val="fr-FR" w:eastAsia="fr-FR" w:bidi="fr-FR" /></w:rPr></w:rPrDefault>"#
        );
        let theirs = br#"<w:styles a="1"><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/><w:lang w:val="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault></w:docDefaults><w:style><w:rPr><w:lang w:val="de-DE"/></w:rPr></w:style></w:styles>"#;
        assert_eq!(
            String::from_utf8(with_language(theirs, "ro-RO").unwrap()).unwrap(),
            r#"<w:styles a="1"><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/><w:lang w:val="ro-RO" w:eastAsia="ro-RO" w:bidi="ro-RO" /></w:rPr></w:rPrDefault></w:docDefaults><w:style><w:rPr></w:rPr></w:style></w:styles>"#
        );
        assert_eq!(
            String::from_utf8(with_language(b"<w:styles x=\"y\"></w:styles>", "en-GB").unwrap())
                .unwrap(),
            r#"<w:styles x="y"><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="en-GB" /></w:rPr></w:rPrDefault></w:docDefaults></w:styles>"#
        );
        assert!(with_language(b"<w:other/>", "en-GB").is_err());
    }
}
