"""Speed of the resolutions stage alone (pages already read), per PDF, beside a recorded baseline.

    .venv/bin/python benchmarks/bench_resolutions.py [PDF ...]

Defaults to samples/*.pdf. Figures are the best of five runs, in milliseconds; the baseline is what this
machine gave when the stage was written (pdfium reader), so a change that slows the rules shows up here.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from minutebook.extract.pages.furniture import mark_furniture
from minutebook.extract.pipeline import Context
from minutebook.extract.pdf.read import load_pdf, read_pages
from minutebook.extract.resolutions.find import find_resolutions

ROOT = Path(__file__).resolve().parent.parent
#: ms per PDF measured 2026-11-28 when the stage was written.
BASELINE_MS = {
    "hertingfordbury-pc-minutes-2012-01-11.pdf": 1.7,
    "milburn-pc-minutes-2020-07-14.pdf": 0.7,
    "norwich-scrutiny-2021-03-18-rendered.pdf": 9.3,
}


def best_of(ctx: Context, runs: int = 5) -> tuple[float, int]:
    best, found = float("inf"), 0
    for _ in range(runs):
        start = time.perf_counter()
        found = len(find_resolutions(ctx))
        best = min(best, time.perf_counter() - start)
    return best * 1000, found


def main(argv: list[str]) -> int:
    paths = [Path(p) for p in argv] or sorted((ROOT / "samples").glob("*.pdf"))
    print(f"{'file':48} {'pages':>5} {'found':>5} {'ms':>8} {'baseline':>8}")
    for path in paths:
        pdf = load_pdf(path)
        ctx = Context(pdf=pdf, pages=mark_furniture(list(read_pages(pdf))))
        ms, found = best_of(ctx)
        base = BASELINE_MS.get(path.name)
        print(f"{path.name[:48]:48} {len(ctx.pages):5} {found:5} {ms:8.1f} {base if base else '-':>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
