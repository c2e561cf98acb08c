use super::*;

fn facts() -> DocxFacts<'static> {
    DocxFacts {
        lang: "fr-FR",
        date: "2026-12-07",
        paper: Paper::A4,
        reference: None,
        accent: None,
        logo: None,
    }
}

const LETTER: &str = r#"<document title="Fin &amp; suite" author="Claire Martin">
<letterhead><left><p style="Sender"><b>Claire Martin</b></p></left><right><p style="SenderAddress">Lyon</p></right></letterhead>
<window><p style="Recipient">M. Dupont</p></window>
<p style="Subject">Objet</p>
<p>Madame, Monsieur,</p>
</document>"#;

/// The parts of the package, which docx-rs stores uncompressed.
fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_same_outline_gives_the_same_bytes() {
    let first = build(LETTER, facts()).unwrap();
    let second = build(LETTER, facts()).unwrap();
    assert_eq!(first, second);
    assert_eq!(&first[..2], b"PK");
}

#[test]
fn the_language_title_author_and_date_are_in_the_package() {
    let package = text(&build(LETTER, facts()).unwrap());
    assert!(package.contains(r#"<w:lang w:val="fr-FR""#), "{package}");
    assert!(package.contains("<dc:title>Fin &amp; suite</dc:title>"));
    assert!(package.contains("<dc:creator>Claire Martin</dc:creator>"));
    assert!(package.contains(">2026-12-07T09:00:00Z</dcterms:created>"));
    assert!(package.contains(r#"<w:pStyle w:val="Subject" />"#));
    assert!(package.contains(r#"<w:pgSz w:w="11906" w:h="16838""#));
}

#[test]
fn us_letter_where_the_region_uses_it() {
    assert_eq!(Paper::of_region(Some("US")), Paper::Letter);
    assert_eq!(Paper::of_region(Some("MX")), Paper::Letter);
    assert_eq!(Paper::of_region(Some("GB")), Paper::A4);
    assert_eq!(Paper::of_region(None), Paper::A4);
    let facts = DocxFacts {
        paper: Paper::Letter,
        ..facts()
    };
    let package = text(&build(LETTER, facts).unwrap());
    assert!(package.contains(r#"<w:pgSz w:w="12240" w:h="15840""#));
}

#[test]
fn a_style_outside_the_sheet_is_the_templates_mistake() {
    assert_eq!(
        build(r#"<document><p style="Fancy">x</p></document>"#, facts()).unwrap_err(),
        "the style `Fancy` is not one of the Word style sheet's (src/render/docx/styles.rs)"
    );
}
