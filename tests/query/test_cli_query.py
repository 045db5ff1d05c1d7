from __future__ import annotations

import csv
import io
import json
import sqlite3

import click
import pytest
from click.testing import CliRunner

from minutebook.cli import main

from query_helpers import FIXTURES, write_sample_output


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_index_search_export_through_the_cli(tmp_path):
    db = str(tmp_path / "m.db")
    sample_out = write_sample_output(tmp_path)
    result = run("index", str(FIXTURES), str(sample_out), "--db", db)
    assert result.exit_code == 0, result.output
    assert "3 packs" in result.stderr
    again = run("index", str(FIXTURES), str(sample_out), "--db", db)
    assert again.stderr.split("now holds")[1] == result.stderr.split("now holds")[1]

    found = run("search", "retrofit", "--db", db, "--format", "json", "--since", "2021")
    assert found.exit_code == 0
    hits = [json.loads(line) for line in found.stdout.splitlines()]
    assert hits and all(h["meeting_date"] >= "2021" for h in hits)
    assert {h["type"] for h in hits} == {"resolution"}  # its two clauses are not listed again
    assert all(h["council"] == "Hollow Parish Council" for h in hits)

    table = run("search", "precept", "--db", db, "--type", "resolution")
    assert "2021-03-02" in table.stdout and "**precept**" in table.stdout

    rows = list(csv.DictReader(io.StringIO(run("export", "--db", db, "--type", "recommendation").stdout)))
    fixture_rows = [r for r in rows if r["pack_id"].startswith(("aaaaaaaaaaaa", "bbbbbbbbbbbb"))]
    sample_recs = [json.loads(line) for line in sample_out.read_text().splitlines()]
    sample_recs = [r for r in sample_recs if r["record_type"] == "recommendation"]
    assert len(fixture_rows) == 3 and {r["action"] for r in fixture_rows} == {"ask", "refer", "approve"}
    assert len(rows) == 3 + len(sample_recs)


def test_search_errors_are_messages_not_tracebacks(tmp_path):
    db = str(tmp_path / "m.db")
    missing = run("search", "x", "--db", db)
    assert missing.exit_code == 1 and "no such database" in missing.stderr
    run("index", str(FIXTURES), "--db", db)
    bad = run("search", "x", "--db", db, "--since", "last year")
    assert bad.exit_code == 1 and "is not a date" in bad.stderr
    none = run("search", "zebra", "--db", db)
    assert none.exit_code == 0 and none.stdout == "" and "no matches" in none.stderr


def test_index_reads_stdin(tmp_path):
    db = str(tmp_path / "m.db")
    text = (FIXTURES / "borough-b.jsonl").read_text(encoding="utf-8")
    result = run("index", "-", "--db", db, input=text)
    assert result.exit_code == 0 and "1 resolutions" in result.stderr


def test_every_command_has_help_with_an_example():
    for name, command in main.commands.items():
        help_text = command.help or ""
        assert "Example:" in help_text, name
        assert isinstance(command, click.Command)
        assert run(name, "--help").exit_code == 0


def test_index_counts_warnings_as_warnings(tmp_path):
    db = str(tmp_path / "m.db")
    result = run("index", str(FIXTURES / "parish-a.jsonl"), "--db", db)
    # parish A holds one warning ("no agenda found") and no error
    assert result.exit_code == 0
    assert "read 1 warnings" in result.stderr or ", 1 warnings" in result.stderr
    assert "errors" not in result.stderr


def test_index_of_nothing_to_index_fails_and_leaves_no_database(tmp_path):
    db = tmp_path / "m.db"
    (tmp_path / "pdfs").mkdir()
    (tmp_path / "pdfs" / "pack.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    empty = run("index", str(tmp_path / "pdfs"), "--db", str(db))
    assert empty.exit_code == 1 and "no JSONL outputs" in empty.stderr
    assert "run `minutebook extract` or `batch` first" in empty.stderr
    assert not db.exists()
    missing = run("index", str(tmp_path / "nosuch"), "--db", str(db))
    assert missing.exit_code == 1 and "nosuch: no such file or folder" in missing.stderr
    assert not db.exists()


def test_a_bad_output_leaves_an_existing_database_alone(tmp_path):
    db = tmp_path / "m.db"
    assert run("index", str(FIXTURES / "parish-a.jsonl"), "--db", str(db)).exit_code == 0
    bad = run("index", "-", "--db", str(db), input="not json\n")
    assert bad.exit_code == 1 and "<stdin>:1: not JSON" in bad.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM resolutions").fetchone()[0] == 2
    conn.close()


@pytest.mark.parametrize("command", ["index", "ledger"])
def test_a_pdf_given_where_outputs_are_read_says_to_extract_first(tmp_path, command):
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n\xe2\xff\xfe binary\n%%EOF\n")
    result = run(command, str(pdf))
    assert result.exit_code == 1
    assert f"{pdf} is a PDF: run `minutebook extract` or `batch` first" in result.stderr
    assert "Traceback" not in result.output
    # the same bytes under another name are still a PDF
    renamed = tmp_path / "x.jsonl"
    renamed.write_bytes(pdf.read_bytes())
    assert "is a PDF" in run(command, str(renamed)).stderr


def test_formula_column_and_filter_in_index_search_and_export(tmp_path):
    # milburn's minutes decide with RESOLVED and with "agreed" / "approved" ("The Accounts were approved ...")
    db = str(tmp_path / "m.db")
    sample_out = write_sample_output(tmp_path)
    assert run("index", str(sample_out), "--db", db).exit_code == 0
    conn = sqlite3.connect(db)
    formulas = {f for (f,) in conn.execute("SELECT formula FROM resolutions")}
    conn.close()
    assert {"resolved", "agreed", "approved"} <= formulas

    agreed = run("search", "record", "--db", db, "--type", "resolution", "--formula", "agreed", "--format", "json")
    hits = [json.loads(line) for line in agreed.stdout.splitlines()]
    assert hits and {h["formula"] for h in hits} == {"agreed"}
    assert "true record" in hits[0]["text"]
    # the same words under another formula find nothing
    none = run("search", "record", "--db", db, "--type", "resolution", "--formula", "carried")
    assert none.exit_code == 0 and none.stdout == "" and "no matches" in none.stderr
    table = run("search", "accounts", "--db", db, "--type", "resolution", "--formula", "approved")
    assert "formula: approved" in table.stdout

    rows = list(csv.DictReader(io.StringIO(run("export", "--db", db, "--type", "resolution",
                                               "--formula", "approved").stdout)))
    assert [r["formula"] for r in rows] == ["approved"] and rows[0]["subject"].endswith("The Accounts")
    every = list(csv.DictReader(io.StringIO(run("export", "--db", db, "--type", "resolution").stdout)))
    assert len(every) > len(rows) and list(every[0])[:4] == ["body", "text", "formula", "subject"]
    recs = list(csv.DictReader(io.StringIO(run("export", "--db", db, "--type", "recommendation",
                                               "--formula", "resolved").stdout)))
    assert recs and all(r["origin"] == "resolution" for r in recs)

    bad = run("search", "x", "--db", db, "--formula", "granted")
    assert bad.exit_code == 2 and "granted" in bad.stderr  # a usage error, not a traceback
    pages = run("search", "x", "--db", db, "--type", "page", "--formula", "agreed")
    assert pages.exit_code == 1 and "not pages" in pages.stderr
    meetings = run("export", "--db", db, "--type", "meeting", "--formula", "agreed")
    assert meetings.exit_code == 1 and "--formula applies to resolutions" in meetings.stderr


def test_an_index_written_before_formula_reads_as_resolved(tmp_path):
    record = {"record_type": "resolution", "id": "cccccccccccc/resolution/1", "pack_id": "cccccccccccc/pack",
              "text": "to approve the accounts.", "source": {"file": "old.pdf", "pages": [1]}}
    old = tmp_path / "old.jsonl"
    old.write_text(json.dumps(record) + "\n")
    db = str(tmp_path / "m.db")
    assert run("index", str(old), "--db", db).exit_code == 0
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT formula FROM resolutions").fetchall() == [("resolved",)]
    conn.close()
