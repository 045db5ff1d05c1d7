from __future__ import annotations

import io

import pytest

from minutebook.extract.furniture import mark_furniture, page_label_of
from minutebook.extract.read import load_pdf, read_pages

from conftest import sample

NORWICH = sample("norwich-scrutiny-2021-03-18-rendered.pdf")


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_norwich_pages_and_labels(engine):
    pages = mark_furniture(list(read_pages(load_pdf(NORWICH), engine)))
    assert len(pages) == 56
    # Each page prints "Page N of 56" in its footer, so the label is the physical number here.
    assert [p.label for p in pages] == [str(n) for n in range(1, 57)]
    footer = [line for line in pages[6].lines if line.furniture]
    assert [line.text for line in footer] == ["Page 7 of 56"]
    assert pages[6].lines[0].text == "MINUTES"


def test_stream_is_not_closed_and_bytes_work():
    data = NORWICH.read_bytes()
    stream = io.BytesIO(data)
    a = load_pdf(stream, name="x.pdf")
    assert not stream.closed
    b = load_pdf(data, name="x.pdf")
    assert a.sha256 == b.sha256 and a.name == "x.pdf"


@pytest.mark.parametrize(
    "text,label",
    [
        ("Page 6 of 56", "6"),
        ("page 12", "12"),
        ("- 7 -", "7"),
        ("Scrutiny committee 18 March 2021 Page 9 of 56", "9"),
        ("Minutes of the meeting held on 4 February 2021", None),
        ("2021", None),
    ],
)
def test_page_label_of(text, label):
    assert page_label_of(text) == label
