"""Ruled tables on chosen pages, read by the engine asked for: the geometry is `table_geometry`'s, the page
objects (rules, fills, words) come from `tables_pdfium` (the default) or `tables_plumber` (the reference).

A pack's tables are read through its `OpenPdf` (`OpenPdf.tables_and_words`); `ruled_tables` and
`tables_and_words` here read a PDF given as a path or bytes, for tests and tools that have no pack open."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from .table_geometry import PageObjects, Table, Word, find_tables

Tables = dict[int, list[Table]]
Words = dict[int, list[Word]]


def ruled_tables(source: str | bytes, page_numbers: Iterable[int], password: str | None = None,
                 engine: str = "pdfium") -> Tables:
    """Tables drawn with rules on the given physical pages (1-based), in reading order per page."""
    return tables_and_words(source, page_numbers, password, engine)[0]


def tables_and_words(source: str | bytes, page_numbers: Iterable[int], password: str | None = None,
                     engine: str = "pdfium", name: str = "the PDF") -> tuple[Tables, Words]:
    """Ruled tables per page and, for pages that have none, every word with its box; each page is parsed
    once, by `engine` ("pdfium" or "pdfplumber"), from a path or the PDF's bytes. `name` is for messages."""
    if engine == "pdfplumber":
        from .plumber_engine import PlumberHandle
        from .tables_plumber import page_objects

        return tables_from(page_objects(PlumberHandle(source, name, password), sorted(set(page_numbers))))
    from .pdfium_engine import PdfiumHandle
    from .tables_pdfium import page_objects

    return tables_from(page_objects(PdfiumHandle(source, name, password), sorted(set(page_numbers))))


def tables_from(objects: Iterator[tuple[int, PageObjects]]) -> tuple[Tables, Words]:
    """Ruled tables per page and, for pages that have none, their words, from each page's objects."""
    tables: Tables = {}
    words: Words = {}
    for number, found in objects:
        tables[number] = find_tables(found, number)
        if not tables[number]:
            words[number] = found.words
    return tables, words
