"""Structure stages on real packs: agenda items, documents, meetings and minute items against hand-checked
expectations (tests/golden/structure/*.json), plus the rules' tables and the lookup other stages use."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from minutebook.cli import main
from minutebook.extract.text.dates import find_dates, find_times
from minutebook.extract.pages.furniture import mark_furniture
from minutebook.extract.structure.attendance import names
from minutebook.extract.pipeline import Context, extract
from minutebook.extract.pdf import OpenPdf
from minutebook.extract.pdf.read import load_pdf
from minutebook.extract.structure.build import find_structure

from conftest import SAMPLES, corpus_pdf, corpus_pdfs, fixture_pdf, needs_tesseract

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "structure"


def _cases():
    """Every golden names a PDF of samples/ or tests/corpus/, so all run in any clone."""
    for path in sorted(GOLDEN.glob("*.json")):
        yield pytest.param(path, corpus_pdf(f"{path.stem}.pdf"), id=path.stem)


_CACHE: dict[Path, tuple] = {}


def structure_of(pdf: Path):
    if pdf not in _CACHE:
        with OpenPdf(load_pdf(pdf)) as doc:
            ctx = Context(pdf=doc.pdf, pages=mark_furniture(list(doc.pages())))
            _CACHE[pdf] = (ctx, find_structure(ctx, doc.outline()))
    return _CACHE[pdf]


@pytest.mark.parametrize("golden,pdf", list(_cases()))
def test_structure_matches_hand_checked_golden(golden, pdf):
    want = json.loads(golden.read_text())
    ctx, found = structure_of(pdf)
    from minutebook.extract.pipeline import pack_record

    pack = pack_record(ctx, "pdfium", found)
    for field, value in want.get("pack", {}).items():
        assert getattr(pack, field) == value, field
    if "agenda_items" in want:
        spec = want["agenda_items"]
        assert len(found.agenda_items) == spec["count"]
        by_number = {a.number: a for a in found.agenda_items}
        for number, title in spec.get("titles", {}).items():
            assert by_number[number].title == title
        for number, (first, last) in spec.get("pages", {}).items():
            assert by_number[number].pages == list(range(first, last + 1))
    if "meetings" in want:
        assert len(found.meetings) == len(want["meetings"])
        for meeting, spec in zip(found.meetings, want["meetings"]):
            for field, value in spec.items():
                if field == "present_count":
                    assert len(meeting.present or []) == value
                elif field == "present_includes":
                    assert set(value) <= set(meeting.present or [])
                else:
                    assert getattr(meeting, field) == value, field
    if "minute_items" in want:
        spec = want["minute_items"]
        assert len(found.minute_items) == spec["count"]
        by_number = {m.number: m for m in found.minute_items}
        for number, title in spec.get("titles", {}).items():
            assert by_number[number].title == title
        if "title_list" in spec:
            assert [m.title for m in found.minute_items] == spec["title_list"]
    if "documents" in want:
        have = {(d.kind.value, d.pages[0]): d for d in found.documents}
        for spec in want["documents"]:
            doc = have[(spec["kind"], spec["first_page"])]
            if "agenda_item" in spec:
                assert doc.agenda_item == spec["agenda_item"]
    if "warnings" in want:
        messages = [w.message for w in found.warnings]
        for message in want["warnings"]:
            assert message in messages
        if not want["warnings"]:
            assert not [m for m in messages if m.startswith("no ")]


def _all_pdfs():
    return [pytest.param(p, id=p.stem) for p in corpus_pdfs()]


@pytest.mark.parametrize("pdf", _all_pdfs())
def test_every_record_quotes_text_that_is_on_its_pages(pdf):
    ctx, found = structure_of(pdf)
    for record in [*found.minute_items, *found.meetings, *found.agenda_items, *found.documents]:
        quote = record.source.quote
        if quote is None:
            continue
        text = " ".join(ctx.pages[n - 1].text for n in record.source.pages).split()
        assert set(quote.split()) <= set(text), record.id
        assert {box[0] for box in record.source.boxes or []} <= set(record.source.pages)
    for item in found.minute_items:
        # Stitched text leaves out running headers/footers and page labels.
        furniture = {ln.text for n in item.pages for ln in ctx.pages[n - 1].lines if ln.furniture}
        assert not any(line in furniture for line in item.text.splitlines()), item.id


def test_minute_text_is_stitched_across_pages_without_furniture():
    ctx, found = structure_of(SAMPLES / "norwich-scrutiny-2021-03-18-rendered.pdf")
    # Text stitched across pages 7-10 leaves out footers and blank-page notes.
    budget = next(m for m in found.minute_items if m.number == "5.")
    assert budget.pages == [7, 8, 9, 10] or budget.pages[:2] == [7, 8]
    assert "Page 8 of 56" not in budget.text and "intentionally left blank" not in budget.text
    assert "another challenging year" in budget.text


def test_ids_are_stable_and_readable():
    pdf = SAMPLES / "norwich-scrutiny-2021-03-18-rendered.pdf"
    first = [r.id for r in extract(pdf) if r.record_type in ("meeting", "minute_item", "agenda_item", "document")]
    again = [r.id for r in extract(pdf.read_bytes(), name="other-name.pdf")
             if r.record_type in ("meeting", "minute_item", "agenda_item", "document")]
    assert first == again
    sha12 = load_pdf(pdf).sha256[:12]
    assert f"{sha12}/meeting/m2021-02-04" in first
    assert f"{sha12}/minute_item/m2021-02-04-3" in first
    assert f"{sha12}/agenda_item/4" in first
    assert len(first) == len(set(first))


def test_item_at_finds_meeting_and_minute_item_of_a_position():
    ctx, found = structure_of(SAMPLES / "norwich-scrutiny-2021-03-18-rendered.pdf")
    # "RESOLVED to add pre-scrutiny ..." stands on page 7 at about 561pt, inside minute 4.
    place = found.item_at(7, 561.0)
    assert place.meeting is not None and place.meeting.date == "2021-02-04"
    assert place.minute_item is not None and place.minute_item.number == "4."
    assert place.document is not None and place.document.kind.value == "minutes"
    # The tracker on page 30 is no minute item.
    later = found.item_at(30, 100.0)
    assert later.minute_item is None and later.document.kind.value == "tracker"


def test_extract_emits_structure_records_after_pages():
    kinds = [r.record_type for r in extract(SAMPLES / "milburn-pc-minutes-2020-07-14.pdf")]
    assert kinds[0] == "pack"
    last_page = max(i for i, k in enumerate(kinds) if k == "page")
    assert {"document", "meeting", "minute_item", "warning"} <= set(kinds[last_page + 1:])
    pack = next(extract(SAMPLES / "milburn-pc-minutes-2020-07-14.pdf"))
    assert pack.meeting_ids and pack.document_ids


@pytest.mark.parametrize("text,dates", [
    ("Date: Thursday, 18 March 2021", ["2021-03-18"]),
    ("HELD ON 14TH SEPTEMBER 2016 AT 19.00", ["2016-09-14"]),
    ("Monday, 2nd October, 2023 6.00 pm", ["2023-10-02"]),
    ("Minutes from Monday, January 29, 2018", ["2018-01-29"]),
    ("15/04/2010", ["2010-04-15"]),
    ("CYFARFOD 9fed MAI 2018", ["2018-05-09"]),
    ("31st February 2020", []),
    # the forms trackers print, found by the same finder
    ("Agreed 12.05.22; report back 15.04.2023", ["2022-05-12", "2023-04-15"]),
    ("due 12-Oct-21", ["2021-10-12"]), ("as at 2021-10-12", ["2021-10-12"]),
    ("02/13/2021 (month first: 13 cannot be a month)", ["2021-02-13"]),
    ("paragraph 1.2.10 of the report", []),  # a paragraph's number, not 1 February 2010
    ("held on the 5th day of March, 2024", ["2024-03-05"]),
    ("Thursday 18 March 2021 and Friday 19 March 2021", ["2021-03-18", "2021-03-19"]),
])
def test_find_dates(text, dates):
    assert [f.value for f in find_dates(text)] == dates


@pytest.mark.parametrize("text,times", [
    ("16:30 to 18:40", ["16:30", "18:40"]),
    ("at 7.30pm in the school", ["19:30"]),
    ("at 1900.", ["19:00"]),
    ("a grant of £2.50 and 3.5%", []),
])
def test_find_times(text, times):
    assert [f.value for f in find_times(text)] == times


@pytest.mark.parametrize("text,expected", [
    ("Councillors Wright (chair), Carlo, Fulton-McAlister (M) and Thomas (Vi)",
     ["Wright (chair)", "Carlo", "Fulton-McAlister (M)", "Thomas (Vi)"]),
    ("Councillor V.J. Bailey (Chairman); Councillors Mrs. P. Drake, V.P. Driscoll",
     ["V.J. Bailey (Chairman)", "Mrs. P. Drake", "V.P. Driscoll"]),
    ("Councillor J.C. Bird (Cabinet Member for Regeneration and Planning), Councillor L. Burnett",
     ["J.C. Bird (Cabinet Member for Regeneration and Planning)", "L. Burnett"]),
    ("None", []),
])
def test_names(text, expected):
    assert names(text) == expected


def test_outline_command_prints_tree():
    result = CliRunner().invoke(main, ["outline", str(SAMPLES / "hertingfordbury-pc-minutes-2012-01-11.pdf")])
    assert result.exit_code == 0, result.output
    assert "meeting " in result.output and "109. 2012/13 BUDGET" in result.output
    assert "warning [segment] no agenda found" in result.output
    assert "Example:" in CliRunner().invoke(main, ["outline", "--help"]).output
    # each minute item's decisions under it, with their formula
    lines = result.output.splitlines()
    budget = lines.index(next(line for line in lines if "109. 2012/13 BUDGET" in line))
    assert lines[budget + 1].strip().startswith("[resolved] p")
    confidential = next(n for n, line in enumerate(lines) if "CONFIDENTIAL MATTERS" in line)
    assert lines[confidential + 1].strip() == "[agreed] p3: The minutes of Part 2 of the meeting of 14th December"


@needs_tesseract
def test_outline_reads_pages_as_extract_does_so_a_scan_is_ocrd():
    from minutebook.outline import outline_of

    scan = corpus_pdf("port-of-alsea-budget-resolution-2018-05-23.pdf")
    pack = next(extract(scan))
    lines = outline_of(scan)
    # the pack line carries what extract found on the OCR'd page, not the nothing of an unread scan
    assert pack.body and f"body={pack.body}" in lines[0]
    assert not any(line.startswith("  other ") for line in lines)
    problems = []
    assert any(line.startswith("  other ") for line in outline_of(scan, ocr=False, report=problems.append))
    assert [p.kind for p in problems] == ["no_text_layer"]


def test_outline_of_a_damaged_file_is_a_message_not_a_traceback():
    result = CliRunner().invoke(main, ["outline", str(fixture_pdf("truncated.pdf"))])
    assert result.exit_code == 1
    assert "download the file again" in result.output


@pytest.mark.parametrize("name", ["milburn-pc-minutes-2020-07-14.pdf", "hertingfordbury-pc-minutes-2012-01-11.pdf"])
def test_both_engines_give_the_same_structure(name):
    def shape(engine):
        with OpenPdf(load_pdf(SAMPLES / name), engine) as doc:
            found = find_structure(Context(pdf=doc.pdf, pages=mark_furniture(list(doc.pages()))), doc.outline())
        return ([(d.kind, d.pages) for d in found.documents], [(m.date, m.body, m.present) for m in found.meetings],
                [(i.number, i.title, i.pages) for i in found.minute_items])

    assert shape("pdfium") == shape("pdfplumber")


def test_annotate_fills_meeting_and_item_of_a_decision_record():
    from minutebook.models import MeetingRef, Resolution, Recommendation

    ctx, found = structure_of(SAMPLES / "norwich-scrutiny-2021-03-18-rendered.pdf")
    box = (7, 69.5, 560.9, 500.0, 573.0)  # "RESOLVED to add pre-scrutiny ..." under minute 4
    resolution = Resolution(id="x/resolution/1", text="to add pre-scrutiny", source=ctx.source([7], boxes=[box]))
    done = found.annotate(resolution)
    assert done.meeting == MeetingRef(body="Scrutiny Committee", date="2021-02-04")
    assert (done.item.number, done.item.title) == ("4.", "Scrutiny committee work programme 2020-21")
    assert done.meeting_id.endswith("/meeting/m2021-02-04") and done.minute_item_id.endswith("/minute_item/m2021-02-04-4")
    assert done.document_id.endswith("/document/3-minutes")
    # A tracker row keeps the meeting it is grouped under; it only gains the document it stands in.
    row = Recommendation(id="x/recommendation/1", origin="tracker", text="note", meeting=MeetingRef(date="2020-12-17"),
                         source=ctx.source([30], boxes=[(30, 70.0, 100.0, 500.0, 112.0)]))
    kept = found.annotate(row)
    assert kept.meeting == MeetingRef(date="2020-12-17") and kept.minute_item_id is None
    assert kept.document_id.endswith("-tracker") and kept.agenda_item_id.endswith("/agenda_item/7")


@pytest.mark.parametrize("text,note", [
    ("Thursday, 18 March 2021", None),
    ("on Wednesday 8th January 2017 at 1900", "Wednesday 8th January 2017 is printed, but 2017-01-08 was a Sunday"),
    ("8th January 2017", None),
])
def test_weekday_that_does_not_match_the_date_is_noted(text, note):
    from minutebook.extract.text.dates import find_date, weekday_mismatch

    assert weekday_mismatch(text, find_date(text)) == note


def test_span_index_finds_the_span_a_linear_scan_finds():
    """`item_at` searches spans from the last that starts at or before a place; it must answer as scanning
    every span from the last added would, for nested, touching, open-ended and out-of-order spans."""
    import random

    from minutebook.extract.pages.layout import Pos
    from minutebook.extract.structure.build import _SpanIndex

    def scan(spans, pos):
        return next((sp for sp in reversed(spans) if sp[0] <= pos and (sp[1] is None or pos < sp[1])), None)

    rng = random.Random(7)
    for trial in range(200):
        spans, page = [], 1
        for n in range(rng.randint(0, 30)):
            page += rng.randint(0, 3)
            start = Pos(page, float(rng.choice([0, 100, 300])))
            end = None if rng.random() < 0.1 else Pos(page + rng.randint(0, 6), float(rng.choice([0, 200, 500])))
            spans.append((start, end, n))
        if trial % 5 == 0:
            rng.shuffle(spans)
        index = _SpanIndex(spans)
        for _ in range(40):
            pos = Pos(rng.randint(0, page + 8), float(rng.choice([0, 50, 100, 250, 600])))
            assert index.last_holding(pos) == scan(spans, pos)
