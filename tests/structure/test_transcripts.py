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
