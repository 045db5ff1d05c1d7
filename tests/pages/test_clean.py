"""Text hygiene: what is normalised, what is kept verbatim, and joining words hyphenated across lines."""
from __future__ import annotations

import pytest

from minutebook.extract.pages.clean import clean_pages, clean_text, fold_for_match, stitch_lines, words_of
from minutebook.extract.pipeline import extract
from minutebook.extract.pdf.read import load_pdf, read_pages
from minutebook.models import Line, Page

from conftest import fixture_pdf


@pytest.mark.parametrize(
    "raw,clean",
    [
        ("the ﬁnance ofﬁcer", "the finance officer"),             # ligatures
        ("ﬀ ﬂ ﬃ ﬄ ﬅ ﬆ", "ff fl ffi ffl st st"),
        ("498.\u00a0\u00a0Attendance", "498. Attendance"),          # NBSP run -> one space
        ("£1\u202f000", "£1 000"),                                  # narrow NBSP
        ("extra\u00adordinary meeting", "extraordinary meeting"),   # soft hyphen inside a line: invisible
        ("an extra\u00ad", "an extra-"),                            # at a line end it is printed
        ("Page 1 8 \ufffdof 56", "Page 1 8 of 56"),                 # replacement-character noise
        ("sub\ufffedivision", "subdivision"),
        ("\uf0b7 Play Area Cllr Jones", "\u2022 Play Area Cllr Jones"),  # Symbol-font bullet
        ("zero\u200bwidth\ufeff", "zerowidth"),
        ("tab\tseparated\x07bell", "tab separatedbell"),
        # kept verbatim: curly quotes, dashes, accents, Welsh, symbols the gold quotes keep
        ("the Council’s “decision” – noted", "the Council’s “decision” – noted"),
        ("Cyngor Cymuned Maenordeilo a Salem: ŵ ŷ", "Cyngor Cymuned Maenordeilo a Salem: ŵ ŷ"),
        ("½ № ²", "½ № ²"),
    ],
)
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean


def test_clean_pages_drops_lines_left_empty_and_keeps_the_rest_as_they_were():
    page = Page(number=1, width=100, height=100, lines=[
        Line(text="\u200b\ufffd\ufeff", x0=0, top=0, x1=1, bottom=1),
        Line(text="ﬁne", x0=0, top=2, x1=1, bottom=3, bold=True),
    ])
    (out,) = clean_pages([page])
    assert [(line.text, line.top, line.bold) for line in out.lines] == [("fine", 2, True)]


def test_fold_for_match_only_loosens_comparison():
    assert fold_for_match("The Council’s  “decision” – NOTED") == fold_for_match("the council's \"decision\" - noted")


@pytest.mark.parametrize(
    "lines,vocabulary,joined",
    [
        (["a political sub-", "division of the State"], None, "a political subdivision of the State"),
        (["a political sub-", "division of the State"], {"subdivision"}, "a political subdivision of the State"),
        (["a follow-", "up meeting"], {"follow", "up"}, "a follow-up meeting"),
        (["Award No. 2007-GE-", "T7-0040"], None, "Award No. 2007-GE-T7-0040"),
        (["the budget", "is adopted."], None, "the budget is adopted."),
        (["dash at end -", "next"], None, "dash at end - next"),
        (["", "only", ""], None, "only"),
    ],
)
def test_stitch_lines(lines, vocabulary, joined):
    assert stitch_lines(lines, vocabulary) == joined


def test_words_of_gives_the_document_vocabulary():
    assert words_of("The Sub-Division, a subdivision.") == {"the", "sub", "division", "a", "subdivision"}


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_rotated_page_reads_upright_with_boxes_on_the_displayed_page(engine):
    (page,) = read_pages(load_pdf(fixture_pdf("rotated.pdf")), engine)
    assert (page.width, page.height) == (792, 612)  # /Rotate 90 turns the portrait sheet to landscape
    (line,) = page.lines
    assert line.text == "BE IT RESOLVED that this landscape page reads upright."
    assert 0 <= line.x0 < line.x1 <= page.width and 0 <= line.top < line.bottom <= page.height
    assert line.x1 - line.x0 > 10 * (line.bottom - line.top)  # a horizontal line, as displayed


def test_pdfium_splits_the_lines_it_joined_at_a_hyphen():
    from pdfgen import pages_pdf

    pdf = pages_pdf([["a political sub-", "division of the State of Maryland"]])
    for engine in ("pdfium", "pdfplumber"):
        (page,) = read_pages(load_pdf(pdf, "h.pdf"), engine)
        assert [line.text for line in page.lines] == ["a political sub-", "division of the State of Maryland"]


def test_pipeline_applies_hygiene_to_page_text():
    from pdfgen import pages_pdf

    pdf = pages_pdf([["Tonks for payroll\u00a0services \u00a314.04"]])
    page = [r for r in extract(pdf, name="x.pdf") if r.record_type == "page"][0]
    assert page.text == "Tonks for payroll services £14.04"


@pytest.mark.parametrize(
    "footer,label",
    [
        ("Page 1 8 \u2229f 56", "18"),  # the seed pack's footer: digits split, "of" mis-mapped by its font
        ("Page 2 \u2229f 56", "2"),
        ("Scrutiny committee Page 4 2 0f 56", "42"),
        ("Page 1 8 of 56", "18"),
        ("Page 3 of 9", "3"),
        ("Page 12 to 15", "12"),
        ("Items 1 2 and 3", None),
    ],
)
def test_page_label_survives_font_noise(footer, label):
    from minutebook.extract.pages.furniture import page_label_of

    assert page_label_of(footer) == label
