"""Screens: the words a group of Matcher patterns needs, checked before matching so that a doc that cannot hold
any of them is not matched. A screen may let through a doc with no match; it must never turn away one with a
match, so the phrases and entities are those of matching everything."""
from __future__ import annotations

import pytest
from spacy.matcher import Matcher
from spacy.pipeline import EntityRuler
from spacy.tokens import Span
from spacy.util import filter_spans

from minutebook.extract.clauses import nlp as N
from minutebook.extract.clauses import patterns as P

#: Real sentences from the corpora (each holds time or vote wording, or nearly does), and near misses.
SENTENCES = [
    "All purchases must be completed\nby May 14, 2010 and invoices must be submitted to the MIEMSS for\n"
    "reimbursement by May 21, 2010.",
    "President: “All in favor say “AYE” “AYE”, All apposed “NAY”, the\nmotion carries, this item has been approved”.",
    "These are\nmatching funds and require that the City provide a one-for-one\nmatch before State funds are made "
    "available.",
    "Noted that a format for the risk assessment has been agreed and that Cllrs Lester and Hunt would\ncarry out "
    "the assessment in the spring.",
    "In April 2011, the GF balance was\n5700.",
    "Cllr O’Leary to confirm at the October meeting.",
    "Resolved, proposed Cllr Atkins, Seconded Cllr Morris.",
    "Unanimously agreed.\n108.",
    "Agreed by a majority.",
    "The Garden Waste Skip will be provided seven times even though the\nfirst one did not arrive until May.",
    "The City Council has adopted a policy that regular meetings shall not continue beyond 11:00 p.m. unless\n"
    "extended by a majority of the City Council.",
    "(For: 5, Against: 3, Abstentions: 1)",
    "that the application be refused (by 6 votes to 3)",
    "The motion was carried 6-3.",
    "to ask the clerk to write to the owner of the land.",  # no time or vote wording at all
    "to note the report",
    "Vote: 4 for",  # a number and "for", but the count comes first: no tally label
    # vote wording from the clause rules' table (test_actions.py)
    "proposed Cllr Atkins, Seconded Cllr Morris. Unanimously agreed.",
    "Proposed by Councillor Smith and seconded by Cllr M. Jones, the motion was carried by a majority.",
    "The council unanimously RESOLVED to adopt the budget",
    "seven votes for, three against",
    "(Vote: 8 for, 1 against, 2 abstentions)",
    "with 7 members voting in favour, 2 against",
]


def _one_matcher_phrases(doc) -> list[tuple[str, int, int]]:
    """What the phrases were before the screens: one Matcher over every time and vote pattern."""
    matcher = Matcher(doc.vocab, validate=True)
    for label, pats in {**P.TIME_PATTERNS, **P.VOTE_PATTERNS}.items():
        matcher.add(label, pats, greedy="LONGEST")
    spans = [Span(doc, s, e, label=m) for m, s, e in matcher(doc)]
    time = filter_spans([s for s in spans if s.label_ in P.TIME_PATTERNS])
    votes = [s for s in spans if s.label_ not in P.TIME_PATTERNS]
    return [(s.label_, s.start, s.end) for s in sorted(time + votes, key=lambda s: (s.start, -s.end))]


@pytest.mark.parametrize("text", SENTENCES)
def test_screened_phrases_are_those_of_one_matcher_over_every_pattern(text):
    doc = N.get_nlp()(text)
    assert [(s.label_, s.start, s.end) for s in doc._.phrases] == _one_matcher_phrases(doc)


def _entity_ruler_alone(text: str) -> list[tuple[str, int, int]]:
    """What the entities were before the screens: spaCy's EntityRuler over every owner and date pattern."""
    nlp = N.build_nlp()
    ruler = EntityRuler(nlp, "ruler", validate=True)
    ruler.add_patterns(P.OWNER_PATTERNS + P.DATE_PATTERNS)
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "minutebook_entities_v1":
            break
        doc = component(doc)
    return [(e.label_, e.start, e.end) for e in ruler(doc).ents]


#: Spans that two labels' patterns both match ("Cllr Council" is a titled name and a capitalised body): the
#: whole ruler decides which label wins, as it always did.
AMBIGUOUS = ["to write to Cllr Council", "Mr Council", "to ask Mayor Board", "Cllr Cabinet"]


@pytest.mark.parametrize("text", SENTENCES + AMBIGUOUS + [
    "to ask the leader of the council to respond", "to invite Mrs Phyllis Harrison, 8 Staines Green",
    "to refer it to the Planning Sub-Committee", "held on 11th April 2012 and", "by 31/03/2021 at",
])
def test_screened_entities_are_those_of_the_entity_ruler_alone(text):
    doc = N.get_nlp()(text)
    assert [(e.label_, e.start, e.end) for e in doc.ents] == _entity_ruler_alone(text)


VOTE_SCREEN = N.Screen.of([pattern for pats in P.VOTE_PATTERNS.values() for pattern in pats])
TIME_SCREEN = N.Screen.of([pattern for pats in P.TIME_PATTERNS.values() for pattern in pats])


@pytest.mark.parametrize("text", SENTENCES)
def test_a_screen_never_turns_away_a_doc_its_patterns_match(text):
    doc = N.get_nlp()(text)
    labels = {p.label for p in N.parse(text).phrases}
    if labels & set(P.VOTE_PATTERNS):
        assert VOTE_SCREEN.admits(N.Words.of(doc))
    if labels & set(P.TIME_PATTERNS):
        assert TIME_SCREEN.admits(N.Words.of(doc))


@pytest.mark.parametrize("text,votes,time", [
    ("to note the report", False, False),
    ("to ask the clerk to write to 3 residents", False, False),  # a number, but no word a count goes with
    ("Cllr O’Leary to confirm at the October meeting.", False, True),
    ("to report back by the end of the year", False, True),
    ("The Garden Waste Skip will be provided seven times", False, False),  # a number word alone
    ("to report by Friday", False, False),  # "by" and a day, but no date
    ("Unanimously agreed.", True, False),
    ("with 7 members voting in favour, 2 against", True, False),
    ("The motion was carried 6-3.", True, False),
    ("proposed Cllr Atkins", True, False),
])
def test_a_screen_turns_away_a_doc_without_the_words_its_patterns_need(text, votes, time):
    words = N.Words.of(N.get_nlp()(text))
    assert (VOTE_SCREEN.admits(words), TIME_SCREEN.admits(words)) == (votes, time)


@pytest.mark.parametrize("op,required", [
    (None, True), ("+", True), ("{2}", True), ("{1,4}", True), ("{1,}", True),
    ("?", False), ("*", False), ("!", False), ("{0,2}", False), ("{,3}", False),
])
def test_which_pattern_tokens_must_match(op, required):
    assert N._required(op) is required


def test_every_time_and_vote_pattern_needs_a_word():
    """A pattern that names no word would let every text through its group's screen (slower, not wrong)."""
    for label, pats in {**P.TIME_PATTERNS, **P.VOTE_PATTERNS}.items():
        for pattern in pats:
            assert any(N._required(spec.get("OP")) and N._need(spec) for spec in pattern), (label, pattern)


@pytest.mark.parametrize("text,whole", [(text, True) for text in AMBIGUOUS] + [
    ("that the clerk write to the owner", False), ("to ask Cllr Smith", False), ("held on 11th April 2012", False),
])
def test_a_span_two_labels_match_is_left_to_the_whole_ruler(text, whole, monkeypatch):
    nlp = N.build_nlp()
    entities = nlp.get_pipe("minutebook_entities_v1")
    asked = []
    monkeypatch.setattr(entities.ruler, "match", lambda doc: asked.append(doc.text) or [])
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "minutebook_entities_v1":
            break
        doc = component(doc)
    entities(doc)
    assert bool(asked) is whole
