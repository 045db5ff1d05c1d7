"""Batch throughput and memory: `minutebook batch` beside the raw readers on the same pages.

Runs, in one go, on the corpus and on a synthetic archive (N copies of corpus PDFs under new names, each
with a few bytes appended after %%EOF so its sha256 differs and the cache cannot skip it):

- `minutebook batch` (the whole pipeline, outputs written) with 1 and N worker processes;
- pdfplumber's `page.extract_text()` (the tool users have today) and pypdfium2's `get_text_range()` (the raw
  reader under our default engine) on the same pages, in 1 and N processes;
- peak RSS per worker for each, and the batch's peak worker RSS after 23 files vs after the whole archive
  with workers never replaced, and on long packs made by joining the corpus many times.

    python benchmarks/bench_batch.py                  # corpus + 500-PDF archive, jobs = cores
    python benchmarks/bench_batch.py --copies 100 --skip-plumber-archive

Prints a table and the ratios; record the figures in benchmarks/README.md.
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import shutil
import tempfile
import time
from pathlib import Path

from minutebook import __version__

# minutebook.batch is imported where it is used, so the raw readers' worker processes (spawned, importing
# this script) hold only the reader they measure.

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "pdfs"


def make_archive(pdfs: list[Path], folder: Path, copies: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for n in range(copies):
        src = pdfs[n % len(pdfs)]
        dest = folder / f"{n // 100:02d}" / f"{src.stem}-copy{n:04d}.pdf"
        dest.parent.mkdir(exist_ok=True)
        dest.write_bytes(src.read_bytes() + f"\n% minutebook bench copy {n}\n".encode())
        made.append(dest)
    return made


def make_long_pack(pdfs: list[Path], dest: Path, pages: int) -> Path:
    """One PDF of about `pages` pages, the corpus joined over and over."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    sources = [pdfium.PdfDocument(p) for p in pdfs]
    while len(out) < pages:
        for src in sources:
            if len(out) >= pages:
                break
            out.import_pages(src)
    out.save(dest)
    for src in sources:
        src.close()
    out.close()
    return dest


def peak_rss_kb() -> int:
    """Peak RSS in KiB: Linux's VmHWM (ru_maxrss would carry the parent's peak into a spawned worker).

    Written out here, not imported from minutebook.batch, so a raw reader's worker loads no pipeline.
    """
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status: this benchmark measures memory on Linux")


def raw_file(task: tuple[str, str]) -> tuple[int, int, int, float]:
    """One PDF through a raw reader: (pages, worker pid, worker peak RSS KiB, CPU seconds)."""
    kind, path = task
    pages = 0
    cpu = time.process_time()
    if kind == "pdfplumber":
        import logging

        import pdfplumber

        logging.getLogger("pdfminer").setLevel(logging.ERROR)
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()
                pages += 1
    elif kind == "read":  # minutebook's read stage alone (pdfium, reopened every 100 pages), pages dropped
        from minutebook.extract.pdf.read import load_pdf, read_pages

        for _ in read_pages(load_pdf(path), on_page_error=lambda problem: None):
            pages += 1
    else:
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(path)
        for index in range(len(doc)):
            page = doc[index]
            text = page.get_textpage()
            text.get_text_range()
            text.close()
            page.close()
            pages += 1
        doc.close()
    return pages, os.getpid(), peak_rss_kb(), time.process_time() - cpu


def spin(_: int) -> float:
    start = time.perf_counter()
    total = 0
    for i in range(5_000_000):
        total += i
    return time.perf_counter() - start


def machine_speedup(jobs: int) -> float:
    """How much faster N processes of pure Python run than one here (the ceiling for any scaling figure)."""
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(jobs) as pool:
        pool.map(spin, range(jobs))  # warm up
        start = time.perf_counter()
        pool.map(spin, range(jobs * 4), chunksize=1)
        parallel = time.perf_counter() - start
    start = time.perf_counter()
    for n in range(4):
        spin(n)
    return jobs * (time.perf_counter() - start) / parallel


def run_raw(kind: str, files: list[Path], jobs: int) -> dict:
    ctx = multiprocessing.get_context("spawn")  # not the batch's forkserver, which has the pipeline loaded
    start = time.perf_counter()
    with ctx.Pool(jobs) as pool:
        results = pool.map(raw_file, [(kind, str(f)) for f in files], chunksize=1)
    seconds = time.perf_counter() - start
    rss: dict[int, int] = {}
    for _, pid, kb, _ in results:
        rss[pid] = max(kb, rss.get(pid, 0))
    return figures(sum(r[0] for r in results), seconds, rss.values(), sum(r[3] for r in results))


OCR = False  # the raw readers do not OCR scanned pages, so neither does the batch unless --ocr is given


def run_pipeline(files: list[Path], jobs: int, out: Path, max_tasks: int | None = 100,
                 pages_in_memory: int | None = None) -> dict:
    from dataclasses import replace

    from minutebook.batch import BatchOptions, run_batch
    from minutebook.extract.limits import DEFAULT_LIMITS

    limits = DEFAULT_LIMITS if pages_in_memory is None else replace(DEFAULT_LIMITS, pages_in_memory=pages_in_memory)
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    summary = run_batch([str(f) for f in files], out, BatchOptions(jobs=jobs, max_tasks=max_tasks, ocr=OCR,
                                                                   time_limit=None, force=True, limits=limits))
    seconds = time.perf_counter() - start
    if summary.failed:
        raise SystemExit(f"bench: {summary.failed} PDFs failed; see {out}/batch-summary.json")
    return figures(summary.pages, seconds, summary.peak_rss_kb.values(), summary.cpu_seconds)


def figures(pages: int, seconds: float, rss_kb, cpu_seconds: float) -> dict:
    rss = list(rss_kb)
    return {"pages": pages, "seconds": seconds, "pps": pages / seconds if seconds else 0.0,
            "ppcpu": pages / cpu_seconds if cpu_seconds else 0.0,
            "rss_mb": max(rss) / 1024 if rss else 0.0, "workers": len(rss)}


def row(label: str, jobs: int, f: dict) -> str:
    return (f"| {label:<34} | {jobs:>4} | {f['pages']:>6} | {f['seconds']:>8.2f} | {f['pps']:>9.1f} | "
            f"{f['pps'] / jobs:>12.1f} | {f['ppcpu']:>14.1f} | {f['rss_mb']:>18.1f} |")


def main() -> None:
    from minutebook.batch import default_jobs

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--copies", type=int, default=500, help="PDFs in the synthetic archive")
    parser.add_argument("--jobs", type=int, default=default_jobs(), help="N for the parallel runs")
    parser.add_argument("--long-pages", type=int, nargs="+", default=[500, 1000, 2000],
                        help="pages of the joined long packs (one run each)")
    parser.add_argument("--skip-plumber-archive", action="store_true",
                        help="time pdfplumber on the corpus only (it is slow on the whole archive)")
    parser.add_argument("--ocr", action="store_true",
                        help="let the batch OCR scanned pages (the raw baselines never do)")
    parser.add_argument("--memory-only", action="store_true",
                        help="only the memory figures (skip the speed rows and the 500-PDF archive's timing)")
    parser.add_argument("--workdir", type=Path, default=None, help="where to build the archive (default: tmp)")
    args = parser.parse_args()
    global OCR
    OCR = args.ocr

    pdfs = sorted(args.corpus.glob("*.pdf"))
    if not pdfs:
        raise SystemExit(f"bench: no PDFs in {args.corpus}")
    work = Path(args.workdir or tempfile.mkdtemp(prefix="minutebook-bench-"))
    archive = make_archive(pdfs, work / "archive", args.copies)
    n = args.jobs
    print(f"minutebook {__version__}, Python {platform.python_version()}, {platform.machine()}, "
          f"{default_jobs()} cores usable, N = {n}")
    print(f"corpus: {len(pdfs)} PDFs; archive: {len(archive)} PDFs (copies with distinct sha256); "
          f"batch OCR {'on' if OCR else 'off, as the raw readers'}")
    if n > 1:
        print(f"this machine now runs {n} pure-Python processes {machine_speedup(n):.2f}x as fast as one "
              f"(the ceiling for the scaling figures; load average {os.getloadavg()[0]:.1f})")
    # The first batch of a process starts the forkserver its workers come from (a fresh Python that imports
    # the pipeline and builds the spaCy pipeline); later batches in this process reuse it. Pay that once here,
    # so every row below is the steady state, and print it: a `minutebook batch` command pays it once per run.
    started = time.perf_counter()
    run_pipeline([pdfs[0]], 1, work / "warm-up")
    print(f"start-up: a first one-file batch took {time.perf_counter() - started:.2f} s (forkserver, pipeline "
          f"import, spaCy build): paid once per `minutebook batch` command, not in the rows below")
    print()
    print("| run                                | jobs |  pages |        s |   pages/s | pages/s/core | pages/CPU-s | "
          "peak RSS/worker MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    results: dict[tuple[str, str, int], dict] = {}
    for set_name, files in (("corpus", pdfs), ("archive", archive)) if not args.memory_only else ():
        for jobs in sorted({1, n}):
            results[(set_name, "batch", jobs)] = f = run_pipeline(files, jobs, work / f"out-{set_name}-{jobs}")
            print(row(f"{set_name}: minutebook batch", jobs, f), flush=True)
            results[(set_name, "pdfium", jobs)] = f = run_raw("pdfium", files, jobs)
            print(row(f"{set_name}: pypdfium2 get_text_range", jobs, f), flush=True)
            if set_name == "corpus" or not args.skip_plumber_archive:
                results[(set_name, "plumber", jobs)] = f = run_raw("pdfplumber", files, jobs)
                print(row(f"{set_name}: pdfplumber extract_text", jobs, f), flush=True)

    print("\nratios per core, 1 job: by wall time (pages/s) and by the workers' CPU time (pages/CPU-s, which "
          "the machine's load disturbs far less):")
    for set_name in ("corpus", "archive") if not args.memory_only else ():
        batch = results[(set_name, "batch", 1)]
        for base, label, target in (("plumber", "pdfplumber extract_text", "  (target >= 10x)"),
                                    ("pdfium", "pypdfium2 get_text_range", "")):
            if (set_name, base, 1) in results:
                other = results[(set_name, base, 1)]
                print(f"  {set_name}: minutebook / {label} = {batch['pps'] / other['pps']:.2f}x wall, "
                      f"{batch['ppcpu'] / other['ppcpu']:.2f}x CPU{target}")
        if n > 1:
            scale = results[(set_name, "batch", n)]["pps"] / batch["pps"]
            print(f"  {set_name}: scaling, {n} jobs vs 1 = {scale:.2f}x (ideal {n}x)")

    from minutebook.extract.limits import DEFAULT_LIMITS

    print("\nmemory (peak RSS of a batch worker):")
    few = run_pipeline(pdfs, 1, work / "mem-corpus", max_tasks=None)
    many = run_pipeline(archive, 1, work / "mem-archive", max_tasks=None)
    print(f"  one worker, never replaced: after {len(pdfs)} PDFs {few['rss_mb']:.1f} MB, "
          f"after {len(archive)} PDFs {many['rss_mb']:.1f} MB")
    small = run_pipeline([pdfs[0]], 1, work / "mem-small")
    small_raw = run_raw("pdfium", [pdfs[0]], 1)
    print(f"  one pack of {small['pages']} pages: {small['rss_mb']:.1f} MB (pypdfium2 reading it alone: "
          f"{small_raw['rss_mb']:.1f} MB)")
    print(f"  long packs (the corpus joined): pages beyond {DEFAULT_LIMITS.pages_in_memory} wait in a temporary "
          f"file (default). Baselines in the same run: the pipeline with every page held in memory; the read "
          f"stage alone, pages dropped as read (what it grows by is pdfium's, for a longer file); and pypdfium2 "
          f"reading the pack in one opening")
    print("\n| pack pages | file MB | default MB | all in memory MB | read stage alone MB | pypdfium2, one "
          "opening MB | default pages/s | all in memory pages/s |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for pages in args.long_pages:
        long_pack = make_long_pack(pdfs, work / f"long-pack-{pages}.pdf", pages)
        big = run_pipeline([long_pack], 1, work / f"mem-long-{pages}")
        held = run_pipeline([long_pack], 1, work / f"mem-long-{pages}", pages_in_memory=10**6)
        read = run_raw("read", [long_pack], 1)
        raw = run_raw("pdfium", [long_pack], 1)
        print(f"| {big['pages']} | {long_pack.stat().st_size / 1e6:.0f} | {big['rss_mb']:.1f} | "
              f"{held['rss_mb']:.1f} | {read['rss_mb']:.1f} | {raw['rss_mb']:.1f} | {big['pps']:.0f} | "
              f"{held['pps']:.0f} |", flush=True)
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
