"""Where a RESOLVED statement ends: its sentence, or the list/table its lead-in introduces, across page breaks.

Works line by line over a `TextStream`, using what the reader kept of the layout (x positions, line spacing,
bold) to tell a statement's own lines from the minute heading, the signature block, the narrative after it
and the side-column text beside it. The result is a list of character spans of the stream, one per line,
so the evidence quote is verbatim.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from . import patterns as P
from ..pages.stream import StreamLine, TextStream

#: More lines than this and the statement's end is a guess.
MAX_LINES = 80

#: Only the mover's names or the resolution's number in brackets: "(Cr George Cecato / Cr Paul Amos)", "[37/22]".
_LABEL_ONLY = re.compile(r"\s*(?:(?:\([^)]*\)|\[[^\]]*\])\s*)+")
_TERMINATOR = re.compile(r"[.!?](?:[\"'\u201d\u2019)\]]*)(?=\s|$)")
_WORD = re.compile(r"[A-Za-z0-9'\u2019-]+")
_ENDED = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s*$")


@dataclass
class Statement:
    """A statement's extent: stream spans (one per line), which spans open a list point, and doubts."""

    spans: list[tuple[int, int]]
    item_starts: list[int] = field(default_factory=list)  # indexes into spans of lines that open a marked point
    marked: bool = False
    uncertain: list[str] = field(default_factory=list)


@dataclass
class _State:
    first: StreamLine
    text: str = ""  # the statement so far, lines joined
    line_gap: float = 0.0  # the distance between the statement's last two lines taken (same page)
    list_mode: bool = False
    marked: bool | None = None
    marker_x: float = 0.0
    block_x: float | None = None
    all_bold: bool = True
    col_x0: float = 0.0
    col_x1: float = 0.0
    base_x: float = 0.0
    row: bool = False
    widths: dict = field(default_factory=dict)
    heights: dict = field(default_factory=dict)
    last_label: str = ""
    block_prose: bool = False
    block_opener: str = ""
    block_start: int = 0
    document: bool = False  # a "BE IT RESOLVED" motion: a text of its own, not a minute's narrative
    lead_in_stop: bool = False  # a lead-in that ended in a full stop ("... the following payments.")


def page_geometry(stream: TextStream) -> tuple[dict[int, float], dict[int, list[StreamLine]]]:
    """Modal line spacing per page, and each page's body lines."""
    by_page: dict[int, list[StreamLine]] = {}
    for sl in stream.lines:
        by_page.setdefault(sl.page, []).append(sl)
    spacing = {}
    for page, lines in by_page.items():
        gaps = Counter()
        ordered = sorted(lines, key=lambda s: s.line.top)
        for a, b in zip(ordered, ordered[1:]):
            d = b.line.top - a.line.top
            h = max(a.line.bottom - a.line.top, 1.0)
            if 0.5 * h < d < 3 * h:
                gaps[round(d)] += 1
        # the most common spacing; on a tie the smaller one (paragraph gaps are the wider)
        spacing[page] = float(min(gaps, key=lambda g: (-gaps[g], g))) if gaps else 14.0
    return spacing, by_page


def sentence_end(text: str, a: int, b: int, next_text: str | None) -> int | None:
    """Offset just after the first sentence-ending stop in text[a:b], or None."""
    for m in _TERMINATOR.finditer(text, a, b):
        stop = m.start()
        if text[stop] == "." and _stop_after_abbreviation(text[max(a, stop - 40):stop]):
            continue
        after = text[m.end():b].lstrip()
        if after:
            if after[0].islower():
                continue
        elif next_text is not None:
            nxt = next_text.lstrip()
            if nxt and nxt[0].islower():
                continue
        return m.end()
    return None


def _mostly_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 6 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def is_heading(sl: StreamLine, st: _State, gap: float = 0.0, modal: float = 14.0) -> bool:
    text = sl.line.text.strip()
    if P.SIGNATURE.search(text) or P.RESOLUTION_CLOSE.match(text) or P.SPEAKER_LABEL.match(text):
        return True  # the signature block, a resolution's adoption or vote block, a transcript's next speaker
    opening_list = not st.list_mode and re.search(r"[:;]-?\s*$", st.text)
    if opening_list:
        return False  # the first line under "...:" opens the list (or table), bold, capitals, numbered or not
    if st.list_mode and not st.marked and re.search(r":-?\s*$", st.text) and P.LIST_MARKER.match(text):
        return False  # a lead-in inside the list ("... the following terms:") opens its numbered points
    if st.list_mode and st.marked and P.LIST_MARKER.match(text) and abs(sl.line.x0 - st.marker_x) < 8 \
            and follows(st.last_label, marker_label(text)):
        return False  # the list's next point, even when its marker is printed bold
    # a table row: "HMRC PAYE 120.50" -- not a bold reference line after a finished sentence ("Motion No. 16")
    row = st.list_mode and not st.marked and bool(re.search(r"\d", text)) and not _ENDED.search(st.text)
    if sl.line.bold and len(text) < 120 and (not st.all_bold or gap > 1.45 * modal) and not row:
        return True
    if _mostly_caps(text) and not text.rstrip("\"'\u201d\u2019)").endswith(".") and not _mostly_caps(st.text) \
            and not row:
        return True
    if P.NUMBERED_HEADING.match(text):
        # a minute number; inside a list it may be a point of the list, aligned with the others
        return not (st.list_mode and st.marked and sl.line.x0 >= st.marker_x - 8)
    return False


_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]


def marker_label(text: str) -> str:
    """The label of a list marker: "3" for "(3)", "b" for "b)", "" for a bullet."""
    m = P.LIST_MARKER.match(text)
    if not m:
        return ""
    label = re.sub(r"^\s*(?:section|article)|[().:\s]", "", m.group(0), flags=re.I).lower()
    return label if label.isalnum() else ""


def follows(prev: str, label: str) -> bool:
    """Whether `label` can be the next point after `prev` in the same list (bullets always can)."""
    if not prev or not label:
        return True
    if prev.isdigit() and label.isdigit():
        return int(label) == int(prev) + 1
    if prev in _ROMAN and label in _ROMAN and (prev != "i" or label == "ii"):
        if _ROMAN.index(label) == _ROMAN.index(prev) + 1:
            return True
    if len(prev) == 1 and len(label) == 1 and prev.isalpha() and label.isalpha():
        return ord(label) == ord(prev) + 1
    return False


def is_prose(text: str) -> bool:
    """A line of running prose, not a table row or a name list: enough words, with a narrative verb or
    mostly lower case ending in a full stop (a row's note in brackets does not count)."""
    plain = re.sub(r"\([^)]*\)?", " ", text)
    words = _WORD.findall(plain)
    if len(words) < 5:
        return False
    lower = sum(1 for w in words if w[0].islower())
    if any(w.lower() in P.NARRATIVE_VERBS for w in words) and lower >= 0.25 * len(words):
        return True
    return lower >= 0.5 * len(words) and text.rstrip().endswith(".")


def is_title(text: str) -> bool:
    """A short heading-like line ("Reason for decision", "Reasons:"): few words, capitalised, no full stop."""
    words = _WORD.findall(text)
    stripped = text.strip()
    if not words or len(words) > 6 or not stripped[:1].isupper() or stripped.endswith((".", ";", ",")):
        return False
    return stripped.endswith(":") or sum(1 for w in words if w[0].isupper()) >= 0.6 * len(words) \
        or len(words) <= 4


def continues(prev: str, nxt: str) -> bool:
    """Whether the next line goes on with the sentence the previous line left unfinished: judged from the
    words, not the line's length. The previous line ends without a stop and either ends on a word no sentence
    ends on ("the", "of", "both", a comma) or the next line starts in lower case ("corridor;", "parties.")."""
    prev, nxt = prev.rstrip(), nxt.lstrip()
    if prev.endswith(".") and nxt and _stop_after_abbreviation(prev[-41:-1]):
        return True  # "... leasehold interest of 1510 N." / "Port Street as a gift ..."
    if not prev or not nxt or re.search(r"[.!?;:][\"'\u201d\u2019)\]]*$", prev):
        return False
    if nxt[0].islower():
        return True
    if P.DATE_SPLIT.search(prev + "\n" + nxt[:20]):
        return True  # a date that goes on: "held on Tuesday" / "4 March 2025"
    words = _WORD.findall(prev[-40:])
    return prev.endswith(",") or bool(words and words[-1].lower() in P.UNFINISHED_ENDS)


def _stop_after_abbreviation(before: str) -> bool:
    """Whether a full stop after `before` (the words up to it) closes an abbreviation or an initial ("1510 N.",
    "Cllr.", "No.", "e.g.") rather than a sentence; a letter after a label word ("Plan B.") ends one."""
    tokens = before.split()
    word = tokens[-1].lstrip("(\"'\u201c").lower() if tokens else ""
    label = len(tokens) > 1 and tokens[-2].lower() in P.LETTER_LABELS
    return word in P.ABBREVIATIONS or (re.fullmatch(r"[a-z]", word) is not None and not label) \
        or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word) is not None


def would_fit(prev: StreamLine, nxt: StreamLine, right: float) -> bool:
    """Whether the next line's first word would have fitted at the end of the previous one (a paragraph end)."""
    text = prev.line.text
    if not text:
        return True
    char_w = max((prev.line.x1 - prev.line.x0) / max(len(text), 1), 1.0)
    first = nxt.line.text.strip().split(" ", 1)[0] if nxt.line.text.strip() else ""
    return prev.line.x1 + char_w * (len(first) + 1) < right - 2


def column_right(sl: StreamLine, page_lines: list[StreamLine], page_width: float | None = None,
                 spacing: float = 14.0) -> float:
    """Where the line's column ends: the widest of the lines near it that start where it starts (a table
    cell's lines, or a paragraph's). A line of body text (nothing printed beside it) at the page's left
    margin reaches at least the mirror of that margin: pages are laid out with even margins."""
    near = [o for o in page_lines if o is not sl and abs(o.line.x0 - sl.line.x0) <= 4
            and abs(o.line.top - sl.line.top) <= 6 * spacing]
    right = max([o.line.x1 for o in near] + [sl.line.x1])
    block = near + [sl]
    beside = any(abs(o.line.top - b.line.top) < 3 and o.line.x0 > b.line.x1 + 10
                 for b in block for o in page_lines if o is not b)
    if not beside and page_width and page_lines:
        left = min(o.line.x0 for o in page_lines)
        if sl.line.x0 <= left + 20:
            right = max(right, page_width - left)
    return right


def overlaps(sl: StreamLine, st: _State) -> bool:
    return sl.line.x1 > st.col_x0 + 5 and sl.line.x0 < st.col_x1 - 5


def bound_statement(stream: TextStream, start: int, stop: int, geometry=None, row: bool = False,
                    widths: dict[int, float] | None = None, list_first: bool = False,
                    heights: dict[int, float] | None = None, document: bool = False) -> Statement:
    """The extent of the statement whose text starts at `start`; nothing at or after `stop` is taken.

    `row` says the word stands in a table or list row after its object ("Village Hall Fees £40 resolved to
    pay"): such a statement runs onto the next line only where the line visibly wraps mid-phrase.
    `list_first` says the word ended its line with a colon or dash ("RESOLVED:"), so the statement's
    first line already opens its list, table or paragraph.
    `document` says the statement is a "BE IT RESOLVED" motion: the text its lead-in introduces (a charter's
    sections, a strategy's paragraphs, a ballot question) runs on through prose and renumbered lists to the
    motion's close: a heading, a speaker's label, the adoption or vote block, the next decision.
    """
    spacing, by_page = geometry or page_geometry(stream)
    text = stream.text
    k = stream.line_at(start)
    first = stream.lines[k]
    st = _State(first=first, all_bold=first.line.bold, col_x0=first.line.x0, col_x1=first.line.x1,
                base_x=first.line.x0, row=row, widths=widths or {}, heights=heights or {}, document=document)
    spans: list[tuple[int, int]] = []
    out = Statement(spans=spans)
    opens_with_point = start == first.start and bool(P.LIST_MARKER.match(text[start:first.end]))
    if list_first or opens_with_point:
        _enter_list(first, st, bool(P.LIST_MARKER.match(text[start:first.end])), out)
    a, b = start, min(first.end, stop)
    cur = first
    skipped = 0
    while True:
        nxt_i = k + 1
        nxt = stream.lines[nxt_i] if nxt_i < len(stream.lines) else None
        if not st.list_mode:
            end = sentence_end(text, a, b, nxt.line.text if nxt and nxt.start < stop else None)
            if end is not None and end >= b and nxt is not None and nxt.start < stop and nxt.page == cur.page \
                    and P.LIST_MARKER.match(nxt.line.text) \
                    and P.LIST_LEAD_IN.search((st.text + " " + text[a:b]).strip()):
                end = None  # "... the following payments." and the points under it: the lead-in's list
                st.lead_in_stop = True
            if end is not None:
                spans.append((a, end))
                _extend_with_votes(stream, spans, stop)
                return out
        spans.append((a, b))
        st.text = (st.text + " " + text[a:b]).strip()
        if b < cur.end or nxt is None or nxt.start >= stop:
            return out
        if len(spans) >= MAX_LINES:
            out.uncertain.append("statement cut at the length limit; its end was not found")
            return out
        # decide about the lines that follow, skipping side-column text
        while True:
            decision = _next_line(cur, nxt, st, spacing, by_page, out)
            if decision != "skip":
                break
            skipped += 1
            nxt_i += 1
            if skipped > 6 or nxt_i >= len(stream.lines) or stream.lines[nxt_i].start >= stop:
                return out
            nxt = stream.lines[nxt_i]
        if decision == "stop":
            if not st.list_mode:
                _extend_with_votes(stream, spans, stop)
            return out
        if skipped and "side-column lines left out" not in out.uncertain:
            out.uncertain.append("side-column lines left out")
        if nxt.page == cur.page and not skipped:
            st.line_gap = nxt.line.top - cur.line.top
        k, cur = nxt_i, nxt
        a, b = nxt.start, min(nxt.end, stop)
        st.all_bold = st.all_bold and nxt.line.bold
        st.col_x0, st.col_x1 = min(st.col_x0, nxt.line.x0), max(st.col_x1, nxt.line.x1)


def trim_proposer_tail(stream: TextStream, statement: Statement) -> Statement:
    """Leave out a proposer/seconder tail in an abbreviated form that ends the statement ("... 4 March 2025 -
    Proposed JB; 2nd KL", "Prop: TW 2 nd MR" on the line below): it records the vote, it is not the decision."""
    spans = statement.spans
    if not spans:
        return statement
    a, b = spans[-1]
    m = P.PROPOSER_TAIL.search(stream.text[a:b])
    if not m:
        return statement
    cut = a + m.start()
    while cut > a and stream.text[cut - 1].isspace():
        cut -= 1
    kept = spans[:-1] + ([(a, cut)] if cut > a else [])
    if not kept:
        return statement  # nothing but the tail: a bare formula, its object stands before the word
    starts = [i for i in statement.item_starts if i < len(kept)]
    return Statement(spans=kept, item_starts=starts, marked=statement.marked, uncertain=statement.uncertain)


def _next_line(cur: StreamLine, nxt: StreamLine, st: _State, spacing, by_page, out: Statement) -> str:
    """'take', 'skip' (side-column text) or 'stop' for the line after `cur`."""
    same_page = nxt.page == cur.page
    if is_heading(nxt, st, (nxt.line.top - cur.line.top) if same_page else 0.0, spacing.get(cur.page, 14.0)):
        return "stop"
    if same_page and st.list_mode and not st.marked and st.block_x is not None \
            and abs(nxt.line.top - cur.line.top) < 3 and nxt.line.x0 > cur.line.x1:
        return "take"  # the next cell of a table row the statement introduced ("Description £ Authority")
    if same_page and abs(nxt.line.top - cur.line.top) < 3 and nxt.line.x0 > cur.line.x1 \
            and re.fullmatch(r"\s*(?:\(\w{1,4}\)|\w{1,4}[.)])\s*", cur.line.text):
        return "take"  # a hanging-indent point: its marker alone in a column, its words beside it
    if same_page and not overlaps(nxt, st):
        return "skip"
    if same_page and cur.line.size > 4 and 0 < nxt.line.size < 0.8 * cur.line.size \
            and nxt.line.top > 0.75 * st.heights.get(cur.page, 1e9):
        return "skip"  # a footnote at the foot of the page, in a smaller type
    if same_page and nxt.line.top < cur.line.top - 2:
        out.uncertain.append("text order jumps back up the page; statement cut there")
        return "stop"
    gap = (nxt.line.top - cur.line.top) if same_page else 0.0
    modal = spacing.get(cur.page, 14.0)
    marker = bool(P.LIST_MARKER.match(nxt.line.text))
    lead_in = bool(P.LEAD_IN_END.search(st.text)) or bool(re.search(r":-?\s*(?:\([^)]*\))?\s*$", st.text)) \
        or bool(_LABEL_ONLY.fullmatch(st.text))  # "Resolved (Cr A / Cr B)": the decision is on the next line
    colon = bool(re.search(r"(?:[:;]-?|\bas follows|\bthe following)\s*(?:\([^)]*\))?\s*$", st.text, re.I)) \
        or st.lead_in_stop
    if not st.list_mode:
        if P.PROPOSER_TAIL.search(cur.line.text):
            return "stop"  # "... - Proposed JB; 2nd KL": the vote's record closes the statement
        if st.row and not colon and nxt.line.text.strip()[:1].isupper() \
                and not re.search(r"\b(?:to|and|or|of|for|the|a|an|with|by|in|on|at)\s*$", st.text, re.I):
            return "stop"
        if colon:
            if _centred_title(nxt, by_page.get(nxt.page, []), st.widths.get(nxt.page)):
                out.uncertain.append("a titled table after the lead-in left out")
                return "stop"  # a schedule or table with its own title ("APPOINTMENT OF SPEAKER ...")
            return _enter_list(nxt, st, marker, out)
        if marker:
            # bullets under a sentence that has not ended ("... to discuss" / "• acquisition of land;") are
            # its points; a numbered or lettered line there may be the next minute, so it needs a lead-in
            unfinished = not re.search(r"[.!?;:][\"'\u201d\u2019)]*\s*$", st.text) and not marker_label(nxt.line.text)
            return _enter_list(nxt, st, marker, out) if lead_in or (unfinished and same_page) else "stop"
        right = column_right(cur, by_page.get(cur.page, []), st.widths.get(cur.page), modal)
        double = gap <= 2.3 * modal and (continues(cur.line.text, nxt.line.text) or (
            st.line_gap and abs(gap - st.line_gap) <= 0.15 * st.line_gap
            and not re.search(r"[.!?:;][\"'\u201d\u2019)\]]*\s*$", cur.line.text)))
        if same_page and gap > 1.45 * modal and not lead_in and not double:
            return "stop"  # a paragraph gap -- not the double-spaced lines of one sentence ("... to the" / "lease")
        if continues(cur.line.text, nxt.line.text):
            return "take"  # the sentence goes on, however short its line ("... with both" / "parties.")
        if P.REFERENCE_LINE.match(nxt.line.text):
            return "stop"  # an appeal's or application's reference opens a row of its own
        if would_fit(cur, nxt, right) and not lead_in:
            if same_page and nxt.line.x0 > st.base_x + 15 and nxt.line.x0 > cur.line.x0 + 15:
                out.uncertain.append("indented lines after the statement taken as its list")
                return _enter_list(nxt, st, marker, out)
            if not cur.line.text.rstrip().endswith((".", ":", ";")):
                out.uncertain.append("statement ends at a short line without a full stop")
            return "stop"
        return "take"
    # list mode
    if same_page and gap > 3.2 * modal:
        out.uncertain.append("list end guessed at a wide gap")
        return "stop"
    prev_done = bool(re.search(r"[.!?][\"'\u201d\u2019)]*\s*$", cur.line.text))
    if marker:
        label = marker_label(nxt.line.text)
        if not st.marked:
            if st.block_x is not None and nxt.line.x0 < st.block_x - 10:
                return "stop"
            # the first point of the list (after a lead-in line such as "That the Committee")
            st.marked, st.marker_x, st.last_label = True, nxt.line.x0, label
            out.marked = True
            out.item_starts.append(len(out.spans))
            return "take"
        if nxt.line.x0 < st.marker_x - 8:
            if st.block_x is not None and abs(nxt.line.x0 - st.block_x) <= 6:
                # back out to the points the list opened with ("A ... 1. ... 6." / "B. ..."), not to the margin
                st.marker_x, st.last_label = nxt.line.x0, label
                out.item_starts.append(len(out.spans))
                return "take"
            return "stop"
        if nxt.line.x0 >= st.marker_x + 8:
            return "take"  # a sub-point: part of the point above it
        if not follows(st.last_label, label):
            if st.document and label in ("a", "1", "i"):
                st.last_label = label  # a quoted text's next list ("61(1) ... (a) ...")
                out.item_starts.append(len(out.spans))
                return "take"
            out.uncertain.append("list numbering broke off; statement ends there")
            return "stop"
        st.last_label = label
        out.item_starts.append(len(out.spans))
        return "take"
    if not prev_done and continues(cur.line.text, nxt.line.text):
        return "take"  # the point's or paragraph's sentence goes on, wherever its next line starts
    if st.document:
        return "take"  # a motion's text runs on through its paragraphs and titles to its close
    if st.marked:
        if nxt.line.x0 < st.marker_x - 4:
            return "stop"
        if (prev_done or is_title(nxt.line.text)) and nxt.line.x0 <= st.marker_x + 4:
            return "stop"
        return "take"
    if st.block_x is None:
        _open_block(nxt, st, out)
        return "take"
    opener = _opener(nxt.line.text)
    if prev_done and opener and opener == st.block_opener and abs(nxt.line.x0 - st.block_x) <= 4:
        # a parallel point: "That the report be noted." / "That officers be thanked ..."
        if not out.item_starts:
            out.item_starts.append(st.block_start)
        out.item_starts.append(len(out.spans))
        return "take"
    if is_prose(nxt.line.text):
        if prev_done or not st.block_prose or nxt.line.x0 < st.block_x - 10:
            return "stop"
        return "take"
    return "take"


def _centred_title(sl: StreamLine, page_lines: list[StreamLine], width: float | None) -> bool:
    """A title set in the middle of the page, in capitals or bold, away from the left margin: a schedule's or
    table's own heading."""
    if not width or not page_lines:
        return False
    left = min(o.line.x0 for o in page_lines)
    mid = (sl.line.x0 + sl.line.x1) / 2
    text = sl.line.text.strip()
    return sl.line.x0 > left + 40 and abs(mid - width / 2) < 0.03 * width and not text.endswith(".") \
        and (_mostly_caps(text) or sl.line.bold) and not P.LIST_MARKER.match(text)


def _opener(text: str) -> str:
    """"That" or "To" opening a line: the word parallel points of a resolution start with."""
    m = re.match(r"\s*(That|To)\b", text)
    return m.group(1) if m else ""


def _open_block(nxt: StreamLine, st: _State, out: Statement) -> None:
    st.marked, st.block_x, st.block_prose = False, nxt.line.x0, is_prose(nxt.line.text)
    st.block_opener, st.block_start = _opener(nxt.line.text), len(out.spans)


def _enter_list(nxt: StreamLine, st: _State, marker: bool, out: Statement) -> str:
    st.list_mode = True
    if marker:
        st.marked, st.marker_x, st.last_label = True, nxt.line.x0, marker_label(nxt.line.text)
        out.marked = True
        out.item_starts.append(len(out.spans))
    else:
        _open_block(nxt, st, out)
    return "take"


def _extend_with_votes(stream: TextStream, spans: list[tuple[int, int]], stop: int) -> None:
    """Take a following vote record into the statement it records the vote on: a bracketed one, "(For 8,
    Against 2)", always; a sentence, "Unanimously agreed.", where the statement is itself a proposal
    ("proposed Cllr A, seconded Cllr B."), since otherwise the statement is its own sentence only.

    The record may finish the statement's line or stand on the next line of the same paragraph, and may
    itself wrap onto one more line ("Unanimously / agreed.").
    """
    a, b = spans[-1]
    text = stream.text
    k = stream.line_at(max(a, b - 1))
    lines = [(b, stream.lines[k].end)] if b < stream.lines[k].end and text[b:stream.lines[k].end].strip() else []
    j = k + 1
    while len(lines) < 2 and j < len(stream.lines) and stream.lines[j].start < stop:
        prev, nl = stream.lines[j - 1], stream.lines[j]
        h = max(prev.line.bottom - prev.line.top, 1.0)
        if nl.page != prev.page or nl.line.top - prev.line.top > 2.2 * h:
            break
        lines.append((nl.start, min(nl.end, stop)))
        j += 1
    if not lines:
        return
    joined = " ".join(text[x:y] for x, y in lines)
    lead = len(joined) - len(joined.lstrip())
    m = re.match(r"[^.!?]*(?:[.!?]|$)", joined[lead:])
    sentence = m.group(0) if m else ""
    own = " ".join(stream.text[x:y] for x, y in spans)
    if not sentence.startswith("(") and not re.search(r"\b(?:proposed|seconded|moved)\b", own, re.I):
        return
    if sentence.startswith("("):
        sentence = sentence[: sentence.find(")") + 1] if ")" in sentence else sentence
    words = [w.lower() for w in _WORD.findall(sentence)]
    if not words or len(words) > 16 or not any(w in P.VOTE_KEYS for w in words):
        return
    if not all(w in P.VOTE_WORDS or w.isdigit() for w in words):
        return
    remaining = lead + len(sentence.rstrip())
    new = []
    for x, y in lines:
        if remaining <= 0:
            break
        take = min(remaining, y - x)
        piece = (x, x + take)
        if text[piece[0]:piece[1]].strip():
            new.append(piece)
        remaining -= (y - x) + 1
    if new and new[0][0] == b:
        spans[-1] = (a, new[0][1])
        new = new[1:]
    for x, y in new:
        sl = text[x:y]
        x += len(sl) - len(sl.lstrip())
        spans.append((x, y))
