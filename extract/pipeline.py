"""The pipeline for one PDF: read -> clean -> (later stages) -> records, in the order they are emitted."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from ..models import ErrorRecord, PackRecord, Page, PageRecord, Record, Source, make_id
from .errors import MinutebookError
from .furniture import mark_furniture
from .decisions import decision_records
from .read import DEFAULT_ENGINE, PdfFile, PdfInput, load_pdf, read_pages
from .reports import report_recommendations
from .structure import Structure, find_structure
from .trackers import tracker_recommendations


@dataclass(frozen=True)
class Context:
    """What every stage after `read` gets: the file's identity and its cleaned pages."""

    pdf: PdfFile
    pages: list[Page]
    engine: str = DEFAULT_ENGINE
    pack_id: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pack_id", f"{self.pdf.sha256[:12]}/pack")

    def evidence(self, stream, start: int, end: int) -> Source:
        """Evidence for a character span of a `TextStream` over this pack's pages."""
        ev = stream.evidence(start, end)
        return self.source(ev.pop("pages"), **ev)

    def source(self, pages: list[int], **extra) -> Source:
        """Evidence for a record read from these physical pages (1-based)."""
        labels = [self.pages[n - 1].label for n in pages if 0 < n <= len(self.pages)]
        printed = [label for label in labels if label] or None
        return Source(file=self.pdf.name, sha256=self.pdf.sha256, pages=pages, printed_pages=printed, **extra)


def extract(src: PdfInput, name: str | None = None, engine: str = DEFAULT_ENGINE,
            password: str | None = None) -> Iterator[Record]:
    """All records for one PDF. Bad input gives an error record, never an exception."""
    try:
        pdf = load_pdf(src, name)
    except MinutebookError as exc:
        yield input_error(name or str(src), b"", exc)
        return
    try:
        pages = mark_furniture(list(read_pages(pdf, engine, password)))
    except MinutebookError as exc:
        yield input_error(pdf.name, pdf.data, exc, pdf.sha256)
        return
    yield from records_for(Context(pdf=pdf, pages=pages, engine=engine))


def records_for(ctx: Context) -> Iterator[Record]:
    """Run the stages after `read` over a pack's pages and yield its records."""
    try:
        structure = find_structure(ctx)
        failure = None
    except Exception as exc:  # one stage failing must not lose the pack's pages (DESIGN: record it, go on)
        structure, failure = None, exc
    yield pack_record(ctx, structure)
    yield from page_records(ctx)
    if structure is not None:
        yield from structure.records
    else:
        yield ErrorRecord(id=make_id(ctx.pdf.sha256, "error", "segment"), pack_id=ctx.pack_id, stage="segment",
                          kind="internal", message=f"{ctx.pdf.name}: the pack's structure could not be read "
                          f"({type(failure).__name__}: {failure})", source=ctx.source([]))
    yield from decision_records(ctx, structure)
    yield from guarded(ctx, "reports", lambda c: report_recommendations(c, structure))
    yield from guarded(ctx, "trackers", lambda c: tracker_recommendations(c, structure))


def guarded(ctx: Context, stage: str, run) -> Iterator[Record]:
    """A stage's records; if it fails, one error record for it and the rest of the pack goes on."""
    try:
        records = list(run(ctx))
    except Exception as exc:  # noqa: BLE001 - one stage's bug must not lose the pack
        yield ErrorRecord(id=make_id(ctx.pdf.sha256, "error", stage), pack_id=ctx.pack_id, stage=stage,
                          kind="stage-failed", message=f"{stage} stage failed: {type(exc).__name__}: {exc}",
                          source=ctx.source([]))
        return
    yield from records


def pack_record(ctx: Context, structure: Structure | None = None) -> PackRecord:
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
        engine=ctx.engine,
        source=ctx.source(list(range(1, len(ctx.pages) + 1))),
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
            source=ctx.source([page.number]),
        )


def input_error(name: str, data: bytes, exc: MinutebookError, sha256: str | None = None) -> ErrorRecord:
    """The one record a file that could not be read at all gives."""
    import hashlib

    sha = sha256 or hashlib.sha256(data).hexdigest()
    return ErrorRecord(
        id=make_id(sha, "error", exc.kind),
        pack_id=f"{sha[:12]}/pack",
        stage=exc.stage,
        kind=exc.kind,
        message=str(exc),
        source=Source(file=name.rsplit("/", 1)[-1], sha256=sha),
    )
