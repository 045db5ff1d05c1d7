"""Ruled tables on chosen pages: plain cell text, boxes and shading, nothing else.

A page gives its drawn rules, its light fills and its words (`PageObjects`), read by `tables_pdfium` (the
default: pdfium already parsed the page for its text) or `tables_plumber` (the reference engine). The
geometry here turns rules into cells the way a reader of the page would: rules closer than `SNAP` points are
one rule, collinear pieces with gaps under `SNAP` are joined, every crossing of a vertical and a horizontal
rule is a corner, and the smallest rectangle of connected corners is a cell; cells that share a corner form a
table. Only thin dark rules count as borders (shading rectangles and highlight boxes behind words would
otherwise split cells at every word), and a table that runs off the top or bottom of a page, with no rule
there, is closed at the ends of its vertical rules.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

Box = tuple[float, float, float, float]  # x0, top, x1, bottom (points, origin top-left)

#: A rule is a filled rect or line at most this thick (points).
RULE_MAX = 2.0
#: Share of a cell's area that fill must cover for the cell to count as shaded.
SHADED_SHARE = 0.5
#: Rules this close (points) are one rule; pieces of a rule with gaps this small are joined; a rule reaching
#: this close to another crosses it.
SNAP = 3.0
#: Rule pieces shorter than this (points) are not borders.
MIN_EDGE = 3.0


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    box: Box


@dataclass(frozen=True)
class Rule:
    box: Box
    line: bool = False  # a stroked line segment (any colour), not a filled bar


@dataclass
class PageObjects:
    """What the table reader needs of one page, whichever library read it."""

    rules: list[Rule] = field(default_factory=list)
    fills: list[Box] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)
    tints: list[tuple[Box, str]] = field(default_factory=list)  # rects filled with a named hue (RAG cells)


@dataclass(frozen=True)
class CellLine:
    text: str
    box: Box


@dataclass(frozen=True)
class Cell:
    box: Box
    lines: list[CellLine] = field(default_factory=list)
    shaded: bool = False
    colour: str | None = None  # the hue filling most of the cell: "red", "amber", "green", "blue" (RAG ratings)

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)


@dataclass(frozen=True)
class Row:
    box: Box
    cells: list[Cell]


@dataclass(frozen=True)
class Table:
    page: int
    box: Box
    rows: list[Row]


# ---- colours (0-1 floats: grey, RGB or CMYK) ------------------------------------------------------------------

def dark(colour) -> bool:
    if colour is None:
        return True
    if isinstance(colour, (int, float)):
        return colour < 0.5
    values = tuple(colour)
    if len(values) == 4:  # CMYK: dark when K is high
        return values[3] > 0.5 or sum(values[:3]) > 2.0
    return sum(values) / max(1, len(values)) < 0.5


def light_fill(colour) -> bool:
    """A tint behind text: not white, not dark."""
    if colour is None or dark(colour):
        return False
    if isinstance(colour, (int, float)):
        return colour < 0.97
    values = tuple(colour)
    if len(values) == 4:
        return sum(values) > 0.03
    return sum(values) / max(1, len(values)) < 0.97


def _rgb(colour) -> tuple[float, float, float] | None:
    if colour is None or isinstance(colour, (int, float)):
        return None
    values = tuple(float(v) for v in colour)
    if len(values) == 3:
        return values  # type: ignore[return-value]
    if len(values) == 4:  # CMYK
        c, m, y, k = values
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return None


def hue_name(colour) -> str | None:
    """The RAG-style name of a saturated fill colour ("red", "amber", "green", "blue"), None for white, black,
    greys and other hues. Amber takes in the oranges and yellows trackers use for it."""
    rgb = _rgb(colour)
    if rgb is None:
        return None
    hi, lo = max(rgb), min(rgb)
    if hi < 0.25 or hi - lo < 0.25 or (hi - lo) / hi < 0.35:
        return None
    r, g, b = rgb
    if hi == r:
        hue = (60 * (g - b) / (hi - lo)) % 360
    elif hi == g:
        hue = 60 * (b - r) / (hi - lo) + 120
    else:
        hue = 60 * (r - g) / (hi - lo) + 240
    for name, start, end in _HUES:
        if start <= hue < end:
            return name
    return None


_HUES = [("red", 0, 18), ("amber", 18, 70), ("green", 70, 170), ("blue", 170, 260), ("red", 340, 360)]


def classify(box: Box, objects: PageObjects, *, line: bool = False, filled: bool = False, stroked: bool = False,
             fill_colour=None, stroke_colour=None) -> None:
    """File one drawn line segment or rect under rules or fills (a colour of None is unknown: taken as dark).

    Rules: any thin line segment; a thin bar filled (or else stroked) dark; the sides of a larger rect stroked
    dark (a table drawn box by box). Fills: a larger rect filled with a light tint (a shaded cell)."""
    x0, top, x1, bottom = box
    thin = min(x1 - x0, bottom - top) <= RULE_MAX
    if line:
        if thin:
            objects.rules.append(Rule(box=box, line=True))
        return
    if thin:
        if (filled and dark(fill_colour)) or (not filled and stroked and dark(stroke_colour)):
            objects.rules.append(Rule(box=box))
        return
    if filled and light_fill(fill_colour):
        objects.fills.append(box)
    hue = hue_name(fill_colour) if filled else None
    if hue:
        objects.tints.append((box, hue))
    if stroked and dark(stroke_colour):
        for side in ((x0, top, x1, top), (x0, bottom, x1, bottom), (x0, top, x0, bottom), (x1, top, x1, bottom)):
            objects.rules.append(Rule(box=side, line=True))


# ---- geometry: rules -> edges -> corners -> cells -> tables ----------------------------------------------------

@dataclass
class _Edge:
    vertical: bool
    at: float  # x of a vertical edge, y of a horizontal one
    lo: float  # where it starts along its length (top, or x0)
    hi: float


def find_tables(objects: PageObjects, number: int) -> list[Table]:
    """The ruled tables of one page, top to bottom."""
    vertical = [r for r in objects.rules if _height(r.box) > _width(r.box)]
    horizontal = [r for r in objects.rules if _width(r.box) >= _height(r.box)]
    if len(vertical) < 2 or not horizontal:
        return []
    edges = _edges(vertical, True) + _edges(horizontal, False) + _open_ends(vertical)
    cells = _cells(_merge(edges))
    words = _ByCentre(objects.words)
    tables = []
    for group in _connected(cells):
        rows = []
        for top in sorted({c[1] for c in group}):
            boxes = sorted((c for c in group if c[1] == top), key=lambda c: c[0])
            cells_ = [_cell(box, words.inside(box), objects.fills, objects.tints) for box in boxes]
            rows.append(Row(box=_union(boxes), cells=cells_))
        tables.append(Table(page=number, box=_union(group), rows=rows))
    return sorted(tables, key=lambda t: t.box[1])


def _width(box: Box) -> float:
    return box[2] - box[0]


def _height(box: Box) -> float:
    return box[3] - box[1]


def _edges(rules: list[Rule], vertical: bool) -> list[_Edge]:
    """Each rule's long sides (a thin bar has two, a line one), along the rule's orientation."""
    out = []
    for rule in rules:
        x0, top, x1, bottom = rule.box
        if vertical:
            sides = {x0, x1} if not rule.line else {(x0 + x1) / 2}
            out.extend(_Edge(True, x, top, bottom) for x in sides)
        else:
            sides = {top, bottom} if not rule.line else {(top + bottom) / 2}
            out.extend(_Edge(False, y, x0, x1) for y in sides)
    return out


def _open_ends(vertical: list[Rule]) -> list[_Edge]:
    """Horizontal edges closing tables whose first or last row runs over a page break (no rule drawn there)."""
    x0 = min(r.box[0] for r in vertical)
    x1 = max(r.box[2] for r in vertical)
    top = min(r.box[1] for r in vertical)
    bottom = max(r.box[3] for r in vertical)
    return [_Edge(False, top, x0, x1), _Edge(False, bottom, x0, x1)]


def _merge(edges: list[_Edge]) -> list[_Edge]:
    """Snap near-parallel edges to their mean position, join collinear pieces, drop stubs."""
    merged: list[_Edge] = []
    for vertical in (True, False):
        group = sorted((e for e in edges if e.vertical is vertical), key=lambda e: e.at)
        clusters: list[list[_Edge]] = []
        for edge in group:  # chained: each edge within SNAP of the cluster's last one joins it
            if clusters and edge.at - clusters[-1][-1].at <= SNAP:
                clusters[-1].append(edge)
            else:
                clusters.append([edge])
        for cluster in clusters:
            at = sum(e.at for e in cluster) / len(cluster)
            pieces = sorted(cluster, key=lambda e: e.lo)
            lo, hi = pieces[0].lo, pieces[0].hi
            for piece in pieces[1:]:
                if piece.lo <= hi + SNAP:
                    hi = max(hi, piece.hi)
                else:
                    merged.append(_Edge(vertical, at, lo, hi))
                    lo, hi = piece.lo, piece.hi
            merged.append(_Edge(vertical, at, lo, hi))
    return [e for e in merged if e.hi - e.lo >= MIN_EDGE]


def _cells(edges: list[_Edge]) -> list[Box]:
    """The smallest rectangles whose four corners are crossings joined by edges."""
    vertical = [e for e in edges if e.vertical]
    horizontal = [e for e in edges if not e.vertical]
    corners: dict[tuple[float, float], tuple[set[int], set[int]]] = {}
    for i, v in enumerate(vertical):
        for j, h in enumerate(horizontal):
            if v.lo <= h.at + SNAP and v.hi >= h.at - SNAP and h.lo - SNAP <= v.at <= h.hi + SNAP:
                vs, hs = corners.setdefault((v.at, h.at), (set(), set()))
                vs.add(i)
                hs.add(j)

    def joined(a, b) -> bool:
        if a[0] == b[0] and corners[a][0] & corners[b][0]:
            return True
        return a[1] == b[1] and bool(corners[a][1] & corners[b][1])

    by_x: dict[float, list[float]] = defaultdict(list)
    by_y: dict[float, list[float]] = defaultdict(list)
    for x, y in sorted(corners):
        by_x[x].append(y)
        by_y[y].append(x)
    cells = []
    for x, y in sorted(corners):
        found = None
        for below in (b for b in by_x[x] if b > y):
            if not joined((x, y), (x, below)):
                continue
            for right in (r for r in by_y[y] if r > x):
                far = (right, below)
                if joined((x, y), (right, y)) and far in corners and joined(far, (right, y)) \
                        and joined(far, (x, below)):
                    found = (x, y, right, below)
                    break
            if found:
                break
        if found:
            cells.append(found)
    return cells


def _connected(cells: list[Box]) -> list[list[Box]]:
    """Cells grouped into tables: two cells sharing a corner are in one table; lone cells are not tables."""
    parent = list(range(len(cells)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[tuple[float, float], int] = {}
    for i, (x0, top, x1, bottom) in enumerate(cells):
        for corner in ((x0, top), (x0, bottom), (x1, top), (x1, bottom)):
            if corner in owner:
                parent[root(i)] = root(owner[corner])
            else:
                owner[corner] = i
    groups: dict[int, list[Box]] = defaultdict(list)
    for i, cell in enumerate(cells):
        groups[root(i)].append(cell)
    return [g for g in groups.values() if len(g) > 1]


def _union(boxes: Iterable[Box]) -> Box:
    boxes = list(boxes)
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


class _ByCentre:
    """A page's words ordered by the height of their centres, to find a cell's words without a full scan."""

    def __init__(self, words: list[Word]):
        self.words = sorted((((w.box[1] + w.box[3]) / 2, (w.box[0] + w.box[2]) / 2, w) for w in words),
                            key=lambda t: t[:2])
        self.ys = [y for y, _, _ in self.words]

    def inside(self, box: Box) -> list[Word]:
        """Words whose centre lies in the box (a point of slack each side)."""
        x0, top, x1, bottom = box
        lo, hi = bisect_left(self.ys, top - 1), bisect_right(self.ys, bottom + 1)
        return [w for _, x, w in self.words[lo:hi] if x0 - 1 <= x <= x1 + 1]


def _cell(box: Box, inside: list[Word], fills: list[Box], tints: list[tuple[Box, str]] = ()) -> Cell:
    lines: list[list[Word]] = []
    for word in sorted(inside, key=lambda w: (round(w.box[1]), w.box[0])):
        if lines and abs(lines[-1][0].box[1] - word.box[1]) <= 3:
            lines[-1].append(word)
        else:
            lines.append([word])
    cell_lines = []
    for group in lines:
        group.sort(key=lambda w: w.box[0])
        cell_lines.append(CellLine(
            text=" ".join(w.text for w in group),
            box=(round(group[0].box[0], 2), round(min(w.box[1] for w in group), 2),
                 round(group[-1].box[2], 2), round(max(w.box[3] for w in group), 2)),
        ))
    return Cell(box=tuple(round(v, 2) for v in box), lines=cell_lines, shaded=_shaded(box, fills),
                colour=_tint(box, tints))


def _covered(box: Box, fill: Box) -> float:
    """Share of `box`'s area that `fill` covers."""
    x0, top, x1, bottom = box
    w = min(x1, fill[2]) - max(x0, fill[0])
    h = min(bottom, fill[3]) - max(top, fill[1])
    return w * h / max(1e-6, (x1 - x0) * (bottom - top)) if w > 0 and h > 0 else 0.0


def _shaded(box: Box, fills: list[Box]) -> bool:
    # the largest single fill: word highlights do not add up to a cell
    return max((_covered(box, fill) for fill in fills), default=0.0) >= SHADED_SHARE


def _tint(box: Box, tints: list[tuple[Box, str]]) -> str | None:
    """The hue of the coloured fill covering most of the cell, if one covers half of it (the last drawn wins
    a tie, as it is the one on top)."""
    best, name = SHADED_SHARE, None
    for fill, hue in tints:
        share = _covered(box, fill)
        if share >= best:
            best, name = share, hue
    return name
