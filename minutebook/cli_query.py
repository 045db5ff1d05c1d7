"""The researchers' commands: index, search, export, show. A thin shell over minutebook.query."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .extract.pdf.read import DEFAULT_ENGINE, ENGINES
from .models.errors import MinutebookError, QueryError
from .query.search import FORMULAS
from .extract.limits import MIB
from .options import MAX_MEMORY_OPTION, TIME_LIMIT_OPTION

#: Most hits `search -n` may ask for (a bigger number is a typo, and SQLite's LIMIT overflows past 2**63).
MAX_HITS = 100_000

DB_OPTION = click.option(
    "--db", default="minutebook.db", show_default=True, type=click.Path(dir_okay=False),
    help="The SQLite index.",
)


FORMULA_OPTION = click.option(
    "--formula", type=click.Choice(FORMULAS, case_sensitive=False),
    help="Only decisions worded with this formula (resolved = RESOLVED statements; agreed, approved, ... = "
         "decisions worded without it); recommendations drawn from such decisions.")


@click.command()
@click.argument("outputs", nargs=-1, required=True)
@DB_OPTION
@click.option("--keep-stale", is_flag=True,
              help="Keep a pack's rows that its new output no longer has (by default they are dropped).")
@click.option("-q", "--quiet", is_flag=True, help="Do not print the summary on stderr.")
def index(outputs: tuple[str, ...], db: str, keep_stale: bool, quiet: bool) -> None:
    """Load JSONL outputs (files, folders searched recursively, or -) into an SQLite index.

    One table per record type (packs, pages, documents, agenda_items, meetings, minute_items,
    resolutions, recommendations, errors), full-text indexes over decisions and page text. Running it
    again on the same outputs changes nothing; the same PDF under two names is one pack with both names.
    When an output holds a pack record, that pack's rows become the output's records: rows an older
    output had and the new one lacks are dropped (--keep-stale keeps them).

    \b
    Example:
      minutebook extract samples/*.pdf -o out/samples.jsonl
      minutebook index out/ --db minutebook.db
      datasette minutebook.db --metadata docs/datasette-metadata.json
    """
    from .query.index import connect, held, index_records
    from .query.load import jsonl_files, read_records

    new_db = not Path(db).exists()
    try:
        files = jsonl_files(outputs)  # a missing path, a PDF or a folder without JSONL: before any db exists
        conn = connect(db)
        try:
            read = index_records(conn, read_records(files), prune=not keep_stale)
            total = held(conn)
        finally:
            conn.close()
    except QueryError as exc:
        if new_db:
            Path(db).unlink(missing_ok=True)  # no empty database left behind
        raise click.ClickException(str(exc)) from exc
    if not quiet:
        pruned, skipped = read.pop("pruned", 0), read.pop("skipped", 0)
        summary = ", ".join(f"{n} {t}" for t, n in sorted(read.items())) or "no records"
        if pruned:
            summary += f"; dropped {pruned} rows the new outputs no longer have"
        if skipped:
            summary += f"; skipped {skipped} lines that are not records (no id or record_type)"
        click.echo(f"read {summary}; {db} now holds " +
                   ", ".join(f"{n} {t}" for t, n in total.items() if n), err=True)


@click.command()
@click.argument("query")
@DB_OPTION
@click.option("--body", help="Only this body (part of its name, any case).")
@click.option("--since", help="Meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Meetings on or before this date.")
@click.option("--type", "types", multiple=True, type=click.Choice(["resolution", "recommendation", "page"]),
              help="Record types to search (repeatable). Default: resolutions and recommendations.")
@click.option("--action", help="Recommendations with this action (approve, note, refer, ...); "
              "resolutions with such a clause.")
@click.option("--owner", help="Recommendations whose owner contains this (any case); resolutions with such a clause.")
@FORMULA_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True,
              help="table for people; json (one object per line) or csv for scripts.")
@click.option("-n", "--limit", type=click.IntRange(1, MAX_HITS), default=20, show_default=True,
              help=f"At most this many hits (1 to {MAX_HITS:,}).")
@click.option("--raw", is_flag=True, help="QUERY is FTS5 syntax (OR, NOT, NEAR, \"phrases\", prefix*).")
@click.option("--raw-csv", is_flag=True,
              help="Write CSV cells exactly as indexed. By default a cell starting with = + - @ or a tab gets a "
                   "leading ' so a spreadsheet shows it as text instead of running it as a formula.")
def search(query: str, db: str, body, since, until, types, action, owner, formula, fmt: str, limit: int,
           raw: bool, raw_csv: bool) -> None:
    """Search decisions in the index, best matches first.

    Every word of QUERY must occur (stemmed: "retrofits" finds "retrofit"; "retro*" is a prefix). Each
    hit shows its meeting date, body, item, file and page, and a snippet with the matches in **stars**.

    \b
    Example:
      minutebook search "housing retrofit" --since 2020 --body scrutiny
      minutebook search "precept" --type resolution --format csv > precepts.csv
      minutebook search "budget OR precept" --raw --type page
      minutebook search "minutes" --type resolution --formula approved
    """
    from .query.index import connect
    from .query.output import write_hits
    from .query.search import DECISION_TYPES, Filters
    from .query.search import search as run_search

    filters = Filters(body=body, since=since, until=until, action=action, owner=owner, formula=formula)
    try:
        conn = connect(db, create=False)
        try:
            hits = run_search(conn, query, tuple(types) or DECISION_TYPES, filters, limit, raw)
        finally:
            conn.close()
    except QueryError as exc:
        raise click.ClickException(str(exc)) from exc
    write_hits(hits, fmt, sys.stdout, raw_csv=raw_csv)
    if not hits:
        click.echo("no matches", err=True)


@click.command()
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True,
              help="csv for spreadsheets (the table's columns); jsonl for the records as indexed.")
@click.option("--type", "record_type", default="resolution", show_default=True,
              help="Record type or table: resolution, recommendation, meeting, pack, page, error, ...")
@click.option("-o", "--output", default="-", show_default=True, help="File to write, or - for stdout.")
@click.option("--bom", is_flag=True, help="csv: start with a byte-order mark, so Excel reads £ and accents.")
@FORMULA_OPTION
@click.option("--raw-csv", is_flag=True,
              help="Write CSV cells exactly as indexed. By default a cell starting with = + - @ or a tab gets a "
                   "leading ' so a spreadsheet shows it as text instead of running it as a formula.")
def export(db: str, fmt: str, record_type: str, output: str, bom: bool, formula: str | None,
           raw_csv: bool) -> None:
    """Write every record of one type from the index, for spreadsheets and trackers.

    CSV puts what a person reads first (body, text, owner, action, due, status, response, meeting date,
    item) and the ids last; a clause recommendation's body and item are its resolution's.

    \b
    Example:
      minutebook export --db minutebook.db --format csv --type recommendation --bom -o recommendations.csv
      minutebook export --format jsonl --type resolution | jq .text
      minutebook export --type resolution --formula agreed -o agreed.csv
    """
    from .files import check_output_option, writing
    from .query.index import connect
    from .query.output import export as run_export

    check_output_option(output)
    try:
        conn = connect(db, create=False)
        try:
            with writing(output) as stream:
                count = run_export(conn, record_type, fmt, stream, bom=bom, formula=formula, raw_csv=raw_csv)
        finally:
            conn.close()
    except QueryError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"exported {count} rows", err=True)


@click.command()
@click.argument("pdf")
@click.option("--html", "html_out", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="The evidence page to write (one self-contained HTML file), or - for stdout.")
@click.option("--engine", type=click.Choice(ENGINES), default=DEFAULT_ENGINE, show_default=True,
              help="PDF reader: pdfium is fast, pdfplumber is the reference.")
@click.option("--password", default=None, help="Password for encrypted PDFs.")
@click.option("--all-pages", is_flag=True, help="Also include an image of every page (a larger file).")
@MAX_MEMORY_OPTION
@TIME_LIMIT_OPTION
def show(pdf: str, html_out: str, engine: str, password: str | None, all_pages: bool, max_memory: int,
         time_limit: float) -> None:
    """Write an evidence page for one PDF: its structure, every decision, and each on its page image.

    The page is one HTML file (page images inline, no scripts, nothing loaded from the network): open it
    in any browser or attach it to a report. Each resolution and recommendation is shown with its page
    and the quoted lines highlighted.

    \b
    Example:
      minutebook show samples/norwich-scrutiny-2021-03-18-rendered.pdf --html norwich.html
      minutebook show samples/milburn-pc-minutes-2020-07-14.pdf --html milburn.html --all-pages
    """
    from .extract.emit import OutputProblem, output_file, write_problem
    from .extract.pdf.isolated import run_isolated
    from .files import check_output_option
    from .models import file_name
    from .options import check_input
    from .query.evidence import evidence_page

    check_input(pdf)
    if html_out != "-":
        check_output_option(html_out)

    def work():  # in a child process under --max-memory: reading and rendering a hostile PDF is capped
        try:
            page = evidence_page(pdf, name=Path(pdf).name, engine=engine, password=password, all_pages=all_pages)
        except QueryError as exc:
            raise MinutebookError(str(exc)) from exc
        if html_out == "-":  # the page's lines go back through the pipe, to this command's stdout
            yield from page.splitlines()
            return
        try:
            with output_file(html_out) as stream:
                stream.write(page)
        except OSError as exc:
            raise write_problem(html_out, exc) from exc
        yield f"wrote {html_out}"

    try:
        for line in run_isolated(work, max_memory * MIB if max_memory else None, file_name(Path(pdf).name),
                                 time_limit or None):
            click.echo(line, err=html_out != "-")
    except (MinutebookError, OutputProblem) as exc:
        raise click.ClickException(str(exc)) from exc


COMMANDS = (index, search, export, show)
