from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
TEST_CORPUS = ROOT / "tests" / "corpus"  # the evaluation corpus's PDFs that samples/ does not hold (SOURCES.tsv)
# The shared evaluation corpus beside the checkout: its gold annotations and scorers (the PDFs are copied here).
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "pdfs"
GOLD = CORPUS.parent / "gold"
CORPUS2 = SHARED / "corpus2" / "pdfs"  # issue 15: councils and countries the first lacks (gold scoring only)


def pytest_addoption(parser):
    parser.addoption("--regen-golden", action="store_true", help="Rewrite the golden files under tests/golden.")


@pytest.fixture
def regen(request) -> bool:
    return request.config.getoption("--regen-golden")


def sample(name: str) -> Path:
    return SAMPLES / name


def corpus_pdf(name: str) -> Path:
    """A PDF of the evaluation corpus, from the repository: samples/ or tests/corpus/."""
    return SAMPLES / name if (SAMPLES / name).is_file() else TEST_CORPUS / name


def corpus_pdfs() -> list[Path]:
    """Every PDF of the evaluation corpus, by name; all are in the repository, so these tests run in any clone."""
    return sorted([*SAMPLES.glob("*.pdf"), *TEST_CORPUS.glob("*.pdf")], key=lambda p: p.name)


# Only tests that compare with the shared gold annotations or run its scorers need ../shared.
needs_gold = pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/corpus/gold is not beside the checkout")
needs_corpus = needs_gold  # the older name
needs_corpus2 = pytest.mark.skipif(not CORPUS2.is_dir(), reason="../shared/corpus2 is not beside the checkout")


def corpus2_pdfs() -> list[Path]:
    return sorted(CORPUS2.glob("*.pdf")) if CORPUS2.is_dir() else []


FIXTURES = ROOT / "tests" / "fixtures"
sys.path.insert(0, str(FIXTURES))  # make_fixtures, imported by the test that checks the committed files


def fixture_pdf(name: str) -> Path:
    """A bad-input fixture (tests/fixtures/README.md says what each is)."""
    return FIXTURES / name


def _has_tesseract() -> bool:
    import shutil

    return shutil.which("tesseract") is not None


# CI sets MINUTEBOOK_REQUIRE_OCR=1 (.ci/run installs Tesseract), so the OCR tests fail there instead of skipping.
needs_tesseract = pytest.mark.skipif(
    not _has_tesseract() and not os.environ.get("MINUTEBOOK_REQUIRE_OCR"),
    reason="tesseract is not installed (apt-get install tesseract-ocr)",
)


def core(records: list) -> list:
    """The records of reading a file (pack, pages, errors, read/OCR warnings), without those later stages add.

    Bad-input tests compare these exactly; resolutions, agenda items and their warnings are other tests' work.
    """
    def keep(record) -> bool:
        get = record.get if isinstance(record, dict) else lambda key: getattr(record, key, None)
        kind = get("record_type")
        return kind in ("pack", "page", "error") or (kind == "warning" and get("stage") in ("read", "ocr"))

    return [record for record in records if keep(record)]


def joined_pdf(paths: list[Path], copies: int = 1) -> bytes:
    """One PDF of these PDFs' pages, the list repeated `copies` times: a long pack made of real ones."""
    import io

    import pypdfium2 as pdfium

    pack = pdfium.PdfDocument.new()
    for _ in range(copies):
        for path in paths:
            src = pdfium.PdfDocument(path)
            pack.import_pages(src)
            src.close()
    out = io.BytesIO()
    pack.save(out)
    pack.close()
    return out.getvalue()
