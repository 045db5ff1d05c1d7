"""The pypdfium2 engine: text lines from pdfium's text page, boxes from its char boxes.

Boxes are given in the page as displayed (its /Rotate applied, origin at the crop box's top-left), so they
match a rendered image of the page. pdfium joins a word hyphenated across lines and marks the join with
U+FFFE; the line is split there again, its printed hyphen kept, as pdfplumber gives it.
"""
from __future__ import annotations

import ctypes
import re
from functools import lru_cache
from collections.abc import Iterable, Iterator

from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ...models import Line, Page
from ...models.errors import CorruptPdf, EncryptedPdf, NoPages, WrongPassword
from ..problems import page_failed, raise_problem
from ..limits import DEFAULT_LIMITS, check_page_count
from .lines import is_bold_font, is_letter_spaced, respace

_FONT_BUF = 256
#: Pages read per opening of the document: memory stays flat on long packs (benchmarks/bench_large_pack.py).
REOPEN_EVERY = 100


def open_document(source: str | bytes, name: str, password: str | None) -> pdfium.PdfDocument:
    """A pdfium document from a path (read on demand) or bytes; a failure is said in our words."""
    try:
        return pdfium.PdfDocument(source, password=password)
    except pdfium.PdfiumError as exc:
        raise explain_failure(exc, source, name, password) from exc


def explain_failure(exc: Exception, source: str | bytes, name: str, password: str | None) -> Exception:
    """Our error for a PDF pdfium would not open."""
    data = source if isinstance(source, bytes) else Path(source).read_bytes()  # rare: diagnose the failure
    text = str(exc).lower()
    # pdfium's last error can be stale from an earlier document, so check the file has /Encrypt too.
    if "password" in text and b"/Encrypt" in data:
        if password:
            return WrongPassword(f"{name}: encrypted and the password is wrong")
        return EncryptedPdf(f"{name}: encrypted")
    # pdfium refuses some files pdfminer reads (an empty page tree among them): ask it what it sees.
    from .plumber_engine import count_pages

    pages = count_pages(data, password)
    if pages == 0:
        return NoPages(f"{name}: the PDF has no pages")
    if pages:
        return CorruptPdf(f"{name}: pdfium cannot open it but pdfplumber can; try --engine pdfplumber")
    return CorruptPdf(f"{name}: cannot be opened ({exc})")


class PdfiumHandle:
    """One PDF's pdfium document, opened on first use with the pack's password.

    pdfium keeps every object it parsed until the document closes, so the handle closes it after every
    `REOPEN_EVERY` pages loaded through `for_page` (and `rest` closes it between passes); the next use opens
    it again. Memory then stays flat on long packs (benchmarks/bench_large_pack.py) whoever reads the pages.
    """

    def __init__(self, source: str | bytes, name: str, password: str | None):
        self.source = source
        self.name = name
        self._password = password
        self._doc: pdfium.PdfDocument | None = None
        self._loads = 0

    def document(self) -> pdfium.PdfDocument:
        """The open document; raises pdfium's own `PdfiumError` when it will not open."""
        if self._doc is None:
            self._doc = pdfium.PdfDocument(self.source, password=self._password)
            self._loads = 0
        return self._doc

    def opened(self) -> pdfium.PdfDocument:
        """The open document; a failure to open it is said in our words (`explain_failure`)."""
        try:
            return self.document()
        except pdfium.PdfiumError as exc:
            raise explain_failure(exc, self.source, self.name, self._password) from exc

    def for_page(self) -> pdfium.PdfDocument:
        """The document to load one more page from (the caller closes the page before asking again)."""
        if self._loads >= REOPEN_EVERY:
            self.rest()
        doc = self.opened()
        self._loads += 1
        return doc

    def each_page(self, numbers: Iterable[int]) -> Iterator[tuple[int, pdfium.PdfPage]]:
        """Each of these physical pages (1-based) that the PDF has, loaded through `for_page` and closed once
        the caller is done with it; numbers outside the PDF are left out."""
        for number in numbers:
            doc = self.for_page()
            if not 0 < number <= len(doc):
                continue
            page = doc[number - 1]
            try:
                yield number, page
            finally:
                page.close()

    def rest(self) -> None:
        """Close the document (what it parsed goes with it); the next use opens it again."""
        if self._doc is not None:
            self._doc.close()
            self._doc = None


def pdfium_pages(handle: PdfiumHandle, limits=DEFAULT_LIMITS, on_page_error=None) -> Iterator[Page]:
    """The pages of the PDF behind `handle`, read in one pass (the handle rests when it ends)."""
    report = on_page_error or raise_problem
    try:
        count = len(handle.opened())
        if count == 0:
            raise NoPages(f"{handle.name}: the PDF has no pages")
        check_page_count(handle.name, count, limits)
        for index in range(count):
            doc = handle.for_page()
            try:
                page = _read_page(doc, index)
            except Exception as exc:  # pdfium reports damage in many ways; one page must not end the file
                report(page_failed(handle.name, index + 1, exc))
                continue
            yield page
    finally:
        handle.rest()


def page_labels(handle: PdfiumHandle) -> list[str | None]:
    """Every page's label from the PDF's page-label dictionary ([] when pdfium cannot open the file)."""
    try:
        doc = handle.document()
    except pdfium.PdfiumError:
        return []
    try:
        return [doc.get_page_label(i) or None for i in range(len(doc))]
    finally:
        handle.rest()


def _read_page(doc: pdfium.PdfDocument, index: int) -> Page:
    page = doc[index]
    try:
        width, height = page.get_size()
        frame = _Frame(page.get_bbox(), page.get_rotation())
        textpage = page.get_textpage()
        try:
            lines = _lines(textpage, frame)
        finally:
            textpage.close()
        label = doc.get_page_label(index) or None
    finally:
        page.close()
    return Page(number=index + 1, width=width, height=height, pdf_label=label, lines=lines)


class _Frame:
    """Maps a box in PDF user space to the displayed page: rotation applied, origin top-left."""

    def __init__(self, bbox: tuple[float, float, float, float], rotation: int):
        self.left, self.bottom, self.right, self.top = bbox
        self.rotation = rotation % 360

    def point(self, x: float, y: float) -> tuple[float, float]:
        if self.rotation == 90:
            return y - self.bottom, x - self.left
        if self.rotation == 180:
            return self.right - x, y - self.bottom
        if self.rotation == 270:
            return self.top - y, self.right - x
        return x - self.left, self.top - y

    def box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        (ax, ay), (bx, by) = self.point(x0, y0), self.point(x1, y1)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


def _lines(textpage: pdfium.PdfTextPage, frame: _Frame) -> list[Line]:
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
    for end in [m.start() for m in _BREAK.finditer(text)] + [n]:
        if end > start:
            hyphen = end < n and text[end] == "\ufffe"
            line = _line(tp, text, start, end, frame, refs, (left, right, bottom, top), hyphen)
            if line is not None:
                lines.append(line)
        start = end + 1
    return lines


_BREAK = re.compile("[\r\n\ufffe]")  # line ends, and pdfium's mark of a word hyphenated across lines


def _line(tp, text, start, end, frame, refs, vals, hyphen=False) -> Line | None:
    segment = text[start:end]
    content = segment.replace("\x00", "").strip()
    if not content:
        return None
    # The line's box from its first and last visible glyphs: pdfium's loose boxes span the font's
    # ascent and descent, so two calls give the line's height without visiting every glyph.
    first = start + len(segment) - len(segment.lstrip())
    last = start + len(segment.rstrip()) - 1
    rect = _RECT
    x0 = y0 = float("inf")
    x1 = y1 = float("-inf")
    for i in (first, last) if last != first else (first,):
        if raw.FPDFText_GetLooseCharBox(tp, i, _RECT_REF):
            x0, x1 = min(x0, rect.left), max(x1, rect.right)
            y0, y1 = min(y0, rect.bottom, rect.top), max(y1, rect.bottom, rect.top)
    if x0 == float("inf"):
        return None
    if is_letter_spaced(content):
        content = respace(_glyphs(tp, text, start, end, refs, vals)) or content
    if hyphen:
        content += "-"
    size = raw.FPDFText_GetFontSize(tp, first)
    bold = raw.FPDFText_GetFontWeight(tp, first) >= 600
    if not bold:
        got = raw.FPDFText_GetFontInfo(tp, first, _FONT_NAME, _FONT_BUF, _FONT_FLAGS_REF)
        bold = bool(_FONT_FLAGS.value & 0x40000) or (bool(got) and _bold_name(_FONT_NAME.value))
    bx0, btop, bx1, bbottom = frame.box(x0, y0, x1, y1)
    return Line(text=content, x0=round(bx0, 2), top=round(btop, 2), x1=round(bx1, 2), bottom=round(bbottom, 2),
                size=round(size, 2), bold=bold)


@lru_cache(maxsize=256)
def _bold_name(name: bytes) -> bool:
    """Whether a font name reads bold (a pack uses a handful of fonts on thousands of lines)."""
    return is_bold_font(name.decode("utf-8", "replace"))


# Scratch space for the calls above, reused line after line (a reader runs in one thread).
_RECT = raw.FS_RECTF()
_RECT_REF = ctypes.byref(_RECT)
_FONT_NAME = ctypes.create_string_buffer(_FONT_BUF)
_FONT_FLAGS = ctypes.c_int()
_FONT_FLAGS_REF = ctypes.byref(_FONT_FLAGS)


def _glyphs(tp, text, start, end, refs, vals) -> list[tuple[str, float, float]]:
    """(char, left, right) of every visible glyph of a line."""
    left, right, _, _ = vals
    out = []
    for i in range(start, end):
        if not text[i].isspace() and raw.FPDFText_GetCharBox(tp, i, *refs):
            out.append((text[i], left.value, right.value))
    return out
