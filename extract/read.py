"""Stage 1, read: PDF bytes -> Page models (text lines with boxes and heading cues).

Two engines sit behind one interface and give the same `Page` model: `pdfium` (pypdfium2, fast, the default)
and `pdfplumber` (the reference). Library objects never leave the engine modules; pages are released as they
are read, so memory does not grow with the number of pages.
"""
from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Union

from ..models import Page
from .errors import EmptyInput, NotAPdf, UnknownEngine

PdfInput = Union[str, os.PathLike, bytes, BinaryIO]

ENGINES = ("pdfium", "pdfplumber")
DEFAULT_ENGINE = "pdfium"


@dataclass(frozen=True)
class PdfFile:
    """A PDF's bytes with the name it was given and its hash: the identity every record points at."""

    name: str
    data: bytes
    sha256: str


def load_pdf(src: PdfInput, name: str | None = None) -> PdfFile:
    """Read a path, bytes or binary stream into a `PdfFile`. A caller's stream is read, never closed."""
    if isinstance(src, (bytes, bytearray, memoryview)):
        data = bytes(src)
        default_name = "<bytes>"
    elif isinstance(src, (str, os.PathLike)):
        path = Path(src)
        data = path.read_bytes()
        default_name = path.name
    elif hasattr(src, "read"):
        data = src.read()
        if not isinstance(data, bytes):
            raise TypeError("a PDF stream must be opened in binary mode")
        default_name = Path(getattr(src, "name", "<stream>")).name if isinstance(getattr(src, "name", None), str) else "<stream>"
    else:
        raise TypeError(f"cannot read a PDF from {type(src).__name__}")
    pdf = PdfFile(name=name or default_name, data=data, sha256=hashlib.sha256(data).hexdigest())
    check_header(pdf)
    return pdf


def check_header(pdf: PdfFile) -> None:
    """Fail early, with a clear message, on input that is plainly not a PDF."""
    if not pdf.data.strip():
        raise EmptyInput(f"{pdf.name}: the file is empty")
    # The header may be preceded by junk; readers accept it within the first KiB.
    if b"%PDF-" not in pdf.data[:1024]:
        head = pdf.data[:64].lstrip().lower()
        what = "an HTML page" if head.startswith((b"<!doctype html", b"<html")) else "not a PDF"
        raise NotAPdf(f"{pdf.name}: {what}")


def read_pages(pdf: PdfFile, engine: str = DEFAULT_ENGINE, password: str | None = None) -> Iterator[Page]:
    """Yield one `Page` per physical page, in order. Labels and furniture are set by later stages."""
    if engine == "pdfium":
        from ._pdfium import pdfium_pages

        return pdfium_pages(pdf, password)
    if engine == "pdfplumber":
        from ._plumber import plumber_pages

        return plumber_pages(pdf, password)
    raise UnknownEngine(f"unknown engine {engine!r}")


def open_stream(pdf: PdfFile) -> io.BytesIO:
    return io.BytesIO(pdf.data)


def read_outline(pdf: PdfFile, password: str | None = None) -> list[tuple[int, str, int]]:
    """The PDF's outline as (level, title, 0-based page index), [] when it has none or cannot be read."""
    from ._outline import pdfium_outline

    try:
        return pdfium_outline(pdf, password)
    except Exception:  # an outline is a hint; a PDF whose outline is broken is still read
        return []
