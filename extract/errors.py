"""What can go wrong with an input PDF, as exceptions the pipeline turns into `error` and `warning` records.

Each class names one kind of problem (`kind`, for machines), the stage it happens in (`stage`) and what a user
can do about it (`hint`, appended to the message). docs/troubleshooting.md lists them all for users; a test
checks that every kind defined here is listed there.
"""
from __future__ import annotations


class MinutebookError(Exception):
    """Base of the errors minutebook raises for bad input. `kind` names it for machines, `stage` where."""

    kind = "error"
    stage = "read"
    hint = ""
    #: Physical pages (1-based) the problem is about, when it is about some pages only.
    pages: tuple[int, ...] = ()
    #: sha256 of the input's bytes, when the problem arose before the file was fully loaded.
    sha256: str | None = None

    def __str__(self) -> str:
        base = super().__str__()
        return f"{base} ({self.hint})" if self.hint else base


# --- the whole file cannot be read: one `error` record, nothing else -------------------------------------

class NotAPdf(MinutebookError):
    kind = "not_a_pdf"
    hint = "the file does not start with %PDF-; is it an HTML error page or another format saved as .pdf?"


class EmptyInput(MinutebookError):
    kind = "empty"
    hint = "the file has no bytes; download it again"


class NoPages(EmptyInput):
    kind = "no_pages"
    hint = "the PDF holds no pages; download it again or ask the publisher for the full document"


class CorruptPdf(MinutebookError):
    kind = "corrupt"
    hint = "the PDF is truncated or damaged; download it again or repair it (e.g. qpdf in.pdf repaired.pdf)"


class Truncated(CorruptPdf):
    kind = "truncated"
    hint = "the download was cut short; download the file again"


class EncryptedPdf(MinutebookError):
    kind = "encrypted"
    hint = "the PDF is password-protected; pass its password with --password"


class WrongPassword(EncryptedPdf):
    kind = "wrong_password"
    hint = "the password given with --password does not open it; check the password"


class TooLarge(MinutebookError):
    kind = "too_large"
    hint = "the file is bigger than the size limit; raise it with --max-mb if you trust the file, or split it"


class TooManyPages(MinutebookError):
    kind = "too_many_pages"
    hint = "the PDF claims more pages than the page limit; raise it with --max-pages if you trust the file"


class NoScratchSpace(MinutebookError):
    """A long pack's pages could not be written to their temporary file (`extract.pagestore`)."""

    kind = "no_scratch_space"
    hint = ("free space in the temporary folder, point TMPDIR at a bigger one, or raise --pages-in-memory "
            "to hold more pages in memory instead")


class Internal(MinutebookError):
    kind = "internal"
    stage = "pipeline"
    hint = "this is a bug in minutebook; please report it with the file"


class UnknownEngine(MinutebookError):
    kind = "usage"
    hint = "choose pdfium or pdfplumber"


# --- one page or one step failed, the rest of the file went on: a `warning` record ----------------------

class PageFailed(MinutebookError):
    """A page the reader could not read; it is skipped and the other pages go on."""

    kind = "page_failed"
    hint = "the page is damaged and was skipped; the other pages were read; repair the PDF (e.g. qpdf) to read it"

    def __init__(self, message: str, page: int):
        super().__init__(message)
        self.pages = (page,)


class NoTextLayer(MinutebookError):
    """Pages that are images only (scans) and were not OCR'd, because OCR is off or Tesseract is missing."""

    kind = "no_text_layer"
    stage = "ocr"
    hint = "install Tesseract to read scanned pages: apt-get install tesseract-ocr (or your system's package)"
    hint_off = "run without --no-ocr to read scanned pages with Tesseract"

    def __init__(self, message: str, pages: list[int], ocr_off: bool = False):
        super().__init__(message)
        self.pages = tuple(pages)
        if ocr_off:
            self.hint = self.hint_off


class OcrFailed(MinutebookError):
    kind = "ocr_failed"
    stage = "ocr"
    hint = "Tesseract could not read the page; check `tesseract --version` works, or try a cleaner scan"


def page_failed(name: str, number: int, exc: Exception) -> PageFailed:
    """The problem a reader reports for a page it could not read."""
    return PageFailed(f"{name}: page {number} could not be read ({type(exc).__name__}: {exc})", page=number)


def raise_problem(problem: MinutebookError) -> None:
    """The default report of a problem when no caller collects them: raise it."""
    raise problem


#: Kinds that become `warning` records (the file still gave its other records).
WARNING_KINDS = frozenset({PageFailed.kind, NoTextLayer.kind, OcrFailed.kind, Truncated.kind})


def all_kinds() -> dict[str, type[MinutebookError]]:
    """Every error kind defined here, by kind name (for docs and tests)."""
    found: dict[str, type[MinutebookError]] = {}
    stack = [MinutebookError]
    while stack:
        cls = stack.pop()
        found.setdefault(cls.kind, cls)
        stack.extend(cls.__subclasses__())
    return found
