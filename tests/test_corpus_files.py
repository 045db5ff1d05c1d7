"""The real PDFs the tests read are in the repository, each with its source noted and its bytes unchanged."""
from __future__ import annotations

import csv
import hashlib
from pathlib import Path

from conftest import TEST_CORPUS, corpus_pdf, corpus_pdfs

GOLDEN = Path(__file__).parent / "golden"


def _sources() -> dict[str, dict[str, str]]:
    with (TEST_CORPUS / "SOURCES.tsv").open(newline="", encoding="utf-8") as f:
        return {row["file"]: row for row in csv.DictReader(f, delimiter="\t")}


def test_every_corpus_pdf_has_its_source_row_and_sha256():
    sources = _sources()
    held = sorted(p.name for p in TEST_CORPUS.glob("*.pdf"))
    assert held and sorted(sources) == held
    for name, row in sources.items():
        assert hashlib.sha256((TEST_CORPUS / name).read_bytes()).hexdigest() == row["sha256"], name
        assert row["repo"] and row["body"], name


def test_every_golden_has_its_pdf_in_the_repository():
    stems = {p.stem for p in GOLDEN.rglob("*.json*")}
    assert stems
    for stem in sorted(stems):
        assert corpus_pdf(f"{stem}.pdf").is_file(), stem
    assert {f"{stem}.pdf" for stem in stems} <= {p.name for p in corpus_pdfs()}
