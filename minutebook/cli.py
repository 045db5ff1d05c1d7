"""The `minutebook` command: a thin shell that parses options, calls the library and reports errors."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from . import __version__
from .extract.emit import AtomicWriter, write_jsonl
from .extract.furniture import mark_furniture
from .extract.pipeline import extract as extract_records
from .extract.read import DEFAULT_ENGINE, ENGINES, load_pdf, read_pages
from .extract.errors import MinutebookError

ENGINE_OPTION = click.option(
    "--engine", type=click.Choice(ENGINES), default=DEFAULT_ENGINE, show_default=True,
    help="PDF reader: pdfium is fast, pdfplumber is the reference.",
)
PASSWORD_OPTION = click.option("--password", default=None, help="Password for encrypted PDFs.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="minutebook")
def main() -> None:
    """Turn council meeting PDFs into decision records (JSONL) that point back at their pages.

    \b
    Example:
      minutebook extract samples/*.pdf -o records.jsonl
      minutebook pages samples/norwich-scrutiny-2021-03-18-rendered.pdf | less
    """


@main.command()
@click.argument("pdfs", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("-o", "--output", default="-", show_default=True, help="JSONL file to write, or - for stdout.")
@ENGINE_OPTION
@PASSWORD_OPTION
def extract(pdfs: tuple[str, ...], output: str, engine: str, password: str | None) -> None:
    """Extract records from PDFs as JSON Lines.

    Every PDF gives a `pack` record, one `page` record per page and the records the later stages find;
    a PDF that cannot be read gives an `error` record and the others go on. The exit code is 1 when any
    PDF gave nothing but errors. Use - to read one PDF from standard input.

    \b
    Example:
      minutebook extract samples/*.pdf > records.jsonl
      minutebook extract pack.pdf -o pack.jsonl --engine pdfplumber
    """
    failed = 0

    def records():
        nonlocal failed
        for name in pdfs:
            src = sys.stdin.buffer if name == "-" else name
            label = "<stdin>" if name == "-" else Path(name).name
            if name != "-" and not Path(name).is_file():
                click.echo(f"minutebook: {name}: no such file", err=True)
                failed += 1
                continue
            kinds = set()
            for record in extract_records(src, name=label, engine=engine, password=password):
                kinds.add(record.record_type)
                if record.record_type == "error":
                    click.echo(f"minutebook: {record.message}", err=True)
                yield record
            if kinds <= {"error", "warning"}:
                failed += 1

    if output == "-":
        write_jsonl(records(), sys.stdout)
    else:
        with AtomicWriter(output) as stream:
            write_jsonl(records(), stream)
    if failed:
        raise SystemExit(1)


@main.command()
@click.argument("pdf", type=click.Path(exists=True, dir_okay=False))
@ENGINE_OPTION
@PASSWORD_OPTION
def pages(pdf: str, engine: str, password: str | None) -> None:
    """Print a PDF's pages for people: label, lines, and which are headers/footers.

    Lines marked `~` are running headers/footers or page labels; `B` marks bold lines. Use it to see what
    the reader gives before writing a rule.

    \b
    Example:
      minutebook pages samples/milburn-pc-minutes-2020-07-14.pdf | less
    """
    try:
        doc = load_pdf(pdf)
        pages_ = mark_furniture(list(read_pages(doc, engine, password)))
    except MinutebookError as exc:
        raise click.ClickException(str(exc)) from exc
    for page in pages_:
        label = f"printed {page.label!r}" if page.label else "no printed label"
        click.echo(f"=== page {page.number} ({label}, {page.width:.0f}x{page.height:.0f} pt)")
        for line in page.lines:
            mark = ("~" if line.furniture else " ") + ("B" if line.bold else " ")
            click.echo(f"{mark} {line.top:6.1f} {line.size:5.1f} | {line.text}")


@main.command()
def schema() -> None:
    """Print the JSON Schema of every record type minutebook emits.

    \b
    Example:
      minutebook schema > minutebook.schema.json
    """
    from .models.schema import json_schema

    click.echo(json.dumps(json_schema(), indent=2, sort_keys=True))


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", "outdir", required=True, type=click.Path(file_okay=False),
              help="Folder for one JSONL per PDF (<stem>.<sha256[:12]>.jsonl) and batch-summary.json.")
@ENGINE_OPTION
@PASSWORD_OPTION
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes.  [default: the number of cores]")
@click.option("--time-limit", type=click.FloatRange(min=0), default=600, show_default=True,
              help="Seconds one PDF may take before its worker is stopped and it gets an error record (0: none).")
@click.option("--max-files-per-worker", type=click.IntRange(min=0), default=100, show_default=True,
              help="Replace a worker after this many PDFs, so memory stays bounded (0: never).")
@click.option("--force", is_flag=True, help="Redo PDFs whose output is already up to date.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where the workers run: processes on this machine, or a Dask cluster (needs minutebook[dask]).")
@click.option("--scheduler", default=None, help="Dask scheduler address for --executor dask, e.g. tcp://head:8786.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary on stderr; failures still print.")
def batch(inputs, outdir, engine, password, jobs, time_limit, max_files_per_worker, force, executor, scheduler,
          quiet) -> None:
    """Extract many PDFs in parallel: one JSONL file per PDF in a folder, resumable.

    INPUTS are PDFs, folders (searched recursively for *.pdf) or glob patterns. A PDF whose output is already
    there for the same content, minutebook version and options is skipped, so an interrupted run picks up
    where it stopped; identical PDFs under two names are processed once and each gets its file. A PDF that
    fails, crashes its worker or runs past --time-limit gets an error record and the rest go on. The run's
    account of every input is written to OUTDIR/batch-summary.json; the exit code is 1 if any PDF failed.

    \b
    Example:
      minutebook batch archive/ -o out/
      minutebook batch 'packs/**/*.pdf' extra.pdf -o out/ --jobs 8 --time-limit 120
      minutebook batch archive/ -o /shared/out --executor dask --scheduler tcp://head:8786
    """
    from .batch import BatchOptions, run_batch
    from .batch.progress import progress_line, summary_text

    if executor == "dask" and not scheduler:
        raise click.UsageError("--executor dask needs --scheduler ADDRESS")
    options = BatchOptions(
        engine=engine, password=password, jobs=jobs, time_limit=time_limit or None,
        max_tasks=max_files_per_worker or None, force=force, executor=executor, scheduler=scheduler,
    )
    show = not quiet and sys.stderr.isatty()
    last = [0.0]

    def on_progress(summary) -> None:
        now = time.monotonic()
        if show and (now - last[0] > 0.1 or summary.done == summary.total):
            last[0] = now
            click.echo("\r\x1b[K" + progress_line(summary), err=True, nl=False)

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
    if show:
        click.echo("", err=True)
    for entry in summary.files:
        if entry["status"] == "failed":
            click.echo(f"minutebook: {entry.get('message') or entry['input'] + ': failed'}", err=True)
    if not quiet:
        click.echo(summary_text(summary), err=True)
    if summary.failed:
        raise SystemExit(1)
