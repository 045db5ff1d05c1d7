"""Verbatim transcripts (Hansard): what tells a transcript's pages from an officer's report.

A transcript is written as turns, each opening with the speaker's label ("Madam Speaker: All in favour?",
"Councillor Eadie: Thank you, Madam Speaker.", "Clerk: By-law No. 70/2015."); an officer's report never speaks
in turns, though it may quote one line. So a stretch of text is a transcript when turns by two or more
speakers open its rows, at least one a page on average: one quoted line, or one name label in a form
("Manager: Tao Zou"), is not enough.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..pages.layout import Row
from ..text.patterns import SPEAKER_LABEL
from . import patterns as SP


def is_turn(text: str) -> bool:
    """A turn in a verbatim transcript ("Madam Speaker: Third question?", "Joe Bloggs: How many?"): a titled
    speaker's label, or a name's label before a spoken sentence."""
    return bool(SPEAKER_LABEL.match(text) or SP.NAMED_TURN.match(text))


def speaker(text: str) -> str:
    """The label a turn opens with ("Madam Speaker")."""
    return text.split(":", 1)[0].strip()


def turns(rows: Sequence[Row]) -> list[Row]:
    """The rows that open a turn."""
    return [r for r in rows if is_turn(r.text.strip())]


def spoken(rows: Sequence[Row], least: int = 2) -> bool:
    """Whether `least` or more turns by two or more speakers open these rows (a page's, a part's)."""
    found = turns(rows)
    return len(found) >= least and len({speaker(r.text) for r in found}) >= 2


def is_transcript(rows: Sequence[Row], least: int = SP.TRANSCRIPT_TURNS) -> bool:
    """Whether these rows (a set of minutes, a part) are a verbatim transcript: `least` or more turns by two or
    more speakers, at least one a page on average (a board's minutes that quote its president now and then
    over a hundred pages are not one)."""
    if not rows:
        return False
    return spoken(rows, least) and len(turns(rows)) >= len({r.page for r in rows})

