"""Rules, fills and words of chosen pages as pdfium reads them: the default engine's table reader.

Rules and fills come from the page's path objects (inside form XObjects too), split into subpaths: a
two-point subpath is a line, a closed four-corner axis-aligned one a rect; the straight axis-aligned pieces of
any other stroked subpath are lines. Words come from the text page: runs of characters between the spaces and
line breaks pdfium gives, boxed by their first and last glyphs; a run wider than its glyphs could be, or
standing on two lines, is split glyph by glyph at gaps wider than `WORD_GAP`. All boxes are given in the page
as displayed (rotation applied, origin top-left), like the reader's lines.
"""
from __future__ import annotations

import ctypes
import re
from collections.abc import Iterator

import pypdfium2.raw as raw

from .pdfium_engine import PdfiumHandle, _Frame
from .table_geometry import PageObjects, Word, classify

#: A gap wider than this between two glyphs (points) ends a word even when pdfium put no space there.
WORD_GAP = 3.0
_MAX_DEPTH = 8  # form XObjects inside form XObjects

Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def page_objects(handle: PdfiumHandle, numbers: list[int]) -> Iterator[tuple[int, PageObjects]]:
    """Rules, fills and words of these physical pages (1-based) of the PDF behind `handle`."""
    try:
        for number, page in handle.each_page(numbers):
            frame = _Frame(page.get_bbox(), page.get_rotation())
            objects = PageObjects()
            _paths(page.raw, frame, objects)
            textpage = page.get_textpage()
            try:
                objects.words = _words(textpage, frame)
            finally:
                textpage.close()
            yield number, objects
    finally:
        handle.rest()


# ---- paths ----------------------------------------------------------------------------------------------------

def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    """The matrix applying `inner`, then `outer`."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _matrix(obj) -> Matrix:
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        return _IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _paths(page, frame: _Frame, objects: PageObjects) -> None:
    count = raw.FPDFPage_CountObjects(page)
    stack = [(raw.FPDFPage_GetObject(page, i), _IDENTITY, 0) for i in range(count - 1, -1, -1)]
    while stack:
        obj, outer, depth = stack.pop()
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_PATH:
            _path(obj, _compose(_matrix(obj), outer), frame, objects)
        elif kind == raw.FPDF_PAGEOBJ_FORM and depth < _MAX_DEPTH:
            matrix = _compose(_matrix(obj), outer)
            n = raw.FPDFFormObj_CountObjects(obj)
            stack.extend((raw.FPDFFormObj_GetObject(obj, i), matrix, depth + 1) for i in range(n - 1, -1, -1))


def _colour(getter, obj) -> tuple[float, float, float] | None:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not getter(obj, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a)):
        return None
    return (r.value / 255, g.value / 255, b.value / 255)


def _path(obj, matrix: Matrix, frame: _Frame, objects: PageObjects) -> None:
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill_mode), ctypes.byref(stroke)):
        return
    filled, stroked = fill_mode.value != 0, bool(stroke.value)
    if not filled and not stroked:
        return  # a clipping path or an invisible one
    paint = {"filled": filled, "stroked": stroked,
             "fill_colour": _colour(raw.FPDFPageObj_GetFillColor, obj) if filled else None,
             "stroke_colour": _colour(raw.FPDFPageObj_GetStrokeColor, obj) if stroked else None}
    a, b, c, d, e, f = matrix
    x, y = ctypes.c_float(), ctypes.c_float()
    subpaths: list[list[tuple[float, float]]] = []
    curved: list[bool] = []
    for i in range(raw.FPDFPath_CountSegments(obj)):
        segment = raw.FPDFPath_GetPathSegment(obj, i)
        raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
        px, py = a * x.value + c * y.value + e, b * x.value + d * y.value + f
        point = frame.point(px, py)
        kind = raw.FPDFPathSegment_GetType(segment)
        if kind == raw.FPDF_SEGMENT_MOVETO or not subpaths:
            subpaths.append([point])
            curved.append(False)
        else:
            subpaths[-1].append(point)
            curved[-1] = curved[-1] or kind == raw.FPDF_SEGMENT_BEZIERTO
        if raw.FPDFPathSegment_GetClose(segment) and subpaths[-1][0] != point:
            subpaths[-1].append(subpaths[-1][0])
    for points, bent in zip(subpaths, curved):
        if not bent:
            _subpath(points, paint, objects)


def _subpath(points, paint: dict, objects: PageObjects) -> None:
    corners = [p for k, p in enumerate(points) if k == 0 or p != points[k - 1]]
    if len(corners) > 1 and corners[-1] == corners[0]:
        corners = corners[:-1]
    if len(corners) == 4 and _axis_rect(corners):
        classify(_box(corners), objects, **paint)
    elif paint["stroked"]:  # a line, or the straight axis-aligned pieces of a polyline
        for p, q in zip(points, points[1:]):
            if p != q and (abs(p[0] - q[0]) < 0.01 or abs(p[1] - q[1]) < 0.01):
                classify(_box([p, q]), objects, line=True)


def _box(points) -> tuple[float, float, float, float]:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys))


def _axis_rect(corners) -> bool:
    """Four corners, each side vertical or horizontal."""
    for p, q in zip(corners, corners[1:] + corners[:1]):
        if abs(p[0] - q[0]) > 0.01 and abs(p[1] - q[1]) > 0.01:
            return False
    return True


# ---- words ----------------------------------------------------------------------------------------------------

def _words(textpage, frame: _Frame) -> list[Word]:
    tp = textpage.raw
    n = raw.FPDFText_CountChars(tp)
    if n <= 0:
        return []
    text = textpage.get_text_range()
    if len(text) != n:  # surrogate pairs: one call per char
        text = "".join(chr(raw.FPDFText_GetUnicode(tp, i)) for i in range(n))
    rect = raw.FS_RECTF()
    ref = ctypes.byref(rect)
    words: list[Word] = []
    for found in _WORD.finditer(text):
        # pdfium puts a space (or a line break) wherever glyphs stand apart, so a run of other characters
        # is one word: its first and last glyphs give its box.
        start, end = found.start(), found.end() - 1
        boxes = []
        for i in (start, end) if end != start else (start,):
            if raw.FPDFText_GetLooseCharBox(tp, i, ref):
                boxes.append(frame.box(rect.left, min(rect.bottom, rect.top), rect.right, max(rect.bottom, rect.top)))
        if not boxes:
            continue
        height = boxes[0][3] - boxes[0][1]
        if len(boxes) == 2 and (boxes[1][2] - boxes[0][0] > len(found.group()) * height + WORD_GAP
                                or abs(boxes[1][1] - boxes[0][1]) > height / 2):  # wider than its glyphs could be
            words.extend(_split(tp, text, found.start(), found.end(), frame, ref, rect))
            continue
        box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
        words.append(Word(text=found.group().replace("\ufffe", "-"), box=tuple(round(v, 2) for v in box)))
    return words


_WORD = re.compile(r"[^\s\x00\ufffe]+\ufffe?")  # a hyphen joining a word across lines ends the word


def _split(tp, text, start, end, frame, ref, rect) -> list[Word]:
    """A run of glyphs that stands too far apart or over two lines to be one word: split at the gaps."""
    words: list[Word] = []
    chars: list[str] = []
    box: list[float] = []
    for i in range(start, end):
        if not raw.FPDFText_GetLooseCharBox(tp, i, ref):
            continue
        x0, top, x1, bottom = frame.box(rect.left, min(rect.bottom, rect.top), rect.right, max(rect.bottom, rect.top))
        if chars and (x0 - box[2] > WORD_GAP or x1 < box[0] or abs(top - box[1]) > (bottom - top) / 2):
            words.append(Word(text="".join(chars), box=tuple(round(v, 2) for v in box)))
            chars = []
        box = [x0, top, x1, bottom] if not chars else [min(box[0], x0), min(box[1], top), max(box[2], x1),
                                                       max(box[3], bottom)]
        chars.append("-" if text[i] == "\ufffe" else text[i])
    if chars:
        words.append(Word(text="".join(chars), box=tuple(round(v, 2) for v in box)))
    return words
