"""Small helpers both engines share to describe lines the same way."""
from __future__ import annotations

import re

from . import patterns as P

_TWO_SINGLES = re.compile(r"(?<!\S)\S\s+\S(?!\S)")


def is_bold_font(fontname: str) -> bool:
    """Whether a font's name marks it bold ("Arial-BoldMT", "ABCDEF+Calibri-Bold")."""
    return bool(P.BOLD_FONT.search(fontname.split("+")[-1]))


def is_letter_spaced(text: str) -> bool:
    """Whether a line is set with wide letter spacing ("2 2 F I R S WA L K"), which splits every word."""
    # Quick refusals: six tokens need eleven characters, and with 60% of six or more tokens one character
    # long, two such tokens must stand side by side.
    if len(text) < 11 or not _TWO_SINGLES.search(text):
        return False
    tokens = text.split()
    return len(tokens) >= 6 and sum(len(t) == 1 for t in tokens) >= 0.6 * len(tokens)


def respace(glyphs: list[tuple[str, float, float]]) -> str:
    """Rebuild a letter-spaced line's words from its glyphs (char, left, right): a word break is a gap
    clearly wider than the usual gap between letters."""
    if len(glyphs) < 2:
        return "".join(g[0] for g in glyphs)
    gaps = [b[1] - a[2] for a, b in zip(glyphs, glyphs[1:])]
    usual = sorted(gaps)[len(gaps) // 2]
    widths = sorted(g[2] - g[1] for g in glyphs)
    threshold = max(usual * 1.8, usual + widths[len(widths) // 2] * 0.5)
    out = [glyphs[0][0]]
    for gap, glyph in zip(gaps, glyphs[1:]):
        if gap > threshold:
            out.append(" ")
        out.append(glyph[0])
    return "".join(out)
