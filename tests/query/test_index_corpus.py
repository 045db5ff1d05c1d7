"""The index over the real corpus outputs: every pack, page and error lands, search finds pages, export
gives them back. Decision records join here as the later stages emit them; the checks do not depend on them."""
from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter

import pytest

from minutebook.query.index import connect, counts, index_records
from minutebook.query.load import read_records
from minutebook.query.output import export
from minutebook.query.search import search

from conftest import corpus_pdfs
from query_helpers import read_jsonl, write_sample_output

@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus-out")
    for pdf in corpus_pdfs():
        write_sample_output(folder, pdf)
    return folder


def test_corpus_outputs_index_whole_and_idempotently(corpus_out, tmp_path):
    records = [r for f in sorted(corpus_out.glob("*.jsonl")) for r in read_jsonl(f)]
    kinds = Counter(r["record_type"] for r in records)
    conn = connect(tmp_path / "c.db")
    index_records(conn, read_records([corpus_out]))
    held = counts(conn)
    assert held["packs"] == len({r["id"] for r in records if r["record_type"] == "pack"})
    assert held["pages"] == kinds["page"]
    assert held["errors"] == kinds["error"] + kinds["warning"]
    assert held["resolutions"] == kinds["resolution"] and held["recommendations"] == kinds["recommendation"]
    before = counts(conn)
    index_records(conn, read_records([corpus_out]))
    assert counts(conn) == before
    assert conn.execute("SELECT count(*) FROM pages_fts").fetchone()[0] == kinds["page"]
    conn.close()


def test_each_pack_has_a_page_search_finds(corpus_out, tmp_path):
    conn = connect(tmp_path / "c.db")
    index_records(conn, read_records([corpus_out]))
    pages = [r for f in sorted(corpus_out.glob("*.jsonl")) for r in read_jsonl(f) if r["record_type"] == "page"]
    words = {p["id"]: set(re.findall(r"[A-Za-z]{9,}", p["text"])) for p in pages}
    found = 0
    for page in pages[::7]:
        if not words[page["id"]]:
            continue
        word = sorted(words[page["id"]])[0]
        hits = search(conn, word, types=("page",), limit=200)
        assert page["id"] in {h.id for h in hits}, word
        found += 1
    assert found >= 10
    conn.close()


def test_page_export_round_trips(corpus_out, tmp_path):
    """With --raw-csv (for scripts) every page's text comes back as indexed; by default a page whose text
    starts like a spreadsheet formula (a dash, say) gets a leading apostrophe, and only those differ."""
    from minutebook.query.output import safe_cell

    conn = connect(tmp_path / "c.db")
    index_records(conn, read_records([corpus_out]))
    pages = {r["id"]: r for f in corpus_out.glob("*.jsonl") for r in read_jsonl(f) if r["record_type"] == "page"}
    for raw in (True, False):
        out = io.StringIO()
        n = export(conn, "page", "csv", out, raw_csv=raw)
        rows = {r["id"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
        assert n == len(rows) == len(pages)
        expect = (lambda text: text) if raw else safe_cell
        assert all(rows[i]["text"] == expect(p["text"]) and json.loads(rows[i]["furniture"]) == p["furniture"]
                   for i, p in pages.items())
    conn.close()
