//! The terminal side of the interview: one question at a time through inquire, each
//! answer checked as it is typed by the same rules as `adieu check`.
//!
//! inquire was chosen over dialoguer and cliclack because its validators run while
//! the prompt is open, so a wrong date or e-mail is corrected in place, and its
//! help line and option labels take our own (translated) text.

use fluent_bundle::FluentArgs;
use inquire::validator::Validation;
use inquire::{InquireError, MultiSelect, Select, Text};

use super::Check;
use crate::answers::{Answer, Answers, Listed};
use crate::error::{Error, Result};
use crate::l10n::Localizer;

/// Asks the questions in the user's language and keeps the answers.
pub(super) struct Prompter<'a> {
    /// The user's language, not the documents'.
    pub(super) ui: &'a Localizer,
    /// Answers so far.
    pub(super) answers: Answers,
    /// Checks a set of answers as `adieu check` would.
    pub(super) check: &'a Check<'a>,
}

/// How a text answer is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Free text.
    Text,
    /// A number, written as typed.
    Number,
}

/// One option of a choice, shown by its label.
#[derive(Clone)]
struct Choice<T> {
    value: T,
    label: String,
}

impl<T> std::fmt::Display for Choice<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

impl Prompter<'_> {
    /// A message of the user's language.
    pub(super) fn say(&self, id: &str) -> Result<String> {
        self.ui.message(id, &FluentArgs::new())
    }

    /// A message with one argument.
    pub(super) fn say_with(&self, id: &str, name: &str, value: impl ToString) -> Result<String> {
        let mut args = FluentArgs::new();
        args.set(name, value.to_string());
        self.ui.message(id, &args)
    }

    /// A message with one number, which its variants select on (`[0]`, plurals).
    pub(super) fn say_number(&self, id: &str, name: &str, value: u16) -> Result<String> {
        let mut args = FluentArgs::new();
        args.set(name, value);
        self.ui.message(id, &args)
    }

    /// Asks for the text at `path`; an optional one may be left empty. `default` is
    /// accepted with Enter.
    pub(super) fn text(
        &mut self,
        path: &str,
        question: &str,
        kind: Kind,
        required: bool,
        default: Option<&str>,
    ) -> Result<()> {
        let keys = self.say(if required {
            "interview-keys"
        } else {
            "interview-keys-optional"
        })?;
        let needed = self.say("interview-needed")?;
        let validator = |input: &str| {
            let mut trial = self.answers.clone();
            let input = input.trim();
            if input.is_empty() {
                if required {
                    return Ok(Validation::Invalid(needed.clone().into()));
                }
                trial.clear(path);
            } else {
                trial.set(path, answer(kind, input));
            }
            Ok(self.check.verdict(&trial, path))
        };
        let mut prompt = Text::new(question)
            .with_help_message(&keys)
            .with_validator(validator);
        if let Some(default) = default {
            prompt = prompt.with_default(default);
        }
        let typed = asked(prompt.prompt())?;
        match typed.as_deref().map(str::trim) {
            Some(text) if !text.is_empty() => self.answers.set(path, answer(kind, text)),
            _ => self.answers.clear(path),
        }
        Ok(())
    }

    /// Asks for the lines of the list at `path`, one at a time, until an empty one;
    /// the list starts with `first` (the catalogue's items the user ticked).
    pub(super) fn lines(&mut self, path: &str, question: &str, first: Vec<Listed>) -> Result<()> {
        let keys = self.say("interview-keys-lines")?;
        let mut items = first;
        let mut typed = 0;
        loop {
            let validator = |input: &str| {
                let input = input.trim();
                if input.is_empty() {
                    return Ok(Validation::Valid);
                }
                let mut trial = self.answers.clone();
                let mut more = items.clone();
                more.push(Listed::Text(input.to_owned()));
                trial.set(path, Answer::List(more));
                Ok(self.check.verdict(&trial, path))
            };
            let label = if typed == 0 {
                question.to_owned()
            } else {
                format!("{question} ({})", typed + 1)
            };
            let prompt = Text::new(&label)
                .with_help_message(&keys)
                .with_validator(validator);
            match asked(prompt.prompt())? {
                Some(line) if !line.trim().is_empty() => {
                    items.push(Listed::Text(line.trim().to_owned()));
                    typed += 1;
                }
                _ => break,
            }
        }
        if items.is_empty() {
            self.answers.clear(path);
        } else {
            self.answers.set(path, Answer::List(items));
        }
        Ok(())
    }

    /// The number of days of a catalogue code with terms (`warranty`), checked by
    /// `check` as the next item of the list at `path`, after `before`.
    pub(super) fn days_of(
        &self,
        path: &str,
        question: &str,
        code: &str,
        before: &[Listed],
    ) -> Result<Listed> {
        let keys = self.say("interview-keys")?;
        let item = |days: &str| Listed::Code(format!("{{{code}: {{days: {days}}}}}"));
        let validator = |input: &str| {
            // Only digits reach the YAML; anything else gets check's own words.
            if let Err(message) = crate::case::parse_days(input) {
                return Ok(Validation::Invalid(message.into()));
            }
            let mut trial = self.answers.clone();
            let mut items = before.to_vec();
            items.push(item(input.trim()));
            trial.set(path, Answer::List(items));
            Ok(self.check.verdict(&trial, path))
        };
        loop {
            let prompt = Text::new(question)
                .with_default("30")
                .with_help_message(&keys)
                .with_validator(validator);
            // Esc cannot skip a number the item needs: the question is asked again.
            if let Some(days) = asked(prompt.prompt())? {
                return Ok(item(days.trim()));
            }
        }
    }

    /// One of `options`, each with its label; `default` is where the cursor starts.
    pub(super) fn choose<T: Copy>(
        &self,
        question: &str,
        options: Vec<(T, String)>,
        default: usize,
    ) -> Result<T> {
        let keys = self.say("interview-keys-choice")?;
        let options: Vec<Choice<T>> = options
            .into_iter()
            .map(|(value, label)| Choice { value, label })
            .collect();
        let count = options.len();
        let prompt = Select::new(question, options)
            .with_help_message(&keys)
            .with_starting_cursor(default.min(count.saturating_sub(1)))
            .with_page_size(count.max(1));
        loop {
            // Esc on a choice chooses nothing: the question is asked again.
            if let Some(choice) = asked(prompt.clone().prompt())? {
                return Ok(choice.value);
            }
        }
    }

    /// Any number of `options`, each with its label; none is a valid answer.
    pub(super) fn choose_many<T: Copy>(
        &self,
        question: &str,
        options: Vec<(T, String)>,
    ) -> Result<Vec<T>> {
        let keys = self.say("interview-keys-many")?;
        let options: Vec<Choice<T>> = options
            .into_iter()
            .map(|(value, label)| Choice { value, label })
            .collect();
        let count = options.len();
        let prompt = MultiSelect::new(question, options)
            .with_help_message(&keys)
            .with_page_size(count.max(1))
            .without_filtering();
        // Esc chooses none of them.
        Ok(asked(prompt.prompt())?
            .unwrap_or_default()
            .into_iter()
            .map(|choice| choice.value)
            .collect())
    }

    /// Yes or no, as a choice between the two words of the user's language.
    pub(super) fn yes(&self, question: &str, default: bool) -> Result<bool> {
        let options = vec![
            (true, self.say("interview-yes")?),
            (false, self.say("interview-no")?),
        ];
        self.choose(question, options, usize::from(!default))
    }
}

fn answer(kind: Kind, text: &str) -> Answer {
    match kind {
        Kind::Text => Answer::Text(text.to_owned()),
        Kind::Number => Answer::Number(decimal_point(text)),
    }
}

/// `1200,50` as `1200.50`: most of adieu's languages write a decimal comma, and the
/// case file takes a point. Only a comma before one or two final digits is one;
/// `1,250` is left for check to refuse, as it could mean either.
fn decimal_point(text: &str) -> String {
    match text.split_once(',') {
        Some((units, cents))
            if !units.is_empty()
                && units.bytes().all(|b| b.is_ascii_digit())
                && (1..=2).contains(&cents.len())
                && cents.bytes().all(|b| b.is_ascii_digit()) =>
        {
            format!("{units}.{cents}")
        }
        _ => text.to_owned(),
    }
}

/// The answer, `None` when the user pressed Esc (skip), or the interview's end on
/// Ctrl-C or a terminal that cannot be used.
pub(super) fn asked<T>(result: std::result::Result<T, InquireError>) -> Result<Option<T>> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(InquireError::OperationCanceled) => Ok(None),
        Err(InquireError::OperationInterrupted) => Err(Error::Interrupted),
        Err(InquireError::NotTTY) => Err(super::not_a_terminal()),
        Err(e) => Err(Error::usage(format!("the interview stopped: {e}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::decimal_point;

    #[test]
    fn a_decimal_comma_becomes_the_point_the_case_file_takes() {
        assert_eq!(decimal_point("1200,50"), "1200.50");
        assert_eq!(decimal_point("1200,5"), "1200.5");
        assert_eq!(decimal_point("1,250"), "1,250");
        assert_eq!(decimal_point("1.250,00"), "1.250,00");
        assert_eq!(decimal_point("30"), "30");
    }
}
