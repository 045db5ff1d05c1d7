"""Verbatim council transcripts (Hansard): the meeting from the first page's title block, not from an item that
approves earlier minutes; speakers' turns set in bold are not minute items. Real lines from Winnipeg's Hansard
(corpus2, public records)."""
from __future__ import annotations

import pytest

from minutebook.extract.structure import minutes, segment


@pytest.mark.parametrize("text,turn", [
    ("Madam Speaker: Third question?", True),
    ("Mayor Katz: So could you clarify that, please?", True),
    ("Joe Bencharski: How many?", True),
    ("Colin Craig: We\u2019re talking\u2026", True),
    ("Councillor Havixbeck: Thank you, Madam Speaker", True),
    ("Item 5: Budget", False),
    ("MOTIONS", False),
    ("Public Forum: Residents", False),
])
def test_a_speakers_turn_is_not_a_minute_item_heading(text, turn):
    assert minutes._speaker_turn(text) is turn


class _Row:
    def __init__(self, text):
        self.text = text


@pytest.mark.parametrize("rows,dated", [
    # the item approving earlier minutes: its date is theirs, not a new set of minutes'
    (["Councillor Steen moves that the minutes of the meeting held on December 11 and December 17, 2013 be taken "
      "as read", "and confirmed."], False),
    (["The minutes of the meeting held on 5 March 2024 were approved and signed."], False),
    # a new set of minutes under its heading
    (["of the meeting of the Scrutiny Committee held on Thursday 18 March 2021"], True),
    (["Wednesday, January 29, 2014"], True),
    (["ROLL CALL"], True),
    (["The Council met at 9:33 a.m."], True),
])
def test_a_minutes_heading_starts_minutes_only_when_their_own_date_or_roll_follows(rows, dated):
    assert segment._dated([_Row(r) for r in rows]) is dated


def _row(text: str, x0: float, x1: float, top: float, bold: bool = False):
    from minutebook.extract.pages.layout import Row
    from minutebook.models import Line

    line = Line(text=text, x0=x0, top=top, x1=x1, bottom=top + 10, size=10.0, bold=bold)
    return Row(page=1, text=text, line=line, parts=(line,))


def test_centred_capitals_headings_are_a_transcripts_items_where_none_stands_at_the_left():
    # as Winnipeg's Hansard lays out a page: speakers' turns in bold at the left, sections centred in capitals
    rows = [
        _row("ROLL CALL", 280, 332, 100, bold=True),
        _row("Clerk: Madam Speaker Councillor Sharma, His Worship Mayor Katz, Councillors Browaty,", 66, 546, 120),
        _row("INTRODUCTION AND WELCOME OF GUESTS AND ANNOUNCEMENTS", 154, 458, 150, bold=True),
        _row("Madam Speaker: I'd like to now introduce our Page for today, who resides in the ward.", 66, 546, 170,
             bold=True),
        _row("MOTIONS", 285, 327, 200, bold=True),
        _row("Moved by Councillor Gerbasi,", 66, 200, 220, bold=True),
        _row("DELEGATIONS", 273, 339, 250, bold=True),
        _row("Madam Speaker: Councillor Swandel, will you suspend the rules?", 66, 400, 270, bold=True),
    ]
    headings = minutes._centred(rows, 10.0, set())
    assert [h.title for h in headings] == ["INTRODUCTION AND WELCOME OF GUESTS AND ANNOUNCEMENTS", "MOTIONS",
                                           "DELEGATIONS"]  # the roll call is attendance, not an item
    assert minutes._centred(rows[:2], 10.0, set()) == []  # one centred line is a title, not items
