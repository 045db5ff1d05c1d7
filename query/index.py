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

from ..models.errors import NotAnIndex
from .names import council_of, normalise
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
        touched: set[str] = set()
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
            if isinstance(record.get("pack_id"), str):
                touched.add(record["pack_id"])
            # Warnings share the errors table but are counted as what they are.
            counts["warnings" if record["record_type"] == "warning" else table.name] += 1
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
        fill_names(conn, touched | packs)
    return counts


#: For each table whose names are derived: the body and council to normalise, found through its references;
#: a decision's body and item where it does not carry them itself (its resolution's, meeting's, item's, pack's).
_NAMES_SQL = {
    "meetings": """
        SELECT g.rowid AS rowid, g.body AS body, COALESCE(g.council, p.council) AS council,
          COALESCE(g.council_normalised, p.council_normalised) AS inherited
        FROM meetings g LEFT JOIN packs p ON p.id = g.pack_id WHERE g.pack_id = ?""",
    "resolutions": """
        SELECT r.rowid AS rowid, COALESCE(r.body, m.body, p.body) AS body, COALESCE(m.council, p.council) AS council,
          COALESCE(m.council_normalised, p.council_normalised) AS inherited,
          COALESCE(r.item_number, mi.number, ai.number) AS item_number,
          COALESCE(r.item_title, mi.title, ai.title) AS item_title
        FROM resolutions r LEFT JOIN meetings m ON m.id = r.meeting_id LEFT JOIN packs p ON p.id = r.pack_id
        LEFT JOIN minute_items mi ON mi.id = r.minute_item_id LEFT JOIN agenda_items ai ON ai.id = r.agenda_item_id
        WHERE r.pack_id = ?""",
    "recommendations": """
        SELECT x.rowid AS rowid, COALESCE(x.body, res.body, m.body, p.body) AS body,
          COALESCE(m.council, p.council) AS council, COALESCE(m.council_normalised, p.council_normalised) AS inherited,
          COALESCE(x.item_number, res.item_number, mi.number, ai.number) AS item_number,
          COALESCE(x.item_title, res.item_title, mi.title, ai.title) AS item_title
        FROM recommendations x LEFT JOIN resolutions res ON res.id = x.resolution_id
        LEFT JOIN meetings m ON m.id = COALESCE(x.meeting_id, res.meeting_id) LEFT JOIN packs p ON p.id = x.pack_id
        LEFT JOIN minute_items mi ON mi.id = COALESCE(x.minute_item_id, res.minute_item_id)
        LEFT JOIN agenda_items ai ON ai.id = COALESCE(x.agenda_item_id, res.agenda_item_id)
        WHERE x.pack_id = ?""",
}


def fill_names(conn: sqlite3.Connection, pack_ids: Iterable[str]) -> None:
    """Give the rows of these packs their council and normalised names (meetings first: decisions use theirs).

    A decision's body (as printed) and item are its own, else its resolution's, meeting's, minute or agenda
    item's, or pack's; its council is the one printed apart from the committee, else the body itself when
    that names a council ("Milburn Parish Council"). Resolutions come before recommendations, whose clause
    records take their resolution's item. A row is rewritten only when something changed, so indexing the
    same output twice changes nothing.
    """
    for name, sql in _NAMES_SQL.items():
        names = ["council", "body_normalised", "council_normalised"]
        if name != "meetings":
            names = ["body", "item_number", "item_title", *names]
        for pack_id in sorted(pack_ids):
            for r in conn.execute(sql, (pack_id,)).fetchall():
                current = conn.execute(f"SELECT {', '.join(names)} FROM {name} WHERE rowid = ?",
                                       (r["rowid"],)).fetchone()
                if name == "meetings":
                    wanted = (current["council"], normalise(r["body"]),
                              current["council_normalised"] or r["inherited"] or council_of(r["body"]))
                else:
                    wanted = (r["body"], r["item_number"], r["item_title"], r["council"], normalise(r["body"]),
                              r["inherited"] or normalise(r["council"]) or council_of(r["body"]))
                if tuple(current) != wanted:
                    conn.execute(f"UPDATE {name} SET {', '.join(n + ' = ?' for n in names)} WHERE rowid = ?",
                                 (*wanted, r["rowid"]))


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


def held(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per table for a person to read: the errors table's warnings counted as warnings."""
    total = counts(conn)
    kinds = dict(conn.execute("SELECT record_type, count(*) FROM errors GROUP BY record_type").fetchall())
    out = {name: n for name, n in total.items() if name != "errors"}
    out["errors"] = total["errors"] - kinds.get("warning", 0)
    out["warnings"] = kinds.get("warning", 0)
    return out


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per table, for summaries."""
    return {t.name: conn.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0] for t in BY_NAME.values()}

