"""The index opens in Datasette (a dev dependency) with full-text search found on its own.

No metadata file and an ordinary database name: Datasette must detect each FTS table from its declaration,
as it does for a sqlite-utils database. Requests go through Datasette's in-process client (no network).
"""
from __future__ import annotations

import asyncio

import pytest

from minutebook.query.index import connect, index_records
from minutebook.query.load import read_records

from query_helpers import BOROUGH_B, PARISH_A

datasette_app = pytest.importorskip("datasette.app")


@pytest.fixture
def corpus_db(tmp_path):
    path = tmp_path / "corpus.db"
    conn = connect(path)
    index_records(conn, read_records([PARISH_A, BOROUGH_B]))
    conn.close()
    return path


def _get_json(db, url: str) -> dict:
    async def fetch():
        ds = datasette_app.Datasette([str(db)])
        response = await ds.client.get(url)
        assert response.status_code == 200, response.text
        return response.json()

    return asyncio.run(fetch())


@pytest.mark.parametrize("table, word, expected", [
    ("resolutions", "precept", 1),
    ("recommendations", "retrofit", 2),
])
def test_search_box_works_without_metadata_whatever_the_file_is_called(corpus_db, table, word, expected):
    everything = _get_json(corpus_db, f"/corpus/{table}.json?_shape=objects")
    found = _get_json(corpus_db, f"/corpus/{table}.json?_search={word}&_shape=objects")
    assert len(everything["rows"]) > len(found["rows"]) == expected
    assert all(word in row["text"].lower() for row in found["rows"])


def test_datasette_names_each_tables_search_index(corpus_db):
    async def fts_tables():
        ds = datasette_app.Datasette([str(corpus_db)])
        db = ds.get_database("corpus")
        return {t: await db.fts_table(t) for t in ("resolutions", "recommendations", "pages")}

    assert asyncio.run(fts_tables()) == {
        "resolutions": "resolutions_fts", "recommendations": "recommendations_fts", "pages": "pages_fts",
    }
