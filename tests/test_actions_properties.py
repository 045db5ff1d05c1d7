"""Property tests: the clause rules take any text without raising and keep to the closed vocabularies."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from minutebook.extract.actions import analyse_clause, votes_of
from minutebook.models import Category

WORDS = st.sampled_from(["to", "not", "that", "the", "clerk", "be", "approved", "ask", "cabinet", "by", "31",
                         "March", "2021", "next", "meeting", "proposed", "Cllr", "Smith", "seconded", ",", ".",
                         ";", ":", "(a)", "•", "\n", "unanimously", "agreed", "7", "in", "favour", "refer",
                         "Council", "within", "days", "minutes", "noted", "T H A T"])
TEXTS = st.one_of(st.text(max_size=120), st.lists(WORDS, max_size=30).map(" ".join))


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.one_of(st.none(), TEXTS), st.one_of(st.none(), TEXTS))
def test_any_text_gives_fields_in_the_vocabularies(text, lead_in, subject):
    got = analyse_clause(text, lead_in=lead_in, meeting_date="2021-03-18", subject=subject)
    assert got.category is None or got.category in {c.value for c in Category}
    assert (got.action is None) == (got.category is None)
    assert got.due is None or (len(got.due) == 10 and got.due[4] == "-")
    assert not (got.due and got.due_text)


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_votes_never_invent_zero_counts(text):
    votes = votes_of(text)
    if votes is not None:
        assert any(v is not None for v in votes.model_dump().values())
