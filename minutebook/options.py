"""Click options that several commands share (extract, pages, outline, show, batch)."""
from __future__ import annotations

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
