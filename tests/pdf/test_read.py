from __future__ import annotations

import io

import pytest

from minutebook.extract.pages.furniture import mark_furniture, page_label_of
from minutebook.extract.pdf.read import load_pdf, read_pages

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


def _page(number, lines):
    from minutebook.models import Line, Page

    return Page(number=number, width=600, height=800,
                lines=[Line(text=t, x0=50, top=top, x1=300, bottom=top + 10) for t, top in lines])


def test_running_header_repeats_on_consecutive_pages_but_report_headings_do_not():
    pages = []
    for n in range(1, 13):
        lines = [("Scrutiny committee 18 March 2021", 20), (f"Body text of page {n}", 400)]
        if n in (3, 7, 11):  # each report opens with its item number at the top of its first page
            lines.append((f"Item {n}", 40))
        pages.append(_page(n, lines))
    marked = mark_furniture(pages)
    header = [line for p in marked for line in p.lines if line.text.startswith("Scrutiny")]
    items = [line for p in marked for line in p.lines if line.text.startswith("Item")]
    assert header and all(line.furniture for line in header)
    assert len(items) == 3 and not any(line.furniture for line in items)
