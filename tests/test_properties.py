"""Property tests of the text rules: any input, no exception, outputs that keep to their promises.

Bounded (`max_examples`) so the suite stays fast; hypothesis' database is kept out of the repo.
"""
from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutebook.extract.pages.clean import clean_text, stitch_lines
from minutebook.extract.emit import record_dict
from minutebook.extract.pages.furniture import in_margin, mark_furniture, page_label_of
from minutebook.extract.pipeline import extract
from minutebook.models import Line, Page
from minutebook.models.schema import RECORD_MODELS

FAST = settings(max_examples=200, deadline=None, database=None)
SLOW = settings(max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

footerish = st.one_of(
    st.text(max_size=60),
    st.builds(lambda a, n, m: f"{a} Page {n} of {m}", st.text(max_size=20), st.integers(0, 9999), st.integers(0, 9999)),
    st.builds(lambda n: f"- {n} -", st.integers(0, 999)),
    st.builds(lambda n, m: f"Page {' '.join(str(n))} \u2229f {m}", st.integers(0, 9999), st.integers(0, 9999)),
)


@FAST
@given(footerish)
def test_page_label_is_none_or_a_number_printed_in_the_line(text):
    label = page_label_of(text)
    if label is not None:
        assert re.fullmatch(r"\d{1,4}|[ivxlcdm]{1,7}", label, re.I)
        assert label in "".join(text.split())  # digits a font split apart ("1 8") are joined


@FAST
@given(st.text(max_size=200))
def test_clean_text_is_idempotent_and_leaves_no_invisible_noise(text):
    once = clean_text(text)
    assert clean_text(once) == once
    assert not re.search("[\u00a0\u00ad\u200b\ufeff\ufffd\ufffe\x00-\x1f]", once)
    assert once == once.strip() and "  " not in once


@FAST
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40), max_size=8))
def test_stitch_lines_keeps_every_word_character_in_order(lines):
    joined = stitch_lines(lines)
    letters = lambda s: re.sub(r"[\W_]", "", s)  # noqa: E731
    assert letters(joined) == letters("".join(line.strip() for line in lines))


line_st = st.builds(
    lambda text, top, height: Line(text=text, x0=50, top=top, x1=300, bottom=top + height),
    st.one_of(footerish, st.sampled_from(["Minutes", "Page 3 of 9", "Norwich City Council", "3"])),
    st.floats(0, 800, allow_nan=False),
    st.floats(1, 40, allow_nan=False),
)
pages_st = st.lists(st.lists(line_st, max_size=6), min_size=1, max_size=8).map(
    lambda pages: [Page(number=i + 1, width=600, height=842, lines=lines) for i, lines in enumerate(pages)]
)


@FAST
@given(pages_st)
def test_mark_furniture_keeps_every_line_and_marks_only_margin_lines(pages):
    marked = mark_furniture(pages)
    assert len(marked) == len(pages)
    for before, after in zip(pages, marked):
        assert [line.text for line in after.lines] == [line.text for line in before.lines]
        for line in after.lines:
            if line.furniture:
                assert in_margin(line, after)
        printed = {page_label_of(line.text) for line in after.lines if in_margin(line, after)}
        assert after.label is None or after.label in printed


# Text a PDF's standard Helvetica can show (WinAnsi), with runs of spaces and the odd noise character.
pdf_text = st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                                            + list(" .,;:()-'£&/") + ["\u00a0"]), min_size=1, max_size=50)


@SLOW
@given(st.lists(st.lists(pdf_text, min_size=0, max_size=5), min_size=1, max_size=3))
def test_any_text_pdf_gives_valid_records_whose_text_is_in_the_input(pages):
    from pdfgen import pages_pdf

    by_type = {model.model_fields["record_type"].default: model for model in RECORD_MODELS}
    records = [record_dict(r) for r in extract(pages_pdf(pages), name="gen.pdf", ocr=False)]
    assert records and records[0]["record_type"] == "pack"
    for record in records:
        by_type[record["record_type"]].model_validate(record)  # valid against the schema's models
    source = " ".join(" ".join(clean_text(line).split()) for lines in pages for line in lines)
    squeeze = lambda s: re.sub(r"\s+", "", s)  # noqa: E731  (the reader may split or join at spaces)
    for record in records:
        if record["record_type"] == "page":
            for line in record["text"].splitlines():
                assert squeeze(line) in squeeze(source), (line, pages)
