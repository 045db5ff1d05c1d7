"""Layout facts the report-recommendation reader needs beyond reading order.

Agendas often print a label in a left column and its text in a right column ("Recommendation(s):" beside
"Approve City Council meeting minutes of ..."). Text extraction orders lines by their top, and the label's
baseline often sits a point or two below the first line of its text, so the label is read after the text it
heads. `side_labels_first` puts such a label back in front of its column, for this reader only.
"""
from __future__ import annotations

from ...models import Page
from .patterns import SIDE_LABEL

#: How far left of a block's first line a line must start to be outdented (an item heading, the next item).
OUTDENT = 12.0


def side_labels_first(page: Page) -> Page:
    """The page with each side label moved in front of the first line of its column: a label alone in the left
    part of the page with a line starting right of it at the same height, read before that line."""
    lines = list(page.lines)
    moved = False
    for k in range(len(lines)):
        label = lines[k]
        if label.furniture or label.x1 > page.width * 0.45 or not SIDE_LABEL.match(label.text):
            continue
        height = max(1.0, label.bottom - label.top)
        beside = [j for j in range(k) if not lines[j].furniture and lines[j].x0 >= label.x1 - 1.0
                  and abs(lines[j].top - label.top) <= 0.6 * height]
        if beside:
            lines.insert(beside[0], lines.pop(k))
            moved = True
    return page.model_copy(update={"lines": lines}) if moved else page


def outdented(line, first) -> bool:
    """`line` starts clearly left of `first`, the line a block began on: the block's text does not go there."""
    return line.x0 < first.x0 - OUTDENT
