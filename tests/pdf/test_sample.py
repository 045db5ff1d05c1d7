"""The warm-up sample (`pdf.sample`, run by `pipeline.warm_up` before a child per file is forked): it must go
through every stage, or the children start cold again, and it must leave no trace in a pack's records."""
from __future__ import annotations

from conftest import sample

from minutebook.extract.pdf.sample import sample_pdf
from minutebook.extract.pipeline import extract, warm_up


def test_the_warm_up_sample_reaches_the_decision_and_clause_stages():
    kinds = [type(r).__name__ for r in extract(sample_pdf(), name="warm-up.pdf", ocr=False)]
    assert kinds.count("PageRecord") == 2
    assert "Resolution" in kinds and "Recommendation" in kinds
    assert "ErrorRecord" not in kinds


def test_warming_up_leaves_a_packs_records_as_they_were():
    pdf = sample("milburn-pc-minutes-2020-07-14.pdf")
    before = [r.model_dump_json() for r in extract(str(pdf), ocr=False)]
    warm_up()
    assert [r.model_dump_json() for r in extract(str(pdf), ocr=False)] == before
