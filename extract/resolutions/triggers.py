"""Detection: which occurrences of "resolved" record a decision, and of what kind.

A "resolved" counts when the words around it show a decision (see docs/resolutions.md): RESOLVED in
capitals, an actor before it ("It was", "The Committee", "BE IT"), or a decision opening after it ("to
<verb>", "that", ":", "-", "as follows", "proposed ..."). The everyday word is left out: after be/been/being,
after not/once/until, "resolved to the satisfaction of", "resolved that way", "resolved by the contractor".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import patterns as P
from ..text.patterns import MISPRINTED_SPEAKER_LABEL

WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*|\d[\d,./]*")


@dataclass(frozen=True)
class Trigger:
    """One "resolved" that records a decision: where the word stands and where the statement's text starts."""

    word_start: int
    word_end: int
    text_start: int
    kind: str  # "statement", "formula" (object before it), "passive" ("X was resolved by the Council")
    actor: bool = False  # the words before it name who decided ("It was", "The Committee")
    empty: bool = False  # "... seconded Cllr B. RESOLVED." -- nothing follows the word
    #: The decision's formula: "resolved", or agreed/approved/decided/carried/recommended/adopted (`formulas`).
    formula: str = "resolved"
    #: Where the statement's text must end (a carried motion's words stand before "CARRIED"), if known.
    end: int | None = None
    #: The object found while reading the formula ("The minutes ... were approved"), for other formulas.
    subject: str | None = None
    #: A body named as the one that decided ("The Space Utilization Committee approved"), checked against the
    #: meeting's own body once the pack's structure is known.
    agent: str | None = None
    #: Words before the formula that state the motion's proposer and seconder ("Moved by Cllr A, seconded by ...").
    vote_words: str | None = None
    uncertain: tuple[str, ...] = ()
    #: The statement runs on to `end` over sentence ends: a motion that announces a list read out after it
    #: ("I move that the following by-laws be read a first time. By-law 70/2015, 78/2015.").
    runs_on: bool = False

    @property
    def first(self) -> int:
        """Where the decision's words begin: the formula, or the motion it carries when that stands before."""
        return min(self.word_start, self.text_start)


#: Closing quotes and brackets that may stand between a sentence's stop and the space after it.
_CLOSERS = "\"')\u201d\u2019"


def sentence_cuts(window: str, stops: str = ".!?") -> list[int]:
    """Offsets just after each sentence end in `window` (a stop followed by a space); a full stop after an
    abbreviation or an initial ("Cllr. H. Kenny", "Councillor J. Gildea") does not end a sentence.

    Linear in the window's length: the word before each full stop is read backwards from the stop (it was
    searched for from the window's start, once per full stop, which made a long line quadratic)."""
    out = []
    for m in re.finditer(rf"[{re.escape(stops)}][{_CLOSERS}]*(?=\s)", window):
        if window[m.start()] == "." and _abbreviation_before(window, 0, m.start()):
            continue
        out.append(m.end())
    return out


def last_sentence_cut(text: str, start: int, end: int, stops: str = ".!?") -> int | None:
    """The last of `sentence_cuts(text[start:end] + " ", stops)`, as an offset into `text`, or None.

    Found by reading back from `end`, so it costs the distance to that cut, not the window's length: a line
    of a thousand statements is not rescanned for each of them."""
    for i in range(end - 1, start - 1, -1):
        if text[i] not in stops:
            continue
        j = i + 1
        while j < end and text[j] in _CLOSERS:
            j += 1
        if j < end and not text[j].isspace():
            continue
        if text[i] == "." and _abbreviation_before(text, start, i):
            continue
        return j
    return None


def _abbreviation_before(text: str, start: int, stop: int) -> bool:
    """Whether the ASCII word just before text[stop] (within text[start:stop]) is an abbreviation or an
    initial. As `re.findall(r"[A-Za-z]+$", text[start:stop])` reads it: a final newline is passed over."""
    k = stop
    if k > start and text[k - 1] == "\n":
        k -= 1
    j = k
    while j > start and (("a" <= text[j - 1] <= "z") or ("A" <= text[j - 1] <= "Z")):
        j -= 1
    word = text[j:k]
    return bool(word) and (word.lower() in P.ABBREVIATIONS or len(word) == 1)


def _words_before(text: str, pos: int, n: int = 8) -> list[str]:
    window = text[max(0, pos - 160):pos]
    # the sentence the word stands in
    cuts = sentence_cuts(window)
    if cuts:
        window = window[cuts[-1]:]
    return [w.lower() for w in WORD.findall(window)][-n:]


#: "It was proposed by Councillor A, seconded by Councillor B, and RESOLVED": the meeting is the actor.
_PROPOSAL_ACTOR = re.compile(r"\bit\s+was\s+(?:(?:duly|formally)\s+)?(?:proposed|moved|seconded)\b[^.!?]*?\band\s*$",
                             re.I | re.S)


def classify(text: str, start: int, end: int) -> Trigger | None:
    """Whether the "resolved" at text[start:end] records a decision, and how; None for the everyday word."""
    word = text[start:end]
    before = _words_before(text, start)
    after_raw = text[end:end + 80]
    punct = re.match(r"[ \t]*([,:;.\-\u2013\u2014]*)\s*", after_raw)
    sep = punct.group(1)
    text_start = end + punct.end()
    nxt_words = [w.lower() for w in WORD.findall(after_raw[punct.end():])][:3]
    nxt = nxt_words[0] if nxt_words else ""
    follow = nxt_words[1] if len(nxt_words) > 1 else ""
    upper = word.replace(" ", "").isupper()
    line_end = not after_raw[len(sep):].split("\n", 1)[0].strip() if "\n" in after_raw or len(after_raw) < 80 \
        else False
    actor = actor_before(before) or _proposal_actor(text, start)

    def make(kind: str, empty: bool = False) -> Trigger:
        return Trigger(start, end, end + len(sep) if empty else text_start, kind, actor=actor, empty=empty)

    if before[-2:] == ["be", "it"] or before[-3:-1] == ["be", "it"]:
        return make("statement")
    if text[max(0, start - 1):start] in ("(", "[") and text[end:end + 1] in (")", "]"):
        return None  # a bracketed status label: "(Resolved)"
    if nxt == "that" and follow in P.NOT_AFTER_THAT:
        return None
    # everyday passive / perfect: "has been resolved", "to be fully resolved", "is actually resolved"
    # RESOLVED in capitals is the formula; only words on its own line can make it everyday ("BEEN RESOLVED")
    core = list(before) if not upper else [w.lower() for w in _last_words(_line_prefix(text, start), 4)]
    while len(core) > 1 and (core[-1] in P.SOFT_ADVERBS or (core[-1].endswith("ly") and core[-1] != "unanimously")):
        core.pop()
    if core and core[-1] in P.BE_WORDS:
        return None
    if not upper and before and before[-1] in P.EVERYDAY_BEFORE:
        return None
    head = text[text_start:text_start + 40]
    formula = bool(P.FORMULA_START.match(head)) or bool(re.match(r"(?:proposed|seconded|moved)\b", head, re.I))
    if formula and re.match(r"(?:on\s+the\s+(?:proposition|motion)|proposed|moved)\b[^.!?]{0,160}?\bthat\b",
                            text[text_start:text_start + 240], re.I | re.S):
        formula = False  # "RESOLVED on the motion of Councillors A and B that ...": the decision follows
    # "Resolved (Cr A / Cr B)" or "Resolved [37/22]": the mover's names or the resolution's number in brackets
    bracket = re.match(r"[ \t]*(\([^)\n]{2,80}\)|\[[^\]\n]{1,20}\])", text[end:end + 90])
    if bracket and not sep and word[:1].isupper() and line_start(text, start) and \
            re.search(r"\b(?:cr|cllrs?|councillors?|mayor)\b|\w\s*/\s*\w|\d", bracket.group(1), re.I) and \
            not re.search(r"\bsee\b", bracket.group(1), re.I):
        return make("statement")
    by_body = nxt == "by" and (follow in P.BODIES or (follow == "the" and len(nxt_words) > 2
                                                      and nxt_words[2] in P.BODIES))
    if core and core[-1] in P.PASSIVE_AUX and not actor:
        # "<something> was resolved": a decision only with a formula or an agent that is a body
        return make("formula") if formula else make("passive") if by_body else None
    if sep.startswith("."):
        # "RESOLVED." closing a proposal: the decision stands before it, unless the next line opens it
        strong = upper or (word[:1].isupper() and line_start(text, start))
        if strong and formula:
            return make("formula")
        if strong and (line_end or not nxt) and nxt not in {"that", "to"}:
            return make("formula", empty=True)
        if strong and nxt in {"that", "to"}:
            return make("statement")
        return None
    if upper and line_end and _caps_line_before(text, start):
        return None  # a heading in capitals: "ITEMS RESOLVED"
    if formula and (not before or line_start(text, start) or sep == ","):
        return make("formula")
    if actor and not upper:
        # a lower-case word after an actor still needs a decision opening after it: "it was resolved last
        # week" and "Members resolved to their satisfaction" are the everyday sense
        if nxt == "to" and follow in P.NOT_AFTER_TO:
            return None
        if not sep and nxt not in P.OPENERS and not (before and before[-1] in P.BODIES):
            return None
    if actor or upper:
        return make("statement")
    if sep and sep[0] in ":-\u2013\u2014" and nxt:
        # "Resolved: that ..." opens a decision; "Resolved - see minute 12" in a tracker's status cell does not
        opens = nxt in P.OPENERS or nxt in P.BODIES or nxt in {"the", "a", "an"} or text[text_start:text_start + 1] \
            in "(\u2022\"\u201c" or nxt.isdigit()
        return make("statement") if opens else None
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


def _proposal_actor(text: str, pos: int) -> bool:
    window = text[max(0, pos - 300):pos]
    cuts = sentence_cuts(window)
    return bool(_PROPOSAL_ACTOR.search(window[cuts[-1]:] if cuts else window))


def _last_words(text: str, n: int) -> list[str]:
    """`WORD.findall(text)[-n:]`, reading only as much of the end of `text` as holds them (a token cut at the
    window's edge is only ever the first of n + 1, so the last n are the same)."""
    size = 200
    while True:
        words = WORD.findall(text[-size:])
        if len(words) > n or size >= len(text):
            return words[-n:]
        size *= 4


def _line_prefix(text: str, pos: int) -> str:
    return text[text.rfind("\n", 0, pos) + 1:pos]


def _caps_line_before(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    letters = [c for c in text[line_start:pos] if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def actor_before(before: list[str]) -> bool:
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


def line_start(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip()


#: Lines walked back from a word to find the turn it is spoken in; a paragraph gap this many lines wide ends a turn.
_TURN_LINES, _TURN_GAP = 80, 1.6


def spoken(stream, pos: int, spacing: dict[int, float], misprints: bool = False) -> bool:
    """Whether the word at `pos` stands in a speaker's turn of a verbatim transcript ("Councillor Havixbeck:
    I'll just read this ... Therefore be it resolved that ..."): a motion read aloud or talked about, not the
    printed motion. The turn is the paragraph the word stands in, opened by a speaker's label; with
    `misprints`, also by one misprinted with a full stop on a line that opens in bold ("Councillor Wyatt. Thank
    you."), for text known to be a transcript."""
    k = stream.line_at(pos)
    for _ in range(_TURN_LINES):
        sl = stream.lines[k]
        if P.SPEAKER_LABEL.match(sl.line.text) or \
                (misprints and sl.line.bold and MISPRINTED_SPEAKER_LABEL.match(sl.line.text)):
            return True
        if k == 0:
            return False
        prev = stream.lines[k - 1]
        if prev.page == sl.page:
            h = max(sl.line.bottom - sl.line.top, 1.0)
            gap = sl.line.top - prev.line.top
            if gap > _TURN_GAP * max(spacing.get(sl.page, 14.0), h) or gap < 0:
                return False  # a paragraph gap (or a jump up the page): the paragraph opened without a label
        k -= 1
    return False


def decision_triggers(text: str) -> list[Trigger]:
    out = []
    for m in P.TRIGGER.finditer(text):
        t = classify(text, m.start(), m.end())
        if t is not None:
            out.append(t)
    return out
