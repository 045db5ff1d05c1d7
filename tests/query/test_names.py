"""Council and body names normalised for grouping (query/names.py), and the index columns that use them."""
from __future__ import annotations

import pytest

from minutebook.query.index import connect, index_records
from minutebook.query.names import council_of, normalise


@pytest.mark.parametrize("printed, grouped", [
    # Names as the corpora's title blocks print them.
    ("HERTINGFORDBURY PARISH COUNCIL", "Hertingfordbury Parish Council"),
    ("Hertingfordbury Parish Council", "Hertingfordbury Parish Council"),
    ("Scrutiny committee", "Scrutiny Committee"),
    ("Overview and Scrutiny Committee", "Overview and Scrutiny Committee"),
    ("MANORDEILO & SALEM COMMUNITY COUNCIL", "Manordeilo & Salem Community Council"),
    ("CYNGOR CYMUNED MANORDEILO A SALEM", "Cyngor Cymuned Manordeilo a Salem"),
    ("COUNCIL OF THE CITY OF WINNIPEG", "Council of the City of Winnipeg"),
    ("Lincoln Square Special Service Area #21", "Lincoln Square Special Service Area #21"),
    ("Scrutiny Committee (Environment and Regeneration)", "Scrutiny Committee (Environment and Regeneration)"),
    # An acronym in a mixed-case name stays as printed; stray spaces and edge punctuation go.
    ("  Lincoln Square SSA   Commission - ", "Lincoln Square SSA Commission"),
    ("KING'S LYNN COUNCIL", "King's Lynn Council"),
    ("", None),
    (None, None),
])
def test_names_group_whatever_case_they_were_printed_in(printed, grouped):
    assert normalise(printed) == grouped


@pytest.mark.parametrize("body, council", [
    ("Milburn Parish Council", "Milburn Parish Council"),
    ("TINTERN COMMUNITY COUNCIL", "Tintern Community Council"),
    ("Council of the City of Winnipeg", "Council of the City of Winnipeg"),
    # Near misses: a committee, or a council that does not say which.
    ("Cabinet", None),
    ("Council", None),
    ("City Council", None),
    ("Full Council", None),
    ("Scrutiny Committee", None),
    ("BOARD OF ESTIMATES", None),
])
def test_a_body_is_its_own_council_only_when_its_name_says_which(body, council):
    assert council_of(body) == council


def _records():
    def pack(key, body, council=None):
        return {"record_type": "pack", "id": f"{key}/pack", "body": body, "council": council,
                "source": {"file": f"{key}.pdf", "sha256": key * 6}}

    def resolution(key, n, body=None):
        return {"record_type": "resolution", "id": f"{key}/resolution/{n}", "pack_id": f"{key}/pack",
                "text": "that the precept be set", "meeting": {"body": body, "date": "2021-01-01"},
                "source": {"file": f"{key}.pdf", "pages": [1]}}

    return [
        pack("aaaaaaaaaaaa", "HERTINGFORDBURY PARISH COUNCIL"), resolution("aaaaaaaaaaaa", 1),
        pack("bbbbbbbbbbbb", "Hertingfordbury Parish Council"),
        resolution("bbbbbbbbbbbb", 1, "Hertingfordbury Parish Council"),
        pack("cccccccccccc", "Cabinet", "DOVER DISTRICT COUNCIL"), resolution("cccccccccccc", 1, "Cabinet"),
        pack("dddddddddddd", "Council"), resolution("dddddddddddd", 1),
    ]


def test_index_gives_decisions_a_council_and_one_spelling_per_body(tmp_path):
    conn = connect(tmp_path / "corpus.db")
    index_records(conn, _records())
    rows = {r["id"].split("/")[0]: tuple(r) for r in conn.execute(
        "SELECT id, body, body_normalised, council, council_normalised FROM resolutions")}
    assert rows == {
        # the printed body is kept (here the record has none: it is its pack's)
        "aaaaaaaaaaaa": ("aaaaaaaaaaaa/resolution/1", "HERTINGFORDBURY PARISH COUNCIL", "Hertingfordbury Parish Council", None,
                         "Hertingfordbury Parish Council"),
        "bbbbbbbbbbbb": ("bbbbbbbbbbbb/resolution/1", "Hertingfordbury Parish Council",
                         "Hertingfordbury Parish Council", None, "Hertingfordbury Parish Council"),
        "cccccccccccc": ("cccccccccccc/resolution/1", "Cabinet", "Cabinet", "DOVER DISTRICT COUNCIL",
                         "Dover District Council"),
        "dddddddddddd": ("dddddddddddd/resolution/1", "Council", "Council", None, None),
    }
    groups = conn.execute("SELECT council_normalised, count(*) FROM packs GROUP BY 1 ORDER BY 1").fetchall()
    assert [tuple(g) for g in groups] == [
        (None, 1), ("Dover District Council", 1), ("Hertingfordbury Parish Council", 2)]
    conn.close()
