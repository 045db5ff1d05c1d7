"""Evidence for one clause: its words found inside the resolution's verbatim quote, narrowed to the lines
(and so the pages and boxes) they stand on.

A resolution's `source.quote` is the stream text of its span, lines joined with newlines, and its
`source.boxes` hold one box per line of that quote (extract/stream.py), so a character span of the quote maps
to a run of boxes. The clause's words are matched with whitespace (line breaks, double spaces) and a broken
hyphen at a line end ignored, since clauses are handed over with their lines joined.
"""
from __future__ import annotations

import re

from ...models import Source
from .patterns import LIST_MARKER_RE

_MARKER = re.compile(LIST_MARKER_RE, re.I)


def _squeezed(text: str) -> tuple[str, list[int]]:
    """`text` with every whitespace run made one space, lower-cased, and each kept char's index in `text`."""
    out, where = [], []
    space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            space = bool(out)
            continue
        if space:
            out.append(" ")
            where.append(i)
            space = False
        for low in ch.lower():  # "İ".lower() is two characters
            out.append(low)
            where.append(i)
    return "".join(out), where


def find_span(quote: str, clause: str) -> tuple[int, int] | None:
    """Start/end offsets of the clause's words in the quote (None when they are not there)."""
    words, _ = _squeezed(_MARKER.sub("", clause))
    hay, where = _squeezed(quote)
    if not words or not hay:
        return None
    at = hay.find(words)
    if at < 0:  # "recom- mend" in the quote: try again without hyphen-space joins
        alt = hay.replace("- ", "")
        at2 = alt.find(words.replace("- ", ""))
        if at2 < 0:
            return None
        keep = [i for i in range(len(hay)) if not (hay[i:i + 2] == "- " or (i and hay[i - 1:i + 1] == "- "))]
        start, end = keep[at2], keep[min(len(keep) - 1, at2 + len(words.replace("- ", "")) - 1)]
        return where[start], where[end] + 1
    return where[at], where[at + len(words) - 1] + 1


def _narrow(box, a: int, b: int, n: int):
    page, x0, top, x1, bottom = box
    width = x1 - x0
    return (page, round(x0 + width * a / max(1, n), 2), top, round(x0 + width * b / max(1, n), 2), bottom)


def clause_source(source: Source | None, clause: str, ctx=None) -> tuple[Source | None, bool]:
    """The clause's evidence and whether its words were found in the statement's quote."""
    if source is None or not source.quote:
        return source, False
    span = find_span(source.quote, clause)
    if span is None:
        return source, False
    start, end = span
    quote = source.quote[start:end]
    lines = source.quote.split("\n")
    boxes = source.boxes
    if boxes and len(boxes) == len(lines):
        first = source.quote.count("\n", 0, start)
        last = source.quote.count("\n", 0, end)
        line_start = [0]
        for line in lines[:-1]:
            line_start.append(line_start[-1] + len(line) + 1)
        boxes = list(boxes[first:last + 1])
        boxes[0] = _narrow(boxes[0], start - line_start[first], len(lines[first]), len(lines[first]))
        end_in_last = end - line_start[last]
        a = start - line_start[first] if first == last else 0
        boxes[-1] = _narrow(source.boxes[last], a, end_in_last, len(lines[last]))
        pages = sorted({b[0] for b in boxes})
    else:
        pages = source.pages
    if ctx is not None and hasattr(ctx, "source"):
        return ctx.source(pages, quote=quote, boxes=boxes), True
    printed = source.printed_pages if pages == source.pages else None
    return source.model_copy(update={"pages": pages, "quote": quote, "boxes": boxes,
                                     "printed_pages": printed}), True
