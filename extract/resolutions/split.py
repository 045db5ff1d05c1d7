"""A RESOLVED statement's clauses: one per numbered, lettered or bulleted point, the shared lead-in left out.

Per corpus/GUIDELINES-clauses.md: a statement without points is one clause; an unmarked table under a
lead-in ("to adopt a budget as follows: Income ... Expenditure ...") is part of the one clause; a point that
makes no sense without its lead-in ("and to ...", "subject to ...") keeps the lead-in before it. Clause text
is as printed, without list markers, line breaks joined.
"""
from __future__ import annotations

import re

from . import patterns as P

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


def _marker(text: str) -> tuple[str, int] | None:
    """A line's list marker as (kind, position in its sequence): "(2)" -> ("digit", 1), "b)" -> ("alpha", 1)."""
    found = P.LIST_MARKER.match(text)
    if not found:
        return None
    label = found.group(0).strip().strip("().").lower()
    if label.isdigit():
        return "digit", int(label) - 1
    if label in _ROMAN:
        return "roman", _ROMAN.index(label)
    if len(label) == 1 and label.isalpha():
        return "alpha", ord(label) - ord("a")
    return "bullet", 0


def _precedes(first: str, second: str) -> bool:
    """Whether `first` opens with the marker just before `second`'s ("(1)" then "(2)"; bullet then bullet)."""
    a, b = _marker(first), _marker(second)
    if a is None or b is None:
        return False
    if a[0] == "bullet" or b[0] == "bullet":
        return a[0] == b[0]
    return (a[0] == b[0] and a[1] + 1 == b[1]) or (a[1] == 0 and b[1] == 1 and {a[0], b[0]} == {"alpha", "roman"})


def split_clauses(pieces: list[str], item_starts: list[int]) -> list[str]:
    """The clauses of a statement given its line pieces and which pieces open a marked point."""
    if item_starts:
        bounds = list(item_starts) + [len(pieces)]
        if item_starts[0] > 0 and _precedes(pieces[0], pieces[item_starts[0]]):
            # "RESOLVED - (1) that ...; and" / "(2) that ...": the first point shares the word's line, so
            # what stands before the first marked line is itself a point, not a lead-in.
            bounds = [0] + bounds
        lead_in = clean_join(pieces[: bounds[0]])
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
