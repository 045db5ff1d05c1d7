"""Click options that several commands share (extract, pages, outline, show, batch), and how they word a bad
input path."""
from __future__ import annotations

from pathlib import Path

import click

from .extract.limits import DEFAULT_LIMITS, MIB
from .extract.pdf.read import DEFAULT_ENGINE, ENGINES

ENGINE_OPTION = click.option(
    "--engine", type=click.Choice(ENGINES), default=DEFAULT_ENGINE, show_default=True,
    help="PDF reader: pdfium is fast, pdfplumber is the reference.",
)
PASSWORD_OPTION = click.option("--password", default=None, help="Password for encrypted PDFs.")
OCR_OPTION = click.option(
    "--ocr/--no-ocr", default=True, show_default=True,
    help="OCR scanned pages (no text layer) with Tesseract when it is installed.",
)
OCR_JOBS_OPTION = click.option(
    "--ocr-jobs", type=click.IntRange(min=1), default=1, show_default=True,
    help="Tesseract processes at once for a file's scanned pages (more is faster on a many-core machine).",
)
MAX_PAGES_OPTION = click.option(
    "--max-pages", type=click.IntRange(min=1), default=DEFAULT_LIMITS.max_pages, show_default=True,
    help="Refuse a PDF that claims more pages than this.",
)
PAGES_IN_MEMORY_OPTION = click.option(
    "--pages-in-memory", type=click.IntRange(min=1), default=DEFAULT_LIMITS.pages_in_memory, show_default=True,
    help="Pages of one PDF held in memory; a longer PDF's pages wait in a temporary file, so memory stays "
         "flat however long it is (the records are the same).",
)
MAX_MB_OPTION = click.option(
    "--max-mb", type=click.IntRange(min=1), default=DEFAULT_LIMITS.max_bytes // MIB, show_default=True,
    help="Refuse a PDF bigger than this many MiB.",
)


def input_problem(name: str) -> str | None:
    """What is wrong with a PDF path given on the command line, worded alike by every command (None: fine)."""
    path = Path(name)
    if path.is_dir():
        return f"is a folder; for a folder of PDFs run `minutebook batch {name} -o out/`"
    if not path.exists():
        return "no such file"
    return None


def check_input(name: str) -> None:
    """Stop a one-PDF command with exit 1 when its input is missing or a folder (as `extract` reports it)."""
    problem = input_problem(name)
    if problem:
        click.echo(f"minutebook: {name}: {problem}", err=True)
        raise SystemExit(1)
