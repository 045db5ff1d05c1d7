"""Property tests: the tracker reader, status rules, printed dates and ledger similarity take any text."""
from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from minutebook.query.ledger import similarity
from minutebook.extract.text.dates import find_dates, leading_date
from minutebook.extract.trackers.responses import normalise_status, owner_in
from minutebook.extract.trackers.layout import Entry, Span, clean
from minutebook.extract.trackers.find import read_groups
from minutebook.models.decisions import Status

WORDS = st.sampled_from(["•", "a)", "b)", "17", "September", "2020", "Work", "programme", "ask", "cabinet", "to",
                         "note", "the", "report.", "completed", "all", "Strategy", "team", "take", "forward",
                         "RESOLVED", "Response:", "Status:", "e", "ook", "following:", ";", "and", "Taken", "on"])
TEXT = st.one_of(st.text(max_size=80), st.lists(WORDS, max_size=16).map(" ".join))


def _entry(k: int, words: str, response: str, kind: str) -> Entry:
    box = (0.0, 10.0 * k, 100.0, 10.0 * k + 8)
    spans = [Span(1, clean(line), line, box) for line in words.splitlines() if line.strip()]
    return Entry(page=1, top=10.0 * k, kind=kind, text=spans,
                 response=[Span(1, clean(response), response, box)] if response.strip() else [])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(TEXT, TEXT, st.sampled_from(["row", "para"])), max_size=8))
def test_any_entries_give_groups_of_items_with_text(rows):
    groups = read_groups([_entry(k, *row) for k, row in enumerate(rows)])
    for group in groups:
        assert group.date is None or date.fromisoformat(group.date)
        for item in group.items:
            assert item.text.strip() and item.spans


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_status_and_owner_of_any_response(text):
    assert isinstance(normalise_status(text), Status)
    owner = owner_in(text)
    assert owner is None or owner in text


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_printed_dates_are_real_dates_in_order(text):
    hits = find_dates(text)
    assert [h.start for h in hits] == sorted(h.start for h in hits)
    assert all(a.end <= b.start for a, b in zip(hits, hits[1:]))  # no two overlap
    for hit in hits:
        assert date.fromisoformat(hit.value) and 0 <= hit.start < hit.end <= len(text)
    lead = leading_date(text)
    assert lead is None or date.fromisoformat(lead[0])


@settings(max_examples=150, deadline=None)
@given(TEXT, TEXT)
def test_similarity_is_a_symmetric_share(a, b):
    assert 0.0 <= similarity(a, b) <= 1.0
    assert abs(similarity(a, b) - similarity(b, a)) < 1e-9
