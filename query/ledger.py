"""The recommendation ledger: follow each recommendation across the JSONL outputs of many packs of one body.

Each history starts at a resolution clause (a `recommendation` of origin "resolution", or a `resolution` that
has no clause records). Report recommendations link to the resolution that decided them; tracker rows in any
pack link to the resolution (or, failing one, to an earlier tracker row) they report on. Links are made on
the text (word overlap), with the meeting date as supporting evidence: a printed date that disagrees is
recorded, not trusted over the words. When two candidates are as likely, nothing is merged: the record starts
its own history and lists the candidates. Each history ends in a current status, and one with no executive
response by its deadline (default two months after the resolution) is flagged overdue.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from difflib import SequenceMatcher

from ..models.base import Source
from ..models.decisions import Status
from ..models.ledger import LedgerCandidate, LedgerEntry, LedgerEvent, LedgerLink
from ..extract.trackers.responses import normalise_status

#: Text similarity from which two records are the same recommendation.
LINK = 0.72
#: Similarity from which a record is worth naming as a candidate.
CANDIDATE = 0.5
#: Two candidates closer than this are "as likely": no merge.
MARGIN = 0.05
DEFAULT_DEADLINE = timedelta(days=60)

_ASKS = re.compile(r"\b(?:ask|asks|request|requests|refer|refers|recommend|recommends|invite|invites)\b", re.I)
#: Actions that settle who holds an office at the meeting itself ("that Cllr X remain as Chair"): procedural,
#: nobody owes a response. They count only when the clause names an office (OFFICES): "to appoint consultants
#: to survey the roof" is a task.
PROCEDURAL_ACTIONS = frozenset({"elect", "re-elect", "appoint", "re-appoint", "reappoint", "remain", "continue",
                                "co-opt", "serve", "nominate"})
OFFICES = re.compile(r"\b(?:chair|chairman|chairwoman|chairperson|vice[- ]?chair\w*|deputy|mayor|deputy mayor|"
                     r"leader|member|members|representative|trustee|governor|councillor|cadeirydd|is-gadeirydd)\b",
                     re.I)
_STOP = {"the", "a", "an", "to", "of", "and", "for", "on", "in", "at", "by", "that", "with", "be", "is", "as", "its"}


def words(text: str) -> list[str]:
    """Content words, crudely stemmed ("sets" = "set", "agreed" = "agree")."""
    out = []
    for w in re.findall(r"[a-z0-9]+", (text or "").lower()):
        if w not in _STOP:
            out.append(re.sub(r"(?<=[a-z]{3})(?:ing|ed|es|s|e)$", "", w))
    return out


def similarity(a: str, b: str) -> float:
    """Word-sequence similarity, or containment when one text is a clause of the other (lead-ins dropped)."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    short, long_ = sorted((wa, wb), key=lambda w: (len(w), w))  # the same pair either way round
    # (SequenceMatcher's blocks depend on which text comes first: read the pair in one order, so a~b == b~a)
    ratio = SequenceMatcher(None, short, long_, autojunk=False).ratio()
    # The same words in another order ("sets a precept for 2012/13 of £11,400" / "set a precept of £11,400 for").
    sa, sb = set(wa), set(wb)
    ratio = max(ratio, 0.95 * 2 * len(sa & sb) / (len(sa) + len(sb)))
    if len(short) >= 5:
        # The shorter text is a clause of the longer (a lead-in or other clauses around it): its words in
        # order, from its first word (its action) on.
        blocks = SequenceMatcher(None, short, long_, autojunk=False).get_matching_blocks()
        inside = sum(b.size for b in blocks) / len(short)
        if inside >= 0.85 and blocks[0].a == 0 and blocks[0].size:
            ratio = max(ratio, 0.9 * inside)
    return round(ratio, 3)


@dataclass
class Node:
    record: dict
    kind: str  # "recommended", "resolved", "tracked"
    date: str | None  # the meeting the record belongs to
    when: str | None  # when the event happened (tracker rows: the pack's meeting)
    body: str | None
    formula: str | None = None  # a decision's formula (a clause's: its resolution's)

    @property
    def id(self) -> str:
        return self.record["id"]

    @property
    def text(self) -> str:
        return self.record.get("text") or ""

    @property
    def actionable(self) -> bool:
        """Whether someone is asked to act (and so owes a response): every report and tracker recommendation;
        a resolution clause that requests or refers, or names an owner."""
        if self.kind != "resolved":
            return True
        if self.procedural:
            return False
        category = self.record.get("category")
        if category is not None:
            return category in ("request", "refer") or bool(self.record.get("owner"))
        return bool(_ASKS.search(self.text))


    @property
    def procedural(self) -> bool:
        """A clause that settles an office at the meeting itself ("that Cllr X remain as Chair")."""
        action = (self.record.get("action") or "").lower()
        return action in PROCEDURAL_ACTIONS and bool(OFFICES.search(self.text))


@dataclass
class Thread:
    anchor: Node
    members: list[Node] = field(default_factory=list)
    links: list[LedgerLink] = field(default_factory=list)
    candidates: list[LedgerCandidate] = field(default_factory=list)
    uncertain: list[str] = field(default_factory=list)


def read_nodes(records: Iterable[dict]) -> list[Node]:
    """The records a ledger follows, each with its meeting date and the date of the pack it came in."""
    unique: dict[tuple, dict] = {}
    for rec in records:  # one PDF extracted twice (under two names) gives the same ids: keep one of each
        unique.setdefault((rec.get("record_type"), rec.get("id") or id(rec)), rec)
    records = list(unique.values())
    packs = {r["id"]: r for r in records if r.get("record_type") == "pack"}
    pack_dates = _pack_dates(records, packs)
    clause_of = {r.get("resolution_id") for r in records
                 if r.get("record_type") == "recommendation" and r.get("origin") == "resolution"}
    formula_of = {r.get("id"): r.get("formula") or "resolved" for r in records if r.get("record_type") == "resolution"}
    nodes = []
    for rec in records:
        kind = rec.get("record_type")
        origin = rec.get("origin")
        if kind in ("resolution", "recommendation") and not rec.get("id"):
            raise ValueError(f"a {kind} record without an id (is this minutebook output?): {str(rec)[:80]}")
        pack = packs.get(rec.get("pack_id") or "", {})
        meeting = rec.get("meeting") or {}
        meeting_date = meeting.get("date")
        body = meeting.get("body") or pack.get("body")
        if kind == "resolution" and rec.get("id") not in clause_of:
            nodes.append(Node(rec, "resolved", meeting_date, meeting_date, body, formula_of.get(rec.get("id"))))
        elif kind == "recommendation" and origin == "resolution":
            nodes.append(Node(rec, "resolved", meeting_date, meeting_date, body,
                              formula_of.get(rec.get("resolution_id"))))
        elif kind == "recommendation" and origin == "report":
            when = meeting_date or pack.get("meeting_date")
            nodes.append(Node(rec, "recommended", when, when, body))
        elif kind == "recommendation" and origin == "tracker":
            nodes.append(Node(rec, "tracked", meeting_date, pack_dates.get(rec.get("pack_id")), body))
    return nodes


def _pack_dates(records: list[dict], packs: dict[str, dict]) -> dict[str, str]:
    """When each pack was published, as well as the records tell: its meeting date, else the latest meeting it
    holds minutes or tracker rows of (a lower bound, enough to put two packs' tracker rows in order)."""
    out: dict[str, str] = {}
    for rec in records:
        pack_id = rec.get("pack_id")
        when = (rec.get("meeting") or {}).get("date")
        if pack_id and when and rec.get("record_type") in ("resolution", "recommendation", "meeting"):
            out[pack_id] = max(out.get(pack_id, when), when)
    for pack_id, pack in packs.items():
        if pack.get("meeting_date"):
            out[pack_id] = pack["meeting_date"]
    return out


def _best(node: Node, threads: list[Thread]) -> tuple[Thread | None, list[tuple[float, Thread]]]:
    """The thread a node joins (or None), and the scored candidates."""
    scored = []
    pack = node.record.get("pack_id")
    for thread in threads:
        if node.kind == "tracked" and pack and any(
                m.kind == "tracked" and m.record.get("pack_id") == pack for m in [thread.anchor, *thread.members]):
            continue  # two rows of one tracker are two recommendations
        if node.kind == "recommended" and node.date and thread.anchor.date and node.date != thread.anchor.date:
            continue  # a report's recommendation is decided at the meeting the report went to
        if node.kind == "tracked" and node.when and thread.anchor.date and thread.anchor.date >= node.when:
            continue  # a tracker reports on meetings before the one its pack is for
        score = max(similarity(node.text, m.text) for m in [thread.anchor, *thread.members])
        if score >= CANDIDATE:
            scored.append((score, thread))
    # A row grouped under a meeting before the decision it would track needs near-identical words.
    scored = [(score, thread) for score, thread in scored
              if not (node.kind == "tracked" and node.date and thread.anchor.date and node.date < thread.anchor.date
                      and score < 0.9)]
    scored.sort(key=lambda s: (-s[0], s[1].anchor.id))
    linked = [s for s in scored if s[0] >= LINK]
    if not linked:
        return None, scored
    top = [s for s in linked if linked[0][0] - s[0] < MARGIN]
    if len(top) == 1:
        return top[0][1], scored
    agree = [s for s in top if node.date and s[1].anchor.date == node.date]
    if len(agree) == 1:
        return agree[0][1], scored
    return None, scored


def build_threads(nodes: list[Node]) -> list[Thread]:
    order = {"resolved": 0, "recommended": 1, "tracked": 2}
    nodes = sorted(nodes, key=lambda n: (order[n.kind], n.when or n.date or "9999", n.id))
    threads: list[Thread] = []
    for node in nodes:
        if node.kind == "resolved":
            threads.append(Thread(anchor=node))
            continue
        thread, scored = _best(node, threads)
        if thread is None:
            fresh = Thread(anchor=node)
            if any(s >= LINK for s, _ in scored):
                fresh.uncertain.append("several histories fit this record equally well; not merged")
                fresh.candidates = [LedgerCandidate(record_id=t.anchor.id, score=s, text=t.anchor.text)
                                    for s, t in scored[:5]]
            threads.append(fresh)
            continue
        score = next(s for s, t in scored if t is thread)
        target = thread.anchor
        agrees = None if not (node.date and target.date) else node.date == target.date
        note = None
        if agrees is False:
            note = f"printed meeting dates disagree ({node.date} vs {target.date}); linked on the text"
            if any(target.date and target.date in doubt for doubt in node.record.get("uncertain") or []):
                note += f"; the tracker's own date order also points to {target.date}"
            thread.uncertain.append(note)
        thread.members.append(node)
        thread.links.append(LedgerLink(from_id=node.id, to_id=target.id, score=score,
                                       dates=[node.date, target.date], date_agrees=agrees, note=note))
    return threads


def _event(node: Node) -> LedgerEvent:
    rec = node.record
    status = None
    if node.kind == "tracked":
        status = rec.get("status_normalised") or normalise_status(rec.get("response")).value
    return LedgerEvent(
        date=node.when or node.date, event=node.kind, record_id=node.id, text=node.text, formula=node.formula,
        response=rec.get("response"), status=status,
        source=Source.model_validate(rec["source"]) if rec.get("source") else None,
    )


def ledger_entries(records: Iterable[dict], as_of: date, deadline: timedelta = DEFAULT_DEADLINE) -> list[LedgerEntry]:
    """One entry per recommendation found in the records, oldest first."""
    threads = build_threads(read_nodes(records))
    # A decision nobody is asked to act on ("to note the report") has no history to follow unless a tracker has it.
    out = [_entry(t, as_of, deadline) for t in threads if t.anchor.actionable or t.members]
    return sorted(out, key=lambda e: (e.date or "9999", e.id))


def _entry(thread: Thread, as_of: date, deadline: timedelta) -> LedgerEntry:
    nodes = [thread.anchor, *thread.members]
    events = sorted((_event(n) for n in nodes), key=lambda e: (e.date or "9999", e.event, e.record_id))
    tracked = [e for e in events if e.event == "tracked"]
    responded = [e for e in tracked if e.response]
    latest = tracked[-1] if tracked else None
    status = Status(latest.status) if latest and latest.status else Status.open
    start = thread.anchor.date or (events[0].date if events else None)
    resolved = next((n.date for n in nodes if n.kind == "resolved" and n.date), None)
    respond_by = (date.fromisoformat(resolved) + deadline) if resolved else None
    overdue = bool(thread.anchor.actionable and respond_by and not responded and as_of > respond_by
                   and status != Status.completed)
    uncertain = list(thread.uncertain)
    if overdue:
        uncertain.append(f"no executive response by {respond_by.isoformat()} ({deadline.days} days after the resolution)")
    owner = next((n.record.get("owner") for n in reversed(nodes) if n.record.get("owner")), None)
    due = next((n.record.get("due") for n in reversed(nodes) if n.record.get("due")), None)
    body = next((n.body for n in nodes if n.body), None)
    formula = next((n.formula for n in nodes if n.kind == "resolved" and n.formula), None)
    age = (as_of - date.fromisoformat(start)).days if start else None
    return LedgerEntry(
        id=f"ledger/{thread.anchor.id}", body=body, text=thread.anchor.text,
        origin={"resolved": "resolution", "recommended": "report", "tracked": "tracker"}[thread.anchor.kind],
        formula=formula, date=start, owner=owner, due=due, status=status, response=responded[-1].response if responded else None,
        respond_by=respond_by.isoformat() if respond_by else None, overdue=overdue, age_days=age,
        events=events, links=thread.links, candidates=thread.candidates, uncertain=uncertain,
    )


#: Longest period `parse_period` accepts: a century (a longer one is a typo, and overflows a date).
MAX_PERIOD_DAYS = 36_500


def parse_period(text: str) -> timedelta:
    """"60d", "8w", "2m" (months of 30 days), or a bare number of days."""
    found = re.fullmatch(r"\s*(\d+)\s*([dwm]?)\s*", text or "", re.I)
    if not found:
        raise ValueError(f"not a period: {text!r} (use e.g. 60d, 8w or 2m)")
    n, unit = int(found.group(1)), found.group(2).lower() or "d"
    days = n * {"d": 1, "w": 7, "m": 30}[unit]
    if days > MAX_PERIOD_DAYS:
        raise ValueError(f"{text.strip()!r} is longer than {MAX_PERIOD_DAYS // 365} years")
    return timedelta(days=days)


def table_lines(entries: list[LedgerEntry]) -> list[str]:
    """One line per recommendation that is not completed: date, body, owner, age, status."""
    rows = [("date", "body", "owner", "age", "status", "recommendation")]
    for e in entries:
        if e.status == Status.completed:
            continue
        status = e.status.value + (" OVERDUE" if e.overdue else "")
        age = f"{e.age_days}d" if e.age_days is not None else "?"
        text = e.text if len(e.text) <= 70 else e.text[:67] + "..."
        rows.append((e.date or "?", e.body or "?", e.owner or "?", age, status, text))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    return ["  ".join(c.ljust(w) for c, w in zip(r[:5], widths)) + "  " + r[5] for r in rows]


#: Columns of the CSV/TSV ledger, in the order a tracker reads them.
COLUMNS = ("date", "body", "text", "owner", "due", "respond_by", "overdue", "status", "response", "origin",
           "file", "page", "id")


def select(entries: list[LedgerEntry], body: str | None = None, statuses: Iterable[str] = (),
           open_only: bool = False) -> list[LedgerEntry]:
    """The entries of a body (part of its name, any case), with one of these statuses, or not completed."""
    wanted = set(statuses)
    out = []
    for e in entries:
        if body and body.casefold() not in (e.body or "").casefold():
            continue
        if wanted and e.status.value not in wanted:
            continue
        if open_only and e.status == Status.completed:
            continue
        out.append(e)
    return out


def row(entry: LedgerEntry) -> dict:
    """One entry as a spreadsheet row: the full text, dates, the overdue flag apart from the status, and where
    the recommendation is printed (the file and page of the record its history starts from)."""
    anchor = entry.id.removeprefix("ledger/")
    source = next((e.source for e in entry.events if e.record_id == anchor and e.source), None)
    return {
        "date": entry.date, "body": entry.body, "text": entry.text, "owner": entry.owner, "due": entry.due,
        "respond_by": entry.respond_by, "overdue": "yes" if entry.overdue else "no", "status": entry.status.value,
        "response": entry.response, "origin": entry.origin, "file": source.file if source else None,
        "page": source.pages[0] if source and source.pages else None, "id": entry.id,
    }
