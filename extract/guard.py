"""Limits for untrusted input: PDFs come from anywhere, so no file may exhaust the machine.

A file over a limit ends with one `error` record (`too_large`, `too_many_pages`) and the batch goes on.
Rendering for OCR is capped in pixels, so a page that claims to be a mile wide cannot allocate gigabytes.
The per-file time limit, and isolation from crashes inside the PDF library, live in `isolate`.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from .errors import TooLarge, TooManyPages

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How much one input file may ask of the machine."""

    #: Largest PDF read, in bytes (the whole file is held in memory while it is read).
    max_bytes: int = 512 * MIB
    #: Most pages a PDF may claim; a bigger claim is refused before any page is read.
    max_pages: int = 5000
    #: Most pixels one page may be rendered to for OCR (300 dpi A4 is 8.7 million).
    max_render_pixels: int = 50_000_000


DEFAULT_LIMITS = Limits()


def check_size(name: str, size: int, limits: Limits) -> None:
    if size > limits.max_bytes:
        raise TooLarge(f"{name}: {size / MIB:.1f} MB is over the limit of {limits.max_bytes / MIB:.0f} MB")


def check_page_count(name: str, count: int, limits: Limits) -> None:
    if count > limits.max_pages:
        raise TooManyPages(f"{name}: the PDF claims {count} pages, over the limit of {limits.max_pages}")


def render_scale(width_pt: float, height_pt: float, dpi: int, limits: Limits) -> float:
    """Points-to-pixels scale for rendering a page at `dpi`, lowered so the image stays under the pixel cap."""
    scale = dpi / 72.0
    area = max(width_pt, 1.0) * max(height_pt, 1.0)
    if area * scale * scale > limits.max_render_pixels:
        scale = math.sqrt(limits.max_render_pixels / area)
    return scale
