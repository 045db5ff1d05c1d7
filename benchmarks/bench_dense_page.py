"""Resolution detection on pages dense with statements: time must grow with the page's text, not faster.

    .venv/bin/python benchmarks/bench_dense_page.py

One generated page (tests/hostile.py) holds N short "RESOLVED that item N be approved." statements, either one
per line or all on one line, and N doubles; the whole pipeline runs on it (read to records, OCR off). With
per-page cost proportional to the page's text, each doubling about doubles the time (the `x` column near 2).
Before the fix (issue 17) the one-line page went 14 s -> 101 s from 250 to 500 statements (cubic: the word
before every full stop was searched for from the line's start, for every statement on the line).
One-line pages stop at 800 statements: pdfium gives at most 32,767 characters of one line. The `agreed` rows do
the same with "AGREED that item N be approved." (decisions worded without "resolved", one per line).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hostile import dense_page  # noqa: E402

from minutebook.extract.pipeline import extract  # noqa: E402

SIZES = {"lines": [250, 500, 1000, 2000, 4000], "one line": [100, 200, 400, 800]}
#: Decisions worded without "resolved" ("AGREED that item N be approved."), one per line.
AGREED_SIZES = [250, 500, 1000, 2000]


def seconds(data: bytes, runs: int = 3) -> tuple[float, int]:  # best of `runs`, records found
    best, found = float("inf"), 0
    for _ in range(runs):
        start = time.perf_counter()
        found = sum(r.record_type == "resolution" for r in extract(data, name="dense.pdf", ocr=False))
        best = min(best, time.perf_counter() - start)
    return best, found


def main() -> int:
    list(extract(dense_page(10), name="warm.pdf", ocr=False))  # spaCy and the reader loaded before timing
    print(f"{'layout':9} {'statements':>10} {'found':>6} {'seconds':>8} {'x':>5}")
    runs = [(layout, sizes, "RESOLVED") for layout, sizes in SIZES.items()] + [("agreed", AGREED_SIZES, "AGREED")]
    for layout, sizes, formula in runs:
        last = None
        for n in sizes:
            took, found = seconds(dense_page(n, one_line=layout == "one line", formula=formula))
            ratio = f"{took / last:5.2f}" if last else "    -"
            print(f"{layout:9} {n:10} {found:6} {took:8.2f} {ratio}")
            last = took
    return 0


if __name__ == "__main__":
    sys.exit(main())
