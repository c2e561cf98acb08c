"""Reads every golden email draft with Python's own `email` package (policy=default),
an independent parser, and checks what a mail program needs to open it as a draft:
no defects, every header present and decodable, no raw newline or non-ASCII byte in a
header, a text/plain and a text/html part with the same content.

Usage: python3 .ci/check-eml.py FILE.eml...
       python3 .ci/check-eml.py --expect tests/email/expected.json ADIEU

With --expect, renders each case the manifest names with the adieu binary ADIEU and
checks, besides the above, that From and To show exactly the manifest's name and
address (the domain in punycode, as headers carry it).
"""

import email
import json
import pathlib
import subprocess
import tempfile
import re
from html import unescape
import sys
from email import policy

REQUIRED = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "X-Unsent"]


def words(text: str) -> list[str]:
    """Words split at any whitespace, the no-break spaces of dates included."""
    return text.split()


def check(path: str) -> list[str]:
    problems = []
    raw = open(path, "rb").read()
    head, _, _ = raw.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        if any(b > 127 for b in line) or b"\n" in line or b"\r" in line:
            problems.append(f"raw byte in header line {line!r}")
        # RFC 5322 asks for 78 characters where a line can be folded; a single word
        # longer than that (a 250-letter name) has nowhere to fold.
        if len(line) > 78 and b" " in line.strip()[:78].split(b": ", 1)[-1]:
            problems.append(f"header line longer than 78: {line!r}")
    for line in raw.split(b"\r\n"):
        if len(line) > 998:
            problems.append("a line is longer than 998 bytes")
    message = email.message_from_bytes(raw, policy=policy.default)
    if message.defects:
        problems.append(f"message defects: {message.defects}")
    for name in REQUIRED:
        if message[name] is None:
            problems.append(f"missing header {name}")
    if message["Bcc"] is not None:
        problems.append("a Bcc header")
    for name, value in message.items():
        if getattr(value, "defects", None):
            problems.append(f"{name}: defects {value.defects}")
    if str(message["X-Unsent"]) != "1":
        problems.append(f"X-Unsent is {message['X-Unsent']!r}")
    if not re.fullmatch(r"<[0-9a-f]{32}@[^<>@\s]+>", str(message["Message-ID"])):
        problems.append(f"Message-ID {message['Message-ID']!r}")
    if len(message["From"].addresses) != 1 or len(message["To"].addresses) != 1:
        problems.append("From and To must each name one mailbox")
    if "=?" in str(message["Subject"]) or "=?" in str(message["From"]):
        problems.append("an encoded word was not decoded")
    # The plain-text email beside the draft starts with the labelled subject line.
    plain = pathlib.Path(path).with_suffix(".txt")
    if plain.exists() and not plain.read_text().split("\n", 1)[0].endswith(": " + str(message["Subject"])):
        problems.append(f"Subject {str(message['Subject'])!r} is not the subject of {plain.name}")
    if message.get_content_type() != "multipart/alternative":
        problems.append(f"top-level type {message.get_content_type()}")
    parts = {part.get_content_type(): part for part in message.iter_parts()}
    if set(parts) != {"text/plain", "text/html"}:
        problems.append(f"parts {sorted(parts)}")
        return problems
    for part in parts.values():
        if part.defects:
            problems.append(f"{part.get_content_type()} defects {part.defects}")
        if part.get_content_charset() != "utf-8":
            problems.append(f"{part.get_content_type()} charset {part.get_content_charset()}")
    text = parts["text/plain"].get_content()
    html = parts["text/html"].get_content()
    plain_html = unescape(re.sub(r"<[^>]+>", " ", html.split("<body>", 1)[-1]))
    # The same content: the same words in the same order, list dashes aside.
    if [w for w in words(text) if w != "-"] != words(plain_html):
        problems.append("the text and HTML parts do not carry the same words")
    return problems


# Before gh-128110 (fixed in Python 3.13), Python's header parser keeps the whitespace
# between two adjacent encoded words of a display name, which RFC 2047 (section 6.2)
# says to ignore: such a name reads with one space too many at each join.
KEEPS_SPACE_BETWEEN_ENCODED_WORDS = sys.version_info < (3, 13)
ADJACENT_ENCODED_WORDS = re.compile(r"\?=\s+=\?")


def ascii_address(address: str) -> str:
    local, _, domain = address.rpartition("@")
    return f"{local}@{domain.encode('idna').decode('ascii')}"


def check_expected(manifest: str, adieu: str) -> int:
    failed = 0
    folder = pathlib.Path(manifest).parent
    with tempfile.TemporaryDirectory() as scratch:
        for case in json.load(open(manifest, encoding="utf-8")):
            path = str(pathlib.Path(scratch) / (case["case"] + ".eml"))
            subprocess.run([adieu, "email", "-q", str(folder / case["case"]), "-o", path], check=True)
            problems = check(path)
            raw = open(path, "rb").read().decode("ascii")
            message = email.message_from_string(raw, policy=policy.default)
            for header in ["From", "To"]:
                name, address = case[header.lower()]
                mailbox = message[header].addresses[0]
                shown = mailbox.display_name
                unfolded = re.sub(r"\r\n[ \t]", " ", raw.split("\r\n\r\n")[0])
                line = next(l for l in unfolded.split("\r\n") if l.startswith(header + ":"))
                if KEEPS_SPACE_BETWEEN_ENCODED_WORDS and ADJACENT_ENCODED_WORDS.search(line):
                    shown = shown.replace("  ", " ")
                if shown != name:
                    problems.append(f"{header} shows the name {shown!r}, not {name!r}")
                if mailbox.addr_spec != ascii_address(address):
                    problems.append(f"{header} shows the address {mailbox.addr_spec!r}, not {ascii_address(address)!r}")
            for problem in problems:
                print(f"{case['case']}: {problem}")
            failed += bool(problems)
    return failed


def main() -> int:
    if sys.argv[1:2] == ["--expect"]:
        failed = check_expected(sys.argv[2], sys.argv[3])
        print(f"check-eml --expect: {'failed' if failed else 'passed'} ({failed} cases failed)")
        return 1 if failed else 0
    failed = 0
    for path in sys.argv[1:]:
        problems = check(path)
        for problem in problems:
            print(f"{path}: {problem}")
        failed += bool(problems)
    print(f"check-eml: {len(sys.argv) - 1 - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
