"""A tracker region's content (see `tracker_regions`) as entries in reading order.

A tracker's pages may mix ruled tables (read by `_tables`, cell by cell, with shading) and text
that lost its table on the way to PDF (read from the reader's lines: paragraphs, bullets, and a right-hand
column of responses where lines stand side by side). Each table row or paragraph becomes one `Entry`:
recommendation-side lines, response-side lines, and whatever a header row let us name (date, topic, status,
owner). `trackers` turns entries into recommendations.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ...models import Line, Page
from ..pdf.table_geometry import Table, Word
from ..text.dates import heading_date
from . import patterns as P
from .regions import Region, header_roles, is_header


@dataclass(frozen=True, slots=True)
class Span:
    """One printed line (or cell line): cleaned text, verbatim text, and where it stands."""

    page: int
    text: str
    raw: str
    box: tuple[float, float, float, float]


@dataclass
class Entry:
    """A table row or a paragraph of a tracker, in reading order."""

    page: int
    top: float
    kind: str  # "row" or "para"
    text: list[Span] = field(default_factory=list)
    response: list[Span] = field(default_factory=list)
    shaded: bool = False
    bold: bool = False
    fields: dict = field(default_factory=dict)  # date/topic/status/owner/due cells a header named (also_owners: a list)
    across: bool = False  # a table row whose one cell spans the table (a section heading: a date or a topic)

    @property
    def joined(self) -> str:
        return " ".join(s.text for s in self.text if s.text)

    @property
    def joined_response(self) -> str:
        return " ".join(s.text for s in self.response if s.text)


# ---- cleaning ---------------------------------------------------------------------------------------------

def _foreign(token: str) -> bool:
    if "(cid:" in token:
        return True
    for ch in token:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return True
        if unicodedata.category(ch) in ("Mn", "Co", "Cn"):
            return True
    return False


def _noise_token(token: str) -> bool:
    return (re.fullmatch(r"[a-z]{1,3}", token) is not None and token not in P.STOP) or re.fullmatch(r"[_~^]+", token) is not None


def clean(text: str) -> str:
    """A printed line without glyph garbage and without shading/scanning noise ("e e e", "ook o")."""
    tokens = [t for t in text.split() if not _foreign(t)]
    if tokens and all(_noise_token(t) for t in tokens):
        return ""
    return " ".join(tokens)


# ---- entries ----------------------------------------------------------------------------------------------

def _span(page: int, text: str, box) -> Span:
    return Span(page=page, text=clean(text), raw=text, box=tuple(round(v, 2) for v in box))


def table_entries(table: Table, roles: list[tuple[float, float, str]] | None) -> tuple[list[Entry], list | None]:
    """Rows of one ruled table. `roles` (x0, x1, role) carry a header's columns over to the next page."""
    x0, _, x1, _ = table.box
    width = max(1.0, x1 - x0)
    out = []
    for row in table.rows:
        texts = [c.text for c in row.cells]
        if is_header(texts):
            roles = [(c.box[0], c.box[2], r) for c, r in zip(row.cells, header_roles(texts)) if r]
            continue
        entry = Entry(page=table.page, top=row.box[1], kind="row")
        entry.shaded = any(c.shaded for c in row.cells if clean(c.text))
        filled = [c for c in row.cells if clean(c.text)]
        entry.across = len(filled) == 1 and filled[0].box[2] - filled[0].box[0] >= 0.6 * width
        cells = sorted(row.cells, key=lambda c: c.box[0])
        text_cells: list[list[Span]] = []
        for i, cell in enumerate(cells):
            spans = [_span(table.page, line.text, line.box) for line in cell.lines]
            role = _role_of(cell.box, roles) if roles else None
            if cell.colour and not clean(cell.text) and role in ("status", "done", "accepted", "marker", None):
                entry.fields.setdefault("colour", cell.colour)  # a RAG rating shown by the cell's colour alone
            if roles and role is None:
                continue  # a column the header does not name (a reference number, a blank spacer)
            if role is None:
                right = len(cells) >= 2 and i == len(cells) - 1 and cell.box[0] - x0 >= 0.45 * width
                role = "response" if right else "text"
                if role == "text" and cell.box[2] - cell.box[0] < 0.12 * width and len(clean(cell.text)) <= 2:
                    role = "marker"
            if role == "text":
                if roles:
                    entry.text.extend(spans)
                else:
                    text_cells.append(spans)
            elif role == "response":
                entry.response.extend(spans)
            elif role == "ref":
                continue
            elif role == "marker":
                if any(P.MARKER.match(s.text + " ") for s in spans) and entry.text == []:
                    entry.fields["marker"] = "bullet"
            else:
                value = " ".join(s.text for s in spans if s.text)
                if value and role == "owner" and entry.fields.get("owner"):
                    # a second owner column ("Lead member" | "Lead officer"): the first names the owner,
                    # the others are kept as further addressees rather than written over it
                    entry.fields["also_owners"] = [*entry.fields.get("also_owners", []), value]
                elif value:
                    entry.fields[role] = value
        if text_cells:
            _headerless_cells(entry, text_cells)
        out.append(entry)
    return out, roles


def _headerless_cells(entry: Entry, cells: list[list[Span]]) -> None:
    """Without a header, the longest text cell holds the recommendation; a cell holding only a date is the
    row's date, and other short cells beside the recommendation its topic."""
    cells = [c for c in cells if any(s.text for s in c)]
    if len(cells) <= 1:
        entry.text.extend(s for c in cells for s in c)
        return
    joined = [" ".join(s.text for s in c if s.text) for c in cells]
    main = max(range(len(cells)), key=lambda k: len(joined[k]))
    for k, cell in enumerate(cells):
        dated = heading_date(joined[k])
        if k == main:
            entry.text.extend(cell)
        elif dated and not dated[1]:
            entry.fields["date"] = joined[k]
        elif len(joined[k].split()) <= 14 and k < main:
            entry.fields["topic"] = f"{entry.fields['topic']} {joined[k]}" if "topic" in entry.fields else joined[k]
        else:
            entry.text.extend(cell)


def _role_of(box, roles) -> str | None:
    centre = (box[0] + box[2]) / 2
    for a, b, role in roles:
        if a - 2 <= centre <= b + 2:
            return role
    return None


def _starts_item(text: str) -> bool:
    return bool(P.MARKER.match(text) or re.match(r"^\(?[a-z0-9]{1,3}[).]\s", text))


def flow_entries(page: Page, lines: list[Line]) -> list[Entry]:
    """Paragraphs of a page's non-table lines; lines standing to the right of others are their responses."""
    right = [l for l in lines if l.x0 >= page.width * 0.5
             and any(o is not l and o.x1 < l.x0 and o.top < l.bottom and l.top < o.bottom for o in lines)]
    left = [l for l in lines if l not in right]
    out: list[Entry] = []
    for line in sorted(left, key=lambda l: (l.top, l.x0)):
        text = line.text.strip()
        prev = out[-1] if out else None
        last = prev.text[-1] if prev and prev.text else None
        gap = line.top - last.box[3] if last else 0.0
        new = (prev is None or _starts_item(text) or gap > 0.6 * max(1.0, line.bottom - line.top)
               or line.bold != prev.bold)
        if new:
            out.append(Entry(page=page.number, top=line.top, kind="para", bold=line.bold))
        out[-1].text.append(_span(page.number, text, (line.x0, line.top, line.x1, line.bottom)))
    for line in sorted(right, key=lambda l: l.top):
        owner = next((e for e in reversed(out) if e.top <= line.top + 2), None)
        span = _span(page.number, line.text, (line.x0, line.top, line.x1, line.bottom))
        if owner is None:
            out.insert(0, Entry(page=page.number, top=line.top, kind="para", response=[span]))
        else:
            owner.response.append(span)
    return out


def region_entries(region: Region, pages: list[Page], tables: dict[int, list[Table]],
                   words: dict[int, list[Word]] | None = None) -> list[Entry]:
    """Every entry of a tracker region, in reading order, paragraphs stitched across page breaks."""
    entries: list[Entry] = []
    roles = None
    columns = None
    for page in pages[region.start_page - 1: region.end_page]:
        floor = region.start_top if page.number == region.start_page else -1.0
        page_tables = [t for t in tables.get(page.number, []) if t.box[3] > floor + 1]
        items: list[Entry] = []
        for table in page_tables:
            rows, roles = table_entries(table, roles)
            items.extend(r for r in rows if r.top >= floor - 1)
        if not page_tables and words and words.get(page.number):
            furniture = [l for l in page.lines if l.furniture]
            body_words = [w for w in words[page.number] if w.box[1] > floor - 1
                          and not any(_inside_box(w.box, (f.x0, f.top, f.x1, f.bottom)) for f in furniture)]
            found = word_header(body_words)
            if found:
                columns, floor = found
            if columns:
                items.extend(word_entries(page.number, [w for w in body_words if w.box[1] > floor], columns))
                floor = max(floor, max((w.box[3] for w in body_words), default=floor))
        free = [l for l in page.lines if not l.furniture and l.top > floor + 1
                and not P.TITLE.search(l.text) and not P.SHADED_MEANS_DONE.search(l.text)
                and not any(_inside(l, t.box) for t in page_tables)]
        items.extend(flow_entries(page, free))
        items.sort(key=lambda e: e.top)
        if entries and items and _continues(entries[-1], items[0]):
            entries[-1].text.extend(items[0].text)
            entries[-1].response.extend(items[0].response)
            items = items[1:]
        entries.extend(items)
    return entries


def _inside_box(inner, outer) -> bool:
    cx, cy = (inner[0] + inner[2]) / 2, (inner[1] + inner[3]) / 2
    return outer[0] - 1 <= cx <= outer[2] + 1 and outer[1] - 1 <= cy <= outer[3] + 1


def _word_lines(words: list[Word]) -> list[list[Word]]:
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.box[1], w.box[0])):
        if lines and abs(lines[-1][0].box[1] - word.box[1]) <= 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w.box[0]) for line in lines]


def _phrases(line: list[Word], gap: float = 8.0) -> list[list[Word]]:
    out: list[list[Word]] = []
    for word in line:
        if out and word.box[0] - out[-1][-1].box[2] <= gap:
            out[-1].append(word)
        else:
            out.append([word])
    return out


def word_header(words: list[Word]) -> tuple[list[tuple[float, str]], float] | None:
    """Columns (x0, role) of an unruled table's header row, and the header's bottom; None if there is none."""
    lines = _word_lines(words)
    for k, line in enumerate(lines):
        phrases = [list(p) for p in _phrases(line)]
        bottom = max(w.box[3] for w in line)
        height = bottom - min(w.box[1] for w in line)
        # Header cells that wrap onto a second line ("Date of" / "meeting", "Cabinet" / "response").
        for nxt in lines[k + 1:k + 3]:
            if nxt[0].box[1] - bottom > 0.8 * height:
                break
            for word in nxt:
                home = min(phrases, key=lambda p: abs(p[0].box[0] - word.box[0]))
                if abs(home[0].box[0] - word.box[0]) <= 12 or home[0].box[0] <= word.box[0] <= home[-1].box[2]:
                    home.append(word)
            bottom = max(bottom, max(w.box[3] for w in nxt))
        texts = [" ".join(w.text for w in p) for p in phrases]
        roles = header_roles(texts)
        named = [t for t, r in zip(texts, roles) if r]
        if len(named) >= 3 and len(named) >= len(texts) - 2 and is_header(named):
            # A column the header does not name still bounds its neighbours; its words are left out.
            return [(p[0].box[0], r or "ref") for p, r in zip(phrases, roles)], bottom
    return None


def word_entries(page: int, words: list[Word], columns: list[tuple[float, str]]) -> list[Entry]:
    """Rows of a table drawn without rules: words go to the column whose header they stand under; a row
    ends where every column leaves a gap of more than half a line."""
    starts = [x for x, _ in columns]
    cells: list[tuple[int, list[Word]]] = []
    for line in _word_lines(words):
        by_col: dict[int, list[Word]] = {}
        for word in line:
            col = max((k for k, x in enumerate(starts) if word.box[0] >= x - 3), default=0)
            by_col.setdefault(col, []).append(word)
        cells.extend(by_col.items())
    out: list[Entry] = []
    bottom = None
    for col, group in sorted(cells, key=lambda c: (c[1][0].box[1], c[0])):
        top = group[0].box[1]
        height = max(w.box[3] - w.box[1] for w in group)
        if bottom is None or top - bottom > 0.5 * height:
            out.append(Entry(page=page, top=top, kind="row"))
        bottom = max(bottom or 0.0, max(w.box[3] for w in group))
        box = (group[0].box[0], min(w.box[1] for w in group), group[-1].box[2], max(w.box[3] for w in group))
        span = _span(page, " ".join(w.text for w in group), box)
        role = columns[col][1]
        entry = out[-1]
        if role == "text":
            entry.text.append(span)
        elif role == "response":
            entry.response.append(span)
        elif span.text and role != "ref":
            entry.fields[role] = f"{entry.fields[role]} {span.text}" if role in entry.fields else span.text
    return out


def _inside(line: Line, box) -> bool:
    cx, cy = (line.x0 + line.x1) / 2, (line.top + line.bottom) / 2
    return box[0] - 1 <= cx <= box[2] + 1 and box[1] - 1 <= cy <= box[3] + 1


def _continues(prev: Entry, first: Entry) -> bool:
    """A paragraph cut by a page break: no terminal stop before, lower-case start after, both plain text."""
    if prev.kind != "para" or first.kind != "para" or not prev.text or not first.text or prev.bold != first.bold:
        return False
    tail, head = prev.text[-1].text, first.text[0].text
    return bool(tail) and bool(head) and tail[-1] not in ".:;!?" and head[0].islower()


# ---- what a tracker's entries are read into (groups of items, each with its response) ----------------

@dataclass
class Response:
    spans: list[Span] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    shaded: bool = False

    @property
    def text(self) -> str:
        return " ".join(p for p in self.parts if p)


@dataclass
class Item:
    text: str
    spans: list[Span]
    seq: int
    kind: str
    lettered: bool = False
    shaded: bool = False
    response: Response | None = None
    fields: dict = field(default_factory=dict)
    topic: str | None = None
    lead_in: str | None = None


@dataclass
class Group:
    date: str | None
    topic: str | None = None
    items: list[Item] = field(default_factory=list)
    responses: list[tuple[int, Response]] = field(default_factory=list)
    tabular: bool = False  # opened by a table row whose header names its fields
    month: str | None = None  # a heading printed the meeting's month and year but no day ("October 2021")
