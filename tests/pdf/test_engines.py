"""Both engines give the same words for the same pages (reading order may differ in side columns)."""
from __future__ import annotations

import re
from difflib import SequenceMatcher

import pytest

from minutebook.extract.pages.furniture import mark_furniture
from minutebook.extract.pdf.read import load_pdf, read_pages

from conftest import SAMPLES, corpus_pdfs

WORD = re.compile(r"\w+")


def words(pdf, engine):
    return [WORD.findall(p.text.lower()) for p in read_pages(load_pdf(pdf), engine)]


def assert_same_words(pdf):
    """Per page, the words agree as multisets (side columns may change the order) and mostly in order."""
    a, b = words(pdf, "pdfium"), words(pdf, "pdfplumber")
    assert len(a) == len(b)
    for number, (x, y) in enumerate(zip(a, b), 1):
        if not (x or y):
            continue
        common = sum(min(x.count(w), y.count(w)) for w in set(x))
        assert common >= 0.97 * max(len(x), len(y)), f"page {number}: {common} of {len(x)}/{len(y)} words"
        assert SequenceMatcher(None, x, y, autojunk=False).ratio() >= 0.6, f"page {number}: order differs"


@pytest.mark.parametrize("pdf", corpus_pdfs(), ids=lambda p: p.name)
def test_engines_agree_on_corpus_pages(pdf):
    """The samples and tests/corpus/: every real PDF the repository holds."""
    assert_same_words(pdf)


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_furniture_and_labels_same_for_both_engines(engine):
    pages = mark_furniture(list(read_pages(load_pdf(SAMPLES / "hertingfordbury-pc-minutes-2012-01-11.pdf"), engine)))
    assert len(pages) == 10
    labels = [p.label for p in pages]
    other = mark_furniture(list(read_pages(load_pdf(SAMPLES / "hertingfordbury-pc-minutes-2012-01-11.pdf"),
                                           "pdfplumber" if engine == "pdfium" else "pdfium")))
    assert labels == [p.label for p in other]
