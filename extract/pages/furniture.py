"""Stage 2, clean: find each page's printed label and mark running headers/footers ("furniture").

A line is furniture when it stands in the page's top or bottom margin and the same words (numbers aside)
stand in the same margin on several pages, or when it is a page label ("Page 6 of 56", "- 6 -").
Later stages leave furniture out when they stitch text across page breaks.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ...models import Line, Page
from .store import Pages
from . import patterns as P

#: Share of the page height, from the top and from the bottom, in which headers and footers stand.
MARGIN = 0.11

def page_label_of(text: str) -> str | None:
    """The label a footer or header line prints, or None ("Page 6 of 56" -> "6")."""
    text = " ".join(text.split())
    for pattern in P.PAGE_LABELS:
        found = pattern.search(text)
        if found:
            return found.group("label").replace(" ", "")
    return None


def in_margin(line: Line, page: Page) -> str | None:
    if line.bottom <= page.height * MARGIN:
        return "top"
    if line.top >= page.height * (1 - MARGIN):
        return "bottom"
    return None


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


class MarginLines:
    """The lines in pages' top and bottom margins, gathered a page at a time (`add`), and those that repeat
    across enough pages to be running headers and footers (`repeated`)."""

    def __init__(self) -> None:
        # A line seen on one page keeps just that page's number: on a long pack most margin lines (titles,
        # dates) stand on one page, and a set for each would make this the biggest thing the pass holds.
        self.seen: dict[tuple[str, str], int | set[int]] = {}
        self.pages = 0

    def add(self, page: Page) -> Page:
        self.pages += 1
        for line in page.lines:
            zone = in_margin(line, page)
            if zone:
                key = (zone, _key(line.text))
                have = self.seen.get(key)
                if have is None:
                    self.seen[key] = page.number
                elif isinstance(have, int):
                    if have != page.number:
                        self.seen[key] = {have, page.number}
                else:
                    have.add(page.number)
        return page

    def repeated(self) -> set[tuple[str, str]]:
        """(margin, text key) pairs that repeat across enough pages to be running headers/footers."""
        # Long packs need a line on three pages; a two- to four-page document on two. A running header or
        # footer also stands on at least two consecutive pages: a heading that opens each report ("Item 5",
        # "Item 7") on pages far apart stays a heading.
        needed = 2 if self.pages <= 4 else 3
        return {key for key, on in self.seen.items()
                if isinstance(on, set) and len(on) >= needed and any(n + 1 in on for n in on)}


def repeated_keys(pages: Sequence[Page]) -> set[tuple[str, str]]:
    """(margin, text key) pairs that repeat across enough of these pages to be running headers/footers."""
    margins = MarginLines()
    for page in pages:
        margins.add(page)
    return margins.repeated()


def mark_furniture(pages: Iterable[Page], repeated: set[tuple[str, str]] | None = None) -> Pages:
    """Return the pages with `label` set and header/footer lines marked as furniture (`Pages.map`: the same
    mode). `repeated`: the pages' `MarginLines.repeated()` when gathered already (else it is worked out here)."""
    pages = Pages.of(pages)
    repeated = repeated_keys(pages) if repeated is None else repeated
    return pages.map(lambda page: _marked(page, repeated))


def _marked(page: Page, repeated: set[tuple[str, str]]) -> Page:
    label = None
    lines = []
    # Look for the label in the bottom margin first (footers), then the top (headers).
    for line in page.lines:
        zone = in_margin(line, page)
        printed = page_label_of(line.text) if zone else None
        furniture = bool(zone) and (printed is not None or (zone, _key(line.text)) in repeated)
        if printed is not None and (label is None or zone == "bottom"):
            label = printed
        lines.append(replace(line, furniture=True) if furniture else line)
    return page.model_copy(update={"lines": lines, "label": label or page.pdf_label})
