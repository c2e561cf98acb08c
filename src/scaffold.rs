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
use crate::case::{self, Case, Reason};
use crate::config::Config;
use crate::error::Result;
use crate::l10n::{Language, Localizer, Voice};
use crate::render::Channel;
use crate::schema::{Docs, Kind};

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

/// Writes YAML lines, commented out or not, with the schema's descriptions.
struct Writer<'a> {
    docs: &'a Docs,
    samples: &'a [Case],
    given: &'a Given<'a>,
    answers: Option<&'a Answers>,
    text: String,
    fields: Vec<String>,
    /// Nesting depth of the next line, in steps of two spaces.
    depth: usize,
    /// The depth at which the current commented-out section starts.
    commented_from: Option<usize>,
    /// The next field starts a list item (`- `).
    dash: bool,
}

impl Writer<'_> {
    fn raw(&mut self, text: &str) {
        self.text.push_str(text);
    }

    fn blank(&mut self) {
        self.text.push('\n');
    }

    /// The start of a line: indentation, and `# ` when inside a commented section
    /// (or when the line itself is commented out).
    fn prefix(&self, commented: bool) -> String {
        match self.commented_from {
            Some(from) => format!("{}# {}", "  ".repeat(from), "  ".repeat(self.depth - from)),
            None if commented => format!("{}# ", "  ".repeat(self.depth)),
            None => "  ".repeat(self.depth),
        }
    }

    /// A wrapped comment at the current depth.
    fn note(&mut self, text: &str) {
        let prefix = match self.commented_from {
            Some(_) => format!("{}# ", self.prefix(true)),
            None => self.prefix(true),
        };
        // Codes such as `keep-as-required` are never split at their hyphens.
        let options = textwrap::Options::new(WIDTH)
            .initial_indent(&prefix)
            .subsequent_indent(&prefix)
            .break_words(false)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        self.text.push_str(&textwrap::fill(text, options));
        self.text.push('\n');
    }

    /// The field's description, with an example from the language's example cases.
    fn describe(&mut self, path: &str) {
        let description = self.docs.description(path).unwrap_or_default().to_owned();
        let sample = self.samples.iter().find_map(|case| sample_of(case, path));
        let extra = match (self.given.display(path), sample) {
            (Some(value), _) => Some(format!("Your config file gives: {value}")),
            (None, Some(sample)) => Some(format!("Example: {sample}")),
            (None, None) => None,
        };
        match extra {
            // An example is easier to read whole: on the description's line when both
            // fit, else on a line of its own.
            Some(extra) => {
                let joined = format!("{description} {extra}");
                let width = textwrap::core::display_width(&self.prefix(true))
                    + textwrap::core::display_width(&joined)
                    + 2;
                if width <= WIDTH {
                    self.note(&joined);
                } else {
                    self.note(&description);
                    self.note(&extra);
                }
            }
            None => self.note(&description),
        }
        if let Some(codes) = catalogue_codes(path) {
            self.note(&format!(
                "Codes adieu writes in every language (`adieu items`): {}",
                codes.join(", ")
            ));
        }
    }

    /// Lists an enum's values with their descriptions.
    fn values(&mut self, path: &str) {
        let values: Vec<(String, String)> = self
            .docs
            .values(path)
            .into_iter()
            .map(|(v, d)| (v.to_owned(), d.to_owned()))
            .collect();
        let width = values.iter().map(|(v, _)| v.len()).max().unwrap_or(0);
        let description = self.docs.description(path).unwrap_or_default().to_owned();
        self.note(&description);
        for (value, text) in values {
            let prefix = format!("{}  {value:<width$}  ", self.prefix(true));
            let hang = format!("{}  {:width$}  ", self.prefix(true), "");
            let options = textwrap::Options::new(WIDTH)
                .initial_indent(&prefix)
                .subsequent_indent(&hang)
                .break_words(false);
            self.text.push_str(&textwrap::fill(&text, options));
            self.text.push('\n');
        }
        self.fields.push(path.to_owned());
    }

    fn key(path: &str) -> &str {
        path.rsplit('.').next().unwrap_or(path)
    }

    /// `key: value`, commented out unless `active`, after its description (which
    /// [`Writer::values`] may already have written).
    fn scalar(&mut self, path: &str, value: &str, active: bool) {
        // The items of a list share their fields' descriptions, given once.
        let field = first_item(path);
        if !self.fields.contains(&field) {
            self.describe(&field);
            self.fields.push(field);
        }
        let answer = self.answers.map(|a| a.get(path).map(|a| a.yaml()));
        let (value, active) = match answer {
            Some(Some(yaml)) => (yaml.concat(), true),
            Some(None) => (value.to_owned(), false),
            None => (value.to_owned(), active),
        };
        let dash = if self.dash { "- " } else { "" };
        let line = format!(
            "{}{dash}{}: {value}\n",
            self.prefix(!active),
            Self::key(path)
        );
        self.text.push_str(&line);
        if self.dash {
            self.dash = false;
            self.depth += 1;
        }
    }

    /// `key:` and a list of scalar items.
    fn list(&mut self, path: &str, items: &[String], active: bool) {
        let answer = self.answers.map(|a| a.get(path).map(|a| a.yaml()));
        let (items, active) = match answer {
            Some(Some(yaml)) => (yaml, true),
            Some(None) => (items.to_vec(), false),
            None => (items.to_vec(), active),
        };
        self.enter(path, active);
        for item in &items {
            let line = format!("{}- {item}\n", self.prefix(!active));
            self.text.push_str(&line);
        }
        self.leave();
    }

    /// `key:` of a section, whose fields follow one level deeper.
    fn enter(&mut self, path: &str, active: bool) {
        let active = self.answers.map_or(active, |a| a.under(path));
        self.describe(path);
        self.fields.push(path.to_owned());
        let line = format!("{}{}:\n", self.prefix(!active), Self::key(path));
        self.text.push_str(&line);
        if !active && self.commented_from.is_none() {
            self.commented_from = Some(self.depth);
        }
        self.depth += 1;
    }

    fn leave(&mut self) {
        self.depth -= 1;
        if self.commented_from == Some(self.depth) {
            self.commented_from = None;
        }
    }

    /// How many items of the list of sections at `path` to write: the interview's,
    /// or one example item.
    fn items(&self, path: &str) -> usize {
        self.answers.map_or(1, |a| a.items(path).max(1))
    }

    /// Starts an item of a list of sections.
    fn item(&mut self) {
        self.dash = true;
    }

    fn leave_item(&mut self) {
        self.depth -= 1;
    }

    /// A sender field: the config file's value when it gives one (the line is then
    /// commented out), else the placeholder.
    fn value(&self, path: &str, placeholder: &str) -> String {
        match self.given.text(path) {
            Some(value) => quoted(value),
            None => quoted(placeholder),
        }
    }
}

/// The path of a list item's field as the first item's, which the schema describes:
/// `closeout.invoices.2.amount` → `closeout.invoices.0.amount`.
fn first_item(path: &str) -> String {
    path.split('.')
        .map(|part| {
            if part.bytes().all(|b| b.is_ascii_digit()) {
                "0"
            } else {
                part
            }
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// What the config file gives, for leaving it out of the scaffold.
struct Given<'a> {
    config: Option<&'a Config>,
}

impl<'a> Given<'a> {
    fn new(config: Option<&'a Config>) -> Given<'a> {
        Given { config }
    }

    fn sender(&self) -> Option<&'a case::Sender> {
        self.config.and_then(|c| c.profile.sender.as_ref())
    }

    fn notice(&self) -> Option<&'a case::Notice> {
        self.config.and_then(|c| c.profile.notice.as_ref())
    }

    fn sender_address(&self) -> Option<&'a [String]> {
        self.sender()
            .map(|s| s.address.as_slice())
            .filter(|a| !a.is_empty())
    }

    /// A text value the config file gives at `path`.
    fn text(&self, path: &str) -> Option<&'a str> {
        let profile = &self.config?.profile;
        let sender = self.sender();
        match path {
            "language" => profile.language.as_deref(),
            "sender.name" => sender?.name.as_deref(),
            "sender.role" => sender?.role.as_deref(),
            "sender.company" => sender?.company.as_deref(),
            "sender.email" => sender?.email.as_deref(),
            "sender.phone" => sender?.phone.as_deref(),
            "sender.place" => sender?.place.as_deref(),
            _ => None,
        }
    }

    /// The config file's value at `path`, as shown in a comment.
    fn display(&self, path: &str) -> Option<String> {
        if let Some(text) = self.text(path) {
            return Some(text.to_owned());
        }
        let profile = &self.config?.profile;
        match path {
            "tone" => profile.tone.map(|t| t.code().to_owned()),
            "notice" => self.notice()?.days.map(|d| format!("{d} days")),
            "sender.address" => self.sender_address().map(|a| a.join(" / ")),
            "letterhead" => profile
                .letterhead
                .as_ref()
                .map(|_| "a letterhead".to_owned()),
            _ => None,
        }
    }

    fn has(&self, path: &str) -> bool {
        self.display(path).is_some()
    }

    /// The fields the config file gives, in file order.
    fn fields(&self) -> Vec<&'static str> {
        crate::config::Origins::fields()
            .filter(|f| self.has(f))
            .collect()
    }
}

/// The shipped example cases to take examples from: the requested language's own,
/// the requested reason first, then those of its base language.
fn samples(language: &Language, reason: Option<Reason>) -> Vec<Case> {
    let mut ranked: Vec<(usize, Case)> = crate::assets::EXAMPLES
        .iter()
        .filter_map(|(name, text)| {
            let stem = name.strip_suffix(".yaml")?;
            let (tag, code) = stem.rsplit_once('-')?;
            let same_reason = reason.is_some_and(|r| r.code() == code);
            let rank = match (tag == language.tag, tag == language.base) {
                (true, _) => 0,
                (false, true) => 2,
                _ => return None,
            } + usize::from(!same_reason);
            let case = case::parse(text).ok()?;
            Some((rank, case))
        })
        .collect();
    ranked.sort_by_key(|(rank, _)| *rank);
    ranked.into_iter().map(|(_, case)| case).collect()
}

/// The catalogue codes a close-out field takes, besides the user's own words.
fn catalogue_codes(path: &str) -> Option<Vec<&'static str>> {
    use case::Catalogue;
    match path {
        "closeout.handover" => Some(case::Handover::codes()),
        "closeout.deliverables.0.item" => Some(case::Delivered::codes()),
        "closeout.continuing" => Some(case::Continuing::codes()),
        _ => None,
    }
}

/// A list of close-out items as the case file writes them, one after another.
fn written<C: case::Catalogue>(items: &[case::Item<C>]) -> Option<String> {
    (!items.is_empty()).then(|| {
        items
            .iter()
            .map(|i| i.as_written().into_owned())
            .collect::<Vec<_>>()
            .join(" / ")
    })
}

/// The value an example case gives at `path`, as shown in a comment.
fn sample_of(case: &Case, path: &str) -> Option<String> {
    let some = |text: &Option<String>| text.clone();
    let list = |items: &[String]| (!items.is_empty()).then(|| items.join(" / "));

    let sender = &case.sender;
    let client = &case.client;
    let contract = case.contract.as_ref();
    let referral = case.referral.as_ref();
    let closeout = &case.closeout;
    match path {
        "sender.name" => some(&sender.name),
        "sender.role" => some(&sender.role),
        "sender.company" => some(&sender.company),
        "sender.email" => some(&sender.email),
        "sender.phone" => some(&sender.phone),
        "sender.address" => list(&sender.address),
        "sender.place" => some(&sender.place),
        "client.company" => some(&client.company),
        "client.contact.name" => Some(client.contact.name.clone()),
        "client.contact.surname" => some(&client.contact.surname),
        "client.contact.phone" => some(&client.contact.phone),
        "client.email" => Some(client.email.clone()),
        "client.phone" => some(&client.phone),
        "client.address" => list(&client.address),
        "contract.title" => contract.and_then(|c| c.title.clone()),
        "contract.reference" => contract.and_then(|c| c.reference.clone()),
        "notice.milestone" => some(&case.notice.milestone),
        "referral.name" => referral.and_then(|r| r.name.clone()),
        "referral.company" => referral.and_then(|r| r.company.clone()),
        "referral.contact" => referral.and_then(|r| r.contact.clone()),
        "referral.kind" => referral.and_then(|r| r.kind.clone()),
        "closeout.deliverables.0.item" => closeout
            .deliverables
            .first()
            .map(|d| d.item.as_written().into_owned()),
        "closeout.handover" => written(&closeout.handover),
        "closeout.continuing" => written(&closeout.continuing),
        _ => None,
    }
}
