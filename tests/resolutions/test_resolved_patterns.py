"""The resolution rules' data: word lists are lower case and consistent, patterns match what they claim."""
from __future__ import annotations

import re

import pytest

from minutebook.extract.resolutions import patterns as P

WORD_LISTS = {name: value for name, value in vars(P).items() if isinstance(value, frozenset)}


@pytest.mark.parametrize("name", sorted(WORD_LISTS))
def test_word_lists_are_lower_case_words(name):
    for word in WORD_LISTS[name]:
        assert word == word.lower() and word.strip() == word and word, (name, word)


def test_everyday_auxiliaries_never_open_a_decision():
    assert not (P.BE_WORDS & P.OPENERS)
    assert not (P.BE_WORDS & P.ADVERBS)


def test_vote_keys_are_vote_words():
    assert P.VOTE_KEYS <= P.VOTE_WORDS


@pytest.mark.parametrize("text,hits", [
    ("RESOLVED that", 1), ("It was resolved to", 1), ("Resolved, proposed", 1), ("R E S O L V E D that", 1),
    ("unresolved", 0), ("to resolve", 0), ("the resolution", 0), ("resolves", 0), ("irresolved", 0),
])
def test_trigger(text, hits):
    assert len(P.TRIGGER.findall(text)) == hits


@pytest.mark.parametrize("line,marked", [
    ("(a) approve the budget", True), ("b) note the report", True), ("(iv) defer the item", True),
    ("1. That the report be noted", True), ("\u2022 Coopers: \u00a31107.60", True), ("\uf0b7 The clerk", True),
    ("- the clerk to write", True), ("17.03.10 Correspondence", False), ("498. Attendance", False),
    ("\u00a31,000 to the hall", False), ("Income \u00a316,127", False), ("a new bench", False),
])
def test_list_marker(line, marked):
    assert bool(P.LIST_MARKER.match(line)) is marked


@pytest.mark.parametrize("line,signature", [
    ("Signature ______________________________________Dated 2nd May 2017", True),
    ("Chairman _________________________________ Dated __________", True),
    ("Signed Dated", True), ("CHAIR", True), ("The meeting closed at 9.15 pm.", True),
    ("Meeting Closed at 7.45", True), ("The Chairman closed the meeting at 9.05pm", True),
    ("Chairman\u2019s announcements were made.", False), ("The chairman proposed a vote.", False),
])
def test_signature(line, signature):
    assert bool(P.SIGNATURE.search(line)) is signature


@pytest.mark.parametrize("line,heading", [
    ("17.03.10 Correspondence & Emails", True), ("109.2 Reserves. It was RESOLVED", True), ("108. FINANCE", True),
    ("498.  Attendance by Reserve Members", True), ("1.5 million be set aside", False),
    ("12 March 2020 be approved.", False), ("2021/22 budget", False), ("21/124 Planning applications", True),
    ("PC21/045 Finance", True), ("Item 5 \u2013 Finance", True), ("2021/22 Budget 5,000", False),
    ("14/09/16 Coopers Grass 2304.00", False),
])
def test_numbered_heading(line, heading):
    assert bool(P.NUMBERED_HEADING.match(line)) is heading


def test_patterns_compile_and_are_anchored_where_they_must_be():
    for name, value in vars(P).items():
        if isinstance(value, re.Pattern):
            assert value.pattern, name
    assert P.LIST_MARKER.pattern.startswith("^") and P.NUMBERED_HEADING.pattern.startswith("^")
