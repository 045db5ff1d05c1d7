"""The agenda: where it starts, its items (number, title, the lines under it, printed page range) and the
publication date printed near it.

An agenda starts at a heading ("Agenda", "Order of business") or after a summons ("Members of the Council are
hereby summoned ..."). Items are rows that start with an item number at a common left edge ("4 Minutes 7 - 10",
"9. FINANCE", "5a"), with the rows under them as their text; where no row is numbered, each row at the list's
left edge is an item ("Declarations of Interest").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...models import Page
from ..text.dates import find_date
from ..pages.layout import Pos, Row, rows
from . import patterns as SP


#: How many pages an agenda may run over after its heading.
MAX_PAGES = 4


@dataclass
class AgendaEntry:
    number: str | None
    title: str
    rows: list[Row]
    text_rows: list[Row] = field(default_factory=list)
    printed_start: str | None = None
    printed_end: str | None = None

    @property
    def text(self) -> str | None:
        joined = " ".join(r.text for r in self.text_rows).strip()
        return joined or None

    @property
    def purpose(self) -> str | None:
        for row in self.text_rows:
            found = SP.ITEM_PURPOSE.match(row.text)
            if found:
                idx = self.text_rows.index(row)
                rest = [found["text"]] + [r.text for r in self.text_rows[idx + 1:]]
                return " ".join(rest).strip()
        return None

    @property
    def page_range(self) -> str | None:
        if self.printed_start is None:
            return None
        return self.printed_start + (f" - {self.printed_end}" if self.printed_end and self.printed_end != self.printed_start else "")


@dataclass
class Agenda:
    start: Pos
    heading: Row | None
    entries: list[AgendaEntry]
    published: str | None = None
    end: Pos | None = None


def find_agenda(pages: list[Page], limit: int | None = None) -> Agenda | None:
    """The first agenda in the pages (searching the first `limit` pages), or None."""
    scan = pages[: limit or len(pages)]
    for page in scan:
        page_rows = rows(page)
        for i, row in enumerate(page_rows):
            if SP.AGENDA_HEADING.match(row.text.strip()) or SP.SUMMONS.search(row.text):
                summons = not SP.AGENDA_HEADING.match(row.text.strip())
                following = page_rows[i + 1:] + [r for p in pages[page.number: page.number + MAX_PAGES - 1] for r in rows(p)]
                if summons:
                    # The summons sentence runs on; items start at the first numbered row.
                    while following and not SP.AGENDA_ITEM.match(following[0].text):
                        following = following[1:]
                entries, end = _items(following)
                if entries:
                    published = _published(pages[: page.number + 1])
                    return Agenda(start=row.pos, heading=row, entries=entries, published=published, end=end)
    return None


def _published(pages: list[Page]) -> str | None:
    for page in pages:
        for row in rows(page):
            found = SP.PUBLISHED.search(row.text)
            if found:
                date = find_date(found["d"])
                if date:
                    return date.value
    return None


def _items(candidates: list[Row]) -> tuple[list[AgendaEntry], Pos | None]:
    numbered = [r for r in candidates[:30] if SP.AGENDA_ITEM.match(r.text) and not _dated(r.text)]
    if numbered:
        return _numbered(candidates, numbered[0].line.x0)
    return _unnumbered(candidates)


def _numbered(candidates: list[Row], left: float) -> tuple[list[AgendaEntry], Pos | None]:
    entries: list[AgendaEntry] = []
    last_num = None
    end = None
    page = candidates[0].page if candidates else 0
    for n, row in enumerate(candidates):
        text = row.text.strip()
        if row.page != page:
            # The agenda runs on to the next page only if that page carries on numbering items.
            ahead = [r for r in candidates[n:n + 8] if r.page == row.page]
            if not any((m := SP.AGENDA_ITEM.match(r.text)) and abs(r.line.x0 - left) <= 12 and _follows(last_num, m["num"])
                       for r in ahead):
                end = row.pos
                break
            page = row.page
        if SP.AGENDA_STOP.match(text) or text.startswith(("•", "\u2022")):
            end = row.pos
            break
        found = SP.AGENDA_ITEM.match(text) if not _dated(text) else None
        if found and abs(row.line.x0 - left) <= 12 and _follows(last_num, found["num"]):
            title, a, b = _split_range(found["title"])
            entries.append(AgendaEntry(found["num"], title, [row], printed_start=a, printed_end=b))
            last_num = found["num"]
            continue
        if not entries:
            continue
        entry = entries[-1]
        only = SP.PAGE_RANGE_ONLY.match(text)
        if only and (entry.printed_start is None or entry.printed_end is None):
            if entry.printed_start is None:
                entry.printed_start, entry.printed_end = only["a"], only["b"]
            else:
                entry.printed_end = only["a"]
            entry.rows.append(row)
            continue
        if row.line.x0 < left - 12:
            end = row.pos
            break
        entry.text_rows.append(row)
        entry.rows.append(row)
    return entries, end


def _unnumbered(candidates: list[Row]) -> tuple[list[AgendaEntry], Pos | None]:
    """Rows at one left edge right under the heading, each an item; the list ends where the edge changes."""
    entries: list[AgendaEntry] = []
    if not candidates:
        return entries, None
    left = candidates[0].line.x0
    page = candidates[0].page
    for row in candidates:
        if row.page != page or abs(row.line.x0 - left) > 3 or len(row.text) > 120 or SP.AGENDA_STOP.match(row.text):
            return entries, row.pos
        title, a, b = _split_range(row.text.strip())
        entries.append(AgendaEntry(None, title, [row], printed_start=a, printed_end=b))
    return entries, None


def _dated(text: str) -> bool:
    """A row that starts with a date ("16 August 2021") is not a numbered item."""
    found = find_date(text)
    return found is not None and found.start == 0


def _split_range(title: str) -> tuple[str, str | None, str | None]:
    """'Minutes 7 - 10' -> ('Minutes', '7', '10'); a title ending in a year span keeps it."""
    found = SP.PAGE_RANGE.search(title)
    if found and found["one"]:
        return title[: found.start()].strip(), found["one"], None
    if found:
        a = int(found["a"])
        b = int(found["b"]) if found["b"] else None
        if a < 1900 and (b is None or a <= b < a + 1000):
            return title[: found.start()].strip(), found["a"], found["b"]
    return title, None, None


def _follows(last: str | None, num: str) -> bool:
    """Item numbers rise: 4 after 3, 5a after 5, 7.2 after 7.1."""
    if last is None:
        return True
    def key(n: str) -> tuple:
        parts = re.findall(r"\d+|[a-z]", n)
        return tuple(int(p) if p.isdigit() else ord(p) - 96 for p in parts)
    return key(num) > key(last) and key(num)[0] - key(last)[0] <= 10
