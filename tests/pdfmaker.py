"""Build tiny PDFs for tests: text lines, thin rules and filled (shaded) rectangles, in top-left coordinates.

Lets a test draw a tracker laid out unlike the seed's (other columns, header rows, a status column) without a
PDF library: the output is a plain PDF 1.4 file with the standard Helvetica fonts.
"""
from __future__ import annotations

from pdfgen import _escape, assemble

WIDTH, HEIGHT = 595.0, 842.0


def text(x: float, top: float, words: str, size: float = 10.0, bold: bool = False) -> tuple:
    return ("text", x, top, size, words, bold)


def rule(x0: float, top: float, x1: float, bottom: float) -> tuple:
    """A thin black filled rectangle: how many PDF writers draw table borders."""
    return ("fill", x0, top, x1, bottom, 0.0)


def shade(x0: float, top: float, x1: float, bottom: float, grey: float | tuple = 0.85) -> tuple:
    """A filled rectangle: `grey` a grey level, or an (r, g, b) colour (a RAG cell)."""
    return ("fill", x0, top, x1, bottom, grey)


def grid(xs: list[float], ys: list[float], weight: float = 0.5) -> list[tuple]:
    """Rules for a full table grid: vertical lines at xs, horizontal lines at ys."""
    out = [rule(x, ys[0], x + weight, ys[-1]) for x in xs]
    out += [rule(xs[0], y, xs[-1] + weight, y + weight) for y in ys]
    return out


def _content(ops: list[tuple], height: float = HEIGHT) -> bytes:
    parts = []
    for op in ops:
        if op[0] == "fill":
            _, x0, top, x1, bottom, grey = op
            paint = " ".join(f"{v:.3f}" for v in grey) + " rg" if isinstance(grey, tuple) else f"{grey:.3f} g"
            parts.append(f"{paint} {x0:.2f} {height - bottom:.2f} {x1 - x0:.2f} {bottom - top:.2f} re f")
    for op in ops:
        if op[0] == "text":
            _, x, top, size, words, bold = op
            baseline = height - top - size * 0.8
            font = "F2" if bold else "F1"
            parts.append(f"0 g BT /{font} {size:.1f} Tf {x:.2f} {baseline:.2f} Td ({_escape(words)}) Tj ET")
    return "\n".join(parts).encode("cp1252")


def make_pdf(pages: list[list[tuple]], size: tuple[float, float] = (WIDTH, HEIGHT)) -> bytes:
    """A PDF of the pages' drawing ops; `size` (width, height) in points, e.g. (842, 595) for landscape A4."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")
    pages_obj = add(b"")
    regular = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    bold = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for ops in pages:
        stream = _content(ops, size[1])
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
            % (pages_obj, size[0], size[1], content, regular, bold)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objects[pages_obj - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                              + b"] /Count %d >>" % len(kids))
    return assemble(objects)  # the catalog is object 1, as assemble writes in the trailer
