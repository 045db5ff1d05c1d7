"""The PDF's outline (bookmarks), read with pypdfium2; its objects stay in this module."""
from __future__ import annotations

from .pdfium_engine import open_document


def pdfium_outline(pdf, password: str | None = None) -> list[tuple[int, str, int]]:
    """The outline as (level, title, 0-based page index); entries without a page are left out."""
    doc = open_document(pdf.source, pdf.name, password)
    try:
        out = []
        for bookmark in doc.get_toc():
            dest = bookmark.get_dest()
            index = dest.get_index() if dest is not None else None
            if index is not None:
                out.append((bookmark.level, bookmark.get_title() or "", index))
        return out
    finally:
        doc.close()
