"""Load records into the SQLite index: create the tables, upsert by id, keep every file name of a pack.

Re-indexing the same output changes nothing (a row whose record is unchanged is not rewritten, so the
full-text indexes do not churn); a record whose content changed replaces its row. The same PDF under two
names is one pack (same sha256, same ids) whose `files` lists both names.
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .errors import NotAnIndex
from .tables import BY_NAME, LAYOUT_VERSION, Table, ddl, row, table_for


def connect(db: str | Path, create: bool = True) -> sqlite3.Connection:
    """Open (and, with `create`, set up) an index. Raises NotAnIndex for a file that is not our index."""
    if not create and not Path(db).is_file():
        raise NotAnIndex(f"{db}: no such database; build it with `minutebook index OUT... --db {db}`")
    conn = sqlite3.connect(str(db))
    conn.row_factory = sqlite3.Row
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise NotAnIndex(f"{db}: not an SQLite database ({exc})") from exc
    if version == 0 and not tables:
        if create:
            # One transaction (sqlite3 would commit each CREATE on its own, a disk sync apiece).
            conn.executescript(
                "BEGIN;\n" + ";\n".join(ddl()) + f";\nPRAGMA user_version = {LAYOUT_VERSION};\nCOMMIT;"
            )
        else:
            conn.close()
            raise NotAnIndex(f"{db}: the database is empty; build it with `minutebook index`")
    elif version != LAYOUT_VERSION:
        conn.close()
        raise NotAnIndex(
            f"{db}: not a minutebook index of layout {LAYOUT_VERSION} (found {version}); "
            "delete it and run `minutebook index` again"
        )
    return conn


def index_records(conn: sqlite3.Connection, records: Iterable[dict], prune: bool = True) -> Counter:
    """Upsert records into their tables in one transaction; return how many were read per table.

    With `prune`, a pack whose pack record is among `records` keeps only the records given for it here:
    rows an earlier output had and this one does not (a resolution an older version found and a newer
    one does not, or numbers differently) are deleted, and counted as `pruned`.
    """
    counts: Counter = Counter()
    statements = {name: _upsert_sql(table) for name, table in BY_NAME.items()}
    with conn:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS seen (id TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM seen")
        packs: set[str] = set()
        for record in records:
            if not is_record(record):
                counts["skipped"] += 1
                continue
            table = table_for(record["record_type"])
            if table.name == "packs":
                record = _merged_pack(conn, record)
                packs.add(record["id"])
            conn.execute(statements[table.name], row(table, record))
            conn.execute("INSERT OR IGNORE INTO seen VALUES (?)", (record["id"],))
            counts[table.name] += 1
        if prune:
            for name, table in BY_NAME.items():
                if name == "packs":
                    continue
                for pack_id in sorted(packs):
                    gone = conn.execute(
                        f"DELETE FROM {name} WHERE pack_id = ? AND id NOT IN (SELECT id FROM seen)", (pack_id,)
                    ).rowcount
                    if gone:
                        counts["pruned"] += gone
        conn.execute("DELETE FROM seen")
    return counts


def is_record(obj: dict) -> bool:
    """Whether a JSON object is a minutebook record: it has a string `id` and `record_type`."""
    return isinstance(obj.get("id"), str) and bool(obj["id"]) and isinstance(obj.get("record_type"), str)


def _upsert_sql(table: Table) -> str:
    names = [c.name for c in table.columns]
    updates = ", ".join(f"{n} = excluded.{n}" for n in names if n != "id")
    return (
        f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates} WHERE {table.name}.record IS NOT excluded.record"
    )


def _merged_pack(conn: sqlite3.Connection, record: dict) -> dict:
    """The pack record with every file name it was seen under: the ones indexed before, then its own."""
    names: list[str] = []
    found = conn.execute("SELECT files FROM packs WHERE id = ?", (record["id"],)).fetchone()
    if found and found["files"]:
        names.extend(json.loads(found["files"]))
    own = list(record.get("files") or [])
    source_file = (record.get("source") or {}).get("file")
    if source_file:
        own.append(source_file)
    for name in own:
        if name not in names:
            names.append(name)
    return {**record, "files": names}


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per table, for summaries."""
    return {t.name: conn.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0] for t in BY_NAME.values()}

