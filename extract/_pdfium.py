"""The pypdfium2 engine: text lines from pdfium's text page, boxes from its char boxes."""
from __future__ import annotations

import ctypes
from collections.abc import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ..models import Line, Page
from .errors import CorruptPdf, EmptyInput, EncryptedPdf
from .lines import is_bold_font

_FONT_BUF = 256


def open_document(data: bytes, name: str, password: str | None) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text:
            raise EncryptedPdf(f"{name}: encrypted" + (" and the password is wrong" if password else "")) from exc
        raise CorruptPdf(f"{name}: cannot be opened ({exc})") from exc


def pdfium_pages(pdf, password: str | None = None) -> Iterator[Page]:
    doc = open_document(pdf.data, pdf.name, password)
    try:
        count = len(doc)
        if count == 0:
            raise EmptyInput(f"{pdf.name}: the PDF has no pages")
        for index in range(count):
            page = doc[index]
            try:
                width, height = page.get_size()
                textpage = page.get_textpage()
                try:
                    lines = _lines(textpage, height)
                finally:
                    textpage.close()
                label = doc.get_page_label(index) or None
            finally:
                page.close()
            yield Page(number=index + 1, width=width, height=height, pdf_label=label, lines=lines)
    finally:
        doc.close()


def _lines(textpage: pdfium.PdfTextPage, height: float) -> list[Line]:
    tp = textpage.raw
    n = raw.FPDFText_CountChars(tp)
    if n <= 0:
        return []
    text = textpage.get_text_range()
    if len(text) != n:  # surrogate pairs: fall back to one call per char
        text = "".join(chr(raw.FPDFText_GetUnicode(tp, i)) for i in range(n))
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    refs = tuple(ctypes.byref(v) for v in (left, right, bottom, top))
    lines: list[Line] = []
    start = 0
    for end in range(n + 1):
        if end < n and text[end] not in "\r\n":
            continue
        if end > start:
            line = _line(tp, text, start, end, height, refs, (left, right, bottom, top))
            if line is not None:
                lines.append(line)
        start = end + 1
    return lines


def _line(tp, text, start, end, height, refs, vals) -> Line | None:
    left, right, bottom, top = vals
    x0 = y0 = float("inf")
    x1 = y1 = float("-inf")
    first = -1
    for i in range(start, end):
        if text[i].isspace():
            continue
        if not raw.FPDFText_GetCharBox(tp, i, *refs):
            continue
        if first < 0:
            first = i
        x0 = min(x0, left.value)
        x1 = max(x1, right.value)
        y0 = min(y0, bottom.value)
        y1 = max(y1, top.value)
    content = text[start:end].replace("\x00", "").strip()
    if first < 0 or not content:
        return None
    size = raw.FPDFText_GetFontSize(tp, first)
    weight = raw.FPDFText_GetFontWeight(tp, first)
    buf = ctypes.create_string_buffer(_FONT_BUF)
    flags = ctypes.c_int()
    got = raw.FPDFText_GetFontInfo(tp, first, buf, _FONT_BUF, ctypes.byref(flags))
    font = buf.value.decode("utf-8", "replace") if got else ""
    bold = weight >= 600 or is_bold_font(font) or bool(flags.value & 0x40000)
    return Line(
        text=content,
        x0=round(x0, 2),
        top=round(height - y1, 2),
        x1=round(x1, 2),
        bottom=round(height - y0, 2),
        size=round(size, 2),
        bold=bold,
    )
