"""Stage 1, read: PDF bytes -> Page models (text lines with boxes and heading cues).

Two engines sit behind one interface and give the same `Page` model: `pdfium` (pypdfium2, fast, the default)
and `pdfplumber` (the reference). Library objects never leave the engine modules; pages are released as they
are read, so memory does not grow with the number of pages.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, Union

from ...models import Page
from ..errors import EmptyInput, MinutebookError, NotAPdf, PageFailed, UnknownEngine, raise_problem
from ..limits import DEFAULT_LIMITS, Limits, check_size

PdfInput = Union[str, os.PathLike, bytes, BinaryIO]
#: Called with each page the reader could not read; without one, the first such page ends the read.
OnPageError = Callable[[PageFailed], None]

ENGINES = ("pdfium", "pdfplumber")
DEFAULT_ENGINE = "pdfium"


class PdfFile:
    """A PDF with the name it was given and its hash: the identity every record points at.

    A PDF read from a path keeps only the path: PDF libraries open it there and read what they need, so a
    long pack's bytes are not held in memory while its pages are processed (`source` is what to open). The
    file must not change while it is being extracted (a batch checks its hash first). A PDF given as bytes or
    a stream keeps its bytes. `data` gives the bytes either way, reading the file if need be.
    """

    __slots__ = ("name", "sha256", "path", "_data")

    def __init__(self, name: str, data: bytes = b"", sha256: str = "", path: Path | None = None):
        self.name = name
        self.sha256 = sha256
        self.path = path
        self._data = data

    def __repr__(self) -> str:
        return f"PdfFile(name={self.name!r}, sha256={self.sha256[:12]!r}, path={self.path!r})"

    @property
    def data(self) -> bytes:
        """The whole file's bytes (read from disk each time for a path: prefer `source`, `head`, `tail`)."""
        return self.path.read_bytes() if self.path is not None else self._data

    @property
    def source(self) -> str | bytes:
        """What to open with a PDF library: the file's path when there is one, else the bytes."""
        return str(self.path) if self.path is not None else self._data

    def head(self, size: int) -> bytes:
        if self.path is None:
            return self._data[:size]
        with self.path.open("rb") as stream:
            return stream.read(size)

    def tail(self, size: int) -> bytes:
        if self.path is None:
            return self._data[-size:]
        with self.path.open("rb") as stream:
            stream.seek(0, os.SEEK_END)
            stream.seek(max(0, stream.tell() - size))
            return stream.read()

    def is_blank(self) -> bool:
        """Empty, or nothing but whitespace."""
        if self.path is None:
            return not self._data or self._data.isspace()  # not .strip(): that would copy the whole file
        with self.path.open("rb") as stream:
            for chunk in iter(lambda: stream.read(1 << 20), b""):
                if not chunk.isspace():
                    return False
        return True


def load_pdf(src: PdfInput, name: str | None = None, limits: Limits = DEFAULT_LIMITS) -> PdfFile:
    """Hash a path, or read bytes or a binary stream, into a `PdfFile`. A caller's stream is read, never closed.

    A file over `limits.max_bytes` is refused before it is read whole (`TooLarge`).
    """
    if isinstance(src, (str, os.PathLike)) and not Path(src).is_file():
        # A pipe or device (`<(curl ...)`, /dev/stdin) can be read only once: read it like a stream.
        with open(src, "rb") as stream:
            return load_pdf(stream, name or Path(src).name, limits)
    if isinstance(src, (str, os.PathLike)):
        path = Path(src)
        try:
            check_size(name or path.name, path.stat().st_size, limits)
        except MinutebookError as exc:
            exc.sha256 = file_sha256(path)
            raise
        pdf = PdfFile(name=name or path.name, sha256=file_sha256(path), path=path)
    else:
        if isinstance(src, (bytes, bytearray, memoryview)):
            data = bytes(src)
            default_name = "<bytes>"
        elif hasattr(src, "read"):
            data = src.read(limits.max_bytes + 1)
            if not isinstance(data, bytes):
                raise TypeError("a PDF stream must be opened in binary mode")
            default_name = Path(getattr(src, "name", "<stream>")).name if isinstance(getattr(src, "name", None), str) else "<stream>"
        else:
            raise TypeError(f"cannot read a PDF from {type(src).__name__}")
        digest = hashlib.sha256(data)
        if len(data) > limits.max_bytes and hasattr(src, "read"):  # hash the rest of an oversized stream
            for chunk in iter(lambda: src.read(1 << 20), b""):
                digest.update(chunk)
        pdf = PdfFile(name=name or default_name, data=data, sha256=digest.hexdigest())
        try:
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
    """Yield one `Page` per physical page, in order. Labels and furniture are set by later stages.

    A PDF claiming more than `limits.max_pages` pages is refused (`TooManyPages`). A page that fails to read
    is passed to `on_page_error` as a `PageFailed` and skipped; without a callback the `PageFailed` is raised.
    """
    if engine == "pdfium":
        from .pdfium_engine import pdfium_pages

        return pdfium_pages(pdf, password, limits, on_page_error or raise_problem)
    if engine == "pdfplumber":
        from .plumber_engine import plumber_pages

        return plumber_pages(pdf, password, limits, on_page_error or raise_problem)
    raise UnknownEngine(f"unknown engine {engine!r}")


def ends_early(pdf: PdfFile) -> bool:
    """Whether a PDF lacks the end-of-file marker a complete download ends with (a few bytes may follow it)."""
    return b"%%EOF" not in pdf.tail(2048)


def read_outline(pdf: PdfFile, password: str | None = None) -> list[tuple[int, str, int]]:
    """The PDF's outline as (level, title, 0-based page index), [] when it has none or cannot be read."""
    from .outline import pdfium_outline

    try:
        return pdfium_outline(pdf, password)
    except Exception:  # an outline is a hint; a PDF whose outline is broken is still read
        return []
