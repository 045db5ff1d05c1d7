"""Property tests: the clause rules take any text without raising and keep to the closed vocabularies."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from minutebook.extract.clauses.actions import analyse_clause, votes_of
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


LINES = st.lists(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
                         min_size=1, max_size=40).filter(lambda s: s.strip()), min_size=1, max_size=6)


@settings(max_examples=150, deadline=None)
@given(LINES, st.data())
def test_clause_evidence_is_a_piece_of_the_statements_quote(lines, data):
    from minutebook.extract.clauses.evidence import clause_source
    from minutebook.models import Source

    quote = "\n".join(lines)
    boxes = [(1 + n // 3, 10.0, 10.0 * n, 200.0, 10.0 * n + 8) for n in range(len(lines))]
    source = Source(file="x.pdf", sha256="0" * 64, pages=sorted({b[0] for b in boxes}), quote=quote, boxes=boxes)
    a = data.draw(st.integers(0, len(quote) - 1))
    b = data.draw(st.integers(a + 1, len(quote)))
    clause = " ".join(quote[a:b].split())
    if not clause:
        return
    got, found = clause_source(source, clause)
    assert found
    # A clause's list marker ("(a)", "·") is not part of its words: the quote may leave it out.
    from minutebook.extract.clauses.evidence import _MARKER

    words = " ".join(got.quote.split()).lower()
    assert got.quote in quote and words in (clause.lower(), " ".join(_MARKER.sub("", clause).split()).lower())
    assert set(got.pages) <= set(source.pages) and got.pages == sorted({b[0] for b in got.boxes})
    assert all(b in boxes or (b[0], b[2], b[4]) in {(x[0], x[2], x[4]) for x in boxes} for b in got.boxes)
