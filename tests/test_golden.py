"""Golden JSONL for each sample PDF: any change to the output shows up as a reviewable diff.

Regenerate with `pytest --regen-golden` and read the diff of tests/golden/ before committing it.
"""
from __future__ import annotations

import json

import pytest

from minutebook.extract.emit import record_dict
from minutebook.extract.pipeline import extract

from conftest import ROOT, SAMPLES

GOLDEN = ROOT / "tests" / "golden"
PDFS = sorted(SAMPLES.glob("*.pdf"))


@pytest.mark.parametrize("pdf", PDFS, ids=[p.name for p in PDFS])
def test_sample_output_matches_golden(pdf, regen):
    lines = [json.dumps(record_dict(r), ensure_ascii=False, sort_keys=True) for r in extract(pdf)]
    golden = GOLDEN / (pdf.stem + ".jsonl")
    if regen:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = golden.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(expected), "record count changed: run pytest --regen-golden and review the diff"
    for got, want in zip(lines, expected):
        assert json.loads(got) == json.loads(want)
