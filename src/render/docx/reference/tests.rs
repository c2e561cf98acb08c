use super::*;

#[test]
fn the_references_styles_win_and_adieus_fill_the_gaps() {
    let theirs = r#"<w:styles><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>"#;
    let ours = r#"<w:styles><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Ours"/></w:style><w:style w:type="paragraph" w:styleId="Subject"><w:name w:val="Subject"/></w:style></w:styles>"#;
    assert_eq!(
        merge_styles(theirs, ours),
        r#"<w:styles><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Subject"><w:name w:val="Subject"/></w:style></w:styles>"#
    );
}

#[test]
fn adieus_lists_join_the_references_numbering_in_schema_order() {
    let theirs = r#"<w:numbering><w:abstractNum w:abstractNumId="0"></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;
    let ours = r#"<w:numbering><w:abstractNum w:abstractNumId="1"></w:abstractNum><w:abstractNum w:abstractNumId="9101"></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="9101"><w:abstractNumId w:val="9101"/></w:num></w:numbering>"#;
    assert_eq!(
        merge_numbering(theirs, ours),
        r#"<w:numbering><w:abstractNum w:abstractNumId="0"></w:abstractNum><w:abstractNum w:abstractNumId="9101"></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="9101"><w:abstractNumId w:val="9101"/></w:num></w:numbering>"#
    );
}

#[test]
fn the_references_header_and_footer_come_first_in_the_section() {
    let document = r#"<w:body><w:p/><w:sectPr><w:pgSz w:w="1"/><w:headerReference w:type="first" r:id="rIdHeader1" /><w:titlePg /></w:sectPr></w:body>"#;
    let references = r#"<w:headerReference w:type="default" r:id="rIdReference1" />"#;
    assert_eq!(
        with_section_references(document, references, Some(false)).unwrap(),
        r#"<w:body><w:p/><w:sectPr><w:headerReference w:type="default" r:id="rIdReference1" /><w:pgSz w:w="1"/></w:sectPr></w:body>"#
    );
    // A reference with a footer only keeps adieu's letterhead.
    let footer = r#"<w:footerReference w:type="default" r:id="rIdReference1" />"#;
    assert_eq!(
        with_section_references(document, footer, None).unwrap(),
        r#"<w:body><w:p/><w:sectPr><w:footerReference w:type="default" r:id="rIdReference1" /><w:pgSz w:w="1"/><w:headerReference w:type="first" r:id="rIdHeader1" /><w:titlePg /></w:sectPr></w:body>"#
    );
}

#[test]
fn an_element_name_must_end_where_it_is_looked_for() {
    let xml = r#"<w:header a="1"><w:headerReference w:type="x"/><w:header/>"#;
    assert_eq!(
        elements(xml, "<w:header").collect::<Vec<_>>(),
        [r#"<w:header a="1">"#, "<w:header/>"]
    );
}

#[test]
fn what_is_not_a_word_file_says_so() {
    assert_eq!(
        Reference::from_bytes(b"plain text").unwrap_err(),
        "it is not a Word document (.docx): it is not even a zip archive; save it from Word as .docx"
    );
}
