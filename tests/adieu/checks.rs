//! What every rendered document must satisfy, whatever its case: no placeholder or
//! stray markup, clean spacing, no English in another language, and each
//! language's own typography. Each check returns the problems it finds.

/// Words of English letters that must never appear in another language's output.
/// Words that are also words of es, fr, ro or sk ("a", "to", "on", "ref",
/// "collaboration", "services", "contract") are left out.
pub const ENGLISH_WORDS: &[&str] = &[
    "dear",
    "regards",
    "sincerely",
    "yours",
    "kind",
    "best",
    "warm",
    "notice",
    "invoice",
    "invoices",
    "subject",
    "day",
    "days",
    "until",
    "thank",
    "thanks",
    "please",
    "agreement",
    "termination",
    "ending",
    "handover",
    "deliverable",
    "delivered",
    "refund",
    "email",
    "phone",
    "call",
    "script",
    "before",
    "after",
    "decision",
    "reason",
    "referral",
    "closing",
    "opening",
    "the",
    "and",
    "with",
    "your",
    "our",
    "we",
    "will",
    "from",
    "for",
    "this",
    "that",
    "mr",
    "ms",
    "mrs",
    "hello",
];

/// Problems any document can have: placeholders, Fluent or Tera leftovers,
/// isolation marks, doubled blank lines and bad spacing.
pub fn clean(text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for marker in ["{", "}", "$", "???", "\u{2068}", "\u{2069}", "\u{FFFD}"] {
        if text.contains(marker) {
            problems.push(format!("contains {marker:?}"));
        }
    }
    if text.starts_with('\n') {
        problems.push("starts with an empty line".into());
    }
    if text.contains("\n\n\n") {
        problems.push("has two empty lines in a row".into());
    }
    for (i, line) in text.lines().enumerate() {
        // Indentation is not a doubled space, nor is a Markdown list's nesting
        // inside a quote ("> - sentence", ">   - its item").
        let body = line.trim_start_matches(' ');
        let body = match body.strip_prefix('>') {
            Some(quoted) => quoted.trim_start_matches(' '),
            None => body,
        };
        let mut say = |what: &str| problems.push(format!("line {}: {what}: {line:?}", i + 1));
        if body.contains("  ") {
            say("doubled space");
        }
        if line.ends_with(' ') || line.ends_with('\u{a0}') {
            say("trailing space");
        }
        for bad in [" ,", " .", "\u{a0},", "\u{a0}.", ",,", "..", ",."] {
            if body.contains(bad) {
                say(&format!("{bad:?}"));
            }
        }
    }
    problems
}

/// English words in a document that is not in English.
pub fn english_leaks(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|word| ENGLISH_WORDS.contains(&word.to_lowercase().as_str()))
        .map(|word| format!("English word {word:?}"))
        .collect()
}

/// The quotation marks each language, or regional variant, uses, opening then
/// closing: Spain writes «…», Mexican business writing “…” (round 6b;
/// `locales/es-MX/locale.yaml`: `quotes`).
fn quotes(tag: &str) -> (char, char) {
    match tag {
        "es-MX" => ('“', '”'),
        _ => quotes_of(tag.split('-').next().unwrap_or(tag)),
    }
}

/// The quotation marks of a base language.
fn quotes_of(language: &str) -> (char, char) {
    match language {
        "en" => ('“', '”'),
        "es" | "fr" => ('«', '»'),
        "ro" => ('„', '”'),
        "sk" => ('„', '“'),
        other => panic!("add the quotation marks of {other} to tests/adieu/checks.rs"),
    }
}

/// Words that follow a number as its unit, per language, and currency signs.
fn units(language: &str) -> &'static [&'static str] {
    match language {
        "en" => &["day", "days"],
        "es" => &["día", "días"],
        "fr" => &["jour", "jours"],
        "ro" => &["zi", "zile", "de"],
        "sk" => &["deň", "dni", "dní", "dňa"],
        other => panic!("add the words for days in {other} to tests/adieu/checks.rs"),
    }
}

const CURRENCIES: &[&str] = &[
    "€", "£", "US$", "CHF", "RON", "EUR", "USD", "GBP", "MX$", "lei",
];

/// Abbreviations that stand before a number and must not be parted from it.
const NUMBER_SIGNS: &[&str] = &["n°", "č.", "nr.", "ref.", "réf.", "Nr."];

/// The typography of `tag`: quotation marks (a regional variant's own), apostrophes,
/// no-break spaces, and French spacing before ; : ! ? and inside « ».
pub fn typography(tag: &str, text: &str) -> Vec<String> {
    let language = tag.split('-').next().unwrap_or(tag);
    let mut problems = Vec::new();
    let (open, close) = quotes(tag);
    for quote in ['"', '“', '”', '„', '«', '»', '‹', '›', '‚', '‘'] {
        if quote != open && quote != close && text.contains(quote) {
            problems.push(format!("quotation mark {quote:?} is not {language}'s"));
        }
    }
    let opened = text.matches(open).count();
    let closed = text.matches(close).count();
    if open != close && opened != closed {
        problems.push(format!("{opened} {open:?} but {closed} {close:?}"));
    }
    // No language here writes a straight apostrophe; French and English use ’.
    if text.contains('\'') {
        problems.push("straight apostrophe '".into());
    }
    let words: Vec<&str> = text.split(' ').collect();
    for pair in words.windows(2) {
        let (before, after) = (pair[0], pair[1]);
        let after = after
            .split(['\u{a0}', '\u{202f}', '\n'])
            .next()
            .unwrap_or_default()
            .trim_end_matches(|c: char| c.is_ascii_punctuation());
        let ends_in_digit = before.chars().last().is_some_and(|c| c.is_ascii_digit());
        if ends_in_digit && (units(language).contains(&after) || CURRENCIES.contains(&after)) {
            problems.push(format!(
                "breakable space in {:?}",
                format!("{before} {after}")
            ));
        }
        let last_line = before.rsplit('\n').next().unwrap_or(before);
        if CURRENCIES.contains(&last_line) && after.starts_with(|c: char| c.is_ascii_digit()) {
            problems.push(format!(
                "breakable space in {:?}",
                format!("{before} {after}")
            ));
        }
        if NUMBER_SIGNS.contains(&last_line.trim_start_matches('(')) {
            problems.push(format!("breakable space after {last_line:?}"));
        }
    }
    if language == "fr" {
        let chars: Vec<char> = text.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            let context = || {
                chars[i.saturating_sub(12)..(i + 2).min(chars.len())]
                    .iter()
                    .collect::<String>()
            };
            if matches!(c, ';' | ':' | '!' | '?' | '»') && before != Some('\u{202f}') {
                problems.push(format!(
                    "no narrow no-break space before {c:?} in {:?}",
                    context()
                ));
            }
            if *c == '«' && after != Some('\u{202f}') {
                problems.push(format!(
                    "no narrow no-break space after « in {:?}",
                    context()
                ));
            }
        }
    }
    problems
}
