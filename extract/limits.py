"""Limits for untrusted input: PDFs come from anywhere, so no file may exhaust the machine.

A file over a limit ends with one `error` record (`too_large`, `too_many_pages`) and the batch goes on.
Rendering for OCR is capped in pixels, so a page that claims to be a mile wide cannot allocate gigabytes.
A page whose content decompresses to gigabytes (a "zip bomb": a 1.4 MB file can hold 300 MB of content)
cannot be caught inside the process, since pdfium aborts when an allocation fails; `apply_memory_limit` caps a
worker process's memory so such a file ends that worker, and the batch's supervisor (which also holds the
per-file time limit) reports it as one error record while the batch goes on.
"""
from __future__ import annotations

import math
import sys
from dataclasses import dataclass

from ..models.errors import TooLarge, TooManyPages

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How much one input file may ask of the machine."""

    #: Largest PDF read, in bytes.
    max_bytes: int = 512 * MIB
    #: Most pages a PDF may claim; a bigger claim is refused before any page is read.
    max_pages: int = 5000
    #: Most pixels one page may be rendered to for OCR (300 dpi A4 is 8.7 million).
    max_render_pixels: int = 50_000_000
    #: Most data memory a worker process may use (see `apply_memory_limit`).
    max_memory: int = 2048 * MIB
    #: Pages of a pack held in memory; a longer pack's pages wait in a temporary file (`extract.pagestore`).
    pages_in_memory: int = 300
    #: On such a long pack, the pages the text stages (resolutions, reports) read at a time.
    window_pages: int = 40


DEFAULT_LIMITS = Limits()


def check_size(name: str, size: int, limits: Limits) -> None:
    if size > limits.max_bytes:
        raise TooLarge(f"{name}: {size / MIB:.1f} MB is over the limit of {limits.max_bytes / MIB:.0f} MB")


def check_page_count(name: str, count: int, limits: Limits) -> None:
    if count > limits.max_pages:
        raise TooManyPages(f"{name}: the PDF claims {count} pages, over the limit of {limits.max_pages}")


def render_scale(width_pt: float, height_pt: float, dpi: int, limits: Limits) -> float:
    """Points-to-pixels scale for rendering a page at `dpi`, lowered so the image stays under the pixel cap."""
    return capped_scale(width_pt, height_pt, dpi / 72.0, limits)


def capped_scale(width_pt: float, height_pt: float, scale: float, limits: Limits) -> float:
    """`scale` (pixels per point), lowered so a page of this size renders to at most `max_render_pixels`."""
    area = max(width_pt, 1.0) * max(height_pt, 1.0)
    if area * scale * scale > limits.max_render_pixels:
        scale = math.sqrt(limits.max_render_pixels / area)
    return scale


def apply_memory_limit(max_bytes: int) -> bool:
    """Cap this process's data memory (heap and anonymous maps: Linux RLIMIT_DATA) at `max_bytes`.

    For worker processes only: past the cap, Python raises MemoryError and pdfium aborts the process.
    Returns False where the platform has no such limit (the cap is then not applied).
    """
    try:
        import resource
    except ImportError:  # not on POSIX
        return False
    which = getattr(resource, "RLIMIT_DATA", None)
    if which is None or sys.platform == "darwin":  # macOS ignores RLIMIT_DATA for mmap'd memory
        return False
    soft, hard = resource.getrlimit(which)
    cap = max_bytes if hard == resource.RLIM_INFINITY else min(max_bytes, hard)
    resource.setrlimit(which, (cap, hard))
    return True
