"""The title block at the head of a front sheet or a set of minutes: council, body, date, time, venue.

Councils print it many ways ("Scrutiny committee / Date: Thursday, 18 March 2021 / Time: 16:30",
"Minutes of the meeting of X Parish Council held on Wednesday 9th May 2012 at 7.30pm in Y",
"Dover District Council / Cabinet / Monday, 2nd October, 2023 6.00 pm"); this module reads the first rows
of a part and keeps what is printed, without guessing what is not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text.dates import find_date, find_times, weekday_mismatch
from ..pages.layout import Row, is_heading
from . import patterns as SP

#: How many rows from the top of a part the title block may take.
HEAD_ROWS = 14


@dataclass
class TitleBlock:
    """What the head of a part says about its meeting. `end` is the index of the first row after the block."""

    titles: list[str] = field(default_factory=list)
    date: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    venue: str | None = None
    date_note: str | None = None  # the printed weekday does not match the date
    name_note: str | None = None  # how sure the body's name is, where it is not read from the title rows
    end: int = 0
    rows: list[Row] = field(default_factory=list)

    @property
    def body(self) -> str | None:
        return self.titles[-1] if self.titles else None

    @property
    def council(self) -> str | None:
        return self.titles[0] if len(self.titles) > 1 else None


def clean_title(text: str) -> str:
    """A title row with the words around the name taken off ("Minutes of the meeting of X held on ...")."""
    text = " ".join(text.split())
    named = SP.NAME_BEFORE_MEETING.match(text)
    if named and set(named["name"].lower().split()) - SP.KIND_OF_MEETING:
        return named["name"]  # "Minutes of the Cabinet meeting held on ...": Cabinet
    text = SP.MINUTES_PHRASE.sub(" ", text).strip(" -–—:,")
    text = re.sub(r"^(?:of|from)\s+(?:(?:an?|the)\s+(?:meeting\s+of\s+(?:the\s+)?)?)?", "", text, flags=re.I)
    text = SP.HELD.sub("", text)
    found = find_date(text)
    if found:
        text = text[: found.start] + text[found.end:]
    for time in reversed(find_times(text)):
        text = text[: time.start] + text[time.end:]
    text = re.sub(r"^\s*(?:to|until|[-–—])\s*$|^\s*(?:from|at)\b", " ", text, flags=re.I)
    text = re.sub(rf"\b{SP.DAY}\b,?", " ", text, flags=re.I)
    text = re.sub(r"\b(?:meeting|cyfarfod)\s*$", " ", text, flags=re.I)
    return " ".join(text.split()).strip(" -–—:,.")


def _title_like(row: Row, size: float) -> bool:
    text = row.text.strip()
    letters = [c for c in text if c.isalpha()]
    if not letters or len(text) > 110:
        return False
    if is_heading(row.line, size) or (len(letters) > 3 and text.upper() == text):
        return True
    return len(text) <= 70 and not text.endswith((".", ",", ";"))


#: A letterhead stands out from the body text by at least this factor of font size.
LETTERHEAD_SIZE = 1.5


def strip_edge_noise(text: str) -> str:
    """A line without the symbols OCR reads off a logo or a rule at its ends ("@™ Port OF ALSEA" -> "Port OF ALSEA")."""
    return SP.EDGE_NOISE.sub("", " ".join(text.split()))


def letterhead(rows: list[Row], size: float) -> str | None:
    """The name in large type at the head of a page (a letterhead), with OCR's stray symbols taken off its ends.

    None when no row of the first few stands out by LETTERHEAD_SIZE, or the biggest one is not mostly letters.
    """
    head = [r for r in rows[:HEAD_ROWS] if r.line.size > 0]
    if not head or size <= 0:
        return None
    top = max(head, key=lambda r: r.line.size)
    if top.line.size < size * LETTERHEAD_SIZE:
        return None
    name = strip_edge_noise(top.text)
    letters = sum(ch.isalpha() for ch in name)
    if letters < 4 or letters < 0.7 * len(name.replace(" ", "")) or find_date(name):
        return None
    return name


def title_block(rows: list[Row], size: float, scanned: bool = False) -> TitleBlock:
    """Read the title block from the first rows of a part.

    On a `scanned` page (read by OCR) the short rows under the head are as likely a table's lines as titles
    ("Interfund Transfers 2,254"), so the body is only the letterhead's name, or none, said in `name_note`.
    """
    block = _read_block(rows, size)
    if scanned:
        name = letterhead(rows, size)
        block.titles = [name] if name else []
        block.name_note = (f"the page is a scan: the body is read from its letterhead ({name}); check it"
                           if name else "the page is a scan and its title rows could not be read as a body's name")
    return block


def _read_block(rows: list[Row], size: float) -> TitleBlock:
    head = rows[:HEAD_ROWS]
    block = TitleBlock()
    date_at = None
    items_begun = False
    for i, row in enumerate(head):
        label = SP.TITLE_LABEL.match(row.text)
        if date_at is not None and SP.NUMBERED_ROW.match(row.text.strip()):
            items_begun = True
        if label and items_begun and label["label"].lower() in ("place", "location"):
            continue  # "Location: 374 Congress St" under item 1 is the item's premises, not the meeting's venue
        if label and label["label"].lower() in ("venue", "place", "location", "meeting place", "where"):
            block.venue = block.venue or label["value"].strip() or None
            continue
        nxt = head[i + 1].text if i + 1 < len(head) else ""
        found = _date_on(row.text, nxt) if date_at is None else None
        if found is not None:
            date, text = found
            date_at = i
            block.date = date.value
            block.date_note = weekday_mismatch(text, date)
            _times_and_venue(block, text, date.end)
            if label is None:
                before = clean_title(row.text[: date.start])
                if before and len(before) <= 80:
                    block.titles.append(before)
            continue
        if label and label["label"].lower() in SP.NAMING_LABELS:
            # "Meeting: Cabinet" names the body.
            title = clean_title(label["value"])
            if title and date_at is None:
                block.titles.append(title)
            continue
        if label and label["label"].lower() == "time":
            times = find_times(label["value"])
            block.start_time = block.start_time or (times[0].value if times else None)
            continue
        if date_at is None and _title_like(row, size):
            title = clean_title(row.text)
            if title and not SP.TITLE_NOISE.match(title) and not SP.TITLE_NOISE.match(row.text.strip()) and not _document_only(title):
                block.titles.append(title)  # not "REGULAR MEETING" (cut to "REGULAR"): a kind, not a name
    if date_at is not None:
        block.end = date_at + 1
        while block.end < len(head) and SP.TITLE_LABEL.match(head[block.end].text):
            block.end += 1
    block.titles = _dedupe(block.titles)
    block.rows = rows[: block.end]
    return block


def _document_only(title: str) -> bool:
    m = SP.DOCUMENT_TITLE.match(title)
    return bool(m) and set(m["kind"].lower().split()) <= SP.KIND_WORDS


def _date_on(text: str, following: str):
    """The meeting date a row prints, with the text its time and venue are read from; None if it prints none.

    A date split over two rows ("Wednesday 8th" / "January 2017") is found on the pair; a row that runs on into
    the next ("... held on 9 January 2008 at" / "8.00pm in ...") is read with it.
    """
    if re.search(r"publi|signed|dated|circulated|next meeting", text, re.I):
        return None
    pair = f"{text} {following}".strip()
    own = find_date(text)
    if own is not None:
        runs_on = following and not SP.NOT_RUN_ON.match(following)
        return own, pair if runs_on else text
    split = find_date(pair)
    if split is not None and split.start < len(text):
        return split, pair
    return None


def _times_and_venue(block: TitleBlock, text: str, after: int) -> None:
    times = [t for t in find_times(text) if not (t.start < after and find_date(text[t.start:t.end + 6]))]
    if times:
        block.start_time = block.start_time or times[0].value
        between = text[times[0].end: times[1].start] if len(times) > 1 else ""
        if len(times) > 1 and re.fullmatch(r"\s*(?:to|until|-|–|—)\s*", between):
            block.end_time = times[1].value
        rest = text[max(times[-1].end, after):]
    else:
        rest = text[after:]
    venue = re.match(r"\s*[,–—-]?\s*(?:at|in)\s+(?!\d)(?P<v>[^.;]{3,120})", rest, re.I)
    if venue and block.venue is None:
        block.venue = venue["v"].strip(" ,")


def summons_venue(text: str) -> str | None:
    """The place in a summons: "a meeting ... to be held at X, on Wednesday ..." -> X."""
    found = re.search(r"\bto be held (?:at|in) (?P<v>.+?),?\s+(?:on|at)\s+(?:\w+day|\d)", " ".join(text.split()), re.I)
    return found["v"].strip() if found else None


def _dedupe(titles: list[str]) -> list[str]:
    out: list[str] = []
    for title in titles:
        if title.lower() not in {t.lower() for t in out}:
            out.append(title)
    return out
