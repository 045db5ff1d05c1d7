"""Search hits and exported rows as text for people (table) or scripts (JSON Lines, CSV)."""
from __future__ import annotations

import csv
import json
import sqlite3
import textwrap
from collections.abc import Iterable
from dataclasses import fields
from typing import IO

from ..models.errors import BadQuery
from .search import FORMULAS, Hit
from .tables import BY_NAME, table_for

HIT_FORMATS = ("table", "json", "csv")
EXPORT_FORMATS = ("csv", "jsonl")
HIT_COLUMNS = [f.name for f in fields(Hit)]


#: First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """A CSV cell a spreadsheet shows as text: a string starting like a formula (`=HYPERLINK(...)`,
    `+1+cmd|...`, `@SUM(...)`) gets a leading apostrophe, as OWASP recommends; anything else is unchanged.
    PDF text is untrusted, and a spreadsheet that opens the file would otherwise run it."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_hits(hits: list[Hit], fmt: str, stream: IO[str], width: int = 100, raw_csv: bool = False) -> None:
    """Hits as `fmt`; CSV cells are made safe for spreadsheets (`safe_cell`) unless `raw_csv`."""
    if fmt == "json":
        for hit in hits:
            stream.write(json.dumps(hit.as_dict(), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        write_rows((hit.as_dict() for hit in hits), HIT_COLUMNS, stream, raw_csv=raw_csv)
    elif fmt == "table":
        stream.write(table(hits, width))
    else:
        raise BadQuery(f"unknown format {fmt!r}; choose from {', '.join(HIT_FORMATS)}")


def table(hits: list[Hit], width: int = 100) -> str:
    """One block per hit: rank, date, body and item; file and page; the snippet with **matches** marked."""
    blocks = []
    for hit in hits:
        item = " ".join(p for p in (hit.item_number and f"item {hit.item_number}", hit.item_title) if p)
        body = hit.body or ""
        if hit.council and hit.council.lower() not in body.lower():
            body = f"{body}, {hit.council}" if body else hit.council
        head = "  ".join(p for p in (hit.type, hit.meeting_date or "date unknown", body, item) if p)
        where = f"{hit.file or '?'} p.{hit.page if hit.page is not None else '?'}"
        if hit.printed_page and str(hit.printed_page) != str(hit.page):
            where += f" (printed {hit.printed_page})"
        formula = hit.formula if hit.formula and hit.formula != "resolved" else None
        extra = "  ".join(f"{k}: {v}" for k, v in (("formula", formula), ("action", hit.action),
                                                     ("owner", hit.owner)) if v)
        lines = [f"{hit.rank:>3}. {head}", f"     {where}" + (f"  {extra}" if extra else "")]
        lines += textwrap.wrap(hit.snippet, width=width, initial_indent="     ", subsequent_indent="     ")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def export_table_name(record_type: str) -> str:
    """The table holding a record type (`resolution` -> `resolutions`); a table name is accepted too."""
    if record_type in BY_NAME:
        return record_type
    table = table_for(record_type)
    if table.name == "other_records":
        raise BadQuery(f"no table holds {record_type!r} records")
    return table.name


#: CSV columns a person reads first, in this order, where a table has them; ids and hashes go last.
EXPORT_LEAD = ("body", "text", "formula", "subject", "owner", "action", "category", "due", "status",
               "status_normalised", "response",
               "meeting_date", "item_number", "item_title", "council_normalised", "body_normalised", "origin", "topic")
_LAST = ("id", "record_type", "schema_version", "sha256")


def export_columns(table: str) -> list[str]:
    """A table's CSV columns: what a tracker reads first (body, text, owner, ...), the rest, then the ids."""
    columns = [c.name for c in BY_NAME[table].columns if c.name != "record"]
    lead = [c for c in EXPORT_LEAD if c in columns]
    last = [c for c in columns if c in _LAST or c.endswith("_id")]
    return lead + [c for c in columns if c not in lead and c not in last] + last


def export(conn: sqlite3.Connection, record_type: str, fmt: str, stream: IO[str], bom: bool = False,
           formula: str | None = None, raw_csv: bool = False) -> int:
    """Write every row of one record type, ordered by id; return how many.

    CSV gives the table's columns (lists as JSON text) without the raw record, body, text and owner first
    and the ids last; with `bom`, a byte-order mark first so Excel reads it as UTF-8 (£, accents). JSONL
    gives the records exactly as indexed (a pack with every file name it was seen under). `formula` keeps
    the resolutions worded with it (`agreed`, ...), and the recommendations drawn from such resolutions. CSV
    cells that start like a formula are neutralised (`safe_cell`) unless `raw_csv`.
    """
    name = export_table_name(record_type)
    if formula is None:
        rows = conn.execute(f"SELECT * FROM {name} ORDER BY id")
    elif formula.lower() not in FORMULAS:
        raise BadQuery(f"unknown formula {formula!r}; choose from {', '.join(FORMULAS)}")
    elif name == "resolutions":
        rows = conn.execute("SELECT * FROM resolutions WHERE formula = ? ORDER BY id", (formula.lower(),))
    elif name == "recommendations":
        rows = conn.execute("SELECT x.* FROM recommendations x JOIN resolutions r ON r.id = x.resolution_id "
                            "WHERE r.formula = ? ORDER BY x.id", (formula.lower(),))
    else:
        raise BadQuery("--formula applies to resolutions and recommendations")
    if fmt == "jsonl":
        return _count(stream.write(r["record"] + "\n") for r in rows)
    if fmt == "csv":
        header = export_columns(name)
        return write_rows(({c: r[c] for c in header} for r in rows), header, stream, bom=bom, raw_csv=raw_csv)
    raise BadQuery(f"unknown format {fmt!r}; choose from {', '.join(EXPORT_FORMATS)}")


def write_rows(rows: Iterable[dict], columns: Iterable[str], stream: IO[str], delimiter: str = ",",
               bom: bool = False, raw_csv: bool = False) -> int:
    """Rows as CSV (or TSV with a tab), a header first; with `bom`, a byte-order mark so Excel reads UTF-8.
    Cells that a spreadsheet would run as formulas are neutralised (`safe_cell`) unless `raw_csv`."""
    cell = (lambda value: value) if raw_csv else safe_cell
    columns = list(columns)
    if bom:
        stream.write("\ufeff")
    writer = csv.writer(stream, delimiter=delimiter, lineterminator="\n")
    writer.writerow(columns)
    return _count(writer.writerow(["" if r.get(c) is None else cell(r.get(c)) for c in columns]) for r in rows)


def _count(items: Iterable) -> int:
    return sum(1 for _ in items)

