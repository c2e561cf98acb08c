//! The example cases compiled into adieu, as `adieu new --example NAME` writes them:
//! usable from any folder, and never out of date.
//!
//! Every example is dated [`DATED`]. Written out, all its dates move forward by whole
//! weeks to the first same weekday on or after today, so a case written today
//! carries no `date-in-past` warning, its invoices keep their status (overdue or not)
//! and its last day stays the weekday it was chosen to be.

use jiff::ToSpan;
use jiff::civil::Date;

use crate::assets::EXAMPLES;

/// The date every shipped example carries (a test checks it).
pub const DATED: Date = jiff::civil::date(2026, 11, 23);

/// The names `--example` takes: the example's path under `examples/` without its
/// extension (`fr-fit`, `batch/base`), and the file name it is written as.
pub fn names() -> impl Iterator<Item = (&'static str, &'static str)> {
    EXAMPLES.iter().filter_map(|(path, _)| {
        let (stem, _) = path.rsplit_once('.')?;
        let file = path.rsplit('/').next().unwrap_or(path);
        Some((stem, file))
    })
}

/// The example called `name`, with its dates moved to `today` (see the module's
/// doc); `None` when there is no such example.
pub fn dated(name: &str, today: Date) -> Option<String> {
    let (_, text) = EXAMPLES
        .iter()
        .find(|(path, _)| path.rsplit_once('.').is_some_and(|(stem, _)| stem == name))?;
    Some(shift_dates(text, shift(today)))
}

/// How many days forward the examples' dates move: whole weeks, to today or up to
/// six days after it; never backwards.
fn shift(today: Date) -> i64 {
    let days = i64::from((today - DATED).get_days().max(0));
    (days + 6) / 7 * 7
}

/// `text` with every `YYYY-MM-DD` standing alone moved `days` forward.
fn shift_dates(text: &str, days: i64) -> String {
    if days == 0 {
        return text.to_owned();
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut i = 0;
    while i + 10 <= bytes.len() {
        let candidate = &bytes[i..i + 10];
        let shaped = candidate.iter().enumerate().all(|(k, b)| match k {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
        let alone = (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
            && bytes.get(i + 10).is_none_or(|b| !b.is_ascii_alphanumeric());
        let moved = (shaped && alone)
            .then(|| text[i..i + 10].parse::<Date>().ok())
            .flatten()
            .and_then(|date| date.checked_add(days.days()).ok());
        match moved {
            Some(date) => {
                out.push_str(&text[copied..i]);
                out.push_str(&date.to_string());
                i += 10;
                copied = i;
            }
            None => i += 1,
        }
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_move_by_whole_weeks_to_today_or_just_after() {
        let text = "date: 2026-11-23\ndue: 2026-12-15, ref FT-2026-114 and 12026-11-23\n";
        // A Wednesday nine days on: two weeks, to the Monday after.
        let moved = |today| shift_dates(text, shift(today));
        assert_eq!(
            moved(jiff::civil::date(2026, 12, 2)),
            "date: 2026-12-07\ndue: 2026-12-29, ref FT-2026-114 and 12026-11-23\n"
        );
        assert_eq!(moved(DATED), text);
        // Never backwards.
        assert_eq!(moved(jiff::civil::date(2026, 1, 1)), text);
    }

    #[test]
    fn every_example_is_dated_as_the_shift_assumes() {
        for (path, text) in EXAMPLES {
            if let Some(line) = text.lines().find(|l| l.starts_with("date: ")) {
                assert_eq!(line, format!("date: {DATED}"), "{path}");
            }
        }
    }
}
