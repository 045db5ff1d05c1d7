#!/usr/bin/env python3
"""Reader benchmark: pages/second and peak memory of each engine, beside the raw library call.

Each measurement runs in its own child process over the same PDFs, so peak RSS is that reader's alone.
Baselines: pdfplumber's `page.extract_text()` and pypdfium2's `get_text_range()` (plain text, no boxes).

    python benchmarks/bench_read.py [PDF_OR_DIR ...] [--repeat N]

Default input: ../shared/corpus/pdfs beside the checkout, else samples/.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

from _inputs import inputs

KINDS = ["raw-pdfium", "pdfium", "raw-pdfplumber", "pdfplumber", "pipeline-pdfium"]


def run_kind(kind: str, pdfs: list[str], repeat: int) -> dict:
    """Child-process body: read every page of every PDF `repeat` times with one reader."""
    # Each kind imports only what it uses (so peak RSS is that reader's), before the clock starts.
    if kind == "raw-pdfium":
        import pypdfium2 as pdfium
    elif kind == "raw-pdfplumber":
        import pdfplumber
    elif kind == "pipeline-pdfium":
        from minutebook.extract.pipeline import extract
    else:
        from minutebook.extract.pdf.read import load_pdf, read_pages

    pages = 0
    start = time.perf_counter()
    for _ in range(repeat):
        for path in pdfs:
            if kind == "raw-pdfium":
                doc = pdfium.PdfDocument(path)
                for i in range(len(doc)):
                    page = doc[i]
                    tp = page.get_textpage()
                    tp.get_text_range()
                    tp.close()
                    page.close()
                    pages += 1
                doc.close()
            elif kind == "raw-pdfplumber":
                with pdfplumber.open(path) as doc:
                    for page in doc.pages:
                        page.extract_text()
                        page.close()
                        pages += 1
            elif kind == "pipeline-pdfium":
                # OCR off: scanned pages cost seconds each (benchmarks/bench_ocr.py measures that apart).
                pages += sum(1 for r in extract(path, ocr=False) if r.record_type == "page")
            else:
                pages += sum(1 for _ in read_pages(load_pdf(path), kind))
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"kind": kind, "pages": pages, "seconds": seconds, "peak_mb": peak_mb}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--repeat", type=int, default=1, help="read the inputs this many times (default 1)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    pdfs = [str(p) for p in inputs(args.inputs)]
    if args.child:
        print(json.dumps(run_kind(args.child, pdfs, args.repeat)))
        return
    print(f"{len(pdfs)} PDFs, repeat {args.repeat}")
    print(f"{'reader':<16} {'pages':>6} {'seconds':>8} {'pages/s':>9} {'peak MB':>8}")
    results = {}
    for kind in KINDS:
        out = subprocess.run([sys.executable, __file__, "--child", kind, "--repeat", str(args.repeat), *pdfs],
                             capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        results[kind] = r
        print(f"{kind:<16} {r['pages']:>6} {r['seconds']:>8.2f} {r['pages'] / r['seconds']:>9.1f} {r['peak_mb']:>8.1f}")
    speed = {k: r["pages"] / r["seconds"] for k, r in results.items()}
    print(f"pdfium engine vs raw pdfplumber extract_text: {speed['pdfium'] / speed['raw-pdfplumber']:.1f}x faster")
    print(f"pdfium engine vs raw pypdfium2 get_text_range: {speed['pdfium'] / speed['raw-pdfium']:.2f}x")
    print(f"pdfium engine vs pdfplumber engine: {speed['pdfium'] / speed['pdfplumber']:.1f}x faster")


if __name__ == "__main__":
    main()
