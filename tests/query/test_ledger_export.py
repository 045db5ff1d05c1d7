"""The ledger as a tracker feeder: a folder of outputs in, CSV/TSV out, filters, procedural decisions."""
from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from click.testing import CliRunner

from minutebook.cli import main
from minutebook.query.ledger import ledger_entries

from conftest import ROOT

FOLDER = ROOT / "tests" / "fixtures" / "ledger"
COLUMNS = ["date", "body", "text", "owner", "due", "respond_by", "overdue", "status", "response", "origin",
           "file", "page", "id"]


def run(*args):
    return CliRunner().invoke(main, ["ledger", str(FOLDER), "--as-of", "2021-06-01", *args])


def rows(result, delimiter=","):
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout), delimiter=delimiter))


def test_a_folder_of_outputs_is_read_and_table_works_as_the_readme_says():
    result = CliRunner().invoke(main, ["ledger", str(FOLDER), "--format", "table", "--as-of", "2021-06-01"])
    assert result.exit_code == 0, result.output
    assert "litter bins" in result.output


@pytest.mark.parametrize("fmt, delimiter", [("csv", ","), ("tsv", "\t")])
def test_csv_and_tsv_hold_the_full_text_owner_dates_flag_status_response_source_and_id(fmt, delimiter):
    result = run("--format", fmt)
    assert result.stdout.splitlines()[0].split(delimiter) == COLUMNS
    by_text = {r["text"]: r for r in rows(result, delimiter)}
    bins = by_text["to ask officers to publish a map of litter bins on the council's website."]  # not cut short
    assert (bins["date"], bins["body"], bins["owner"], bins["respond_by"], bins["overdue"], bins["status"]) == (
        "2021-01-14", "Scrutiny committee", "officers", "2021-03-15", "yes", "open")
    assert (bins["file"], bins["page"], bins["id"]) == (
        "agenda-2021-02-11.pdf", "4", "ledger/b2b2b2b2b2b2/recommendation/m2021-01-14-4-1-2")
    trees = next(r for t, r in by_text.items() if "tree strategy" in t)
    assert (trees["overdue"], trees["status"], trees["response"]) == ("no", "completed", "completed")


def test_filters_by_status_open_and_body():
    assert {r["status"] for r in rows(run("--format", "csv", "--status", "completed"))} == {"completed"}
    opened = rows(run("--format", "csv", "--open"))
    assert opened and "completed" not in {r["status"] for r in opened}
    assert len(rows(run("--format", "csv", "--body", "SCRUTINY"))) == len(rows(run("--format", "csv")))
    assert rows(run("--format", "csv", "--body", "cabinet")) == []
    # the filters apply to jsonl and table too
    assert "tree strategy" not in run("--format", "table", "--open").stdout
    assert run("--open").stdout.count("ledger_entry") == len(opened)


def test_bom_for_excel():
    assert run("--format", "csv", "--bom").stdout.startswith("\ufeffdate,body,")
    assert not run("--format", "csv").stdout.startswith("\ufeff")


@pytest.mark.parametrize("value", ["30/06/2021", "2021-13-01", "yesterday"])
def test_as_of_in_another_form_names_the_option_and_the_format(value):
    result = CliRunner().invoke(main, ["ledger", str(FOLDER), "--as-of", value])
    assert result.exit_code == 2
    assert "--as-of" in result.output and "YYYY-MM-DD" in result.output and value in result.output


def _clause(n, text, action, owner=None, category="other"):
    return {"record_type": "recommendation", "id": f"eeeeeeeeeeee/recommendation/m-{n}", "pack_id": "eeeeeeeeeeee/pack",
            "origin": "resolution", "resolution_id": f"eeeeeeeeeeee/resolution/m-{n}", "text": text, "action": action,
            "category": category, "owner": owner, "meeting": {"body": "Milburn Parish Council", "date": "2020-07-14"}}


@pytest.mark.parametrize("text, action, owner, category", [
    # Real sentences from the corpora: who holds an office is settled at the meeting; nobody owes a response.
    ("that Councillor Richardson remain as Chair.", "remain", "Councillor Richardson", "other"),
    ("that Councillor Loraine Rossati be elected Vice Chair of the Licensing Committee for the Municipal Year",
     "elect", None, "approve"),
    ("T H A T Councillor M. Lloyd be appointed Vice-Chairman for the Municipal Year.", "appoint", "Councillor M. Lloyd",
     "approve"),
])
def test_procedural_decisions_are_never_overdue(text, action, owner, category):
    entries = ledger_entries([_clause(1, text, action, owner, category)], as_of=date(2025, 1, 1))
    assert not any(e.overdue for e in entries)


@pytest.mark.parametrize("text, action, owner, category", [
    # Near misses: an appointment or a request that sets someone a task is followed.
    ("to appoint consultants to survey the village hall roof", "appoint", "the Clerk", "approve"),
    ("to ask the Clerk to write to the Chair of the highways board", "ask", "the Clerk", "request"),
])
def test_tasks_near_procedural_words_still_become_overdue(text, action, owner, category):
    entries = ledger_entries([_clause(1, text, action, owner, category)], as_of=date(2025, 1, 1))
    assert [e.overdue for e in entries] == [True]
