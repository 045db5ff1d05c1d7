"""Highlight boxes for the evidence page, checked against the words the PDF draws.

A record's `source.boxes` are one box per line of its quote, the part of a line it covers estimated from
character counts: a quote that starts after "RESOLVED" or "Recommendation:" on its line can start inside that
word. Here each first box starts at the first quoted word and each last box ends at the last one, as the
page's words (from `extract.pdf.render.page_words`) place them; a box no word confirms is left as it is.
A tracker row's response and status are found among the words too, so the page can outline them.

Pure: boxes, text and words in, boxes out.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

Box = tuple[int, float, float, float, float]  # page, x0, top, x1, bottom

#: How far (in words of the page, in reading order) the next word of a phrase may be from the last one found:
#: a table row's cells interleave line by line.
PHRASE_REACH = 40
#: Share of a phrase's words that must be found, in order, for it to be outlined ...
PHRASE_FOUND = 0.7
#: ... or how many of its first words, one after another (a cell whose text goes on elsewhere).
PHRASE_LEAD = 3


class WordLike(Protocol):
    text: str
    x0: float
    top: float
    x1: float
    bottom: float


def norm(token: str) -> str:
    """A word compared without case or the punctuation around it ("RESOLVED," = "resolved")."""
    return token.strip("\"'“”‘’()[]{}.,;:!?•·*-–—").casefold()


def _on_line(words: Sequence[WordLike], top: float, bottom: float) -> list[WordLike]:
    return [w for w in words if top - 1 <= (w.top + w.bottom) / 2 <= bottom + 1]


def _same(word: WordLike, token: str) -> bool:
    want = norm(token)
    return norm(word.text) == want if want else word.text == token.strip()


def snap(boxes: Sequence[Sequence], quote: str | None, words: Mapping[int, Sequence[WordLike]]) -> list[Box]:
    """The boxes with the first starting at the quote's first word and the last ending at its last word."""
    out: list[Box] = []
    for box in boxes:
        try:
            out.append((int(box[0]), *(float(v) for v in box[1:5])))
        except (TypeError, ValueError, IndexError):
            continue
    tokens = (quote or "").split()
    if not out or not tokens:
        return out
    page, x0, top, x1, bottom = out[0]
    starts = [w for w in _on_line(words.get(page, ()), top, bottom) if _same(w, tokens[0]) and w.x0 < x1]
    if starts:
        x0 = min(starts, key=lambda w: abs(w.x0 - x0)).x0
        out[0] = (page, x0, top, max(x1, x0), bottom)
    page, x0, top, x1, bottom = out[-1]
    ends = [w for w in _on_line(words.get(page, ()), top, bottom) if _same(w, tokens[-1]) and w.x1 > x0]
    if ends:
        out[-1] = (page, x0, top, min(ends, key=lambda w: abs(w.x1 - x1)).x1, bottom)
    return out


def find_phrase(text: str | None, page: int, words: Sequence[WordLike], near: float = 0.0) -> list[Box]:
    """Boxes (one per line) of where `text` is printed on the page, or none when it is not found.

    The words are followed in the page's reading order, each next one within PHRASE_REACH words and not
    above or left of the phrase's column; at least PHRASE_FOUND of them must be there, or its first
    PHRASE_LEAD words one after another. Of two places the one nearer `near` (a top, in points) wins.
    """
    tokens = [t for t in (norm(t) for t in (text or "").split()) if t][:60]
    if not tokens or not words:
        return []
    best: tuple[float, float, list[WordLike]] | None = None
    for i, word in enumerate(words):
        if norm(word.text) != tokens[0]:
            continue
        found, j, lead = [word], i, 1
        for n, token in enumerate(tokens[1:], 1):
            for k in range(j + 1, min(j + 1 + PHRASE_REACH, len(words))):
                w = words[k]
                if norm(w.text) == token and w.top >= found[-1].top - 2 and w.x0 >= word.x0 - 2:
                    found.append(w)
                    lead += lead == n
                    j = k
                    break
        share = len(found) / len(tokens)
        if share < PHRASE_FOUND and lead < min(PHRASE_LEAD, len(tokens)):
            continue
        key = (share, -abs(word.top - near))
        if best is None or key > best[:2]:
            best = (*key, found)
    if best is None:
        return []
    lines: list[list[WordLike]] = []
    for w in sorted(best[2], key=lambda w: (w.top, w.x0)):
        if lines and abs(lines[-1][0].top - w.top) < 3:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [(page, min(w.x0 for w in line), min(w.top for w in line), max(w.x1 for w in line),
             max(w.bottom for w in line)) for line in lines]
