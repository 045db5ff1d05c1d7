"""The PDF's outline (bookmarks), read with pypdfium2; its objects stay in this module."""
from __future__ import annotations

from .pdfium_engine import PdfiumHandle

#: (level, title, 0-based page index) of each outline entry that points at a page
Outline = list[tuple[int, str, int]]


def pdfium_outline(handle: PdfiumHandle) -> Outline:
    """The outline as (level, title, 0-based page index); entries without a page are left out."""
    out = []
    for bookmark in handle.opened().get_toc():
        dest = bookmark.get_dest()
        index = dest.get_index() if dest is not None else None
        if index is not None:
            out.append((bookmark.level, bookmark.get_title() or "", index))
    return out
