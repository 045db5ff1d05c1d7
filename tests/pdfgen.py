"""Tiny PDF writers for tests that need a PDF's content under control, no dependencies.

`text_pdf`: one page of Helvetica lines. `pages_pdf`: several pages, optional /Rotate, a false page count.
`image_pdf`: a scan (one grey image, no text layer). `zero_page_pdf`, `bomb_pdf`: bad input. The bad-input
fixtures (tests/fixtures/make_fixtures.py) are built from a few readable lines with these.
"""
from __future__ import annotations

import zlib


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pages_pdf(pages: list[list[str]], rotate: int = 0, size: tuple[float, float] = (612, 792),
             claim_count: int | None = None, outline: list[tuple[str, int]] = ()) -> bytes:
    """A PDF whose pages show the given lines (WinAnsi text, 11 pt Helvetica, 14 pt apart).

    With `rotate` 90, the text is drawn turned a quarter counter-clockwise and the page carries /Rotate 90,
    so it reads upright when displayed, as scanned landscape pages and rotated reports do.
    `claim_count` writes that number as the page tree's /Count instead of the true one.
    `outline`: top-level bookmarks (title, 0-based page index).
    """
    width, height = size
    objects: list[bytes] = []
    kids = []
    font_ref = 3 + 2 * len(pages)
    for index, lines in enumerate(pages):
        page_ref, content_ref = 3 + 2 * index, 4 + 2 * index
        kids.append(f"{page_ref} 0 R")
        if rotate == 90:
            # Drawn in user space turned 90 degrees counter-clockwise: baseline runs up the page.
            ops = [f"BT /F1 11 Tf 0 1 -1 0 {width - 72 - 14 * i} 72 Tm ({_escape(line)}) Tj ET"
                   for i, line in enumerate(lines)]
        else:
            ops = [f"BT /F1 11 Tf 72 {height - 72 - 14 * i} Td ({_escape(line)}) Tj ET" for i, line in enumerate(lines)]
        stream = "\n".join(ops).encode("cp1252")
        extra = f" /Rotate {rotate}" if rotate else ""
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}]{extra} "
            f"/Resources << /Font << /F1 {font_ref} 0 R >> >> /Contents {content_ref} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    pages_obj = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {claim_count or len(pages)} >>".encode()
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    if not outline:
        return assemble([b"<< /Type /Catalog /Pages 2 0 R >>", pages_obj, *objects, font])
    root = font_ref + 1  # the outline's root, then its entries
    entries = []
    for k, (title, index) in enumerate(outline):
        links = f" /Prev {root + k} 0 R" if k else ""
        links += f" /Next {root + k + 2} 0 R" if k + 1 < len(outline) else ""
        entries.append(f"<< /Title ({_escape(title)}) /Parent {root} 0 R /Dest [{3 + 2 * index} 0 R /Fit]{links} >>"
                       .encode("cp1252"))
    tree = f"<< /Type /Outlines /First {root + 1} 0 R /Last {root + len(outline)} 0 R /Count {len(outline)} >>"
    catalog = f"<< /Type /Catalog /Pages 2 0 R /Outlines {root} 0 R >>".encode()
    return assemble([catalog, pages_obj, *objects, font, tree.encode(), *entries])


def image_pdf(gray: bytes, px_width: int, px_height: int, size: tuple[float, float] = (612, 792)) -> bytes:
    """A one-page PDF that is a single 8-bit grey image filling the page: a scan with no text layer."""
    width, height = size
    data = zlib.compress(gray, 9)
    image = (
        f"<< /Type /XObject /Subtype /Image /Width {px_width} /Height {px_height} /ColorSpace /DeviceGray "
        f"/BitsPerComponent 8 /Filter /FlateDecode /Length {len(data)} >>\nstream\n".encode()
        + data + b"\nendstream"
    )
    content = f"q {width} 0 0 {height} 0 0 cm /Im1 Do Q".encode()
    return assemble([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] "
        f"/Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>".encode(),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        image,
    ])


def assemble(objects: list[bytes], count_override: int | None = None) -> bytes:
    """Number the objects 1..n, write them with a correct xref table and trailer."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def zero_page_pdf() -> bytes:
    """A well-formed PDF whose page tree is empty."""
    return assemble([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])




def bomb_pdf(megabytes: int) -> bytes:
    """A one-page PDF whose content stream inflates to `megabytes` MB (mostly spaces) from about 1/200 of that."""
    co = zlib.compressobj(1)
    body = co.compress(b"BT /F1 11 Tf 72 700 Td (bomb page) Tj ET\n")
    chunk = b" " * (1 << 20)
    body += b"".join(co.compress(chunk) for _ in range(megabytes)) + co.flush()
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream"
    return assemble([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        stream,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


def text_pdf(lines: list[str], width: int = 595, height: int = 842) -> bytes:
    """A valid PDF with one page showing `lines` top-down from (72, 72) at 12 pt, 16 pt apart."""
    ops = ["BT", "/F1 12 Tf", "16 TL", f"72 {height - 72} Td"]
    for line in lines:
        ops.append(f"({_escape(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
