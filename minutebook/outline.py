"""A readable tree of a pack's structure, for people (`minutebook outline`)."""
from __future__ import annotations

from collections.abc import Callable, Iterator

from .extract.pdf import DEFAULT_ENGINE, OpenPdf, PdfInput, load_pdf
from .extract.pipeline import Context, pack_record, prepare_pages
from .extract.problems import stage_problem
from .extract.structure.build import Structure, find_structure
from .models import PackRecord
from .models.errors import CorruptPdf, MinutebookError, Stage


def outline_of(src: PdfInput, engine: str = DEFAULT_ENGINE, password: str | None = None, ocr: bool = True,
               report: Callable[[MinutebookError], None] | None = None) -> list[str]:
    """The outline of one PDF, its pages prepared as `extract` prepares them (read, OCR, clean, furniture).

    Raises `MinutebookError` when the file cannot be read or its structure stage fails; problems with some
    pages go to `report`.
    """
    with OpenPdf(load_pdf(src), engine, password) as doc:
        pages = prepare_pages(doc, ocr, report)
        try:
            if not pages:
                raise CorruptPdf(f"{doc.pdf.name}: no page could be read")
            ctx = Context(pdf=doc.pdf, pages=pages)
            try:
                structure = find_structure(ctx, doc.outline())
            except Exception as exc:  # noqa: BLE001 - said as the pipeline says it, never a traceback
                raise stage_problem(Stage.SEGMENT, exc, doc.pdf.name) from exc
            return list(outline_lines(pack_record(ctx, engine, structure), structure))
        finally:
            pages.close()


def _pages(pages: list[int] | None) -> str:
    if not pages:
        return "p?"
    return f"p{pages[0]}" if len(pages) == 1 else f"p{pages[0]}-{pages[-1]}"


def outline_lines(pack: PackRecord, structure: Structure) -> Iterator[str]:
    """Pack, agenda, documents and the meetings/minute items inside them, one line each."""
    what = ", ".join(f"{k}={v}" for k, v in (("body", pack.body), ("council", pack.council), ("date", pack.meeting_date),
                                              ("time", pack.meeting_time), ("venue", pack.venue),
                                              ("published", pack.published)) if v)
    yield f"pack {pack.source.file if pack.source else ''} ({pack.pages} pages) {what}".rstrip()
    if structure.agenda_items:
        yield "  agenda"
        for item in structure.agenda_items:
            printed = f" [printed {item.page_range} -> {_pages(item.pages)}]" if item.page_range else ""
            yield f"    {item.number or '-'} {item.title}{printed}"
            if item.purpose:
                yield f"        purpose: {item.purpose}"
    for doc in structure.documents:
        owner = f" (agenda item {doc.agenda_item})" if doc.agenda_item else ""
        yield f"  {doc.kind.value} {_pages(doc.pages)}{owner}: {doc.title or ''}  [{', '.join(doc.cues)}]"
        for meeting in (m for m in structure.meetings if m.document_id == doc.id):
            yield f"    meeting {meeting.body or '?'} ({meeting.council or '-'}) {meeting.date or '?'} " \
                  f"{meeting.start_time or ''}-{meeting.end_time or ''} venue={meeting.venue or '-'}"
            for label, value in (("chair", meeting.chair), ("present", meeting.present),
                                 ("apologies", meeting.apologies), ("in attendance", meeting.also_in_attendance)):
                if value:
                    yield f"      {label}: {'; '.join(value) if isinstance(value, list) else value}"
            for item in (i for i in structure.minute_items if i.meeting_id == meeting.id):
                yield f"      {item.number or '-'} {item.title} ({_pages(item.pages)}, {len(item.text)} chars)"
    for warning in structure.warnings:
        yield f"  warning [{warning.stage}] {warning.message}"
