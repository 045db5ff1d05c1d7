"""The pipeline for one PDF: read -> ocr -> clean -> (later stages) -> records, in the order they are emitted.

The PDF is opened once per pack (`OpenPdf`); every stage reads the file through it, and gets what earlier
stages found as values passed here (`records_for`), never through a shared cache.

Bad input never raises out of `extract`: a file that cannot be read gives one `error` record; a page that
fails, or scanned pages that could not be OCR'd, give `warning` records after the file's other records.
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..models import PackRecord, PageRecord, Record, Source, file_name, make_id
from ..models.errors import CorruptPdf, Internal, MinutebookError, ReadFailed, Stage, Truncated
from .problems import guarded, input_error, stage_failure, warning_record
from .limits import DEFAULT_LIMITS, Limits
# the rooms, in the order the data flows through them
from .pdf import DEFAULT_ENGINE, OpenPdf, PdfFile, PdfInput, ends_early, load_pdf
from .pdf.ocr import DEFAULT_OCR, OcrSettings, usable_text
from .pages import MarginLines, Pages, clean_page, mark_furniture
from .pack import Context
from .structure import Structure, find_structure
from .resolutions import decision_records
from .reports import report_recommendations
from .trackers import tracker_recommendations, tracker_regions


def extract(src: PdfInput, name: str | None = None, engine: str = DEFAULT_ENGINE,
            password: str | None = None, ocr: OcrSettings | bool = True,
            limits: Limits = DEFAULT_LIMITS) -> Iterator[Record]:
    """All records for one PDF. Bad input gives an error record, never an exception.

    `ocr`: True OCRs pages without a usable text layer when Tesseract is installed (else a warning says how to
    install it); False never OCRs (a warning lists the scanned pages); or an `OcrSettings`.
    """
    try:
        pdf = load_pdf(src, name, limits)
    except MinutebookError as exc:
        yield input_error(name or _name_of(src), exc, exc.sha256)
        return
    try:
        doc = OpenPdf(pdf, engine, password, limits)  # the one opening of the file: every stage reads through it
    except MinutebookError as exc:
        yield input_error(pdf.name, exc, pdf.sha256)
        return
    with doc:
        yield from extract_open(doc, ocr)


def extract_open(doc: OpenPdf, ocr: OcrSettings | bool = True) -> Iterator[Record]:
    """All records for a PDF already open (what `extract` does once it has opened the file; the caller may go on
    using `doc`, to render pages for instance, and closes it)."""
    pdf, limits = doc.pdf, doc.limits
    problems: list[MinutebookError] = []
    try:
        pages = prepare_pages(doc, ocr, problems.append)
    except MinutebookError as exc:
        yield input_error(pdf.name, exc, pdf.sha256)
        return
    if not pages:
        yield from (warning_record(problem, pdf.name, pdf.sha256) for problem in problems)
        yield input_error(pdf.name, CorruptPdf(f"{pdf.name}: no page could be read"), pdf.sha256)
        return
    if ends_early(pdf):
        problems.insert(0, Truncated(f"{pdf.name}: the file ends before the PDF end marker %%EOF; pages may be missing"))
    ctx = Context(pdf=pdf, pages=pages, limits=limits)
    try:
        yield from records_for(ctx, doc)
    except Exception as exc:  # a later stage's bug costs the rest of this file, not the batch
        yield input_error(pdf.name, Internal(f"{pdf.name}: {type(exc).__name__}: {exc}"), pdf.sha256)
    finally:
        pages.close()
    yield from (warning_record(problem, pdf.name, pdf.sha256) for problem in problems)


def prepare_pages(doc: OpenPdf, ocr: OcrSettings | bool = True,
                  report: Callable[[MinutebookError], None] | None = None) -> Pages:
    """read -> ocr -> clean -> furniture: the pages every later stage gets, from an open PDF.

    `Pages`: held in memory, or for a pack longer than `limits.pages_in_memory` in a temporary file (close
    them when done). Raises `MinutebookError` when the file cannot be read; problems with some pages go
    to `report` (raised when there is none).
    """
    pdf, limits = doc.pdf, doc.limits
    pages = Pages(in_memory=limits.pages_in_memory, name=pdf.name)
    unreadable: list[int] = []  # pages without a usable text layer: OCR's candidates, noted as they are read
    try:
        for page in doc.pages(report):
            pages.append(page)
            if not usable_text(page):
                unreadable.append(page.number)
    except CorruptPdf as exc:
        if ends_early(pdf) and type(exc) is CorruptPdf:
            raise Truncated(f"{pdf.name}: the file ends before the PDF end marker %%EOF") from exc
        raise
    except MinutebookError:
        raise
    except Exception as exc:  # a PDF library failing in a way nobody foresaw is still a damaged file
        raise CorruptPdf(f"{pdf.name}: cannot be read ({type(exc).__name__}: {exc})") from exc
    try:
        pages = doc.ocr(pages, _ocr_settings(ocr), report, candidates=unreadable)
        # one pass cleans each page and notes its margin lines (a long pack's pages are read back per pass)
        margins = MarginLines()
        pages = pages.map(lambda page: margins.add(clean_page(page)))
        return mark_furniture(pages, margins.repeated())
    except MinutebookError:
        raise
    except Exception as exc:  # our own bug: say so rather than blame the file
        raise Internal(f"{pdf.name}: {type(exc).__name__}: {exc}") from exc


def warm_up() -> None:
    """Run every stage once over a small sample pack made in memory (`pdf.sample`), its records dropped, so that
    what this process forks next (a child per file: `extract_lines`) starts warm: the spaCy pipeline built,
    pdfium's standard font loaded, common words in the vocabulary, the regex caches filled. Each of those
    children would otherwise pay for them again (about 5 ms of CPU a file). Nothing it leaves changes any
    pack's records: they are caches of pure functions, and the pack's own parser memory goes with its Context."""
    from .clauses.nlp import get_nlp
    from .pdf.sample import sample_pdf

    get_nlp()
    for _ in extract(sample_pdf(), name="warm-up.pdf", ocr=False):
        pass


def _name_of(src: PdfInput) -> str:
    if isinstance(src, (bytes, bytearray, memoryview)):
        return "<bytes>"
    return str(getattr(src, "name", src))


def _ocr_settings(ocr: OcrSettings | bool) -> OcrSettings:
    if isinstance(ocr, OcrSettings):
        return ocr
    return DEFAULT_OCR if ocr else OcrSettings(enabled=False)


def records_for(ctx: Context, doc: OpenPdf) -> Iterator[Record]:
    """Run the stages after `read` over a pack's pages and yield its records; what else they need from the
    file (its outline, the trackers' ruled tables) they get from `doc`, the pack's open PDF. Each stage runs
    under the one guard (`problems`): a stage that fails gives an error record, and the pack's other records
    still come."""
    name, sha = ctx.pdf.name, ctx.pdf.sha256
    try:
        structure, failure = find_structure(ctx, doc.outline()), None
    except Exception as exc:  # noqa: BLE001 - the pack record and pages come first, then this stage's error
        structure, failure = None, stage_failure(Stage.SEGMENT, exc, name, sha)
    yield pack_record(ctx, doc.engine, structure)
    yield from page_records(ctx)
    if structure is not None:
        yield from structure.records
        structure.release()  # later stages only ask where a place stands
    else:
        yield failure
    yield from guarded(Stage.RESOLUTIONS, name, sha, lambda: decision_records(ctx, structure))
    regions = Outcome.of(lambda: tracker_regions(ctx.pages))  # reports skip these pages, trackers read them
    yield from guarded(Stage.REPORTS, name, sha, lambda: report_recommendations(ctx, structure, regions.get()))
    yield from guarded(Stage.TRACKERS, name, sha,
                       lambda: tracker_recommendations(ctx, structure, regions.get(), doc.tables_and_words))


@dataclass(frozen=True)
class Outcome:
    """What a step worked out for later stages, or how it failed: each stage that needs it fails the same way
    (`get` raises), inside its own guard, as if it had worked it out itself."""

    value: object = None
    error: Exception | None = None

    @classmethod
    def of(cls, work: Callable[[], object]) -> Outcome:
        try:
            return cls(value=work())
        except Exception as exc:  # noqa: BLE001 - given to the stages that need the value
            return cls(error=exc)

    def get(self):
        if self.error is not None:
            raise self.error
        return self.value


def pack_record(ctx: Context, engine: str, structure: Structure | None = None) -> PackRecord:
    fields = {}
    if structure is not None:
        fields = dict(structure.pack_fields)
        fields["agenda_item_ids"] = [a.id for a in structure.agenda_items] or None
        fields["document_ids"] = [d.id for d in structure.documents] or None
        fields["meeting_ids"] = [m.id for m in structure.meetings] or None
    return PackRecord(
        id=ctx.pack_id,
        files=[ctx.pdf.name],
        pages=len(ctx.pages),
        engine=engine,
        source=ctx.source(ctx.pages.numbers),
        **fields,
    )


def page_records(ctx: Context) -> Iterator[PageRecord]:
    for page in ctx.pages:
        yield PageRecord(
            id=make_id(ctx.pdf.sha256, "page", page.number),
            pack_id=ctx.pack_id,
            number=page.number,
            label=page.label,
            width=page.width,
            height=page.height,
            text=page.text,
            furniture=[line.text for line in page.lines if line.furniture],
            ocr=page.ocr,
            ocr_confidence=page.ocr_confidence,
            source=ctx.source([page.number]),
        )


def extract_lines(name: str, memory: int | None, deadline: float | None = None, **options) -> Iterator[str]:
    """One input's records as JSON lines (`pipeline.extract` with `options`), made in a child process under
    the memory cap and stopped at the deadline (seconds; see `pdf.isolated.run_isolated`).

    `name` is a path, or `-` for standard input (read here, up to the size limit). A missing path, a folder,
    or a child that ran out of memory or crashed gives an error record; the caller goes on with the next input.
    """
    import hashlib
    from pathlib import Path

    from .pdf.isolated import run_isolated
    from .pdf.read import file_sha256

    limits = options.get("limits")
    if name == "-":
        label = "<stdin>"
        try:
            pdf = load_pdf(sys.stdin.buffer, label, limits) if limits else load_pdf(sys.stdin.buffer, label)
        except MinutebookError as exc:
            yield input_error(label, exc, exc.sha256).model_dump_json(exclude_none=True)
            return
        src, sha = pdf.data, pdf.sha256
    else:
        path = Path(name)
        label = file_name(path.name)
        if path.is_dir() or not path.exists():
            what = (f"is a folder; for a folder of PDFs run `minutebook batch {file_name(name)} -o out/`"
                    if path.is_dir() else "no such file")
            exc = ReadFailed(f"{file_name(name)}: {what}")
            yield input_error(label, exc).model_dump_json(exclude_none=True)
            return
        src, sha = name, None

    def work() -> Iterator[str]:
        for record in extract(src, name=label, **options):
            yield record.model_dump_json(exclude_none=True)

    try:
        yield from run_isolated(work, memory, label, deadline)
    except MinutebookError as exc:
        if sha is None:
            sha = file_sha256(Path(name)) if Path(name).is_file() else hashlib.sha256(b"").hexdigest()
        yield input_error(label, exc, sha).model_dump_json(exclude_none=True)
