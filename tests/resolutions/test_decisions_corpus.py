"""Decisions worded without "resolved" scored on both development corpora with ../shared/eval's scorer
(`score.py --formula other`, GUIDELINES-decisions.md).

Gates a little under the figures reached without OCR (docs/decisions.md gives the figures with OCR on):
../shared/corpus F1 >= 0.95 and exact >= 0.90 (the issue's bar), ../shared/corpus2 F1 >= 0.92 (0.945 without
OCR, which leaves the township's scanned minutes unread; the issue's bar is 0.90). The RESOLVED figures are gated by the RESOLVED stage's own tests.
Skipped when ../shared is not beside the checkout.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from minutebook.extract.pipeline import extract

from conftest import ROOT

SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"


def score(corpus: Path, tmp_path: Path) -> dict[str, float]:
    out = tmp_path / f"{corpus.name}.jsonl"
    with out.open("w") as f:
        for pdf in sorted((corpus / "pdfs").glob("*.pdf")):
            for record in extract(pdf, ocr=False):
                if record.record_type == "resolution":
                    f.write(record.model_dump_json(exclude_none=True) + "\n")
    run = subprocess.run([sys.executable, str(SCORER), "--formula", "other", "--only-gold-files", "-v",
                          "--gold", str(corpus / "gold" / "decisions.jsonl"), str(out)],
                         capture_output=True, text=True, check=True)
    last = run.stdout.strip().splitlines()[-1].split()
    figures = dict(zip(last[1::2], map(float, last[2::2])))
    figures["report"] = run.stdout
    return figures


@pytest.mark.parametrize("name, f1, exact", [("corpus", 0.95, 0.90), ("corpus2", 0.92, 0.90)])
def test_decisions_score_meets_the_bar(tmp_path, name, f1, exact):
    corpus = SHARED / name
    if not (corpus / "gold" / "decisions.jsonl").is_file() or not SCORER.is_file():
        pytest.skip(f"../shared/{name} or its scorer is not beside the checkout")
    figures = score(corpus, tmp_path)
    assert figures["F1"] >= f1, figures["report"]
    assert figures["exact"] >= exact, figures["report"]
