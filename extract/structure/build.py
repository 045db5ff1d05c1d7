"""A pack's structure as records: agenda items, documents, meetings and minute items, plus a lookup that
says which meeting and minute item a place on a page falls in (for stages that find things on pages, such as
RESOLVED statements).

`find_structure(ctx, outline)` is pure: it reads only the context's pages and the PDF's outline (a hint).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, MutableSequence
from dataclasses import dataclass, field
from itertools import chain

from ...models import (AgendaItem, Document, DocumentKind, ItemRef, Meeting, MeetingRef, MinuteItem, Page, Record,
                      WarningRecord, make_id)
from ...models.errors import Kind, Notice, Stage
from ..problems import warning_record
from .agenda import Agenda, find_agenda
from ..text.dates import find_date, find_times, weekday_mismatch
from .header import summons_venue, title_block
from ..pages.layout import Pos, Row, body_size, rows
from .minutes import part_pages, read_minutes
from .segment import Part, entry_pages, label_map, segment
from ..pack import Context


@dataclass(frozen=True, slots=True)
class Ref:
    """What placing a record reads of a structure record (a document, meeting or minute item), without its
    text and evidence: a long pack has thousands of minute items, and only these few fields are asked for."""

    id: str
    kind: DocumentKind | None = None  # a document's
    agenda_item_id: str | None = None  # a document's
    body: str | None = None  # a meeting's
    date: str | None = None  # a meeting's
    number: str | None = None  # a minute item's
    title: str | None = None  # a document's or minute item's
    cues: tuple[str, ...] = ()  # a document's: what started it ("transcript": minutes spoken in turns)

    @classmethod
    def of(cls, record: Document | Meeting | MinuteItem) -> Ref:
        fields = {k: getattr(record, k) for k in _REF_FIELDS if k in type(record).model_fields}
        if "cues" in fields:
            fields["cues"] = tuple(fields["cues"] or ())
        return cls(id=record.id, **fields)


_REF_FIELDS = ("kind", "agenda_item_id", "body", "date", "number", "title", "cues")


@dataclass(frozen=True)
class Place:
    """What a position in the pack belongs to; any of the three may be None."""

    document: Ref | None
    meeting: Ref | None
    minute_item: Ref | None

    def meeting_ref(self) -> MeetingRef | None:
        """`{"body", "date"}` for a decision record's `meeting` field."""
        return MeetingRef(body=self.meeting.body, date=self.meeting.date) if self.meeting else None

    def item_ref(self) -> ItemRef | None:
        """`{"number", "title"}` for a decision record's `item` field."""
        item = self.minute_item
        return ItemRef(number=item.number, title=item.title) if item else None


@dataclass
class Structure:
    """The structure records of one pack, in emission order, and the pack's own fields."""

    agenda_items: list[AgendaItem] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    minute_items: MutableSequence[MinuteItem] = field(default_factory=list)  # a `Spill` on a long pack
    warnings: list[WarningRecord] = field(default_factory=list)
    pack_fields: dict = field(default_factory=dict)
    _doc_spans: list[tuple[Pos, Pos | None, Ref]] = field(default_factory=list, repr=False)
    _item_spans: list[tuple[Pos, Pos | None, Ref, Ref | None]] = field(default_factory=list, repr=False)
    _indexes: dict[str, _SpanIndex] = field(default_factory=dict, repr=False, compare=False)

    @property
    def records(self) -> Iterator[Record]:
        return chain(self.agenda_items, self.documents, self.meetings, self.minute_items, self.warnings)

    def add_document(self, doc: Document, start: Pos, end: Pos | None) -> None:
        """A document that runs from `start` to `end` (None: to the end of the pack)."""
        self.documents.append(doc)
        self._doc_spans.append((start, end, Ref.of(doc)))

    def add_meeting(self, meeting: Meeting, start: Pos, end: Pos | None) -> Ref:
        """A meeting whose minutes run from `start` to `end`; gives the `Ref` its minute items are added with."""
        self.meetings.append(meeting)
        ref = Ref.of(meeting)
        self._item_spans.append((start, end, ref, None))
        return ref

    def add_minute_item(self, item: MinuteItem, start: Pos, end: Pos | None, meeting: Ref) -> None:
        """A minute item of `meeting` (as `add_meeting` gave it) that runs from `start` to `end`."""
        self.minute_items.append(item)
        self._item_spans.append((start, end, meeting, Ref.of(item)))

    def release(self) -> None:
        """Forget the records once they are written; `item_at` and `annotate` go on working (they read `Ref`s)."""
        self.agenda_items, self.documents, self.meetings, self.minute_items, self.warnings = [], [], [], [], []

    def item_at(self, page: int, top: float = 0.0) -> Place:
        """The document, meeting and minute item that the point (page, top) lies in: of the spans holding it,
        the one added last (a minute item's, inside its meeting's)."""
        pos = Pos(page, top)
        found = self._index("_doc_spans").last_holding(pos)
        doc = found[2] if found else None
        found = self._index("_item_spans").last_holding(pos)
        return Place(doc, found[2], found[3]) if found else Place(doc, None, None)

    def _index(self, name: str) -> _SpanIndex:
        spans = getattr(self, name)
        index = self._indexes.get(name)
        if index is None or index.spans is not spans or len(index.starts) != len(spans):
            index = self._indexes[name] = _SpanIndex(spans)
        return index


    def annotate(self, record: Record) -> Record:
        """A copy of a record read from the pack (a resolution, a recommendation) with the structure it stands in
        filled where the record has such fields and has not set them: `meeting`, `item`, `meeting_id`,
        `minute_item_id`, `document_id`, `agenda_item_id`. The record's place is its first box (else its first page)."""
        source = record.source
        if source is None or not (source.boxes or source.pages):
            return record
        page, top = (source.boxes[0][0], source.boxes[0][2]) if source.boxes else (source.pages[0], 0.0)
        place = self.item_at(page, top)
        values = {
            "meeting": place.meeting_ref(),
            "item": place.item_ref(),
            "meeting_id": place.meeting.id if place.meeting else None,
            "minute_item_id": place.minute_item.id if place.minute_item else None,
            "document_id": place.document.id if place.document else None,
            "agenda_item_id": place.document.agenda_item_id if place.document else None,
        }
        fields = type(record).model_fields
        update = {k: v for k, v in values.items() if k in fields and v is not None and getattr(record, k) is None}
        return record.model_copy(update=update) if update else record


def find_structure(ctx: Context, outline: list[tuple[int, str, int]]) -> Structure:
    """Agenda, parts, meetings and minute items of the pack in `ctx` (a pipeline `Context`); `outline` is the
    PDF's (`OpenPdf.outline`), a hint to where documents start."""
    pages: list[Page] = ctx.pages
    out = Structure(minute_items=pages.spill_like(ctx.limits.pages_in_memory))  # long packs: in a temporary file
    if not pages:
        return out
    agenda = find_agenda(pages, limit=min(len(pages), 6))
    parts = segment(pages, agenda, outline)
    labels = label_map(pages, (agenda.start.page - 1) if agenda else 0)
    entry_ids = _agenda_records(ctx, agenda, labels, out)
    _document_records(ctx, parts, entry_ids, out)
    for part, doc in zip(parts, out.documents):
        if part.kind is DocumentKind.minutes:
            _minutes_records(ctx, part, doc, out)
    out.pack_fields = _pack_fields(pages, agenda, out)
    note = out.pack_fields.pop("date_note", None)
    if note:
        out.warnings.append(_warning(ctx, "segment", Kind.WEEKDAY_MISMATCH, f"meeting date: {note}", "date-weekday",
                                     [1]))
    if agenda is None:
        out.warnings.append(_warning(ctx, "segment", Kind.NO_AGENDA, "no agenda found", "no-agenda"))
    if not out.meetings:
        out.warnings.append(_warning(ctx, "minutes", Kind.NO_MINUTES, "no minutes found", "no-minutes"))
    # Agenda items point at the documents they own.
    by_entry = {d.agenda_item_id: d.id for d in out.documents if d.agenda_item_id}
    out.agenda_items = [a.model_copy(update={"document_id": by_entry.get(a.id)}) for a in out.agenda_items]
    return out


_END = Pos(10**9, float("inf"))  # the end of a span that runs to the end of the pack


class _SpanIndex:
    """Spans (start, end or None, ...) in the order they were added, searched for the last one holding a place.

    A long pack has thousands of minute items and every record asks where it stands, so the spans are kept
    sorted by start with the furthest end reached so far: a search starts from the last span that starts at
    or before the place and walks back only while an earlier span could still reach it. Spans nearly always
    go in in order of their starts, and then the first that holds the place is the answer; when a heading
    read out of order breaks that, the walk goes on and the latest added wins, as a scan from the end would."""

    def __init__(self, spans: list[tuple]):
        self.spans = spans
        self.order = sorted(range(len(spans)), key=lambda i: spans[i][0])
        self.ordered = self.order == list(range(len(spans)))
        self.starts = [spans[i][0] for i in self.order]
        self.reach: list[Pos] = []
        furthest = None
        for i in self.order:
            end = spans[i][1] or _END
            furthest = end if furthest is None or end > furthest else furthest
            self.reach.append(furthest)

    def last_holding(self, pos: Pos) -> tuple | None:
        best = None
        for j in range(bisect.bisect_right(self.starts, pos) - 1, -1, -1):
            if self.reach[j] <= pos:
                break  # no span this early runs as far as pos
            i = self.order[j]
            span = self.spans[i]
            if span[1] is None or pos < span[1]:
                if self.ordered:
                    return span
                best = i if best is None or i > best else best
        return self.spans[best] if best is not None else None


def _warning(ctx, stage: str, kind: Kind, message: str, local: str, pages: list[int] | None = None) -> WarningRecord:
    return warning_record(Notice(message, Stage(stage), kind, pages or []), ctx.pdf.name, ctx.pdf.sha256,
                          local=f"{stage}-{local}", source=ctx.source(pages or []))


def _unique(local: str, taken: set[str]) -> str:
    out, n = local, 2
    while out in taken:
        out, n = f"{local}-{n}", n + 1
    taken.add(out)
    return out


def _slug(number: str | None) -> str | None:
    if not number:
        return None
    slug = re.sub(r"[^0-9a-z.]+", "-", number.lower()).strip("-.")
    slug = re.sub(r"\.-|-\.", "-", slug)  # "Motion No. 1" -> motion-no-1, not motion-no.-1 ("17.3" keeps its dot)
    slug = re.sub(r"^(?:minute|min)-?(?:no-?)?", "", slug).strip("-.")
    return slug or None


def _evidence_of_rows(ctx, rows_: list[Row], quote: str | None = None):
    boxes = [(r.page, p.x0, p.top, p.x1, p.bottom) for r in rows_ for p in r.parts]
    pages = sorted({r.page for r in rows_})
    return ctx.source(pages, quote=quote if quote is not None else "\n".join(p.text for r in rows_ for p in r.parts),
                      boxes=boxes or None)


def _agenda_records(ctx, agenda: Agenda | None, labels: dict[str, int], out: Structure) -> dict[int, str]:
    ids: dict[int, str] = {}
    if agenda is None:
        return ids
    taken: set[str] = set()
    for n, entry in enumerate(agenda.entries, start=1):
        local = _unique(_slug(entry.number) or f"i{n}", taken)
        item = AgendaItem(
            id=make_id(ctx.pdf.sha256, "agenda_item", local), pack_id=ctx.pack_id, number=entry.number, ordinal=n,
            title=entry.title, text=entry.text, purpose=entry.purpose, page_range=entry.page_range,
            printed_start=entry.printed_start, printed_end=entry.printed_end, pages=entry_pages(entry, labels),
            source=_evidence_of_rows(ctx, entry.rows),
        )
        if entry.printed_start and item.pages is None:
            message = f"agenda item {entry.number or n}: printed pages {entry.page_range} are not labelled in the PDF"
            out.warnings.append(_warning(ctx, "segment", Kind.UNLABELLED_PAGES, message, f"unmapped-{local}"))
        out.agenda_items.append(item)
        ids[id(entry)] = item.id
    return ids


def _document_records(ctx, parts: list[Part], entry_ids: dict[int, str], out: Structure) -> None:
    for n, part in enumerate(parts, start=1):
        item_id = entry_ids.get(id(part.entry)) if part.entry is not None else None
        number = part.entry.number if part.entry is not None else None
        if item_id is None and part.kind not in (DocumentKind.front_sheet, DocumentKind.agenda):
            # An appendix or tracker inside an item's printed page range belongs to that item.
            owner = next((a for a in out.agenda_items if a.pages and part.start.page in a.pages), None)
            if owner is not None:
                item_id, number = owner.id, owner.number
        doc = Document(
            id=make_id(ctx.pdf.sha256, "document", f"{n}-{part.kind.value}"), pack_id=ctx.pack_id, kind=part.kind,
            ordinal=n, title=part.title, pages=part.pages, start_top=part.start.top, cues=part.cues,
            agenda_item_id=item_id, agenda_item=number,
            source=_part_source(ctx, part),
        )
        out.add_document(doc, part.start, part.end)


def _part_source(ctx, part: Part):
    """A part's pages, with its first row as the quote that shows where it starts."""
    if part.head is None:
        return ctx.source(part.pages)
    row = part.head
    boxes = [(row.page, p.x0, p.top, p.x1, p.bottom) for p in row.parts]
    return ctx.source(part.pages, quote="\n".join(p.text for p in row.parts), boxes=boxes)


def _minutes_records(ctx, part: Part, doc: Document, out: Structure) -> None:
    sha = ctx.pdf.sha256
    minutes = read_minutes(part_pages(ctx.pages, part.pages, part.start, part.end))
    block = minutes.block
    taken = {m.id for m in out.meetings}
    local = _unique(f"m{block.date}" if block.date else f"m{len(out.meetings) + 1}", {t.rsplit("/", 1)[-1] for t in taken})
    head_end = minutes.offsets[0][0] if minutes.offsets else len(minutes.stream.text)
    head_source = ctx.evidence(minutes.stream, 0, head_end) if head_end else ctx.source(minutes.pages or part.pages)
    meeting = Meeting(
        id=make_id(sha, "meeting", local), pack_id=ctx.pack_id, body=block.body, council=block.council,
        date=block.date, start_time=block.start_time, end_time=minutes.end_time, venue=block.venue,
        present=minutes.present, apologies=minutes.apologies, also_in_attendance=minutes.also, chair=minutes.chair,
        pages=minutes.pages or part.pages, document_id=doc.id, source=head_source,
    )
    meeting_ref = out.add_meeting(meeting, Pos(part.start.page, part.start.top), part.end)
    ref = MeetingRef(body=meeting.body, date=meeting.date)
    item_taken: set[str] = set()
    stream = minutes.stream
    above: dict[int, str] = {}  # by level: the id of the last heading of that level, where headings nest
    for n, heading in enumerate(minutes.headings):
        start, title_end = minutes.offsets[n]
        end = minutes.offsets[n + 1][0] if n + 1 < len(minutes.headings) else len(stream.text)
        number = _slug(heading.number) or f"i{n + 1}"
        item = MinuteItem(
            id=make_id(sha, "minute_item", _unique(f"{local}-{number}", item_taken)), pack_id=ctx.pack_id,
            number=heading.number, ordinal=n + 1, title=heading.title, text=stream.text[title_end:end].strip(),
            pages=stream.pages_between(start, end), meeting=ref, meeting_id=meeting.id, document_id=doc.id,
            source=ctx.evidence(stream, start, end), parent_id=_parent(above, heading.level),
        )
        if heading.level is not None:
            above = {k: v for k, v in above.items() if k < heading.level} | {heading.level: item.id}
        nxt = minutes.headings[n + 1].row.pos if n + 1 < len(minutes.headings) else part.end
        out.add_minute_item(item, heading.row.pos, nxt, meeting_ref)
    if not minutes.headings:
        out.warnings.append(_warning(ctx, "minutes", Kind.NO_MINUTE_ITEMS,
                                     f"minutes on pages {_pages_text(part.pages)}: no minute items found",
                                     f"no-items-{doc.ordinal}", part.pages))
    if block.date_note:
        out.warnings.append(_warning(ctx, "minutes", Kind.WEEKDAY_MISMATCH,
                                     f"minutes on pages {_pages_text(part.pages)}: {block.date_note}",
                                     f"date-weekday-{doc.ordinal}", part.pages))
    if block.name_note:
        out.warnings.append(_warning(ctx, "minutes", Kind.SCANNED_TITLE,
                                     f"minutes on pages {_pages_text(part.pages)}: {block.name_note}",
                                     f"name-{doc.ordinal}", part.pages))
    if block.date is None:
        out.warnings.append(_warning(ctx, "minutes", Kind.NO_MEETING_DATE,
                                     f"minutes on pages {_pages_text(part.pages)}: no meeting date found",
                                     f"no-date-{doc.ordinal}", part.pages))


def _parent(above: dict[int, str], level: int | None) -> str | None:
    """The item a nesting heading stands under: the last one of a lower level."""
    if level is None:
        return None
    lower = [k for k in above if k < level]
    return above[max(lower)] if lower else None


def _pages_text(pages: list[int]) -> str:
    return f"{pages[0]}-{pages[-1]}" if len(pages) > 1 else str(pages[0]) if pages else "?"


def _pack_fields(pages: list[Page], agenda: Agenda | None, out: Structure) -> dict:
    """Body, date, time, venue of the meeting the pack is for: from its front sheet, else from its minutes."""
    fields: dict = {}
    first = pages[0]
    head = [r for r in rows(first, furniture=True) if not (r.line.furniture and r.line.top > first.height / 2)]
    if agenda is not None:
        block = title_block(head, body_size(pages), scanned=first.ocr)
        venue = block.venue or summons_venue(" ".join(r.text for r in head[:12]))
        fields = {"date_note": block.date_note, "body": block.body, "council": block.council, "meeting_date": block.date,
                  "meeting_time": block.start_time, "venue": venue, "published": agenda.published}
        if block.date is None:
            # A summons names the date in its sentence ("... on Wednesday 8th January 2017 at 1900").
            joined = " ".join(r.text for r in head[:12])
            found = find_date(joined)
            if found:
                fields["meeting_date"] = found.value
                fields["date_note"] = weekday_mismatch(joined, found)
                times = find_times(joined[found.end: found.end + 30])
                fields["meeting_time"] = times[0].value if times else None
            if not fields["body"]:
                fields["body"] = next((r.text for r in head if r.line.furniture), None)
    elif out.meetings:
        m = out.meetings[0]
        fields = {"body": m.body, "council": m.council, "meeting_date": m.date, "meeting_time": m.start_time,
                  "venue": m.venue}
    fields["title"] = next((d.title for d in out.documents if d.title), None)
    return {k: v for k, v in fields.items() if v is not None}
