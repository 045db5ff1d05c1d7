"""The SQLite layout: one table per record type, columns taken from the JSON contract (CONTRACT.md).

Each table keeps the whole record as JSON in `record`, so fields this layout does not name (added by later
versions) are never lost; the named columns are what people filter, facet and join on. References between
records are declared foreign keys (Datasette links them); they are not enforced, because an output may hold a
resolution whose meeting a later stage has not emitted yet.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .names import council_of, normalise

#: Bump when the layout changes; an index of another version must be rebuilt.
#: 2: FTS tables declare `content="table"` (double quotes), the form Datasette detects.
#: 3: `council`, `body_normalised` and `council_normalised` columns.
#: 4: resolutions' `formula` column (resolved, agreed, approved, decided, carried, recommended, adopted).
LAYOUT_VERSION = 4


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # SQLite type affinity: TEXT, INTEGER or REAL
    get: Callable[[dict], Any]
    references: str | None = None  # table whose id this column holds


@dataclass(frozen=True)
class Table:
    name: str
    record_types: tuple[str, ...]
    columns: tuple[Column, ...]
    fts: tuple[str, ...] = ()  # columns indexed for full-text search, in `<name>_fts`

    @property
    def fts_name(self) -> str:
        return f"{self.name}_fts"


def path(dotted: str) -> Callable[[dict], Any]:
    """A getter for a dotted path ("meeting.date"); missing or null parts give None."""
    keys = dotted.split(".")

    def get(record: dict) -> Any:
        value: Any = record
        for key in keys:
            if not isinstance(value, dict):
                return None
            value = value.get(key)
        return value

    return get


def _first_page(record: dict) -> Any:
    pages = path("source.pages")(record)
    return pages[0] if isinstance(pages, list) and pages else None


def _first_printed(record: dict) -> Any:
    printed = path("source.printed_pages")(record)
    return printed[0] if isinstance(printed, list) and printed else None


def col(name: str, type_: str = "TEXT", dotted: str | None = None, references: str | None = None) -> Column:
    return Column(name, type_, path(dotted or name), references)


def _ref(name: str, table: str) -> Column:
    return col(name, "TEXT", references=table)


HEAD = (col("id"), col("record_type"), _ref("pack_id", "packs"))
EVIDENCE = (
    col("file", dotted="source.file"),
    col("sha256", dotted="source.sha256"),
    Column("page", "INTEGER", _first_page),
    Column("printed_page", "TEXT", _first_printed),
    col("pages", dotted="source.pages"),
    col("quote", dotted="source.quote"),
)
TAIL = (col("schema_version"), col("record"))
STRUCTURE_REFS = (
    _ref("document_id", "documents"),
    _ref("agenda_item_id", "agenda_items"),
    _ref("meeting_id", "meetings"),
    _ref("minute_item_id", "minute_items"),
)
def _none(record: dict) -> None:
    return None


def _formula(record: dict) -> str:
    """The word that marks a decision; an output written before the field existed is all RESOLVED."""
    return record.get("formula") or "resolved"


def _own_body(record: dict) -> Any:
    return normalise(record.get("body"))


def _own_council(record: dict) -> Any:
    return normalise(record.get("council")) or council_of(record.get("body"))


#: A pack's or meeting's own names: its printed `council`, and both names normalised for grouping.
OWN_NAMES = (col("council"), Column("body_normalised", "TEXT", _own_body),
             Column("council_normalised", "TEXT", _own_council))
#: A decision's names, filled after loading (index.fill_names) from its body as printed: its own, else its
#: resolution's, meeting's or pack's (the `body` column too); the records themselves carry no council.
DERIVED_NAMES = (Column("council", "TEXT", _none), Column("body_normalised", "TEXT", _none),
                 Column("council_normalised", "TEXT", _none))
MEETING = (col("body", dotted="meeting.body"), *DERIVED_NAMES, col("meeting_date", dotted="meeting.date"))
ITEM = (col("item_number", dotted="item.number"), col("item_title", dotted="item.title"))

TABLES: tuple[Table, ...] = (
    Table("packs", ("pack",), (
        col("id"), col("record_type"), col("sha256", dotted="source.sha256"), col("files"),
        col("pages", "INTEGER"), col("title"), col("body"), *OWN_NAMES, col("meeting_date"), col("meeting_time"),
        col("venue"), col("published"), col("engine"), *TAIL,
    )),
    Table("pages", ("page",), (
        *HEAD, col("number", "INTEGER"), col("label"), col("width", "REAL"), col("height", "REAL"),
        col("ocr", "INTEGER"), col("text"), col("furniture"), col("file", dotted="source.file"), *TAIL,
    ), fts=("text",)),
    Table("documents", ("document",), (
        *HEAD, col("kind"), col("title"), _ref("agenda_item_id", "agenda_items"), *EVIDENCE, *TAIL,
    )),
    Table("agenda_items", ("agenda_item",), (
        *HEAD, col("number"), col("title"), _ref("document_id", "documents"), *EVIDENCE, *TAIL,
    )),
    Table("meetings", ("meeting",), (
        *HEAD, col("body"), *OWN_NAMES, col("date"), col("start_time"), col("end_time"), col("chair"),
        _ref("document_id", "documents"), *EVIDENCE, *TAIL,
    )),
    Table("minute_items", ("minute_item",), (
        *HEAD, _ref("meeting_id", "meetings"), col("number"), col("title"),
        _ref("agenda_item_id", "agenda_items"), _ref("document_id", "documents"), *EVIDENCE, *TAIL,
    )),
    Table("resolutions", ("resolution",), (
        *HEAD, *STRUCTURE_REFS, *MEETING, *ITEM, Column("formula", "TEXT", _formula), col("text"), col("subject"),
        col("clauses"),
        col("unanimous", "INTEGER", "votes.unanimous"), col("majority", "INTEGER", "votes.majority"),
        col("in_favour", "INTEGER", "votes.in_favour"), col("against", "INTEGER", "votes.against"),
        col("abstentions", "INTEGER", "votes.abstentions"), col("proposer", dotted="votes.proposer"),
        col("seconder", dotted="votes.seconder"), *EVIDENCE, *TAIL,
    ), fts=("text", "subject")),
    Table("recommendations", ("recommendation",), (
        *HEAD, _ref("resolution_id", "resolutions"), *STRUCTURE_REFS, col("origin"), *MEETING, *ITEM,
        col("text"), col("action"), col("category"), col("owner"), col("addressees"), col("due"),
        col("dates"), col("topic"), col("response"), col("status"), col("status_normalised"),
        *EVIDENCE, *TAIL,
    ), fts=("text", "topic", "response")),
    Table("errors", ("error", "warning"), (
        *HEAD, col("stage"), col("kind"), col("message"), *EVIDENCE, *TAIL,
    )),
)

#: Records of a type no table above names (added by a later version) land here, whole.
OTHER = Table("other_records", (), (*HEAD, *EVIDENCE, *TAIL))

_BY_TYPE = {rt: table for table in TABLES for rt in table.record_types}
BY_NAME = {table.name: table for table in (*TABLES, OTHER)}


def table_for(record_type: str) -> Table:
    return _BY_TYPE.get(record_type, OTHER)


def row(table: Table, record: dict) -> tuple:
    """The values of a table's columns for one record, in column order, as SQLite stores them."""
    values = []
    for column in table.columns:
        if column.name == "record":
            value = json.dumps(record, ensure_ascii=False, sort_keys=True)
        else:
            value = column.get(record)
        values.append(sql_value(value))
    return tuple(values)


def sql_value(value: Any) -> Any:
    """Lists and objects as JSON text (Datasette and SQLite's json_* functions read it), bools as 0/1."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def ddl() -> list[str]:
    """CREATE statements for every table, its full-text index and the triggers that keep the index in step."""
    statements = []
    for table in (*TABLES, OTHER):
        defs = []
        for column in table.columns:
            spec = f"{column.name} {column.type}"
            if column.name == "id":
                spec += " PRIMARY KEY"
            if column.references:
                spec += f" REFERENCES {column.references}(id)"
            defs.append(spec)
        statements.append(f"CREATE TABLE IF NOT EXISTS {table.name} (\n  " + ",\n  ".join(defs) + "\n)")
        for column in table.columns:
            if column.references or column.name in ("meeting_date", "body_normalised", "council_normalised",
                                                    "record_type"):
                statements.append(
                    f"CREATE INDEX IF NOT EXISTS {table.name}_{column.name} ON {table.name}({column.name})"
                )
        if table.fts:
            statements.extend(_fts_ddl(table))
    return statements


def _fts_ddl(table: Table) -> list[str]:
    fts, cols = table.fts_name, ", ".join(table.fts)
    new = ", ".join(f"new.{c}" for c in table.fts)
    old = ", ".join(f"old.{c}" for c in table.fts)
    delete = f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old});"
    insert = f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new});"
    return [
        # porter: "retrofits" finds "retrofit"; remove_diacritics: "cafe" finds "café". content="name" in
        # double quotes: Datasette finds a table's search index by that text (as sqlite-utils writes it).
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5({cols}, content=\"{table.name}\", "
        f"content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2')",
        f"CREATE TRIGGER IF NOT EXISTS {table.name}_ai AFTER INSERT ON {table.name} BEGIN {insert} END",
        f"CREATE TRIGGER IF NOT EXISTS {table.name}_ad AFTER DELETE ON {table.name} BEGIN {delete} END",
        f"CREATE TRIGGER IF NOT EXISTS {table.name}_au AFTER UPDATE ON {table.name} BEGIN {delete} {insert} END",
    ]
