"""Small text PDFs for the demo's documents (the resources' summary sheets).

One A4 page of real text in Helvetica (one of the fonts every PDF reader has), so the
file stays a few kilobytes and its text can be selected, searched and read aloud.
"""

import textwrap

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 56
LINE_HEIGHT = 15
CHARACTERS_PER_LINE = 88


def _escape(text):
    """PDF string syntax in WinAnsi: what cp1252 lacks becomes "?"."""
    encoded = text.encode("cp1252", errors="replace").decode("latin-1")
    return encoded.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(title, paragraphs, footer=""):
    """The bytes of a one-page PDF: ``title`` in bold, then the paragraphs, wrapped."""
    lines = [("F2", 16, title), ("F1", 11, "")]
    for paragraph in paragraphs:
        lines += [("F1", 11, line) for line in textwrap.wrap(paragraph, CHARACTERS_PER_LINE)]
        lines.append(("F1", 11, ""))
    room = (PAGE_HEIGHT - 2 * MARGIN) // LINE_HEIGHT - 2
    lines = lines[:room]
    if footer:
        lines.append(("F1", 9, footer))
    operations = [f"BT {MARGIN} {PAGE_HEIGHT - MARGIN} Td {LINE_HEIGHT} TL"]
    for font, size, line in lines:
        operations.append(f"/{font} {size} Tf ({_escape(line)}) Tj T*")
    operations.append("ET")
    content = "\n".join(operations).encode("latin-1")

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            "/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>"
        ).encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    output = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(output)
