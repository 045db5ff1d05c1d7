"""What a response to a recommendation says: its normalised status, who it names to act, whether text reads as one.

Shared by the tracker stage (reading a tracker's response cells) and the ledger (reading the latest response a
recommendation has had). Patterns are data, kept here in one place.
"""
from __future__ import annotations

import re

from ...models.decisions import Status

#: Words that say the work is under way or promised (checked first: "considered by cabinet, X to take forward").
IN_PROGRESS = [
    r"\bto take (?:it |this |these )?forward\b", r"\bto be (?:\w+ed|taken|done|brought)\b", r"\bin progress\b",
    r"\bon[- ]?going\b", r"\bunder ?way\b", r"\breport(?:ing)? back\b", r"\bon (?:the )?(?:\w+ )?agenda\b",
    r"\bpending\b", r"\bscheduled\b", r"\bawaiting\b", r"\bpartially\b", r"\bwill (?:be |report|bring|consider)",
    r"\bto follow\b", r"\bin hand\b", r"^(?:green|amber|red)\b", r"\bpaused\b", r"\bon hold\b",
    r"\bprogress (?:made|being made)\b", r"\bcontinue (?:to )?monitor", r"\bmonitoring continues\b", r"^deferred\b", r"\b(?:accepted|agreed)\b(?!.*\bresponse\s*[;:])",
]
#: Words that say the work is done or the executive has answered.
COMPLETED = [
    r"^(?:all\s+)?complete(?:d)?\b", r"\bcompleted\b", r"\bdone\b", r"\bclosed\b", r"\bresponse\s*[;:]",
    r"\bresponded\b", r"\bimplemented\b", r"\bachieved\b", r"\bdischarged\b", r"\bno further action\b",
    r"\b(?:rejected|not accepted|declined)\b", r"^blue\b", r"^(?:superseded|withdrawn)\b", r"^no longer (?:required|relevant)\b",
]
OPEN = [r"^(?:open|outstanding|not (?:yet )?started|no response(?: yet)?|awaiting response|tbc|-+)$",
        r"^not (?:yet )?(?:implemented|started|completed?|actioned|done|progressed)\b", r"^overdue\b",
        # no answer yet: "Awaiting response from Cabinet", "No response received", "Response due March 2024"
        r"^(?:awaiting|no)\s+(?:a\s+|the\s+|formal\s+)*(?:response|reply)\b",
        r"^(?:response|reply)\s+(?:due|awaited|outstanding|expected|not yet received)\b"]
#: Agreed and then done: "Agreed and implemented" is finished, though "agreed" alone is in progress (checked
#: before IN_PROGRESS).
AGREED_AND_DONE = [r"^(?:agreed|accepted)\s+(?:and|&)\s+(?:fully\s+)?(?:implemented|completed|delivered|actioned)\b"]

#: A status cell printed as one of these words or phrases (case and a final stop ignored) reads as its status;
#: checked before the patterns above. The vocabularies trackers use for progress, for the executive's decision
#: on a recommendation, and for RAG ratings without a key of their own.
STATUS_WORDS: dict[str, Status] = {
    **dict.fromkeys([
        "complete", "completed", "all completed", "implemented", "fully implemented", "achieved", "closed", "done",
        "discharged", "actioned", "delivered", "superseded", "withdrawn", "no longer required", "no longer relevant",
        "not required", "no further action", "nfa", "rejected", "not accepted", "not agreed", "declined",
        "complete - closed", "closed - complete"], Status.completed),
    **dict.fromkeys([
        "ongoing", "on-going", "on going", "in progress", "underway", "under way", "partially implemented",
        "partly implemented", "part implemented", "partially complete", "partially completed", "partially accepted",
        "partly accepted", "accepted in part", "agreed in part", "in part", "accepted", "agreed", "accepted in principle",
        "agreed in principle", "on track", "on target", "on schedule", "delayed", "behind schedule", "slipped",
        "deferred", "paused", "on hold", "pending", "started", "amber", "green", "red"], Status.in_progress),
    **dict.fromkeys([
        "open", "outstanding", "not started", "not yet started", "not implemented", "not yet implemented",
        "not yet due", "not due", "overdue", "no response", "no response yet", "awaiting response",
        "response awaited", "response outstanding", "tbc", "to be confirmed", "new"], Status.open),
}
#: Yes/no answers in a column that asks a question ("Agreed?", "Accepted?", "Implemented?"), by the question.
ANSWERS: dict[str, dict[str, Status]] = {
    "accepted": {"yes": Status.in_progress, "y": Status.in_progress, "no": Status.completed, "n": Status.completed,
                 "in part": Status.in_progress, "partly": Status.in_progress, "partially": Status.in_progress},
    "done": {"yes": Status.completed, "y": Status.completed, "no": Status.open, "n": Status.open,
             "in part": Status.in_progress, "partly": Status.in_progress, "partially": Status.in_progress},
}

#: A response that opens by refusing the recommendation: answered, nothing more to follow (checked before
#: IN_PROGRESS, whose "accepted" would match "Not accepted").
REFUSED = [r"^(?:not\s+(?:accepted|agreed|supported)|rejected|declined|refused)\b"]

_REFUSED = [re.compile(p, re.I) for p in REFUSED]
_AGREED_AND_DONE = [re.compile(p, re.I) for p in AGREED_AND_DONE]
_IN_PROGRESS = [re.compile(p, re.I) for p in IN_PROGRESS]
_COMPLETED = [re.compile(p, re.I) for p in COMPLETED]
_OPEN = [re.compile(p, re.I) for p in OPEN]

#: A response cell or paragraph (as opposed to a recommendation), from its opening words.
RESPONSE_START = re.compile(
    r"^(?:(?:all\s+)?complete(?:d)?\.?$"
    r"|(?:all\s+(?:recommendations\s+)?)?(?:taken|considered|agreed|noted|approved|referred|reported|sent)\s+(?:to|by|at|on)\b"
    r"|to be \w+ed\b"
    r"|(?:[\w'-]+\s+){0,5}to take (?:it |this |these )?forward\b"
    r"|on (?:the )?(?:\w+\s+)?agenda\b"
    r"|(?:cabinet |executive )?response\s*[:;]"
    r"|no response\b)",
    re.I,
)
#: A response that starts with a status word and then names more ("completed Democratic services to").
STATUS_LEAD = re.compile(r"^(?:all\s+)?(?:completed?|done|closed|noted|agreed)\b\.?", re.I)

_OWNER = re.compile(
    r"(?P<owner>(?:(?:Cllr|Councillor)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
    r"|[\w'&/ -]{2,80}?(?:team|officer|services|service|manager|director|department|lead|leader|member|clerk|chair)))"
    r"\s+to\s+(?:take (?:it |this |these )?forward|action|follow up|progress|lead|respond|report back)\b",
    re.I,
)
#: What `_OWNER` needs after the owner: a cheap test first, since `_OWNER` tries up to 80 characters at
#: every position of a long response.
_OWNER_VERB = re.compile(r"\bto\s+(?:take|action|follow|progress|lead|respond|report)\b", re.I)


_COLOURS = ["green", "amber", "red", "blue", "grey", "gray", "purple", "black", "white"]
_KEY = re.compile(r"^\W*(?:key\s*[:\-–]?\s*)?(green|amber|red|blue|grey|gray|purple|black|white|[garb])\s*[:=\-–]\s*(\S.{3,})$",
                  re.I)
#: RAG ratings printed as their initials ("G", "A", "R", "B").
INITIALS = {"g": "green", "a": "amber", "r": "red", "b": "blue"}


def colour_key(lines: list[str]) -> dict[str, Status]:
    """A tracker's key to its status colours ("Green: recommendation achieved ...", "G = complete; A = in
    progress") as statuses, by colour name and initial."""
    key = {}
    for line in lines:
        for part in re.split(r"\s*[;|]\s*|,\s+(?=\w\s*[:=])", line.strip()):
            found = _KEY.match(part)
            if not found:
                continue
            status = normalise_status(found.group(2))
            if status != Status.unknown:
                colour = found.group(1).lower()
                colour = INITIALS.get(colour, colour)
                key[colour] = status
                key[colour[0]] = status
    return key


def colour_status(colour: str, key: dict[str, Status] | None = None) -> tuple[Status, str | None]:
    """The status a row's RAG colour (shown by the cell's fill alone) gives, and a note for the record when the
    tracker prints no key to it: the colour is then read as the same word printed would be (a rating, not an
    outcome: in progress; blue, in BRAG ratings, completed)."""
    if key and colour in key:
        return key[colour], None
    status = normalise_status(colour)
    return status, f"status read from the cell's colour ({colour}) with no key printed: {status.value}"


def normalise_status(response: str | None, shaded: bool = False, key: dict[str, Status] | None = None,
                     question: str | None = None) -> Status:
    """The status a response (or a shaded row, where the tracker says shading means completed) reads as;
    `key` maps status colours as the tracker's own key defines them; `question` names what a yes/no column
    asks ("accepted" or "done", see ANSWERS)."""
    if shaded:
        return Status.completed
    text = " ".join((response or "").split())
    word = text.lower().rstrip(".!")
    if key and word in key:
        return key[word]
    if not text:
        return Status.open
    if question and word in ANSWERS.get(question, {}):
        return ANSWERS[question][word]
    word = INITIALS.get(word, word) if len(word) == 1 else word
    if key and word in key:
        return key[word]
    if word in STATUS_WORDS:
        return STATUS_WORDS[word]
    if any(p.search(text) for p in _REFUSED) or any(p.search(text) for p in _AGREED_AND_DONE):
        return Status.completed
    if any(p.search(text) for p in _OPEN):
        return Status.open
    if any(p.search(text) for p in _IN_PROGRESS):
        return Status.in_progress
    if any(p.search(text) for p in _COMPLETED):
        return Status.completed
    return Status.unknown


def looks_like_response(text: str) -> bool:
    return bool(RESPONSE_START.match(" ".join(text.split())))


def owner_in(response: str | None) -> str | None:
    """Who a response names to act ("Strategy team to take forward" -> "Strategy team"), as written."""
    if not response:
        return None
    if not _OWNER_VERB.search(response):
        return None
    for clause in re.split(r"[,;.](?:\s+|$)", response):
        found = _OWNER.search(clause) if _OWNER_VERB.search(clause) else None
        if found:
            owner = found.group("owner").strip()
            owner = re.sub(r"^(?:and|then|with)\s+", "", owner, flags=re.I)
            return owner
    return None
