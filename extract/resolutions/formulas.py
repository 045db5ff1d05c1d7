"""Detection of decisions worded without "resolved": agreed, approved, decided, carried, recommended, adopted.

    formula_triggers(text) -> list[Trigger]      (Trigger.formula names the formula)

A formula word counts only where the meeting is the one deciding (docs/decisions.md): as a label opening its
line ("AGREED: That ...", "RECOMMENDED - That ...", "APPROVED - 2018 Meetings Calendar", "Decision: That ..."),
after the meeting as subject ("It was agreed", "The Council agreed", "Members approved", "All agreed", "the
Board, UPON MOTION duly made and seconded, approved"), after the object it decides ("The minutes ... were
approved", "... Bills stand approved"), or, for "carried", closing a motion ("Moved ..., seconded ..., that ...
CARRIED", "I move that ... All in favour? Carried."). It does not count after a person, an officer or another
body ("The clerk agreed to", "JS agreed to", "The Space Utilization Committee approved"), in the perfect, the
future or the present passive ("has agreed", "to be approved", "is recommended"), as an adjective ("the adopted
budget"), in conditions ("If it is agreed that"), or for an earlier meeting's decision ("On March 26, 2008, the
Board approved", "as previously agreed"). Which document a decision stands in (not an agenda, report or tracker)
and whether a named body is the meeting's own are checked later, with the pack's structure (`resolutions`).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from . import patterns as P
from ..clauses.nlp import parse
from .carried import VoteMarks, carried_trigger, last_motion
from .triggers import WORD, Trigger, sentence_cuts

#: A list marker or minute number opening a line ("o", "•", "4.10iv)", "117.1", "(a)").
LINE_MARKER = _MARKER = re.compile(r"^[ \t]*(?:[" + re.escape(P.BULLETS) + r"\ue000-\uf8ff]|o(?=\s+[A-Z])|"
                     r"\(?[0-9]{1,4}(?:\.[0-9]{1,3})*[a-z]{0,6}\)?\.?|\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\))(?=\s)\s*",
                     re.I)

#: Words (besides names) that open a statement right after a label formula.
_LABEL_OPENERS = frozenset({"that", "to", "not", "unanimously", "by", "subject", "as", "without", "in", "with",
                            "on", "the", "a", "an", "t", "this"})


def formula_triggers(text: str) -> list[Trigger]:
    """Every formula word in `text` that records the meeting's decision, in order, and "Decision:" labels."""
    out = []
    marks = VoteMarks(text)
    agent_of = lru_cache(maxsize=256)(_agent)  # one text repeats its openings ("UPON MOTION ..., the Board")
    for m in P.FORMULA_WORD.finditer(text):
        trig = classify_formula(text, m.start(), m.end(), marks, agent_of)
        if trig is not None:
            out.append(trig)
    for m in P.DECISION_LABEL.finditer(text):
        trig = _decision_label(text, m)
        if trig is not None:
            out.append(trig)
    return sorted(out, key=lambda t: t.first)


def _decision_label(text: str, m: re.Match) -> Trigger | None:
    """ "Decision: That ..." counts; "Decision: Noted.", "Decision: None." and narrative after it do not (a
    RESOLVED or other formula inside it is found on its own)."""
    start = m.end()
    head = [w.lower() for w in WORD.findall(text[start:start + 40])][:2]
    if not head or head[0] not in {"that", "to"}:
        return None
    word_end = m.start() + len(m.group(0).rstrip(" \t\n:-\u2013\u2014"))
    return Trigger(m.start() + len(m.group(0)) - len(m.group(0).lstrip()), word_end, start, "statement",
                   actor=True, formula="decided")


def classify_formula(text: str, start: int, end: int, marks: VoteMarks | None = None,
                     agent_of: Callable[[str], str | bool | None] | None = None) -> Trigger | None:
    """Whether the formula word at text[start:end] records the meeting's decision, and how; None otherwise.
    `marks` holds what spoken votes look back for in `text`, found once for all its formula words."""
    word = text[start:end]
    formula = P.FORMULA_FORMS[word.lower()]
    punct = re.match(r"[ \t]*([,:;.\-\u2013\u2014]*)[ \t]*(?:\n[ \t]*)?", text[end:end + 40])
    sep = punct.group(1)
    text_start = end + punct.end()
    after = [w.lower() for w in WORD.findall(text[text_start:text_start + 80])][:4]
    nxt = after[0] if after else ""
    if P.COMPOUND_HYPHEN.match(text, end):
        return None  # "Agreed-Upon Procedures Report", "Approved-list": a compound word, not a label
    if formula == "carried":
        return carried_trigger(text, start, end, sep, nxt, _sentence_before(text, start), marks or VoteMarks(text))
    line_start = text.rfind("\n", 0, start) + 1
    lead = _MARKER.sub("", text[line_start:end], count=1)[:-len(word)]
    sentence = _sentence_before(text, start)
    if formula in {"agreed", "approved"} and P.AGREED_END.match(text, end) and \
            (not sentence.strip() or P.SECONDED_AND.fullmatch(sentence)):
        return _agrees_to_motion(text, start, end, formula, sentence, marks or VoteMarks(text))
    if not word[:1].isupper():
        pass
    elif not lead.strip() or re.fullmatch(r"\s*(?:passed|duly\s+passed)(?:\s*,?\s*and|,)?\s*", lead, re.I) or \
            (re.search(r"[.!?]\s+$", lead) and nxt in {"that", "to"} and not sentence.strip()):
        return _label(text, start, end, word, formula, sep, text_start, nxt, after)
    sentence = _without_aside(sentence)
    before = [w.lower() for w in WORD.findall(sentence)]
    clause = [w.lower() for w in WORD.findall(sentence.rsplit(",", 1)[-1])]
    if any(w in P.CONDITIONAL_WORDS for w in clause):
        return None  # "If it is agreed that ...", "As previously agreed ..."
    if _earlier(sentence) or _earlier_after(text, text_start):
        return None  # "On March 26, 2008, the Board approved ...", "was approved by the Board on April 28, 2004"
    core = list(before)
    while core and core[-1] in P.FORMULA_ADVERBS:
        core.pop()
    if not core or core[-1] in P.NOT_FORMULA_BEFORE:
        return None
    if formula == "recommended" and not (core[-1] in P.MEETING_SUBJECTS or core[-2:] == ["it", "was"]):
        return None  # "Mr Ellerton recommended that ...", "it is recommended that ..." (a report's)
    if before[:1] == ["that"] and core[-1] in P.MEETING_SUBJECTS:
        return None  # "That Council adopts the budget": a motion's own words, decided by its vote
    # not "The Committee agreed:-" (the meeting deciding, a list below), but "Minutes from 11/30/17 meeting approved -"
    row = _row(lead, sep, text_start, text) if not set(core) <= P.BODY_KIND_WORDS else None
    if row is not None:
        subject, row_start = row
        line_end = text.find("\n", row_start)
        return Trigger(start, end, row_start, "row", formula=formula, subject=subject,
                       end=len(text) if line_end < 0 else line_end)
    if core[-2:] == ["it", "was"] or _proposal(sentence):
        subject, doubt = _topic(text, start), ()
        if subject is None:
            subject = _referent(text, start, text_start) or _point_object(text, start, text_start)
            doubt = ("subject taken from the sentence before, which names what the decision refers to",) \
                if subject else ()
        return Trigger(start, end, text_start, "statement", actor=True, formula=formula, subject=subject,
                       uncertain=doubt)
    to_which = _to_which(text, start, end, core)
    if to_which is not None:
        return to_which
    if core[-1] in P.PASSIVE_DECISION_AUX:
        return _passive(text, start, end, formula, sentence, text_start, marks or VoteMarks(text))
    if core[-1] in P.MEETING_SUBJECTS:
        agent = (agent_of or _agent)(sentence)
        if agent is False:
            return None
        return Trigger(start, end, text_start, "statement", actor=True, formula=formula, agent=agent or None)
    if core[-1] == "and" and _passive_pair(sentence):
        return None  # "... were signed and approved": the second verb of a passive already counted
    if core[-1] == "and" and _meeting_opens(sentence):
        agent = (agent_of or _agent)(sentence)
        if agent is False:
            return None
        return Trigger(start, end, text_start, "statement", actor=True, formula=formula, agent=agent or None)
    return None  # a person, an officer, a contractor, "the following": not the meeting


def _agrees_to_motion(text: str, start: int, end: int, formula: str, sentence: str,
                      marks: VoteMarks) -> Trigger | None:
    """ "Cllr Adams proposed that the clerk obtain three quotes. Agreed." / "... This was seconded by Cllr Brown
    and agreed by all.": the motion in the sentence just before is what was agreed, its words the text. With no
    motion there ("Proposed Cllr A seconded Cllr B. Unanimously agreed.", "Approved." under a heading) it is
    a vote or a stamp whose object is not known here: no decision."""
    said_from = start - len(sentence)
    motion = last_motion(text, max(0, said_from - 400), said_from, marks)
    if motion is None or sentence_cuts(text[motion[1]:said_from] + " "):
        return None
    motion_start, stop, runs_on, lead = motion
    return Trigger(start, end, motion_start, "statement", formula=formula, end=stop, vote_words=lead,
                   runs_on=runs_on)


def _label(text: str, start: int, end: int, word: str, formula: str, sep: str, text_start: int, nxt: str,
           after: list[str]) -> Trigger | None:
    """The formula opening its line: "AGREED: That ...", "APPROVED - 2018 Meetings Calendar", "ADOPTED by the
    Board ... this 23rd day of May", "Agreed that Cllr Hunt would ...". Not a stamp ("APPROVED FOR FUNDS BY
    FINANCE"), a vote record ("Agreed by a majority.") or a heading."""
    if not word[:1].isupper():
        return None
    if nxt == "by" and len(after) > 1 and (after[1] in {"a", "majority", "all"} or after[1][:1].isdigit()):
        return None  # "Agreed by a majority." -- the vote on a decision stated before it
    rest = text[text_start:text.find("\n", text_start) if "\n" in text[text_start:] else len(text)]
    dash = bool(sep) and sep[0] in ":-\u2013\u2014"
    if not nxt or (sep.startswith(".") and not dash):
        return None  # "Approved." alone: the vote or a stamp, its object unknown here
    if not dash and nxt not in _LABEL_OPENERS:
        return None  # "APPROVED FOR FUNDS BY FINANCE", "Agreed Actions"
    if nxt == "by" and formula != "adopted":
        return None
    if P.FORM_BLANK.search(text[text_start:text_start + 200].split("\n\n")[0]):
        return None  # a form's blank ("ADOPTED this _____ day of ________"): not yet a decision
    if word.isupper() and rest.isupper() and nxt not in {"that", "t", "by", "this"}:
        return None  # a heading or stamp in capitals
    subject = _resolution_title(text, start) if formula == "adopted" else None
    line_start = text.rfind("\n", 0, start) + 1
    return Trigger(start, end, text_start, "statement", formula=formula, subject=subject,
                   end=_point_end(text, text_start) if _MARKER.match(text[line_start:start + 1]) else None)


def _point_end(text: str, pos: int) -> int:
    """Where a list point's line ends ("o APPROVED - Revised 2018 budget - B. Munro (motion)"), going on only
    where the words wrap mid-phrase onto a line that is not itself a point."""
    end = text.find("\n", pos)
    while end >= 0:
        nxt_end = text.find("\n", end + 1)
        nxt = text[end + 1:len(text) if nxt_end < 0 else nxt_end]
        if _MARKER.match(nxt) or not nxt.strip()[:1].islower():
            return end
        end = nxt_end
    return len(text)


def _row(lead: str, sep: str, text_start: int, text: str) -> tuple[str, int] | None:
    """ "Minutes from 11/30/17 meeting approved - Z. Maiorca (motion), T. Feinberg (second)": the object opens
    the line, the formula and a dash follow, then who moved it. (subject, where the text starts)."""
    if not sep or sep[0] not in "-\u2013\u2014:":
        return None
    words = lead.split()
    if not 1 <= len(words) <= 10 or re.search(r"[.!?;]\s", lead):
        return None
    if any(w.lower() in P.NARRATIVE_VERBS for w in words):
        return None
    return " ".join(words).rstrip(" ,-\u2013"), text_start


def _passive(text: str, start: int, end: int, formula: str, sentence: str, text_start: int,
             marks: VoteMarks) -> Trigger | None:
    """ "The minutes of the meeting held on 5 March were approved": the object before it is the subject. Not
    when another body or a person is the agent ("approved by the Settlement Committee of the Law Department").
    "The Chairman moved that the meeting be closed. This was agreed.": the motion "this" points back at is the
    text, as a carried vote's is."""
    subject = re.sub(r"\s+(?:was|were|stands?|stood)\s*(?:\w+ly\s*)?$", "", sentence.strip(), flags=re.I)
    subject = _MARKER.sub("", subject, count=1).strip(" ,;")
    if re.match(r"all\s+(?:were|voted)\b", subject, re.I):
        subject = subject.rsplit(",", 1)[-1].strip()  # "All were in favor, minutes stand approved"
    if subject and len(subject.split()) <= 2:
        # a bare "minutes": the motion just before names which ("Motion to approve the minutes of ... was made")
        moved = None
        for moved in P.MOTION_TO_APPROVE.finditer(text, max(0, start - 600), start):
            pass
        if moved is not None:
            subject = " ".join(moved.group(1).split())
    if not subject or len(subject.split()) > 25:
        return None
    words = [w.lower() for w in WORD.findall(subject)]
    if words[:1] in (["it"], ["this"], ["which"], ["that"]) and len(words) == 1:
        if not P.AGREED_END.match(text, end):
            return None  # the sentence goes on ("it was approved by ...")
        return _agrees_to_motion(text, start, end, formula, sentence, marks)  # "This was agreed."
    agent = None
    empty = bool(re.match(r"[ \t]*[.!?]", text[end:end + 3]))
    m = re.match(r"\s*by\s+((?:the\s+)?[^,.;]{2,60}?)(?=\s+(?:and|on|at|in|as|for|subject|with)\b|[,.;]|$)",
                 text[text_start:text_start + 120], re.I)
    if m:
        ents = parse(m.group(1)).ents
        if any(e.label in {"PERSON", "OFFICER"} for e in ents):
            return None
        agent_words = WORD.findall(m.group(1).lower())
        if not any(w in P.MEETING_SUBJECTS for w in agent_words) or any(w in P.OTHER_TIERS for w in agent_words):
            return None  # "by MWBOO", "by the Law Department", "by the district council" (at a parish council)
        agent = " ".join(m.group(1).split())
    return Trigger(start, end, end + 1 if empty else text_start, "formula", formula=formula, subject=subject,
                   agent=agent, empty=empty)


def _sentence_before(text: str, pos: int) -> str:
    """The words of the formula's sentence before it: back to a sentence end, a line that ends one, or a
    heading line (a short line without a stop before the formula's line)."""
    window = text[max(0, pos - 400):pos]
    cuts = sentence_cuts(window, ".!?;") + [m.end() for m in _NEW_SENTENCE.finditer(window)]
    if cuts:
        window = window[max(cuts):]
    lines = window.split("\n")
    # back over the lines of the sentence: stop under a heading or title line ("17.03.7 Logo", "NEW BUSINESS",
    # "Audit:"), and at a line that opens a numbered paragraph ("15.2 The Council reviewed ...")
    keep = len(lines) - 1
    while keep > 0:
        prev = lines[keep - 1].strip()
        short = len(prev.split()) <= 6 and not re.search(r",$|\b(?:and|the|of|to|by|that|with|a|an)$", prev, re.I)
        if not prev or prev.isupper() or (short and (P.NUMBERED_HEADING.match(lines[keep - 1]) or
                                   (prev[:1].isupper() and lines[keep].strip()[:1].isupper()))) \
                or re.search(r":\s*$", prev):
            break
        keep -= 1
        if _MARKER.match(lines[keep]) and re.match(r"\s*\S+\s+[A-Z]", lines[keep]):
            break
    return _MARKER.sub("", "\n".join(lines[keep:]), count=1)


def _without_aside(sentence: str) -> str:
    """ "the Board, UPON MOTION duly made and seconded, approved": the aside between the subject and the
    formula left out."""
    m = re.search(r",[^,]{3,80},\s*$", sentence)
    if m and re.search(r"\b(?:motion|moved|seconded|proposed|discussion|consideration|vote)\b", m.group(0), re.I):
        return sentence[:m.start()] + " "
    return sentence


#: "The Risk Assessment Schedule for 2017-18 as previously circulated was presented.": what "this" refers to.
_PRESENTED = re.compile(r"(?P<np>[A-Z].{2,240}?)\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
                        r"(?:presented|received|circulated|considered|discussed|tabled|reviewed|submitted|"
                        r"distributed|introduced)\.?\s*$", re.S)
_POINTS_BACK = re.compile(r"(?:that\s+|to\s+\w+\s+)?(?:this|it|these|them|the\s+(?:document|policy|report|application|"
                          r"schedule|strategy|plan|accounts?|budget|statement|minutes))\b", re.I)


def _referent(text: str, start: int, text_start: int) -> str | None:
    """For "It was ... agreed that this be approved" after "X was presented.": X, the subject."""
    if not _POINTS_BACK.match(text[text_start:text_start + 40]):
        return None
    window = text[max(0, start - 700):start]
    cuts = sentence_cuts(window)
    if len(cuts) < 1:
        return None
    prev = window[cuts[-2] if len(cuts) > 1 else 0:cuts[-1]]
    prev = prev.split("\n")
    # from the line that opens the paragraph or the sentence (a numbered point, a heading above it)
    while len(prev) > 1 and (prev[0].strip().isupper() or P.NUMBERED_HEADING.match(prev[0]) and len(prev[0].split()) < 7):
        prev = prev[1:]
    sentence = _MARKER.sub("", " ".join(" ".join(prev).split()), count=1)
    m = _PRESENTED.match(sentence)
    if not m:
        return None
    np = re.split(r"\s+(?:as|which|that|having)\s+", m.group("np"), maxsplit=1)[0]
    return np if 1 <= len(np.split()) <= 20 else None


def _point_object(text: str, start: int, text_start: int) -> str | None:
    """ "• Alterations and extension to dwelling house at 3 Lawfield Drive. It was agreed to support this.": the
    list point's first sentence names what "this" (or "the application") is, where it has no verb of its own."""
    if not re.search(r"\b(?:this|these|the\s+application)\b", text[text_start:text_start + 60], re.I):
        return None
    window = text[max(0, start - 400):start]
    cuts = sentence_cuts(window)
    if not cuts:
        return None
    before = window[:cuts[-1]]
    # back to the line that opens the point (a bullet), over wrapped lines
    lines = before.split("\n")
    for n in range(len(lines) - 1, -1, -1):
        if _MARKER.match(lines[n]) and re.match(r"\s*\S+\s+[A-Z]", lines[n]):
            opening = " ".join(" ".join(lines[n:]).split())
            opening = _MARKER.sub("", opening, count=1).rstrip(" .")
            words = [w.lower() for w in WORD.findall(opening)]
            if 2 <= len(words) <= 30 and not any(w in P.NARRATIVE_VERBS for w in words) and \
                    not sentence_cuts(opening + " "):
                return opening
            return None
        if n < len(lines) - 3:
            return None
    return None


def _topic(text: str, start: int) -> str | None:
    """ "C.C.C. Code of Conduct training; it was agreed to ...": the short topic before ";" on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    m = re.match(r"(?P<topic>[^;!?\n]{3,80});\s*it\s+was\s+(?:\w+\s+)?$", _MARKER.sub("", text[line_start:start], count=1),
                 re.I)
    if not m:
        return None
    words = m.group("topic").split()
    if len(words) > 10 or any(w.lower() in P.NARRATIVE_VERBS for w in words):
        return None
    return " ".join(words)


def _to_which(text: str, start: int, end: int, core: list[str]) -> Trigger | None:
    """ "... asked for agreement that the press and public be excluded ..., to which Members agreed.": the
    formula last, the proposal it agrees to before it (the text, as for a carried motion)."""
    if core[-3:-1] != ["to", "which"] and core[-4:-2] != ["to", "which"]:
        return None
    if core[-1] not in P.MEETING_SUBJECTS or not re.match(r"[ \t]*[.!?]", text[end:end + 3]):
        return None
    window = text[max(0, start - 800):start]
    cuts = sentence_cuts(window)
    base = max(0, start - 800) + (cuts[-1] if cuts else 0)
    body = text[base:start]
    close = re.search(r",\s*to\s+which\s+[^,]*$", body)
    asked = list(re.finditer(r"\b(?:agreement|approval|consent|support|proposed|moved|suggested)\s+(?=that\b|to\b)",
                             body, re.I))
    opens = re.compile(r"\b(?:that|to)\b").search(body, asked[-1].end() if asked else 0)
    if not close or not opens or opens.start() >= close.start():
        return None
    return Trigger(start, end, base + opens.start(), "statement", actor=True, formula=P.FORMULA_FORMS[
        text[start:end].lower()], end=base + close.start())


def _passive_pair(sentence: str) -> bool:
    """ "were signed and": a passive's first participle, joined to the formula by "and"."""
    return bool(re.search(r"\b(?:was|were|be|been|being)\s+(?:\w+\s+)?\w+ed\s+and\s*$", sentence, re.I))


#: A stop after an abbreviation that still ends its sentence: "... Development, Inc. The Transfer of Funds was".
NEW_SENTENCE = _NEW_SENTENCE = re.compile(r"\.\s+(?=(?:The|It|This|All|Members|Councillors)\s)")


def _proposal(sentence: str) -> bool:
    """ "It was proposed by Cllr A, seconded by Cllr B and unanimously agreed": the meeting agreed."""
    return bool(re.search(r"\b(?:proposed|moved)\b[^!?]*\bseconded\b[^!?]*\band\s+(?:\w+ly\s+)?$", sentence, re.I))


def _meeting_opens(sentence: str) -> bool:
    """ "The Council received and approved ...": the sentence's subject, at its start, is the meeting."""
    words = [w.lower() for w in WORD.findall(sentence)]
    while words and words[0] in {"the", "then", "after", "following", "also", "however", "subsequently"}:
        words.pop(0)
    if any(w in P.NOT_FORMULA_BEFORE and w not in {"the", "to", "a", "an", "this", "its", "their"} for w in words):
        return False  # "All of the EWOs had been reviewed and approved by ...": a perfect or passive verb
    if words[1:2] == ["of"]:
        return False  # "All of the contracts ..."
    return bool(words) and (words[0] in P.MEETING_SUBJECTS or words[:2] == ["it", "was"]
                            or (len(words) > 1 and words[1] in P.MEETING_SUBJECTS and words[0][:1].isalpha()
                                and words[0] in {"parish", "town", "full", "community", "city"}))


def _agent(sentence: str) -> str | bool | None:
    """The body named as deciding, as written ("the Board", "The Space Utilization Committee"); False when a
    person or an officer is the subject; None when no body is named ("All", "Members")."""
    p = parse(sentence)
    named = [e for e in p.ents if e.label in {"BODY", "PERSON", "OFFICER"}]
    if not named:
        return None
    last = named[-1]
    if last.label == "BODY" and any(w in P.OTHER_TIERS for w in WORD.findall(last.text.lower())):
        return False  # "The County Council agreed ..." in a parish council's minutes: another body
    if last.label != "BODY":
        tail = [w.lower() for w in WORD.findall(sentence[last.end_char:])]
        if not any(w in P.MEETING_SUBJECTS for w in tail):
            return False
        return None
    return last.text


def _earlier(sentence: str) -> bool:
    """A date or earlier meeting stated before the formula: a decision reported back, not taken now. A date
    inside the object ("the minutes of the meeting held on 5 March 2024 were approved") does not count."""
    for m in P.EARLIER_DATE.finditer(sentence):
        if not re.search(r"(?:held|meeting|dated|of)\s+(?:the\s+)?$", sentence[:m.start()], re.I):
            return True
    return False


def _earlier_after(text: str, text_start: int) -> bool:
    """ "... was approved by the Board on April 28, 2004": a date right after the formula, before any words of
    a decision ("that", "to")."""
    head = text[text_start:text_start + 90]
    cut = re.search(r"\b(?:that|to)\b|[.;:]\s", head)
    head = head[:cut.start()] if cut else head
    return bool(P.EARLIER_DATE.search(head))


def _resolution_title(text: str, pos: int) -> str | None:
    """For "ADOPTED by the Board ... this 23rd day of May": the resolution it adopts, by its title line."""
    found = None
    for m in P.RESOLUTION_TITLE.finditer(text, max(0, pos - 6000), pos):
        found = m
    return " ".join(found.group(0).split()) if found else None
