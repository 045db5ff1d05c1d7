"""The pdfplumber engine (the reference): lines from extract_text_lines, cues from their chars."""
from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterator

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError

from ...models import Line, Page
from ...models.errors import CorruptPdf, EncryptedPdf, NoPages, TimedOut, WrongPassword
from ..problems import page_failed, raise_problem
from ..limits import DEFAULT_LIMITS, check_page_count
from .guard import time_budget, without_reference_cycles
from .lines import is_bold_font


#: Seconds pdfminer may spend opening a file, and reading one page, before the file or page is given up
#: (`guard.time_budget`): far above what a real page takes, far below a hang.
OPEN_BUDGET = 300.0
PAGE_BUDGET = 120.0


without_reference_cycles()


class PlumberHandle:
    """One PDF's pdfplumber document, opened on first use with the pack's password; `rest` closes it between
    passes (the next use opens it again), so what pdfminer parsed is not kept while other stages run."""

    def __init__(self, source: str | bytes, name: str, password: str | None):
        self.source = source
        self.name = name
        self._password = password
        self._doc = None

    def document(self):
        """The open document; raises pdfplumber's (pdfminer's) own errors when it will not open."""
        if self._doc is None:
            self._doc = pdfplumber.open(_openable(self.source), password=self._password or "")
        return self._doc

    def rest(self) -> None:
        if self._doc is not None:
            self._doc.close()
            self._doc = None


def plumber_pages(handle: PlumberHandle, labels: list[str | None], limits=DEFAULT_LIMITS,
                  on_page_error=None) -> Iterator[Page]:
    """The pages of the PDF behind `handle`, read in one pass; `labels` are the PDF's page labels (pdfplumber
    does not read them: the caller asks pdfium). The handle rests when the pass ends."""
    report = on_page_error or raise_problem
    name = handle.name
    try:
        with time_budget(OPEN_BUDGET, f"{name}: opening the PDF"):
            doc = handle.document()
            pages = doc.pages  # builds the page list: damage to the page tree shows here
    except TimedOut:
        handle.rest()
        raise
    except (PDFSyntaxError, Exception) as exc:  # pdfminer raises many kinds on damaged files
        handle.rest()
        # pdfplumber wraps pdfminer's errors in its own; look at what it wraps.
        inner = [exc, *(a for a in exc.args if isinstance(a, Exception)), exc.__context__]
        if any(isinstance(e, PDFPasswordIncorrect) for e in inner) or "password" in str(exc).lower():
            if handle._password:
                raise WrongPassword(f"{name}: encrypted and the password is wrong") from exc
            raise EncryptedPdf(f"{name}: encrypted") from exc
        raise CorruptPdf(f"{name}: cannot be opened ({type(exc).__name__}: {exc})") from exc
    try:
        if not pages:
            raise NoPages(f"{name}: the PDF has no pages")
        check_page_count(name, len(pages), limits)
        for index, page in enumerate(pages):
            try:
                with time_budget(PAGE_BUDGET, f"page {index + 1}"):
                    items = page.extract_text_lines(strip=True, return_chars=True)
                lines = [_line(item) for item in items]
                out = Page(
                    number=index + 1,
                    width=float(page.width),
                    height=float(page.height),
                    pdf_label=labels[index] if index < len(labels) else None,
                    lines=[line for line in lines if line.text],
                )
            except Exception as exc:  # one damaged page must not end the file
                report(page_failed(name, index + 1, exc))
                continue
            finally:
                page.close()
            yield out
    finally:
        handle.rest()


#: pdfminer writes glyphs it cannot map to Unicode as "(cid:127)"; pdfium drops them, and so do we.
_CID = re.compile(r"\(cid:\d+\)")


def _line(item: dict) -> Line:
    chars = [c for c in item["chars"] if not c["text"].isspace()]
    first = chars[0] if chars else {}
    fonts = Counter(c.get("fontname", "") for c in chars)
    font = fonts.most_common(1)[0][0] if fonts else ""
    return Line(
        text=" ".join(_CID.sub("", item["text"]).split()),
        x0=round(float(item["x0"]), 2),
        top=round(float(item["top"]), 2),
        x1=round(float(item["x1"]), 2),
        bottom=round(float(item["bottom"]), 2),
        size=round(float(first.get("size", 0.0)), 2),
        bold=is_bold_font(font),
    )


def _openable(source: str | bytes):
    """pdfplumber opens a path itself, bytes through a stream."""
    return source if isinstance(source, str) else io.BytesIO(source)


#: Seconds pdfminer may take to count the pages of a file pdfium refused (a diagnosis, not a read).
COUNT_BUDGET = 20.0


def count_pages(data: bytes, password: str | None = None) -> int | None:
    """How many pages pdfminer finds in a PDF, or None when it cannot open it either, or not within
    `COUNT_BUDGET` seconds (for diagnosis)."""
    try:
        with time_budget(COUNT_BUDGET, "counting the pages"):
            with pdfplumber.open(io.BytesIO(data), password=password or "") as doc:
                return len(doc.pages)
    except Exception:  # any failure (a TimedOut too) means "pdfminer cannot read it either"
        return None
