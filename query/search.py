"""Ranked full-text search over resolutions, recommendations and page text (FTS5, bm25).

Body, meeting date and item come from the record itself where it carries them, else from the meeting,
minute item or agenda item it points at, else from its pack, so a hit says when and where as far as the
index knows.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import asdict, dataclass
from datetime import date

from ..models.errors import BadQuery

DECISION_TYPES = ("resolution", "recommendation")
#: The words that mark a decision (the `formula` field, CONTRACT.md).
FORMULAS = ("resolved", "agreed", "approved", "decided", "carried", "recommended", "adopted")
SEARCH_TYPES = (*DECISION_TYPES, "page")

#: Snippet highlight markers for plain text (table, CSV, JSON).
MARK = ("**", "**")
SNIPPET_TOKENS = 16


@dataclass(frozen=True)
class Filters:
    body: str | None = None  # part of the body's name, any case
    since: str | None = None  # ISO date, year or year-month; inclusive
    until: str | None = None
    action: str | None = None  # a recommendation's action lemma, exactly (any case)
    owner: str | None = None  # part of a recommendation's owner, any case
    formula: str | None = None  # the decision's formula (resolved, agreed, ...); a clause's is its resolution's


@dataclass(frozen=True)
class Hit:
    rank: int
    type: str
    id: str
    score: float
    meeting_date: str | None
    body: str | None
    council: str | None
    item_number: str | None
    item_title: str | None
    file: str | None
    page: int | None
    printed_page: str | None
    action: str | None
    owner: str | None
    formula: str | None
    snippet: str
    text: str | None
    pack_id: str | None

    def as_dict(self) -> dict:
        return asdict(self)


#: Longest search accepted, in characters and in words (operators count as words).
MAX_QUERY_CHARS = 2000
MAX_QUERY_TERMS = 100


def fts_query(text: str, raw: bool = False) -> str:
    """The FTS5 query for what a user typed: every word must occur (any order); `word*` matches a prefix.

    With `raw`, the text is FTS5 syntax as is (OR, NOT, NEAR, "phrases", column filters). A query longer
    than `MAX_QUERY_CHARS` or with more than `MAX_QUERY_TERMS` words is refused: FTS5 takes minutes over
    10,000 ORs, and no one types them.
    """
    if len(text) > MAX_QUERY_CHARS:
        raise BadQuery(f"the search is {len(text):,} characters long; at most {MAX_QUERY_CHARS:,} are taken")
    if len(text.split()) > MAX_QUERY_TERMS:
        raise BadQuery(f"the search has {len(text.split()):,} words; at most {MAX_QUERY_TERMS} are taken")
    if raw:
        if not text.strip():
            raise BadQuery("the search is empty")
        return text
    terms = []
    for word in text.split():
        prefix = word.endswith("*")
        word = word.rstrip("*")
        if not any(ch.isalnum() for ch in word):
            continue
        terms.append('"' + word.replace('"', '""') + '"' + ("*" if prefix else ""))
    if not terms:
        raise BadQuery(f"the search {text!r} has no words to look for")
    return " ".join(terms)


def date_bound(value: str | None, end: bool) -> str | None:
    """An ISO date from `2021`, `2021-03` or `2021-03-18`; a year or month bound covers all of it."""
    if value is None:
        return None
    found = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not found:
        raise BadQuery(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = found.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise BadQuery(f"{value!r} is not a date ({exc})") from exc
    if day:
        return f"{year}-{month}-{day}"
    if month:
        return f"{year}-{month}-{'31' if end else '01'}"
    return f"{year}-{'12-31' if end else '01-01'}"


_RESOLUTIONS = """
SELECT 'resolution' AS type, r.id AS id, bm25(resolutions_fts) AS score,
  snippet(resolutions_fts, -1, :mark0, :mark1, '…', :tokens) AS snippet,
  COALESCE(r.body, m.body, p.body) AS body, r.council_normalised AS council,
  COALESCE(r.meeting_date, m.date, p.meeting_date) AS meeting_date,
  COALESCE(r.item_number, mi.number, ai.number) AS item_number,
  COALESCE(r.item_title, mi.title, ai.title) AS item_title,
  r.text AS text, r.file AS file, r.page AS page, r.printed_page AS printed_page,
  NULL AS action, NULL AS owner, r.formula AS formula, r.pack_id AS pack_id
FROM resolutions_fts JOIN resolutions r ON r.rowid = resolutions_fts.rowid
LEFT JOIN meetings m ON m.id = r.meeting_id
LEFT JOIN minute_items mi ON mi.id = r.minute_item_id
LEFT JOIN agenda_items ai ON ai.id = r.agenda_item_id
LEFT JOIN packs p ON p.id = r.pack_id
WHERE resolutions_fts MATCH :query
"""

_RECOMMENDATIONS = """
SELECT 'recommendation' AS type, x.id AS id, bm25(recommendations_fts) AS score,
  snippet(recommendations_fts, -1, :mark0, :mark1, '…', :tokens) AS snippet,
  COALESCE(x.body, res.body, m.body, p.body) AS body, x.council_normalised AS council,
  x.resolution_id AS resolution_id, x.origin AS origin,
  COALESCE(x.meeting_date, res.meeting_date, m.date, p.meeting_date) AS meeting_date,
  COALESCE(x.item_number, res.item_number, mi.number, ai.number) AS item_number,
  COALESCE(x.item_title, res.item_title, mi.title, ai.title, x.topic) AS item_title,
  x.text AS text, x.file AS file, x.page AS page, x.printed_page AS printed_page,
  x.action AS action, x.owner AS owner, res.formula AS formula, x.pack_id AS pack_id
FROM recommendations_fts JOIN recommendations x ON x.rowid = recommendations_fts.rowid
LEFT JOIN resolutions res ON res.id = x.resolution_id
LEFT JOIN meetings m ON m.id = COALESCE(x.meeting_id, res.meeting_id)
LEFT JOIN minute_items mi ON mi.id = COALESCE(x.minute_item_id, res.minute_item_id)
LEFT JOIN agenda_items ai ON ai.id = COALESCE(x.agenda_item_id, res.agenda_item_id)
LEFT JOIN packs p ON p.id = x.pack_id
WHERE recommendations_fts MATCH :query
"""

_PAGES = """
SELECT 'page' AS type, g.id AS id, bm25(pages_fts) AS score,
  snippet(pages_fts, 0, :mark0, :mark1, '…', :tokens) AS snippet,
  p.body AS body, p.council_normalised AS council, p.meeting_date AS meeting_date, NULL AS item_number, NULL AS item_title,
  g.text AS text, g.file AS file, g.number AS page, g.label AS printed_page,
  NULL AS action, NULL AS owner, NULL AS formula, g.pack_id AS pack_id
FROM pages_fts JOIN pages g ON g.rowid = pages_fts.rowid
LEFT JOIN packs p ON p.id = g.pack_id
WHERE pages_fts MATCH :query
"""

_BASE = {"resolution": _RESOLUTIONS, "recommendation": _RECOMMENDATIONS, "page": _PAGES}

# A resolution matches --action/--owner when one of its recommendations (its clauses) does.
_CLAUSE_MATCH = "EXISTS (SELECT 1 FROM recommendations c WHERE c.resolution_id = hit.id AND {})"
# A resolution's clause is not listed again when the resolution itself is a hit: same words, same page.
_CLAUSE_OF_HIT = """NOT (hit.origin = 'resolution' AND hit.resolution_id IN (
  SELECT r.id FROM resolutions_fts JOIN resolutions r ON r.rowid = resolutions_fts.rowid
  WHERE resolutions_fts MATCH :query))"""


def search(conn: sqlite3.Connection, query: str, types: tuple[str, ...] = DECISION_TYPES,
           filters: Filters = Filters(), limit: int = 20, raw: bool = False,
           mark: tuple[str, str] = MARK) -> list[Hit]:
    """The best `limit` hits over the given record types, best first (bm25; ties by id)."""
    unknown = set(types) - set(SEARCH_TYPES)
    if unknown:
        raise BadQuery(f"cannot search {', '.join(sorted(unknown))}; choose from {', '.join(SEARCH_TYPES)}")
    if limit < 1:
        raise BadQuery("the limit must be at least 1")
    if "page" in types and (filters.action or filters.owner or filters.formula):
        raise BadQuery("--action, --owner and --formula apply to resolutions and recommendations, not pages")
    if filters.formula and filters.formula.lower() not in FORMULAS:
        raise BadQuery(f"unknown formula {filters.formula!r}; choose from {', '.join(FORMULAS)}")
    params = {
        "query": fts_query(query, raw), "mark0": mark[0], "mark1": mark[1], "tokens": SNIPPET_TOKENS,
        "limit": limit, "body": filters.body, "since": date_bound(filters.since, end=False),
        "until": date_bound(filters.until, end=True), "action": filters.action, "owner": filters.owner,
        "formula": (filters.formula or "").lower(),
    }
    rows: list[sqlite3.Row] = []
    for kind in dict.fromkeys(types):
        where = _where(kind, filters)
        if kind == "recommendation" and "resolution" in types:
            where += " AND " + _CLAUSE_OF_HIT
        sql = f"SELECT * FROM ({_BASE[kind]}) AS hit WHERE {where} ORDER BY score, id LIMIT :limit"
        try:
            rows.extend(conn.execute(sql, params).fetchall())
        except sqlite3.OperationalError as exc:
            raise BadQuery(f"cannot search for {query!r}: {exc}") from exc
    rows.sort(key=lambda r: (r["score"], r["id"]))
    return [_hit(rank, r) for rank, r in enumerate(rows[:limit], 1)]


def _where(kind: str, filters: Filters) -> str:
    conditions = ["1"]
    if filters.body:
        conditions.append("hit.body LIKE '%' || :body || '%'")
    if filters.since:
        conditions.append("hit.meeting_date >= :since")
    if filters.until:
        conditions.append("hit.meeting_date <= :until")
    if filters.formula:
        conditions.append("hit.formula = :formula")  # a report's or tracker's recommendation has none
    clause = []
    if filters.action:
        clause.append("lower(c.action) = lower(:action)")
    if filters.owner:
        clause.append("c.owner LIKE '%' || :owner || '%'")
    if clause:
        if kind == "recommendation":
            conditions.extend(c.replace("c.", "hit.") for c in clause)
        else:
            conditions.append(_CLAUSE_MATCH.format(" AND ".join(clause)))
    return " AND ".join(conditions)


def _hit(rank: int, r: sqlite3.Row) -> Hit:
    item = r["item_number"]
    return Hit(
        rank=rank, type=r["type"], id=r["id"], score=r["score"],
        meeting_date=r["meeting_date"], body=r["body"], council=r["council"],
        item_number=None if item is None else str(item), item_title=r["item_title"],
        file=r["file"], page=r["page"], printed_page=r["printed_page"], action=r["action"],
        owner=r["owner"], formula=r["formula"], snippet=" ".join((r["snippet"] or "").split()), text=r["text"], pack_id=r["pack_id"],
    )
