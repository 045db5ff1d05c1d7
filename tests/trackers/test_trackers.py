"""Tracker recommendations: the hard cases of the seed's tracker, and a tracker laid out another way."""
from __future__ import annotations

import pytest

from minutebook.extract.pdf.tables import ruled_tables
from minutebook.extract.pipeline import extract
from minutebook.extract.text.dates import leading_date
from minutebook.extract.trackers.responses import normalise_status, owner_in
from minutebook.extract.trackers.layout import Entry, Span, clean
from minutebook.extract.trackers.find import date_doubts, read_groups

from conftest import sample
from pdfmaker import grid, make_pdf, shade, text

NORWICH = sample("norwich-scrutiny-2021-03-18-rendered.pdf")


@pytest.fixture(scope="module")
def norwich():
    return [r for r in extract(NORWICH) if r.record_type in ("recommendation", "page")]


@pytest.fixture(scope="module")
def rows(norwich):
    return [r for r in norwich if r.record_type == "recommendation" and r.origin.value == "tracker"]


def find(rows, start):
    hits = [r for r in rows if r.text.startswith(start)]
    assert len(hits) == 1, f"{start!r}: {len(hits)} records"
    return hits[0]


def test_bulleted_cell_gives_one_record_per_bullet_without_lead_in(rows):
    letters = ["the percentage of not for profit", "council owned shop occupancy rates; and",
               "Norwich market occupancy rates."]
    for start in letters:
        assert find(rows, start).source.pages == [28]
    assert not [r for r in rows if "priority to ask cabinet to consider including metrics to measure" in r.text]
    assert not [r for r in rows if "consider including;" in r.text]


def test_rows_under_a_date_heading_on_the_previous_page(rows):
    # "21 January 2021" heads the group on page 27; its lettered rows continue on page 28.
    assert find(rows, "council owned shop occupancy").meeting.date == "2021-01-21"
    # "15 October 2020" stands on page 31; the last bullet of its cell is the first row of page 32.
    late = find(rows, "ask the chair to work with the strategy manager")
    assert late.source.pages == [32] and late.meeting.date == "2020-10-15"


def test_table_breaking_across_pages_keeps_its_response_and_rows(rows):
    # The response cell starts "Taken to cabinet on 16" on page 28 and runs on over the page break.
    first = find(rows, "look at how the council communicates")
    assert first.response.startswith("Taken to cabinet on 16 December 2020, response; In response")
    assert first.response.endswith("RESOLVED to note the recommendations made at the meeting of scrutiny.")
    assert first.meeting.date == "2020-11-19" and first.source.pages == [29]
    # A recommendation split over two rows of the table is one record.
    joined = find(rows, "contacting tenants who the council had previously contacted with improvement notices")
    assert joined.text.endswith("early intervention.")


def test_shaded_rows_read_as_completed(rows):
    tables = ruled_tables(NORWICH.read_bytes(), [28])[28]
    shaded = [" ".join(c.text for c in row.cells) for t in tables for row in t.rows if any(c.shaded for c in row.cells)]
    assert any("note the draft equalities information report." in s for s in shaded)
    assert not any("ask for a member's briefing" in s for s in shaded)
    assert find(rows, "note the update of the NHOSC representative.").status_normalised.value == "completed"
    shaded_row = find(rows, "ask Councillor McCartney-Gray")
    assert shaded_row.status is None and shaded_row.status_normalised.value == "completed"  # nothing printed


def test_response_cell_shared_by_several_recommendations(rows):
    for start in ("a metric around satisfaction", "response times to antisocial", "Norwich market occupancy"):
        rec = find(rows, start)
        assert rec.response == "Strategy team to take forward"
        assert rec.owner == "Strategy team" and rec.status_normalised.value == "in_progress"
        # The lead-in left out of the text still gives the action; whom it asks stays among the addressees.
        assert (rec.action, rec.category.value, rec.addressees) == ("ask", "request", ["cabinet"])
    # "completed Democratic services to" / "take forward": two responses printed across two rows.
    assert find(rows, "note the draft equalities").response == "completed"
    assert find(rows, "ask for a member's briefing").response == "Democratic services to take forward"
    # A response printed after a list covers the list.
    assert find(rows, "looking at alternative sources of income").response.startswith(
        "all recommendations taken to Cabinet on 10 June 2020")


def test_printing_noise_is_not_part_of_any_text(rows):
    for rec in rows:
        for noise in ("e e e", "ook", "cid", "The state of the s", "pabinet"):
            assert f" {noise} " not in f" {rec.text} "
    assert find(rows, "note the scrutiny committee work").text == "note the scrutiny committee work 2020-21."


def _latin(text: str) -> str:
    """Text without spaces and without the garbled non-Latin glyphs the two PDF libraries decode differently."""
    return "".join(ch for ch in text if ch.isascii() and not ch.isspace())


def test_tracker_rows_point_at_the_tracker_document(rows):
    assert {r.document_id.rsplit("/", 1)[1] for r in rows} == {"8-tracker"}
    assert {r.meeting.body for r in rows} == {"Scrutiny committee"}


def test_every_tracker_record_points_at_its_page(norwich, rows):
    pages = {r.number: _latin(r.text) for r in norwich if r.record_type == "page"}
    assert len(rows) >= 70
    for rec in rows:
        for line in rec.source.quote.splitlines():
            assert any(_latin(line) in pages[p] for p in rec.source.pages), line
        assert {box[0] for box in rec.source.boxes} <= set(rec.source.pages)
    assert len({r.id for r in rows}) == len(rows)


HEADER = ("Date", "Recommendation", "Response", "Status", "Officer")


def _tracker_page(rows, title=None, header=HEADER, xs=(50, 130, 330, 450, 510, 560)):
    ops, top = [], 60
    if title:
        ops.append(text(60, 40, title, 16, bold=True))
        top = 80
    xs = list(xs)
    ys, y = [top], top
    for row in [header, *rows]:
        height = 16 * max(len(c.split("\n")) for c in row) + 6
        if row[3] == "Complete":
            ops.append(shade(xs[0], y, xs[-1], y + height))
        for x, cell in zip(xs, row):
            for k, line in enumerate(cell.split("\n")):
                ops.append(text(x + 3, y + 4 + 16 * k, line, 9))
        y += height
        ys.append(y)
    return ops + grid(xs, ys)


def test_tracker_with_header_row_and_status_column(tmp_path):
    pdf = tmp_path / "log.pdf"
    pdf.write_bytes(make_pdf([
        _tracker_page([("12 May 2022", "Ask cabinet to review\nparking charges.", "Agreed by cabinet\n3 June 2022",
                        "Complete", "Head of\nparking"),
                       ("12 May 2022", "Request a briefing on\nhousing repairs.", "Report to July\nmeeting",
                        "Ongoing", "Housing\nmanager")], title="Overview and scrutiny action log"),
        _tracker_page([("9 June 2022", "Note the update on the\nleisure contract.", "", "Open", "")]),
    ]))
    got = [r for r in extract(pdf) if r.record_type == "recommendation"]
    assert [(r.text, r.meeting.date, r.status, r.status_normalised.value, r.owner) for r in got] == [
        ("Ask cabinet to review parking charges.", "2022-05-12", "Complete", "completed", "Head of parking"),
        ("Request a briefing on housing repairs.", "2022-05-12", "Ongoing", "in_progress", "Housing manager"),
        ("Note the update on the leisure contract.", "2022-06-09", "Open", "open", None),
    ]
    assert got[2].source.pages == [2]  # the header repeated on page 2 is not a recommendation


def test_header_columns_name_the_fields_and_unnamed_ones_are_ignored(tmp_path):
    header = ("Minute no.", "Scrutiny recommendation", "Cabinet response", "RAG status", "Lead officer")
    pdf = tmp_path / "tracker.pdf"
    pdf.write_bytes(make_pdf([[text(60, 30, "Intro: this report lists what cabinet said.", 10)] + _tracker_page([
        ("12a", "That cabinet funds two\nmore wardens.", "Accepted; to start\nin April", "Amber", "Community\nsafety lead"),
        ("14", "That the car park\ncharges are frozen.", "Rejected", "Red", ""),
    ], title="Scrutiny recommendations tracker", header=header)]))
    got = [r for r in extract(pdf) if r.record_type == "recommendation"]
    assert [(r.text, r.status, r.status_normalised.value, r.owner, r.response) for r in got] == [
        ("That cabinet funds two more wardens.", "Amber", "in_progress", "Community safety lead",
         "Accepted; to start in April"),
        ("That the car park charges are frozen.", "Red", "in_progress", None, "Rejected"),
    ]


def _para(top, words, bold=False):
    return Entry(page=1, top=top, kind="para", bold=bold, text=[Span(1, clean(words), words, (0, top, 100, top + 10))])


def test_response_after_a_list_covers_it_and_a_surplus_one_goes_to_the_group_without():
    entries = [
        _para(10, "3 March 2021 Parks", bold=True), _para(20, "• ask officers to cut the grass."),
        _para(40, "1 April 2021 Libraries", bold=True), _para(50, "• open on Sundays."),
        _para(60, "completed"), _para(70, "completed"),
    ]
    groups = read_groups(entries)
    assert [(g.date, g.topic, [i.text for i in g.items]) for g in groups] == [
        ("2021-03-03", "Parks", ["ask officers to cut the grass."]),
        ("2021-04-01", "Libraries", ["open on Sundays."]),
    ]
    assert all(g.items[0].response and g.items[0].response.text == "completed" for g in groups)


@pytest.mark.parametrize("response,status", [
    ("completed", "completed"), ("all completed", "completed"), ("Strategy team to take forward", "in_progress"),
    ("on scrutiny agenda for 21 January", "in_progress"),
    ("Taken to cabinet on 16 December 2020, response; RESOLVED to note the recommendations.", "completed"),
    ("Considered by budget cabinet 10 February, the Section 151 officer to take forward", "in_progress"),
    ("", "open"), ("Under discussion with the county", "unknown"),
])
def test_normalise_status(response, status):
    assert normalise_status(response).value == status


@pytest.mark.parametrize("response,owner", [
    ("Cllr McCartney-Gray to take forward. Report back on scrutiny agenda for 18 March 2021.", "Cllr McCartney-Gray"),
    ("democratic services to take forward", "democratic services"),
    ("completed", None),
])
def test_owner_in_response(response, owner):
    assert owner_in(response) == owner


@pytest.mark.parametrize("words,expected", [
    ("4 February 2022", ("2022-02-04", "")), ("17 September 2020 Work programme", ("2020-09-17", "Work programme")),
    ("Thursday 18th March 2021", ("2021-03-18", "")), ("18/03/2021 Budget", ("2021-03-18", "Budget")),
    ("12.05.22", ("2022-05-12", "")), ("March 3, 2022 Parks", ("2022-03-03", "Parks")),
    ("Taken to cabinet on 16 December 2020", None), ("31 February 2021", None),
])
def test_leading_date(words, expected):
    assert leading_date(words) == expected


def test_unruled_tracker_columns_come_from_its_header_words(tmp_path):
    ops = [text(60, 40, "Cabinet responses to scrutiny", 14, bold=True)]
    cols = [50, 140, 330, 470]
    for x, head in zip(cols, ["Meeting date", "Recommendation", "Executive response", "Status"]):
        ops.append(text(x, 80, head, 9, bold=True))
    rows = [("3 March 2022", ["That cabinet reviews the", "grass cutting contract."], ["Agreed; Head of",
             "parks to report back."], "Ongoing"),
            ("3 March 2022", ["That a members' briefing", "on flooding is arranged."], ["Briefing held 4 May."], "Complete"),
            ("7 April 2022", ["That the leisure strategy", "is published online."], [], "Not started")]
    y = 104
    for when, rec, resp, status in rows:
        ops += [text(cols[0], y, when, 9), text(cols[3], y, status, 9)]
        ops += [text(cols[1], y + 12 * k, line, 9) for k, line in enumerate(rec)]
        ops += [text(cols[2], y + 12 * k, line, 9) for k, line in enumerate(resp)]
        y += 12 * max(len(rec), len(resp)) + 14
    pdf = tmp_path / "responses.pdf"
    pdf.write_bytes(make_pdf([ops]))
    got = [r for r in extract(pdf) if r.record_type == "recommendation"]
    assert [(r.text, r.meeting.date, r.response, r.status_normalised.value) for r in got] == [
        ("That cabinet reviews the grass cutting contract.", "2022-03-03", "Agreed; Head of parks to report back.",
         "in_progress"),
        ("That a members' briefing on flooding is arranged.", "2022-03-03", "Briefing held 4 May.", "completed"),
        ("That the leisure strategy is published online.", "2022-04-07", None, "open"),
    ]


def test_unruled_header_cells_that_wrap_onto_a_second_line(tmp_path):
    cols = [50, 140, 330, 470]
    ops = [text(x, 60, head, 9, bold=True) for x, head in zip(cols, ["Date of", "Recommendation", "Cabinet", "Status"])]
    ops += [text(cols[0], 72, "meeting", 9, bold=True), text(cols[2], 72, "response", 9, bold=True)]
    ops += [text(cols[0], 100, "12.05.22", 9), text(cols[1], 100, "That the bus lane trial", 9),
            text(cols[1], 112, "is extended.", 9), text(cols[2], 100, "Transport team to take", 9),
            text(cols[2], 112, "forward", 9), text(cols[3], 100, "Open", 9)]
    pdf = tmp_path / "wrapped.pdf"
    pdf.write_bytes(make_pdf([ops]))
    (rec,) = [r for r in extract(pdf) if r.record_type == "recommendation"]
    assert (rec.text, rec.meeting.date, rec.response, rec.owner, rec.status) == (
        "That the bus lane trial is extended.", "2022-05-12", "Transport team to take forward", "Transport team", "Open")


@pytest.mark.parametrize("key", [(62, "(Completed items are shaded)"), (400, "Key: shaded = complete")])
def test_merged_date_and_topic_cells_bullets_and_shaded_rows(tmp_path, key):
    from pdfmaker import rule

    xs, top = [50, 130, 220, 420, 545], 100
    ys = [top, top + 20, top + 60, top + 90]  # header, row 1 (two bullets), row 2
    ops = [text(50, 40, "Recommendations tracker", 16, bold=True), text(50, key[0], key[1], 10),
           shade(xs[2], ys[1], xs[4], ys[2])]
    ops += [rule(x, ys[0], x + 0.5, ys[-1]) for x in xs]
    ops += [rule(xs[0], y, xs[-1], y + 0.5) for y in (ys[0], ys[1], ys[3])]
    ops += [rule(xs[2], ys[2], xs[-1], ys[2] + 0.5)]  # date and topic cells span both rows
    for x, head in zip(xs, ["Date", "Topic", "Recommendation", "Response"]):
        ops.append(text(x + 3, ys[0] + 5, head, 9, bold=True))
    ops += [text(xs[0] + 3, ys[1] + 5, "3 March 2022", 9), text(xs[1] + 3, ys[1] + 5, "Parks", 9),
            text(xs[2] + 3, ys[1] + 5, "• cut the grass monthly;", 9),
            text(xs[2] + 3, ys[1] + 22, "• publish the mowing rota.", 9),
            text(xs[3] + 3, ys[1] + 5, "Rota published", 9),
            text(xs[2] + 3, ys[2] + 5, "• review the tree policy.", 9),
            text(xs[3] + 3, ys[2] + 5, "Parks team to take forward", 9)]
    pdf = tmp_path / "merged.pdf"
    pdf.write_bytes(make_pdf([ops]))
    got = [r for r in extract(pdf) if r.record_type == "recommendation"]
    assert [(r.text, r.meeting.date, r.topic, r.response, r.status_normalised.value) for r in got] == [
        ("cut the grass monthly;", "2022-03-03", "Parks", "Rota published", "completed"),
        ("publish the mowing rota.", "2022-03-03", "Parks", "Rota published", "completed"),
        ("review the tree policy.", "2022-03-03", "Parks", "Parks team to take forward", "in_progress"),
    ]


def test_a_failing_stage_gives_an_error_record_and_the_pack_goes_on(monkeypatch):
    from minutebook.extract import pipeline

    def broken(ctx, structure, regions, read_tables):
        raise RuntimeError("table finder fell over")
        yield  # pragma: no cover

    monkeypatch.setattr(pipeline, "tracker_recommendations", broken)
    got = list(pipeline.extract(NORWICH))
    (error,) = [r for r in got if r.record_type == "error"]
    assert error.stage == "trackers" and "table finder fell over" in error.message
    assert [r for r in got if r.record_type == "recommendation" and r.origin.value == "report"]
    assert len([r for r in got if r.record_type == "page"]) == 56


def test_an_agenda_line_naming_the_tracker_does_not_start_one(tmp_path):
    lines = ["Scrutiny committee", "Thursday 18 March 2021 at 16:30", "6. Minutes of the last meeting",
             "7. Recommendations tracker", "To note the tracker and ask officers for updates.", "8. Work programme"]
    pdf = tmp_path / "agenda.pdf"
    pdf.write_bytes(make_pdf([[text(60, 60 + 20 * k, line, 11, bold=(k == 0)) for k, line in enumerate(lines)]]))
    assert not [r for r in extract(pdf) if r.record_type == "recommendation"]


def test_headerless_table_with_date_and_topic_cells(tmp_path):
    xs = [50, 130, 210, 420, 545]
    ys = [80, 120, 160]
    ops = [text(50, 40, "Monitoring of scrutiny recommendations", 16, bold=True)] + grid(xs, ys)
    rows = [("12/05/2022", "Parking", "Recommendation 1: Review town centre parking charges", "Cabinet agreed; report due July"),
            ("Meeting held on 9 June 2022", "Libraries", "R2 Open libraries on Sundays.", "")]
    for y, row in zip(ys, rows):
        for x, width, cell in zip(xs, (15, 15, 45, 28), row):
            words, lines = cell.split(), []
            while words:  # wrap to the column
                line = words.pop(0)
                while words and len(line) + len(words[0]) < width:
                    line += " " + words.pop(0)
                lines.append(line)
            ops += [text(x + 3, y + 4 + 11 * k, line, 8) for k, line in enumerate(lines)]
    pdf = tmp_path / "monitoring.pdf"
    pdf.write_bytes(make_pdf([ops]))
    got = [r for r in extract(pdf) if r.record_type == "recommendation"]
    assert [(r.text, r.meeting.date, r.topic, r.response, r.status_normalised.value) for r in got] == [
        ("Review town centre parking charges", "2022-05-12", "Parking", "Cabinet agreed; report due July", "in_progress"),
        ("Open libraries on Sundays.", "2022-06-09", "Libraries", None, "open"),
    ]


def test_tracker_printed_as_text_with_labelled_responses_and_status(tmp_path):
    lines = [("Action log", True), ("Meeting held on 12 January 2022", True), ("Housing repairs", True),
             ("1. That cabinet reviews the repairs contract.", False),
             ("Response: Cabinet agreed on 3 February 2022 to review the contract.", False),
             ("Status: In progress", False), ("Lead officer: Head of housing", False),
             ("2. That tenants are told of repair times by text message.", False),
             ("Response: Completed in March.", False), ("Status: Complete", False)]
    pdf = tmp_path / "log.pdf"
    pdf.write_bytes(make_pdf([[text(60, 60 + 24 * k, line, 11, bold=bold) for k, (line, bold) in enumerate(lines)]]))
    got = [r for r in extract(pdf) if r.record_type == "recommendation"]
    assert [(r.text, r.meeting.date, r.topic, r.response, r.status, r.status_normalised.value, r.owner) for r in got] == [
        ("That cabinet reviews the repairs contract.", "2022-01-12", "Housing repairs",
         "Cabinet agreed on 3 February 2022 to review the contract.", "In progress", "in_progress", "Head of housing"),
        ("That tenants are told of repair times by text message.", "2022-01-12", "Housing repairs",
         "Completed in March.", "Complete", "completed", None),
    ]


def test_a_printed_date_out_of_the_trackers_order_is_kept_and_doubted(rows):
    budget = find(rows, "Ask cabinet to ask the council's treasury")
    assert budget.meeting.date == "2022-02-04"
    assert budget.uncertain == ["printed date 2022-02-04 breaks the tracker's date order; 2021-02-04 would fit"]
    assert find(rows, "To prepare a schedule of removed KPIs").uncertain is None
    assert date_doubts(["2021-01-01", "2021-03-01", "2020-04-01"]) == [None, None, None]  # no order to break


def test_tracker_with_reference_origin_and_a_colour_key(tmp_path):
    header = ("Reference", "Origin", "Date", "Area", "Recommendation", "Lead Officer/EM", "Action taken", "Status")
    xs = [40, 85, 120, 165, 210, 330, 385, 500, 555]
    rows = [("SR 01", "CRP", "01/01/26", "Finance", "That the fees\nreview is\npublished.", "DM/PL",
             "Published in\nMarch.", "Green"),
            ("SR 02", "PPL", "01/02/26", "ASC", "That the carers\nstrategy is\nrefreshed.", "SS",
             "Draft under\nconsultation.", "Amber")]
    ops, ys, y = [text(40, 30, "Scrutiny Recommendation Tracker", 14, bold=True)], [60], 60
    for row in [header, *rows]:
        height = 12 * max(len(c.split("\n")) for c in row) + 6
        for x, cell in zip(xs, row):
            ops += [text(x + 2, y + 3 + 12 * k, line, 6) for k, line in enumerate(cell.split("\n"))]
        y += height
        ys.append(y)
    ops += grid(xs, ys)
    ops += [text(40, y + 30, "Key", 9, bold=True),
            text(40, y + 45, "Green: recommendation achieved - monitoring no longer required;", 9),
            text(40, y + 60, "Amber: acceptable progress made - continue monitoring;", 9)]
    pdf = tmp_path / "annex.pdf"
    pdf.write_bytes(make_pdf([ops]))
    got = [r for r in extract(pdf) if r.record_type == "recommendation"]
    assert [(r.text, r.meeting.date, r.topic, r.owner, r.response, r.status, r.status_normalised.value)
            for r in got] == [
        ("That the fees review is published.", "2026-01-01", "Finance", "DM/PL", "Published in March.", "Green",
         "completed"),
        ("That the carers strategy is refreshed.", "2026-02-01", "ASC", "SS", "Draft under consultation.", "Amber",
         "in_progress"),
    ]


def test_a_date_opening_the_topic_cell_groups_the_row():
    row = Entry(page=1, top=10, kind="row", text=[Span(1, "note the inclusion of the LEP.", "note the inclusion of the LEP.",
                                                        (0, 10, 100, 20))],
                fields={"topic": "17 September 2020 - Work programme"})
    (group,) = read_groups([row])
    assert (group.date, group.items[0].topic, group.items[0].text) == (
        "2020-09-17", "Work programme", "note the inclusion of the LEP.")


def test_a_shaded_response_cell_shared_by_two_rows_completes_both(tmp_path):
    from pdfmaker import rule

    xs, ys = [50, 300, 545], [100, 130, 160]
    ops = [text(50, 40, "Action log (completed actions are shaded)", 14, bold=True),
           text(50, 80, "3 March 2022", 10), shade(xs[1], ys[0], xs[2], ys[2])]
    ops += [rule(x, ys[0], x + 0.5, ys[-1]) for x in xs]
    ops += [rule(xs[0], y, xs[-1], y + 0.5) for y in (ys[0], ys[2])] + [rule(xs[0], ys[1], xs[1], ys[1] + 0.5)]
    ops += [text(xs[0] + 3, ys[0] + 5, "ask officers to mend the gate.", 9),
            text(xs[0] + 3, ys[1] + 5, "ask officers to paint the fence.", 9),
            text(xs[1] + 3, ys[0] + 5, "Report received", 9)]
    pdf = tmp_path / "log.pdf"
    pdf.write_bytes(make_pdf([ops]))
    got = [r for r in extract(pdf) if r.record_type == "recommendation"]
    assert [(r.text, r.meeting.date, r.response, r.status_normalised.value) for r in got] == [
        ("ask officers to mend the gate.", "2022-03-03", "Report received", "completed"),
        ("ask officers to paint the fence.", "2022-03-03", "Report received", "completed"),
    ]
