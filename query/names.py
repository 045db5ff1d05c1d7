"""Council and body names normalised for grouping: one spelling per name, whatever case it was printed in.

`HERTINGFORDBURY PARISH COUNCIL` and `Hertingfordbury Parish Council` group as one; the index keeps the
printed form beside the normalised one. Nothing here names a particular council: the word lists are data.
"""
from __future__ import annotations

import re

#: Words written in lower case inside a name ("Overview and Scrutiny Committee", "Cyngor Cymuned X a Y").
SMALL_WORDS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "the", "to", "with", "y", "yr", "ac"})
#: Words that name a council (English, Welsh).
COUNCIL_WORDS = frozenset({"council", "cyngor"})
#: Words that say what kind of council, not which one: "City Council" alone does not say which city.
GENERIC_WORDS = frozenset({
    "city", "town", "parish", "district", "county", "borough", "community", "full", "the", "of", "metropolitan",
    "unitary", "village", "regular", "special", "annual", "meeting", "cymuned", "tref", "sir", "dinas",
})

_SPACE = re.compile(r"\s+")
_EDGE = re.compile(r"^[\s\-–—:;,.·•]+|[\s\-–—:;,·•]+$")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def normalise(name: str | None) -> str | None:
    """The name with spaces collapsed, stray edge punctuation dropped and words capitalised alike.

    A name printed in capitals is title-cased; in a mixed-case name a word in capitals (an acronym such as
    "SSA") is kept as printed. Small words ("and", "of") are lower case except at the start.
    """
    if name is None:
        return None
    text = _EDGE.sub("", _SPACE.sub(" ", name))
    if not text:
        return None
    all_caps = not any(ch.islower() for ch in text)
    first = True

    def fix(match: re.Match) -> str:
        nonlocal first
        word = match.group(0)
        at_start, first = first, False
        if not all_caps and word.isupper() and len(word) > 1:
            return word
        lower = word.lower()
        if lower in SMALL_WORDS and not at_start:
            return lower
        return lower[:1].upper() + lower[1:]

    return _WORD.sub(fix, text)


def council_of(body: str | None) -> str | None:
    """The body itself when its name is a council's ("Milburn Parish Council"); None for "Council", "Cabinet"."""
    name = normalise(body)
    if not name:
        return None
    words = [w.lower() for w in _WORD.findall(name)]
    if not COUNCIL_WORDS & set(words):
        return None
    if all(w in COUNCIL_WORDS or w in GENERIC_WORDS or w in SMALL_WORDS for w in words):
        return None
    return name
