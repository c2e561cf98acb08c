//! `adieu reasons`: the seven reasons, when each fits, and the exact sentence each
//! one writes in a language.

use super::Settings;
use crate::case::Reason;
use crate::cli::ReasonsArgs;
use crate::error::Result;
use crate::l10n::{Catalog, Voice};
use crate::output;
use crate::schema::{Docs, Kind};

/// What the domain advice says about each reason, beyond the schema's one line.
struct Guidance {
    /// Situations that often lead to this reason.
    signs: &'static str,
    /// How much notice fits.
    notice: &'static str,
    /// Whether the documents refer the client to someone else.
    referral: &'static str,
}

fn guidance(reason: Reason) -> Guidance {
    const USUAL: &str =
        "the usual notice: 30 days, the end of the current deliverable, or what the contract says";
    const AT_ONCE: &str = "may end at once (`immediate: true`), or with the usual notice";
    match reason {
        Reason::Capacity => Guidance {
            signs: "the account takes most of the effort for little revenue; you are turning work away",
            notice: USUAL,
            referral: "yes: name a colleague, or the kind of provider to look for",
        },
        Reason::Fit => Guidance {
            signs: "demands outside the agreed scope; constant changes of mind; advice ignored, then blame; being played against competitors",
            notice: USUAL,
            referral: "yes: name a colleague, or the kind of provider to look for",
        },
        Reason::Direction => Guidance {
            signs: "you are narrowing your services or changing specialisation",
            notice: USUAL,
            referral: "yes: name a colleague, or the kind of provider to look for",
        },
        Reason::Outgrown => Guidance {
            signs: "the client needs more hours, a larger team or a specialist",
            notice: USUAL,
            referral: "yes: a larger agency or a specialist",
        },
        Reason::Payment => Guidance {
            signs: "chronic late payment; haggling over every invoice",
            notice: "the usual notice, or once what is owed is settled; consider collecting what is owed before giving notice",
            referral: "optional",
        },
        Reason::Conduct => Guidance {
            signs: "abuse or disrespect of you or your staff",
            notice: AT_ONCE,
            referral: "none: the documents never refer the client on",
        },
        Reason::Ethics => Guidance {
            signs: "dishonesty; practices that expose you to legal liability",
            notice: AT_ONCE,
            referral: "none: the documents never refer the client on",
        },
    }
}

/// Prints every reason with its guidance and its sentence in the chosen language.
pub fn reasons(args: &ReasonsArgs, settings: &Settings) -> Result<()> {
    let catalog = Catalog::embedded();
    let localizer = super::listing_localizer(args.lang.as_deref(), settings, &catalog)?;
    let docs = Docs::new(Kind::Case);
    let when: Vec<(&str, &str)> = docs.values("reason");
    let mut text = format!(
        "Choose exactly one reason; the documents state it as one neutral sentence ({}).\n\
         Before ending, consider trying once: review priorities, reset expectations, or\n\
         renegotiate price or scope.\n",
        localizer.language().tag
    );
    for reason in Reason::ALL {
        let summary = when
            .iter()
            .find(|(code, _)| *code == reason.code())
            .map_or("", |(_, description)| *description);
        let guidance = guidance(reason);
        let firm = localizer.reason(reason, Voice::We)?;
        let alone = localizer.reason(reason, Voice::I)?;
        text.push('\n');
        text.push_str(reason.code());
        text.push('\n');
        field(&mut text, "When", summary);
        field(&mut text, "Signs", guidance.signs);
        field(&mut text, "Notice", guidance.notice);
        field(&mut text, "Referral", guidance.referral);
        field(&mut text, "Sentence", &firm);
        if alone != firm {
            field(&mut text, "", &format!("(without sender.company: {alone})"));
        }
    }
    output::write_stdout(text.as_bytes())
}

/// One labelled, wrapped line of a reason's entry.
fn field(text: &mut String, label: &str, value: &str) {
    let first = if label.is_empty() {
        " ".repeat(12)
    } else {
        format!("  {label:<10}")
    };
    let options = textwrap::Options::new(88)
        .initial_indent(&first)
        .subsequent_indent("            ")
        .break_words(false);
    text.push_str(&textwrap::fill(value, options));
    text.push('\n');
}
