"""Which PDFs a benchmark reads: the arguments (PDFs or folders), else the shared corpus, else samples/."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def inputs(args: list[str]) -> list[Path]:
    if not args:
        corpus = ROOT.parent / "shared" / "corpus" / "pdfs"
        args = [str(corpus if corpus.is_dir() else ROOT / "samples")]
    out: list[Path] = []
    for a in args:
        p = Path(a)
        out.extend(sorted(p.glob("*.pdf")) if p.is_dir() else [p])
    return out
