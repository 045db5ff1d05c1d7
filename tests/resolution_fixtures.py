"""Small synthetic packs for the resolution rules: lines laid out as a council's minutes would be.

A page is a list of lines; a line is a string, or a tuple (text, x0) / (text, x0, options). Lines stand
14 pt apart; an empty string leaves a paragraph gap. A line ending in "~" (stripped) runs to the right
margin, as a wrapped line of a paragraph does; other lines are as wide as their text. Options: bold, size, top
(the line shares an earlier line's baseline and does not advance the cursor), x1.
"""
from __future__ import annotations

import hashlib

from minutebook.extract.pages.furniture import mark_furniture
from minutebook.extract.pipeline import Context
from minutebook.extract.pdf.read import PdfFile
from minutebook.models import Line, Page

CHAR_W = 5.0
RIGHT = 520.0


def make_page(number: int, spec: list, footer: bool = True) -> Page:
    lines = []
    top = 72.0
    for item in spec:
        if item == "":
            top += 14.0
            continue
        if isinstance(item, str):
            text, x0, opts = item, 72.0, {}
        elif len(item) == 2:
            (text, x0), opts = item, {}
        else:
            text, x0, opts = item
        full = text.endswith("~")
        text = text.rstrip("~")
        x1 = opts.get("x1", RIGHT if full else min(x0 + CHAR_W * len(text), RIGHT))
        t = opts.get("top", top)
        lines.append(Line(text=text, x0=x0, x1=x1, top=t, bottom=t + 10.0, size=opts.get("size", 11.0),
                          bold=opts.get("bold", False)))
        if "top" not in opts:
            top += 14.0
    if footer:
        lines.append(Line(text=f"Page {number}", x0=280.0, x1=320.0, top=800.0, bottom=810.0, size=9.0))
    return Page(number=number, width=595.0, height=842.0, lines=lines)


def make_ctx(*pages: list, name: str = "synthetic.pdf") -> Context:
    built = [make_page(n, spec) for n, spec in enumerate(pages, 1)]
    data = repr(pages).encode()
    pdf = PdfFile(name=name, data=data, sha256=hashlib.sha256(data).hexdigest())
    return Context(pdf=pdf, pages=mark_furniture(built))
