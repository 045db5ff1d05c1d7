"""minutebook's error vocabulary: where a problem arises (`Stage`), what kind it is (`Kind`), and every exception
class the library raises.

A problem with an input PDF is a `MinutebookError`: its class names the kind (for machines), the stage it happens
in, and what a user can do about it (`hint`, appended to the message). The pipeline turns one into an `error`
record (the file or a stage could not be processed) or a `warning` record (the rest of the file went on); the
`stage` and `kind` fields of those records take their values from the enums here, which the JSON Schema lists.
docs/troubleshooting.md lists every kind for users; a test checks that each is there.

The researchers' database has its own base, `QueryError` (a `ValueError`): its messages say what to do, and
the CLI prints them; it never becomes a record.
"""
from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Stage(StrEnum):
    """The step a warning or error arose in."""

    READ = "read"
    OCR = "ocr"
    SEGMENT = "segment"
    MINUTES = "minutes"
    RESOLUTIONS = "resolutions"
    REPORTS = "reports"
    TRACKERS = "trackers"
    PIPELINE = "pipeline"
    BATCH = "batch"
    WRITE = "write"


class Kind(StrEnum):
    """What went wrong, for machines (docs/troubleshooting.md says what to do about each)."""

    # the whole file cannot be read
    NOT_A_PDF = "not_a_pdf"
    EMPTY = "empty"
    NO_PAGES = "no_pages"
    CORRUPT = "corrupt"
    TRUNCATED = "truncated"
    ENCRYPTED = "encrypted"
    WRONG_PASSWORD = "wrong_password"
    TOO_LARGE = "too_large"
    TOO_MANY_PAGES = "too_many_pages"
    NO_SCRATCH_SPACE = "no_scratch_space"
    UNREADABLE = "unreadable"
    RESOURCE_LIMIT = "resource_limit"
    OUTPUT = "output"
    # a bug of ours, caught before it cost more than its stage
    INTERNAL = "internal"
    EVIDENCE = "evidence"
    # the caller's mistake
    USAGE = "usage"
    # some pages or one step failed; the rest of the file went on
    PAGE_FAILED = "page_failed"
    NO_TEXT_LAYER = "no_text_layer"
    OCR_FAILED = "ocr_failed"
    # a stage found nothing, or something it is unsure of; the rest of the pack went on (`Notice`)
    NO_AGENDA = "no_agenda"
    NO_MINUTES = "no_minutes"
    NO_MINUTE_ITEMS = "no_minute_items"
    NO_MEETING_DATE = "no_meeting_date"
    WEEKDAY_MISMATCH = "weekday_mismatch"
    UNLABELLED_PAGES = "unlabelled_pages"
    SCANNED_TITLE = "scanned_title"
    NO_RESOLVED = "no_resolved"
    # a batch's worker lost a file
    CRASHED = "crashed"
    TIMEOUT = "timeout"
    BUSY = "busy"
    WORKER_START = "worker_start"


class MinutebookError(Exception):
    """Base of the errors minutebook raises for bad input. `kind` names it for machines, `stage` where."""

    kind: Kind = Kind.INTERNAL
    stage: Stage = Stage.READ
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
    kind = Kind.NOT_A_PDF
    hint = "the file does not start with %PDF-; is it an HTML error page or another format saved as .pdf?"


class EmptyInput(MinutebookError):
    kind = Kind.EMPTY
    hint = "the file has no bytes; download it again"


class NoPages(EmptyInput):
    kind = Kind.NO_PAGES
    hint = "the PDF holds no pages; download it again or ask the publisher for the full document"


class CorruptPdf(MinutebookError):
    kind = Kind.CORRUPT
    hint = "the PDF is truncated or damaged; download it again or repair it (e.g. qpdf in.pdf repaired.pdf)"


class Truncated(CorruptPdf):
    kind = Kind.TRUNCATED
    hint = "the download was cut short; download the file again"


class EncryptedPdf(MinutebookError):
    kind = Kind.ENCRYPTED
    hint = "the PDF is password-protected; pass its password with --password"


class WrongPassword(EncryptedPdf):
    kind = Kind.WRONG_PASSWORD
    hint = "the password given with --password does not open it; check the password"


class TooLarge(MinutebookError):
    kind = Kind.TOO_LARGE
    hint = "the file is bigger than the size limit; raise it with --max-mb if you trust the file, or split it"


class TooManyPages(MinutebookError):
    kind = Kind.TOO_MANY_PAGES
    hint = "the PDF claims more pages than the page limit; raise it with --max-pages if you trust the file"


class NoScratchSpace(MinutebookError):
    """A long pack's pages could not be written to their temporary file (`extract.pages.store`)."""

    kind = Kind.NO_SCRATCH_SPACE
    hint = ("free space in the temporary folder, point TMPDIR at a bigger one, or raise --pages-in-memory "
            "to hold more pages in memory instead")


class ReadFailed(MinutebookError):
    """A batch input that could not be read from disk."""

    kind = Kind.UNREADABLE
    hint = "check the path and its permissions"


class TimedOut(MinutebookError):
    """Reading a file ran past its time (a reader's budget, or the per-file --time-limit): a file built to make a
    library loop."""

    kind = Kind.TIMEOUT
    hint = ("reading the file ran past its time limit, as a damaged or hostile PDF makes a reader loop; "
            "repair it (e.g. qpdf in.pdf repaired.pdf), leave it out, or raise --time-limit if you trust it")


class ResourceLimit(MinutebookError):
    """A file needed more memory than one file may use (`extract.pdf.isolated`)."""

    kind = Kind.RESOURCE_LIMIT
    hint = ("the file needs more memory than one file may use (a page whose content inflates to gigabytes, or a "
            "page a mile wide); raise --max-memory if you trust the file")


class Crashed(MinutebookError):
    """The process reading a file died of a signal (a crash in the PDF library)."""

    kind = Kind.CRASHED
    hint = "the PDF library crashed on the file; repair it (e.g. qpdf in.pdf repaired.pdf) and try again"


class OutputProblem(MinutebookError):
    """An output path that cannot be written: said before any work, or when the disk fills up."""

    kind = Kind.OUTPUT
    stage = Stage.WRITE
    hint = "choose an output in a folder you can write to, with names the file system accepts, on a disk with space"


class Internal(MinutebookError):
    kind = Kind.INTERNAL
    stage = Stage.PIPELINE
    hint = "this is a bug in minutebook; please report it with the file"


class EvidenceError(MinutebookError):
    """A record's quote is not what its cited pages hold: a bug in the extractor, surfaced as an error record."""

    kind = Kind.EVIDENCE
    stage = Stage.RESOLUTIONS
    hint = "please report it with the PDF"


class UnknownEngine(MinutebookError):
    kind = Kind.USAGE
    hint = "choose pdfium or pdfplumber"


# --- one page or one step failed, the rest of the file went on: a `warning` record ----------------------

class PageFailed(MinutebookError):
    """A page the reader could not read; it is skipped and the other pages go on."""

    kind = Kind.PAGE_FAILED
    hint = "the page is damaged and was skipped; the other pages were read; repair the PDF (e.g. qpdf) to read it"

    def __init__(self, message: str, page: int):
        super().__init__(message)
        self.pages = (page,)


class NoTextLayer(MinutebookError):
    """Pages that are images only (scans) and were not OCR'd, because OCR is off or Tesseract is missing."""

    kind = Kind.NO_TEXT_LAYER
    stage = Stage.OCR
    hint = "install Tesseract to read scanned pages: apt-get install tesseract-ocr (or your system's package)"
    hint_off = "run without --no-ocr to read scanned pages with Tesseract"

    def __init__(self, message: str, pages: list[int], ocr_off: bool = False):
        super().__init__(message)
        self.pages = tuple(pages)
        if ocr_off:
            self.hint = self.hint_off


class OcrFailed(MinutebookError):
    kind = Kind.OCR_FAILED
    stage = Stage.OCR
    hint = "Tesseract could not read the page; check `tesseract --version` works, or try a cleaner scan"


#: Kinds that become `warning` records when the rest of the file was read (`extract --quiet` still prints them).
WARNING_KINDS = frozenset({Kind.PAGE_FAILED, Kind.NO_TEXT_LAYER, Kind.OCR_FAILED, Kind.TRUNCATED})


class Notice(MinutebookError):
    """A stage found nothing, or found something it is unsure of ("no agenda found", "no meeting date found"):
    a `warning` about those pages, and the rest of the pack went on."""

    kind: Kind | None = None

    def __init__(self, message: str, stage: Stage, kind: Kind, pages: Iterable[int] = ()):
        super().__init__(message)
        self.stage = stage
        self.kind = kind
        self.pages = tuple(pages)


# --- a batch run: the run itself cannot go on (the CLI prints these; a lost file gets an `error` record) ---

class BatchInputError(MinutebookError):
    kind = Kind.USAGE
    stage = Stage.BATCH
    hint = "give PDF files, folders (searched recursively for *.pdf) or quoted glob patterns"


class OutputBusy(MinutebookError):
    kind = Kind.BUSY
    stage = Stage.BATCH
    hint = "another minutebook batch is writing to this folder; wait for it or choose another -o"


class WorkerStartError(MinutebookError):
    kind = Kind.WORKER_START
    stage = Stage.BATCH
    hint = ("a worker process cannot start; when calling run_batch from a script, put the call under "
            "`if __name__ == '__main__':` (workers import the main module, and cannot from stdin)")


class DaskUnavailable(MinutebookError):
    kind = Kind.USAGE
    stage = Stage.BATCH
    hint = "install the extra (pip install 'minutebook[dask]') and check the scheduler address"


# --- the researchers' database --------------------------------------------------------------------------

class QueryError(ValueError):
    """Base of the errors of the researchers' database; the message says what to do."""


class LoadError(QueryError):
    """An input that is not minutebook JSONL: the message names the file and line."""


class NotAnIndex(QueryError):
    """The database cannot be used as a minutebook index (missing, another layout version, not SQLite)."""


class BadQuery(QueryError):
    """A search or export option that cannot be applied (a malformed date, an FTS5 syntax error, ...)."""


def all_kinds() -> dict[Kind, type[MinutebookError]]:
    """Every kind an exception here names, with the first class that names it (for docs and tests)."""
    found: dict[Kind, type[MinutebookError]] = {}
    stack = list(reversed(MinutebookError.__subclasses__()))
    while stack:
        cls = stack.pop()
        if cls.kind is not None:
            found.setdefault(cls.kind, cls)
        stack.extend(reversed(cls.__subclasses__()))
    return found
