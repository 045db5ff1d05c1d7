"""Stage 1, read: a path, bytes or a stream -> a checked `PdfFile`; its pages are read through an `OpenPdf`
(`document`), which gives the same `Page` models (text lines with boxes and heading cues) from either engine:
`pdfium` (pypdfium2, fast, the default) or `pdfplumber` (the reference). Library objects never leave the
engine modules; pages are released as they are read, so memory does not grow with the number of pages.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Union

from ...models import Page, file_name
from ...models.errors import EmptyInput, MinutebookError, NotAPdf, TooLarge
from ..limits import DEFAULT_LIMITS, MIB, Limits, check_size
from .document import DEFAULT_ENGINE, ENGINES, OnPageError, OpenPdf
from .file import PdfFile

PdfInput = Union[str, os.PathLike, bytes, BinaryIO]


def load_pdf(src: PdfInput, name: str | None = None, limits: Limits = DEFAULT_LIMITS) -> PdfFile:
    """Hash a path, or read bytes or a binary stream, into a `PdfFile`. A caller's stream is read, never closed.

    A file over `limits.max_bytes` is refused before it is read whole (`TooLarge`).
    """
    if name is not None:
        name = file_name(name)
    if isinstance(src, (str, os.PathLike)) and not Path(src).is_file():
        # A pipe or device (`<(curl ...)`, /dev/stdin) can be read only once: read it like a stream.
        with open(src, "rb") as stream:
            return load_pdf(stream, name or file_name(Path(src).name), limits)
    if isinstance(src, (str, os.PathLike)):
        path = Path(src)
        try:
            check_size(name or file_name(path.name), path.stat().st_size, limits)
        except MinutebookError as exc:
            exc.sha256 = file_sha256(path)
            raise
        pdf = PdfFile(name=name or path.name, sha256=file_sha256(path), path=path)
    else:
        if isinstance(src, (bytes, bytearray, memoryview)):
            data = bytes(src)
            default_name = "<bytes>"
        elif hasattr(src, "read"):
            data = _read_at_most(src, limits.max_bytes + 1)
            default_name = Path(getattr(src, "name", "<stream>")).name if isinstance(getattr(src, "name", None), str) else "<stream>"
        else:
            raise TypeError(f"cannot read a PDF from {type(src).__name__}")
        # An oversized stream is not read on (it may never end: /dev/zero); its error record's id comes from
        # the bytes read up to the limit.
        pdf = PdfFile(name=name or default_name, data=data, sha256=hashlib.sha256(data).hexdigest())
        try:
            if len(data) > limits.max_bytes and hasattr(src, "read"):
                raise TooLarge(f"{pdf.name}: more than the limit of {limits.max_bytes / MIB:g} MB; reading "
                               "stopped there")
            check_size(pdf.name, len(data), limits)
        except MinutebookError as exc:
            exc.sha256 = pdf.sha256  # the error record's id comes from the file's content, like every id
            raise
    try:
        check_header(pdf)
    except MinutebookError as exc:
        exc.sha256 = pdf.sha256
        raise
    return pdf


def _read_at_most(stream: BinaryIO, size: int) -> bytes:
    """Up to `size` bytes of a stream, read in chunks (a pipe gives short reads), never more."""
    chunks: list[bytes] = []
    got = 0
    while got < size:
        chunk = stream.read(min(1 << 20, size - got))
        if not isinstance(chunk, bytes):
            raise TypeError("a PDF stream must be opened in binary mode")
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def file_sha256(path: Path) -> str:
    """sha256 of a file read in chunks (for a file too big to hold in memory)."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_header(pdf: PdfFile) -> None:
    """Fail early, with a clear message, on input that is plainly not a PDF."""
    if pdf.is_blank():
        raise EmptyInput(f"{pdf.name}: the file is empty")
    # The header may be preceded by junk; readers accept it within the first KiB.
    if b"%PDF-" not in pdf.head(1024):
        head = pdf.head(64).lstrip().lower()
        what = "an HTML page" if head.startswith((b"<!doctype html", b"<html")) else "not a PDF"
        raise NotAPdf(f"{pdf.name}: {what}")


def read_pages(pdf: PdfFile, engine: str = DEFAULT_ENGINE, password: str | None = None,
               limits: Limits = DEFAULT_LIMITS, on_page_error: OnPageError | None = None) -> Iterator[Page]:
    """`OpenPdf.pages` of a PDF opened for this one pass (for tools and tests; the pipeline reads a pack's
    pages, outline and tables through one `OpenPdf`)."""
    doc = OpenPdf(pdf, engine, password, limits)
    return _closing(doc, doc.pages(on_page_error))


def _closing(doc: OpenPdf, pages: Iterator[Page]) -> Iterator[Page]:
    try:
        yield from pages
    finally:
        doc.close()


def ends_early(pdf: PdfFile) -> bool:
    """Whether a PDF lacks the end-of-file marker a complete download ends with (a few bytes may follow it)."""
    return b"%%EOF" not in pdf.tail(2048)


def read_outline(pdf: PdfFile, password: str | None = None) -> list[tuple[int, str, int]]:
    """The PDF's outline as (level, title, 0-based page index), [] when it has none or cannot be read."""
    with OpenPdf(pdf, password=password) as doc:
        return doc.outline()
