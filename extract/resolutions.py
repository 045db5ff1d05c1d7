"""Stage `decide`: every RESOLVED statement in a pack, as `Resolution` records with their evidence.

    find_resolutions(ctx) -> list[Resolution]

1. Detection (`decision_triggers`): each "resolved" in the pack's body text that records a decision: RESOLVED
   to/that/:/-, It was resolved, The Council resolved, unanimously RESOLVED, BE IT RESOLVED, a payments row
   "... £40.00 resolved to pay", the bare formula "Resolved, proposed Cllr A, seconded Cllr B." -- and not
   the everyday word ("the issue has been resolved", "will be resolved by the contractor").
2. Boundaries (`resolution_bounds`): from after the word and its punctuation to the end of the statement.
3. Clauses (`resolution_clauses`) and the subject that stands before the word, where there is one.
4. Evidence: the quote is verbatim stream text on the cited pages; a record that fails that is a bug, raised.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Resolution, make_id
from . import resolved_patterns as P
from .errors import MinutebookError
from .resolution_bounds import Statement, bound_statement, page_geometry
from .resolution_clauses import clean_join, split_clauses
from .stream import TextStream

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*|\d[\d,./]*")


class EvidenceError(MinutebookError):
    """A record's quote is not what its cited pages hold: a bug in the extractor, surfaced as an error record."""

    kind = "evidence"
    stage = "resolutions"
    hint = "please report it with the PDF"


@dataclass(frozen=True)
class Trigger:
    """One "resolved" that records a decision: where the word stands and where the statement's text starts."""

    word_start: int
    word_end: int
    text_start: int
    kind: str  # "statement", "formula" (object before it), "passive" ("X was resolved by the Council")
    actor: bool = False  # the words before it name who decided ("It was", "The Committee")
    empty: bool = False  # "... seconded Cllr B. RESOLVED." -- nothing follows the word


def _words_before(text: str, pos: int, n: int = 8) -> list[str]:
    window = text[max(0, pos - 160):pos]
    # the sentence the word stands in: stop at a full stop followed by a space
    cut = max(window.rfind(". "), window.rfind(".\n"))
    if cut >= 0:
        window = window[cut + 1:]
    return [w.lower() for w in _WORD.findall(window)][-n:]


def classify(text: str, start: int, end: int) -> Trigger | None:
    """Whether the "resolved" at text[start:end] records a decision, and how; None for the everyday word."""
    word = text[start:end]
    before = _words_before(text, start)
    after_raw = text[end:end + 80]
    punct = re.match(r"[ \t]*([,:;.\-\u2013\u2014]*)\s*", after_raw)
    sep = punct.group(1)
    text_start = end + punct.end()
    nxt_words = [w.lower() for w in _WORD.findall(after_raw[punct.end():])][:3]
    nxt = nxt_words[0] if nxt_words else ""
    follow = nxt_words[1] if len(nxt_words) > 1 else ""
    upper = word.replace(" ", "").isupper()
    line_end = not after_raw[len(sep):].split("\n", 1)[0].strip() if "\n" in after_raw or len(after_raw) < 80 \
        else False
    actor = _actor(before)

    def make(kind: str, empty: bool = False) -> Trigger:
        return Trigger(start, end, end + len(sep) if empty else text_start, kind, actor=actor, empty=empty)

    if before[-2:] == ["be", "it"] or before[-3:-1] == ["be", "it"]:
        return make("statement")
    if nxt == "that" and follow in P.NOT_AFTER_THAT:
        return None
    # everyday passive / perfect: "has been resolved", "to be fully resolved", "is actually resolved"
    # RESOLVED in capitals is the formula; only words on its own line can make it everyday ("BEEN RESOLVED")
    core = list(before) if not upper else [w.lower() for w in _WORD.findall(_line_prefix(text, start))][-4:]
    while len(core) > 1 and (core[-1] in P.SOFT_ADVERBS or (core[-1].endswith("ly") and core[-1] != "unanimously")):
        core.pop()
    if core and core[-1] in P.BE_WORDS:
        return None
    if not upper and before and before[-1] in P.EVERYDAY_BEFORE:
        return None
    head = text[text_start:text_start + 40]
    formula = bool(P.FORMULA_START.match(head)) or bool(re.match(r"(?:proposed|seconded|moved)\b", head, re.I))
    by_body = nxt == "by" and (follow in P.BODIES or (follow == "the" and len(nxt_words) > 2
                                                      and nxt_words[2] in P.BODIES))
    if core and core[-1] in P.PASSIVE_AUX and not actor:
        # "<something> was resolved": a decision only with a formula or an agent that is a body
        return make("formula") if formula else make("passive") if by_body else None
    if sep.startswith("."):
        # "RESOLVED." closing a proposal: the decision stands before it, unless the next line opens it
        strong = upper or (word[:1].isupper() and _line_start(text, start))
        if strong and formula:
            return make("formula")
        if strong and (line_end or not nxt) and nxt not in {"that", "to"}:
            return make("formula", empty=True)
        if strong and nxt in {"that", "to"}:
            return make("statement")
        return None
    if upper and line_end and _caps_line_before(text, start):
        return None  # a heading in capitals: "ITEMS RESOLVED"
    if formula and (not before or _line_start(text, start) or sep == ","):
        return make("formula")
    if actor or upper:
        return make("statement")
    if sep and sep[0] in ":-\u2013\u2014" and nxt:
        return make("statement")
    if sep == ",":
        return make("statement") if nxt in P.AFTER_COMMA else None
    if nxt == "to":
        return make("statement") if follow and follow not in P.NOT_AFTER_TO and not follow[0].isdigit() else None
    if nxt == "that" and follow in P.NOT_AFTER_THAT:
        return None
    if nxt in {"that", "not", "unanimously", "accordingly", "nem", "further"} or (nxt, follow) == ("as", "follows"):
        return make("statement")
    if nxt == "by" and (follow in {"a", "majority"} or follow.isdigit()):
        return make("statement")
    if nxt == "with" and (follow.isdigit() or follow in P.VOTE_WORDS):
        return make("statement")
    return None


def _line_prefix(text: str, pos: int) -> str:
    return text[text.rfind("\n", 0, pos) + 1:pos]


def _caps_line_before(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    letters = [c for c in text[line_start:pos] if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _actor(before: list[str]) -> bool:
    """Whether the words before "resolved" name who decided: "It was", "The Committee", "Members unanimously"."""
    words = list(before)
    while words and (words[-1] in P.ADVERBS or words[-1] in P.PASSIVE_AUX):
        if words[-1] in P.PASSIVE_AUX:
            return len(words) > 1 and (words[-2] == "it" or (words[-2] in P.BODIES and words[-1] in
                                                              {"has", "have", "had"}))
        words.pop()
    if not words:
        return False
    if words[-2:] == ["be", "it"]:
        return True
    return words[-1] in P.BODIES or words[-1] == "we"


def _line_start(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip()


def decision_triggers(text: str) -> list[Trigger]:
    out = []
    for m in P.TRIGGER.finditer(text):
        t = classify(text, m.start(), m.end())
        if t is not None:
            out.append(t)
    return out


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


def subject_of(text: str, stream: TextStream, trigger: Trigger, statement_text: str) -> tuple[str | None, bool]:
    """The decision's object where it stands before "resolved" (a payments row, the line before a bare formula).

    Returns (subject, guessed): guessed when it was taken from the paragraph before the statement.
    """
    k = stream.line_at(trigger.word_start)
    line = stream.lines[k]
    if trigger.actor:
        return None, False
    prefix = _own_clause(text[line.start:trigger.word_start])
    if not prefix and k > 0 and trigger.kind != "formula":
        # lower-case "resolved to pay" opening a line: its sentence began on the line before
        prev = stream.lines[k - 1]
        prev_text = text[prev.start:prev.end].rstrip()
        if text[trigger.word_start].islower() and prev_text and prev_text[-1] not in ".:;!?" \
                and prev.page == line.page:
            prefix = _own_clause(prev_text)
    if prefix:
        words = [w.lower() for w in _WORD.findall(prefix)]
        if _names_actor(words):
            return None, False
        prefix = re.sub(r"\s+(?:was|were|is|are|has been|have been|had been)$", "", prefix, flags=re.I)
        return " ".join(prefix.split()) or None, False
    if trigger.kind == "formula":
        own = _strip_number(text[line.start:trigger.word_start]).strip()
        same_line = _decision_sentences(own)
        prev_open = k > 0 and not re.search(r"[.!?:;]\W*$", text[stream.lines[k - 1].start:stream.lines[k - 1].end])
        if same_line and not prev_open:
            return same_line, False
        para = _decision_sentences(_paragraph_before(text, stream, k) + " " + own)
        return (para or None), True
    return None, False


_FORMULA_SENTENCE = re.compile(r"^(?:proposed|seconded|moved|unanimously|agreed by|carried|all in favour|"
                               r"nem\.? con)\b", re.I)


def _decision_sentences(text: str) -> str:
    """The sentences of a text that are not themselves the formula ("Proposed Cllr A, seconded Cllr B.")."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z\u201c\"(])", text.strip())
    kept = [p for p in parts if p.strip() and not _FORMULA_SENTENCE.match(p.strip())]
    return " ".join(" ".join(kept).split())


def _strip_number(prefix: str) -> str:
    return re.sub(r"^\s*(?:\d{1,4}(?:\.\d{1,3})*\.?|\(?[a-z]{1,3}\))\s+", "", prefix)


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
    if _names_actor([w.lower() for w in _WORD.findall(prefix)]) or P.TRIGGER.search(prefix):
        return False
    rest = text[trig.text_start:line.end]
    return bool(re.search(r"[£$€]\s?\d|\d\.\d\d\b|[-\u2013\u2014:]$", prefix)) or len(rest.split()) <= 5


def _own_clause(prefix: str) -> str:
    """The part of a line before the word that belongs to the word's own sentence, minute number left out."""
    cuts = [m.end() for m in re.finditer(r"[.;:!?](?=\s|$)", prefix)]
    if cuts:
        prefix = prefix[cuts[-1]:]
    return _strip_number(prefix).strip()


def _names_actor(words: list[str]) -> bool:
    for i, w in enumerate(words):
        if w in P.BODIES and w not in {"parish", "town", "group", "member", "councillor"}:
            return True
        if w == "it" and i + 1 < len(words) and words[i + 1] in P.PASSIVE_AUX:
            return True
    return False


def _paragraph_before(text: str, stream: TextStream, k: int, max_lines: int = 6) -> str:
    """The lines just before line k, back to a paragraph gap, a heading or an earlier decision."""
    picked: list[str] = []
    below = stream.lines[k]
    for j in range(k - 1, max(-1, k - 1 - max_lines), -1):
        sl = stream.lines[j]
        t = text[sl.start:sl.end]
        if P.TRIGGER.search(t) or P.SIGNATURE.search(t):
            break
        words = t.split()
        if (P.LIST_MARKER.match(t) and len(words) <= 8 and not t.rstrip().endswith(".")) or \
                (sl.line.bold and not stream.lines[k].line.bold):
            break
        h = max(sl.line.bottom - sl.line.top, 1.0)
        if sl.page == below.page and below.line.top - sl.line.top > 2.0 * h and picked:
            break
        if sl.page == below.page and below.line.top - sl.line.top > 2.0 * h and not picked:
            # the formula's own paragraph gap: allowed once only if the subject line sits right above
            break
        picked.insert(0, t)
        below = sl
        if re.match(r"^\s*(?:\(?[a-z0-9]{1,4}[.)]|\d{1,4}(?:\.\d+)*\.?)\s", t):
            break
    return clean_join(picked)


def find_resolutions(ctx) -> list[Resolution]:
    """Every RESOLVED statement in the pack, in reading order, with clauses, subject and evidence."""
    stream = TextStream(ctx.pages)
    text = stream.text
    geometry = page_geometry(stream)
    triggers = decision_triggers(text)
    records = []
    for n, trig in enumerate(triggers):
        following = triggers[n + 1] if n + 1 < len(triggers) else None
        stop = trig.text_start if trig.empty else stop_for(text, stream, trig, following)
        if trig.text_start >= stop:
            statement = Statement(spans=[(trig.text_start, trig.text_start)])
        else:
            statement = bound_statement(stream, trig.text_start, stop, geometry, row=_is_row(text, stream, trig),
                                        widths={pg.number: pg.width for pg in ctx.pages},
                                        list_first=_opens_list(text, trig))
        records.append(_record(ctx, stream, trig, statement, len(records) + 1))
    return records


def _record(ctx, stream: TextStream, trig: Trigger, statement: Statement, ordinal: int) -> Resolution:
    text = stream.text
    spans = [(a, b) for a, b in statement.spans if b > a]
    pieces = [text[a:b] for a, b in spans]
    body = clean_join(pieces)
    clauses = split_clauses(pieces, statement.item_starts) or ([body] if body else [])
    subject, guessed = subject_of(text, stream, trig, body)
    uncertain = list(statement.uncertain)
    if guessed:
        uncertain.append("subject taken from the paragraph before the statement")
    source = _evidence(ctx, stream, trig, spans)
    return Resolution(
        id=make_id(ctx.pdf.sha256, "resolution", ordinal),
        pack_id=ctx.pack_id,
        text=body,
        clauses=clauses,
        subject=subject,
        uncertain=uncertain or None,
        source=source,
    )


def _evidence(ctx, stream: TextStream, trig: Trigger, spans: list[tuple[int, int]]):
    """Pages, quote and boxes from the word "resolved" through the statement's last span, checked."""
    text = stream.text
    parts = [(trig.word_start, max(trig.word_end, spans[0][1] if spans else trig.word_end))] + spans[1:]
    if spans and stream.line_at(spans[0][0]) != stream.line_at(trig.word_start):
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
    body = {n: "\n".join(l.text for l in ctx.pages[n - 1].lines if not l.furniture) for n in source.pages}
    for piece in (source.quote or "").split("\n"):
        piece = piece.strip()
        if piece and not any(piece in page_text for page_text in body.values()):
            raise EvidenceError(f"{ctx.pdf.name}: quote {piece[:60]!r} is not on pages {source.pages}")
    if not source.pages:
        raise EvidenceError(f"{ctx.pdf.name}: a resolution cites no page")


def resolution_records(ctx):
    """The stage's records for the pipeline: the resolutions, a warning when there are none, or an error
    record when a statement's evidence failed its check (the rest of the pack's records still come out)."""
    from ..models import ErrorRecord, WarningRecord

    try:
        found = find_resolutions(ctx)
    except MinutebookError as exc:
        yield ErrorRecord(id=make_id(ctx.pdf.sha256, "error", f"resolutions-{exc.kind}"), pack_id=ctx.pack_id,
                          stage=exc.stage, kind=exc.kind, message=str(exc), source=ctx.source([]))
        return
    except Exception as exc:  # a bug in the rules must not cost the batch the pack's other records
        yield ErrorRecord(id=make_id(ctx.pdf.sha256, "error", "resolutions-internal"), pack_id=ctx.pack_id,
                          stage="resolutions", kind="internal",
                          message=f"the resolutions stage failed ({type(exc).__name__}: {exc}); please report it",
                          source=ctx.source([]))
        return
    if not found:
        yield WarningRecord(id=make_id(ctx.pdf.sha256, "warning", "resolutions-none"), pack_id=ctx.pack_id,
                            stage="resolutions", message="no RESOLVED statement found",
                            source=ctx.source([]))
    yield from found
