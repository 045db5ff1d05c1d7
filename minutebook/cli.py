"""The `minutebook` command: a thin shell that parses options, calls the library and reports errors."""
from __future__ import annotations

import json
import sys
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
@click.argument("pdf", type=click.Path(exists=True, dir_okay=False))
@ENGINE_OPTION
@PASSWORD_OPTION
def outline(pdf: str, engine: str, password: str | None) -> None:
    """Print the structure found in a PDF as a tree: pack, agenda, documents, meetings, minute items.

    Each document shows its kind, pages and the cues that marked its start; warnings say what was not found.

    \b
    Example:
      minutebook outline samples/norwich-scrutiny-2021-03-18-rendered.pdf
    """
    from .extract.outline import outline_lines
    from .extract.pipeline import Context, pack_record
    from .extract.structure import find_structure

    try:
        doc = load_pdf(pdf)
        ctx = Context(pdf=doc, pages=mark_furniture(list(read_pages(doc, engine, password))), engine=engine)
    except MinutebookError as exc:
        raise click.ClickException(str(exc)) from exc
    structure = find_structure(ctx)
    for line in outline_lines(pack_record(ctx, structure), structure):
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
