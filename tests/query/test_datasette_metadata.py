"""docs/datasette-metadata.json must name tables and columns the index really has."""
from __future__ import annotations

import json
from pathlib import Path

from minutebook.query.index import connect

METADATA = Path(__file__).resolve().parents[2] / "docs" / "datasette-metadata.json"


def test_metadata_names_real_tables_columns_and_search_indexes(tmp_path):
    conn = connect(tmp_path / "minutebook.db")
    tables = json.loads(METADATA.read_text(encoding="utf-8"))["databases"]["minutebook"]["tables"]
    existing = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert set(tables) <= existing
    for name, config in tables.items():
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({name})")}
        facets = [f if isinstance(f, str) else next(iter(f.values())) for f in config.get("facets", [])]
        named = facets + [config[k] for k in ("sort", "sort_desc", "label_column") if k in config]
        assert set(named) <= columns, (name, set(named) - columns)
        if "fts_table" in config:
            assert config["fts_table"] in existing
            sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (config["fts_table"],)).fetchone()[0]
            assert f'content="{name}"' in sql
    conn.close()
