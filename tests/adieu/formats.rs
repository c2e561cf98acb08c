//! What each file format promises beyond its golden files: HTML and Markdown that no
//! value can break, PDFs whose text an independent reader finds, email drafts that an
//! independent parser reads back exactly.

use adieu::render::{Channel, Format};
use mail_parser::MessageParser;
use pulldown_cmark::{Event, Parser};

#[cfg(feature = "pdf")]
use crate::support::pdf_text;
use crate::support::{LANGUAGES, examples, flat, render, root};

fn case(name: &str) -> std::path::PathBuf {
    root().join("tests/cases").join(name)
}

/// The values of tests/cases/hostile.yaml that reach every document.
const HOSTILE: [&str; 9] = [
    "<script>alert(1)</script> & Co",
    "Émile <i>Dupont</i> =Heading",
    "*Bold* _it_ `code` #set page(width: 1cm) \"quoted\" -- 1\\2",
    "= Mr. Heading of #emph[Agency] (<https://example.com>)",
    "#42 <x>",
    "+ plus",
    "\\u{41} and \\ backslash",
    "{{ not tera }} {% raw %}",
    "Confidentiality & <NDA>",
];

#[test]
fn html_shows_every_value_literally() {
    let html = render(&case("hostile.yaml"), Channel::Letter, Format::Html, None);
    let html = html.text().unwrap();
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"),
        "{html}"
    );
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<i>"), "{html}");
    assert!(!html.contains("<b>"), "{html}");
    assert!(html.contains("&lt;!-- x --&gt; &amp;amp;"), "{html}");
}

#[test]
fn html_is_self_contained() {
    for example in examples() {
        for channel in [Channel::Letter, Channel::Email, Channel::Call] {
            let html = render(&example, channel, Format::Html, None);
            let html = html.text().unwrap();
            assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\""), "{html}");
            for external in [
                "<script", "<link", "<img", "src=", "url(", "@import", "http:", "https:",
            ] {
                assert!(!html.contains(external), "{channel}: {external} in {html}");
            }
        }
    }
}

#[test]
fn markdown_is_clean_commonmark_with_values_kept_literally() {
    for channel in [Channel::Letter, Channel::Email, Channel::Call] {
        let markdown = render(&case("hostile.yaml"), channel, Format::Markdown, None);
        let markdown = markdown.text().unwrap();
        let mut text = String::new();
        for event in Parser::new(markdown) {
            match event {
                Event::Html(html) | Event::InlineHtml(html) => {
                    panic!("{channel}: raw HTML {html:?} in\n{markdown}")
                }
                Event::Text(t) | Event::Code(t) => text.push_str(&t),
                Event::SoftBreak | Event::HardBreak => text.push(' '),
                Event::End(_) => text.push(' '),
                _ => {}
            }
        }
        // Every value the plain text shows, the Markdown shows literally too.
        let plain = render(&case("hostile.yaml"), channel, Format::Text, None);
        let plain = flat(plain.text().unwrap());
        let text = flat(&text);
        let shown: Vec<&&str> = HOSTILE
            .iter()
            .filter(|v| plain.contains(&flat(v)))
            .collect();
        assert!(shown.len() >= 7, "{channel}: only {shown:?} checked");
        for value in shown {
            assert!(
                text.contains(&flat(value)),
                "{channel}: {value:?} not in {text}"
            );
        }
    }
    for example in examples() {
        let markdown = render(&example, Channel::Call, Format::Markdown, None);
        let html_events = Parser::new(markdown.text().unwrap())
            .filter(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_)))
            .count();
        assert_eq!(html_events, 0, "{}", example.display());
    }
}

#[cfg(feature = "pdf")]
#[test]
fn pdf_text_is_searchable_and_values_stay_literal() {
    for channel in [Channel::Letter, Channel::Call] {
        let pdf = render(&case("hostile.yaml"), channel, Format::Pdf, None);
        // A typeset line may end inside a value (after "https://"), so the
        // comparison ignores whitespace altogether.
        let solid = |text: &str| text.split_whitespace().collect::<String>();
        let text = solid(&pdf_text(pdf.as_bytes()));
        let plain = render(&case("hostile.yaml"), channel, Format::Text, None);
        let plain = solid(plain.text().unwrap());
        let shown: Vec<&&str> = HOSTILE
            .iter()
            .filter(|v| plain.contains(&solid(v)))
            .collect();
        assert!(shown.len() >= 7, "{channel}: only {shown:?} checked");
        for value in shown {
            assert!(
                text.contains(&solid(value)),
                "{channel}: {value:?} not in {text}"
            );
        }
    }
}

#[cfg(feature = "pdf")]
#[test]
fn every_letter_pdf_has_the_date_line_end_date_and_every_closeout_item() {
    for example in examples() {
        for language in LANGUAGES {
            let pdf = render(&example, Channel::Letter, Format::Pdf, Some(language));
            let pdf = pdf.as_bytes();
            let document = lopdf::Document::load_mem(pdf).unwrap();
            assert_eq!(
                document.get_pages().len(),
                1,
                "{} in {language}: one page",
                example.display()
            );
            let text = flat(&pdf_text(pdf));
            // The plain-text letter says the same: its date line is the third block,
            // and the unwrapped email lists the close-out items one per line.
            let letter = render(&example, Channel::Letter, Format::Text, Some(language));
            let letter = letter.text().unwrap();
            let date_line = letter.split("\n\n").nth(2).unwrap();
            assert!(
                text.contains(&flat(date_line)),
                "{date_line:?} not in {text}"
            );
            let email = render(&example, Channel::Email, Format::Text, Some(language));
            let items: Vec<&str> = email
                .text()
                .unwrap()
                .lines()
                .filter_map(|line| line.strip_prefix("- "))
                .collect();
            for item in &items {
                assert!(text.contains(&flat(item)), "{item:?} not in {text}");
            }
            // The notice paragraph, the seventh block, carries the end date.
            let notice = letter.split("\n\n").nth(6).unwrap();
            assert!(text.contains(&flat(notice)), "{notice:?} not in {text}");
        }
    }
}

/// Under stress the caller must not turn pages: the key facts open the call script
/// and every pushback answer is on its first two pages, whatever the length of the
/// close-out, in every language.
#[cfg(feature = "pdf")]
#[test]
fn call_scripts_keep_the_pushback_answers_on_the_first_two_pages() {
    let mut cases = examples();
    cases.push(case("long-closeout.yaml"));
    for example in &cases {
        for language in LANGUAGES {
            let pdf = render(example, Channel::Call, Format::Pdf, Some(language));
            let pages = pdf_text(pdf.as_bytes());
            let first_two = flat(pages.split("\n----- page 3 -----\n").next().unwrap());
            let script = render(example, Channel::Call, Format::Text, Some(language));
            let script = script.text().unwrap();
            // The facts box is the block under the title and the number to call.
            let facts = script
                .split("\n\n")
                .find(|block| block.lines().nth(1).is_some_and(|l| l.starts_with("---")))
                .unwrap();
            let first_page = flat(pages.split("\n----- page 2 -----\n").next().unwrap());
            for line in facts.lines().skip(2) {
                assert!(
                    first_page.contains(&flat(line)),
                    "{} in {language}: {line:?} not on page 1",
                    example.display()
                );
            }
            // The section after the pushback answers (the close-out, or the closing
            // line) starts on page 2 at the latest. Headings are the lines underlined
            // with dashes; the pushback's is the language's `call-pushback`.
            let catalog = adieu::l10n::Catalog::embedded();
            let localizer = adieu::l10n::Localizer::new(
                adieu::l10n::Language::resolve(language, &catalog).unwrap(),
                &catalog,
            )
            .unwrap();
            let pushback = localizer
                .message("call-pushback", &fluent_bundle::FluentArgs::new())
                .unwrap();
            let lines: Vec<&str> = script.lines().collect();
            let headings: Vec<&str> = lines
                .windows(2)
                .filter(|pair| pair[1].starts_with("---"))
                .map(|pair| pair[0])
                .collect();
            let at = headings.iter().position(|h| *h == pushback).unwrap();
            let next = headings[at + 1];
            assert!(
                first_two.contains(&flat(next)),
                "{} in {language}: the pushback section runs past page 2 ({next:?} is not on page 1 or 2)",
                example.display()
            );
        }
    }
}

#[cfg(feature = "pdf")]
#[test]
fn pdfs_carry_every_diacritic_of_the_five_languages() {
    let letters = [
        "șțăîâȘȚĂÎÂ",
        "čďľĺňŕšťžôäČĎĽĹŇŔŠŤŽÔÄ",
        "éèêçœ«»ÉÈÊÇŒ",
        "ñ¿¡Ñáíóúü",
    ];
    for language in LANGUAGES {
        let pdf = render(
            &case("diacritics.yaml"),
            Channel::Letter,
            Format::Pdf,
            Some(language),
        );
        let text = pdf_text(pdf.as_bytes());
        for group in letters {
            for letter in group.chars() {
                assert!(
                    text.contains(letter),
                    "{language}: {letter} missing from\n{text}"
                );
            }
        }
        assert!(text.contains("Ĺudovít Ňaršo-Ŕáž"), "{text}");
        assert!(text.contains("Timișoara"), "{text}");
        assert!(
            !text.contains('ş') && !text.contains('ţ'),
            "no cedilla forms: {text}"
        );
    }
}

#[cfg(feature = "pdf")]
#[test]
fn pdfs_embed_their_fonts_and_are_a4() {
    for channel in [Channel::Letter, Channel::Call] {
        let example = root().join("examples/sk-outgrown.yaml");
        let pdf = render(&example, channel, Format::Pdf, None);
        let document = lopdf::Document::load_mem(pdf.as_bytes()).unwrap();
        let mut fonts = 0;
        for object in document.objects.values() {
            if let Ok(dictionary) = object.as_dict()
                && dictionary.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"FontDescriptor")
            {
                fonts += 1;
                assert!(
                    dictionary.has(b"FontFile3")
                        || dictionary.has(b"FontFile2")
                        || dictionary.has(b"FontFile"),
                    "{channel}: a font is not embedded: {dictionary:?}"
                );
            }
        }
        assert!(fonts >= 2, "{channel}: {fonts} fonts");
        for (_, page) in document.get_pages() {
            let page = document.get_dictionary(page).unwrap();
            let media_box = page.get(b"MediaBox").unwrap().as_array().unwrap();
            let size: Vec<f32> = media_box.iter().map(|n| n.as_float().unwrap()).collect();
            assert!(
                (size[2] - 595.28).abs() < 0.1 && (size[3] - 841.89).abs() < 0.1,
                "{size:?}"
            );
        }
    }
}

#[cfg(feature = "pdf")]
#[test]
fn pdfs_are_reproducible() {
    let example = root().join("examples/fr-fit.yaml");
    for channel in [Channel::Letter, Channel::Call] {
        let first = render(&example, channel, Format::Pdf, None);
        let second = render(&example, channel, Format::Pdf, None);
        assert!(first == second, "{channel}: two renders differ");
    }
}

#[test]
fn email_drafts_parse_back_to_what_was_rendered() {
    for example in examples()
        .into_iter()
        .chain([case("hostile.yaml"), case("diacritics.yaml")])
    {
        for language in LANGUAGES {
            let eml = render(&example, Channel::Email, Format::Eml, Some(language));
            let eml = eml.text().unwrap();
            let text = render(&example, Channel::Email, Format::Text, Some(language));
            let text = text.text().unwrap();
            let (subject_line, body) = text.split_once("\n\n").unwrap();
            let where_ = format!("{} in {language}", example.display());

            for line in eml.split("\r\n").take_while(|l| !l.is_empty()) {
                assert!(
                    line.is_ascii() && !line.contains('\n'),
                    "{where_}: header line {line:?}"
                );
                assert!(line.len() <= 78, "{where_}: header line too long: {line:?}");
            }
            for line in eml.split("\r\n") {
                assert!(line.len() <= 78, "{where_}: line too long: {line:?}");
            }
            assert!(
                !eml.contains("\nBcc:") && !eml.starts_with("Bcc:"),
                "{where_}"
            );

            let message = MessageParser::default().parse(eml.as_bytes()).unwrap();
            let subject = message.subject().unwrap();
            assert!(
                subject_line.ends_with(subject),
                "{where_}: {subject:?} / {subject_line:?}"
            );
            assert!(!subject.is_empty());
            let case = adieu::case::parse(&std::fs::read_to_string(&example).unwrap()).unwrap();
            let from = message.from().unwrap().first().unwrap();
            assert_eq!(from.name(), case.sender.name.as_deref(), "{where_}");
            assert_eq!(from.address(), case.sender.email.as_deref(), "{where_}");
            let to = message.to().unwrap().first().unwrap();
            assert_eq!(
                to.name(),
                Some(case.client.contact.name.as_str()),
                "{where_}"
            );
            assert_eq!(to.address(), Some(case.client.email.as_str()), "{where_}");
            assert_eq!(message.to().unwrap().iter().count(), 1, "{where_}");
            assert_eq!(message.date().unwrap().hour, 9, "{where_}");
            assert!(message.message_id().unwrap().contains('@'), "{where_}");
            assert_eq!(
                message.header_raw("X-Unsent").map(str::trim),
                Some("1"),
                "{where_}"
            );
            assert_eq!(
                message.header_raw("MIME-Version").map(str::trim),
                Some("1.0"),
                "{where_}"
            );
            assert_eq!(message.text_body_count(), 1, "{where_}");
            assert_eq!(message.html_body_count(), 1, "{where_}");
            // The draft keeps each long date on one line with no-break spaces.
            let nbsp = |text: &str| text.replace('\u{A0}', " ");
            let parsed = message.body_text(0).unwrap().replace("\r\n", "\n");
            assert_eq!(nbsp(&parsed), nbsp(body), "{where_}");
            let html = message.body_html(0).unwrap();
            assert!(html.starts_with("<!DOCTYPE html>"), "{where_}");
            assert!(html.contains(&format!("lang=\"{}\"", language)), "{where_}");
        }
    }
}

#[test]
fn hostile_names_survive_the_email_headers() {
    let eml = render(&case("hostile.yaml"), Channel::Email, Format::Eml, None);
    let message = MessageParser::default()
        .parse(eml.text().unwrap().as_bytes())
        .unwrap();
    let from = message.from().unwrap().first().unwrap();
    assert_eq!(from.name(), Some("Zoë \"Z\" O'Neil, Jr."));
    assert_eq!(from.address(), Some("zoe@smith-sons.example"));
    let to = message.to().unwrap().first().unwrap();
    assert_eq!(to.name(), Some("Émile <i>Dupont</i> =Heading"));
    assert_eq!(
        message.subject(),
        Some(
            "Ending our agreement: *Bold* _it_ `code` #set page(width: 1cm) \"quoted\" -- 1\\2 (ref.\u{a0}<!-- x --> &amp;)"
        )
    );
}
