"""Stage 3, segment: split a pack into its parts (front sheet, agenda, minutes, reports, appendices, trackers).

A part starts where any cue that generalises says so: the agenda's printed page ranges (mapped to physical
pages through the printed page labels), a heading at the head of a page or standing alone mid-page
("MINUTES", "Minutes of the meeting of ...", "Item No 5", "APPENDIX A", "Recommendations tracker"), the
PDF's outline entries that name such a part, and a page-label restart (the labels go back to 1). A heading
that stands on most pages is a running header, not a start.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from ...models import DocumentKind, Page
from .agenda import Agenda, AgendaEntry
from .header import strip_edge_noise
from ..text.dates import find_date
from ..pages.layout import Pos, Row, body_size, is_heading, key, rows
from ..pages.store import Pages
from . import patterns as SP
from . import transcript

#: Rows at the head of a page that are searched for a start cue.
HEAD = 6


@dataclass
class Start:
    pos: Pos
    kind: DocumentKind | None
    title: str | None = None
    cues: list[str] = field(default_factory=list)
    entry: AgendaEntry | None = None


@dataclass
class Part:
    """A part of the pack, from `start` to just before the next part's start."""

    kind: DocumentKind
    start: Pos
    end: Pos | None
    title: str | None
    cues: list[str]
    entry: AgendaEntry | None
    pages: list[int]
    head: Row | None = None  # the part's first row: the evidence that it starts there


def cue_kind(text: str) -> DocumentKind | None:
    text = " ".join(text.split())
    if re.fullmatch(r"(?:\w ){3,}\w", text):  # letter-spaced: "A P P E N D I X"
        text = text.replace(" ", "")
    for kind, pattern in SP.PART_CUES:
        if pattern.search(text):
            return kind
    return None


def label_map(pages: list[Page], after: int = 0) -> dict[str, int]:
    """Printed label -> physical page, first occurrence after page `after`."""
    out: dict[str, int] = {}
    for number, label in pages.labels[after:]:
        if label and label not in out:
            out[label] = number
    return out


def entry_pages(entry: AgendaEntry, labels: dict[str, int]) -> list[int] | None:
    if entry.printed_start is None or entry.printed_start not in labels:
        return None
    first = labels[entry.printed_start]
    last = labels.get(entry.printed_end or entry.printed_start, first)
    return list(range(first, max(first, last) + 1))


def segment(pages: Sequence[Page], agenda: Agenda | None, outline: list[tuple[int, str, int]] | None = None) -> list[Part]:
    """The pack's parts in order. Every page belongs to at least one part."""
    size = body_size(pages)
    page_rows = rows_by_page(pages)
    repeated = _repeated(page_rows, len(pages))
    starts: list[Start] = [Start(Pos(1, 0.0), None, cues=["first_page"])]
    if agenda is not None:
        starts += _agenda_starts(pages, agenda, page_rows)
    inside = _agenda_span(agenda)
    for number in pages.numbers:
        starts += [s for s in _heading_starts(page_rows[number], size, repeated)
                   if not (inside and inside[0] < s.pos <= inside[1])]  # an agenda item titled "MINUTES"
    starts += _label_restarts(pages)
    for level, title, index in outline or []:
        kind = cue_kind(title)
        if level == 0 and kind is not None and 0 <= index < len(pages):
            starts.append(Start(Pos(index + 1, 0.0), kind, title.strip(), ["outline"]))
    parts = _parts(_merge(starts), pages, page_rows, size)
    return _transcript_continued(_decisions_as_minutes(parts, page_rows), page_rows)


def rows_by_page(pages: Sequence[Page]) -> Mapping[int, list[Row]]:
    """Each page's rows by physical number: worked out at once for a list, on demand for a long pack's store."""
    if pages.spilled:
        return _RowsOnDemand(pages)
    return {p.number: rows(p) for p in pages}


class _RowsOnDemand(Mapping[int, list[Row]]):
    """The rows of a stored pack's pages, read when asked for; the last few asked for are kept."""

    def __init__(self, pages: Pages):
        self._pages = pages
        self._index = {n: i for i, n in enumerate(pages.numbers)}
        self._recent: dict[int, list[Row]] = {}

    def __getitem__(self, number: int) -> list[Row]:
        found = self._recent.get(number)
        if found is None:
            found = rows(self._pages[self._index[number]])
            if len(self._recent) >= 8:
                del self._recent[next(iter(self._recent))]
            self._recent[number] = found
        return found

    def __iter__(self) -> Iterator[int]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


def _agenda_starts(pages: list[Page], agenda: Agenda, page_rows: Mapping[int, list[Row]]) -> list[Start]:
    out = []
    first = page_rows[1][:HEAD] if 1 in page_rows else []
    above = [r for r in page_rows.get(agenda.start.page, []) if r.pos < agenda.start]
    if agenda.start.page > 1 or len(above) > 4:
        out.append(Start(Pos(1, 0.0), DocumentKind.front_sheet, first[0].text if first else None, ["front_sheet"]))
        out.append(Start(agenda.start, DocumentKind.agenda, "Agenda", ["agenda_heading"]))
    else:
        out.append(Start(Pos(1, 0.0), DocumentKind.agenda, "Agenda", ["agenda_heading"]))
    labels = label_map(pages, agenda.start.page - 1)
    for entry in agenda.entries:
        found = entry_pages(entry, labels)
        if found and Pos(found[0], 0.0) > agenda.start:
            out.append(Start(Pos(found[0], 0.0), None, entry.title, ["agenda_range"], entry))
    return out


def _repeated(page_rows: Mapping[int, list[Row]], count: int) -> set[str]:
    """Head-of-page rows standing on most pages: running headers the furniture pass did not catch."""
    seen = Counter(key(r.text) for rs in page_rows.values() for r in {key(x.text): x for x in rs[:HEAD]}.values())
    return {k for k, n in seen.items() if n >= 3 and n >= count * 0.3}


def _agenda_span(agenda: Agenda | None) -> tuple[Pos, Pos] | None:
    """From the agenda heading to its last item's last row."""
    if agenda is None or not agenda.entries:
        return None
    return agenda.start, max(r.pos for e in agenda.entries for r in e.rows)


def _heading_starts(page_rows: list[Row], size: float, repeated: set[str]) -> list[Start]:
    out = []
    for i, row in enumerate(page_rows):
        text = row.text.strip()
        if len(text) > 110:
            continue
        at_head = i < HEAD
        heading = is_heading(row.line, size) or (text.isupper() and len(text) > 3)
        if not (heading or at_head):  # the cheap test first: most rows are body text
            continue
        if key(text) in repeated:
            continue
        kind = cue_kind(text)
        if kind is None or not (heading or (at_head and kind is DocumentKind.minutes)):
            continue
        if kind is DocumentKind.other and not at_head:
            continue
        if kind is DocumentKind.minutes and not at_head and not _dated(page_rows[i + 1: i + 4]):
            continue  # a minute item headed "Minutes", not a new set of minutes
        top = _group_top(page_rows, i, size)
        pos = Pos(row.page, 0.0) if top == 0 or at_head else Pos(row.page, page_rows[top].line.top)
        if at_head and kind is DocumentKind.other:
            text = page_rows[0].text
        out.append(Start(pos, kind, text, ["heading"]))
    return out


def _dated(following: list[Row]) -> bool:
    return any((find_date(r.text) and not SP.EARLIER_MINUTES.search(r.text)) or SP.ATTENDANCE_START.match(r.text)
               for r in following)


def _group_top(page_rows: list[Row], i: int, size: float) -> int:
    """Index of the first row of the heading group a cue row stands in (headings straight above it)."""
    j = i
    while j > 0 and i - j < 4 and is_heading(page_rows[j - 1].line, size) and \
            page_rows[j].line.top - page_rows[j - 1].line.bottom < 40:
        j -= 1
    return j


def _label_restarts(pages: list[Page]) -> list[Start]:
    out = []
    previous = None
    for number, label in pages.labels:
        if label and label.isdigit() and previous and previous.isdigit() and int(label) < int(previous):
            out.append(Start(Pos(number, 0.0), None, None, ["label_restart"]))
        previous = label or previous
    return out


def _merge(starts: list[Start]) -> list[Start]:
    """One start per position; cues, kinds and agenda items at the same place are combined."""
    merged: dict[Pos, Start] = {}
    for start in sorted(starts, key=lambda s: s.pos):
        have = merged.get(start.pos)
        if have is None:
            merged[start.pos] = Start(start.pos, start.kind, start.title, list(start.cues), start.entry)
            continue
        have.cues += [c for c in start.cues if c not in have.cues]
        if _rank(start.kind) < _rank(have.kind):
            # "Agenda Item 4" above "MINUTES of the meeting ...": the page starts a set of minutes.
            have.kind = start.kind
            have.title = start.title or have.title
        have.entry = have.entry or start.entry
    return [merged[p] for p in sorted(merged)]


_PRIORITY = [DocumentKind.front_sheet, DocumentKind.agenda] + [kind for kind, _ in SP.PART_CUES]


def _rank(kind: DocumentKind | None) -> int:
    return _PRIORITY.index(kind) if kind in _PRIORITY else len(_PRIORITY)


def _parts(starts: list[Start], pages: list[Page], page_rows: Mapping[int, list[Row]], size: float) -> list[Part]:
    parts = []
    for n, start in enumerate(starts):
        end = starts[n + 1].pos if n + 1 < len(starts) else None
        last = len(pages) if end is None else (end.page if _has_rows(page_rows, end) else end.page - 1)
        span = list(range(start.pos.page, max(start.pos.page, last) + 1))
        kind = start.kind
        title = start.title
        if kind is None:
            head = [r for r in page_rows.get(start.pos.page, []) if r.pos >= start.pos][:HEAD]
            found = [(cue_kind(r.text), r.text) for r in head if cue_kind(r.text)]
            if found:
                kind, title = found[0]
            elif any(SP.ATTENDANCE_START.match(r.text) for r in head + page_rows.get(start.pos.page, [])[:10]):
                kind = DocumentKind.minutes
            else:
                kind = DocumentKind.report if start.entry is not None else DocumentKind.other
            title = title if start.entry is None else (start.entry.title or title)
        if title is None:
            head = [r for r in page_rows.get(start.pos.page, []) if r.pos >= start.pos]
            title = next((r.text for r in head if is_heading(r.line, size)), head[0].text if head else None)
            if title and pages[start.pos.page - 1].ocr:
                title = strip_edge_noise(title) or None  # a scan's heading: not the logo OCR read beside it
        if start.entry is not None and kind in (DocumentKind.report, DocumentKind.other):
            title = start.entry.title or title
        first = next((r for n in span for r in page_rows.get(n, []) if r.pos >= start.pos), None)
        parts.append(Part(kind, start.pos, end, title, start.cues, start.entry, span, first))
    return parts


def _has_rows(page_rows: Mapping[int, list[Row]], end: Pos) -> bool:
    """Whether the page a part ends on holds rows of it (the next part starts below its top)."""
    return end.top > 0 and any(r.pos < end for r in page_rows.get(end.page, []))


def _decisions_as_minutes(parts: list[Part], page_rows: Mapping[int, list[Row]]) -> list[Part]:
    """A file with no minutes heading whose first part records decisions ("It was agreed", "Decision:", outcome
    lines such as "GRANTED" under its items) is minutes printed under their agenda (the decisions follow the
    agenda's titles: a board's "Voting Hearing Agenda")."""
    if not parts or any(p.kind is DocumentKind.minutes for p in parts):
        return parts
    first = parts[0]
    if first.kind in (DocumentKind.agenda, DocumentKind.other, DocumentKind.front_sheet):
        text = "\n".join(r.text for n in first.pages for r in page_rows.get(n, []))
        # decision wording, or outcomes printed in capitals under the items ("GRANTED", "NO VIOLATION")
        if len(SP.DECIDED.findall(text)) >= 2 or len(SP.OUTCOME_LINE.findall(text)) >= 3:
            first.kind = DocumentKind.minutes
            first.cues = first.cues + ["decisions"]
    return parts


def _part_rows(part: Part, page_rows: Mapping[int, list[Row]]) -> list[Row]:
    return [r for n in part.pages for r in page_rows.get(n, [])
            if r.pos >= part.start and (part.end is None or r.pos < part.end)]


def _transcript_continued(parts: list[Part], page_rows: Mapping[int, list[Row]]) -> list[Part]:
    """A verbatim transcript's minutes run on through the sections where council takes up reports: a heading
    such as "REPORT OF THE EXECUTIVE POLICY COMMITTEE DATED ..." or "Item 10 - ..." starts a report part, but
    when that part's text is itself spoken in turns ("Madam Speaker: All in favour? ... Carried.") it is more of
    the transcript, not the report (an officer's report never speaks in turns). Such parts join the minutes
    before them; so does a part with no turns at all that holds no more than a page between two that do (a
    heading standing alone). Only the parts after a transcript's minutes are read for turns."""
    out: list[Part] = []
    run: Part | None = None  # the transcript's minutes, while they run on
    for n, part in enumerate(parts):
        if run is not None and part.kind in _CONTINUABLE and (
                _spoken(part, page_rows) or (len(part.pages) <= 1 and not transcript.turns(_part_rows(part, page_rows))
                                             and n + 1 < len(parts) and parts[n + 1].kind in _CONTINUABLE
                                             and _spoken(parts[n + 1], page_rows))):
            run.end = part.end
            run.pages = sorted(set(run.pages) | set(part.pages))
            continue
        out.append(part)
        run = part if part.kind is DocumentKind.minutes and _opens_in_turns(part, page_rows) else None
        if run is not None:
            run.cues = run.cues + ["transcript"]  # said, for the stages that read speech apart from the record
    return out


#: The kinds of part a transcript's section heading can start by mistake.
_CONTINUABLE = (DocumentKind.report, DocumentKind.other)


def _spoken(part: Part, page_rows: Mapping[int, list[Row]]) -> bool:
    """Whether a part is spoken in turns: two or more turns by two or more speakers, one a page on average; or,
    a short part (a heading and one turn), a turn on a page that two or more speakers share."""
    rows_ = _part_rows(part, page_rows)
    if transcript.is_transcript(rows_, 2):
        return True
    return bool(transcript.turns(rows_)) and transcript.spoken(page_rows.get(part.start.page, []))


def _opens_in_turns(part: Part, page_rows: Mapping[int, list[Row]]) -> bool:
    """Whether a set of minutes is a transcript. A transcript speaks in turns from its first pages (the clerk's
    roll call, the chair's welcome): minutes with no turn there are not read further, so a long pack's
    printed minutes are not all read a second time for this."""
    head = Part(part.kind, part.start, part.end, part.title, part.cues, part.entry, part.pages[:SP.TRANSCRIPT_OPENING])
    if not transcript.turns(_part_rows(head, page_rows)):
        return False
    return transcript.is_transcript(_part_rows(part, page_rows))
