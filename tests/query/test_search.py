from __future__ import annotations

import pytest

from minutebook.models.errors import BadQuery
from minutebook.query.index import connect, index_records
from minutebook.query.load import read_records
from minutebook.query.search import Filters, date_bound, fts_query, search

from query_helpers import FIXTURES, read_jsonl, write_sample_output


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("search")
    conn = connect(folder / "m.db")
    index_records(conn, read_records([FIXTURES, write_sample_output(folder)]))
    yield conn
    conn.close()


def ids(hits):
    return [h.id for h in hits]


def test_ranking_puts_the_record_that_is_most_about_the_words_first(db):
    hits = search(db, "housing retrofit", types=("resolution",))
    # Both resolutions mention retrofit; only borough B's is about housing retrofit, three times over.
    assert ids(hits) == ["bbbbbbbbbbbb/resolution/m2019-11-20-7-1"]
    hits = search(db, "retrofit", types=("resolution",))
    assert ids(hits) == ["bbbbbbbbbbbb/resolution/m2019-11-20-7-1", "aaaaaaaaaaaa/resolution/m2021-03-02-21-14-1"]
    assert hits[0].score < hits[1].score  # bm25: lower is better
    assert [h.rank for h in hits] == [1, 2]


def test_words_are_stemmed_and_prefixes_work(db):
    assert ids(search(db, "retrofits", types=("resolution",))) == ids(search(db, "retrofit", types=("resolution",)))
    assert "aaaaaaaaaaaa/resolution/m2021-03-02-21-15-1" in ids(search(db, "prec*", types=("resolution",)))


def test_snippet_marks_the_match(db):
    hit = search(db, "precept", types=("resolution",))[0]
    assert "**precept**" in hit.snippet
    assert search(db, "precept", types=("resolution",), mark=("<b>", "</b>"))[0].snippet.count("<b>precept</b>") == 1


def test_hits_say_when_where_and_which_item_through_the_records_they_point_at(db):
    # This resolution carries no meeting or item itself: they come from its meeting and minute item.
    hit = search(db, "precept", types=("resolution",))[0]
    assert (hit.body, hit.meeting_date, hit.item_number, hit.item_title) == (
        "Hollow Parish Council", "2021-03-02", "21/15", "Precept")
    assert hit.council == "Hollow Parish Council"  # the body names a council
    assert (hit.file, hit.page, hit.printed_page) in {
        ("hollow-parish-2021-03-02.pdf", 2, "2"), ("minutes-march.pdf", 2, "2")}
    # A clause recommendation gets its item from its resolution.
    rec = search(db, "quotes heat pump", types=("recommendation",))[0]
    assert (rec.item_number, rec.action, rec.owner) == ("21/14", "ask", "the clerk")


def test_both_decision_types_by_default(db):
    # borough B's resolution and its report's recommendation both speak of housing
    types = {h.type for h in search(db, "housing")}
    assert types == {"resolution", "recommendation"}


def test_search_lists_a_clause_once_not_as_its_resolution_and_again_as_its_recommendation(db):
    hits = search(db, "retrofit")
    assert ids(hits) == ["bbbbbbbbbbbb/resolution/m2019-11-20-7-1", "aaaaaaaaaaaa/resolution/m2021-03-02-21-14-1"]
    # Asked for recommendations alone, the clauses are there.
    alone = ids(search(db, "retrofit", types=("recommendation",)))
    assert "aaaaaaaaaaaa/recommendation/m2021-03-02-21-14-1-1" in alone
    # A report recommendation has no resolution: it is always listed.
    assert "bbbbbbbbbbbb/recommendation/report-6-1" in ids(search(db, "housing"))


@pytest.mark.parametrize("filters,expected", [
    (Filters(body="borough"), {"bbbbbbbbbbbb/resolution/m2019-11-20-7-1"}),
    (Filters(body="HOLLOW"), {"aaaaaaaaaaaa/resolution/m2021-03-02-21-14-1"}),
    (Filters(since="2020"), {"aaaaaaaaaaaa/resolution/m2021-03-02-21-14-1"}),
    (Filters(until="2019-11"), {"bbbbbbbbbbbb/resolution/m2019-11-20-7-1"}),
    (Filters(since="2019-11-20", until="2019-11-20"), {"bbbbbbbbbbbb/resolution/m2019-11-20-7-1"}),
    (Filters(until="2019-11-19"), set()),
    # A resolution matches an action or owner through its clauses (its recommendation records).
    (Filters(action="refer"), {"aaaaaaaaaaaa/resolution/m2021-03-02-21-14-1"}),
    (Filters(owner="Finance"), {"aaaaaaaaaaaa/resolution/m2021-03-02-21-14-1"}),
    (Filters(action="approve"), set()),
])
def test_filters_on_resolutions(db, filters, expected):
    assert set(ids(search(db, "retrofit", types=("resolution",), filters=filters))) == expected


def test_filters_on_recommendations(db):
    hits = search(db, "retrofit", types=("recommendation",), filters=Filters(action="ASK"))
    assert ids(hits) == ["aaaaaaaaaaaa/recommendation/m2021-03-02-21-14-1-1"]
    hits = search(db, "housing", types=("recommendation",), filters=Filters(owner="cabinet", since="2019"))
    assert ids(hits) == ["bbbbbbbbbbbb/recommendation/report-6-1"]
    assert hits[0].item_title == "Housing allocations policy"  # a report recommendation's topic


def test_page_text_of_a_real_sample_is_searchable(db, tmp_path):
    pages = [r for r in read_jsonl(write_sample_output(tmp_path)) if r["record_type"] == "page"]
    # take a long word from the sample's own text, so the test follows the reader, not a hard-coded answer
    word = max((w.strip(".,:;()") for p in pages for w in p["text"].split() if w.isalpha()), key=len)
    hits = search(db, word, types=("page",))
    assert hits and all(word.lower() in h.text.lower() for h in hits)
    assert {h.page for h in hits} == {p["number"] for p in pages if word.lower() in p["text"].lower()}
    assert hits[0].file == "milburn-pc-minutes-2020-07-14.pdf"


def test_limit(db):
    assert len(search(db, "retrofit", limit=1)) == 1


def test_raw_fts_syntax(db):
    hits = search(db, "precept OR housing", types=("resolution",), raw=True)
    assert len(hits) == 2
    with pytest.raises(BadQuery, match="cannot search"):
        search(db, "precept AND (", raw=True)


def test_punctuation_in_a_plain_query_is_not_fts_syntax(db):
    # Quotes, colons and parentheses would be FTS5 syntax errors if passed through.
    assert ids(search(db, 'precept: "2021/22" (£12,000)', types=("resolution",))) == [
        "aaaaaaaaaaaa/resolution/m2021-03-02-21-15-1"]


@pytest.mark.parametrize("bad", ["", "  ", "--", "***"])
def test_a_query_without_words_is_refused(bad):
    with pytest.raises(BadQuery):
        fts_query(bad)


@pytest.mark.parametrize("value,end,expected", [
    ("2021", False, "2021-01-01"), ("2021", True, "2021-12-31"), ("2021-02", True, "2021-02-31"),
    ("2021-02-04", False, "2021-02-04"),
])
def test_date_bounds(value, end, expected):
    assert date_bound(value, end) == expected


@pytest.mark.parametrize("bad", ["March 2021", "2021-13", "2021-02-30", "21-02-04"])
def test_bad_dates_are_refused(bad):
    with pytest.raises(BadQuery, match="date"):
        date_bound(bad, end=False)


def test_action_does_not_apply_to_pages(db):
    with pytest.raises(BadQuery, match="not pages"):
        search(db, "council", types=("page",), filters=Filters(action="note"))
