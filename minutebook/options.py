"""Click options that several commands share (extract, pages, outline, show, batch), and how they word a bad
input path."""
from __future__ import annotations

from pathlib import Path

import click

from .extract.limits import DEFAULT_LIMITS, MIB
from .extract.pdf.read import DEFAULT_ENGINE, ENGINES

# Upper bounds on numbers: past them a value is a typo, and some would overflow a C integer (a read size, an
# rlimit) and end in a traceback instead of a message.
MAX_OCR_JOBS = 256
MAX_PAGES = 10_000_000
MAX_MB = 1024 * 1024  # 1 TiB
MAX_JOBS = 1024
MAX_SECONDS = 7 * 24 * 3600  # a week
MAX_WORKER_MB = 1024 * 1024  # 1 TiB

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
    "--ocr-jobs", type=click.IntRange(1, MAX_OCR_JOBS), default=1, show_default=True,
    help="Tesseract processes at once for a file's scanned pages (more is faster on a many-core machine).",
)
MAX_PAGES_OPTION = click.option(
    "--max-pages", type=click.IntRange(1, MAX_PAGES), default=DEFAULT_LIMITS.max_pages, show_default=True,
    help="Refuse a PDF that claims more pages than this.",
)
PAGES_IN_MEMORY_OPTION = click.option(
    "--pages-in-memory", type=click.IntRange(1, MAX_PAGES), default=DEFAULT_LIMITS.pages_in_memory, show_default=True,
    help="Pages of one PDF held in memory; a longer PDF's pages wait in a temporary file, so memory stays "
         "flat however long it is (the records are the same).",
)
MAX_MB_OPTION = click.option(
    "--max-mb", type=click.IntRange(1, MAX_MB), default=DEFAULT_LIMITS.max_bytes // MIB, show_default=True,
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


MAX_MEMORY_OPTION = click.option(
    "--max-memory", type=click.IntRange(0, MAX_WORKER_MB), default=DEFAULT_LIMITS.max_memory // MIB,
    show_default=True,
    help="MiB of data memory one PDF may use (Linux): each PDF is read in a child process with this cap, and one "
         "that needs more (a page that inflates to gigabytes) gets a resource_limit error while the others go on "
         "(0: no cap, read in this process).",
)
TIME_LIMIT_OPTION = click.option(
    "--time-limit", type=click.FloatRange(0, MAX_SECONDS), default=600, show_default=True,
    help="Seconds one PDF may take before it is stopped and gets a timeout error, the others going on (0: none).",
)
