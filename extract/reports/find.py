"""Officer reports' own recommendations -> `recommendation` records (origin "report"), one per recommendation.

A recommendation stands under a label or heading ("Recommendation:", "8.9 Recommendations", "RECOMMENDATION",
"Officer recommendation:", "Recommendations to Cabinet", "Summary of recommendations"),
or opens a paragraph ("It is recommended that ...", "Council is recommended to approve: a) ... b) ..."). Its text
runs to the next label ("Contact officer:"), bold heading, or paragraph break; a lettered, numbered or bulleted
list gives one record per item, its lead-in left out. Narrative that merely mentions recommendations ("it is
recommended that this fund be adjusted" inside a reasoning paragraph) is not a label and is not read. The
topic is the report's title, found under the "Item 8" line that opens the report.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from ...models import make_id
from ...models.decisions import Origin, Recommendation
from ..clauses.actions import analyse_clause
from ..structure.place import pack_meeting, place_fields
from ..pages.stream import TextStream
from .layout import OUTDENT, outdented, side_labels_first
from .patterns import (BULLET, ENDED, FRAME, FRAMING, HEADING, ITEM, ITEM_LINE, ITEM_OPENER, LABEL, LEAD, LEAD_END,
                       NEXT_LABEL, OBJECT_LEAD, OPENER, PARAGRAPH_OPENER, POINTER, SECTION, SECTION_NAME)
from ..trackers.regions import Region
from ..pages.windows import page_windows
from ..pack import Context

MAX_LINES = 60
#: How many words a list of recommendations must have for a word-for-word repeat to count as a reprint.
REPRINT_WORDS = 15


#: Pages a window of a long pack reads before its own (`_title` looks up to 8 pages back for the report's
#: title) and after them (a recommendation's block runs at most MAX_LINES lines); see `windows`.
BEFORE_PAGES, AFTER_PAGES = 9, 3


def report_recommendations(ctx: Context, structure, trackers: Sequence[Region]) -> Iterator[Recommendation]:
    """Recommendation records for every report recommendation in the pack outside its `trackers` (the tracker
    stage reads those pages). With the pack's structure, each points at its document and agenda item and names
    the meeting the report went to.

    The lines are scanned in order; a long pack's a window at a time, the scan going on in the next window
    from the line where it stopped."""
    meeting = pack_meeting(structure)
    skip = {n for r in trackers for n in range(r.start_page, r.end_page + 1)}
    counts: dict[int, int] = {}
    printed: set[tuple] = set()  # (document, item words) of every list read so far: see `_reprint`
    resume: tuple[int, int] | None = None  # (page, line of the page) where the scan goes on
    limits = ctx.limits
    for window in page_windows(ctx.pages, limits.window_pages, BEFORE_PAGES, AFTER_PAGES):
        stream = TextStream([side_labels_first(p) for p in window.pages if p.number not in skip])
        keys = _line_keys(stream)
        i = 0 if resume is None else bisect.bisect_left(keys, resume)
        while i < len(stream.lines):
            if not window.owns(stream.lines[i].page):
                if stream.lines[i].page > window.last:
                    break  # the next window's lines
                i += 1  # context before this window's pages
                continue
            start = _start(stream, i)
            if start is None:
                i += 1
                continue
            first, end = _block(stream, i, start, one_item=bool(ITEM_OPENER.match(stream.lines[i].line.text)))
            topic = _title(stream, i)
            # a pointer back at recommendations printed elsewhere is none itself
            items = [item for item in _items(stream, first, end) if not POINTER.search(stream.text[item[0]:item[1]])]
            if not _reprint(stream, structure, items, printed):
                for a, b, lead_in, bullets in items:
                    yield _recommendation(ctx, stream, structure, meeting, counts, a, b, lead_in, topic, bullets)
            i = max(i + 1, stream.line_at(max(first, end - 1)) + 1)
        resume = keys[i] if i < len(keys) else (keys[-1][0], keys[-1][1] + 1) if keys else resume


def _reprint(stream: TextStream, structure, items, printed: set[tuple]) -> bool:
    """The list repeats, word for word, one that its document printed before (a summary box at the top of a
    report, a "Recommendations" section later): one record per recommendation, from its first printing.
    Short stock wordings ("Approve.", "Receive and file.") recur under different items of an agenda, so only
    a list of REPRINT_WORDS words or more counts as printed twice."""
    if not items:
        return False
    a = items[0][0]
    sl = stream.lines[stream.line_at(a)]
    document = place_fields(structure, sl.page, sl.line.top).get("document_id")
    words = tuple(" ".join(re.findall(r"[a-z0-9]+", stream.text[a:b].lower())) for a, b, _, _ in items)
    if sum(len(w.split()) for w in words) < REPRINT_WORDS:
        return False
    key = (document, words)
    if key in printed:
        return True
    printed.add(key)
    return False


def _line_keys(stream: TextStream) -> list[tuple[int, int]]:
    """(page, n) for each stream line, the nth body line of its page: the same line in any window's stream."""
    keys = []
    for sl in stream.lines:
        keys.append((sl.page, keys[-1][1] + 1 if keys and keys[-1][0] == sl.page else 0))
    return keys


def _recommendation(ctx, stream: TextStream, structure, meeting, counts: dict[int, int], a: int, b: int,
                    lead_in: str | None, topic: str | None, bullets: bool = False) -> Recommendation:
    page = stream.pages_between(a, b)[0]
    counts[page] = counts.get(page, 0) + 1
    if bullets:  # one recommendation over bulleted objects: its text without the bullets
        text = " ".join(BULLET.sub("", sl.line.text[max(a, sl.start) - sl.start:])
                        for sl in stream.lines_between(a, b))
        text = " ".join(text.split())
    else:
        text = " ".join(stream.text[a:b].split())
    source = ctx.evidence(stream, a, b)
    where = place_fields(structure, page, source.boxes[0][2] if source.boxes else 0.0)
    return Recommendation(
        **where,
        **analyse_clause(_framed(text), lead_in=_framed(lead_in), meeting_body=meeting.body if meeting else None,
                         parser=ctx.parse).record_fields(),
        id=make_id(ctx.pdf.sha256, "recommendation", f"report-p{page}-{counts[page]}"),
        pack_id=ctx.pack_id,
        origin=Origin.report,
        text=text,
        topic=topic,
        meeting=meeting,
        source=source,
    )


def _start(stream: TextStream, i: int) -> int | None:
    """Offset where a recommendation's text starts if line i opens one; else None."""
    sl = stream.lines[i]
    text = sl.line.text
    found = LABEL.match(text)
    if found:
        return sl.start + found.start("rest")
    numbered = bool(re.match(r"^\d", text))
    if HEADING.match(text) and _column_header(stream, i):
        return None  # a table's "Recommendation" column (a grants table in minutes: Approved / Rejected)
    if HEADING.match(text) and (sl.line.bold or text.isupper() or numbered) and (
            _stands_apart(stream, i) or text.isupper() or (numbered and sl.line.bold)
            or (sl.line.bold and i > 0 and not stream.lines[i - 1].line.bold)
            or (sl.line.bold and _plain_below(stream, i))):  # straight under a bold title, body text below
        return sl.end + 1
    item = ITEM_OPENER.match(text)
    if item and item.group("by") and len(item.group("by").split()) <= 12:
        return sl.end + 1  # "1. Recommended by Water System": the item's text below is the recommendation
    if item and item.group("for"):
        return sl.start + item.start("for")
    if OPENER.match(text) and _paragraph_start(stream, i):
        lead = LEAD.match(text)  # "It is recommended that" is the label; what follows is the recommendation
        return sl.start + (lead.end() if lead else len(text) - len(text.lstrip()))
    return None


def _column_header(stream: TextStream, i: int) -> bool:
    """Line i is a cell of a table row: another line of its page ends left of it at the same height."""
    cur = stream.lines[i]
    for k in range(max(0, i - 8), min(len(stream.lines), i + 9)):
        other = stream.lines[k]
        if k != i and other.page == cur.page and other.line.x1 <= cur.line.x0 + 1.0 \
                and other.line.top < cur.line.bottom and cur.line.top < other.line.bottom:
            return True
    return False


def _plain_below(stream: TextStream, i: int) -> bool:
    """The next line is on the same page and not bold: line i heads body text."""
    if i + 1 >= len(stream.lines):
        return False
    nxt = stream.lines[i + 1]
    return nxt.page == stream.lines[i].page and not nxt.line.bold


def _stands_apart(stream: TextStream, i: int) -> bool:
    if i == 0:
        return True
    prev, cur = stream.lines[i - 1], stream.lines[i]
    height = max(1.0, cur.line.bottom - cur.line.top)
    return prev.page != cur.page or cur.line.top - prev.line.bottom > 0.8 * height or prev.line.text.endswith((".", ":"))


def _paragraph_start(stream: TextStream, i: int) -> bool:
    """Line i opens a paragraph: after a full stop or colon, a gap, or a bold heading (plain text under it)."""
    if i == 0:
        return True
    prev = stream.lines[i - 1]
    return (prev.line.text.rstrip().endswith((".", ":", ";")) or _stands_apart(stream, i)
            or (prev.line.bold and not stream.lines[i].line.bold))


def _block(stream: TextStream, i: int, start: int, one_item: bool = False) -> tuple[int, int]:
    """(start, end) offsets of the recommendation text that begins at `start` on line i; with `one_item`, the
    text of one list item, which ends where the next item starts."""
    lines = stream.lines
    j = i if start < lines[i].end else i + 1
    if start >= lines[i].end:  # label alone on its line: the text starts on the next line
        if j >= len(lines):
            return start, start
        start = lines[j].start
    first_bold = lines[j].line.bold if j < len(lines) else False
    end = lines[j].end if j < len(lines) else start
    # the line the block's text starts on: the label's own line, or the first line under a label alone
    anchor = lines[i].line if j == i else lines[j].line if j < len(lines) else lines[i].line
    pitch = None
    k = j + 1
    while k < len(lines) and k - j < MAX_LINES:
        prev, cur = lines[k - 1], lines[k]
        text = cur.line.text
        if LABEL.match(text) or HEADING.match(text) or SECTION.match(text):
            break
        if NEXT_LABEL.match(text) and not _wrapped(prev.line, cur.line, anchor):
            break
        if cur.line.bold and not first_bold:
            break
        if one_item and ITEM.match(text):
            break
        ended = prev.line.text.rstrip().endswith((".", "!", "?"))
        if outdented(cur.line, anchor) and (ended or prev.line.text.rstrip().endswith((";", ":"))
                                            or ITEM.match(text) or cur.line.bold):
            break  # the next agenda item or heading, printed left of this block's text
        if cur.page != prev.page:
            if ended and not _list_item(text) and not PARAGRAPH_OPENER.match(text):
                break
        else:
            gap = cur.line.top - prev.line.top
            if ended and not _list_item(text) and gap > 1.6 * (pitch or _pitch_guess(prev.line)) \
                    and not _leads_in(lines, k) and not PARAGRAPH_OPENER.match(text):
                break
            pitch = gap if pitch is None else min(pitch, gap)
        end = cur.end
        k += 1
    return start, end


def _leads_in(lines, k: int) -> bool:
    """The paragraph starting at line k is a lead-in to more points: within a few lines, without a full stop,
    it ends with a colon and a list item follows ("Staff recommends the City Council appropriate the following
    funds from the $15,000,000 reservation:" / "1. Appropriate ...")."""
    for n in range(k, min(k + 4, len(lines) - 1)):
        words = lines[n].line.text.rstrip()
        if words.endswith(":"):
            return _list_item(lines[n + 1].line.text)
        if words.endswith((".", ";", "!", "?")):
            return False
    return False


def _list_item(text: str) -> bool:
    """A list item's line; not a numbered title in capitals ("13. WAIVE READING IN FULL ..."), which is the next
    agenda item."""
    found = ITEM.match(text)
    if not found:
        return False
    rest = text[found.end():]
    return not (rest.isupper() and len(rest.split()) > 1)


def _line_height(line) -> float:
    return max(1.0, line.bottom - line.top)


def _pitch_guess(line) -> float:
    """The line pitch of a paragraph before two of its lines have been seen: 1.2 times the font size (the
    usual leading), or the line's height where the reader gives no size."""
    return 1.2 * line.size if line.size > 3 else _line_height(line)


def _wrapped(prev, cur, anchor) -> bool:
    """A label-shaped line that only carries on the sentence above ("It is recommended that the City" /
    "Council:" in the text column): the line above ends mid-sentence and this one stands right of the block's
    start."""
    return not prev.text.rstrip().endswith((".", ":", ";", "!", "?")) and cur.x0 > anchor.x0 + OUTDENT



def _framed(text: str | None) -> str | None:
    """The decision a recommendation asks for, without the report's framing: "Council is recommended to approve:"
    -> "to approve:" (the meeting is to approve; "recommend" is the report's verb, not the decision's)."""
    return FRAME.sub("", text, count=1) if text else text


def _items(stream: TextStream, start: int, end: int) -> list[tuple[int, int, str | None, bool]]:
    """(start, end, lead-in) per list item, lead-ins left out ("Council is recommended to approve: -", or an
    item "1. That Cabinet approves the following:" over lettered points); the whole text when it is no list."""
    if end <= start:
        return []
    cuts = []
    for sl in stream.lines_between(start, end):
        a = max(start, sl.start)
        marker = ITEM.match(stream.text[a:sl.end])
        if marker and (a == sl.start or a == start):  # a list starting on the label's line too
            cuts.append((a, a + marker.end()))
    if not cuts:
        return (_unmarked_items(stream, start, end) or _paragraphs(stream, start, end)
                or [(start, end, None, False)])
    if len(cuts) == 1 and cuts[0][0] == start:  # "4.1 Cabinet is recommended to:-" over unmarked items
        unmarked = _unmarked_items(stream, cuts[0][1], end)
        if unmarked:
            return unmarked
    out = []
    lead_in = " ".join(stream.text[start:cuts[0][0]].split()) or None
    if lead_in and OBJECT_LEAD.search(lead_in) and not FRAMING.search(lead_in) and all(
            BULLET.match(stream.text[a:body]) for a, body in cuts):
        return [(start, end, None, True)]  # "Accept and file the following reports: • ... •": one
    for k, (a, body) in enumerate(cuts):
        b = cuts[k + 1][0] if k + 1 < len(cuts) else end
        words = " ".join(stream.text[body:b].split())
        if LEAD_END.search(words) and k + 1 < len(cuts):
            split = _last_sentence(stream.text, body, b)
            if split is not None:  # "... application. Staff recommends the City Council appropriate ...:"
                out.append((body, split, lead_in, False))
            lead_in = " ".join(stream.text[split if split is not None else body:b].split())
        elif words:
            out.append((body, b, lead_in, False))
    return out


def _unmarked_items(stream: TextStream, start: int, end: int) -> list[tuple[int, int, str | None, bool]]:
    """Items without markers under a lead-in that ends its line with ":", ":-" or "-" ("Council is recommended
    to approve: -" / "the revenue budget ...;" / "a precept of ..."): one per line or run of lines ending in
    ";" or "."; none (read the text whole) when fewer than two."""
    lines = stream.lines_between(start, end)
    lead = next((n for n, sl in enumerate(lines[:3]) if LEAD_END.search(stream.text[max(start, sl.start):sl.end])),
                None)
    if lead is None or any(ENDED.search(sl.line.text) for sl in lines[:lead]):
        return []
    lead_in = " ".join(stream.text[start:lines[lead].end].split())
    out, a = [], None
    for sl in lines[lead + 1:]:
        a = sl.start if a is None else a
        if ENDED.search(stream.text[sl.start:min(sl.end, end)]):
            out.append((a, min(sl.end, end), lead_in, False))
            a = None
    if a is not None:
        out.append((a, end, lead_in, False))
    return out if len(out) > 1 else []


def _paragraphs(stream: TextStream, start: int, end: int) -> list[tuple[int, int, str | None, bool]]:
    """Paragraphs without list markers that each open as a recommendation ("APPROVE ..." / "DELEGATE ...",
    "That the council ..." after a sentence end): one per paragraph; none when fewer than two."""
    cuts = [start]
    lines = stream.lines_between(start, end)
    for prev, sl in zip(lines, lines[1:]):
        if ENDED.search(prev.line.text) and PARAGRAPH_OPENER.match(sl.line.text):
            cuts.append(sl.start)
    if len(cuts) < 2:
        return []
    return [(a, b, None, False) for a, b in zip(cuts, cuts[1:] + [end])]


def _last_sentence(text: str, a: int, b: int) -> int | None:
    """Where the last sentence of text[a:b] starts when an earlier one ends at a line's end (a new paragraph
    that leads in to the next points); None when there is only one."""
    found = None
    for m in re.finditer(r"[.!?]\)?\n(?=[A-Z])", text[a:b]):
        found = a + m.end()
    return found


def _title(stream: TextStream, i: int) -> str | None:
    """The title of the report holding line i: what follows the "Item 5" line that opens it."""
    page = stream.lines[i].page
    for k in range(i, -1, -1):
        sl = stream.lines[k]
        if sl.page < page - 8:
            return None
        found = ITEM_LINE.match(sl.line.text)
        if not found or sl.line.top > 300:
            continue
        rest = found.group("rest").strip(" -–:")
        if re.search(r"[A-Za-z]{3}", rest):
            return rest
        block = []
        for nxt in stream.lines[k + 1:k + 8]:
            t = nxt.line.text
            if nxt.page != sl.page or re.match(r"^report\s+(?:for|of|to|by)\b", t, re.I) or not nxt.line.bold:
                if block:
                    break
                continue
            if block and (abs(nxt.line.size - block[-1].line.size) > 0.6 or _section_heading(t)):
                break
            block.append(nxt)
        return " ".join(b.line.text for b in block) or None
    return None



def _section_heading(text: str) -> bool:
    """A report's own section heading ("Purpose of report", "RECOMMENDATIONS", "1. Introduction"), which ends
    the bold title above it."""
    return bool(HEADING.match(text) or LABEL.match(text) or SECTION.match(text) or SECTION_NAME.match(text))

