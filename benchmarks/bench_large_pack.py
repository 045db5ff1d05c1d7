#!/usr/bin/env python3
"""Large-pack benchmark: a ~600-page pack built by concatenating PDFs runs with bounded memory.

Builds the pack with pypdfium2 (`import_pages`) from the corpus (else samples/), then runs the whole pipeline
over it in a child process per measurement and prints seconds, pages/s and peak RSS beside the baseline: the
same pipeline over one 56-page pack. Memory that grew with the page count would show as a peak many times the
baseline's; bounded memory keeps the two close (the PDF's bytes and the page records are all that grow).

    python benchmarks/bench_large_pack.py [--pages 600] [--engine pdfium] [--ocr]
"""
from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "samples" / "norwich-scrutiny-2021-03-18-rendered.pdf"


def sources() -> list[Path]:
    corpus = ROOT.parent / "shared" / "corpus" / "pdfs"
    return sorted((corpus if corpus.is_dir() else ROOT / "samples").glob("*.pdf"))


def build_pack(pages: int, pdfs: list[Path]) -> bytes:
    """Concatenate whole PDFs, round and round, until the pack has at least `pages` pages."""
    import pypdfium2 as pdfium

    pack = pdfium.PdfDocument.new()
    while len(pack) < pages:
        for path in pdfs:
            src = pdfium.PdfDocument(path)
            try:
                take = min(len(src), pages - len(pack))
                pack.import_pages(src, list(range(take)))
            finally:
                src.close()
            if len(pack) >= pages:
                break
    out = io.BytesIO()
    pack.save(out)
    pack.close()
    return out.getvalue()


def child(path: str, engine: str, ocr: bool) -> dict:
    from minutebook.extract.pipeline import extract

    start = time.perf_counter()
    counts: dict[str, int] = {}
    for record in extract(path, engine=engine, ocr=ocr):
        counts[record.record_type] = counts.get(record.record_type, 0) + 1
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "counts": counts,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def measure(path: Path, engine: str, ocr: bool) -> dict:
    cmd = [sys.executable, __file__, "--child", str(path), "--engine", engine] + (["--ocr"] if ocr else [])
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=600)
    ap.add_argument("--engine", default="pdfium", choices=["pdfium", "pdfplumber"])
    ap.add_argument("--ocr", action="store_true", help="OCR the scanned pages too (slow: about a second a page)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.engine, args.ocr)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "large-pack.pdf"
        big.write_bytes(build_pack(args.pages, sources()))
        print(f"pack: {args.pages} pages, {big.stat().st_size / 2**20:.1f} MB; engine {args.engine}, "
              f"OCR {'on' if args.ocr else 'off'}")
        print(f"{'run':<28} {'pages':>6} {'seconds':>8} {'pages/s':>8} {'peak MB':>8}")
        rows = [("baseline: 56-page pack", measure(BASELINE, args.engine, args.ocr)),
                (f"{args.pages}-page pack", measure(big, args.engine, args.ocr))]
    for name, r in rows:
        pages = r["counts"].get("page", 0)
        print(f"{name:<28} {pages:>6} {r['seconds']:>8.2f} {pages / r['seconds']:>8.1f} {r['peak_mb']:>8.1f}")
    (_, base), (_, large) = rows
    print(f"peak memory, large pack vs baseline: {large['peak_mb'] / base['peak_mb']:.2f}x "
          f"for {large['counts'].get('page', 0) / max(base['counts'].get('page', 1), 1):.1f}x the pages")


if __name__ == "__main__":
    main()
