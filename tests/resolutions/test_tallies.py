"""Recorded votes printed as labelled tallies: read, counted, and given to the decision they stand by.

The wording follows how English, Welsh and Australian councils print a recorded (named) vote; the names are
made up.
"""
from __future__ import annotations

import pytest

from minutebook.extract.resolutions.find import find_resolutions
from minutebook.extract.text.tallies import Block, nearest, tally_blocks, tally_counts

from resolution_fixtures import make_ctx


@pytest.mark.parametrize("text,want", [
    ("FOR: Councillors Adams, Brown and Clarke\nAGAINST: Nil\nABSTAIN: Nil",
     {"in_favour": 3, "against": 0, "abstentions": 0}),
    ("FOR (5): Crs Smith, Jones, Brown, White and Green AGAINST (2): Crs Black and Grey",
     {"in_favour": 5, "against": 2}),
    ("Voting: For - Councillors A Smith, B Jones; Against - Councillor C Brown; Abstain - none.",
     {"in_favour": 2, "against": 1, "abstentions": 0}),
    ("For: Councillors Adams, Brown,\nClarke and Davies\nAgainst: Councillor Evans (1)\nAbstentions: 0",
     {"in_favour": 4, "against": 1, "abstentions": 0}),
    ("In favour: 9\nAgainst: 3\nAbstained: 1", {"in_favour": 9, "against": 3, "abstentions": 1}),
    ("Ayes: Cllr Hughes, Cllr Rees and Cllr Price (3)\nNoes: Cllr Morgan", {"in_favour": 3, "against": 1}),
    # surnames without a title count in a block of two or more tallies
    ("FOR: Smith, Jones and Brown\nAGAINST: White", {"in_favour": 3, "against": 1}),
    ("FOR: Councillor Smith", {"in_favour": 1}),
])
def test_tallies_are_counted(text, want):
    assert tally_counts(text) == want


@pytest.mark.parametrize("text", [
    "The council is for: housing, jobs and growth.",
    "Members voted for - and against - the motion in equal numbers.",
    "For information: the report sets out the options considered by officers.",
    "Against: the advice of officers, members agreed to defer the item.",
    "Report to: Cabinet\nFor: Decision\nWards affected: All",  # a report's header, not a vote
    "For: Decision and Information",
])
def test_prose_is_not_a_tally(text):
    assert tally_counts(text) == {}
    assert tally_blocks(text) == []


def test_a_list_ends_with_its_line_unless_it_wraps():
    block = "FOR: Councillors Adams and Brown\n13. Planning applications"
    assert tally_counts(block) == {"in_favour": 2}
    (found,) = tally_blocks("RESOLVED that X.\n" + block)
    assert found.text == "FOR: Councillors Adams and Brown"


def test_a_block_goes_to_the_decision_it_stands_closest_to():
    statements = [(0, 100), (400, 500)]
    just_after_first = Block(105, 180, "after first")
    just_before_second = Block(300, 390, "before second")
    far_from_both = Block(200, 220, "alone")
    got = nearest([just_after_first, just_before_second], statements)
    assert got == {0: "after first", 1: "before second"}
    assert nearest([far_from_both], statements, gap=50) == {}


BUDGET = [("12.", 72), ("Budget 2024/25", 110, {"top": 72.0, "bold": True}), ""]


def _votes(lines):
    return [(r.text, r.votes.model_dump(exclude_none=True) if r.votes else None)
            for r in find_resolutions(make_ctx(lines))]


def test_a_recorded_vote_after_the_decision():
    lines = BUDGET + ["RESOLVED that the budget for 2024/25 be approved as set out in the report.", "",
                      "A recorded vote was taken:", "FOR: Councillors Adams, Brown, Clarke and Davies (4)",
                      "AGAINST: Councillor Evans", "ABSTAIN: Nil", "",
                      ("13.", 72), ("Planning", 110, {"top": 254.0, "bold": True})]
    assert _votes(lines) == [("that the budget for 2024/25 be approved as set out in the report.",
                              {"in_favour": 4, "against": 1, "abstentions": 0})]


def test_a_recorded_vote_before_the_decision_and_one_for_the_next():
    lines = BUDGET + ["Upon a recorded vote being taken, the voting was as follows:",
                      "For: Councillors Adams, Brown and Clarke", "Against: Councillors Davies and Evans",
                      "Abstain: None", "",
                      "RESOLVED that the budget for 2024/25 be approved as set out in the report.", "",
                      ("13.", 72), ("Council tax", 110, {"top": 198.0, "bold": True}), "",
                      "For: Councillors Adams and Brown", "Against: Councillors Clarke, Davies and Evans", "",
                      "RESOLVED that the council tax increase be rejected."]
    assert _votes(lines) == [
        ("that the budget for 2024/25 be approved as set out in the report.",
         {"in_favour": 3, "against": 2, "abstentions": 0}),
        ("that the council tax increase be rejected.", {"in_favour": 2, "against": 3}),
    ]


@pytest.mark.parametrize("text,want", [
    ("For 5 Against 0 Abstain 1", {"in_favour": 5, "against": 0, "abstentions": 1}),
    ("Vote: FOR 7 AGAINST 1 ABSTAIN 0", {"in_favour": 7, "against": 1, "abstentions": 0}),
    ("(For 5 Against 2)", {"in_favour": 5, "against": 2}),
    ("5 For 2 Against", {"in_favour": 5, "against": 2}),  # number first: the vote wording's, as before
    ("For 5 members of the public spoke.", None),
])
def test_counts_printed_label_first_without_a_colon(text, want):
    from minutebook.extract.clauses.actions import votes_of

    # "For 5 Against 0": the 5 is the for-count; read number first it would be five against (as it was).
    got = votes_of(text)
    assert (got.model_dump(exclude_none=True) if got else None) == want
