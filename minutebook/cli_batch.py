"""`minutebook batch`: many PDFs -> one JSONL each, in parallel and resumable (the library is minutebook.batch)."""
from __future__ import annotations

import sys
import time
from dataclasses import replace

import click

from .options import (ENGINE_OPTION, MAX_JOBS, MAX_MB_OPTION, MAX_PAGES_OPTION, MAX_SECONDS, MAX_WORKER_MB, OCR_OPTION,
                      PAGES_IN_MEMORY_OPTION, PASSWORD_OPTION)
from .models.errors import MinutebookError
from .extract.limits import DEFAULT_LIMITS, MIB


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", "outdir", required=True, type=click.Path(file_okay=False),
              help="Folder for one JSONL per PDF (<stem>.<sha256[:12]>.jsonl) and batch-summary.json.")
@ENGINE_OPTION
@PASSWORD_OPTION
@OCR_OPTION
@MAX_PAGES_OPTION
@MAX_MB_OPTION
@PAGES_IN_MEMORY_OPTION
@click.option("-j", "--jobs", type=click.IntRange(1, MAX_JOBS), default=None,
              help="Worker processes.  [default: the number of cores]")
@click.option("--time-limit", type=click.FloatRange(0, MAX_SECONDS), default=600, show_default=True,
              help="Seconds one PDF may take before its worker is stopped and it gets an error record (0: none).")
@click.option("--max-files-per-worker", type=click.IntRange(min=0), default=100, show_default=True,
              help="Replace a worker after this many PDFs, so memory stays bounded (0: never).")
@click.option("--worker-memory", type=click.IntRange(0, MAX_WORKER_MB), default=2048, show_default=True,
              help="MiB of data memory each worker may use (Linux); a file that needs more gets an error (0: no cap).")
@click.option("--force", is_flag=True, help="Redo PDFs whose output is already up to date.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where the workers run: processes on this machine, or a Dask cluster (needs minutebook[dask]).")
@click.option("--scheduler", default=None, help="Dask scheduler address for --executor dask, e.g. tcp://head:8786.")
@click.option("--progress-every", type=click.FloatRange(min=0), default=10, show_default=True,
              help="When stderr is not a terminal (a log, CI), print a plain progress line this often (seconds).")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary on stderr; failures still print.")
def batch(inputs, outdir, engine, password, ocr, max_pages, max_mb, pages_in_memory, jobs, time_limit, max_files_per_worker,
          worker_memory, force, executor, scheduler, progress_every, quiet) -> None:
    """Extract many PDFs in parallel: one JSONL file per PDF in a folder, resumable.

    INPUTS are PDFs, folders (searched recursively for *.pdf) or glob patterns. A PDF whose output is already
    there for the same content, minutebook version and options is skipped, so an interrupted run picks up
    where it stopped; identical PDFs under two names are processed once and each gets its file. A PDF that
    fails, crashes its worker or runs past --time-limit gets an error record and the rest go on. The run's
    account of every input is written to OUTDIR/batch-summary.json; the exit code is 1 if any PDF failed.
    Warnings are counted in the closing line and the summary file; those that say pages were left unread
    (scans without Tesseract, damaged pages) are named on stderr.

    \b
    Example:
      minutebook batch archive/ -o out/
      minutebook batch 'packs/**/*.pdf' extra.pdf -o out/ --jobs 8 --time-limit 120
      minutebook batch archive/ -o /shared/out --executor dask --scheduler tcp://head:8786
    """
    from .batch import BatchOptions, run_batch
    from .batch.progress import PlainProgress, notable_lines, progress_line, summary_text

    if executor == "dask" and not scheduler:
        raise click.UsageError("--executor dask needs --scheduler ADDRESS")
    options = BatchOptions(
        engine=engine, password=password, jobs=jobs, ocr=ocr,
        limits=replace(DEFAULT_LIMITS, max_bytes=max_mb * MIB, max_pages=max_pages, pages_in_memory=pages_in_memory),
        time_limit=time_limit or None,
        max_tasks=max_files_per_worker or None, worker_memory_mb=worker_memory or None, force=force, executor=executor, scheduler=scheduler,
    )
    show = not quiet and sys.stderr.isatty()
    last = [0.0]
    plain = PlainProgress(progress_every, lambda line: click.echo(line, err=True))

    def on_progress(summary) -> None:
        now = time.monotonic()
        if show and (now - last[0] > 0.1 or summary.done == summary.total):
            last[0] = now
            click.echo("\r\x1b[K" + progress_line(summary), err=True, nl=False)
        elif not show and not quiet:
            plain(summary)

    try:
        summary = run_batch(inputs, outdir, options, on_progress=on_progress)
    except KeyboardInterrupt:
        if show:
            click.echo("", err=True)
        click.echo(f"minutebook: interrupted; run the same command again to finish ({outdir}/batch-summary.json)",
                   err=True)
        raise SystemExit(130)
    except MinutebookError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:  # the folder filled up, or went away, while the run wrote to it
        from .extract.emit import write_problem

        raise click.ClickException(str(write_problem(outdir, exc))) from exc
    if show:
        click.echo("", err=True)
    for entry in summary.files:
        if entry["status"] == "failed":
            click.echo(f"minutebook: {entry.get('message') or entry['input'] + ': failed'}", err=True)
    if not quiet:
        for line in notable_lines(summary):
            click.echo(line, err=True)
        click.echo(summary_text(summary), err=True)
    if summary.failed:
        raise SystemExit(1)
