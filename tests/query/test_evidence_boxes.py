"""The evidence page as a reader checks it: outlines that start at the first quoted word (measured against the
words the PDF draws), clause cards after their resolution, a list of decisions, OCR said, tracker answers."""
from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from minutebook.extract.emit import record_dict
from minutebook.extract.pdf.read import load_pdf
from minutebook.extract.pdf import OpenPdf
from minutebook.extract.pipeline import extract
from minutebook.query.evidence import evidence_for_records
from minutebook.query.evidence_boxes import find_phrase, norm, snap
from minutebook.query.evidence_html import PAD, render

from conftest import sample

SAMPLES = ["norwich-scrutiny-2021-03-18-rendered.pdf", "hertingfordbury-pc-minutes-2012-01-11.pdf",
           "milburn-pc-minutes-2020-07-14.pdf"]


@pytest.fixture(scope="module", params=SAMPLES)
def shown(request):
    pdf = load_pdf(sample(request.param))
    records = [record_dict(r) for r in extract(pdf.source, name=pdf.name)]
    doc = OpenPdf(pdf)
    yield doc, records, evidence_for_records(doc, records)
    doc.close()


def _articles(html: str) -> list[tuple[str, str]]:
    section = html.split('<section id="decisions">')[1].split("</section>")[0]
    return re.findall(r'<article class="decision[^"]*" id="([^"]+)">(.*?)</article>', section, re.S)


def test_each_outline_starts_at_the_first_quoted_word_as_the_pdf_draws_it(shown):
    pdf, records, html = shown
    by_id = {r["id"]: r for r in records}
    pages = {p for r in records for p in (r.get("source") or {}).get("pages") or []}
    words = pdf.words(pages)
    checked = 0
    for record_id, body in _articles(html):
        first = re.search(r'aria-label="page (\d+)".*?<rect class="hl" x="([\d.]+)" y="([\d.]+)" '
                          r'width="[\d.]+" height="([\d.]+)"', body, re.S)
        if not first:
            continue  # a clause card: drawn in its resolution's image
        page, x, y, height = int(first[1]), float(first[2]) + PAD, float(first[3]) + PAD, float(first[4]) - 2 * PAD
        quote = by_id[record_id]["source"]["quote"]
        on_line = [w for w in words[page] if y - 1 <= (w.top + w.bottom) / 2 <= y + height + 1]
        starting = [w for w in on_line if abs(w.x0 - x) < 0.05]
        assert starting, (record_id, quote[:40], x)
        assert norm(starting[0].text) == norm(quote.split()[0]), (record_id, starting[0].text, quote[:40])
        checked += 1
    assert checked >= 5


def test_a_clause_card_follows_its_resolution_without_its_page_image_again(shown):
    _, records, html = shown
    order = [record_id for record_id, _ in _articles(html)]
    bodies = dict(_articles(html))
    clauses = [r for r in records if r["record_type"] == "recommendation" and r.get("origin") == "resolution"]
    assert clauses
    for clause in clauses:
        here, parent = order.index(clause["id"]), order.index(clause["resolution_id"])
        assert parent < here and all(order[k].startswith(clause["resolution_id"].split("/resolution/")[0])
                                     and "/recommendation/" in order[k] for k in range(parent + 1, here + 1))
        assert "<figure" not in bodies[clause["id"]] and "its resolution</a> above" in bodies[clause["id"]]


def test_a_compact_list_of_the_decisions_comes_first(shown):
    _, records, html = shown
    decisions = [r for r in records if r["record_type"] in ("resolution", "recommendation")]
    listed = html.split('<section id="list">')[1].split("</section>")[0]
    assert html.index('<section id="list">') < html.index('<section id="decisions">')
    assert sorted(re.findall(r'<a href="#([^"]+)">', listed)) == sorted(r["id"] for r in decisions)
    assert "<figure" not in listed


def test_a_tracker_card_outlines_the_response_and_status_too():
    pdf = load_pdf(sample("norwich-scrutiny-2021-03-18-rendered.pdf"))
    records = [record_dict(r) for r in extract(pdf.source, name=pdf.name)]
    with OpenPdf(pdf) as doc:
        html = evidence_for_records(doc, records)
    bodies = dict(_articles(html))
    trackers = [r for r in records if r.get("origin") == "tracker"]
    answered = [r for r in trackers if 'class="hl-answer"' in bodies[r["id"]]]
    assert len(answered) >= len(trackers) // 2
    row = next(r for r in trackers if r["text"] == "note the scrutiny committee work 2020-21.")
    assert row["response"] == "completed" and 'class="hl-answer"' in bodies[row["id"]]
    assert not any('class="hl-answer"' in b for i, b in bodies.items() if "/resolution/" in i)


@dataclass(frozen=True)
class W:
    text: str
    x0: float
    top: float = 100.0
    x1: float = 0.0
    bottom: float = 110.0


LINE = [W("RESOLVED", 72.0, x1=140.0), W("to", 144.0, x1=154.0), W("suspend", 157.0, x1=200.0),
        W("standing", 204.0, x1=250.0), W("orders.", 254.0, x1=290.0)]


@pytest.mark.parametrize("box, quote, expected", [
    # the estimate starts inside "RESOLVED": the outline starts at "to"
    ([1, 120.0, 99.0, 290.0, 111.0], "to suspend standing orders.", (144.0, 290.0)),
    # ... or a little into "to" itself
    ([1, 149.0, 99.0, 285.0, 111.0], "to suspend standing orders.", (144.0, 290.0)),
    # the quote takes in "RESOLVED": it starts there, whatever the case or punctuation
    ([1, 80.0, 99.0, 270.0, 111.0], "Resolved, to suspend standing", (72.0, 250.0)),
    # near miss: a first word the line does not hold leaves the box as estimated
    ([1, 120.0, 99.0, 290.0, 111.0], "that standing orders", (120.0, 290.0)),
    # near miss: words on another line are not used
    ([1, 120.0, 300.0, 290.0, 311.0], "to suspend", (120.0, 290.0)),
])
def test_snap_moves_an_edge_only_to_a_word_of_the_quote_on_its_line(box, quote, expected):
    (page, x0, top, x1, bottom), = snap([box], quote, {1: LINE})
    assert (x0, x1) == expected and (page, top, bottom) == (1, box[2], box[4])


def test_find_phrase_follows_a_cell_across_the_lines_of_a_table_row():
    row = [W("Ask", 72, 100, 90, 110), W("cabinet", 92, 100, 130, 110), W("Strategy", 300, 100, 340, 110),
           W("team", 342, 100, 365, 110), W("to", 367, 100, 375, 110),
           W("to", 72, 112, 80, 122), W("report", 82, 112, 110, 122), W("take", 300, 112, 320, 122),
           W("forward", 322, 112, 360, 122)]
    assert find_phrase("Strategy team to take forward", 5, row) == [(5, 300, 100, 375, 110), (5, 300, 112, 360, 122)]
    assert find_phrase("Democratic services to take forward", 5, row) == []  # near miss: not printed here


def test_the_page_says_which_pages_were_read_by_ocr():
    pack = {"record_type": "pack", "id": "x/pack", "files": ["scan.pdf"], "source": {"file": "scan.pdf"}}
    pages = [{"record_type": "page", "id": f"x/page/{n}", "number": n, "ocr": n > 1, "ocr_confidence": 0.8}
             for n in (1, 2, 3)]
    html = render([pack, *pages], images={})
    assert "Read by OCR:</b> pages 2, 3" in html and "0.80" in html
    assert "Read by OCR" not in render([pack, pages[0]], images={})
