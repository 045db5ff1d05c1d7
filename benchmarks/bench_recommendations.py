#!/usr/bin/env python3
"""Recommendation stages benchmark: seconds for the report and tracker stages beside reading the same PDFs.

The tracker stage opens the PDF with pdfplumber, but only on the pages of a tracker; this shows what that costs
next to the baseline of reading every page with the default engine.

    python benchmarks/bench_recommendations.py [PDF_OR_DIR ...] [--repeat N]

Default input: ../shared/corpus/pdfs beside the checkout, else samples/.
"""
from __future__ import annotations

import argparse
import time

from minutebook.extract.pages.furniture import mark_furniture
from minutebook.extract.pipeline import Context
from minutebook.extract.pdf import OpenPdf
from minutebook.extract.pdf.read import load_pdf
from minutebook.extract.reports.find import report_recommendations
from minutebook.extract.trackers import tracker_recommendations, tracker_regions

from _inputs import inputs



def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pdfs", nargs="*")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    pdfs = inputs(args.pdfs)
    read_s = reports_s = trackers_s = 0.0
    pages = found = 0
    for _ in range(args.repeat):
        for path in pdfs:
            t0 = time.perf_counter()
            doc = OpenPdf(load_pdf(path))
            ctx = Context(pdf=doc.pdf, pages=mark_furniture(list(doc.pages())))
            t1 = time.perf_counter()
            regions = tracker_regions(ctx.pages)
            found += len(list(report_recommendations(ctx, None, regions)))
            t2 = time.perf_counter()
            found += len(list(tracker_recommendations(ctx, None, regions, doc.tables_and_words)))
            doc.close()
            t3 = time.perf_counter()
            read_s, reports_s, trackers_s = read_s + t1 - t0, reports_s + t2 - t1, trackers_s + t3 - t2
            pages += len(ctx.pages)
    n = args.repeat
    print(f"{len(pdfs)} PDFs, {pages // n} pages, {found // n} recommendations, mean of {n} runs")
    print(f"{'stage':34} {'seconds':>8} {'vs read':>8}")
    for name, secs in [("read + furniture (baseline)", read_s), ("report recommendations", reports_s),
                       ("tracker recommendations", trackers_s)]:
        print(f"{name:34} {secs / n:8.3f} {secs / read_s:8.2f}x")


if __name__ == "__main__":
    main()
