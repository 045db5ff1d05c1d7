"""Rules, fills and words of chosen pages as pdfplumber reads them (the reference engine's table reader).

pdfplumber objects stay inside this module; `_tables` turns what it gives into tables.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .plumber_engine import PlumberHandle
from .table_geometry import PageObjects, Word, classify

_CID = re.compile(r"\(cid:\d+\)")  # pdfminer's stand-in for a glyph with no character: not printed text


def page_objects(handle: PlumberHandle, numbers: list[int]) -> Iterator[tuple[int, PageObjects]]:
    """Rules, fills and words of these physical pages (1-based) of the PDF behind `handle`."""
    try:
        doc = handle.document()
        for number in numbers:
            if not 0 < number <= len(doc.pages):
                continue
            page = doc.pages[number - 1]
            try:
                yield number, _objects(page)
            finally:
                page.close()
    finally:
        handle.rest()


def _objects(page) -> PageObjects:
    objects = PageObjects()
    for obj in list(page.rects) + list(page.lines):
        box = (obj["x0"], obj["top"], obj["x1"], obj["bottom"])
        classify(box, objects, line=obj.get("object_type") == "line", filled=bool(obj.get("fill")),
                 stroked=bool(obj.get("stroke")), fill_colour=obj.get("non_stroking_color"),
                 stroke_colour=obj.get("stroking_color"))
    for w in page.extract_words(keep_blank_chars=False, use_text_flow=False):
        text = _CID.sub("", w["text"])
        if text:
            box = tuple(round(w[k], 2) for k in ("x0", "top", "x1", "bottom"))
            objects.words.append(Word(text=text, box=box))
    return objects
