from __future__ import annotations

from minutebook.extract.pages.furniture import mark_furniture
from minutebook.extract.pdf.read import load_pdf, read_pages
from minutebook.extract.pages.stream import TextStream

from conftest import sample


def test_stream_stitches_across_page_break_without_footer():
    pages = mark_furniture(list(read_pages(load_pdf(sample("norwich-scrutiny-2021-03-18-rendered.pdf")))))
    stream = TextStream(pages[6:8])  # physical pages 7 and 8: minutes run across the break
    assert "Page 7 of 56" not in stream.text
    tail = "The interim director od resources and section 151 officer said that it had been"
    start = stream.text.index(tail)
    end = stream.text.index("another challenging year") + len("another challenging year")
    ev = stream.evidence(start, end)
    assert ev["pages"] == [7, 8]
    assert ev["quote"] == tail + "\nanother challenging year"
    assert [box[0] for box in ev["boxes"]] == [7, 8]
    # The second box covers only the first words of its line, so it is narrower than the line.
    line8 = next(sl.line for sl in stream.lines if sl.page == 8)
    assert ev["boxes"][1][3] < line8.x1
