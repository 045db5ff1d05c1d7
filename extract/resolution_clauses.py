"""A RESOLVED statement's clauses: one per numbered, lettered or bulleted point, the shared lead-in left out.

Per corpus/GUIDELINES-clauses.md: a statement without points is one clause; an unmarked table under a
lead-in ("to adopt a budget as follows: Income ... Expenditure ...") is part of the one clause; a point that
makes no sense without its lead-in ("and to ...", "subject to ...") keeps the lead-in before it. Clause text
is as printed, without list markers, line breaks joined.
"""
from __future__ import annotations

import re

from . import resolved_patterns as P

_SYMBOL_BULLET = re.compile(r"^\s*[" + re.escape(P.BULLETS) + r"\ue000-\uf8ff]\s+")
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


def clean_join(pieces: list[str]) -> str:
    """Join line pieces into one string: symbol bullets and private-use glyphs out, words hyphenated
    across a line break joined, whitespace single."""
    out = ""
    for piece in pieces:
        piece = _SYMBOL_BULLET.sub("", piece)
        piece = P.PRIVATE_USE.sub(" ", piece)
        piece = " ".join(piece.split())
        piece = piece[:-1].replace("\u00ad", "") + piece[-1:] if piece else piece
        if not piece:
            continue
        if out.endswith("\u00ad"):
            out = out[:-1] + piece  # a soft hyphen: the word was only broken to fit the line
        elif out.endswith("-") and len(out) > 1 and out[-2].isalpha() and piece[0].islower():
            out += piece
        else:
            out = f"{out} {piece}" if out else piece
    return out


def strip_marker(text: str) -> str:
    return P.LIST_MARKER.sub("", text, count=1).strip()


def _tidy(clause: str) -> str:
    clause = re.sub(r"[;,]\s*(?:and|or)\s*$", "", clause.strip())
    return re.sub(r"\s*[;,]\s*$", "", clause).strip()


def _needs_lead_in(point: str) -> bool:
    first = point.split(" ", 1)[0].lower().strip("(,") if point else ""
    return first in P.FRAGMENT_STARTS


def split_clauses(pieces: list[str], item_starts: list[int]) -> list[str]:
    """The clauses of a statement given its line pieces and which pieces open a marked point."""
    if item_starts:
        lead_in = clean_join(pieces[: item_starts[0]])
        bounds = list(item_starts) + [len(pieces)]
        points = []
        for a, b in zip(bounds, bounds[1:]):
            lines = list(pieces[a:b])
            if not lines:
                continue
            lines[0] = strip_marker(_SYMBOL_BULLET.sub("", lines[0]))
            points.append(_tidy(clean_join(lines)))
        points = [p for p in points if p]
        return [f"{lead_in} {p}".strip() if _needs_lead_in(p) else p for p in points]
    body = clean_join(pieces)
    inline = inline_points(body)
    if inline:
        lead_in, points = inline
        return [f"{lead_in} {p}".strip() if _needs_lead_in(p) else p for p in points]
    return [body] if body else []


def _sequence(kind: str) -> list[str]:
    if kind == "digit":
        return [str(n) for n in range(1, 30)]
    if kind == "roman":
        return _ROMAN
    return [chr(c) for c in range(ord("a"), ord("z") + 1)]


def inline_points(body: str) -> tuple[str, list[str]] | None:
    """Points marked inside running text, "(a) ... (b) ...", when they count up from the first."""
    marks = list(P.INLINE_MARKER.finditer(body))
    if len(marks) < 2:
        return None
    first = marks[0].group("m").lower()
    kind = "digit" if first.isdigit() else "roman" if first == "i" else "alpha"
    expected = _sequence(kind)
    chosen = []
    for m in marks:
        label = m.group("m").lower()
        if len(chosen) < len(expected) and label == expected[len(chosen)]:
            chosen.append(m)
    if len(chosen) < 2 or chosen[0].group("m").lower() != expected[0]:
        return None
    lead_in = body[: chosen[0].start()].strip()
    points = []
    for m, nxt in zip(chosen, chosen[1:] + [None]):
        points.append(_tidy(body[m.end(): nxt.start() if nxt else len(body)]))
    return lead_in, [p for p in points if p]
