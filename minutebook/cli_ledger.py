"""The `ledger` command: follow recommendations across the JSONL outputs of many packs (a thin shell over
`query.ledger`)."""
from __future__ import annotations

from datetime import date

import click

from .extract.emit import write_jsonl
from .files import check_output_option, writing
from .models.decisions import Status

FORMATS = ("jsonl", "table", "csv", "tsv")


def _as_of(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD (30 June 2021 is 2021-06-30)") from None


@click.command()
@click.argument("outputs", nargs=-1, required=True)
@click.option("-o", "--output", default="-", show_default=True, help="File to write, or - for stdout.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="jsonl: one ledger entry per recommendation with its history; table: one line per open "
                   "recommendation; csv/tsv: one row per recommendation for a spreadsheet or tracker.")
@click.option("--body", default=None, help="Only this body's recommendations (part of its name, any case).")
@click.option("--status", "statuses", multiple=True, type=click.Choice([s.value for s in Status]),
              help="Only recommendations with this status (repeatable).")
@click.option("--open", "open_only", is_flag=True, help="Only recommendations that are not completed.")
@click.option("--overdue-after", default="60d", show_default=True,
              help="Flag recommendations with no executive response this long after the resolution (60d, 8w, 2m).")
@click.option("--as-of", callback=_as_of, default=None, metavar="YYYY-MM-DD",
              help="Date ages and deadlines are measured at (default: today).")
@click.option("--bom", is_flag=True, help="csv/tsv: start with a byte-order mark, so Excel reads £ and accents.")
@click.option("--raw-csv", is_flag=True,
              help="csv/tsv: write cells exactly as read. By default a cell starting with = + - @ or a tab gets a "
                   "leading ' so a spreadsheet shows it as text instead of running it as a formula.")
def ledger(outputs: tuple[str, ...], output: str, fmt: str, body: str | None, statuses: tuple[str, ...],
           open_only: bool, overdue_after: str, as_of: date | None, bom: bool, raw_csv: bool) -> None:
    """Follow recommendations across the JSONL outputs (files, folders, or -) of many packs of one body.

    Links each report recommendation to the resolution that decided it and to the tracker rows that report on
    it in later packs, by text with the meeting date as supporting evidence; prints each recommendation's
    history, current status, and whether an executive response is overdue. Uncertain links are not merged:
    the entry lists its candidates. Procedural decisions ("that Cllr X remain as Chair") owe no response.

    csv and tsv give one row per recommendation: date, body, text (in full), owner, due, respond_by,
    overdue (yes/no), status, response, origin, file, page, id.

    \b
    Example:
      minutebook extract packs/*.pdf -o all.jsonl
      minutebook ledger all.jsonl -o ledger.jsonl
      minutebook ledger out/ --format table --overdue-after 8w --as-of 2021-06-30
      minutebook ledger out/ --format csv --open --body scrutiny --bom -o tracker.csv
    """
    from .models.errors import QueryError
    from .query.ledger import COLUMNS, ledger_entries, parse_period, row, select, table_lines
    from .query.load import jsonl_files, read_records
    from .query.output import write_rows

    check_output_option(output)
    try:
        deadline = parse_period(overdue_after)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="'--overdue-after'") from exc
    try:
        records = list(read_records(jsonl_files(outputs)))
    except QueryError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        entries = ledger_entries(records, as_of=as_of or date.today(), deadline=deadline)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    entries = select(entries, body=body, statuses=statuses, open_only=open_only)

    def write(stream) -> None:
        if fmt == "table":
            stream.write("\n".join(table_lines(entries)) + "\n")
        elif fmt in ("csv", "tsv"):
            write_rows((row(e) for e in entries), COLUMNS, stream, delimiter="\t" if fmt == "tsv" else ",", bom=bom,
                       raw_csv=raw_csv)
        else:
            write_jsonl(entries, stream)

    with writing(output) as out:
        write(out)


COMMANDS = [ledger]
