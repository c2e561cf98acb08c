"""Builds tests/cases/letterhead.docx (`.ci/.venv-formats/bin/python tests/cases/letterhead.py tests/cases/letterhead.docx`): a firm's letterhead template as Word users
make them, written with python-docx (not adieu's writer): a logo and the firm's name
in the header, its legal lines in the footer, Garamond as the Normal font."""
import struct, zlib, sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor

def png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

open("logo.png", "wb").write(png(60, 20, (31, 78, 121)))
doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Garamond"
normal.font.size = Pt(10.5)
doc.styles["List Bullet"].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
section = doc.sections[0]
header = section.header.paragraphs[0]
header.add_run().add_picture("logo.png", width=Mm(30))
header.add_run("  ACME CONSULTING LLP")
footer = section.footer.paragraphs[0]
footer.text = "ACME Consulting LLP · Registered in England and Wales OC123456 · VAT GB 123 4567 89"
doc.add_paragraph("This body text is not used.")
doc.save(sys.argv[1])
