"""Reading cues the structure stages share: positions in a pack, rows with superscripts put back, and
what makes a line look like a heading."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ...models import Line, Page
from . import patterns as P


@dataclass(frozen=True, order=True, slots=True)
class Pos:
    """A place in the pack: physical page (1-based) and distance from the page's top, in points."""

    page: int
    top: float


@dataclass(frozen=True, slots=True)
class Row:
    """One printed row: a body line with any superscript fragments ("9" + "th May") joined in."""

    page: int
    text: str
    line: Line
    parts: tuple[Line, ...]

    @property
    def pos(self) -> Pos:
        return Pos(self.page, self.line.top)



def rows(page: Page, furniture: bool = False) -> list[Row]:
    """The page's body lines as rows; a small fragment standing on another line's row is merged into it."""
    lines = [ln for ln in page.lines if furniture or not ln.furniture]
    out: list[Row] = []
    for line in lines:
        host = None
        for row in out[:-4:-1]:  # the last three rows, nearest first
            if _same_row(row.line, line):
                host = row
                break
        if host is None:
            out.append(Row(page.number, line.text, line, (line,)))
            continue
        parts = sorted(host.parts + (line,), key=lambda ln: ln.x0)
        text = ""
        for part in parts:
            small = part.size and host.line.size and part.size < 0.8 * max(p.size for p in parts)
            glue = "" if (text and small and P.ORDINAL_SUFFIX.match(part.text)) else (" " if text else "")
            text += glue + part.text
        out[out.index(host)] = Row(page.number, text, host.line if host.line.size >= line.size else line, tuple(parts))
    return out


def _same_row(a: Line, b: Line) -> bool:
    """b is a fragment of a's row: it overlaps a vertically and lies beside it, not under it."""
    if not (b.size < 0.85 * a.size or a.size < 0.85 * b.size):  # the cheap test first: most lines fail it
        return False
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    smaller = min(a.bottom - a.top, b.bottom - b.top) or 1.0
    beside = b.x0 >= a.x1 - 1 or b.x1 <= a.x0 + 1
    return overlap >= 0.5 * smaller and beside


def body_size(pages: list[Page]) -> float:
    """The commonest font size of body lines: what a heading stands out from."""
    sizes = Counter(round(ln.size, 1) for p in pages for ln in p.lines if not ln.furniture and ln.size > 0)
    # (counted as we go, not listed: a long pack's pages come one at a time from its store; on a tie the
    # size met first wins, as with statistics.mode)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def is_heading(line: Line, size: float) -> bool:
    """Bold, or clearly larger than the body text, and short enough to be a heading."""
    if len(line.text) > 120:
        return False
    larger = size > 1.5 and line.size >= size * 1.12
    return line.bold or larger


def key(text: str) -> str:
    """Text compared across pages: lower case, digits folded, spaces squeezed."""
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))
