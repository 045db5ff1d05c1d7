"""The `minutebook` command: a thin shell that parses options, calls the library and reports errors."""
from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import click

from . import __version__
from .extract.emit import write_jsonl
from .models import file_name
from .files import check_output_option, writing
from .extract.pdf import OpenPdf
from .extract.pdf.read import DEFAULT_ENGINE, ENGINES, load_pdf
from .models.errors import WARNING_KINDS, MinutebookError
from .extract.limits import DEFAULT_LIMITS, MIB
from .extract.pdf.ocr import OcrSettings
from .options import check_input
from .options import (ENGINE_OPTION, MAX_MB_OPTION, MAX_MEMORY_OPTION, MAX_PAGES_OPTION, OCR_JOBS_OPTION,
                      OCR_OPTION, PAGES_IN_MEMORY_OPTION, PASSWORD_OPTION, TIME_LIMIT_OPTION)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="minutebook")
def main() -> None:
    """Turn council meeting PDFs into decision records (JSONL) that point back at their pages.

    \b
    Example:
      minutebook extract samples/*.pdf -o records.jsonl
      minutebook pages samples/norwich-scrutiny-2021-03-18-rendered.pdf | less
    """


@main.command()
@click.argument("pdfs", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("-o", "--output", default="-", show_default=True, help="JSONL file to write, or - for stdout.")
@ENGINE_OPTION
@PASSWORD_OPTION
@OCR_OPTION
@OCR_JOBS_OPTION
@MAX_PAGES_OPTION
@MAX_MB_OPTION
@MAX_MEMORY_OPTION
@TIME_LIMIT_OPTION
@PAGES_IN_MEMORY_OPTION
@click.option("-q", "--quiet", is_flag=True,
              help="On stderr, only errors and warnings about pages left unread (not 'no agenda found' and the like).")
def extract(pdfs: tuple[str, ...], output: str, engine: str, password: str | None, ocr: bool, ocr_jobs: int,
            max_pages: int, max_mb: int, max_memory: int, time_limit: float, pages_in_memory: int,
            quiet: bool) -> None:
    """Extract records from PDFs as JSON Lines.

    Every PDF gives a `pack` record, one `page` record per page and the records the later stages find;
    a PDF that cannot be read gives an `error` record and the others go on. The exit code is 1 when any
    PDF gave nothing but errors. Use - to read one PDF from standard input. Scanned pages are OCR'd when
    Tesseract is installed; pages that fail, or scans left unread, give `warning` records and the rest goes
    on. docs/troubleshooting.md says what each error and warning means and what to do.

    \b
    Example:
      minutebook extract samples/*.pdf > records.jsonl
      minutebook extract pack.pdf -o pack.jsonl --engine pdfplumber
      minutebook extract locked.pdf --password s3cret --no-ocr
    """
    from .extract.clauses.nlp import get_nlp
    from .extract.pipeline import extract_lines, warm_up  # here: spaCy loads only for commands that use it

    # built once here, so each PDF's child process starts with it; with several PDFs, the whole pipeline is
    # run once over a sample first, so that each child also starts with the caches a first pack fills
    if len(pdfs) > 1:
        warm_up()
    else:
        get_nlp()

    check_output_option(output)
    failed = 0
    limits = replace(DEFAULT_LIMITS, max_bytes=max_mb * MIB, max_pages=max_pages, pages_in_memory=pages_in_memory)
    ocr_settings = OcrSettings(enabled=ocr, jobs=ocr_jobs)

    def lines():
        """Each file's records as JSON lines, made in a child process under --max-memory."""
        nonlocal failed
        for name in pdfs:
            kinds = set()
            for line in extract_lines(name, max_memory * MIB if max_memory else None, time_limit or None,
                                      engine=engine, password=password, ocr=ocr_settings, limits=limits):
                kind = line[len('{"record_type":"'):].split('"', 1)[0]
                kinds.add(kind)
                if kind in ("error", "warning"):
                    record = json.loads(line)
                    if kind == "warning" and quiet and record.get("kind") not in WARNING_KINDS:
                        yield line
                        continue
                    label, message = record["source"]["file"], record["message"]
                    prefix = "" if kind == "error" else "warning: "
                    where = "" if message.split(": ", 1)[0].endswith(label) else f"{label}: "
                    click.echo(f"minutebook: {prefix}{where}{message}", err=True)
                yield line
            if kinds <= {"error", "warning"}:
                failed += 1

    try:
        with writing(output) as stream:
            for line in lines():
                stream.write(line + "\n")
    except KeyboardInterrupt:
        click.echo("minutebook: interrupted" + ("" if output == "-" else f"; {output} was not written"), err=True)
        raise SystemExit(130) from None
    if failed:
        raise SystemExit(1)


#: The first line `pages` prints: what its columns are.
PAGES_LEGEND = ("# columns: ~ = running header/footer or page label, B = bold; top = points from the top of the "
                "page; size = font size in points; | then the line's text")


@main.command()
@click.argument("pdf")
@ENGINE_OPTION
@PASSWORD_OPTION
@OCR_OPTION
@MAX_MEMORY_OPTION
@TIME_LIMIT_OPTION
def pages(pdf: str, engine: str, password: str | None, ocr: bool, max_memory: int, time_limit: float) -> None:
    """Print a PDF's pages for people: label, lines, and which are headers/footers.

    Each page starts `=== page N (printed label, size)`; each line then reads `~B  top  size | text`:
    `~` marks running headers/footers and page labels, `B` bold lines, `top` is the line's distance from the
    top of the page in points and `size` its font size. Use it to see what the reader gives before writing a
    rule. Pages read by OCR say so; damaged pages are skipped with a warning.

    \b
    Example:
      minutebook pages samples/milburn-pc-minutes-2020-07-14.pdf | less
    """
    from .extract.pdf.isolated import run_isolated
    from .extract.pipeline import prepare_pages

    check_input(pdf)

    def warn(problem: MinutebookError) -> None:
        click.echo(f"minutebook: warning: {problem}", err=True)

    def work():  # in a child process under --max-memory
        with OpenPdf(load_pdf(pdf), engine, password) as doc:
            pages_ = prepare_pages(doc, ocr, report=warn)
        yield PAGES_LEGEND
        for page in pages_:
            label = f"printed {page.label!r}" if page.label else "no printed label"
            how = f", OCR confidence {page.ocr_confidence:.2f}" if page.ocr else ""
            yield f"=== page {page.number} ({label}, {page.width:.0f}x{page.height:.0f} pt{how})"
            for line in page.lines:
                mark = ("~" if line.furniture else " ") + ("B" if line.bold else " ")
                yield f"{mark} {line.top:6.1f} {line.size:5.1f} | {line.text}"

    try:
        for line in run_isolated(work, max_memory * MIB if max_memory else None, file_name(Path(pdf).name),
                                 time_limit or None):
            click.echo(line)
    except MinutebookError as exc:
        raise click.ClickException(str(exc)) from exc


@main.command()
@click.argument("pdf")
@ENGINE_OPTION
@PASSWORD_OPTION
@OCR_OPTION
def outline(pdf: str, engine: str, password: str | None, ocr: bool) -> None:
    """Print the structure found in a PDF as a tree: pack, agenda, documents, meetings, minute items.

    Each document shows its kind, pages and the cues that marked its start; under each minute item, its
    decisions with their formula ([resolved], [agreed], [approved], ...); warnings say what was not found.
    The pages are read as `extract` reads them (scanned pages OCR'd, text cleaned, headers/footers marked),
    so the tree is the structure `extract` finds.

    \b
    Example:
      minutebook outline samples/norwich-scrutiny-2021-03-18-rendered.pdf
    """
    from .outline import outline_of

    def warn(problem: MinutebookError) -> None:
        click.echo(f"minutebook: warning: {problem}", err=True)

    check_input(pdf)

    try:
        lines = outline_of(pdf, engine, password, ocr, report=warn)
    except MinutebookError as exc:
        raise click.ClickException(str(exc)) from exc
    for line in lines:
        click.echo(line)


@main.command()
def schema() -> None:
    """Print the JSON Schema of every record type minutebook emits.

    \b
    Example:
      minutebook schema > minutebook.schema.json
    """
    from .models.schema import json_schema

    click.echo(json.dumps(json_schema(), indent=2, sort_keys=True))


# The researchers' database (index, search, export, show) lives in its own module.
from .cli_query import COMMANDS as _QUERY_COMMANDS  # noqa: E402

for _command in _QUERY_COMMANDS:
    main.add_command(_command)

# The recommendation ledger across packs lives in its own module.
from .cli_ledger import COMMANDS as _LEDGER_COMMANDS  # noqa: E402

for _command in _LEDGER_COMMANDS:
    main.add_command(_command)

# Archive-scale runs (many PDFs -> one JSONL each, in parallel, resumable) live in their own module.
from .cli_batch import batch as _batch  # noqa: E402

main.add_command(_batch)
