//! Golden documents: every example × letter/email/call, in its own language and in
//! the four others, as text; and in Markdown in its own language. The golden files
//! are the product: review their diffs like code.

use adieu::case::Overrides;
use adieu::compose::Composer;
use adieu::input::Source;
use adieu::l10n::Catalog;
use adieu::render::{Channel, Format};

use crate::support::{LANGUAGES, check_golden, examples, root};

const CHANNELS: [Channel; 3] = [Channel::Letter, Channel::Email, Channel::Call];

fn render(
    example: &std::path::Path,
    channel: Channel,
    format: Format,
    language: Option<&str>,
) -> String {
    let source = Source::read(example).expect("example is readable");
    let composer = Composer::new(channel, format, Catalog::embedded());
    let overrides = Overrides {
        language,
        date: None,
        today: jiff::civil::date(2026, 11, 23),
    };
    match composer.compose(&source, overrides) {
        Ok(document) => {
            assert!(
                document.notes.iter().all(|n| !n.contains("missing")),
                "{}: {:?}",
                example.display(),
                document.notes
            );
            document.text
        }
        Err(error) => panic!("{} ({channel}, {language:?}): {error:?}", example.display()),
    }
}

#[test]
fn every_example_matches_its_golden_documents() {
    let mut failures = Vec::new();
    for example in examples() {
        let stem = example
            .file_stem()
            .expect("file name")
            .to_string_lossy()
            .into_owned();
        let own = stem
            .split('-')
            .next()
            .expect("examples are named <lang>-<reason>")
            .to_owned();
        for channel in CHANNELS {
            for language in LANGUAGES {
                let text = render(
                    &example,
                    channel,
                    Format::Text,
                    (language != own).then_some(language),
                );
                let path = root().join(format!("tests/golden/{stem}/{channel}.{language}.txt"));
                failures.extend(check_golden(&path, &text).err());
            }
            let markdown = render(&example, channel, Format::Markdown, None);
            let path = root().join(format!("tests/golden/{stem}/{channel}.{own}.md"));
            failures.extend(check_golden(&path, &markdown).err());
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn rendering_is_deterministic() {
    for example in examples() {
        for channel in CHANNELS {
            let first = render(&example, channel, Format::Text, None);
            let second = render(&example, channel, Format::Text, None);
            assert_eq!(first, second, "{}", example.display());
        }
    }
}
