"""What a response to a recommendation says: its normalised status, who it names to act, whether text reads as one.

Shared by the tracker stage (reading a tracker's response cells) and the ledger (reading the latest response a
recommendation has had). Its patterns are data, in patterns.py.
"""
from __future__ import annotations

import re

from ...models.decisions import Status

from . import patterns as P


def colour_key(lines: list[str]) -> dict[str, Status]:
    """A tracker's key to its status colours ("Green: recommendation achieved ...", "G = complete; A = in
    progress") as statuses, by colour name and initial."""
    key = {}
    for line in lines:
        for part in re.split(r"\s*[;|]\s*|,\s+(?=\w\s*[:=])", line.strip()):
            found = P.KEY.match(part)
            if not found:
                continue
            status = normalise_status(found.group(2))
            if status != Status.unknown:
                colour = found.group(1).lower()
                colour = P.INITIALS.get(colour, colour)
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
    if question and word in P.ANSWERS.get(question, {}):
        return P.ANSWERS[question][word]
    word = P.INITIALS.get(word, word) if len(word) == 1 else word
    if key and word in key:
        return key[word]
    if word in P.STATUS_WORDS:
        return P.STATUS_WORDS[word]
    if any(p.search(text) for p in P.REFUSED_RE) or any(p.search(text) for p in P.AGREED_AND_DONE_RE):
        return Status.completed
    if any(p.search(text) for p in P.OPEN_RE):
        return Status.open
    if any(p.search(text) for p in P.IN_PROGRESS_RE):
        return Status.in_progress
    if any(p.search(text) for p in P.COMPLETED_RE):
        return Status.completed
    return Status.unknown


def looks_like_response(text: str) -> bool:
    return bool(P.RESPONSE_START.match(" ".join(text.split())))


def owner_in(response: str | None) -> str | None:
    """Who a response names to act ("Strategy team to take forward" -> "Strategy team"), as written."""
    if not response:
        return None
    if not P.OWNER_VERB.search(response):
        return None
    for clause in re.split(r"[,;.](?:\s+|$)", response):
        found = P.OWNER.search(clause) if P.OWNER_VERB.search(clause) else None
        if found:
            owner = found.group("owner").strip()
            owner = re.sub(r"^(?:and|then|with)\s+", "", owner, flags=re.I)
            return owner
    return None
