"""The subject of a RESOLVED statement: the decision's object where it stands before the word.

A payments or policy row ("Village Hall Fees £ 40.00 resolved to pay"), the sentence before "was resolved"
("Support for this was resolved by the Council"), or for a bare formula ("Resolved, proposed Cllr A,
seconded Cllr B.") the decision sentence(s) of the paragraph before it.
"""
from __future__ import annotations

import re

from . import patterns as P
from .split import clean_join
from .triggers import WORD, Trigger, last_sentence_cut, sentence_cuts
from ..pages.stream import TextStream

def subject_of(text: str, stream: TextStream, trigger: Trigger, statement_text: str,
               spacing: dict[int, float] | None = None) -> tuple[str | None, bool]:
    """The decision's object where it stands before "resolved" (a payments row, the line before a bare formula).

    Returns (subject, guessed): guessed when it was taken from the paragraph before the statement.
    `spacing` is each page's usual line spacing (a wider gap is a paragraph break).
    """
    spacing = spacing or {}
    k = stream.line_at(trigger.word_start)
    line = stream.lines[k]
    if trigger.actor:
        return _object_before_actor(text, stream, trigger, statement_text, spacing), False
    prefix = _own_clause(text[line.start:trigger.word_start])
    title = re.fullmatch(r"\s*([A-Z][^.:;]{1,60}?)\s*[:\-\u2013]\s*", _strip_number(text[line.start:trigger.word_start]))
    if not prefix and title and len(statement_text.split()) <= 5 and trigger.kind == "statement":
        # "b) Bank reconciliation: RESOLVED to note." -- the item's title is what is noted
        return " ".join(title.group(1).split()), False
    if not prefix and k > 0 and trigger.kind != "formula":
        # lower-case "resolved to pay" opening a line: its sentence began on the line before
        prev = stream.lines[k - 1]
        prev_text = text[prev.start:prev.end].rstrip()
        if text[trigger.word_start].islower() and prev_text and prev_text[-1] not in ".:;!?" \
                and prev.page == line.page:
            prefix = _own_clause(prev_text)
    if prefix:
        words = [w.lower() for w in WORD.findall(prefix)]
        if names_actor(words) or is_vote_record(words):
            return None, False
        prefix = re.sub(r"\s+(?:was|were|is|are|has been|have been|had been)$", "", prefix, flags=re.I)
        prefix = " ".join(prefix.split())
        quoted = _referred_text(text, stream, k, prefix, spacing)
        return (f"{prefix} ({quoted})" if quoted else prefix) or None, bool(quoted)
    if trigger.kind == "formula":
        own = _strip_number(text[line.start:trigger.word_start]).strip()
        same_line = _decision_sentences(own)
        prev_open = k > 0 and not re.search(r"[.!?:;]\W*$", text[stream.lines[k - 1].start:stream.lines[k - 1].end])
        if same_line and not prev_open:
            return same_line, False
        para = _decision_sentences(_paragraph_before(text, stream, k, spacing) + " " + own)
        return (para or None), True
    return None, False


def is_vote_record(words: list[str]) -> bool:
    """Whether words before "resolved" only state the vote ("UNANIMOUSLY", "By 7 votes to 2"): not an object."""
    return bool(words) and any(w in P.VOTE_KEYS for w in words) and all(w in P.VOTE_WORDS or w[0].isdigit()
                                                                        for w in words)


def _para_break(upper, lower, spacing: dict[int, float]) -> bool:
    """Whether a paragraph gap stands between two stream lines of the same page."""
    usual = spacing.get(upper.page) or 1.4 * max(upper.line.bottom - upper.line.top, 1.0)
    return lower.line.top - upper.line.top > 1.45 * usual


_REFERRING = re.compile(r"^(?:the|this|that|his|her|their)\s+(?:\w+\s+)?(?P<noun>amendment|motion|proposal|"
                        r"recommendations?|resolution|proposition|nomination)$", re.I)


def _referred_text(text: str, stream: TextStream, k: int, subject: str, spacing: dict[int, float],
                   max_back: int = 15) -> str | None:
    """For "The amendment was resolved", the amendment's words: the paragraph after the last line before
    that introduces one ("Cllr Morris raised an amendment to the resolution:")."""
    m = _REFERRING.match(subject)
    if not m:
        return None
    noun = m.group("noun").lower().rstrip("s")
    for j in range(k - 1, max(-1, k - 1 - max_back), -1):
        t = text[stream.lines[j].start:stream.lines[j].end].strip()
        if noun in t.lower() and re.search(r":-?$", t):
            picked = []
            for i in range(j + 1, k):
                if picked and (_para_break(stream.lines[i - 1], stream.lines[i], spacing)
                               or stream.lines[i].page != stream.lines[i - 1].page):
                    break
                picked.append(text[stream.lines[i].start:stream.lines[i].end])
            return clean_join(picked) or None
    return None


def _sentence_before(text: str, stream: TextStream, trigger: Trigger, spacing: dict[int, float],
                     max_lines: int = 3) -> str:
    """The words of the trigger's sentence before it, back over lines that do not end a sentence."""
    k = stream.line_at(trigger.word_start)
    start = stream.lines[k].start
    for j in range(k - 1, max(-1, k - 1 - max_lines), -1):
        prev, later = stream.lines[j], stream.lines[j + 1]
        if re.search(r"[.!?:;]\W*$", text[prev.start:prev.end]) or prev.page != later.page \
                or _para_break(prev, later, spacing) or later.line.x0 > prev.line.x0 + 10 \
                or P.NUMBERED_HEADING.match(text[later.start:later.end]) or prev.line.bold != later.line.bold \
                or P.NUMBERED_HEADING.match(text[prev.start:prev.end]):
            break  # a sentence end, page break, paragraph gap, first-line indent or heading
        start = prev.start
    prefix = text[start:trigger.word_start]
    cuts = [m.end() for m in re.finditer(r"[.!?;:](?=\s)", prefix)]
    return " ".join(_strip_number(prefix[cuts[-1]:] if cuts else prefix).split())


def _object_before_actor(text: str, stream: TextStream, trigger: Trigger, statement_text: str,
                         spacing: dict[int, float]) -> str | None:
    """For a short decision whose object stands before its actor ("Standing Orders for Tenders was due for
    renewal in May, after discussion, the Councillors resolved to increase to £2700"), that object."""
    if len(statement_text.split()) > 6:
        return None
    prefix = _sentence_before(text, stream, trigger, spacing)
    words = list(re.finditer(r"\S+", prefix))
    actor_at = None
    for m in words:
        if m.group(0).lower().strip(",;") in P.BODIES:
            actor_at = m.start()
    if actor_at is None:
        return None
    head = prefix[:actor_at]
    head = re.sub(r"(?:\b(?:the|and|that|then|so)\s*|,\s*)+$", "", head.rstrip(), flags=re.I)
    head = re.sub(r"[,;]?\s*(?:after|following)\s+(?:a\s+\w+\s+)?discussions?\s*,?$", "", head, flags=re.I)
    head = head.strip(" ,;-")
    return head if len(head.split()) >= 2 else None


_FORMULA_SENTENCE = re.compile(r"^(?:proposed|seconded|moved|unanimously|agreed by|carried|all in favour|"
                               r"nem\.? con)\b", re.I)


def _decision_sentences(text: str) -> str:
    """The sentences of a text that are not themselves the formula ("Proposed Cllr A, seconded Cllr B.")."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z\u201c\"(])", text.strip())
    kept = [p for p in parts if p.strip() and not _FORMULA_SENTENCE.match(p.strip())]
    return " ".join(" ".join(kept).split())


def _strip_number(prefix: str) -> str:
    return re.sub(r"^\s*(?:\d{1,4}(?:\.\d{1,3})*\.?|\(?[a-z]{1,3}\))\s+", "", prefix)


def _own_clause(prefix: str) -> str:
    """The part of a line before the word that belongs to the word's own sentence, minute number left out."""
    cut = last_sentence_cut(prefix, 0, len(prefix), ".;:!?")  # read back from the word: a long line costs
    if cut is not None:                                      # only its last sentence
        prefix = prefix[cut:]
    return _strip_number(prefix).strip()


def names_actor(words: list[str]) -> bool:
    for i, w in enumerate(words):
        if w in P.BODIES and w not in {"parish", "town", "group", "member", "councillor"}:
            return True
        if w == "it" and i + 1 < len(words) and words[i + 1] in P.PASSIVE_AUX:
            return True
    return False


def _paragraph_before(text: str, stream: TextStream, k: int, spacing: dict[int, float], max_lines: int = 6) -> str:
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
        if sl.page == below.page and _para_break(sl, below, spacing):
            break
        picked.insert(0, t)
        below = sl
        if re.match(r"^\s*(?:\(?[a-z0-9]{1,4}[.)]|\d{1,4}(?:\.\d+)*\.?)\s", t):
            break
    return clean_join(picked)
