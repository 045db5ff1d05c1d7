"""What a "carried" vote decides: the motion put to the vote, or the name the chair gives it.

    carried_trigger(text, start, end, sep, nxt, sentence, marks) -> Trigger | None

"Moved by Cllr A, seconded by Cllr B, that the grant be paid. CARRIED" and a transcript's "Councillor Steen
moves that the minutes ... be taken as read. All those in favour? Contrary? Carried." carry the motion's
words; "All those in favour of Item 2? Contrary? Carried." names what is voted on, which becomes the subject;
"I'll call the question. All in favour? Carried." after a debate decides the item or motion under debate,
named by the heading above it. The rules, in the order they are tried:

1. The outcome sentence's own subject: "The amended motion is carried", "Motion to refer is carried".
2. The chair's question: "All in favour of X?", "call the question on X", "the vote is on X". A name with a
   number or naming items ("Items 1 through 9", "Motion No. 2") or a noun phrase ("the withdrawal") is the
   subject, unless the name is vague ("the item", "that") or the motion below shares its noun.
3. The last motion since the previous vote (not past a new item's heading): "I move that ...", "Councillor X
   moves ...", "I'd like to move adoption of ...", "There's a motion on the floor to ...", "I'd like to
   suspend the rules ...". "move" in the course of a speech ("move this matter into an audit", "move it to
   another", "which was moved by Councillor X") is not a motion: what follows the verb must be what motions
   move (`patterns.MOTION_OBJECTS`).
4. The item or motion under debate: a motion named in the chair's last turn ("So, Motion No. 2, I'll call the
   question"), else the nearer of the last item heading and the last motion heading; `uncertain` says so.

A repeated outcome ("The motion is carried." from the clerk, "Motion is carried." from the chair) is one vote.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from . import patterns as P
from .triggers import WORD, Trigger, sentence_cuts

#: How far back a vote's motion may stand (the text between is the debate), and its heading.
_MOTION_REACH = 15000
_HEADING_REACH = 30000


class VoteMarks:
    """Where one text's vote outcomes, item and motion headings and motion numbers stand, each pattern searched
    once over the whole text when first asked for, so that looking back from every "Carried." of a long
    transcript costs a lookup, not a rescan of the pages before it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: dict[re.Pattern, tuple[list[int], list[re.Match]]] = {}

    def last(self, pattern: re.Pattern, lo: int, hi: int) -> re.Match | None:
        """The last match of `pattern` lying within text[lo:hi], or None."""
        if pattern not in self._found:
            matches = list(pattern.finditer(self.text))
            self._found[pattern] = ([m.start() for m in matches], matches)
        starts, matches = self._found[pattern]
        i = bisect_left(starts, hi) - 1
        while i >= 0 and starts[i] >= lo:
            if matches[i].end() <= hi:
                return matches[i]
            i -= 1
        return None


def carried_trigger(text: str, start: int, end: int, sep: str, nxt: str, sentence: str,
                    marks: VoteMarks) -> Trigger | None:
    """The trigger for the "carried" at text[start:end], or None when it is not a vote's outcome."""
    if nxt in P.CARRIED_PARTICLES and not sep:
        return None  # "carried out", "carried over"
    said = _after_speaker(sentence)
    if P.RECITAL.search(said) or P.EARLIER_DATE.search(said):
        return None  # "AND WHEREAS at the special meeting of Council on July 9, 2014, the following motion was carried"
    said_from = start - len(said)
    opening = P.OUTCOME_OPENING.match(said)  # "The motion was seconded by Cllr Kim and on being put ... was"
    # the outcome's own words: after the last comma ("All opposed "NAY", the motion carries"), without how the
    # vote was taken ("The motion to defer was put and carried", "Upon being put to the vote the motion was ...")
    sentence = opening.group(1) + " was" if opening else said.rsplit(",", 1)[-1]
    sentence = P.PUT_TO_THE_VOTE.sub(" ", P.VOTE_TAKEN_LEAD.sub("", sentence))
    words = [w.lower() for w in WORD.findall(sentence)]
    core = [w for w in words if w not in P.FORMULA_ADVERBS and w not in P.CARRIED_FILLER]
    own = None
    if core:
        motion_to = core[0] in P.CARRIED_SUBJECTS and core[1:2] == ["to"] and len(core) <= 5
        if not motion_to and (core[-1] not in P.CARRIED_SUBJECTS or len(core) > 4 or core[0] in {"if", "when", "once"}):
            return None  # "the works carried", "the tax levies will be carried ..."
        own = " ".join(P.SPEAKER.sub("", sentence).split())
        own = P.OUTCOME_VERB_TAIL.sub("", own) or None
    elif not text[start:end][:1].isupper() and not P.VOTE_CALL_BEFORE.search(text, max(0, start - 40), start):
        return None  # lower case "carried" counts only after the call ("All in favour? Contrary. carried.")
    window_start = _previous_outcome(text, start, marks)
    if window_start is None:
        return None  # the same outcome said again ("The motion is carried. / Motion is carried.")
    vague_own = own is not None and set(WORD.findall(own.lower())) <= P.VAGUE_VOTE_NAMES
    motion = last_motion(text, window_start, said_from, marks)
    if own and not vague_own and not P.MOTION_TO.match(own) and motion is None:
        return _named_trigger(start, end, own)  # "The amended motion is carried", nothing moved since the last vote
    named, strong = _named(text, window_start, start, marks)
    if named is not None and (strong or motion is None or not _shares_noun(named, text[motion[0]:motion[1]])):
        return _named_trigger(start, end, named)
    if motion is not None:
        motion_start, stop, runs_on, lead = motion
        return Trigger(start, end, motion_start, "statement", formula="carried", end=stop, vote_words=lead,
                       runs_on=runs_on,
                       subject=own if own and not vague_own and len(own.split()) > 2 else None)
    return _under_debate(text, start, end, own, vague_own, marks)


def _named_trigger(start: int, end: int, subject: str) -> Trigger:
    return Trigger(start, end, start, "formula", formula="carried", subject=subject, empty=True, end=start)


def _after_speaker(sentence: str) -> str:
    """The words after the last speaker's label ("City Clerk: ... nays 1\\nMadam Speaker: The amended motion
    is"): a turn starts a new sentence even where the line before has no stop."""
    labels = list(P.SPEAKER.finditer(sentence))
    return sentence[labels[-1].end():] if labels else sentence


def _previous_outcome(text: str, start: int, marks: VoteMarks) -> int | None:
    """Where the text about this vote begins: after the previous vote's outcome ("Carried.", "Motion is lost",
    "the motion to refer is defeated"), at most `_MOTION_REACH` back; None when that outcome is this one said
    again (nothing but a speaker's label and the outcome's subject between them)."""
    lo = max(0, start - _MOTION_REACH)
    last = marks.last(P.VOTE_OUTCOME, lo, start)
    if last is None:
        return lo
    between = text[last.end():start]
    if len(between) < 80 and "?" not in between and not P.MOTION.search(between):
        return None
    return last.end()


def _named(text: str, lo: int, hi: int, marks: VoteMarks) -> tuple[str | None, bool]:
    """What the chair's question just before the vote names, and whether the name is strong (numbers, items, a
    motion) rather than a noun phrase ("the withdrawal") that a motion below may word in full. Only the
    question in the chair's current turn counts, not an earlier vote's ("We will now vote on the motions in
    reverse order ...")."""
    lo = max(lo, hi - 500, _turn_start(text, hi) or 0)
    best = None
    for pattern in (P.IN_FAVOUR_OF, P.VOTE_ON):
        for m in pattern.finditer(text, lo, hi):
            if best is None or m.start() > best.start():
                best = m
    if best is None:
        return None, False
    later = marks.last(P.MOTION_NAME, best.end(), hi)
    if later:
        return " ".join(later.group(0).split()), True  # "We'll vote on the motions in reverse order ... So, Motion No. 2, I'll call the question."
    name = P.NAME_TAIL.sub("", " ".join(best.group(1).split()))
    name = P.SELF_CORRECTION.split(name)[-1].strip() or name  # "Items 1 to 3 or pardon me, 1, 2 and 4"
    words = [w.lower() for w in WORD.findall(name)]
    if not words or words[0] in P.VAGUE_VOTE_PRONOUNS:
        return None, False
    if P.STRONG_VOTE_NAME.search(name) and not set(words) <= P.VAGUE_VOTE_NAMES:
        return name, True
    if best.re is P.VOTE_ON:
        return name, True  # "I'll call the question on the item": the chair's words for it, as said
    if set(words) <= P.VAGUE_VOTE_NAMES:
        return None, False  # "All those in favour of the item?": the motion below words it
    if words[0] == "the" and len(words) > 1 and not words[1].endswith("ing"):
        return name, False  # "the withdrawal", "the clause as amended"
    return None, False


def _turn_start(text: str, pos: int) -> int | None:
    """Where the speaker's turn that `pos` stands in begins (its label), within 600 characters; None if none."""
    found = None
    for m in P.SPEAKER.finditer(text, max(0, pos - 600), pos):
        found = m.start()
    return found


def _shares_noun(name: str, motion: str) -> bool:
    """Whether the motion words what the chair's question names: a content word in common, by its stem
    ("the suspension" / "I'd like to suspend the rules")."""
    stems = {w.lower()[:5] for w in WORD.findall(name) if len(w) > 3}
    return any(w.lower()[:5] in stems for w in WORD.findall(motion) if len(w) > 3)


def last_motion(text: str, lo: int, hi: int, marks: VoteMarks) -> tuple[int, int, bool, str | None] | None:
    """The last motion in text[lo:hi] that no item or motion heading separates from the vote: (where its words
    start, where they end, whether they run on past a sentence, the "Moved by ..., seconded by ..." words before
    them)."""
    found = None
    for m in P.MOTION.finditer(text, lo, hi):
        if P.IN_FAVOUR_OF_BEFORE.search(text[max(lo, m.start() - 20):m.start()]):
            continue  # the chair's question ("All those in favour of suspension of the rules?"), not a motion
        if not (P.MOTION_OBJECTS.match(text, m.end()) or P.MOVED_BY.match(m.group(0))
                or P.MOTION_LABEL.fullmatch(m.group(0))):
            continue
        if found is not None and m.end() == m.start() and not sentence_cuts(text[found.end():m.start()] + " "):
            continue  # "I move that we suspend the rules": the suspending is the motion already begun
        found = m
    if found is None:
        return None
    if marks.last(P.ITEM_HEADING, found.end(), hi) or marks.last(P.MOTION_HEADING, found.end(), hi):
        return None  # a motion under an earlier heading: another item's
    lead = None
    if P.MOVED_BY.match(found.group(0)) or P.MOVER_VERB.search(found.group(0)):
        # with the mover named before the verb on its line ("Councillor Lee moved, seconded by ...", "Cllr Adams
        # proposed that ...")
        line_start = max(text.rfind("\n", 0, found.start()) + 1, found.start() - 80)
        lead = " ".join(text[line_start:found.end()].split())
    return (found.end(), *_motion_end(text, found.end(), hi), lead)


def _motion_end(text: str, motion_start: int, limit: int) -> tuple[int, bool]:
    """Where a motion's words end, and whether they run on past a sentence end. A motion runs to the end of its
    sentence ("? " or ". "; not "Mr. Mazza"), never past the vote; one that announces a list ("that the
    following by-laws be read a first time.") runs on over the list, to the end of the speaker's turn."""
    cuts = sentence_cuts(text[motion_start:limit] + " ")
    if not cuts:
        return limit, False
    stop = motion_start + cuts[0]
    if P.ANNOUNCES_LIST.search(text, motion_start, stop):
        turn = P.SPEAKER.search(text, stop, limit)
        more = text[stop:turn.start() if turn else limit]
        if more.strip() and len(more) < 400 and "?" not in more:
            return stop + len(more.rstrip()), True
    return stop, False


def _under_debate(text: str, start: int, end: int, own: str | None, vague_own: bool,
                  marks: VoteMarks) -> Trigger | None:
    """No motion and no name: the motion named in the chair's last turn, the one "Motion carried" names, or the
    nearer of the last item and motion headings."""
    turn_start = _turn_start(text, start)
    if turn_start is not None:
        named = marks.last(P.MOTION_NAME, turn_start, start)
        if named:
            return _named_trigger(start, end, " ".join(named.group(0).split()))
    if own and vague_own and "motion" in own.lower():
        found = marks.last(P.MOTION_NAME, max(0, start - _HEADING_REACH), start)
        own = " ".join(found.group(0).split()) if found else own
        vague_own = False
    if own and not vague_own:
        return _named_trigger(start, end, own)
    lo = max(0, start - _HEADING_REACH)
    item = marks.last(P.ITEM_HEADING, lo, start)
    motion = marks.last(P.MOTION_HEADING, lo, start)
    heading = max((m for m in (item, motion) if m is not None), key=lambda m: m.start(), default=None)
    if heading is None:
        return _named_trigger(start, end, own) if own else None
    subject = " ".join(heading.group(0).split())
    if heading is item:
        subject = " ".join((subject + " " + _heading_more(text, heading.end(), start)).split())
    return Trigger(start, end, start, "formula", formula="carried", subject=subject, empty=True, end=start,
                   uncertain=("what was carried taken from the item heading above",))


def _heading_more(text: str, pos: int, limit: int) -> str:
    """The lines an item heading wraps onto ("... North of Bishop" / "Grandin, west of ..." / "File DASZ
    3/2014"): up to three, none a speaker's turn, a sentence or a bracketed note."""
    more = []
    for line in text[pos:min(limit, pos + 400)].split("\n")[1:4]:
        s = line.strip()
        if not s or P.SPEAKER.match(line) or re.search(r"[.?!:]$", s) or s.startswith("(") or s.isupper() \
                or len(s) > 120:
            break
        more.append(s)
    return " ".join(more)
