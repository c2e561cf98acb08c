//! The closed set of diagnostic codes.
//!
//! A code is what scripts, editors and the README rely on, so it is an enum rather
//! than a string: the compiler knows every code, each has its default severity and a
//! one-line explanation (`adieu check --explain CODE`, and the README's table of
//! warnings, which a test compares with [`Code::explain`]).

use super::Severity;

/// Every problem adieu can report about an input, as its stable kebab-case name.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
)]
#[strum(serialize_all = "kebab-case")]
pub enum Code {
    // Reading the file.
    /// Not a file: a directory, or a device.
    NotAFile,
    /// The file could not be read at all.
    Unreadable,
    /// The file holds bytes that are not UTF-8.
    NotUtf8,
    /// The file is empty, or holds only comments.
    EmptyFile,
    /// A spreadsheet, or a case built from a row, is larger than adieu reads.
    FileTooLarge,
    /// The YAML text itself is broken.
    YamlSyntax,
    /// Several YAML documents in one file.
    MultipleDocuments,
    /// The same key twice in one mapping.
    DuplicateKey,
    /// A YAML tag such as `!!python/object`.
    UnsupportedTag,
    /// An alias in a spreadsheet's base file.
    UnsupportedAlias,
    /// A YAML merge key (`<<`).
    UnsupportedMerge,
    /// One of the bounds on size, depth or count.
    LimitExceeded,
    /// A control character or line break in a value.
    ControlCharacter,
    /// A character a reader cannot see.
    InvisibleCharacter,
    /// More problems than are worth printing.
    TooManyProblems,

    // The shape of the case.
    /// A key the case format does not have.
    UnknownField,
    /// A key that is a list or a mapping.
    InvalidKey,
    /// A required field is absent.
    MissingField,
    /// A key without a value.
    MissingValue,
    /// A value of the wrong kind: a list for a word, text for a number.
    InvalidType,
    /// A value the field does not accept.
    InvalidValue,
    /// A value outside the field's closed set.
    UnknownValue,
    /// Not a whole number.
    InvalidNumber,
    /// Not an amount.
    InvalidAmount,
    /// A value longer than 300 characters.
    TooLong,
    /// A list or address with too many entries.
    TooManyItems,
    /// One character with more marks than any script needs.
    OverlongCharacter,

    // The rules.
    /// Not a real calendar date.
    InvalidDate,
    /// Not an e-mail address.
    InvalidEmail,
    /// The notice gives no period, or two.
    InvalidNotice,
    /// A notice shorter than the contract's minimum.
    NoticeTooShort,
    /// A referral that names neither a person nor a kind of provider.
    InvalidReferral,
    /// An ISO 4217 code that is not money paid in.
    UnsupportedCurrency,
    /// Not an ISO 4217 code.
    UnknownCurrency,
    /// A language adieu does not write.
    UnsupportedLanguage,
    /// A scaffold placeholder left in.
    Placeholder,
    /// An RFC 2047 encoded word in a value.
    EncodedWord,
    /// An e-mail local part outside ASCII.
    NonAsciiLocalPart,
    /// A character the PDF font lacks.
    UnsupportedCharacter,
    /// A letterhead logo that is missing, not a PNG or SVG, or too large.
    InvalidLogo,

    // Spreadsheets.
    /// A header that names no field.
    InvalidColumn,
    /// The same field in two columns.
    DuplicateColumn,
    /// Two columns that fill one field and a field inside it.
    OverlappingColumns,
    /// A row with more cells than headers.
    RaggedRow,
    /// A cell longer than adieu reads.
    CellTooLong,
    /// More rows than one batch takes.
    TooManyRows,
    /// A spreadsheet saved with another separator than commas.
    WrongSeparator,
    /// A row fills a list item without the items before it.
    MissingItem,
    /// A row whose case cannot be built.
    InvalidCase,

    // Advice.
    /// The reason is payment while invoices are still open.
    PaymentOutstanding,
    /// An invoice fell due before the documents' date.
    InvoiceOverdue,
    /// An invoice falls due after the last day.
    InvoiceDueAfterEnd,
    /// An amount of zero.
    ZeroAmount,
    /// An e-mail domain that mixes scripts.
    MixedScriptDomain,
    /// A referral for a reason that never renders one.
    ReferralNotRendered,
    /// No referral where one is expected.
    NoReferral,
    /// Less than 14 days' notice.
    ShortNotice,
    /// The last day on a weekend.
    WeekendEnd,
    /// No contract section.
    NoContract,
    /// A judgemental word in free text.
    JudgementalWording,
    /// Free text in another language than the documents'.
    WrongLanguage,
    /// A language tag with parts adieu ignores.
    LanguageExtensionIgnored,
    /// The case date is in the past.
    DateInPast,
    /// The case date is more than 90 days ahead.
    DateFarAhead,
    /// The letter runs past one page.
    LetterOverflows,
    /// A letter for a client without a postal address.
    LetterWithoutAddress,
    /// A letter whose notice runs out before the post can deliver it.
    ShortNoticeByPost,
}

impl Code {
    /// The stable name, such as `unknown-field`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// How serious a problem with this code is, unless the reporter says otherwise
    /// (only `too-many-problems` does: it takes the severity of what it stands for).
    pub fn severity(self) -> Severity {
        use Code::*;
        match self {
            PaymentOutstanding
            | InvoiceOverdue
            | InvoiceDueAfterEnd
            | ZeroAmount
            | MixedScriptDomain
            | ReferralNotRendered
            | NoReferral
            | ShortNotice
            | WeekendEnd
            | NoContract
            | JudgementalWording
            | WrongLanguage
            | LanguageExtensionIgnored
            | DateInPast
            | DateFarAhead
            | LetterOverflows
            | LetterWithoutAddress
            | ShortNoticeByPost => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// When adieu reports this code and what to do about it, in one line.
    pub fn explain(self) -> &'static str {
        use Code::*;
        match self {
            NotAFile => "the path names a directory or a device, not a file: name the file itself",
            Unreadable => "the file cannot be read: check that it exists and that you may read it",
            NotUtf8 => "the file holds bytes that are not UTF-8: save it as UTF-8 text",
            EmptyFile => {
                "the file is empty or holds only comments, or a spreadsheet has no header row: start from `adieu new`, or name a field per column"
            }
            FileTooLarge => {
                "a spreadsheet is larger than 16 MiB, or a row makes its case larger than 1 MiB: split the file, or shorten the cells"
            }
            YamlSyntax => {
                "the YAML text is broken (an unclosed quote, a tab, a bad indent): fix it at the place shown"
            }
            MultipleDocuments => "the file holds several YAML documents: keep one case per file",
            DuplicateKey => "the same key appears twice in one section: keep one",
            UnsupportedTag => {
                "a YAML tag such as `!!python/object`: case files are plain data, remove it"
            }
            UnsupportedAlias => {
                "a spreadsheet's base file uses an alias: write the value out where the alias stands"
            }
            UnsupportedMerge => "a YAML merge key (`<<`): write the fields out",
            LimitExceeded => {
                "the file is larger (1 MiB), nests deeper (32 levels) or holds more values (10,000), anchors or aliases (100) than a case file may: shorten it"
            }
            ControlCharacter => {
                "a value holds a control character or a line break, which could break an email header: remove it"
            }
            InvisibleCharacter => {
                "a value holds a character a reader cannot see (a bidi mark, a zero-width space…), so the document would not read as reviewed: remove it"
            }
            TooManyProblems => {
                "more problems than are worth printing: fix the ones shown and check again"
            }
            UnknownField => {
                "a key the case format does not have, often a typo: use the suggested name"
            }
            InvalidKey => "a key is a list or a section: a field name is a plain word",
            MissingField => "a required field is absent: add it",
            MissingValue => "a key has no value: write one after the colon, or remove the key",
            InvalidType => {
                "a value of the wrong kind, such as a list where one value belongs: write the kind shown"
            }
            InvalidValue => "the field does not accept this value: see the help for its range",
            UnknownValue => "the value is not one of the field's choices: use one of those listed",
            InvalidNumber => "the field takes a whole number, such as `30`",
            InvalidAmount => {
                "the field takes an amount with a full stop for decimals, such as `1250.00`"
            }
            TooLong => "a value is longer than 300 characters: shorten it",
            TooManyItems => {
                "a list holds more than 100 items, the case more than 250, or an address more than 10 lines: group related items"
            }
            OverlongCharacter => {
                "one character carries more than 16 code points of marks: remove the extra marks"
            }
            InvalidDate => "not a real calendar date, or before 1900: write `YYYY-MM-DD`",
            InvalidEmail => "not an e-mail address: write `name@example.com`",
            InvalidNotice => {
                "the notice gives no period, or more than one: write one of `days`, `until` or `immediate`"
            }
            NoticeTooShort => {
                "the notice is shorter than the contract's minimum: give at least the minimum, or `until` a later date"
            }
            InvalidReferral => {
                "a referral names neither a person nor a kind of provider: give one of them"
            }
            UnsupportedCurrency => {
                "an ISO 4217 code for gold, a fund or testing, not money an invoice is paid in: write the currency the client pays in"
            }
            UnknownCurrency => {
                "not an ISO 4217 currency code: write one such as `EUR`, `USD` or `GBP`"
            }
            UnsupportedLanguage => {
                "a language adieu does not write: use en, es, fr, ro or sk (with a region such as en-US)"
            }
            Placeholder => {
                "a value is still the scaffold's placeholder: replace it with the real one"
            }
            EncodedWord => {
                "a value holds `=?…?=`, which a mail program would show as other text: remove it"
            }
            NonAsciiLocalPart => {
                "the part of an e-mail address before `@` is outside ASCII, which ordinary mail systems refuse: use an ASCII address"
            }
            UnsupportedCharacter => {
                "a character the PDF font (Latin, Greek, Cyrillic) lacks: render another format, or remove it"
            }
            InvalidLogo => {
                "the letterhead's logo is missing, not a PNG or SVG image, or larger than 512 KiB (or 4096 pixels a side): name a PNG or SVG file, relative to the file that names it"
            }
            InvalidColumn => {
                "a spreadsheet header names no field of the case format: use a field path such as `client.name`"
            }
            DuplicateColumn => "two spreadsheet columns fill the same field: keep one",
            OverlappingColumns => {
                "one column fills a section and another a field inside it: keep one of them"
            }
            RaggedRow => {
                "a spreadsheet row has more cells than there are headers: check its commas and quotes"
            }
            CellTooLong => "a spreadsheet cell is longer than 64 KiB: shorten it",
            TooManyRows => "a spreadsheet has more than 100,000 rows: split it into several files",
            WrongSeparator => {
                "the spreadsheet was saved with semicolons or tabs: save it as comma-separated values"
            }
            MissingItem => {
                "a row fills a list item without the items before it: fill the items from 0, in order"
            }
            InvalidCase => "a spreadsheet row does not make a valid case: fix the cells shown",
            PaymentOutstanding => {
                "the reason is `payment` and invoices are still open: consider collecting first"
            }
            InvoiceOverdue => {
                "an invoice fell due before the date of the documents, which call it overdue: check that it is still unpaid"
            }
            InvoiceDueAfterEnd => "an invoice falls due after the last day of the collaboration",
            ZeroAmount => "an invoice or the refund is for 0.00: remove it, or give the amount",
            MixedScriptDomain => {
                "an email domain mixes scripts (a Cyrillic `а` among Latin letters), as look-alike domains do"
            }
            ReferralNotRendered => "`conduct` or `ethics` with a referral, which is never rendered",
            NoReferral => {
                "any other reason without a referral: suggest a colleague or a kind of provider"
            }
            ShortNotice => "less than 14 days' notice, except for `conduct` and `ethics`",
            WeekendEnd => "the last day falls on a Saturday or Sunday",
            NoContract => "no `contract` section: review the contract and your obligations first",
            JudgementalWording => {
                "a free-text item uses a word from `locales/<lang>/judgemental.txt`"
            }
            WrongLanguage => {
                "a value in your own words (an item, the contract's title, a milestone, a provider) reads as another language than the documents'"
            }
            LanguageExtensionIgnored => {
                "the language tag has extensions or a private-use part (`en-u-ca-buddhist`, `en-x-foo`), which adieu ignores: it writes the language the tag names"
            }
            DateInPast => "the case `date` is before today",
            DateFarAhead => "the case `date` is more than 90 days ahead",
            LetterOverflows => {
                "the letter runs past one page; the warning says how many close-out items fit on one"
            }
            LetterWithoutAddress => {
                "a letter for a client without `client.address`: it has no inside address to post it to"
            }
            ShortNoticeByPost => {
                "a letter whose notice ends less than 5 days after its date: by post it arrives after the notice has run"
            }
        }
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn names_are_kebab_case_and_parse_back() {
        for code in Code::iter() {
            let name = code.as_str();
            assert!(
                name.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{name}"
            );
            assert_eq!(name.parse::<Code>(), Ok(code));
        }
        assert_eq!(Code::NotUtf8.as_str(), "not-utf8");
        assert_eq!(Code::NotAFile.as_str(), "not-a-file");
    }

    #[test]
    fn every_explanation_is_one_line() {
        for code in Code::iter() {
            let text = code.explain();
            assert!(!text.is_empty() && !text.contains('\n'), "{code}");
        }
    }
}
