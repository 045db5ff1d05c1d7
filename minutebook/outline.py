"""A readable tree of a pack's structure, for people (`minutebook outline`)."""
from __future__ import annotations

from collections.abc import Callable, Iterator

from .extract.pdf import DEFAULT_ENGINE, OpenPdf, PdfInput, load_pdf
from .extract.pipeline import Context, pack_record, prepare_pages
from .extract.problems import stage_problem
from .extract.structure.build import Structure, find_structure
from .extract.resolutions.find import find_resolutions
from .models import PackRecord, Resolution
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
            try:
                decisions = [structure.annotate(r) for r in find_resolutions(ctx, structure)]
            except Exception as exc:  # noqa: BLE001 - the tree stands without its decisions; said, not raised
                decisions = []
                if report is not None:
                    report(stage_problem(Stage.RESOLUTIONS, exc, doc.pdf.name))
            return list(outline_lines(pack_record(ctx, engine, structure), structure, decisions))
        finally:
            pages.close()


def _pages(pages: list[int] | None) -> str:
    if not pages:
        return "p?"
    return f"p{pages[0]}" if len(pages) == 1 else f"p{pages[0]}-{pages[-1]}"


def _decision_line(decision: Resolution) -> str:
    """ "[agreed] p3: to buy two benches" -- the formula, page and the start of the words it decides."""
    words = " ".join(p for p in (decision.subject, decision.text) if p)
    words = words if len(words) <= 90 else words[:87].rstrip() + "..."
    return f"[{decision.formula.value}] {_pages(decision.source.pages if decision.source else None)}: {words}"


def outline_lines(pack: PackRecord, structure: Structure, decisions: list[Resolution] = ()) -> Iterator[str]:
    """Pack, agenda, documents and the meetings/minute items inside them, one line each; under each minute
    item its decisions (`decisions`, placed by `structure.annotate`), each with its formula."""
    by_item: dict[str | None, list[Resolution]] = {}
    for decision in decisions:
        by_item.setdefault(decision.minute_item_id, []).append(decision)
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
            depth: dict[str, int] = {}  # nested items (a transcript's) stand indented under their parent
            for item in (i for i in structure.minute_items if i.meeting_id == meeting.id):
                depth[item.id] = depth.get(item.parent_id, -1) + 1 if item.parent_id else 0
                indent = "  " * depth[item.id]
                yield f"      {indent}{item.number or '-'} {item.title} ({_pages(item.pages)}, {len(item.text)} chars)"
                for decision in by_item.pop(item.id, []):
                    yield "        " + indent + _decision_line(decision)
    if any(by_item.values()):
        yield "  decisions outside a minute item"
        for decision in (d for ds in by_item.values() for d in ds):
            yield "    " + _decision_line(decision)
    for warning in structure.warnings:
        yield f"  warning [{warning.stage}] {warning.message}"
