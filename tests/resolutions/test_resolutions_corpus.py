"""The resolutions stage on real PDFs: sample goldens, the corpus score, evidence checks, hard cases.

The PDFs are in the repository (samples/, tests/corpus/); the tests that compare with the gold annotations or run
the scorer need ../shared beside the checkout."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from minutebook.extract.pipeline import extract

from conftest import CORPUS2, GOLD, ROOT, SHARED, corpus2_pdfs, corpus_pdf, corpus_pdfs, needs_corpus2, needs_gold, sample

GOLDEN = ROOT / "tests" / "golden" / "resolutions"
SAMPLES = ["hertingfordbury-pc-minutes-2012-01-11.pdf", "milburn-pc-minutes-2020-07-14.pdf",
           "norwich-scrutiny-2021-03-18-rendered.pdf"]
SCORER = SHARED / "eval" / "score.py"


#: The words each formula is printed as (its forms, the "Decision:" label).
FORMULA_WORDS = {"agreed": ("agreed", "agrees"), "approved": ("approved", "approves"),
                 "decided": ("decided", "decides", "decision"), "carried": ("carried", "carries"),
                 "recommended": ("recommended",), "adopted": ("adopted", "adopts")}


def resolutions_of(path: Path, formula: str | None = "resolved") -> list[dict]:
    """The pack's resolution records worded with `formula` (None: every formula)."""
    return [r.model_dump(mode="json", exclude_none=True) for r in extract(path)
            if r.record_type == "resolution" and (formula is None or r.formula.value == formula)]


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_resolutions_match_golden(name, regen):
    got = resolutions_of(sample(name), None)
    golden = GOLDEN / (Path(name).stem + ".jsonl")
    if regen:
        golden.write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in got))
    expected = [json.loads(line) for line in golden.read_text().splitlines()]
    assert got == expected


@needs_gold
def test_corpus_score_meets_the_bar(tmp_path):
    if not SCORER.is_file():
        pytest.skip("../shared/eval/score.py is not beside the checkout")
    out = tmp_path / "all.jsonl"
    with out.open("w") as f:
        for pdf in corpus_pdfs():
            for record in extract(pdf):
                if record.record_type == "resolution":
                    f.write(record.model_dump_json(exclude_none=True) + "\n")
    run = subprocess.run([sys.executable, str(SCORER), "--gold", str(GOLD / "all.jsonl"),
                          "--only-gold-files", "--exclude", "port-of-alsea-budget-resolution-2018-05-23.pdf",
                          str(out)], capture_output=True, text=True, check=True)
    last = run.stdout.strip().splitlines()[-1].split()
    figures = dict(zip(last[1::2], map(float, last[2::2])))
    assert figures["F1"] >= 0.97 and figures["exact"] >= 0.95, run.stdout


@needs_corpus2
def test_corpus2_score_meets_the_bar(tmp_path):
    """The second corpus (US resolutions, Canadian Hansard, a Scottish community council): RESOLVED F1 1.000,
    exact 0.970 when this gate was set (issue 15; it was 0.869 / 0.892 before)."""
    if not SCORER.is_file():
        pytest.skip("../shared/eval/score.py is not beside the checkout")
    out = tmp_path / "all2.jsonl"
    with out.open("w") as f:
        for pdf in corpus2_pdfs():
            # the scans in corpus2 carry their own text layer but one (no RESOLVED in it): no OCR needed here
            for record in extract(pdf, ocr=False):
                if record.record_type == "resolution":
                    f.write(record.model_dump_json(exclude_none=True) + "\n")
    run = subprocess.run([sys.executable, str(SCORER), "--gold", str(CORPUS2.parent / "gold" / "all.jsonl"),
                          "--only-gold-files", str(out)], capture_output=True, text=True, check=True)
    last = run.stdout.strip().splitlines()[-1].split()
    figures = dict(zip(last[1::2], map(float, last[2::2])))
    assert figures["F1"] >= 0.99 and figures["exact"] >= 0.96, run.stdout


@pytest.mark.parametrize("pdf", corpus_pdfs(), ids=lambda p: p.name)
def test_every_quote_stands_on_its_pages(pdf):
    records = list(extract(pdf))
    pages = {r.number: r for r in records if r.record_type == "page"}
    assert not [r for r in records if r.record_type == "error" and r.stage == "resolutions"]
    for r in records:
        if r.record_type != "resolution":
            continue
        body = "\n".join(pages[n].text for n in r.source.pages)
        for piece in r.source.quote.split("\n"):
            assert piece.strip() in body
        quote = r.source.quote.lower()
        if r.formula.value == "resolved":
            assert quote.startswith(("resolved", "r e s o l v e d")) or "resolved" in quote.split("\n")[0]
        else:  # the formula word stands in the quote (a carried motion's words come before "carried")
            assert any(word in quote for word in FORMULA_WORDS[r.formula.value]), (r.formula, quote)
        assert {b[0] for b in r.source.boxes} == set(r.source.pages)


def _by_text(pdf: str) -> dict[str, dict]:
    return {r["text"]: r for r in resolutions_of(corpus_pdf(pdf))}


def test_statement_split_over_a_page_break():
    found = _by_text("stevenage-licensing-2021-08-16.pdf")
    text = ("that the application be refused on the basis of Public Safety and the evidence provided at the hearing "
            "from the British Transport Police, Hertfordshire Constabulary and the Applicant, in conjunction with "
            "the Council\u2019s Licensing Policy and stated Licensing Objectives.")
    assert found[text]["source"]["pages"] == [2, 3]


def test_bulleted_amendment_runs_across_the_page_and_stops_at_narrative():
    (record,) = resolutions_of(corpus_pdf("fenland-council-2013-12-19.pdf"))
    assert record["text"].endswith("these figures were increasing.")
    assert record["clauses"][0].startswith("Minutes 36/13 to read")
    assert record["source"]["pages"] == [1, 2]


def test_payments_rows_each_a_statement_with_subject():
    found = [r for r in resolutions_of(corpus_pdf("milburn-pc-minutes-2017-03-17.pdf")) if r.get("subject")]
    assert ("to pay", "Village Hall Fees \u00a3 40.00") in [(r["text"], r["subject"]) for r in found]
    assert sum(1 for r in found if r["text"] == "to Sign") == 5


def test_no_statement_in_packs_that_decide_without_the_word():
    for name in ["baltimore-boe-minutes-2010-03-17.pdf", "dover-cabinet-2023-10-02.pdf",
                 "manordeilo-salem-cc-minutes-2017-05-10.pdf", "hertingfordbury-pc-agenda-2017-02-08.pdf"]:
        assert resolutions_of(corpus_pdf(name)) == [], name


def _words(text: str) -> list[str]:
    import re

    return re.findall(r"[a-z0-9]+", text.lower())


@needs_gold
def test_clauses_match_the_gold_clause_split():
    gold: dict[tuple[str, str], list[str]] = {}
    for line in (GOLD / "clauses.jsonl").read_text().splitlines():
        row = json.loads(line)
        if not row.get("none"):
            gold.setdefault((row["file"], row["statement"]), []).append(row["text"])
    cache: dict[str, list[dict]] = {}
    for (name, statement), clauses in gold.items():
        found = cache.setdefault(name, resolutions_of(corpus_pdf(name)))
        mine = [r for r in found if _words(r["text"]) == _words(statement)]
        assert mine, (name, statement)
        # identical statements (the same formula twice) each carry the gold's clauses
        per_statement = max(1, len(clauses) // len(mine))
        assert [_words(c) for c in mine[0]["clauses"]] == [_words(c) for c in clauses[:per_statement]]


@needs_gold
def test_subjects_match_the_gold_subjects():
    gold = [json.loads(line) for line in (GOLD / "all.jsonl").read_text().splitlines()]
    gold = [g for g in gold if g.get("subject")]
    cache: dict[str, list[dict]] = {}
    used: set[int] = set()
    same = 0
    for g in gold:
        found = cache.setdefault(g["file"], resolutions_of(corpus_pdf(g["file"])))
        for r in found:
            if id(r) not in used and _words(r["text"]) == _words(g["text"]) and g["page"] in r["source"]["pages"]:
                used.add(id(r))
                same += _words(r.get("subject") or "") == _words(g["subject"])
                break
    # the gold adds its own clarifications to a few ("Support for this (Cllr O'Leary taking the CLCA course)")
    assert same >= 0.8 * len(gold), (same, len(gold))
