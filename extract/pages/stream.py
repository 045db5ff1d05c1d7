"""Text that runs across page breaks: a pack's body lines joined into one string, every offset traceable.

Stages that read prose (minutes, resolutions, reports) search a `TextStream` instead of single pages, so a
statement that starts at the foot of one page and ends at the top of the next is one match. Running headers,
footers and page labels (lines marked `furniture`) are left out. Any character span maps back to its pages,
printed labels, verbatim quote and per-line boxes: the evidence every record carries.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from ...models import Line, Page


@dataclass(frozen=True, slots=True)
class StreamLine:
    """One body line of the stream: where it starts and ends in `TextStream.text`, and where it stands."""

    start: int
    end: int
    page: int
    line: Line


class TextStream:
    """Body lines of some pages, joined with newlines."""

    def __init__(self, pages: Iterable[Page], include_furniture: bool = False):
        parts: list[str] = []
        self.lines: list[StreamLine] = []
        offset = 0
        for page in pages:
            for line in page.lines:
                if line.furniture and not include_furniture:
                    continue
                if parts:
                    offset += 1  # the joining newline
                self.lines.append(StreamLine(offset, offset + len(line.text), page.number, line))
                parts.append(line.text)
                offset += len(line.text)
        self.text = "\n".join(parts)
        self._starts = [sl.start for sl in self.lines]

    def line_at(self, offset: int) -> int:
        """Index of the stream line holding `offset` (or the one before a joining newline)."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def lines_between(self, start: int, end: int) -> list[StreamLine]:
        if not self.lines or end <= start:
            return []
        return self.lines[self.line_at(start): self.line_at(max(start, end - 1)) + 1]

    def pages_between(self, start: int, end: int) -> list[int]:
        return sorted({sl.page for sl in self.lines_between(start, end)})

    def boxes(self, start: int, end: int) -> list[tuple[int, float, float, float, float]]:
        """One box per line of the span, narrowed in proportion to the characters the span covers."""
        out = []
        for sl in self.lines_between(start, end):
            a = max(start, sl.start) - sl.start
            b = min(end, sl.end) - sl.start
            n = max(1, sl.end - sl.start)
            width = sl.line.x1 - sl.line.x0
            x0 = sl.line.x0 + width * a / n
            x1 = sl.line.x0 + width * b / n
            out.append((sl.page, round(x0, 2), sl.line.top, round(x1, 2), sl.line.bottom))
        return out

    def evidence(self, start: int, end: int) -> dict:
        """Keyword arguments for `Context.source`: pages, quote and boxes of a character span."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return {
            "pages": self.pages_between(start, end),
            "quote": self.text[start:end],
            "boxes": self.boxes(start, end),
        }
