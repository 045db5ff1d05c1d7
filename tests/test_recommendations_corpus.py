"""Report and tracker recommendations scored on both development corpora with ../shared/eval's scorer.

Gates at the figures reached (README, Scores): ../shared/corpus F1 1.000 and ../shared/corpus2 (councils the
first rules never saw: US agendas and staff reports, a Scottish community council, Canadian transcripts)
F1 1.000. Skipped when ../shared is not beside the checkout.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from minutebook.extract.pipeline import extract

from conftest import ROOT

SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score_recommendations.py"


def score(corpus: Path, tmp_path: Path) -> dict[str, float]:
    out = tmp_path / f"{corpus.name}.jsonl"
    with out.open("w") as f:
        for pdf in sorted((corpus / "pdfs").glob("*.pdf")):
            for record in extract(pdf, ocr=False):
                if record.record_type == "recommendation" and record.origin.value in ("report", "tracker"):
                    f.write(record.model_dump_json(exclude_none=True) + "\n")
    run = subprocess.run([sys.executable, str(SCORER), "--gold", str(corpus / "gold" / "recommendations.jsonl"),
                          "-v", str(out)], capture_output=True, text=True, check=True)
    last = run.stdout.strip().splitlines()[-1].split()
    figures = dict(zip(last[1::2], map(float, last[2::2])))
    figures["report"] = run.stdout
    return figures


@pytest.mark.parametrize("name, bar", [("corpus", 1.0), ("corpus2", 1.0)])
def test_recommendations_score_meets_the_bar(tmp_path, name, bar):
    corpus = SHARED / name
    if not (corpus / "pdfs").is_dir() or not SCORER.is_file():
        pytest.skip(f"../shared/{name} or its scorer is not beside the checkout")
    figures = score(corpus, tmp_path)
    assert figures["F1"] >= bar, figures["report"]
