"""Windows of pages for the text stages, so a long pack is never read into one stream.

Resolutions and report recommendations are found in a `TextStream` of body lines. For an ordinary pack that is
one stream of all its pages, as before. For a pack whose pages wait in a temporary file (`Pages.spilled`, longer than
`Limits.pages_in_memory`), the stages read it `Limits.window_pages` pages at a time. Each window also reads
some pages before its own (a statement's subject, a report's title above it) and after them (a statement that
runs over a page break), and a stage keeps only what starts on the window's own pages, so every statement is
found once and with the context it would have had in one stream.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ...models import Page
from .store import Pages


@dataclass(frozen=True)
class Window:
    """Pages to read, and the physical page numbers whose findings this window keeps (`first` to `last`)."""

    pages: list[Page]
    first: float
    last: float

    def owns(self, page: int) -> bool:
        return self.first <= page <= self.last


def page_windows(pages: Pages, size: int, before: int, after: int) -> Iterator[Window]:
    """One window of every page for pages held in memory; else windows of `size` own pages with up to
    `before` pages of context ahead of them and `after` after them. The first window owns everything before
    its pages and the last everything after, so ownership covers every page number."""
    if not pages.spilled:
        yield Window(list(pages), float("-inf"), float("inf"))
        return
    numbers = pages.numbers
    size = max(1, size)
    for start in range(0, len(numbers), size):
        end = min(start + size, len(numbers))
        first = numbers[start] if start else float("-inf")
        last = numbers[end - 1] if end < len(numbers) else float("inf")
        yield Window(list(pages[max(0, start - before):min(len(numbers), end + after)]), first, last)
