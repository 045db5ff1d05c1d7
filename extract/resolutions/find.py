"""Stage `decide`: every RESOLVED statement in a pack, as `Resolution` records with their evidence.

    find_resolutions(ctx) -> list[Resolution]      (resolution_batches(ctx): the same, a window at a time)

1. Detection (`resolution_triggers`): each "resolved" in the pack's body text that records a decision: RESOLVED
   to/that/:/-, It was resolved, The Council resolved, unanimously RESOLVED, BE IT RESOLVED, a payments row
   "... £40.00 resolved to pay", the bare formula "Resolved, proposed Cllr A, seconded Cllr B." -- and not
   the everyday word ("the issue has been resolved", "will be resolved by the contractor").
2. Boundaries (`resolution_bounds`): from after the word and its punctuation to the end of the statement.
3. Clauses (`resolution_clauses`) and the subject standing before the word (`resolution_subject`).
4. Evidence: the quote is verbatim stream text on the cited pages; a record that fails that is a bug, raised.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace

from ...models import Resolution, Votes, make_id
from ..clauses.actions import another_body, with_votes
from . import patterns as P
from ...models.errors import EvidenceError, Kind, Notice, Stage
from ..problems import warning_record
from .formulas import LINE_MARKER, NEW_SENTENCE, formula_triggers
from .bounds import Statement, bound_statement, page_geometry, trim_proposer_tail
from .split import clean_join, split_clauses
from .subject import names_actor, subject_of
from .triggers import WORD, Trigger, decision_triggers, sentence_cuts, spoken
from ..pages.stream import TextStream
from ..text.tallies import nearest, tally_blocks
from ..pages.windows import Window, page_windows
from ..pack import Context

def stop_for(text: str, stream: TextStream, trigger: Trigger, following: Trigger | None) -> int:
    """Nothing of a statement may stand in the sentence (or, for rows, on the line) of the next decision."""
    if following is None:
        return len(text)
    cuts = [m.end() for m in _STOP.finditer(text, trigger.text_start, following.word_start)]
    next_line = stream.line_at(following.word_start)
    if next_line != stream.line_at(trigger.text_start):
        return max(cuts[-1] if cuts else 0, stream.lines[next_line].start)
    return cuts[-1] if cuts else following.word_start


_STOP = re.compile(r"[.!?](?=\s)")
#: "BE IT (FURTHER) RESOLVED" just before the word: a US/Canadian motion's own text.
_BE_IT = re.compile(r"\bbe\s+it\s+(?:\w+\s+)?$", re.I)


def _opens_list(text: str, trig: Trigger) -> bool:
    """"RESOLVED:" (or "RESOLVED -") ending its line: what follows on the next lines is the statement."""
    between = text[trig.word_end:trig.text_start]
    return "\n" in between and bool(re.search(r"[:\-\u2013\u2014]", between))


def _is_row(text: str, stream: TextStream, trig: Trigger) -> bool:
    """Whether the word stands after its object on the same line with no actor: a table or list row."""
    line = stream.lines[stream.line_at(trig.word_start)]
    prefix = text[line.start:trig.word_start].strip()
    if not prefix or trig.kind != "statement" or re.search(r"[.!?:;]\s", prefix):
        return False
    if names_actor([w.lower() for w in WORD.findall(prefix)]) or P.TRIGGER.search(prefix):
        return False
    rest = text[trig.text_start:line.end]
    return bool(re.search(r"[£$€]\s?\d|\d\.\d\d\b|[-\u2013\u2014:]$", prefix)) or len(rest.split()) <= 5


#: Pages a window of a long pack reads before its own (the paragraph or vote sentence above a statement) and
#: after them (a statement that runs over page breaks); see `windows`.
BEFORE_PAGES, AFTER_PAGES = 2, 5


def find_resolutions(ctx: Context, structure=None) -> list[Resolution]:
    """Every decision in the pack, in reading order, with clauses, subject and evidence: the RESOLVED statements
    and the decisions worded with another formula (`formulas`). `structure` (the pack's `Structure`), when
    given, leaves out other formulas in agenda, report and tracker pages and those of another body."""
    return [record for batch in resolution_batches(ctx, structure) for record in batch]


def resolution_batches(ctx: Context, structure=None) -> Iterator[list[Resolution]]:
    """`find_resolutions` a window of pages at a time: one batch for an ordinary pack, several for a long one
    (`windows.page_windows`), so a long pack's text is never held whole."""
    sizes = ctx.pages.sizes
    widths = {n: w for n, (w, _) in sizes.items()}
    heights = {n: h for n, (_, h) in sizes.items()}
    counts = {"resolved": 0, "other": 0}
    limits = ctx.limits
    for window in page_windows(ctx.pages, limits.window_pages, BEFORE_PAGES, AFTER_PAGES):
        batch = _window_resolutions(ctx, window, widths, heights, counts, structure)
        yield batch


#: Kinds of document whose formula words are not the meeting's decisions: agenda wording, officers' reports
#: and their appendices, trackers quoting other bodies, a front sheet.
NOT_DECISION_DOCUMENTS = frozenset({"agenda", "report", "appendix", "tracker", "front_sheet"})


def _window_resolutions(ctx, window: Window, widths: dict[int, float], heights: dict[int, float],
                        counts: dict[str, int], structure=None) -> list[Resolution]:
    stream = TextStream(window.pages)
    text = stream.text
    geometry = page_geometry(stream)
    # a lower-case "be it resolved" in a speaker's turn is the motion read aloud, not the printed one
    triggers = [t for t in decision_triggers(text)
                if text[t.word_start:t.word_end].isupper() or not spoken(stream, t.word_start, geometry[0])]
    statements = []
    for n, trig in enumerate(triggers):
        following = triggers[n + 1] if n + 1 < len(triggers) else None
        statements.append(_bound(stream, trig, following, geometry, widths, heights))
    others = _other_decisions(stream, triggers, statements, structure, geometry[0])
    covered = list(zip(triggers, statements))
    starts = sorted(t.first for t in triggers + [t for t, _ in others])
    for trig, following in others:
        covered.append((trig, _bound(stream, trig, following, geometry, widths, heights)))
    covered.sort(key=lambda pair: pair[0].first)
    # A recorded vote printed as labelled tallies goes to the decision it stands closest to.
    extents = [(trig.first, _end_of(trig, st)) for trig, st in covered]
    tallies = nearest(tally_blocks(text), extents) if covered else {}
    records = []
    for n, (trig, statement) in enumerate(covered):
        if not window.owns(stream.lines[stream.line_at(trig.word_start)].page):
            continue  # context read for a neighbouring window's statement
        kind = "resolved" if trig.formula == "resolved" else "other"
        counts[kind] += 1
        records.append(_record(ctx, stream, trig, statement, counts[kind], geometry[0],
                               _next_start(starts, trig.first, len(text)), tallies.get(n)))
    return records


def _end_of(trig: Trigger, statement: Statement) -> int:
    return max((b for _, b in statement.spans), default=trig.text_start)


def _bound(stream: TextStream, trig: Trigger, following: Trigger | None, geometry, widths, heights) -> Statement:
    """The extent of one decision's text: to the end of its statement, never into the next decision."""
    text = stream.text
    if trig.end is not None:
        stop = trig.end
    else:
        stop = trig.text_start if trig.empty else stop_for(text, stream, trig, following)
        if following is not None and following.formula != "resolved" and _coordinated(text, following):
            # "... agreed that they were adequate and agreed to continue ...": two decisions, split at "and"
            stop = following.word_start - len(_coordinated(text, following))
    if trig.text_start >= stop:
        return Statement(spans=[(trig.text_start, trig.text_start)])
    row = trig.kind == "row" or _is_row(text, stream, trig)
    statement = bound_statement(stream, trig.text_start, stop, geometry, row=row, widths=widths, heights=heights,
                                list_first=_opens_list(text, trig),
                                document=bool(_BE_IT.search(text, max(0, trig.word_start - 40), trig.word_start)))
    if trig.runs_on:
        _run_on(stream, statement, stop)
    return trim_proposer_tail(stream, statement)


def _run_on(stream: TextStream, statement: Statement, stop: int) -> None:
    """Take the lines after the statement's first sentence up to `stop` (the list a motion announced)."""
    done = _end_of_spans(statement)
    for sl in stream.lines[stream.line_at(done):]:
        if sl.start >= stop:
            break
        a, b = max(sl.start, done), min(sl.end, stop)
        if stream.text[a:b].strip():
            statement.spans.append((a, b))


def _end_of_spans(statement: Statement) -> int:
    return max(b for _, b in statement.spans)


def _coordinated(text: str, trig: Trigger) -> str:
    """The " and " (with adverbs) that joins a formula to the decision before it ("and agreed to ..."), or ""."""
    before = text[max(0, trig.word_start - 60):trig.word_start]
    m = re.search(r"\s+and\s+(?:(?:also|further|then|unanimously)\s+)?$", before)
    if not m or re.search(r"\b(?:was|were|be|been|being)\s+(?:\w+\s+)?\w+ed\s+and\s*$", before, re.I):
        return ""  # not "were signed and approved": one passive with two verbs
    return m.group(0)


def _other_decisions(stream: TextStream, resolved: list[Trigger], statements: list[Statement],
                     structure=None, spacing: dict[int, float] | None = None) -> list[tuple[Trigger, Trigger | None]]:
    """The formula triggers that are decisions of their own, each with the trigger after it (any formula): not
    inside or in the same sentence as a RESOLVED statement or its vote, not inside the decision before it
    ("All agreed this was a true record and minutes were approved" is one decision), not in an agenda, report
    or tracker, not another body's."""
    text = stream.text
    spans = []
    for trig, st in zip(resolved, statements):
        end = _end_of(trig, st)
        tail = vote_record_after(text, end, end + 300)
        if tail:  # "RESOLVED that ... . Carried unanimously.": the vote belongs to the statement
            m = re.match(r"\s*" + r"\s+".join(map(re.escape, tail.split())), text[end:end + 400])
            end += m.end() if m else 0
        spans.append((trig.first, end))
    kept: list[Trigger] = []
    for trig in formula_triggers(text):
        if any(a <= trig.word_start < b or a <= trig.first < b for a, b in spans):
            continue
        if any(_same_sentence(text, r.word_start, trig.word_start) for r in resolved):
            continue
        if kept and _same_sentence(text, kept[-1].word_end, trig.word_start) and not _coordinated(text, trig) \
                and kept[-1].formula != "carried":
            continue
        if kept and kept[-1].formula == trig.formula == "carried" and kept[-1].text_start == trig.text_start:
            continue  # "Motion carries, the item has been approved": one vote
        if trig.formula == "carried" and _vote_of_next(text, trig, resolved):
            continue
        if structure is not None and not _meeting_decides(stream, trig, structure, spacing or {}):
            continue
        kept.append(_doubts(stream, trig, structure))
    everything = sorted(resolved + kept, key=lambda t: t.first)
    starts = [t.first for t in everything]
    out = []
    for trig in kept:
        k = bisect.bisect_right(starts, trig.first)  # the first trigger that starts after this one
        out.append((trig, everything[k] if k < len(everything) else None))
    return out


def _vote_of_next(text: str, trig: Trigger, resolved: list[Trigger]) -> bool:
    """Whether a "carried" records the vote on the RESOLVED statement right after it ("The recommendations were
    put to the vote and carried with 30 votes for and 3 abstentions. / Resolved - ..."): that statement is the
    decision, and the vote is its record, not a decision of its own."""
    nxt = next((r for r in resolved if r.first >= trig.word_end), None)
    if nxt is None or nxt.first - trig.word_end > 200:
        return False
    return len(sentence_cuts(text[trig.word_end:nxt.first] + " ")) <= 1


def _next_start(starts: list[int], first: int, default: int) -> int:
    """Where the next decision after one starting at `first` starts (`starts` sorted), else `default`."""
    k = bisect.bisect_right(starts, first)
    return starts[k] if k < len(starts) else default


def _same_sentence(text: str, a: int, b: int) -> bool:
    """Whether two formula words stand in one sentence: no stop, paragraph, heading, list point or new line
    opening in capitals after a finished phrase stands between them."""
    lo, hi = min(a, b), max(a, b)
    if hi - lo >= 400:  # too far apart to share a sentence: answered before any slicing, so the check costs
        return False    # the same however long the pack's text is
    between = text[lo:hi]
    line_end = text.find("\n", hi)
    lines = text[lo:len(text) if line_end < 0 else line_end].split("\n")  # (the later word's line whole)
    for prev, nxt in zip(lines, lines[1:]):
        if LINE_MARKER.match(nxt):
            return False
        if nxt.strip()[:1].isupper() and not re.search(r"(?:,|\b(?:and|or|the|of|to|by|a|an|that|with|for|in))\s*$",
                                                       prev, re.I):
            return False
    if NEW_SENTENCE.search(between):
        return False  # "... Museum, Inc. The Board also approved ...": an abbreviation's stop ends a sentence here
    return not sentence_cuts(between + " ", ".!?;") and "\n\n" not in between and \
        not any(P.NUMBERED_HEADING.match(line) or P.LIST_MARKER.match(line) or LINE_MARKER.match(line)
                for line in between.split("\n")[1:])


def _meeting_decides(stream: TextStream, trig: Trigger, structure, spacing: dict[int, float]) -> bool:
    """Whether the pack's structure puts this formula in the meeting's own record: not on an agenda, report,
    appendix or tracker page, not said of another body than the one that met, and in a verbatim transcript
    neither said in a speaker's turn ("Councillor Gerbasi: ... we approved half a million dollars" is talk about
    a decision; the chair's "Carried." is the record of one) nor part of an item's heading ("Item 4 - Request to
    Rescind 2013 Council Approved Joint Venture ...")."""
    boxes = stream.boxes(trig.word_start, trig.word_end)
    if not boxes:
        return True
    place = structure.item_at(boxes[0][0], boxes[0][2])
    spoken_vote = trig.formula == "carried" and trig.kind != "passive"
    if place.document is not None and not spoken_vote and place.document.kind is not None and \
            getattr(place.document.kind, "value", place.document.kind) in NOT_DECISION_DOCUMENTS:
        return False
    if trig.agent and another_body(trig.agent, place.meeting.body if place.meeting else None):
        return False
    if trig.formula != "carried" and place.document is not None and "transcript" in place.document.cues and (
            spoken(stream, trig.word_start, spacing, misprints=True)
            or (place.minute_item is not None and _in_heading(stream, trig, place.minute_item))):
        return False
    return True


def _in_heading(stream: TextStream, trig: Trigger, item) -> bool:
    """Whether the formula word stands in its minute item's heading ("Item 4 - Request to Rescind 2013 Council
    Approved Joint Venture ..."): a title, not a decision."""
    line = stream.lines[stream.line_at(trig.word_start)].line.text
    words = " ".join(re.findall(r"\w+", line.lower()))
    heading = " ".join(re.findall(r"\w+", f"{item.number or ''} {item.title or ''}".lower()))
    return len(words) > 0 and f" {words} " in f" {heading} "


def _doubts(stream: TextStream, trig: Trigger, structure) -> Trigger:
    """A named body decided, but the pack names no meeting body to check it against: kept, and said."""
    if structure is None or not trig.agent or not set(re.findall(r"[a-z]+", trig.agent.lower())) - P.BODY_KIND_WORDS:
        return trig  # "the Board", "The Parish Council": the meeting's own kind of body
    boxes = stream.boxes(trig.word_start, trig.word_end)
    place = structure.item_at(boxes[0][0], boxes[0][2]) if boxes else None
    if place is not None and place.meeting is not None and place.meeting.body:
        return trig
    return replace(trig, uncertain=trig.uncertain + (
        f"'{trig.agent}' decided; the meeting's own body is not known, so it may be another body",))


def _record(ctx, stream: TextStream, trig: Trigger, statement: Statement, ordinal: int,
            spacing: dict[int, float], limit: int | None = None, tally: str | None = None) -> Resolution:
    text = stream.text
    spans = [(a, b) for a, b in statement.spans if b > a]
    pieces = [text[a:b] for a, b in spans]
    body = clean_join(pieces)
    clauses = split_clauses(pieces, statement.item_starts) or ([body] if body else [])
    if trig.formula == "resolved":
        subject, guessed = subject_of(text, stream, trig, body, spacing)
    else:
        subject, guessed = trig.subject, False
    uncertain = list(statement.uncertain) + list(trig.uncertain)
    if guessed:
        uncertain.append("subject taken from the paragraph before the statement")
    source = _evidence(ctx, stream, trig, spans)
    local = ordinal if trig.formula == "resolved" else f"{trig.formula}-{ordinal}"
    record = Resolution(
        id=make_id(ctx.pdf.sha256, "resolution", local),
        pack_id=ctx.pack_id,
        formula=trig.formula,
        text=body,
        clauses=clauses,
        subject=subject,
        uncertain=uncertain or None,
        source=source,
    )
    before = trig.vote_words if trig.formula == "carried" or trig.vote_words is not None \
        else vote_words_before(text, trig.word_start)
    end = max((b for _, b in spans), default=trig.text_start)
    record_after = vote_record_after(text, end, len(text) if limit is None else limit)
    after = " ".join(part for part in (record_after, tally) if part) or None
    record = with_votes(record, before=before, after=after, parser=ctx.parse) if before or after else record
    return _tail_names(record, record_after)


def _tail_names(record: Resolution, record_after: str | None) -> Resolution:
    """The mover and seconder of an abbreviated tail ("Proposed JB; 2nd KL"), where the vote reading found no
    names (initials are no names to it)."""
    tail = P.PROPOSER_TAIL.match(record_after or "")
    if not tail:
        return record
    votes = record.votes.model_dump(exclude_none=True) if record.votes else {}
    votes.setdefault("proposer", " ".join(tail["proposer"].split()))
    votes.setdefault("seconder", " ".join(tail["seconder"].split()))
    return record.model_copy(update={"votes": Votes(**votes)})


#: Words that show the words before "resolved" state a vote ("unanimously", "by 7 votes to 2", "seconded").
_VOTE_HINTS = P.VOTE_KEYS | {"votes", "vote", "proposed", "seconded", "moved"}


#: A sentence that tells of the vote the next decision records ("The recommendations were put to the vote and
#: carried with 30 votes for", "The Council voted unanimously on a show of hands to make the resolution below").
_VOTE_TAKEN = re.compile(r"\b(?:put\s+to\s+(?:the\s+)?(?:vote|meeting)|voted|vote\s+(?:was|being)\s+taken|"
                         r"show\s+of\s+hands|recorded\s+vote)\b", re.I)


def vote_words_before(text: str, pos: int) -> str | None:
    """The words before "resolved" that state its vote, else None: its own sentence's ("The Council
    unanimously", "It was PROPOSED by Councillor A Seconded by Councillor B, and"), and the sentence just
    before when that tells of the vote being taken ("The motion was put to the vote and carried unanimously.")."""
    window = text[max(0, pos - 400):pos]
    cuts = sorted(set(sentence_cuts(window, ".!?;:")) | {m.end() for m in re.finditer(r"\)[ \t]*\n", window)})
    sentence = window[cuts[-1]:] if cuts else window
    words = {w.lower() for w in WORD.findall(sentence)}
    found = " ".join(sentence.split()) if words & _VOTE_HINTS else ""
    if cuts and len(sentence.split()) <= 4:  # "RESOLVED" opens its sentence, or "It was (therefore)" does
        prior = window[cuts[-2] if len(cuts) > 1 else 0:cuts[-1]]
        # (not when it follows a decision: "RESOLVED that X. Carried on a show of hands." is X's vote)
        earlier = window[cuts[-3] if len(cuts) > 2 else 0:cuts[-2]] if len(cuts) > 1 else ""
        if _VOTE_TAKEN.search(prior) and not P.TRIGGER.search(prior) and not P.TRIGGER.search(earlier):
            found = (" ".join(prior.split()) + " " + found).strip()
    return found or None


#: Lower-case words a proposer/seconder line after a decision is made of ("This was proposed by Cllr Spurr.",
#: "Proposed by: Cllr Taylor  Seconded by: Cllr Gradwell"); capitalised words are the names.
_AFTER_WORDS = P.VOTE_WORDS | {"this", "it", "proposed", "seconded", "moved", "proposer", "seconder"}


def vote_record_after(text: str, end: int, limit: int) -> str | None:
    """The proposer/seconder record that follows a decision without being part of its text ("RESOLVED: Dates
    agreed. This was proposed by Cllr Spurr."): the next sentence, before the next decision, when it opens
    with the proposal words and holds nothing but them and names. None otherwise."""
    rest = text[end:min(limit, end + 200)]
    line = rest.split("\n", 2)
    for piece in (line[0], " ".join(line[:2])):
        tail = P.PROPOSER_TAIL.match(piece)
        if tail and tail.group(0).strip():
            return " ".join(tail.group(0).split()).strip("-\u2013\u2014() ")  # "Proposed JB; 2nd KL"
    m = re.match(r"\s*((?:(?:this|it)\s+was\s+)?(?:proposed|seconded|moved)\b[^.!?]*[.!?]?)", rest, re.I)
    if m:
        sentence = m.group(1)
        lower = [w for w in WORD.findall(sentence) if w[:1].islower()]
        return " ".join(sentence.split()) if all(w.lower() in _AFTER_WORDS for w in lower) else None
    # "The Motion on being put to the meeting was carried unanimously." -- not one announcing the next decision
    m = re.match(r"\s*([^.!?]{0,160}[.!?])", rest)
    sentence = m.group(1) if m else ""
    words = [w.lower() for w in WORD.findall(sentence)]
    if sentence and (_VOTE_TAKEN.search(sentence) or words[:1] == ["carried"]) and \
            all(w in _CARRIED_WORDS or w.isdigit() for w in words) and any(w in P.VOTE_KEYS for w in words):
        return " ".join(sentence.split())
    return None


#: Words of a sentence recording how the motion went ("The Motion on being put to the meeting was carried").
_CARRIED_WORDS = P.VOTE_WORDS | {"on", "upon", "put", "meeting", "declared", "show", "hands", "taken", "then",
                                 "thereupon", "recorded", "duly"}


def _evidence(ctx, stream: TextStream, trig: Trigger, spans: list[tuple[int, int]]):
    """Pages, quote and boxes from the word "resolved" through the statement's last span, checked."""
    text = stream.text
    if trig.text_start < trig.word_start:
        # a carried motion: its words, then the formula that carried it
        parts = [span for span in spans if span[1] <= trig.word_start] + [(trig.word_start, trig.word_end)]
    else:
        parts = [(trig.word_start, max(trig.word_end, spans[0][1] if spans else trig.word_end))] + spans[1:]
    if trig.text_start < trig.word_start:
        pass
    elif spans and stream.line_at(spans[0][0]) != stream.line_at(trig.word_start):
        parts = [(trig.word_start, stream.lines[stream.line_at(trig.word_start)].end)] + spans
    contiguous = all(text[b:c].strip() == "" for (_, b), (c, _) in zip(parts, parts[1:]))
    if contiguous:
        source = ctx.evidence(stream, parts[0][0], parts[-1][1])
    else:
        quote = "\n".join(text[a:b].strip() for a, b in parts)
        boxes = [box for a, b in parts for box in stream.boxes(a, b)]
        pages = sorted({p for a, b in parts for p in stream.pages_between(a, b)})
        source = ctx.source(pages, quote=quote, boxes=boxes)
    _verify(ctx, source)
    return source


def _verify(ctx, source) -> None:
    """The quote must stand, line by line, on the pages it cites (furniture left out)."""
    by_number = {page.number: page for page in ctx.pages} if any(
        ctx.pages[n - 1].number != n for n in source.pages if n <= len(ctx.pages)) or \
        max(source.pages, default=0) > len(ctx.pages) else None  # a page that failed to read is missing
    page_of = (lambda n: by_number[n]) if by_number is not None else (lambda n: ctx.pages[n - 1])
    body = {n: "\n".join(l.text for l in page_of(n).lines if not l.furniture) for n in source.pages}
    for piece in (source.quote or "").split("\n"):
        piece = piece.strip()
        if piece and not any(piece in page_text for page_text in body.values()):
            raise EvidenceError(f"{ctx.pdf.name}: quote {piece[:60]!r} is not on pages {source.pages}")
    if not source.pages:
        raise EvidenceError(f"{ctx.pdf.name}: a resolution cites no page")


def resolution_records(ctx: Context, structure=None):
    """The stage's records for the pipeline: the resolutions, or a warning when there are none. A statement
    whose evidence fails its check raises `EvidenceError`; the pipeline's guard makes it an error record and
    the rest of the pack's records still come out."""
    found = False
    for batch in resolution_batches(ctx, structure):  # a long pack's are yielded window by window
        found = found or any(r.formula == "resolved" for r in batch)  # the warning is about RESOLVED
        yield from batch
    if not found:
        yield warning_record(Notice("no RESOLVED statement found", Stage.RESOLUTIONS, Kind.NO_RESOLVED), ctx.pdf.name, ctx.pdf.sha256,
                             local="resolutions-none")
