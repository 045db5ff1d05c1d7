#!/usr/bin/env python3
"""OCR benchmark: seconds per scanned page (render + Tesseract), words found and confidence, per dpi,
beside the baseline of reading a page's text layer with the default engine.

    python benchmarks/bench_ocr.py [PDF ...] [--dpi 300 200]

Default input: the corpus's scanned PDFs (Port of Alsea, Ambridge) beside the checkout, else the Port of
Alsea copy in tests/corpus. Needs Tesseract (apt-get install tesseract-ocr).
"""
from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "pdfs"
SCANNED = ["port-of-alsea-budget-resolution-2018-05-23.pdf", "ambridge-borough-agenda-2016-07-12.pdf"]


def inputs(args: list[str]) -> list[Path]:
    if args:
        return [Path(a) for a in args]
    found = [CORPUS / name for name in SCANNED if (CORPUS / name).is_file()]
    return found or [ROOT / "tests" / "corpus" / SCANNED[0]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pdfs", nargs="*")
    ap.add_argument("--dpi", type=int, nargs="+", default=[300, 200])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, os.cpu_count() or 1],
                    help="whole-file OCR with this many Tesseract processes at once (default: 1 and one per CPU)")
    args = ap.parse_args()

    import pypdfium2 as pdfium

    from minutebook.extract.limits import DEFAULT_LIMITS, render_scale
    from minutebook.extract.pdf.ocr import OcrSettings, lines_from_tsv, run_tesseract, tesseract_path
    from minutebook.extract.pdf.read import load_pdf, read_pages

    exe = tesseract_path()
    if exe is None:
        sys.exit("tesseract is not installed: apt-get install tesseract-ocr")
    version = subprocess.run([exe, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    print(f"{version}; OMP_THREAD_LIMIT=1 per process; {os.cpu_count()} CPUs")

    baseline = ROOT / "samples" / "norwich-scrutiny-2021-03-18-rendered.pdf"
    start = time.perf_counter()
    n = sum(1 for _ in read_pages(load_pdf(baseline)))
    text_layer = (time.perf_counter() - start) / n
    print(f"baseline: text layer read (pdfium engine): {text_layer * 1000:.1f} ms/page over {n} pages")
    print(f"{'file':<48} {'page':>4} {'dpi':>4} {'render s':>9} {'ocr s':>7} {'total s':>8} {'words':>6} {'conf':>5}")
    totals: dict[int, list[float]] = {dpi: [] for dpi in args.dpi}
    for path in inputs(args.pdfs):
        doc = pdfium.PdfDocument(str(path))
        for index in range(len(doc)):
            for dpi in args.dpi:
                settings = OcrSettings(dpi=dpi)
                start = time.perf_counter()
                page = doc[index]
                scale = render_scale(*page.get_size(), dpi, DEFAULT_LIMITS)
                image = page.render(scale=scale, grayscale=True).to_pil()
                page.close()
                png = io.BytesIO()
                image.save(png, format="PNG")
                rendered = time.perf_counter()
                tsv = run_tesseract(exe, png.getvalue(), dpi, settings, path.name)
                done = time.perf_counter()
                lines, confidence = lines_from_tsv(tsv, 1 / scale)
                words = sum(len(line.text.split()) for line in lines)
                totals[dpi].append(done - start)
                print(f"{path.name[:48]:<48} {index + 1:>4} {dpi:>4} {rendered - start:>9.2f} {done - rendered:>7.2f} "
                      f"{done - start:>8.2f} {words:>6} {confidence or 0:>5.2f}")
        doc.close()
    for dpi, times in totals.items():
        mean = sum(times) / len(times)
        print(f"dpi {dpi}: {mean:.2f} s per scanned page on average ({len(times)} pages), "
              f"{mean / text_layer:.0f}x the text-layer read")

    from minutebook.extract.pdf.ocr import ocr_pages

    print("whole files through the pipeline's OCR step (300 dpi):")
    for jobs in dict.fromkeys(args.jobs):
        start = time.perf_counter()
        count = 0
        for path in inputs(args.pdfs):
            pdf = load_pdf(path)
            count += sum(p.ocr for p in ocr_pages(pdf, list(read_pages(pdf)), OcrSettings(jobs=jobs)))
        seconds = time.perf_counter() - start
        print(f"  --ocr-jobs {jobs}: {count} pages in {seconds:.2f} s, {seconds / max(count, 1):.2f} s/page")


if __name__ == "__main__":
    main()
