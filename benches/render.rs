//! Where the time of one document goes: parsing and validating a case, rendering a
//! letter in each language and a call script, and building a language's Fluent
//! bundles, formatters and template. Run with `cargo bench`; the whole-process and
//! batch figures come from `bench/compare.sh`.

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::sync::Arc;

use adieu::case::{self, Overrides};
use adieu::compose::Composer;
use adieu::input::Source;
use adieu::l10n::{Catalog, Language, Localizer};
use adieu::render::{Channel, Format, Renderer, Templates};
use criterion::{Criterion, criterion_group, criterion_main};
use jiff::civil::date;

const LANGUAGES: [&str; 5] = ["en", "es", "fr", "ro", "sk"];

fn source() -> Source {
    Source {
        name: "examples/en-capacity.yaml".into(),
        text: include_str!("../examples/en-capacity.yaml").into(),
    }
}

fn overrides(language: Option<&str>) -> Overrides<'_> {
    Overrides {
        language,
        date: None,
        today: date(2026, 11, 23),
    }
}

fn parse_and_validate(c: &mut Criterion) {
    let source = source();
    let catalog = Catalog::embedded();
    c.bench_function("parse+validate", |b| {
        b.iter(|| case::load(black_box(&source), &catalog, overrides(None)).unwrap())
    });
}

fn render(c: &mut Criterion) {
    let source = source();
    let mut group = c.benchmark_group("render");
    for (channel, languages) in [
        (Channel::Letter, &LANGUAGES[..]),
        (Channel::Call, &LANGUAGES[..1]),
    ] {
        let composer = Composer::new(channel, Format::Text, Catalog::embedded());
        for language in languages {
            let loaded = composer.load(&source, overrides(Some(language))).unwrap();
            // The first render prepares the language; the benchmark measures the rest.
            composer.render(&loaded).unwrap();
            group.bench_function(format!("{channel} {language}"), |b| {
                b.iter(|| composer.render(black_box(&loaded)).unwrap())
            });
        }
    }
    group.finish();
}

fn prepare(c: &mut Criterion) {
    let catalog = Catalog::embedded();
    let mut group = c.benchmark_group("prepare");
    for language in LANGUAGES {
        let resolved = Language::resolve(language, &catalog).unwrap();
        group.bench_function(format!("bundles {language}"), |b| {
            b.iter(|| Localizer::new(black_box(resolved.clone()), &catalog).unwrap())
        });
    }
    let localizer =
        Arc::new(Localizer::new(Language::resolve("en", &catalog).unwrap(), &catalog).unwrap());
    let templates = Templates::embedded();
    group.bench_function("letter template", |b| {
        b.iter(|| {
            Renderer::new(
                Channel::Letter,
                Format::Text,
                Arc::clone(&localizer),
                &templates,
            )
            .unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, parse_and_validate, render, prepare);
criterion_main!(benches);
