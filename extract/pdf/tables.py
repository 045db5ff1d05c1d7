"""Ruled tables on chosen pages, read by the engine asked for: the geometry is `table_geometry`'s, the page
objects (rules, fills, words) come from `tables_pdfium` (the default) or `tables_plumber` (the reference)."""
from __future__ import annotations

from collections.abc import Iterable

from .table_geometry import Table, Word, find_tables


def ruled_tables(source: str | bytes, page_numbers: Iterable[int], password: str | None = None,
                 engine: str = "pdfium") -> dict[int, list[Table]]:
    """Tables drawn with rules on the given physical pages (1-based), in reading order per page."""
    return tables_and_words(source, page_numbers, password, engine)[0]


def tables_and_words(source: str | bytes, page_numbers: Iterable[int], password: str | None = None,
                     engine: str = "pdfium", name: str = "the PDF") -> tuple[dict[int, list[Table]], dict[int, list[Word]]]:
    """Ruled tables per page and, for pages that have none, every word with its box; each page is parsed
    once, by `engine` ("pdfium" or "pdfplumber"), from a path or the PDF's bytes. `name` is for messages."""
    if engine == "pdfplumber":
        from .tables_plumber import page_objects
    else:
        from .tables_pdfium import page_objects
    tables: dict[int, list[Table]] = {}
    words: dict[int, list[Word]] = {}
    for number, objects in page_objects(source, sorted(set(page_numbers)), password, name):
        tables[number] = find_tables(objects, number)
        if not tables[number]:
            words[number] = objects.words
    return tables, words
