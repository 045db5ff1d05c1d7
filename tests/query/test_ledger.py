"""The recommendation ledger over hand-written outputs of four packs (per CONTRACT.md) and over the seed pack."""
from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from click.testing import CliRunner

from minutebook.cli import main
from minutebook.extract.emit import record_dict
from minutebook.query.ledger import ledger_entries, parse_period, similarity
from minutebook.extract.pipeline import extract

from conftest import ROOT, sample

FIXTURES = sorted((ROOT / "tests" / "fixtures" / "ledger").glob("*.jsonl"))
AS_OF = date(2021, 6, 1)


def load(paths) -> list[dict]:
    return [json.loads(line) for p in paths for line in p.read_text().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def entries():
    return {e.id.split("/", 1)[1]: e for e in ledger_entries(load(FIXTURES), as_of=AS_OF)}


def test_history_runs_from_report_through_resolution_to_tracker_rows(entries):
    tree = entries["b2b2b2b2b2b2/recommendation/m2021-01-14-4-1-1"]
    assert [(e.event, e.date) for e in tree.events] == [
        ("recommended", "2021-01-14"), ("resolved", "2021-01-14"), ("tracked", "2021-03-11"), ("tracked", "2021-05-13"),
    ]
    assert tree.status.value == "completed" and tree.response == "completed" and not tree.overdue
    assert tree.owner == "Parks team"  # the latest record that names one
    assert {link.from_id.rsplit("/", 1)[1] for link in tree.links} == {"report-p9-1", "tracker-p30-1", "tracker-p41-1"}
    assert all(link.score >= 0.72 and link.date_agrees for link in tree.links)
    for event in tree.events:
        assert event.source and event.source.pages


def test_no_response_after_the_deadline_is_flagged(entries):
    bins = entries["b2b2b2b2b2b2/recommendation/m2021-01-14-4-1-2"]
    assert bins.overdue and bins.respond_by == "2021-03-15" and bins.status.value == "open"
    assert bins.age_days == (AS_OF - date(2021, 1, 14)).days
    later = {e.id: e for e in ledger_entries(load(FIXTURES), as_of=AS_OF, deadline=timedelta(days=180))}
    assert not later[bins.id].overdue


def test_equally_likely_candidates_are_listed_not_merged(entries):
    row = entries["c3c3c3c3c3c3/recommendation/tracker-p30-2"]
    assert [e.event for e in row.events] == ["tracked"]
    assert sorted(c.record_id.rsplit("/", 1)[1] for c in row.candidates) == ["m2021-01-14-5", "m2021-01-14-6"]
    assert row.uncertain
    # "to note the report." asks nobody to act: the twins have no history of their own to follow.
    assert not {"b2b2b2b2b2b2/resolution/m2021-01-14-5", "b2b2b2b2b2b2/resolution/m2021-01-14-6"} & set(entries)


def test_one_pack_read_twice_counts_once():
    once = ledger_entries(load(FIXTURES), as_of=AS_OF)
    twice = ledger_entries(load(FIXTURES) + load(FIXTURES), as_of=AS_OF)
    assert [e.model_dump() for e in twice] == [e.model_dump() for e in once]


def test_seed_budget_resolution_links_to_its_tracker_row_despite_the_printed_year():
    # Within the seed pack alone: the 4 February 2021 minutes' RESOLVED (pages 9-10) and the tracker's budget row.
    records = [record_dict(r) for r in extract(sample("norwich-scrutiny-2021-03-18-rendered.pdf"))]
    entries = ledger_entries(records, as_of=date(2021, 3, 18))
    (entry,) = [e for e in entries if e.origin == "resolution" and "treasury management advisors" in e.text]
    assert entry.date == "2021-02-04"
    assert [e.event for e in entry.events] == ["resolved", "tracked"]
    (link,) = entry.links
    assert link.score >= 0.9 and link.dates == ["2022-02-04", "2021-02-04"] and link.date_agrees is False
    assert "disagree" in link.note and "date order also points to 2021-02-04" in link.note and entry.uncertain
    assert entry.status.value == "in_progress" and entry.owner.endswith("Section 151 officer")
    # The pack's own report (for 18 March 2021) is not what its tracker's 17 December 2020 row reports on.
    (nhosc,) = [e for e in entries if e.origin == "report" and "NHOSC" in e.text]
    assert [e.event for e in nhosc.events] == ["recommended"]


def test_ledger_command_table_and_jsonl(tmp_path):
    args = ["ledger", *map(str, FIXTURES), "--as-of", "2021-06-01"]
    table = CliRunner().invoke(main, [*args, "--format", "table"])
    assert table.exit_code == 0, table.output
    lines = table.output.splitlines()
    assert lines[0].split()[:5] == ["date", "body", "owner", "age", "status"]
    bins = next(line for line in lines if "litter bins" in line)
    assert "2021-01-14" in bins and "138d" in bins and "OVERDUE" in bins and "officers" in bins
    assert not any("tree strategy" in line for line in lines)  # completed: not open
    out = tmp_path / "ledger.jsonl"
    result = CliRunner().invoke(main, [*args, "-o", str(out)])
    assert result.exit_code == 0 and result.output == ""
    assert {json.loads(line)["record_type"] for line in out.read_text().splitlines()} == {"ledger_entry"}


def test_ledger_command_rejects_bad_options_and_input(tmp_path):
    result = CliRunner().invoke(main, ["ledger", str(FIXTURES[0]), "--overdue-after", "soon"])
    assert result.exit_code == 2 and "60d" in result.output
    missing = CliRunner().invoke(main, ["ledger", str(tmp_path / "missing.jsonl")])
    assert missing.exit_code == 1 and "missing.jsonl: no such file" in missing.output
    bad = CliRunner().invoke(main, ["ledger", "-"], input="not json\n")
    assert bad.exit_code == 1 and "<stdin>:1: not JSON" in bad.output
    anonymous = CliRunner().invoke(main, ["ledger", "-"], input='{"record_type": "resolution", "text": "x"}\n')
    assert anonymous.exit_code == 1 and "without an id" in anonymous.output


@pytest.mark.parametrize("text,days", [("60d", 60), ("8w", 56), ("2m", 60), ("45", 45)])
def test_parse_period(text, days):
    assert parse_period(text) == timedelta(days=days)


def test_similarity_reads_words_not_case_or_lead_ins():
    assert similarity("Ask cabinet to adopt the plan.", "to ask cabinet to adopt the plan") == 1.0
    assert similarity("note the report.", "lobby government for funding") < 0.5
    assert similarity("The council sets a precept for 2012/13 of £11,400.",
                      "to set a precept of £11,400 for the financial year 2012/13.") >= 0.72
    # A lettered point inside a whole statement is found; shared words with another action are not enough.
    assert similarity("a metric around satisfaction with estates management; and",
                      "to ask cabinet to consider including: a) a metric around satisfaction with estates "
                      "management; and b) response times to antisocial behaviour complaints.") >= 0.72
    assert similarity("note the scrutiny committee work 2020-21.",
                      "to add pre-scrutiny of the procurement strategy to the scrutiny committee work programme "
                      "2020-21") < 0.72


def _row(pack: str, text: str, when: str, response: str, status: str) -> dict:
    return {"record_type": "recommendation", "id": f"{pack}/recommendation/tracker-p5-1", "pack_id": f"{pack}/pack",
            "origin": "tracker", "text": text, "meeting": {"date": when}, "response": response,
            "status_normalised": status, "source": {"file": f"{pack}.pdf", "sha256": pack * 4, "pages": [5]}}


def test_tracker_rows_of_later_packs_follow_the_first_one_without_a_resolution():
    # No pack record says when each pack met: the latest meeting a pack has rows of orders the packs.
    later, earlier = "eeeeeeeeeeee", "ffffffffffff"
    records = [
        _row(later, "ask officers to repaint the bandstand.", "2021-02-01", "completed", "completed"),
        _row(later, "note the bandstand works.", "2021-03-01", "", "open") | {"id": f"{later}/recommendation/t2"},
        _row(earlier, "ask officers to repaint the bandstand.", "2021-02-01", "Parks team to take forward",
             "in_progress"),
    ]
    entries = ledger_entries(records, as_of=AS_OF)
    (paint,) = [e for e in entries if "repaint" in e.text]
    assert [(e.record_id[:12], e.date) for e in paint.events] == [(earlier, "2021-02-01"), (later, "2021-03-01")]
    assert paint.status.value == "completed" and len(paint.links) == 1
    (works,) = [e for e in entries if "works" in e.text]
    assert works.status.value == "open" and not works.links


def test_a_report_links_only_to_a_decision_of_the_meeting_it_went_to():
    records = load(FIXTURES)
    for rec in records:
        if rec.get("record_type") == "pack" and rec["id"].startswith("a1a1"):
            rec["meeting_date"] = "2020-11-12"  # the report went to an earlier meeting than the resolution's
    (report,) = [e for e in ledger_entries(records, as_of=AS_OF) if e.origin == "report"]
    assert [e.event for e in report.events] == ["recommended"] and report.date == "2020-11-12"


def test_a_budget_report_recommendation_links_to_the_resolution_that_decided_it():
    records = [record_dict(r) for r in extract(sample("hertingfordbury-pc-minutes-2012-01-11.pdf"))]
    (precept,) = [e for e in ledger_entries(records, as_of=date(2012, 3, 1)) if "precept" in e.text]
    assert precept.origin == "resolution" and precept.date == "2012-01-11"
    assert [(e.event, e.date) for e in precept.events] == [("recommended", "2012-01-11"), ("resolved", "2012-01-11")]
    assert precept.events[0].text == "The council sets a precept for 2012/13 of £11,400."
    assert precept.links[0].date_agrees is True


def test_a_decision_worded_without_resolved_keeps_its_formula_in_the_ledger():
    pack = {"record_type": "pack", "id": "dddddddddddd/pack", "body": "Hollow Parish Council",
            "meeting_date": "2021-03-02"}
    meeting = {"body": "Hollow Parish Council", "date": "2021-03-02"}
    agreed = {"record_type": "resolution", "id": "dddddddddddd/resolution/agreed-1", "pack_id": pack["id"],
              "formula": "agreed", "text": "that the clerk ask the county council to repair the footpath.",
              "meeting": meeting}
    clause = {"record_type": "recommendation", "id": "dddddddddddd/recommendation/agreed-1-1",
              "pack_id": pack["id"], "origin": "resolution", "resolution_id": agreed["id"], "text": agreed["text"],
              "action": "ask", "category": "request", "owner": "the clerk", "meeting": meeting}
    old = {"record_type": "resolution", "id": "dddddddddddd/resolution/1", "pack_id": pack["id"],
           "text": "to ask the county council to mend the bus shelter roof.", "meeting": meeting}  # no formula: RESOLVED
    (first, second) = sorted(ledger_entries([pack, agreed, clause, old], as_of=AS_OF), key=lambda e: e.id)
    assert (first.formula, second.formula) == ("agreed", "resolved")
    assert [ev.formula for ev in first.events] == ["agreed"]
