"""Page images for people: render physical pages of a PDF to PNG through pypdfium2.

The evidence page (query/) shows each record's page with its boxes drawn on top; it gets PNG bytes and the
page size in points from here, so no PDF library object leaves extract/.
"""
from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass

import pypdfium2 as pdfium

from .pdfium_engine import PdfiumHandle

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


def render_pages(handle: PdfiumHandle, numbers: Iterable[int], scale: float = DEFAULT_SCALE) -> dict[int, PageImage]:
    """Render the given physical pages (1-based) of the PDF behind `handle`; numbers outside the PDF are left
    out of the result."""
    try:
        out: dict[int, PageImage] = {}
        for number in sorted(set(numbers)):
            doc = handle.for_page()
            if not 0 < number <= len(doc):
                continue
            page = doc[number - 1]
            try:
                width, height = page.get_size()
                bitmap = page.render(scale=scale, fill_color=(255, 255, 255, 255))
                image = bitmap.to_pil()
                buf = io.BytesIO()
                image.save(buf, format="PNG")
                out[number] = PageImage(number=number, png=buf.getvalue(), width=width, height=height, scale=scale)
            finally:
                page.close()
        return out
    except pdfium.PdfiumError as exc:  # a page that cannot be rendered: say which file
        from ..errors import CorruptPdf

        raise CorruptPdf(f"{handle.name}: a page cannot be rendered ({exc})") from exc
    finally:
        handle.rest()
