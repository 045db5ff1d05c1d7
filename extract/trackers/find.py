"""Recommendations trackers -> one `recommendation` record (origin "tracker") per recommendation printed.

Reads the entries `tracker_layout` finds (table rows and paragraphs in reading order) as a sequence:
a date heading opens a group (the meeting the rows belong to), a short heading under it names the topic, and
every other entry holds recommendations (a cell's bullets, letters, or sentences whose bullets were lost each
give one) and/or a response. Responses are shared the way trackers print them: a table's response cell covers
the rows below it until the next response (a merged cell), a response printed after a list covers the list,
a response cell that runs on into the next row ("... to" / "take forward") is one response, and "RESOLVED ..."
under a response is part of it. Lead-ins ("... to consider including:") are left out; their topic stays.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from ...models import make_id
from ...models.decisions import MeetingRef, Origin, Recommendation
from ..clauses.actions import analyse_clause
from ..text.dates import find_dates, heading_date, month_heading
from ..structure.place import pack_meeting, place_fields
from . import patterns as P
from .responses import colour_key, colour_status, looks_like_response, normalise_status, owner_in
from .cells import action_led, cell_pieces, short_title, split_topic, topic_heading, topic_like
from .layout import Entry, Group, Item, Response, Span, region_entries
from .regions import Region, header_roles
from ..pack import Context

#: Physical page numbers -> (ruled tables by page, words by page for pages without tables): `OpenPdf.tables_and_words`
ReadTables = Callable[[Iterable[int]], tuple[dict[int, list], dict[int, list]]]


def tracker_recommendations(ctx: Context, structure, regions: Sequence[Region],
                            read_tables: ReadTables) -> Iterator[Recommendation]:
    """Recommendation records of the trackers in these regions of the pack (`tracker_regions`). With the pack's
    structure, each points at the tracker's document and agenda item, and its meeting names the pack's body.
    `read_tables` gives the ruled tables (and the words of pages without any) on some pages of the pack's PDF
    (`OpenPdf.tables_and_words`)."""
    body = (pack_meeting(structure) or MeetingRef()).body
    if not regions:
        return
    counts: dict[int, int] = {}
    for batch in _region_batches(ctx, regions):
        tables, words = read_tables(n for r in batch for n in range(r.start_page, r.end_page + 1))
        for region in batch:
            yield from _region_records(ctx, region, tables, words, counts, structure, body)


def _region_batches(ctx, regions: Sequence[Region]) -> list[list[Region]]:
    """The regions whose tables are read in one opening of the PDF: all of them, but on a long pack (pages in
    a temporary file: `Pages.spilled`) only as many as fill `Limits.window_pages` pages, so its tables are never
    all held."""
    if not ctx.pages.spilled:
        return [list(regions)]
    budget = ctx.limits.window_pages
    batches: list[list] = []
    size = 0
    for region in regions:
        pages_in = region.end_page - region.start_page + 1
        if not batches or size + pages_in > budget:
            batches.append([])
            size = 0
        batches[-1].append(region)
        size += pages_in
    return batches


def _region_records(ctx, region, tables, words, counts: dict[int, int], structure, body) -> Iterator[Recommendation]:
    """One tracker region's records; `counts` numbers them per page across the pack."""
    entries = region_entries(region, ctx.pages, tables, words)
    groups = read_groups(entries)
    if groups and not any(g.date for g in groups):
        when = title_date(ctx.pages[region.start_page - 1], region.start_top, entries)
        for group in groups:
            if group.month is None:
                group.date = when
    doubts = date_doubts([g.date for g in groups])
    key = colour_key([line.text for page in ctx.pages[region.start_page - 1:region.end_page] for line in page.lines])
    for group, doubt in zip(groups, doubts):
        for item in group.items:
            if _minuted_decision(item):
                continue
            yield _record(ctx, region, group, item, counts, doubt, key, structure, body)


def _minuted_decision(item: Item) -> bool:
    """A row that is a minute's own RESOLVED statement ("Minute | Item | Resolution" tables), with nothing a
    tracker adds (no response, status or owner): the resolutions stage emits it and its recommendations."""
    if item.response is not None or item.fields.get("status") or item.fields.get("owner"):
        return False
    from ..resolutions.triggers import decision_triggers

    return any(t.word_start <= 20 for t in decision_triggers(item.text))


def title_date(page, start_top: float, entries: list[Entry]) -> str | None:
    """The meeting a whole tracker belongs to when its rows print no date: the one date in the lines between
    its title and its first table row that name a meeting ("Recommendations of the ... Committee held on 14 September
    2021"); None when there is none or more than one."""
    first = min((e.top for e in entries if e.page == page.number and e.kind == "row"), default=None)
    if first is None:
        return None
    dates = {iso for line in page.lines
             if not line.furniture and start_top - 1 <= line.top < first and P.MEETING_WORDS.search(line.text)
             for found in find_dates(line.text) for iso in [found.value]}
    return dates.pop() if len(dates) == 1 else None


def date_doubts(dates: list[str | None]) -> list[str | None]:
    """A note for each printed date that breaks the tracker's date order where the year one off would fit
    ("4 February 2022" heading a list of 2021 and 2020 meetings). The printed date is kept; the note says so."""
    known = [(k, d) for k, d in enumerate(dates) if d]
    pairs = list(zip(known, known[1:]))
    down = sum(1 for (_, a), (_, b) in pairs if a > b)
    up = sum(1 for (_, a), (_, b) in pairs if a < b)
    if len(known) < 3 or down == up:
        return [None] * len(dates)
    ordered = (lambda a, b: a >= b) if down > up else (lambda a, b: a <= b)
    out: list[str | None] = [None] * len(dates)
    for i, (k, d) in enumerate(known):
        prev = known[i - 1][1] if i else None
        nxt = known[i + 1][1] if i + 1 < len(known) else None

        def fits(x: str) -> bool:
            return (prev is None or ordered(prev, x)) and (nxt is None or ordered(x, nxt))

        near = [x for x in (prev, nxt) if x]
        if fits(d) and all(_days(d, x) <= 300 for x in near):
            continue
        for shift in (-1, 1):
            other = f"{int(d[:4]) + shift:04d}{d[4:]}"
            if fits(other) and all(_days(other, x) <= 120 for x in near):
                out[k] = f"printed date {d} breaks the tracker's date order; {other} would fit"
                break
    return out


def _days(a: str, b: str) -> int:
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:  # 29 February moved to a year without one
        return 10_000


def _record(ctx, region, group: Group, item: Item, counts: dict[int, int], doubt: str | None = None,
            key: dict | None = None, structure=None, body: str | None = None) -> Recommendation:
    page = item.spans[0].page if item.spans else 0
    counts[page] = counts.get(page, 0) + 1
    response = item.response.text if item.response else None
    # The status column; else a yes/no column that asks whether it was done or accepted; else the response.
    question = next((q for q in ("status", "done", "accepted") if item.fields.get(q)), None)
    printed = item.fields.get(question) if question else None
    # Shaded where the tracker says shading means completed: the row, or the (merged) response cell it shares.
    shaded = region.shading_means_completed and (item.shaded or bool(item.response and item.response.shaded))
    status = normalise_status(printed or response, shaded=shaded, key=key, question=question)
    colour_note = None
    if not printed and not shaded and item.fields.get("colour"):
        status, colour_note = colour_status(item.fields["colour"], key)
    pages = sorted({s.page for s in item.spans})
    clause = analyse_clause(item.text, lead_in=item.lead_in, parser=ctx.parse).record_fields()
    named = item.fields.get("owner") or owner_in(response)
    if named:  # the tracker names who took it on; the clause's own addressee stays among the addressees
        if clause.get("owner") and clause["owner"] != named:
            clause["addressees"] = [clause["owner"], *clause.get("addressees", [])]
        clause["owner"] = named
    others = [o for o in item.fields.get("also_owners", []) if o != clause.get("owner")]
    if others:  # further owner columns of the tracker
        clause["addressees"] = [*clause.get("addressees", []), *others]
    if item.fields.get("due") and _due(item.fields["due"]):
        clause["due"] = _due(item.fields["due"])
    first = item.spans[0] if item.spans else None
    return Recommendation(
        **clause,
        **(place_fields(structure, first.page, first.box[1]) if first else {}),
        id=make_id(ctx.pdf.sha256, "recommendation", f"tracker-p{page}-{counts[page]}"),
        pack_id=ctx.pack_id,
        origin=Origin.tracker,
        text=item.text,
        meeting=MeetingRef(body=body, date=group.date) if group.date else None,
        topic=item.topic or group.topic,
        response=response,
        uncertain=[n for n in (doubt, colour_note, _month_note(group)) if n] or None,
        status=printed,
        status_normalised=status,
        source=ctx.source(pages, quote="\n".join(s.raw for s in item.spans), boxes=[(s.page, *s.box) for s in item.spans]),
    )


def _month_note(group: Group) -> str | None:
    if group.month is None:
        return None
    return f"the tracker heads these rows \"{group.month}\", a month without a day: no meeting date"


def _due(printed: str | None) -> str | None:
    found = find_dates(printed) if printed else []
    return found[0].value if found else None


# ---- reading entries into groups ---------------------------------------------------------------------------

def read_groups(entries: list[Entry]) -> list[Group]:
    groups: list[Group] = [Group(date=None)]
    seq = 0
    section = None  # the topic a row spanning the table names, for the rows under it
    last_kind = None  # what the previous entry contributed: "item", "response" or "heading"
    heading_role = None  # a paragraph's role named by the heading over it ("Executive response")
    labelled_response = False  # the entry before was a response printed under a label or heading
    for entry in entries:
        seq += 1
        group = groups[-1]
        text = P.MARKER.sub("", entry.joined).strip()
        resp_text = entry.joined_response
        date_field = _date_field(entry)
        dated = heading_date(date_field) if date_field else heading_date(text)
        month = month_heading(text) if not dated and text and not resp_text else None
        if month and (entry.across or entry.bold or entry.kind == "para"):
            # A month heading opens the rows of a meeting whose day is not printed: no date, said in each
            # record, rather than the date of the heading above.
            section = None
            groups.append(Group(date=None, month=text, tabular=group.tabular))
            last_kind = "heading"
            continue
        if entry.across and not dated and text and not resp_text and topic_heading(text):
            section = text
            if not group.items:
                group.topic = text
            else:
                group = Group(date=group.date, topic=text, tabular=group.tabular, month=group.month)
                groups.append(group)
            last_kind = "heading"
            continue
        if dated and (date_field or _heading_like(entry, dated[1])):
            if not date_field:
                section = None  # a date heading starts afresh; a date column's rows stay in their section
            group = Group(date=dated[0], topic=entry.fields.get("topic") or section, tabular=bool(date_field))
            groups.append(group)
            if not date_field:  # a date heading, maybe with the topic (or a first recommendation) after it
                text, heading = _after_date(group, dated[1])
                if heading:
                    last_kind = "heading"
                    if not resp_text:
                        continue
        if entry.kind == "para" and (group.tabular or P.KEY_LINE.match(text)):
            continue  # notes and keys printed under a table whose header names its columns
        if entry.fields.get("topic") and entry.fields.get("topic") != group.topic:
            group.topic = entry.fields["topic"]
        if text and not resp_text and topic_like(entry, text, group):
            group.topic = text
            last_kind = "heading"
            continue
        if entry.kind == "para" and text and not resp_text and P.NUMBER_LABEL.match(text):
            continue  # "Recommendation 1" over the recommendation's paragraph
        if entry.kind == "para" and text and not resp_text and len(text.split()) <= 5 \
                and header_roles([text.rstrip(": ")])[0] in P.FIELD_ROLES:
            heading_role = header_roles([text.rstrip(": ")])[0]  # "Executive response" over the response
            continue
        labelled = P.LABELLED.match(text) if entry.kind == "para" and text else None
        role = header_roles([labelled.group(1)])[0] if labelled else None
        if heading_role and entry.kind == "para" and text and role is None:
            role, labelled = heading_role, P.LABELLED.match(f"{heading_role}: {text}")
        heading_role = None
        if (labelled_response and entry.kind == "para" and text and not resp_text and role is None
                and len(groups) == 1 and group.responses and not _starts_recommendation(text, entry)):
            # A response document's response that runs on into a second paragraph (no dates, so no heading
            # between): part of the response above, not a recommendation.
            group.responses[-1][1].parts.append(text)
            group.responses[-1][1].spans.extend(entry.text)
            continue
        labelled_response = role == "response"
        if role in ("status", "owner", "due"):
            # "Status: In progress" under a recommendation printed as text: a field of the items above it.
            for item in reversed(group.items):
                if role in item.fields:
                    break
                item.fields[role] = labelled.group(2).strip()
            continue
        if role == "response":
            text = labelled.group(2).strip()
        if entry.kind == "para" and text and not _starts_bullet(entry) and (
                role == "response" or text.startswith("RESOLVED") or looks_like_response(text)):
            resp_text, text = (text + " " + resp_text).strip(), ""
            entry = _as_response(entry)
        pieces = cell_pieces(entry, text, group) if text else []
        if pieces and not group.items and not group.topic and len(pieces) > 1 and short_title(pieces[0][0]):
            group.topic = pieces[0][0]
            pieces = pieces[1:]
        inline = [p for p in pieces if p[3]]
        pieces = [p for p in pieces if not p[3]]
        if inline and not resp_text:
            resp_text = " ".join(p[0] for p in inline)
            entry.response = [s for p in inline for s in p[1]]
        same = bool(resp_text) and bool(group.responses) and group.responses[-1][1].text == resp_text
        if pieces and _continues_item(group, pieces[0], entry) and (not resp_text or same):
            prev = group.items[-1]
            prev.text = f"{prev.text} {pieces[0][0]}"
            prev.spans.extend(s for s in pieces[0][1] if s not in prev.spans)
            pieces = pieces[1:]
            if same:
                resp_text = ""
        response = None
        if resp_text:
            response = _take_response(groups, group, entry, resp_text, bool(pieces), last_kind, seq)
        for words, spans, lettered, _ in pieces:
            group.items.append(Item(text=words, spans=spans, seq=seq, kind=entry.kind, lettered=lettered,
                                    shaded=entry.shaded, response=response, fields=dict(entry.fields),
                                    topic=group.topic))
        if pieces:
            last_kind = "item"
        elif resp_text:
            last_kind = "response"
    # Text before the first date heading is a tracker's introduction unless a table row holds it, or a response
    # answers it (a response document: each recommendation with the executive's response under it, no dates).
    groups[0].items = [i for i in groups[0].items if i.kind == "row" or _answered(groups[0], i)]
    for group in groups:
        _drop_lead_ins(group)
        _fill_responses(group)
    return [g for g in groups if g.items]


def _starts_recommendation(text: str, entry: Entry) -> bool:
    """A paragraph that opens as a recommendation: a marker or number, "Recommendation 2", or an action verb
    ("That ...", "Ask ...")."""
    return bool(_starts_bullet(entry) or P.MARKER.match(text) or P.NUMBER_LABEL.match(text.split(":")[0])
                or re.match(r"^(?:recommendation|rec\.?)\s*\d", text, re.I)
                or P.VERB.match(re.sub(r"^\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4})[.)]\s+", "", text)))


def _answered(group: Group, item: Item) -> bool:
    """A response follows the item before the next entry's items: it is a recommendation with the response
    printed under it (an introduction paragraph has the first recommendation between it and any response)."""
    if item.response is not None:
        return True
    following = [seq for seq, _ in group.responses if seq > item.seq]
    later = [i.seq for i in group.items if i.seq > item.seq]
    return bool(following) and (not later or following[0] < later[0])


def _date_field(entry: Entry) -> str | None:
    """The row's date cell; or a date opening its topic cell ("17 September 2020 - Work programme")."""
    if entry.fields.get("date"):
        return entry.fields["date"]
    topic = entry.fields.get("topic")
    found = heading_date(topic) if topic else None
    if not found:
        return None
    if found[1]:
        entry.fields["topic"] = found[1]
    else:
        del entry.fields["topic"]
    return topic


def _after_date(group: Group, rest: str) -> tuple[str, bool]:
    """What follows a date heading: (recommendation text left to read, whether the entry was only a heading)."""
    if not rest:
        return "", True
    topic, body = split_topic(rest)
    if topic and body:
        group.topic = topic
        return body, False
    if len(rest.split()) <= 14 and rest[-1:] not in ".;" and not action_led(rest):
        group.topic = rest
        return "", True
    return rest, False


def _heading_like(entry: Entry, rest: str) -> bool:
    return entry.kind == "row" or entry.bold or len(rest.split()) <= 14


def _as_response(entry: Entry) -> Entry:
    entry.response = entry.text + entry.response
    entry.text = []
    return entry


def _starts_bullet(entry: Entry) -> bool:
    return bool(entry.text and P.MARKER.match(entry.text[0].text))


def _continues_item(group: Group, piece, entry: Entry) -> bool:
    """A row or paragraph that carries on the previous recommendation ("... previously" / "contacted with ...")."""
    if not group.items:
        return False
    prev = group.items[-1].text
    words = piece[0]
    first = next((s.text for s in entry.text if s.text), "")
    if not prev or not prev[-1].isalnum() or piece[2] or P.VERB.match(words):
        return False
    if words[:1].islower() and not P.MARKER.match(first):
        return True
    # An enumeration after a colon that has not reached its end runs on into the next bullet
    # ("... the following officers: Emma Webster, ..., operations manager" / "• David Parkin, ...").
    return ":" in prev and "," in words and not action_led(words)


def _take_response(groups, group: Group, entry: Entry, text: str, has_items: bool, last_kind, seq) -> Response:
    """The response an entry prints: a continuation of the one above, or a new one in its group."""
    previous = group.responses[-1][1] if group.responses else None
    continuation = previous is not None and (
        text.startswith("RESOLVED") or _unfinished(previous.text)
        or ((text[:1].islower() or text[:1].isdigit()) and entry.kind == "row" and not has_items
            and previous.text[-1:] not in ".;!?"))
    if previous is not None and continuation:
        lead = P.STATUS_LEAD.match(previous.text)
        if has_items and not text.startswith("RESOLVED") and lead and lead.end() < len(previous.text):
            # "completed Democratic services to" / "take forward": the tail starts this row's response.
            tail = previous.text[lead.end():].strip()
            previous.parts = [previous.text[:lead.end()].strip()]
            fresh = Response(spans=list(entry.response), parts=[tail, text], shaded=entry.shaded)
            group.responses.append((seq, fresh))
            return fresh
        previous.parts.append(text)
        previous.spans.extend(entry.response)
        return previous
    fresh = Response(spans=list(entry.response), parts=[text], shaded=entry.shaded)
    if entry.kind == "para" and not has_items and last_kind == "response" and group.responses:
        # A second response in a row with nothing between: it belongs to an earlier group that has none.
        orphan = next((g for g in reversed(groups[:-1]) if g.items and not g.responses), None)
        if orphan is not None:
            orphan.responses.append((seq, fresh))
            return fresh
    group.responses.append((seq, fresh))
    return fresh


def _unfinished(text: str) -> bool:
    """A response cut off at a row break: it ends on a function word, a number or a comma."""
    words = text.split()
    return bool(words) and (words[-1].lower() in P.OPEN_END or words[-1].isdigit() or words[-1].endswith(","))


def _drop_lead_ins(group: Group) -> None:
    kept = []
    for i, item in enumerate(group.items):
        nxt = group.items[i + 1] if i + 1 < len(group.items) else None
        lead_in = (item.text.endswith(":")
                   or (item.text.endswith(";") and nxt is not None and nxt.lettered and not item.lettered)
                   or (re.search(r"\bthe following\b[^:]*$", item.text, re.I) and nxt is not None
                       and len(item.text.split()) <= 40))
        if lead_in and nxt is not None:
            for later in group.items[i + 1:]:
                later.lead_in = item.text
            if not group.topic:
                group.topic = item.text.rstrip(":; ")
                for later in group.items[i + 1:]:
                    later.topic = later.topic or group.topic
            if item.response and not nxt.response:
                nxt.response = item.response
            continue
        kept.append(item)
    group.items = kept


def _fill_responses(group: Group) -> None:
    """Items printed without a response cell share the one their table or list prints."""
    for item in group.items:
        if item.response is not None:
            continue
        before = [r for s, r in group.responses if s < item.seq]
        after = [r for s, r in group.responses if s > item.seq]
        if item.kind == "row" and any(item.fields.get(q) for q in ("status", "done", "accepted")):
            continue  # a row with a status of its own and a blank response cell has no response yet
        if item.kind == "row":
            item.response = before[-1] if before else (after[0] if after else None)
        else:
            item.response = after[0] if after else (before[-1] if before else None)
