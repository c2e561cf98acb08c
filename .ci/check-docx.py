"""Checks the Word files adieu writes with readers independent of it.

- LibreOffice (headless) opens every golden .docx and converts it to PDF; a letter
  converts to exactly one page, on the paper of its language (US Letter for en-US
  and es-MX, A4 otherwise); poppler's pdftotext then finds the text golden of the
  same document, character for character and in order, and nothing more than the
  one line the text has not: the envelope's return address.
- python-docx reads the paragraphs' styles (a letter has its Subject, Closing and
  Signature paragraphs, a call script its headings), the document's language on the
  default run properties, and the core properties (title, author, created on the
  case's date).
- Long letters (`tests/cases/long-{00,12,18,40}.yaml`, in every language): the
  closing formula and the signature stay together with the last paragraph, so no
  page holds the signature alone, and every page after the first has the
  continuation header (the recipient and the page number).
- The Word files of the case built to break things (markup and quotes in every
  value) open in both readers too, and so does a letter laid on a firm's own Word
  template (`--reference-doc tests/cases/letterhead.docx`, written by python-docx):
  one page, its header and footer shown, the letter's language, not the template's.

Usage: .ci/.venv-formats/bin/python .ci/check-docx.py ADIEU-BINARY
"""

import pathlib
import re
import subprocess
import sys
import tempfile

import docx
import yaml
from docx.oxml.ns import qn

ROOT = pathlib.Path(__file__).resolve().parent.parent

# The conventions each language's documents follow: Word's language tag.
CONVENTIONS = {
    "en": "en-GB",
    "en-US": "en-US",
    "es": "es-ES",
    "es-MX": "es-MX",
    "fr": "fr-FR",
    "ro": "ro-RO",
    "sk": "sk-SK",
}
LETTER_PAPER = {"en-US", "es-MX"}

# What is layout, not text, and what two readers write each their own way: the
# text's boxes, underlines and the parentheses round its hints, the Word file's list
# markers and heading numbers, and hyphens (pdftotext drops one that ends a line).
LAYOUT = re.compile(r"\[ \]|^[=-]+$|[()\-–☐\s\u00a0\u202f]", re.M)
HEADING_NUMBER = re.compile(r"^\d+\.\s", re.M)


def characters(text: str) -> str:
    return LAYOUT.sub("", text)


def subsequence(needles: str, haystack: str) -> tuple[int, str]:
    """How many characters of `needles` are found in order in `haystack`, and the
    characters of `haystack` skipped on the way."""
    skipped, i = [], 0
    for found, c in enumerate(needles):
        j = haystack.find(c, i)
        if j < 0:
            return found, "".join(skipped)
        skipped.append(haystack[i:j])
        i = j + 1
    return len(needles), "".join(skipped) + haystack[i:]


def run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def convert(files: list[pathlib.Path], folder: pathlib.Path) -> None:
    """One LibreOffice process for every file, with a profile of its own."""
    profile = folder / "profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
         "--convert-to", "pdf", "--outdir", str(folder), *map(str, files)],
        check=True, capture_output=True, timeout=600,
    )


def check_properties(path: pathlib.Path, channel: str, case: dict) -> list[str]:
    problems = []
    document = docx.Document(str(path))
    language = case["language"]
    expected = CONVENTIONS[language]
    defaults = document.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    if lang is None or lang.get(qn("w:val")) != expected:
        problems.append(f"the document language is not {expected}")
    core = document.core_properties
    if not core.title:
        problems.append("no title in the properties")
    if core.author != case["sender"]["name"]:
        problems.append(f"the author is {core.author!r}, not the sender")
    if "date" in case and core.created.date().isoformat() != str(case["date"]):
        problems.append(f"created {core.created}, not on the case's date {case['date']}")
    used = {p.style.name for p in document.paragraphs}
    for table in document.tables:
        for cell in table._cells:
            used |= {p.style.name for p in cell.paragraphs}
    wanted = {"Subject", "Closing", "Signature", "Recipient"} if channel == "letter" else {"Title", "Heading 1", "Say"}
    if not wanted <= used:
        problems.append(f"styles missing: {sorted(wanted - used)} (used: {sorted(used)})")
    width = document.sections[0].page_width.mm
    paper = "letter" if language in LETTER_PAPER else "a4"
    if abs(width - (215.9 if paper == "letter" else 210.0)) > 0.5:
        problems.append(f"page width {width:.1f} mm, not {paper}")
    return problems


def check_pdf(pdf: pathlib.Path, channel: str, golden: pathlib.Path) -> list[str]:
    problems = []
    info = run("pdfinfo", str(pdf))
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    if channel == "letter" and pages != 1:
        problems.append(f"LibreOffice lays the letter out on {pages} pages")
    office = characters(HEADING_NUMBER.sub("", run("pdftotext", "-enc", "UTF-8", str(pdf), "-")))
    expected = characters(golden.read_text(encoding="utf-8"))
    found, skipped = subsequence(expected, office)
    if found < len(expected):
        problems.append(f"LibreOffice's text lacks the golden's text from {expected[found:found + 40]!r}")
    # What the Word file has beyond the text: the envelope's return address.
    if len(skipped) > 90:
        problems.append(f"LibreOffice's text has more than the golden's: {skipped[:90]!r}")
    return problems


LONG_LANGUAGES = ["en", "en-US", "es", "es-MX", "fr", "ro", "sk"]


def long_letters(binary: str, folder: pathlib.Path) -> list[pathlib.Path]:
    files = []
    for items in ["00", "12", "18", "40"]:
        for lang in LONG_LANGUAGES:
            out = folder / f"long-{items}.{lang}.docx"
            subprocess.run([binary, "letter", str(ROOT / f"tests/cases/long-{items}.yaml"),
                            "--lang", lang, "-o", str(out)], check=True, capture_output=True)
            files.append(out)
    return files


def check_long(out: pathlib.Path) -> list[str]:
    """The pages of a long letter as LibreOffice lays them out: the last holds more
    than the signature, and each later one starts with the continuation header."""
    problems = []
    case = yaml.safe_load((ROOT / f"tests/cases/{out.name.split('.')[0]}.yaml").read_text(encoding="utf-8"))
    pdf = out.with_suffix(".pdf")
    pages = int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", str(pdf)), re.M).group(1))
    signature = {case["sender"]["name"], case["sender"].get("role"), case["sender"].get("company")}
    for page in range(2, pages + 1):
        text = run("pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(pdf), "-")
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        recipient = case["client"].get("company") or case["client"]["contact"]["name"]
        if not lines or recipient not in lines[0] or str(page) not in lines[0]:
            problems.append(f"page {page} does not start with the continuation header: {lines[:1]}")
        if page == pages:
            # Beyond the header, the signature block and the closing formula, the
            # last page holds at least the paragraph before the closing.
            rest = [line for line in lines[1:] if line not in signature]
            if len(rest) < 2:
                problems.append(f"the last page holds only {lines}")
    return problems


def main() -> int:
    binary = sys.argv[1]
    goldens = sorted((ROOT / "tests" / "golden").glob("*/*.docx"))
    if not goldens:
        print("no golden .docx files", file=sys.stderr)
        return 1
    failed = passed = 0
    with tempfile.TemporaryDirectory() as scratch:
        folder = pathlib.Path(scratch)
        hostile = []
        for channel in ["letter", "call"]:
            out = folder / f"hostile-{channel}.docx"
            subprocess.run([binary, channel, str(ROOT / "tests/cases/hostile.yaml"), "-o", str(out)],
                           check=True, capture_output=True)
            hostile.append(out)
        branded = folder / "branded-letter.docx"
        subprocess.run([binary, "letter", str(ROOT / "examples/en-capacity.yaml"), "--reference-doc",
                        str(ROOT / "tests/cases/letterhead.docx"), "-o", str(branded)],
                       check=True, capture_output=True)
        # Copies named apart: every example has a letter.<lang>.docx.
        copies = []
        for golden in goldens:
            copy = folder / f"{golden.parent.name}-{golden.name}"
            copy.write_bytes(golden.read_bytes())
            copies.append(copy)
        long = long_letters(binary, folder)
        convert(copies + hostile + [branded] + long, folder)
        for out in long:
            problems = check_long(out)
            for problem in problems:
                print(f"{out.name}: {problem}")
            failed += bool(problems)
            passed += not problems
        for golden, copy in zip(goldens, copies):
            channel, lang = golden.name.split(".")[:2]
            case = yaml.safe_load((ROOT / "examples" / f"{golden.parent.name}.yaml").read_text(encoding="utf-8"))
            text = golden.parent / f"{channel}.{lang}.txt"
            problems = check_properties(golden, channel, case)
            problems += check_pdf(copy.with_suffix(".pdf"), channel, text)
            for problem in problems:
                print(f"{golden.relative_to(ROOT)}: {problem}")
            failed += bool(problems)
            passed += not problems
        for out in hostile:
            pdf = out.with_suffix(".pdf")
            document = docx.Document(str(out))
            if not pdf.exists() or not document.paragraphs:
                print(f"{out.name}: LibreOffice or python-docx could not read it")
                failed += 1
            else:
                passed += 1
        problems = check_properties(branded, "letter", yaml.safe_load(
            (ROOT / "examples/en-capacity.yaml").read_text(encoding="utf-8")))
        text = run("pdftotext", "-enc", "UTF-8", str(branded.with_suffix(".pdf")), "-")
        pages = int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", str(branded.with_suffix(".pdf"))), re.M).group(1))
        if pages != 1:
            problems.append(f"LibreOffice lays it out on {pages} pages")
        for shown in ["ACME CONSULTING LLP", "Registered in England and Wales", "Dear Mr Grant"]:
            if shown not in text:
                problems.append(f"LibreOffice does not show {shown!r}")
        for problem in problems:
            print(f"{branded.name}: {problem}")
        failed += bool(problems)
        passed += not problems
    print(f"check-docx: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
