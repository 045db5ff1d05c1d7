"""The resolutions stage inside the pipeline: order of records, warning when none, errors that do not
cost the pack its other records, and the evidence check."""
from __future__ import annotations

import pytest

from minutebook.extract.resolutions import find as resolutions
from minutebook.extract.pdf import OpenPdf
from minutebook.extract.pipeline import records_for as pipeline_records_for
from minutebook.extract.resolutions.find import find_resolutions
from minutebook.models.errors import EvidenceError

from resolution_fixtures import make_ctx


def records_for(ctx):
    return pipeline_records_for(ctx, OpenPdf(ctx.pdf))  # a synthetic pack: no file to read an outline from


def test_resolutions_follow_pack_and_pages():
    records = list(records_for(make_ctx(["RESOLVED to approve the grant."], ["RESOLVED to note the report."])))
    # Structure records (documents, warnings) may stand between; resolutions come after the pages, each
    # followed by its clauses' recommendations.
    kinds = [r.record_type for r in records if r.record_type in ("pack", "page", "resolution")]
    assert kinds == ["pack", "page", "page", "resolution", "resolution"]
    assert all(r.pack_id == records[0].id for r in records[1:])


def test_a_pack_without_statements_says_so():
    records = list(records_for(make_ctx(["The clerk reported that he would write to the police."])))
    (warning,) = [r for r in records if r.record_type == "warning" and r.stage == "resolutions"]
    assert warning.stage == "resolutions" and "no RESOLVED statement" in warning.message


@pytest.mark.parametrize("exc,kind", [(EvidenceError("quote not on page 2"), "evidence"),
                                      (KeyError("boom"), "internal")])
def test_a_failing_stage_gives_an_error_record_and_keeps_the_pages(monkeypatch, exc, kind):
    def fail(ctx, *args):
        raise exc

    monkeypatch.setattr(resolutions, "resolution_batches", fail)
    records = list(records_for(make_ctx(["RESOLVED to approve the grant."])))
    kinds = [r.record_type for r in records if r.record_type in ("pack", "page", "resolution", "error")]
    assert kinds == ["pack", "page", "error"]
    assert records[-1].stage == "resolutions" and records[-1].kind == kind


def test_a_quote_that_is_not_on_its_page_is_raised(monkeypatch):
    ctx = make_ctx(["RESOLVED to approve the grant."])
    real = ctx.source

    def lying_source(pages, **extra):
        extra["quote"] = "RESOLVED to approve something else."
        return real(pages, **extra)

    monkeypatch.setattr(type(ctx), "source", lambda self, pages, **extra: lying_source(pages, **extra))
    with pytest.raises(EvidenceError):
        find_resolutions(ctx)


def test_next_decision_later_on_the_line_ends_the_statement_at_its_sentence():
    (first, second) = find_resolutions(make_ctx(["RESOLVED to approve the grant for the village~",
                                                 "hall. It was further RESOLVED to write to the trustees."]))
    assert first.text == "to approve the grant for the village hall."
    assert second.text == "to write to the trustees."
