//! The case file `adieu new` writes: every field of the case format, each explained
//! by the description the schema carries (the doc comments of [`crate::case`]), the
//! required ones as `"<…>"` placeholders and the optional ones commented out.
//!
//! Placeholders are never valid values: validation reports each one left (code
//! `placeholder`), so a scaffold cannot become a letter by accident. The examples in
//! the comments come from the shipped example cases of the chosen language, and the
//! fields the config file gives are commented out, so that sender details are never
//! typed twice.

use crate::answers::Answers;
use crate::case::Reason;
use crate::config::Config;
use crate::error::Result;
use crate::l10n::{Language, Localizer, Voice};
use crate::render::Channel;
use crate::schema::{Docs, Kind};

mod samples;
mod writer;

use samples::{Given, samples};
use writer::Writer;

/// What to write a scaffold for.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    /// The language of the documents.
    pub language: &'a Language,
    /// The reason, when already chosen.
    pub reason: Option<Reason>,
    /// The document to be sent first: a letter asks for postal addresses.
    pub channel: Channel,
    /// The config file, whose fields are left out.
    pub config: Option<&'a Config>,
    /// What the `$schema` line points at: a path or a URL.
    pub schema: &'a str,
    /// The file name to use in the "then run" hint.
    pub file_name: &'a str,
    /// The interview's answers: with them, a field is written exactly when it has
    /// one, and every other stays commented out.
    pub answers: Option<&'a Answers>,
}

/// A written scaffold.
#[derive(Debug, Clone)]
pub struct Scaffold {
    /// The YAML text.
    pub text: String,
    /// The path of every field it shows, written or commented out.
    pub fields: Vec<String>,
}

/// The name the scaffold gives the case file in its "then run" hint: `-o`'s file
/// name, else `case.yaml`.
pub fn file_name(output: Option<&std::path::Path>) -> String {
    output.and_then(std::path::Path::file_name).map_or_else(
        || "case.yaml".to_owned(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Width of the comments.
const WIDTH: usize = 88;

/// Writes the scaffold; `localizer` speaks the requested language.
pub fn scaffold(request: &Request<'_>, localizer: &Localizer) -> Result<Scaffold> {
    let docs = Docs::new(Kind::Case);
    let samples = samples(request.language, request.reason);
    let given = Given::new(request.config);
    let mut w = Writer {
        docs: &docs,
        samples: &samples,
        given: &given,
        answers: request.answers,
        text: String::new(),
        fields: Vec::new(),
        depth: 0,
        commented_from: None,
        dash: false,
    };
    header(&mut w, request);

    w.blank();
    let tag = request.language.tag.as_str();
    w.scalar("language", &plain(tag), given.text("language") != Some(tag));

    w.blank();
    w.scalar("date", &quoted("<YYYY-MM-DD>"), false);

    w.blank();
    w.values("tone");
    let firm = request
        .reason
        .is_some_and(|r| matches!(r, Reason::Payment | Reason::Conduct | Reason::Ethics));
    let tone = if firm { "firm" } else { "neutral" };
    w.scalar("tone", &plain(tone), firm && !given.has("tone"));

    w.blank();
    w.values("reason");
    match request.reason {
        Some(reason) => {
            let firm_voice = localizer.reason(reason, Voice::We)?;
            let own_voice = localizer.reason(reason, Voice::I)?;
            w.note(&format!(
                "In {tag}, `{}` writes: \"{firm_voice}\"",
                reason.code()
            ));
            if own_voice != firm_voice {
                w.note(&format!("(without sender.company: \"{own_voice}\")"));
            }
            w.scalar("reason", &plain(reason.code()), true);
        }
        None => w.scalar("reason", &quoted("<one of the reasons above>"), true),
    }

    w.blank();
    sender(&mut w, request);

    w.blank();
    client(&mut w, request.channel);

    w.blank();
    w.enter("contract", false);
    w.scalar("contract.title", &quoted("<the contract's title>"), false);
    w.scalar("contract.reference", &quoted("<its reference>"), false);
    w.scalar("contract.signed", &quoted("<YYYY-MM-DD>"), false);
    w.scalar("contract.notice_days", &quoted("<days>"), false);
    w.leave();

    w.blank();
    notice(&mut w);

    w.blank();
    if request.reason.is_some_and(Reason::is_breach) {
        w.note("Leave the referral out: for conduct or ethics the documents never refer the client on.");
    }
    w.enter("referral", false);
    w.scalar("referral.name", &quoted("<the colleague's name>"), false);
    w.scalar("referral.company", &quoted("<the colleague's firm>"), false);
    w.scalar(
        "referral.contact",
        &quoted("<their email, phone or website>"),
        false,
    );
    w.scalar(
        "referral.kind",
        &quoted("<the kind of provider to look for>"),
        false,
    );
    w.leave();

    w.blank();
    closeout(&mut w);

    if !w.given.fields().contains(&"letterhead") {
        w.blank();
        letterhead(&mut w);
    }
    Ok(Scaffold {
        text: w.text,
        fields: w.fields,
    })
}

/// The config file `adieu config init` writes: the sender's name and email as
/// placeholders, every other default explained and commented out.
pub fn config_file(schema: &str) -> String {
    let docs = Docs::new(Kind::Config);
    let given = Given::new(None);
    let mut w = Writer {
        docs: &docs,
        samples: &[],
        given: &given,
        answers: None,
        text: String::new(),
        fields: Vec::new(),
        depth: 0,
        commented_from: None,
        dash: false,
    };
    w.raw(&format!("# yaml-language-server: $schema={schema}\n#\n"));
    w.note(
        "adieu config file: your sender details and defaults, written once and merged under \
         every case file. A case file's own values win, field by field; `adieu config show` \
         shows where each value comes from. Replace each \"<…>\" placeholder and uncomment \
         what you need (remove the leading \"# \").",
    );
    w.blank();
    w.scalar("language", &plain("en"), false);
    w.blank();
    w.values("tone");
    w.scalar("tone", &plain("neutral"), false);
    w.blank();
    w.enter("notice", true);
    w.scalar("notice.days", "30", true);
    w.leave();
    w.blank();
    w.enter("sender", true);
    w.scalar("sender.name", &quoted("<your full name>"), true);
    w.scalar("sender.role", &quoted("<your job title>"), false);
    w.scalar("sender.company", &quoted("<your firm>"), false);
    w.scalar("sender.email", &quoted("<your email address>"), true);
    w.scalar("sender.phone", &quoted("<your phone number>"), false);
    w.list("sender.address", &address_placeholders(), false);
    w.scalar("sender.place", &quoted("<your town>"), false);
    w.leave();
    w.blank();
    letterhead(&mut w);
    w.text
}

/// The letterhead, commented out: a logo, an accent colour, footer lines.
fn letterhead(w: &mut Writer<'_>) {
    w.enter("letterhead", false);
    w.scalar("letterhead.logo", &quoted("<logo.png or logo.svg>"), false);
    w.scalar("letterhead.accent", &quoted("#1A5FB4"), false);
    w.list(
        "letterhead.footer",
        &[
            quoted("<registration number, VAT id>"),
            quoted("<bank, IBAN>"),
        ],
        false,
    );
    w.leave();
}

fn header(w: &mut Writer<'_>, request: &Request<'_>) {
    w.raw(&format!(
        "# yaml-language-server: $schema={}\n#\n",
        request.schema
    ));
    let file = request.file_name;
    w.note(
        "adieu case file: the facts of one client relationship you are ending. Replace each \
         \"<…>\" placeholder, uncomment the optional lines you need (remove the leading \"# \"), \
         then run:",
    );
    w.raw(&format!(
        "#   adieu check {file}\n#   adieu {} {file}\n",
        request.channel
    ));
    w.note(
        "adieu writes no document while a placeholder is left. `adieu schema` describes every \
         field, `adieu reasons` every reason.",
    );
    if let Some(config) = request.config {
        let fields = w.given.fields();
        if !fields.is_empty() {
            w.note(&format!(
                "Your config file {} gives {}: those lines are commented out below, and a line \
                 written here wins over it.",
                config.name(),
                fields.join(", ")
            ));
        }
    }
}

fn sender(w: &mut Writer<'_>, request: &Request<'_>) {
    let letter = request.channel == Channel::Letter;
    let needed = |path: &str| !w.given.has(path);
    let name = needed("sender.name");
    let email = needed("sender.email");
    let address = letter && needed("sender.address");
    let place = letter && needed("sender.place");
    w.enter("sender", name || email || address || place);
    w.scalar(
        "sender.name",
        &w.value("sender.name", "<your full name>"),
        name,
    );
    w.scalar(
        "sender.role",
        &w.value("sender.role", "<your job title>"),
        false,
    );
    w.scalar(
        "sender.company",
        &w.value("sender.company", "<your firm>"),
        false,
    );
    w.scalar(
        "sender.email",
        &w.value("sender.email", "<your email address>"),
        email,
    );
    w.scalar(
        "sender.phone",
        &w.value("sender.phone", "<your phone number>"),
        false,
    );
    let lines = match w.given.sender_address() {
        Some(lines) => lines.iter().map(|l| quoted(l)).collect(),
        None => address_placeholders(),
    };
    w.list("sender.address", &lines, address);
    w.scalar(
        "sender.place",
        &w.value("sender.place", "<your town>"),
        place,
    );
    w.leave();
}

fn client(w: &mut Writer<'_>, channel: Channel) {
    w.enter("client", true);
    w.scalar("client.company", &quoted("<the client's company>"), false);
    w.enter("client.contact", true);
    w.scalar(
        "client.contact.name",
        &quoted("<the contact's full name>"),
        true,
    );
    w.scalar(
        "client.contact.surname",
        &quoted("<the contact's family name>"),
        false,
    );
    w.scalar("client.contact.gender", &plain("unspecified"), false);
    w.scalar(
        "client.contact.phone",
        &quoted("<the contact's direct line>"),
        false,
    );
    w.leave();
    w.scalar(
        "client.email",
        &quoted("<the contact's email address>"),
        true,
    );
    w.scalar(
        "client.phone",
        &quoted("<the client's phone number>"),
        channel == Channel::Call,
    );
    w.list(
        "client.address",
        &address_placeholders(),
        channel == Channel::Letter,
    );
    w.leave();
}

fn notice(w: &mut Writer<'_>) {
    let from_config = w.given.notice();
    w.enter("notice", from_config.is_none());
    let days = from_config.and_then(|n| n.days).unwrap_or(30);
    w.scalar("notice.days", &days.to_string(), from_config.is_none());
    w.scalar("notice.until", &quoted("<YYYY-MM-DD>"), false);
    w.scalar(
        "notice.milestone",
        &quoted("<the stage of work that ends it>"),
        false,
    );
    w.scalar("notice.immediate", "true", false);
    w.leave();
}

fn closeout(w: &mut Writer<'_>) {
    w.enter("closeout", false);
    w.enter("closeout.invoices", false);
    for i in 0..w.items("closeout.invoices") {
        w.item();
        let path = |field: &str| format!("closeout.invoices.{i}.{field}");
        w.scalar(&path("number"), &quoted("<invoice number>"), false);
        w.scalar(&path("amount"), &quoted("<amount, e.g. 1200.00>"), false);
        w.scalar(
            &path("currency"),
            &quoted("<currency code, e.g. EUR>"),
            false,
        );
        w.scalar(&path("due"), &quoted("<YYYY-MM-DD>"), false);
        w.leave_item();
    }
    w.leave();
    w.enter("closeout.deliverables", false);
    for i in 0..w.items("closeout.deliverables") {
        w.item();
        let path = |field: &str| format!("closeout.deliverables.{i}.{field}");
        w.scalar(&path("item"), &quoted("<what is delivered>"), false);
        w.scalar(&path("by"), &quoted("<YYYY-MM-DD>"), false);
        w.leave_item();
    }
    w.leave();
    w.list(
        "closeout.handover",
        &[quoted("<an access, account or file handed back>")],
        false,
    );
    w.scalar("closeout.data", &plain("return"), false);
    w.enter("closeout.refund", false);
    w.scalar(
        "closeout.refund.amount",
        &quoted("<amount, e.g. 300.00>"),
        false,
    );
    w.scalar(
        "closeout.refund.currency",
        &quoted("<currency code, e.g. EUR>"),
        false,
    );
    w.leave();
    w.list(
        "closeout.continuing",
        &[quoted(
            "<an obligation that continues, such as confidentiality>",
        )],
        false,
    );
    w.leave();
}

fn address_placeholders() -> Vec<String> {
    vec![quoted("<street and number>"), quoted("<postcode and town>")]
}

/// A YAML scalar that stands as written (codes, numbers).
fn plain(text: &str) -> String {
    text.to_owned()
}

/// A double-quoted YAML scalar; JSON's escaping is valid YAML.
pub(crate) fn quoted(text: &str) -> String {
    // Serialising a string cannot fail; the fallback only keeps this total.
    serde_json::to_string(text).unwrap_or_else(|_| format!("\"{text}\""))
}
