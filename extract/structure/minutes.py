"""Stage 4, minutes: one meeting per set of minutes, and its minute items with their text stitched across
page breaks (running headers, footers and page labels left out, through `TextStream`).

Minute items are found by their headings: a number as printed ("4.", "103.CHAIRMAN'S ANNOUNCEMENTS",
"20.07.01 Election of Chair", "12/21", "Minute 57") at the minutes' left edge, the numbers rising; sub-points
("103.1 The chairman ...") are text of their item. Where the minutes number nothing, bold headings at the left
edge are the items ("Declarations of Interest").
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ...models import Page
from ..text.dates import find_times
from .header import TitleBlock, title_block
from ..pages.layout import Pos, Row, body_size, is_heading, key, rows
from .attendance import attendance, chair_of, apologies_in_item
from ..pages.stream import TextStream
from . import patterns as SP
from . import transcript

@dataclass
class Heading:
    row: Row
    number: str | None
    title: str
    more: tuple[Row, ...] = ()  # the further rows of a heading set over two or more lines
    level: int | None = None  # where headings nest (a transcript's): 0 a section, 1 a report's item, 2 a motion


@dataclass
class Minutes:
    """A set of minutes read from one part: its title block, attendance and item headings over a stream."""

    block: TitleBlock
    stream: TextStream
    headings: list[Heading]
    offsets: list[tuple[int, int]]  # per heading: (start of its row, end of its row) in stream.text
    present: list[str] | None
    apologies: list[str] | None
    also: list[str] | None
    chair: str | None
    end_time: str | None
    pages: list[int]


def part_pages(pages: list[Page], page_numbers: list[int], start: Pos, end: Pos | None) -> list[Page]:
    """The pages of a part with only the lines that lie between its start and the next part's start
    ("This page is intentionally left blank" left out)."""
    out = []
    for n in page_numbers:
        page = pages[n - 1]
        keep = [ln for ln in page.lines if Pos(n, ln.top) >= start and (end is None or Pos(n, ln.top) < end)
                and not SP.BLANK_PAGE.match(ln.text.strip()) and not SP.SIGNATURE.match(ln.text.strip())]
        body = [ln for ln in keep if not ln.furniture]
        if body and SP.CHAIR_LINE.match(body[-1].text.strip()):
            keep.remove(body[-1])  # the signature line under the minutes
        out.append(page.model_copy(update={"lines": keep}))
    return out


def read_minutes(pages: list[Page]) -> Minutes:
    """Read the minutes in these (part) pages."""
    size = body_size(pages)
    # A running header at the top of the first page can be the only place the body is named.
    top = [r for r in rows(pages[0], furniture=True) if r.line.furniture and r.line.top < pages[0].height * 0.2] if pages else []
    all_rows = [r for p in pages for r in rows(p)]
    scanned = bool(pages and pages[0].ocr)
    block = title_block(all_rows, size, scanned)
    if not block.titles and top:
        all_rows = top + all_rows
        block = title_block(all_rows, size, scanned)
    headings = find_headings([r for r in all_rows[block.end:] if not r.line.furniture], size, block)
    first_item = all_rows.index(headings[0].row) if headings else len(all_rows)
    present_etc = attendance(all_rows[block.end:first_item])
    if len(headings) >= 2 and SP.BULLET_ROW.match(headings[0].row.text.strip()) and \
            not any(present_etc.get(k) for k in ("present", "apologies", "also")):
        # the roll call printed as the first item's points ("• Perfunctory Business" / "o Commissioners Present:")
        second = all_rows.index(headings[1].row)
        present_etc = attendance(all_rows[first_item + 1:second])
    stream = TextStream(pages)
    where = {id(sl.line): (sl.start, sl.end) for sl in stream.lines}
    offsets = []
    for h in headings:
        spans = [where[id(part)] for row in (h.row, *h.more) for part in row.parts if id(part) in where]
        offsets.append((min(a for a, _ in spans), max(b for _, b in spans)))
    present = present_etc.get("present")
    apologies = present_etc.get("apologies")
    if apologies is None:
        apologies = _apologies_item(headings, offsets, stream)
    end_time = block.end_time or _closing_time(stream.text, block.start_time)
    chair = present_etc["chair"][0].strip(" .") if present_etc.get("chair") else chair_of(present)
    return Minutes(block, stream, headings, offsets, present, apologies, present_etc.get("also"),
                   chair, end_time, [p.number for p in pages if p.lines])


def find_headings(candidates: list[Row], size: float, block: TitleBlock) -> list[Heading]:
    skip = {key(r.text) for r in block.rows}
    if transcript.is_transcript(candidates):
        sections = _sections(candidates, size, skip)
        if sections:
            return sections
    numbered = _numbered(candidates, size)
    if len(numbered) >= 2:
        return numbered
    words = {w for r in block.rows for w in key(r.text).split()}
    left = min((r.line.x0 for r in candidates), default=0.0)
    out = []
    for row in candidates:
        text = row.text.strip()
        if (is_heading(row.line, size) and len(text) <= 90 and abs(row.line.x0 - left) <= 12
                and key(text) not in skip and not set(key(text).split()) <= words and not SP.NOT_ITEM.match(text) and not text.endswith((".", ":", ","))
                and not _speaker_turn(text)
                and sum(c.isalpha() for c in text) >= 3):
            match = SP.MINUTE_HEADING.match(text)
            number = text[: match.start("title")].strip() if match else None
            out.append(Heading(row, number, match["title"].strip(" -–—") if match else text))
    if out:
        return out
    return numbered or _bulleted(candidates) or _centred(candidates, size, skip)


def _centred(candidates: list[Row], size: float, skip: set[str]) -> list[Heading]:
    """Section headings in capitals centred over the text (a verbatim transcript's "MOTIONS", "DELEGATIONS"),
    where no heading stands at the left edge: two or more make the items."""
    if not candidates:
        return []
    left = min(r.line.x0 for r in candidates)
    right = max(r.line.x1 for r in candidates)
    middle = (left + right) / 2
    out = []
    for row in candidates:
        text = row.text.strip()
        letters = [c for c in text if c.isalpha()]
        if (len(letters) >= 4 and text.upper() == text and is_heading(row.line, size) and len(text) <= 90
                and row.line.x0 > left + 24 and abs((row.line.x0 + row.line.x1) / 2 - middle) <= 24
                and key(text) not in skip and not SP.NOT_ITEM.match(text)):
            out.append(Heading(row, None, text))
    return out if len(out) >= 2 else []


def _speaker_turn(text: str) -> bool:
    """A verbatim transcript's turn ("Madam Speaker: Third question?", "Joe Bloggs: How many?"), set in bold like
    a heading: a titled speaker's label, or a name's label before a spoken sentence."""
    return transcript.is_turn(text)


def _sections(candidates: list[Row], size: float, skip: set[str]) -> list[Heading]:
    """A verbatim transcript's items: the headings centred over its turns, a heading set over two or three lines
    being one ("REPORT OF THE / EXECUTIVE POLICY COMMITTEE / DATED JUNE 24, 2015", "Item 2 - Subdivision and
    Rezoning - 159-175 Mayfair Avenue / File DASZ 11/2015", "MOTIONS", "QUESTION PERIOD"), and the headings over
    a motion printed in full at the left edge ("Motion No. 30"). A centred group is a heading only where the
    text under it starts at the left edge again (a table's middle column is no heading); the roll call and a
    recorded vote's "Yeas" / "Nays" are not items. Each heading has its level (a section, a report's item, a
    motion), by which the items nest."""
    if not candidates:
        return []
    left, right = _text_edges(candidates)
    out: list[Heading] = []
    groups: list[list[Row]] = []  # centred headings stacked above the text, waiting for it
    for row in candidates:
        text = row.text.strip()
        if _centred_heading(row, text, size, left, right, skip):
            if groups and _same_heading(groups[-1][-1], row):
                groups[-1].append(row)
            else:
                groups.append([row])
            continue
        if row.line.x0 - left <= 12:
            out += [_section(g) for g in groups]
        groups = []
        if row.line.x0 - left <= 12 and is_heading(row.line, size) and SP.MOTION_HEADING.match(text):
            out.append(Heading(row, text, text, level=_MOTION))
    out += [_section(g) for g in groups]
    return out


def _text_edges(candidates: list[Row]) -> tuple[float, float]:
    """The left and right edges of the running text: where most rows start, and where most full rows end (a
    table's cells reaching into the margin do not move them)."""
    starts = Counter(round(r.line.x0) for r in candidates)
    left = float(max(starts, key=lambda x: (starts[x], -x)))
    full = Counter(round(r.line.x1) for r in candidates if len(r.text) >= 60) or Counter(round(r.line.x1) for r in candidates)
    right = float(max(full, key=lambda x: (full[x], x)))
    return left, right


def _centred_heading(row: Row, text: str, size: float, left: float, right: float, skip: set[str]) -> bool:
    """A row in a heading's type, indented from both edges of the text and centred between them."""
    return (is_heading(row.line, size) and len(text) <= 120 and row.line.x0 > left + 8 and row.line.x1 < right - 8
            and abs((row.line.x0 + row.line.x1) / 2 - (left + right) / 2) <= 24 and sum(c.isalpha() for c in text) >= 2
            and key(text) not in skip and not transcript.is_turn(text)
            and not SP.VOTE_ROLL_LABEL.match(text) and not SP.ROLL_HEADING.match(text))


def _same_heading(above: Row, row: Row) -> bool:
    """Two centred rows of one heading: on one page, no more than a line's height apart."""
    height = above.line.bottom - above.line.top
    return row.page == above.page and row.line.top - above.line.bottom <= max(height, 1.0)


def _section(group: list[Row]) -> Heading:
    text = " ".join(r.text.strip() for r in group)
    match = SP.SECTION_ITEM.match(group[0].text.strip())
    if match:
        title = " ".join([match["title"]] + [r.text.strip() for r in group[1:]])
        return Heading(group[0], match["num"], title, tuple(group[1:]), _ITEM)
    # "Reconvened meeting of ...": the business before it goes on; nothing nests under it
    return Heading(group[0], None, text, tuple(group[1:]), None if SP.SITTING_RESUMED.match(text) else _SECTION)


#: How a transcript's headings nest: a motion under the report's item it moves on, the item under its report's
#: (or any section's) heading.
_SECTION, _ITEM, _MOTION = 0, 1, 2


def _bulleted(candidates: list[Row]) -> list[Heading]:
    """Minutes that number nothing and print no headings, set out as bulleted points (US commissions' minutes:
    "• Perfunctory Business", "• Updates", "• New Business", sub-points under them): the points at the
    outermost bullet's indent are the items."""
    marked = [(row, m) for row in candidates if (m := SP.BULLET_ROW.match(row.text.strip()))]
    if len(marked) < 2:
        return []
    left = min(row.line.x0 for row, _ in marked)
    top = [(row, m) for row, m in marked if row.line.x0 - left <= 6]
    if len(top) < 2:
        return []
    return [Heading(row, None, m["title"].strip()) for row, m in top]


def _numbered(candidates: list[Row], size: float) -> list[Heading]:
    found = []
    for row in candidates:
        match = SP.MINUTE_HEADING.match(row.text.strip())
        if not match:
            continue
        title = match["title"].strip(" -–—")
        depth = len(re.split(r"[./]", match["num"]))
        found.append((row, match, title, depth, _heading_like(row, title, size)))
    likely = [f for f in found if f[4]]
    if not likely:
        return []
    depths = {}
    for f in likely:
        depths[f[3]] = depths.get(f[3], 0) + 1
    depth = max(sorted(depths), key=lambda d: depths[d])
    chosen = [f for f in likely if f[3] == depth]
    bold = [f for f in chosen if f[0].line.bold]
    if len(bold) * 2 >= len(chosen) and bold:
        chosen = bold
    caps = [f for f in chosen if _caps(f[2])]
    if len(caps) * 10 >= len(chosen) * 7 and len(chosen) - len(caps) > 0:
        # Headings in capitals: a numbered sentence among them ("4. That the Cabinet approve ...") is a list
        # point, unless it shares the headings' bold.
        chosen = [f for f in chosen if _caps(f[2]) or (bold and f[0].line.bold)]
    left = min(f[0].line.x0 for f in chosen)
    chosen = [f for f in chosen if f[0].line.x0 - left <= 12]
    # Items share one style of number: all "CAB 21"-coded or all plain.
    codes = Counter(f[1]["code"] for f in chosen)
    code = max(codes, key=lambda c: (codes[c], c is None))
    chosen = [f for f in chosen if f[1]["code"] == code]
    out, last = [], None
    for row, match, title, _, _ in chosen:
        number = _key(match["num"])
        restart = last is not None and number == (1,) and last != (1,)  # each section numbers afresh
        if last is not None and not restart and \
                not (number > last and number[_vary(last, number)] - last[_vary(last, number)] <= 15):
            continue
        last = number
        printed = row.text.strip()[: match.start("title")].strip()
        out.append(Heading(row, printed, title))
    return out


def _caps(title: str) -> bool:
    letters = [c for c in title if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _key(num: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", num))


def _vary(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    """The first component in which two item numbers differ (20.07.01 -> 20.07.02 varies in the last)."""
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    return min(len(a), len(b)) - 1


def _heading_like(row: Row, title: str, size: float) -> bool:
    letters = [c for c in title if c.isalpha()]
    if len(letters) < 2:
        return False
    if is_heading(row.line, size) or (len(letters) > 3 and title.upper() == title):
        return True
    return len(title) <= 60 and not title.endswith((".", ",", ";"))


def _apologies_item(headings: list[Heading], offsets: list[tuple[int, int]], stream: TextStream) -> list[str] | None:
    for n, h in enumerate(headings):
        if re.search(r"apolog", h.title, re.I):
            end = offsets[n + 1][0] if n + 1 < len(headings) else len(stream.text)
            return apologies_in_item(h.title, stream.text[offsets[n][1]: end])
    return None


def _closing_time(text: str, start: str | None) -> str | None:
    found = None
    for match in SP.CLOSED_AT.finditer(text):
        times = find_times(match["t"]) or find_times("at " + match["t"].replace(".", ""))
        if times:
            found = times[0].value
            clock12 = re.search(r"[ap]\.?m", match["t"], re.I) is not None
    if found and not clock12 and int(found[:2]) <= 12:
        # "closed at 7.45": morning or evening only the start time can tell.
        if start is None:
            return None
        if found < start:
            found = f"{int(found[:2]) + 12:02d}{found[2:]}"
    return found
