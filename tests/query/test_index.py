from __future__ import annotations

import json
import sqlite3
from collections import Counter

import pytest

from minutebook.models.errors import LoadError, NotAnIndex
from minutebook.query.index import connect, counts, index_records
from minutebook.query.load import read_records

from query_helpers import BOROUGH_B, FIXTURES, PARISH_A, PARISH_A_COPY, read_jsonl, write_sample_output


@pytest.fixture
def db(tmp_path):
    conn = connect(tmp_path / "m.db")
    yield conn
    conn.close()


def dump(conn: sqlite3.Connection) -> list:
    """Every row of every table and full-text index, to compare two states of a database."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    return [(n, sorted(map(tuple, conn.execute(f"SELECT rowid, * FROM {n}")))) for n in names
            if not n.endswith(("_data", "_idx", "_docsize", "_config"))]


def test_records_land_in_their_tables(db, tmp_path):
    sample_out = write_sample_output(tmp_path)
    read = index_records(db, read_records([FIXTURES, sample_out]))
    in_sample = Counter(r["record_type"] for r in read_jsonl(sample_out))
    held = counts(db)
    # Three packs: two invented ones and the real sample; the fixture's copy of pack A is the same pack.
    assert held["packs"] == 3
    assert held["pages"] == in_sample["page"] > 0
    # The hand-written fixtures hold 1 meeting, 2 minute items, 3 resolutions, 3 recommendations, a warning
    # and an error; the real sample adds whatever the pipeline finds in it.
    assert held["meetings"] == 1 + in_sample["meeting"]
    assert held["minute_items"] == 2 + in_sample["minute_item"]
    assert held["resolutions"] == 3 + in_sample["resolution"]
    assert held["recommendations"] == 3 + in_sample["recommendation"]
    assert held["errors"] == 2 + in_sample["warning"] + in_sample["error"]
    assert held["other_records"] == 1
    # pack A's two resolutions were read twice, once per file name
    assert read["resolutions"] == 5 + in_sample["resolution"]


def test_named_columns_come_from_the_contract_fields(db):
    index_records(db, read_records([PARISH_A]))
    r = db.execute("SELECT * FROM resolutions WHERE id = 'aaaaaaaaaaaa/resolution/m2021-03-02-21-14-1'").fetchone()
    assert (r["body"], r["meeting_date"], r["item_number"], r["item_title"]) == (
        "Hollow Parish Council", "2021-03-02", "21/14", "Village hall heating")
    assert (r["file"], r["page"], r["printed_page"], r["unanimous"]) == ("hollow-parish-2021-03-02.pdf", 1, "1", 1)
    assert json.loads(r["clauses"])[1] == "to refer the retrofit grant application to the finance committee"
    assert r["meeting_id"] == "aaaaaaaaaaaa/meeting/1"


def test_the_whole_record_is_kept_including_unknown_fields(db):
    index_records(db, read_records([PARISH_A]))
    stored = {r["id"]: json.loads(r["record"]) for t in ("other_records", "resolutions")
              for r in db.execute(f"SELECT id, record FROM {t}")}
    for original in read_jsonl(PARISH_A):
        if original["id"] in stored:
            assert stored[original["id"]] == original
    other = stored["aaaaaaaaaaaa/attendance/1"]
    assert other["future_field"] == {"nested": [1, 2, 3]} and other["record_type"] == "attendance"


def test_reindexing_the_same_output_changes_nothing(db, tmp_path):
    inputs = [FIXTURES, write_sample_output(tmp_path)]
    index_records(db, read_records(inputs))
    before = dump(db)
    fts_before = db.execute("SELECT count(*) FROM resolutions_fts WHERE resolutions_fts MATCH 'retrofit'").fetchone()
    index_records(db, read_records(inputs))
    assert dump(db) == before
    fts_after = db.execute("SELECT count(*) FROM resolutions_fts WHERE resolutions_fts MATCH 'retrofit'").fetchone()
    assert tuple(fts_after) == tuple(fts_before) == (2,)


def test_same_pdf_under_two_names_is_one_pack_with_both_names(db):
    index_records(db, read_records([PARISH_A]))
    index_records(db, read_records([PARISH_A_COPY]))
    rows = db.execute("SELECT files, record FROM packs WHERE sha256 = ?", ("a" * 64,)).fetchall()
    assert len(rows) == 1
    assert json.loads(rows[0]["files"]) == ["hollow-parish-2021-03-02.pdf", "minutes-march.pdf"]
    assert json.loads(rows[0]["record"])["files"] == ["hollow-parish-2021-03-02.pdf", "minutes-march.pdf"]
    # and indexing either again keeps both
    index_records(db, read_records([PARISH_A]))
    assert json.loads(db.execute("SELECT files FROM packs").fetchone()[0]) == [
        "hollow-parish-2021-03-02.pdf", "minutes-march.pdf"]


def test_a_changed_record_replaces_its_row_and_its_text_index(db):
    index_records(db, read_records([BOROUGH_B]))
    record = next(r for r in read_jsonl(BOROUGH_B) if r["record_type"] == "resolution")
    index_records(db, [dict(record, text="to defer the decision on the leisure centre.")])
    assert db.execute("SELECT count(*) FROM resolutions").fetchone()[0] == 1
    match = "SELECT count(*) FROM resolutions_fts WHERE resolutions_fts MATCH ?"
    assert db.execute(match, ("leisure",)).fetchone()[0] == 1
    assert db.execute(match, ("warm",)).fetchone()[0] == 0


def test_foreign_keys_are_declared(db):
    refs = {(r["from"], r["table"]) for r in db.execute("PRAGMA foreign_key_list(recommendations)")}
    assert ("resolution_id", "resolutions") in refs and ("pack_id", "packs") in refs
    refs = {(r["from"], r["table"]) for r in db.execute("PRAGMA foreign_key_list(minute_items)")}
    assert ("meeting_id", "meetings") in refs


def test_a_line_that_is_not_json_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(PARISH_A.read_text(encoding="utf-8").splitlines()[0] + "\n{\"record_type\": \"pa\n")
    with pytest.raises(LoadError, match=r"bad\.jsonl:2: not JSON"):
        list(read_records([bad]))


def test_objects_that_are_not_records_are_counted_and_skipped(db, tmp_path):
    mixed = tmp_path / "out.jsonl"
    mixed.write_text('{"files": 3, "ok": 3}\n{"record_type": "resolution", "text": "x"}\n'
                     + BOROUGH_B.read_text(encoding="utf-8"))
    read = index_records(db, read_records([mixed]))
    assert read["skipped"] == 2 and read["resolutions"] == 1
    (tmp_path / "list.jsonl").write_text("[1, 2]\n")
    with pytest.raises(LoadError, match=r"list\.jsonl:1: not a JSON object"):
        list(read_records([tmp_path / "list.jsonl"]))


def test_a_missing_input_is_an_error(tmp_path):
    with pytest.raises(LoadError, match="no such file"):
        list(read_records([tmp_path / "nope"]))


def test_a_database_of_another_layout_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAnIndex, match="not a minutebook index"):
        connect(path)
    with pytest.raises(NotAnIndex, match="no such database"):
        connect(tmp_path / "missing.db", create=False)
    (tmp_path / "junk.db").write_bytes(b"this is not sqlite at all, not even close" * 100)
    with pytest.raises(NotAnIndex, match="not an SQLite database"):
        connect(tmp_path / "junk.db")


def test_a_new_output_of_a_pack_drops_the_rows_it_no_longer_has(db):
    index_records(db, read_records([PARISH_A]))
    gone = "aaaaaaaaaaaa/resolution/m2021-03-02-21-15-1"
    newer = [r for r in read_jsonl(PARISH_A) if r["id"] != gone]
    read = index_records(db, newer)
    assert read["pruned"] == 1
    assert db.execute("SELECT count(*) FROM resolutions WHERE id = ?", (gone,)).fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM resolutions_fts WHERE resolutions_fts MATCH 'precept'").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM resolutions").fetchone()[0] == 1
    # records of other packs, and records given without their pack record, are never pruned
    index_records(db, read_records([BOROUGH_B]))
    index_records(db, [r for r in read_jsonl(PARISH_A) if r["id"] == gone])
    assert db.execute("SELECT count(*) FROM resolutions").fetchone()[0] == 3


def test_keep_stale_keeps_rows_a_new_output_lacks(db):
    index_records(db, read_records([PARISH_A]))
    newer = [r for r in read_jsonl(PARISH_A) if r["record_type"] != "resolution"]
    read = index_records(db, newer, prune=False)
    assert read["pruned"] == 0
    assert db.execute("SELECT count(*) FROM resolutions").fetchone()[0] == 2
