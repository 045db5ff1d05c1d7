"""Ruled tables on chosen pages, read with pdfplumber: plain cell text, boxes and shading, nothing else.

pdfplumber objects stay inside this module. Only thin dark rules count as cell borders (shading rectangles
and highlight boxes behind words would otherwise split cells at every word), and a table that runs off the
top or bottom of a page, with no rule there, is closed at the ends of its vertical rules.
"""
from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

_CID = re.compile(r"\(cid:\d+\)")  # pdfminer's stand-in for a glyph with no character: not printed text

Box = tuple[float, float, float, float]  # x0, top, x1, bottom

#: A rule is a filled rect or line at most this thick (points).
RULE_MAX = 2.0
#: Share of a cell's area that fill must cover for the cell to count as shaded.
SHADED_SHARE = 0.5


@dataclass(frozen=True)
class CellLine:
    text: str
    box: Box


@dataclass(frozen=True)
class Cell:
    box: Box
    lines: list[CellLine] = field(default_factory=list)
    shaded: bool = False

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


def ruled_tables(data: bytes, page_numbers: Iterable[int], password: str | None = None) -> dict[int, list[Table]]:
    """Tables drawn with rules on the given physical pages (1-based), in reading order per page."""
    return tables_and_words(data, page_numbers, password, words_too=False)[0]


def tables_and_words(data: bytes, page_numbers: Iterable[int], password: str | None = None,
                     words_too: bool = True) -> tuple[dict[int, list[Table]], dict[int, list[Word]]]:
    """Ruled tables per page and, for pages that have none, every word with its box: one pdfplumber pass,
    so each page's objects are parsed once."""
    import pdfplumber

    tables: dict[int, list[Table]] = {}
    words: dict[int, list[Word]] = {}
    with pdfplumber.open(io.BytesIO(data), password=password or "") as doc:
        for number in sorted(set(page_numbers)):
            if not 0 < number <= len(doc.pages):
                continue
            page = doc.pages[number - 1]
            try:
                tables[number] = _page_tables(page, number)
                if words_too and not tables[number]:
                    words[number] = _words(page)
            finally:
                page.close()
    return tables, words


def _dark(colour) -> bool:
    if colour is None:
        return True
    if isinstance(colour, (int, float)):
        return colour < 0.5
    values = tuple(colour)
    if len(values) == 4:  # CMYK: dark when K is high
        return values[3] > 0.5 or sum(values[:3]) > 2.0
    return sum(values) / max(1, len(values)) < 0.5


def _light_fill(colour) -> bool:
    """A tint behind text: not white, not dark."""
    if colour is None or _dark(colour):
        return False
    if isinstance(colour, (int, float)):
        return colour < 0.97
    values = tuple(colour)
    if len(values) == 4:
        return sum(values) > 0.03
    return sum(values) / max(1, len(values)) < 0.97


def _page_tables(page, number: int) -> list[Table]:
    rules, fills = [], []
    for obj in list(page.rects) + list(page.lines):
        thin = min(obj["width"], obj["height"]) <= RULE_MAX
        colour = obj.get("non_stroking_color") if obj.get("fill") else obj.get("stroking_color")
        if thin and (_dark(colour) or obj.get("object_type") == "line"):
            rules.append(obj)
        elif not thin and obj.get("fill") and _light_fill(obj.get("non_stroking_color")):
            fills.append((obj["x0"], obj["top"], obj["x1"], obj["bottom"]))
    vertical = [r for r in rules if r["height"] > r["width"]]
    horizontal = [r for r in rules if r["width"] >= r["height"]]
    if len(vertical) < 2 or not horizontal:
        return []
    horizontal += _open_ends(vertical)
    settings = {
        "vertical_strategy": "explicit", "horizontal_strategy": "explicit",
        "explicit_vertical_lines": vertical, "explicit_horizontal_lines": horizontal,
        "snap_tolerance": 3, "intersection_tolerance": 3,
    }
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    tables = []
    for found in page.find_tables(settings):
        rows = []
        for row in found.rows:
            cells = [_cell(box, words, fills) for box in row.cells if box is not None]
            if cells:
                rows.append(Row(box=tuple(row.bbox), cells=cells))
        if rows:
            tables.append(Table(page=number, box=tuple(found.bbox), rows=rows))
    return sorted(tables, key=lambda t: t.box[1])


def _open_ends(vertical: list[dict]) -> list[dict]:
    """Synthetic rules closing tables whose first or last row runs over a page break (no rule drawn there)."""
    x0 = min(v["x0"] for v in vertical)
    x1 = max(v["x1"] for v in vertical)
    top = min(v["top"] for v in vertical)
    bottom = max(v["bottom"] for v in vertical)
    return [
        {"x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0.0, "object_type": "line"}
        for y in (top, bottom)
    ]


def _cell(box: Box, words: list[dict], fills: list[Box]) -> Cell:
    x0, top, x1, bottom = box
    inside = [w for w in words
              if x0 - 1 <= (w["x0"] + w["x1"]) / 2 <= x1 + 1 and top - 1 <= (w["top"] + w["bottom"]) / 2 <= bottom + 1]
    lines: list[list[dict]] = []
    for word in sorted(inside, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) <= 3:
            lines[-1].append(word)
        else:
            lines.append([word])
    cell_lines = []
    for group in lines:
        group.sort(key=lambda w: w["x0"])
        cell_lines.append(CellLine(
            text=" ".join(t for t in (_CID.sub("", w["text"]) for w in group) if t),
            box=(round(group[0]["x0"], 2), round(min(w["top"] for w in group), 2),
                 round(group[-1]["x1"], 2), round(max(w["bottom"] for w in group), 2)),
        ))
    return Cell(box=tuple(round(v, 2) for v in box), lines=cell_lines, shaded=_shaded(box, fills))


def _shaded(box: Box, fills: list[Box]) -> bool:
    x0, top, x1, bottom = box
    area = max(1e-6, (x1 - x0) * (bottom - top))
    covered = 0.0
    for fx0, ftop, fx1, fbottom in fills:
        w = min(x1, fx1) - max(x0, fx0)
        h = min(bottom, fbottom) - max(top, ftop)
        if w > 0 and h > 0:
            covered = max(covered, w * h)  # the largest single fill: word highlights do not add up to a cell
    return covered / area >= SHADED_SHARE


@dataclass(frozen=True)
class Word:
    text: str
    box: Box


def _words(page) -> list[Word]:
    return [
        Word(text=_CID.sub("", w["text"]), box=(round(w["x0"], 2), round(w["top"], 2),
                                                 round(w["x1"], 2), round(w["bottom"], 2)))
        for w in page.extract_words(keep_blank_chars=False, use_text_flow=False)
        if _CID.sub("", w["text"])
    ]
