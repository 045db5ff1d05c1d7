"""Page images for people: render physical pages of a PDF to PNG through pypdfium2.

The evidence page (query/) shows each record's page with its boxes drawn on top; it gets PNG bytes and the
page size in points from here, so no PDF library object leaves extract/.
"""
from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass

import pypdfium2 as pdfium

from ..limits import DEFAULT_LIMITS, Limits, capped_scale
from .pdfium_engine import PdfiumHandle, _Frame

#: Pixels per PDF point by default: 1.5 is 108 dpi, an A4 page 893 pixels wide.
DEFAULT_SCALE = 1.5


@dataclass(frozen=True)
class PageImage:
    """One rendered page: PNG bytes, the page size in PDF points and the pixels per point used."""

    number: int
    png: bytes
    width: float
    height: float
    scale: float


def render_pages(handle: PdfiumHandle, numbers: Iterable[int], scale: float = DEFAULT_SCALE,
                 limits: Limits = DEFAULT_LIMITS) -> dict[int, PageImage]:
    """Render the given physical pages (1-based) of the PDF behind `handle`; numbers outside the PDF are left
    out of the result. A page is drawn at a lower scale when `scale` would pass `limits.max_render_pixels`
    (a page can claim to be 200 inches square: at 1.5 that is 9 gigapixels)."""
    try:
        out: dict[int, PageImage] = {}
        for number, page in handle.each_page(sorted(set(numbers))):
            width, height = page.get_size()
            page_scale = capped_scale(width, height, scale, limits)
            bitmap = page.render(scale=page_scale, fill_color=(255, 255, 255, 255))
            image = bitmap.to_pil()
            buf = io.BytesIO()
            image.save(buf, format="PNG")
            out[number] = PageImage(number=number, png=buf.getvalue(), width=width, height=height,
                                    scale=page_scale)
        return out
    except pdfium.PdfiumError as exc:  # a page that cannot be rendered: say which file
        from ...models.errors import CorruptPdf

        raise CorruptPdf(f"{handle.name}: a page cannot be rendered ({exc})") from exc
    finally:
        handle.rest()


@dataclass(frozen=True)
class PageWord:
    """One word as the PDF draws it: its text and box in points, origin top-left (as `Line` boxes are)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float


def page_words(handle: PdfiumHandle, numbers: Iterable[int]) -> dict[int, list[PageWord]]:
    """The words of the given physical pages (1-based), from pdfium's own character boxes.

    The evidence page checks its highlights against these: a record's boxes are estimated from the characters
    of its lines, a word's box is where the PDF draws it. A page without a text layer (a scan) has no words.
    """
    try:
        out: dict[int, list[PageWord]] = {}
        for number, page in handle.each_page(sorted(set(numbers))):
            frame = _Frame(page.get_bbox(), page.get_rotation())
            textpage = page.get_textpage()
            try:
                out[number] = _words(textpage, frame)
            finally:
                textpage.close()
        return out
    except pdfium.PdfiumError as exc:
        from ...models.errors import CorruptPdf

        raise CorruptPdf(f"{handle.name}: a page cannot be read ({exc})") from exc
    finally:
        handle.rest()


def _words(textpage: pdfium.PdfTextPage, frame: _Frame) -> list[PageWord]:
    n = textpage.count_chars()
    text = textpage.get_text_range() if n > 0 else ""
    if len(text) != n:  # surrogate pairs shift the offsets: no words rather than wrong ones
        return []
    words: list[PageWord] = []
    chars: list[str] = []
    box = [float("inf"), float("inf"), float("-inf"), float("-inf")]

    def flush() -> None:
        if chars and box[0] != float("inf"):
            x0, top, x1, bottom = frame.box(box[0], box[1], box[2], box[3])
            words.append(PageWord("".join(chars), round(x0, 2), round(top, 2), round(x1, 2), round(bottom, 2)))
        chars.clear()
        box[:] = [float("inf"), float("inf"), float("-inf"), float("-inf")]

    for i, ch in enumerate(text):
        if ch.isspace() or ch in "\x00\ufffe\ufeff":
            flush()
            continue
        left, bottom, right, top = textpage.get_charbox(i)
        if right <= left and top <= bottom:
            continue  # a character drawn nowhere
        chars.append(ch)
        box[0], box[1] = min(box[0], left), min(box[1], bottom, top)
        box[2], box[3] = max(box[2], right), max(box[3], bottom, top)
    flush()
    return words
