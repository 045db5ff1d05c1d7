"""One pack's PDF, opened once with its engine and password: `OpenPdf` hands every other stage what they need
from the file (its pages, outline, ruled tables, OCR of scanned pages, page images), so nothing outside this
room opens the PDF, and no stage can forget the password.

The libraries' documents are opened on first use and kept by the object; between passes (and, with pdfium,
after every `REOPEN_EVERY` pages loaded) it closes them, because pdfium and pdfminer keep what they parsed until
the document closes: memory stays flat on long packs (benchmarks/bench_large_pack.py). Close the object (or
use it as a context manager) when the pack is done.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from ...models import Page
from ...models.errors import MinutebookError, PageFailed, UnknownEngine
from ..problems import raise_problem
from ..limits import DEFAULT_LIMITS, Limits
from ..pages.store import Pages
from .ocr import DEFAULT_OCR, OcrSettings, ocr_pages
from .outline import Outline, pdfium_outline
from .pdfium_engine import PdfiumHandle, page_labels, pdfium_pages
from .file import PdfFile
from .render import DEFAULT_SCALE, PageImage, PageWord, page_words, render_pages
from .tables import Tables, Words, tables_from

ENGINES = ("pdfium", "pdfplumber")
DEFAULT_ENGINE = "pdfium"
#: Called with each page the reader could not read; without one, the first such page ends the read.
OnPageError = Callable[[PageFailed], None]


class OpenPdf:
    """A pack's PDF, open for reading with one engine ("pdfium" or "pdfplumber") and its password."""

    def __init__(self, pdf: PdfFile, engine: str = DEFAULT_ENGINE, password: str | None = None,
                 limits: Limits = DEFAULT_LIMITS):
        if engine not in ENGINES:
            raise UnknownEngine(f"unknown engine {engine!r}")
        self.pdf = pdf
        self.engine = engine
        self.limits = limits
        self._pdfium = PdfiumHandle(pdf.source, pdf.name, password)  # outline, labels, OCR, images; pages too
        self._plumber = None
        if engine == "pdfplumber":
            from .plumber_engine import PlumberHandle

            self._plumber = PlumberHandle(pdf.source, pdf.name, password)
        self._outline: Outline | None = None

    def __repr__(self) -> str:
        return f"OpenPdf({self.pdf.name!r}, engine={self.engine!r})"

    def __enter__(self) -> OpenPdf:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._pdfium.rest()
        if self._plumber is not None:
            self._plumber.rest()

    def pages(self, on_page_error: OnPageError | None = None) -> Iterator[Page]:
        """One `Page` per physical page, in order. Labels and furniture are set by later stages.

        A PDF claiming more than `limits.max_pages` pages is refused (`TooManyPages`). A page that fails to
        read is passed to `on_page_error` as a `PageFailed` and skipped; without a callback it is raised.
        """
        report = on_page_error or raise_problem
        if self._plumber is None:
            return pdfium_pages(self._pdfium, self.limits, report)
        from .plumber_engine import plumber_pages

        return plumber_pages(self._plumber, page_labels(self._pdfium), self.limits, report)

    def outline(self) -> Outline:
        """The PDF's outline as (level, title, 0-based page index), [] when it has none or cannot be read."""
        if self._outline is None:
            try:
                self._outline = pdfium_outline(self._pdfium)
            except Exception:  # an outline is a hint; a PDF whose outline is broken is still read
                self._outline = []
            finally:
                self._pdfium.rest()
        return self._outline

    def tables_and_words(self, numbers: Iterable[int]) -> tuple[Tables, Words]:
        """Ruled tables on these physical pages (1-based) and, for pages that have none, every word with its
        box; each page is parsed once, by the pack's engine."""
        wanted = sorted(set(numbers))
        if self._plumber is not None:
            from .tables_plumber import page_objects as plumber_objects

            return tables_from(plumber_objects(self._plumber, wanted))
        from .tables_pdfium import page_objects

        return tables_from(page_objects(self._pdfium, wanted))

    def ocr(self, pages: Iterable[Page], settings: OcrSettings = DEFAULT_OCR,
            report: Callable[[MinutebookError], None] | None = None,
            candidates: list[int] | None = None) -> Pages:
        """The pages, with those that are scans read by Tesseract when it is available (see `ocr`)."""
        return ocr_pages(self._pdfium, Pages.of(pages), settings, self.limits, report, candidates)

    def render(self, numbers: Iterable[int], scale: float = DEFAULT_SCALE) -> dict[int, PageImage]:
        """PNG images of these physical pages (1-based), for people (the evidence page)."""
        return render_pages(self._pdfium, numbers, scale, self.limits)

    def words(self, numbers: Iterable[int]) -> dict[int, list[PageWord]]:
        """Every word of these physical pages (1-based) with its box as pdfium places it (the evidence page
        checks its highlights against them); a scanned page has none."""
        return page_words(self._pdfium, numbers)
