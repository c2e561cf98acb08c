"""Checks the PDFs adieu writes with poppler, an independent reader: every font is
embedded (pdffonts), every page is A4, a letter has one page and a call script at
most two, and pdftotext finds the same text as the golden text that the Rust tests
extract with lopdf.

Usage: python3 .ci/check-pdf.py ADIEU-BINARY
"""

import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent


def run(*args: str) -> str:
    # Poppler 22 reports Typst's boolean /Suspects entry as a "Syntax Error" on
    # stderr; the PDF is right (PDF 1.7, 14.7.1), so stderr is not shown.
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def comparable(text: str) -> str:
    """The characters of an extracted text, without whitespace or line-end hyphens. A
    hyphen on a line of its own is a run of text between two others, which one reader
    gives as "e-", "-", "shopu" where the other reads "e-shopu": not a line end."""
    text = re.sub(r"-?[ \t]*\n[ \t]*-[ \t]*\n", "-", text)
    return "".join(re.sub(r"-[ \t]*\n", "\n", text).split())


def check(binary: str, example: pathlib.Path, channel: str, folder: pathlib.Path) -> list[str]:
    problems = []
    lang = example.stem.split("-")[0]
    pdf = folder / f"{example.stem}-{channel}.pdf"
    subprocess.run([binary, channel, str(example), "-o", str(pdf)], check=True, capture_output=True)
    fonts = run("pdffonts", str(pdf)).splitlines()[2:]
    if not fonts:
        problems.append("no fonts")
    for line in fonts:
        # Columns: name type encoding emb sub uni object ID
        fields = line.split()
        if fields[-5] != "yes":
            problems.append(f"font not embedded: {line}")
        if fields[-3] != "yes":
            problems.append(f"font without a ToUnicode map: {line}")
    info = run("pdfinfo", str(pdf))
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    if not re.search(r"^Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)$", info, re.M):
        problems.append("not A4: " + re.search(r"^Page size:.*$", info, re.M).group(0))
    if channel == "letter" and pages != 1:
        problems.append(f"the letter has {pages} pages")
    if channel == "call" and pages > 2:
        problems.append(f"the call script has {pages} pages")
    # Two readers place spaces by their own rules (around the "1 / 2" of a footer, say),
    # so they must agree on every other character, in order. pdftotext also drops the
    # hyphen that ends a line ("Auriez-" / "vous"), taking it for hyphenation; so a
    # hyphen at a line end counts for neither.
    poppler = comparable(run("pdftotext", "-enc", "UTF-8", str(pdf), "-"))
    golden = (ROOT / "tests/golden" / example.stem / f"{channel}.{lang}.pdf.txt").read_text()
    golden = comparable(re.sub(r"\n----- page \d+ -----\n", "\n", golden))
    if poppler != golden:
        first = next((i for i, (a, b) in enumerate(zip(poppler, golden)) if a != b), min(len(poppler), len(golden)))
        problems.append(f"pdftotext differs from the golden text at character {first}: "
                        f"{poppler[first:first + 30]!r} vs {golden[first:first + 30]!r}")
    return [f"{pdf.name}: {p}" for p in problems]


def main() -> int:
    binary = sys.argv[1]
    failed = passed = 0
    with tempfile.TemporaryDirectory() as folder:
        for example in sorted((ROOT / "examples").glob("*.yaml")):
            for channel in ["letter", "call"]:
                problems = check(binary, example, channel, pathlib.Path(folder))
                for problem in problems:
                    print(problem)
                failed += bool(problems)
                passed += not problems
    print(f"check-pdf: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
