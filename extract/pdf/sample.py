"""A small PDF of minutes, made in memory: what a process runs the pipeline over once before it forks a child per
file (`pipeline.warm_up`), so that each child starts with what the first pack of a process pays for (pdfium's
standard font loaded, the spaCy vocabulary's common words, the regex caches). Nobody reads its records.
"""
from __future__ import annotations

#: The sample's lines: the kinds of text most packs hold (a heading, attendance, minute items, a RESOLVED, an
#: agreed decision with a vote, payments, an action table, a closing time).
SAMPLE_LINES = (
    "MINUTES OF THE MEETING OF THE PARISH COUNCIL",
    "held on Tuesday 14 July 2020 at 7.30 pm in the Village Hall",
    "Present: Cllr A Smith (Chair), Cllr B Jones, Cllr C Brown",
    "1. Apologies for absence",
    "Apologies were received from Cllr D Green.",
    "2. Minutes",
    "The minutes of the meeting held on 9 June 2020 were approved and signed.",
    "3. Planning",
    "RESOLVED that the Clerk write to the District Council by 31 July 2020.",
    "It was agreed to support the application. Proposed Cllr Smith, seconded Cllr Jones. Carried.",
    "4. Finance",
    "The following payments were approved: (a) Clerk salary 250.00 (b) Hall hire 20.00",
    "Item Action Owner Due",
    "Hedge cutting Obtain quotes Clerk September",
    "The meeting closed at 9.15 pm.",
)


def sample_pdf(lines: tuple[str, ...] = SAMPLE_LINES) -> bytes:
    """Two pages showing `lines` in 11 pt Helvetica (WinAnsi text), a valid PDF with its cross-reference table."""
    text = "\n".join(f"BT /F1 11 Tf 72 {770 - 14 * i} Td ({_escaped(line)}) Tj ET" for i, line in enumerate(lines))
    content = text.encode("cp1252")
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> " \
           b"/Contents 4 0 R >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>",
        page,
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        page,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _escaped(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
