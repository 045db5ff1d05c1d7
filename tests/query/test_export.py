from __future__ import annotations

import csv
import io
import json

import pytest

from minutebook.models.errors import BadQuery
from minutebook.query.index import connect, index_records
from minutebook.query.load import read_records
from minutebook.query.output import export, write_hits
from minutebook.query.search import search

from query_helpers import BOROUGH_B, FIXTURES, PARISH_A, read_jsonl


@pytest.fixture
def db(tmp_path):
    conn = connect(tmp_path / "m.db")
    index_records(conn, read_records([FIXTURES]))
    yield conn
    conn.close()


def test_csv_quotes_commas_quotes_and_line_breaks(db):
    out = io.StringIO()
    assert export(db, "resolution", "csv", out) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    by_id = {r["id"]: r for r in rows}
    original = next(r for r in read_jsonl(BOROUGH_B) if r["record_type"] == "resolution")
    # The text holds a comma, double quotes and a newline; it must come back exactly.
    assert by_id[original["id"]]["text"] == original["text"]
    assert by_id[original["id"]]["item_title"] == "Warm Homes, retrofit"
    assert json.loads(by_id[original["id"]]["clauses"]) == original["clauses"]
    assert "record" not in rows[0]
    assert [r["id"] for r in rows] == sorted(by_id)


def test_jsonl_export_gives_the_records_as_indexed(db):
    out = io.StringIO()
    export(db, "resolution", "jsonl", out)
    exported = {r["id"]: r for r in map(json.loads, out.getvalue().splitlines())}
    for original in read_jsonl(BOROUGH_B):
        if original["record_type"] == "resolution":
            assert exported[original["id"]] == original
    out = io.StringIO()
    export(db, "pack", "jsonl", out)
    packs = {r["id"]: r for r in map(json.loads, out.getvalue().splitlines())}
    # the folder is read in path order, so the copy (parish-a-copy.jsonl) is seen first
    assert packs["aaaaaaaaaaaa/pack"]["files"] == ["minutes-march.pdf", "hollow-parish-2021-03-02.pdf"]


def test_export_by_table_name_and_unknown_type(db):
    out = io.StringIO()
    assert export(db, "errors", "csv", out) == 2
    assert {r["record_type"] for r in csv.DictReader(io.StringIO(out.getvalue()))} == {"error", "warning"}
    with pytest.raises(BadQuery, match="no table"):
        export(db, "attendance", "csv", io.StringIO())
    with pytest.raises(BadQuery, match="unknown format"):
        export(db, "resolution", "xlsx", io.StringIO())


def test_search_hits_as_csv_and_json(db):
    hits = search(db, "retrofit")
    out = io.StringIO()
    write_hits(hits, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["id"] for r in rows] == [h.id for h in hits]
    assert rows[0]["text"] == hits[0].text  # multi-line text survives the CSV round trip
    out = io.StringIO()
    write_hits(hits, "json", out)
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == [h.id for h in hits]


def test_table_output_for_people(db):
    hits = search(db, "precept", types=("resolution",))
    out = io.StringIO()
    write_hits(hits, "table", out)
    text = out.getvalue()
    assert text.splitlines()[0].split() == ["1.", "resolution", "2021-03-02", "Hollow", "Parish", "Council",
                                             "item", "21/15", "Precept"]
    assert "p.2" in text and "**precept**" in text


def test_index_of_pack_a_only_has_no_borough(tmp_path):
    conn = connect(tmp_path / "a.db")
    index_records(conn, read_records([PARISH_A]))
    assert search(conn, "housing") == []
    conn.close()


def test_recommendation_csv_puts_body_text_owner_first_and_ids_last(db):
    out = io.StringIO()
    export(db, "recommendation", "csv", out)
    header = out.getvalue().splitlines()[0].split(",")
    assert header[:3] == ["body", "text", "owner"]
    assert header[-1].endswith("_id") or header[-1] in ("id", "record_type", "schema_version", "sha256")
    assert header.index("id") > header.index("page")


def test_a_clause_recommendation_row_has_its_resolutions_item_and_body(db):
    out = io.StringIO()
    export(db, "recommendation", "csv", out)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    clause = rows["aaaaaaaaaaaa/recommendation/m2021-03-02-21-14-1-1"]  # the record carries no item
    assert (clause["item_number"], clause["item_title"]) == ("21/14", "Village hall heating")
    assert clause["body"] == "Hollow Parish Council"


def test_bom_for_excel(db):
    out = io.StringIO()
    export(db, "resolution", "csv", out, bom=True)
    assert out.getvalue().startswith("\ufeffbody,text,")
    assert "£12,000" in out.getvalue()
