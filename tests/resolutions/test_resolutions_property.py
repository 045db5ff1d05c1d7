"""Whatever the minutes say, the stage never crashes, and every record's quote stands on its pages."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from minutebook.extract.resolutions.find import find_resolutions

from resolution_fixtures import make_ctx

PIECES = ["RESOLVED", "Resolved,", "resolved", "It was RESOLVED", "that", "to approve", "the report", "be noted",
          "(a)", "(b)", "\u2022", ":", ";", ".", "-", "Cllr Smith", "proposed", "seconded", "Unanimously agreed.",
          "\u00a340.00", "12.3", "BE IT RESOLVED", "has been resolved", "Signed ____ Dated", "CHAIR", "and"]

line = st.builds(lambda words, x0, full: ((" ".join(words) + ("~" if full else "")) or "x", x0),
                 st.lists(st.sampled_from(PIECES), min_size=1, max_size=8),
                 st.sampled_from([50.0, 72.0, 90.0, 108.0, 300.0]), st.booleans())
page = st.lists(st.one_of(line, st.just("")), min_size=1, max_size=12)


@settings(max_examples=80, deadline=None)
@given(st.lists(page, min_size=1, max_size=3))
def test_any_minutes_give_checked_records(pages):
    for record in find_resolutions(make_ctx(*pages)):
        assert record.source.pages and record.source.quote
        assert record.text == " ".join(record.text.split())
        assert "resolved" in record.source.quote.lower().replace(" ", "")
