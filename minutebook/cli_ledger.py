"""The `ledger` command: follow recommendations across the JSONL outputs of many packs (a thin shell over
`extract.ledger`)."""
from __future__ import annotations

import sys

import click

from .extract.emit import AtomicWriter, write_jsonl


@click.command()
@click.argument("outputs", nargs=-1, required=True)
@click.option("-o", "--output", default="-", show_default=True, help="File to write, or - for stdout.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True,
              help="jsonl: one ledger entry per recommendation; table: one line per open recommendation.")
@click.option("--overdue-after", default="60d", show_default=True,
              help="Flag recommendations with no executive response this long after the resolution (60d, 8w, 2m).")
@click.option("--as-of", default=None, help="ISO date ages and deadlines are measured at (default: today).")
def ledger(outputs: tuple[str, ...], output: str, fmt: str, overdue_after: str, as_of: str | None) -> None:
    """Follow recommendations across the JSONL outputs of many packs of one body.

    Links each report recommendation to the resolution that decided it and to the tracker rows that report on
    it in later packs, by text with the meeting date as supporting evidence; prints each recommendation's
    history, current status, and whether an executive response is overdue. Uncertain links are not merged:
    the entry lists its candidates.

    \b
    Example:
      minutebook extract packs/*.pdf -o all.jsonl
      minutebook ledger all.jsonl -o ledger.jsonl
      minutebook ledger out/*.jsonl --format table --overdue-after 8w --as-of 2021-06-30
    """
    from datetime import date

    from .query.ledger import ledger_entries, parse_period, table_lines

    try:
        deadline = parse_period(overdue_after)
        when = date.fromisoformat(as_of) if as_of else date.today()
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc
    from .query.errors import QueryError
    from .query.load import jsonl_files, read_records

    try:
        records = list(read_records(jsonl_files(outputs)))
    except QueryError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        entries = ledger_entries(records, as_of=when, deadline=deadline)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "table":
        text = "\n".join(table_lines(entries)) + "\n"
        if output == "-":
            click.echo(text, nl=False)
        else:
            with AtomicWriter(output) as out:
                out.write(text)
        return
    if output == "-":
        write_jsonl(entries, sys.stdout)
    else:
        with AtomicWriter(output) as out:
            write_jsonl(entries, out)


COMMANDS = [ledger]
