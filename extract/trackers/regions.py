"""Where a pack's recommendations trackers are: a title ("Recommendations tracker", "Action log", "Outstanding
actions") or a header row naming a recommendation/action column beside a response/status/date column starts one;
it runs until a blank page, the start of another document, or the next tracker. Header words name columns.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from dataclasses import dataclass

from ...models import Page
from . import patterns as P


@dataclass(frozen=True)
class Region:
    start_page: int
    start_top: float
    end_page: int
    shading_means_completed: bool
    title: str


def header_roles(texts: list[str], role: Callable[[str], str | None] | None = None) -> list[str | None]:
    """The role each header cell names, or None. "Lead Officer/EM" is read by its parts. `role`: a
    `remembering_roles()` when many lines are tried (`find_regions`)."""
    role = role or _role
    return [role(" ".join(text.split())) for text in texts]


def remembering_roles() -> Callable[[str], str | None]:
    """The role of a header phrase, remembering its answers. `find_regions` tries every line of every page as a
    header, word by word, and the same short phrases recur (without it this stage took half the pipeline's time
    on a long pack); it makes one per call, so nothing carries from one pack to the next."""
    return lru_cache(maxsize=16384)(_role)


def _role(text: str) -> str | None:
    parts = [text] + [p.strip() for p in re.split(r"\s*(?:/|&|\band\b|\(|\))\s*", text) if p.strip()]
    return next((role for part in parts for role, pattern in P.HEADERS if pattern.match(part)), None)


def header_phrases(text: str, role: Callable[[str], str | None] | None = None) -> list[str] | None:
    """A line like "Date Recommendation Response Status" read as header cells, or None."""
    tokens = text.split()
    if not 3 <= len(tokens) <= 14 or not P.TEXT_WORD.search(text):
        return None
    cells, k, unknown = [], 0, 0
    while k < len(tokens):
        for width in (1, 2, 3):
            phrase = " ".join(tokens[k:k + width])
            if width <= len(tokens) - k and header_roles([phrase], role)[0]:
                cells.append(phrase)
                k += width
                break
        else:  # a word of a header cell that wraps ("Date of" / "meeting")
            unknown += 1
            k += 1
            if unknown > 2:
                return None
    return cells if is_header(cells, role) and len(cells) >= 3 else None


def is_header(texts: list[str], role: Callable[[str], str | None] | None = None) -> bool:
    roles = {r for r in header_roles(texts, role) if r}
    return "text" in roles and len(roles) >= 2 and bool(roles & {"response", "status", "owner", "date", "topic", "accepted", "done"})


def follows_up(texts: list[str], role: Callable[[str], str | None] | None = None) -> bool:
    return is_header(texts, role) and bool(set(header_roles(texts, role)) & P.FOLLOW_UP)


def tracker_regions(pages: Sequence[Page]) -> tuple[Region, ...]:
    """The pack's trackers (`find_regions`), worked out once by the pipeline for the two stages that need them:
    report recommendations skip their pages, the tracker stage reads them."""
    return tuple(find_regions(pages))


def find_regions(pages: list[Page]) -> list[Region]:
    """Trackers in the pack: from a title or header row to a blank page or the next document."""
    starts: list[tuple[int, float, str, bool]] = []
    role = remembering_roles()
    for page in pages:
        body = [line for line in page.lines if not line.furniture]
        sizes = sorted(line.size for line in body)
        usual = sizes[len(sizes) // 2] if sizes else 0.0
        for i, line in enumerate(body):
            # A title, not an agenda or contents line naming the tracker ("7. Recommendations tracker  25").
            heading = (line.bold or line.size > usual + 0.5) and not re.match(r"^(?:item\s*)?\d", line.text, re.I)
            if heading and P.TITLE.search(line.text) and len(line.text.split()) <= 14:
                if any(P.COVER_REPORT.match(l.text.strip()) for l in body[i + 1:i + 4]):
                    continue  # the title of a report about the tracker ("Report of the scrutiny officer")
                near = " ".join(l.text for l in body[i:i + 3])
                starts.append((page.number, line.top, line.text, bool(P.SHADED_MEANS_DONE.search(near))))
        for line in body:
            cells = header_phrases(line.text, role)
            if cells and follows_up(cells, role) and not any(st[0] == page.number for st in starts):
                starts.append((page.number, line.top - 1, line.text, False))
        by_top: dict[int, list[str]] = {}
        for line in body:
            by_top.setdefault(round(line.top / 3), []).append(line.text)
        for key, texts in by_top.items():
            if len(texts) >= 2 and any(P.TEXT_WORD.search(t) for t in texts) and follows_up(texts, role) \
                    and not any(s[0] == page.number for s in starts):
                starts.append((page.number, key * 3 - 3, " | ".join(texts), False))
    starts.sort()
    regions = []
    for k, (number, top, title, shaded) in enumerate(starts):
        if regions and regions[-1].end_page >= number and regions[-1].start_page == number:
            continue
        end = number
        next_start = starts[k + 1][0] if k + 1 < len(starts) else None
        for page in pages[number:number + 40]:
            if next_start is not None and page.number >= next_start:
                break
            body = [l for l in page.lines if not l.furniture]
            if P.BLANK_PAGE.match(" ".join(l.text for l in body).strip()):
                break
            head = [l for l in body if l.top < page.height * 0.3][:6]
            if any(P.DOCUMENT_START.match(l.text.strip()) for l in head):
                break
            end = page.number
        if not shaded:  # the key may stand anywhere in the tracker ("Key: shaded = complete")
            shaded = any(P.SHADED_MEANS_DONE.search(l.text) for p in pages[number - 1:end] for l in p.lines)
        regions.append(Region(number, top, end, shaded, title))
    return regions
