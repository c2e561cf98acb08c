#!/usr/bin/env python3
"""Spell-checks what adieu writes, with hunspell and the Debian dictionaries.

Two sources, each checked with the dictionary of its language:
- every golden document under tests/golden/ (the product as users see it): text and
  Markdown as written, the visible text of HTML (not its markup or style sheet), the
  subject and both parts of each .eml draft, and the summaries and descriptions of
  each .ics calendar. The text of the PDFs and Word files is left out:
  it is the same wording typeset, with the line-end hyphens of justified text;
- every text of every message in locales/, variants included, so that wording no
  golden document happens to show (a warm closing, a plural form) is checked too.

A golden document written in another language than its example still carries the
example's own free text (names, items) in the example's language; that text is
checked in the example's own golden files and masked in the others. Names and codes
live in .ci/spelling/words.txt. Romanian must use comma-below ș ț, never the
cedilla ş ţ. hunspell exits 0 whatever it finds, so its word list is what counts.
"""

import email
import email.policy
import html.parser
import pathlib
import re
import subprocess
import sys

import yaml
from fluent.syntax import ast, parse

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORDS = ROOT / ".ci" / "spelling" / "words.txt"
DICTIONARIES = {"en": "en_US", "es": "es_ES", "fr": "fr_FR", "ro": "ro_RO", "sk": "sk_SK"}
CEDILLA = re.compile("[şţŞŢ]")
UNDERLINE = re.compile(r"^[-=]+$", re.MULTILINE)
# Addresses are not words; the dictionaries know neither "example" nor "ana".
ADDRESS = re.compile(r"[\w.+-]+@[\w.-]+")


class VisibleText(html.parser.HTMLParser):
    """The text a reader sees in an HTML document: no tags, style sheet or title."""

    HIDDEN = {"style", "script", "title"}

    def __init__(self):
        super().__init__()
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        self.hidden += tag in self.HIDDEN

    def handle_endtag(self, tag):
        self.hidden -= tag in self.HIDDEN

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def visible_text(markup):
    parser = VisibleText()
    parser.feed(markup)
    parser.close()
    return "\n".join(parser.parts)


def readable_text(path):
    """The words of a golden document as its reader sees them."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        return visible_text(raw)
    if path.suffix == ".eml":
        message = email.message_from_string(raw, policy=email.policy.default)
        parts = [str(message["Subject"])]
        for part in message.walk():
            if part.get_content_type() == "text/plain":
                parts.append(part.get_content())
            elif part.get_content_type() == "text/html":
                parts.append(visible_text(part.get_content()))
        return "\n".join(parts)
    if path.suffix == ".ics":
        return calendar_text(raw)
    return raw


# The properties of a calendar file that a person reads.
CALENDAR_TEXT = {"SUMMARY", "DESCRIPTION", "X-WR-CALNAME", "NAME"}


def calendar_text(raw):
    """The summaries and descriptions of an iCalendar file, unfolded and unescaped."""
    unfolded = re.sub(r"\r?\n[ \t]", "", raw)
    parts = []
    for line in unfolded.splitlines():
        name, _, value = line.partition(":")
        if name.split(";")[0] in CALENDAR_TEXT:
            value = re.sub(r"\\([nN])", "\n", value)
            parts.append(re.sub(r"\\([,;\\])", r"\1", value))
    return "\n".join(parts)


def misspelt(language, text):
    """The words hunspell does not know, in order, once each."""
    if language not in DICTIONARIES:
        sys.exit(
            f"no dictionary for {language}: add its Debian hunspell package to "
            ".ci/install-l10n-tools and its name to DICTIONARIES in .ci/spellcheck.py"
        )
    result = subprocess.run(
        ["hunspell", "-l", "-i", "utf-8", "-d", DICTIONARIES[language], "-p", str(WORDS)],
        input=text,
        capture_output=True,
        text=True,
        check=True,
    )
    return list(dict.fromkeys(result.stdout.split()))


# Case fields that hold codes, not free text.
CODES = {"language", "tone", "reason", "gender", "data", "currency"}


def free_text(value, key=None):
    """Every free-text string of a parsed case file."""
    if isinstance(value, str) and key not in CODES:
        yield value
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from free_text(item, name)
    elif isinstance(value, list):
        for item in value:
            yield from free_text(item, key)


def mask(text, value):
    """Blanks `value` out of `text` as a whole phrase, even where a line wraps inside it."""
    words = (re.escape(word) for word in value.split())
    return re.sub(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", " ", text)


def pattern_texts(pattern):
    """The text elements of a Fluent pattern, through every select variant."""
    for element in pattern.elements:
        if isinstance(element, ast.TextElement):
            yield element.value
        elif isinstance(element, ast.Placeable):
            yield from expression_texts(element.expression)


def expression_texts(expression):
    if isinstance(expression, ast.SelectExpression):
        for variant in expression.variants:
            yield from pattern_texts(variant.value)
    elif isinstance(expression, ast.Placeable):
        yield from expression_texts(expression.expression)


def golden_texts():
    """(path, language, text) of every golden document, other examples' text masked.

    A golden folder is named after its example (examples/NAME.yaml) or its test case
    (tests/cases/NAME.yaml); a document named for a regional tag (letter.en-US.txt)
    is checked with its language's dictionary."""
    for path in sorted((ROOT / "tests" / "golden").glob("*/*.*.*")):
        # The PDFs' and Word files' text is the same words as the text goldens'.
        if path.name.endswith((".pdf.txt", ".docx", ".docx.txt")):
            continue
        example = ROOT / "examples" / f"{path.parent.name}.yaml"
        if not example.exists():
            # Golden documents of a test case rather than of an example
            # (tests/golden/one-item/ from tests/cases/one-item.yaml).
            example = ROOT / "tests" / "cases" / f"{path.parent.name}.yaml"
        case = yaml.safe_load(example.read_text(encoding="utf-8"))
        own = case["language"].split("-")[0]
        language = path.name.split(".")[1].split("-")[0]
        text = ADDRESS.sub(" ", UNDERLINE.sub("", readable_text(path)))
        if language != own:
            contact = case["client"]["contact"]
            surname = contact.get("surname") or contact["name"].split()[-1]
            values = [*free_text(case), surname]
            # A call script says a company's name without its legal form
            # ("Brooks Analytics" for "Brooks Analytics LLC"): its words are the
            # case's too.
            values += [" ".join(v.split()[:-1]).rstrip(",") for v in values if len(v.split()) > 1]
            for value in sorted(values, key=len, reverse=True):
                text = mask(text, value)
        yield path, language, text


def locale_texts():
    """(path, language, text) of every locale file: the text of every message."""
    for path in sorted((ROOT / "locales").glob("*/*.ftl")):
        language = path.parent.name.split("-")[0]
        resource = parse(path.read_text(encoding="utf-8"))
        texts = []
        for entry in resource.body:
            if isinstance(entry, ast.Message) and entry.value is not None:
                texts += pattern_texts(entry.value)
                for attribute in entry.attributes:
                    texts += pattern_texts(attribute.value)
        yield path, language, "\n".join(texts)


def problems():
    """(path, word) for every misspelt word and Romanian cedilla."""
    sources = [*golden_texts(), *locale_texts()]
    found = []
    # One hunspell run per language (loading a dictionary is the slow part); each
    # unknown word is then traced back to the files that contain it.
    for language in sorted({language for _, language, _ in sources}):
        mine = [(path, text) for path, lang, text in sources if lang == language]
        unknown = misspelt(language, "\n".join(text for _, text in mine))
        for path, text in mine:
            found += [
                (path, word)
                for word in unknown
                if re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)
            ]
            if language == "ro":
                found += [(path, m.group()) for m in CEDILLA.finditer(text)]
    return found


def main():
    found = problems()
    for path, word in found:
        print(f"{path.relative_to(ROOT)}: {word}")
    if found:
        print(
            f"{len(found)} misspelt words; fix the wording, or add a name or code "
            f"to {WORDS.relative_to(ROOT)}",
            file=sys.stderr,
        )
        return 1
    print("spelling: every golden document and every message checked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
