"""Trackers and report recommendations laid out unlike the seed pack's, with the records a reader would write down.

Each layout is drawn small with `pdfmaker`/`layouts`; where it copies the column scheme of a real council's
document, the source is named beside it (the words in the cells are made up). The whole corpus is checked too:
a pack without a tracker gives no tracker record, and report recommendations only where the gold has them.
"""
from __future__ import annotations

import json

import pytest

from minutebook.extract.pipeline import extract
from minutebook.extract.text.dates import heading_date
from minutebook.extract.trackers.responses import colour_key, normalise_status
from minutebook.extract.trackers.regions import follows_up, header_roles

from conftest import GOLD, corpus_pdfs, needs_gold
from layouts import table
from pdfmaker import make_pdf, rule, text

LANDSCAPE = (842, 595)


def records(tmp_path, pages, size=(595, 842), origin="tracker"):
    pdf = tmp_path / "pack.pdf"
    pdf.write_bytes(make_pdf(pages, size=size))
    return [r for r in extract(pdf) if r.record_type == "recommendation" and r.origin.value == origin]


def fields(recs):
    return [(r.text, r.meeting.date if r.meeting else None, r.response, r.status,
             r.status_normalised.value, r.owner) for r in recs]


def test_action_plan_with_an_agreed_yes_no_column(tmp_path):
    # Columns as in an Isle of Wight Council executive appendix "Action Plan - Select Committee process" (2002):
    # No. | Recommendation | Priority | Responsibility | Agreed (Yes / No / In part) | Comments | Date.
    xs = [40, 65, 300, 345, 430, 470, 700, 800]
    ops, _ = table(xs, 70, [
        ("No.", "Recommendation", "Priority", "Responsibility", "Agreed", "Comments", "Date"),
        ("1", "That the Council consider a further training programme for Members.", "3",
         "Training and Development Manager", "Yes", "Distance learning packages to be investigated.", "March 2003"),
        ("2", "That the Council consider assigning a lead officer to each Select Committee.", "1", "The Executive",
         "No", "Scrutiny should be Member led.", "-"),
        ("3", "That the Council reconsiders the role of the Select Committee.", "2", "Head of Select Committee Support",
         "In part", "Committees should continue to manage their own workplans.", "On-going"),
    ])
    got = records(tmp_path, [[text(40, 40, "Select Committee review: action plan", 14, bold=True)] + ops], LANDSCAPE)
    assert fields(got) == [
        ("That the Council consider a further training programme for Members.", None,
         "Distance learning packages to be investigated.", "Yes", "in_progress", "Training and Development Manager"),
        ("That the Council consider assigning a lead officer to each Select Committee.", None,
         "Scrutiny should be Member led.", "No", "completed", "The Executive"),
        ("That the Council reconsiders the role of the Select Committee.", None,
         "Committees should continue to manage their own workplans.", "In part", "in_progress",
         "Head of Select Committee Support"),
    ]


def test_executive_response_table_dated_by_its_subtitle(tmp_path):
    # An executive's response to a scrutiny report (Local Government Act 2000 s.9FE), as such appendices are
    # commonly laid out: Rec No. | Recommendation | Accepted / Rejected / Partially accepted | Cabinet response |
    # Lead officer | Target date (dd/mm/yyyy, a due date, not the meeting's).
    xs = [30, 60, 290, 370, 560, 660, 760]
    ops, _ = table(xs, 90, [
        ("Rec No.", "Recommendation", "Accepted / Rejected / Partially accepted", "Cabinet response", "Lead officer",
         "Target date"),
        ("1", "That the council adopts a single parking permit scheme for residents.", "Accepted",
         "A scheme will be drafted for consultation in the spring.", "Head of Parking Services", "12/10/2021"),
        ("2", "That charges for green waste collection are removed.", "Rejected",
         "The charge funds the service and cannot be removed.", "Director of Environment", "N/A"),
        ("3", "That ward members are briefed before road closures.", "Partially accepted",
         "Briefings for major closures only.", "Highways Manager", "01/12/2021"),
    ])
    title = [text(30, 30, "Executive response to scrutiny recommendations", 14, bold=True),
             text(30, 55, "Recommendations of the Environment Scrutiny Committee meeting held on 14 September 2021", 10)]
    got = records(tmp_path, [title + ops], LANDSCAPE)
    assert fields(got) == [
        ("That the council adopts a single parking permit scheme for residents.", "2021-09-14",
         "A scheme will be drafted for consultation in the spring.", "Accepted", "in_progress",
         "Head of Parking Services"),
        ("That charges for green waste collection are removed.", "2021-09-14",
         "The charge funds the service and cannot be removed.", "Rejected", "completed", "Director of Environment"),
        ("That ward members are briefed before road closures.", "2021-09-14", "Briefings for major closures only.",
         "Partially accepted", "in_progress", "Highways Manager"),
    ]
    assert [r.due for r in got] == ["2021-10-12", None, "2021-12-01"]


def test_unruled_outstanding_actions_under_a_meeting_row(tmp_path):
    # Columns as in a City of London committee's "Outstanding actions" report (officer responsible, progress
    # update), printed without rules; a row with a status but a blank update has no response yet.
    cols = [40, 90, 300, 400, 520]
    ops = [text(40, 40, "Outstanding actions", 14, bold=True)]
    ops += [text(x, 70, h, 9, bold=True)
            for x, h in zip(cols, ["Minute", "Action", "Officer responsible", "Progress update", "Status"])]
    ops.append(text(40, 90, "Meeting of 12/10/2021", 9, bold=True))
    y = 108
    for row in [("23", "Circulate the revised fees schedule to members.", "Town Clerk", "Sent 20 October.", "Complete"),
                ("25", "Report back on the bus shelter repairs.", "Head of Highways", "Report to January meeting.",
                 "Ongoing"),
                ("27", "Arrange a site visit to the depot.", "Clerk", "", "Not started")]:
        ops += [text(x, y, cell, 9) for x, cell in zip(cols, row) if cell]
        y += 20
    assert fields(records(tmp_path, [ops])) == [
        ("Circulate the revised fees schedule to members.", "2021-10-12", "Sent 20 October.", "Complete", "completed",
         "Town Clerk"),
        ("Report back on the bus shelter repairs.", "2021-10-12", "Report to January meeting.", "Ongoing",
         "in_progress", "Head of Highways"),
        ("Arrange a site visit to the depot.", "2021-10-12", None, "Not started", "open", "Clerk"),
    ]


def test_implemented_vocabulary_and_a_row_number_column(tmp_path):
    xs = [40, 60, 120, 330, 470, 555]
    ops, _ = table(xs, 80, [
        ("#", "Date of meeting", "Recommendation", "Update", "Status"),
        ("1", "03/02/2022", "Officers to publish the damp and mould action plan.", "Published on the website in March.",
         "Implemented"),
        ("2", "03/02/2022", "Cabinet to review the voids turnaround target.", "Review delayed to summer.",
         "Not implemented"),
        ("3", "07/04/2022", "Housing to survey all tower blocks for cladding.", "Half the blocks surveyed.",
         "Partially implemented"),
    ])
    got = records(tmp_path, [[text(40, 40, "Housing Scrutiny Panel - recommendations monitoring", 14, bold=True)] + ops])
    assert [(r.text, r.meeting.date, r.status, r.status_normalised.value) for r in got] == [
        ("Officers to publish the damp and mould action plan.", "2022-02-03", "Implemented", "completed"),
        ("Cabinet to review the voids turnaround target.", "2022-02-03", "Not implemented", "open"),
        ("Housing to survey all tower blocks for cladding.", "2022-04-07", "Partially implemented", "in_progress"),
    ]
    assert "1" not in [r.text for r in got]  # the row numbers are not recommendations


def test_meeting_rows_spanning_the_table_and_rag_initials_with_a_key(tmp_path):
    xs = [40, 70, 300, 480, 555]
    ops, y = table(xs, 80, [("Ref", "Recommendation", "Cabinet response", "RAG")])
    for heading, rows in [
            ("Overview and Scrutiny Committee - 12 October 2021", [
                ("1", "That a members' working group on flooding is set up.", "Accepted. The group meets in January.",
                 "G"),
                ("2", "That the council lobbies for rural bus funding.", "Not accepted. Funding is a county matter.",
                 "R")]),
            ("Overview and Scrutiny Committee - 9 November 2021", [
                ("3", "That the housing register is reviewed annually.", "Accepted in part; review every two years.",
                 "A")])]:
        ops += [text(43, y + 4, heading, 8, bold=True), rule(40, y + 16, 555, y + 16.5),
                rule(40, y, 40.5, y + 16), rule(555, y, 555.5, y + 16)]
        more, y = table(xs, y + 16, rows, bold_first=False)
        ops += more
    ops.append(text(40, y + 20, "Key: G = complete; A = in progress; R = not started", 8))
    got = records(tmp_path, [[text(40, 40, "Scrutiny recommendations: cabinet responses", 14, bold=True)] + ops])
    assert [(r.text, r.meeting.date, r.response, r.status, r.status_normalised.value) for r in got] == [
        ("That a members' working group on flooding is set up.", "2021-10-12", "Accepted. The group meets in January.",
         "G", "completed"),
        ("That the council lobbies for rural bus funding.", "2021-10-12", "Not accepted. Funding is a county matter.",
         "R", "open"),
        ("That the housing register is reviewed annually.", "2021-11-09", "Accepted in part; review every two years.",
         "A", "in_progress"),
    ]


def test_lettered_cell_under_a_lead_in_shares_one_response(tmp_path):
    xs = [40, 110, 330, 470, 555]
    ops, _ = table(xs, 80, [
        ("Meeting", "Recommendations", "Executive response", "Status"),
        ("21/06/2022", "Task group on fly-tipping recommends that:\n(a) CCTV is used at hot spots;\n"
                       "(b) fines rise to the maximum;\n(c) a reporting app is launched.",
         "Agreed by Cabinet 14/07/2022; app launched in September.", "Ongoing"),
        ("19/07/2022", "That the tree strategy is refreshed.", "", "Overdue"),
    ])
    got = records(tmp_path, [[text(40, 40, "Recommendations tracker", 14, bold=True)] + ops])
    shared = "Agreed by Cabinet 14/07/2022; app launched in September."
    assert [(r.text, r.meeting.date, r.topic, r.response, r.status_normalised.value) for r in got] == [
        ("CCTV is used at hot spots;", "2022-06-21", "Task group on fly-tipping recommends that", shared, "in_progress"),
        ("fines rise to the maximum;", "2022-06-21", "Task group on fly-tipping recommends that", shared, "in_progress"),
        ("a reporting app is launched.", "2022-06-21", "Task group on fly-tipping recommends that", shared,
         "in_progress"),
        ("That the tree strategy is refreshed.", "2022-07-19", None, None, "open"),
    ]
    # Each item's evidence is its own line, not the next item's too.
    assert [r.source.quote for r in got[:3]] == [
        "(a) CCTV is used at hot spots;", "(b) fines rise to the maximum;", "(c) a reporting app is launched."]


def test_landscape_tracker_of_many_columns_across_two_pages(tmp_path):
    head = ("Ref", "Committee", "Date", "Topic", "Recommendation", "Cabinet decision", "Lead officer", "Target date",
            "Progress update", "RAG")
    xs = [20, 50, 110, 160, 230, 420, 500, 580, 630, 790, 822]
    rows1 = [("R1", "People", "12/10/2021", "Adult social care",
              "That the carers' assessment backlog is cleared by March.", "Accepted", "Director of Adult Services",
              "31/03/2022", "Backlog down by half; on track.", "Amber"),
             ("R2", "People", "12/10/2021", "Adult social care", "That carers are offered an annual review.",
              "Accepted", "Head of Commissioning", "30/06/2022", "Reviews offered since April.", "Green")]
    rows2 = [("R3", "Place", "09/11/2021", "Highways", "That pothole repair times are published monthly.", "Rejected",
              "Head of Highways", "", "Cabinet declined: data already published quarterly.", "Red")]
    page1, _ = table(xs, 60, [head] + rows1, size=7)
    page2, _ = table(xs, 40, [head] + rows2, size=7)  # the header is repeated on the second page
    got = records(tmp_path, [[text(20, 25, "Scrutiny recommendations tracker 2021/22", 13, bold=True)] + page1, page2],
                  LANDSCAPE)
    assert [(r.text, r.meeting.date, r.topic, r.owner, r.due, r.source.pages) for r in got] == [
        ("That the carers' assessment backlog is cleared by March.", "2021-10-12", "Adult social care",
         "Director of Adult Services", "2022-03-31", [1]),
        ("That carers are offered an annual review.", "2021-10-12", "Adult social care", "Head of Commissioning",
         "2022-06-30", [1]),
        ("That pothole repair times are published monthly.", "2021-11-09", "Highways", "Head of Highways", None, [2]),
    ]


@pytest.mark.parametrize("title,header,rows", [
    ("Forward Plan of Key Decisions", ("Decision", "Decision maker", "Date of decision", "Lead officer"),
     [("Approve the housing allocations policy", "Cabinet", "12/10/2021", "Head of Housing")]),
    ("Scrutiny work programme 2021/22", ("Meeting date", "Item", "Lead officer", "Purpose"),
     [("12/10/2021", "Housing strategy update", "Head of Housing", "To scrutinise progress")]),
    ("Minutes of the Parish Council meeting held on 5 May 2022", ("No.", "Minute", "Action"),
     [("1", "The committee asked the clerk to write to the county council.", "Clerk")]),
])
def test_tables_that_are_not_trackers_give_no_tracker_records(tmp_path, title, header, rows):
    xs = [40 + k * (515 / len(header)) for k in range(len(header) + 1)]
    ops, _ = table(xs, 80, [header, *rows])
    assert records(tmp_path, [[text(40, 40, title, 14, bold=True)] + ops]) == []


def _report(tmp_path, lines):
    ops = [text(60, 50 + 18 * k, line, 11, bold=bold) for k, (line, bold) in enumerate(lines) if line]
    return [(r.text, r.topic) for r in records(tmp_path, [ops], origin="report")]


@pytest.mark.parametrize("lines,expected", [
    # "That Cabinet: (1) ... (2) ..." under a numbered "2. Recommendations" heading right below the title.
    ([("Agenda Item 7", True), ("Leisure centre refurbishment", True), ("2. Recommendations", True),
      ("That Cabinet:", False), ("(1) approves the refurbishment scheme set out in Appendix A;", False),
      ("(2) notes the consultation results.", False), ("3. Background", True),
      ("The centre opened in 1985 and needs new plant.", False)],
     [("approves the refurbishment scheme set out in Appendix A;", "Leisure centre refurbishment"),
      ("notes the consultation results.", "Leisure centre refurbishment")]),
    # An upper-case heading under a bold title, "The Committee is asked to:" and bullets.
    ([("Item 5", True), ("Annual complaints report", True), ("RECOMMENDATIONS", True),
      ("The Committee is asked to:", False), ("• note the annual complaints report; and", False),
      ("• agree the improvement actions in section 6.", False), ("", False), ("1. Introduction", True),
      ("Complaints rose by a tenth.", False)],
     [("note the annual complaints report; and", "Annual complaints report"),
      ("agree the improvement actions in section 6.", "Annual complaints report")]),
    # "Members are recommended to ..." straight under the bold title.
    ([("Item 9", True), ("Treasury management strategy", True),
      ("Members are recommended to approve the treasury management strategy for 2022/23.", False),
      ("Contact officer: Head of Finance", False)],
     [("Members are recommended to approve the treasury management strategy for 2022/23.",
       "Treasury management strategy")]),
    # Numbered 2.1 / 2.2 paragraphs; "3. Reasons for recommendations" is not one.
    ([("Item 4", True), ("Allotment rents", True), ("2. Recommendations", True),
      ("2.1 That the allotment rents rise by 3% from October 2022.", False),
      ("2.2 That the waiting list policy in Appendix 2 is adopted.", False),
      ("3. Reasons for recommendations", True), ("3.1 Rents have not risen since 2015.", False)],
     [("That the allotment rents rise by 3% from October 2022.", "Allotment rents"),
      ("That the waiting list policy in Appendix 2 is adopted.", "Allotment rents")]),
    # As in a Cherwell District Council executive report (2025): "Recommendations" / "The Executive resolves:" /
    # "1.1 To agree ...", after a "Purpose of report" section that is not part of the title.
    ([("Item 72", True), ("Executive response to scrutiny", True), ("Purpose of report", True),
      ("To present the draft Executive responses.", False), ("Recommendations", True),
      ("The Executive resolves:", False),
      ("1.1 To agree the Executive responses to the Overview and Scrutiny Recommendations.", False),
      ("Executive Summary", True), ("Four reviews were completed this year.", False)],
     [("To agree the Executive responses to the Overview and Scrutiny Recommendations.",
       "Executive response to scrutiny")]),
    # "RECOMMENDATION(S)" then "REASON(S) FOR RECOMMENDATION(S)".
    ([("Item 3", True), ("Playground inspections", True), ("RECOMMENDATION(S)", True),
      ("That the Council appoints an independent inspector for the play areas.", False),
      ("REASON(S) FOR RECOMMENDATION(S)", True), ("The current contract ends in March.", False)],
     [("That the Council appoints an independent inspector for the play areas.", "Playground inspections")]),
    # "It is RECOMMENDED that Cabinet:" over roman numerals.
    ([("Item 6", True), ("Council tax support scheme", True), ("1. Summary", True),
      ("The scheme is reviewed each year.", False), ("It is RECOMMENDED that Cabinet:", False),
      ("(i) recommends the scheme to Council for adoption; and", False),
      ("(ii) notes the equality impact assessment.", False), ("2. Background", True)],
     [("recommends the scheme to Council for adoption; and", "Council tax support scheme"),
      ("notes the equality impact assessment.", "Council tax support scheme")]),
    # A bold "Recommendations" straight under the bold title (no gap), "That Council:" and lettered points.
    ([("Item 11", True), ("Pay policy statement", True), ("Recommendations", True), ("That Council:", False),
      ("a) approves the pay policy statement for 2024/25; and", False),
      ("b) delegates minor changes to the Chief Executive.", False), ("Background", True),
      ("The Localism Act requires a statement.", False)],
     [("approves the pay policy statement for 2024/25; and", "Pay policy statement"),
      ("delegates minor changes to the Chief Executive.", "Pay policy statement")]),
    # Narrative that mentions recommendations is none.
    ([("Item 2", True), ("Minutes", True),
      ("Members were invited to provide recommendations on the draft policy.", False),
      ("The panel's recommendations were considered by cabinet last year.", False)], []),
])
def test_report_recommendation_shapes(tmp_path, lines, expected):
    assert _report(tmp_path, lines) == expected


@pytest.mark.parametrize("printed,question,status", [
    ("Implemented", None, "completed"), ("Not implemented", None, "open"), ("Partially implemented", None, "in_progress"),
    ("Not yet implemented due to funding", None, "open"), ("Accepted", None, "in_progress"),
    ("Not accepted. Funding is a county matter.", None, "completed"), ("Rejected", None, "completed"),
    ("Partially accepted", None, "in_progress"), ("Superseded", None, "completed"),
    ("No longer required", None, "completed"), ("Not started", None, "open"), ("Overdue", None, "open"),
    ("On track", None, "in_progress"), ("Delayed", None, "in_progress"), ("Deferred", None, "in_progress"),
    ("Yes", "accepted", "in_progress"), ("No", "accepted", "completed"), ("In part", "accepted", "in_progress"),
    ("Yes", "done", "completed"), ("No", "done", "open"), ("Yes", None, "unknown"),
    # sentences, not single words
    ("Agreed and implemented.", None, "completed"), ("Agreed; to be implemented by March.", None, "in_progress"),
    ("Awaiting response from Cabinet", None, "open"), ("Awaiting the contractor's quote", None, "in_progress"),
    ("No response received", None, "open"), ("Response due March 2024", None, "open"),
    ("Superseded by the new strategy", None, "completed"), ("Withdrawn by the committee", None, "completed"),
    ("Deferred to next year", None, "in_progress"),
])
def test_status_vocabularies(printed, question, status):
    assert normalise_status(printed, question=question).value == status


def test_rag_key_by_initials_and_by_name():
    key = colour_key(["Key: G = complete; A = in progress; R = not started"])
    assert {c: s.value for c, s in key.items()} == {
        "green": "completed", "g": "completed", "amber": "in_progress", "a": "in_progress", "red": "open", "r": "open"}
    assert normalise_status("G", key=key).value == "completed"


@pytest.mark.parametrize("header,roles", [
    (["No.", "Recommendation", "Priority", "Responsibility", "Agreed", "Comments", "Date"],
     ["ref", "text", None, "owner", "accepted", "response", "date"]),
    (["Rec No.", "Recommendation", "Accepted / Rejected / Partially accepted", "Cabinet response", "Target date"],
     ["ref", "text", "accepted", "response", "due"]),
    (["Action", "Officer responsible", "Progress update", "Implemented?"], ["text", "owner", "response", "done"]),
    (["Rec No", "Date recommendation made", "Scrutiny recommendation", "Recommendation agreed?",
      "Response from Cabinet Member", "Date for completion"], ["ref", "date", "text", "accepted", "response", "due"]),
    (["Committee meeting date", "Recommendation", "Exec Date", "Status (RAG)"], ["date", "text", None, "status"]),
])
def test_header_words_name_column_roles(header, roles):
    assert header_roles(header) == roles


def test_a_table_of_decisions_with_owners_and_dates_but_no_response_is_not_a_tracker():
    assert not follows_up(["Decision", "Decision maker", "Date of decision", "Lead officer"])
    assert follows_up(["Decision", "Lead officer", "Progress update"])


@pytest.mark.parametrize("words,expected", [
    ("Overview and Scrutiny Committee - 12 October 2021", ("2021-10-12", "")),
    ("Cabinet 9 November 2021", ("2021-11-09", "")),
    ("Housing Panel meeting held on 3 March 2022: Repairs", ("2022-03-03", "Repairs")),
    ("That the council reviews the 12 October 2021 decision", None),
])
def test_a_body_name_before_a_meeting_date(words, expected):
    assert heading_date(words) == expected


def _gold() -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    for line in (GOLD / "recommendations.jsonl").read_text().splitlines():
        row = json.loads(line)
        per = counts.setdefault(row["file"], {"report": 0, "tracker": 0})
        if not row.get("none"):
            per[row["origin"]] += 1
    return counts


@needs_gold
def test_corpus_trackers_and_report_recommendations_only_where_the_gold_has_them():
    gold = _gold()
    for pdf in corpus_pdfs():
        got = {"report": 0, "tracker": 0}
        for r in extract(pdf):
            if r.record_type == "recommendation" and r.origin.value in got:
                got[r.origin.value] += 1
        want = gold.get(pdf.name, {"report": 0, "tracker": 0})
        assert (got["tracker"] > 0) == (want["tracker"] > 0), pdf.name
        assert got["report"] == want["report"], pdf.name


def _lines(lines, size=10, pitch=22):
    return [[text(50, 60 + pitch * k, words, size, bold=bold) for k, (words, bold) in enumerate(lines)]]


def test_responses_printed_as_labelled_paragraphs_under_a_meeting_line(tmp_path):
    got = records(tmp_path, _lines([
        ("Responses to the recommendations of the Scrutiny Review of Flood Resilience", True),
        ("Scrutiny Committee meeting held on 14 March 2023", False),
        ("Recommendation 1: That the council maps all culverts in the district.", False),
        ("Cabinet response: Accepted. Mapping starts in May.", False),
        ("Lead officer: Head of Engineering", False),
        ("Target date: 31/03/2024", False),
        ("Recommendation 2: That sandbag stores are set up in each parish.", False),
        ("Cabinet response: Not accepted. Parishes hold their own stores.", False),
        ("Lead officer: Emergency Planning Manager", False)]))
    assert [(r.text, r.meeting.date, r.response, r.status_normalised.value, r.owner, r.due) for r in got] == [
        ("That the council maps all culverts in the district.", "2023-03-14", "Accepted. Mapping starts in May.",
         "in_progress", "Head of Engineering", "2024-03-31"),
        ("That sandbag stores are set up in each parish.", "2023-03-14",
         "Not accepted. Parishes hold their own stores.", "completed", "Emergency Planning Manager", None),
    ]


def test_unruled_rows_without_a_date_keep_the_one_above(tmp_path):
    cols = [40, 110, 300, 460]
    ops = [text(40, 40, "Recommendations tracker", 14, bold=True)]
    ops += [text(x, 70, h, 8, bold=True) for x, h in zip(cols, ["Date", "Recommendation", "Update", "Status"])]
    y = 90
    for when, rec, update, status in [
            ("05/09/2022", ["That the council trials", "four-day bin collections."], ["Trial began in", "January."],
             "Complete"),
            ("", ["That recycling rates are", "reported each quarter."], ["First report due", "in April."], "Ongoing"),
            ("03/10/2022", ["That the depot lease is", "renegotiated."], [], "Open")]:
        ops += [text(40, y, when, 8)] if when else []
        ops += [text(110, y + 11 * k, line, 8) for k, line in enumerate(rec)]
        ops += [text(300, y + 11 * k, line, 8) for k, line in enumerate(update)]
        ops.append(text(460, y, status, 8))
        y += 11 * len(rec) + 12
    assert fields(records(tmp_path, [ops])) == [
        ("That the council trials four-day bin collections.", "2022-09-05", "Trial began in January.", "Complete",
         "completed", None),
        ("That recycling rates are reported each quarter.", "2022-09-05", "First report due in April.", "Ongoing",
         "in_progress", None),
        ("That the depot lease is renegotiated.", "2022-10-03", None, "Open", "open", None),
    ]


def test_a_report_about_the_tracker_keeps_its_own_recommendation(tmp_path):
    pages = _lines([
        ("Item 7", True), ("Recommendations tracker", True), ("Report of the Scrutiny Officer", False),
        ("Purpose", True), ("To update the committee on the progress of its recommendations.", False),
        ("Recommendation", True), ("That the committee notes the tracker at Appendix A.", False),
        ("Background", True), ("The tracker lists each recommendation and the response received.", False)])
    pdf = tmp_path / "cover.pdf"
    pdf.write_bytes(make_pdf(pages))
    got = [r for r in extract(pdf) if r.record_type == "recommendation"]
    assert [(r.origin.value, r.text, r.topic) for r in got] == [
        ("report", "That the committee notes the tracker at Appendix A.", "Recommendations tracker")]


@pytest.mark.parametrize("lines", [
    [("Minutes of the Parish Council meeting held on 5 May 2022", True), ("21/22 Outstanding actions", True),
     ("The clerk reported that the bench on the green had been repaired.", False),
     ("Councillor Smith asked for the dog bin to be moved nearer the gate.", False),
     ("22/22 Planning applications", True), ("No objections were raised to application 22/0101.", False)],
    [("Minutes of the Scrutiny Committee meeting held on 14 March 2023", True), ("5. Action log", True),
     ("The committee reviewed its action log. Officers to circulate the parking survey results.", False),
     ("RESOLVED to note the action log.", False)],
])
def test_minutes_that_discuss_an_action_log_give_no_tracker_records(tmp_path, lines):
    assert records(tmp_path, _lines(lines)) == []


@pytest.mark.parametrize("words,expected", [
    ("12-Oct-21 Parking", ("2021-10-12", "Parking")), ("3-Sept-2022", ("2022-09-03", "")),
    ("2021-10-12", ("2021-10-12", "")), ("31-Feb-21", None),
])
def test_spreadsheet_and_iso_dates(words, expected):
    assert heading_date(words) == expected


def test_topic_rows_spanning_the_table_name_the_rows_under_them(tmp_path):
    xs = [40, 110, 330, 470, 555]
    ops, y = table(xs, 80, [("Date", "Scrutiny Committee's recommendation", "Cabinet Member's response", "Status")])
    for topic, rows in [
            ("Housing", [("14/03/2023", "1. That empty homes are brought back into use.", "Empty homes officer appointed.",
                          "Completed - 12/01/2024")]),
            ("Transport", [("14/03/2023", "2. That the park and ride runs on Sundays.", "Under review with the operator.",
                            "In progress")])]:
        ops += [text(43, y + 4, topic, 8, bold=True), rule(40, y + 16, 555, y + 16.5),
                rule(40, y, 40.5, y + 16), rule(555, y, 555.5, y + 16)]
        more, y = table(xs, y + 16, rows, bold_first=False)
        ops += more
    got = records(tmp_path, [[text(40, 40, "Scrutiny recommendations tracker", 14, bold=True)] + ops])
    assert [(r.text, r.meeting.date, r.topic, r.response, r.status_normalised.value) for r in got] == [
        ("That empty homes are brought back into use.", "2023-03-14", "Housing", "Empty homes officer appointed.",
         "completed"),
        ("That the park and ride runs on Sundays.", "2023-03-14", "Transport", "Under review with the operator.",
         "in_progress"),
    ]


def test_a_pack_with_a_cover_report_a_tracker_appendix_and_another_report(tmp_path):
    def lines(rows):
        return [text(50, 50 + 20 * k, words, 10, bold=bold) for k, (words, bold) in enumerate(rows)]

    xs = [40, 110, 330, 470, 555]
    tracker, _ = table(xs, 80, [("Date", "Recommendation", "Response", "Status"),
                                ("12/10/2021", "That the bowls green is resurfaced.", "Works ordered.", "In progress"),
                                ("12/10/2021", "That the pavilion toilets open daily.", "Open since May.", "Complete")])
    pages = [
        lines([("Overview and Scrutiny Committee", True), ("Agenda", True), ("6. Recommendations tracker", False),
               ("7. Parks strategy", False)]),
        lines([("Item 6", True), ("Recommendations tracker", True), ("Report of the Scrutiny Officer", False),
               ("Recommendation", True), ("That the committee notes the responses at Appendix A.", False)]),
        [text(40, 40, "Appendix A", 12, bold=True), text(40, 58, "Recommendations tracker", 12, bold=True)] + tracker,
        lines([("Item 7", True), ("Parks strategy", True), ("Report of the Head of Parks", False),
               ("Recommendations", True), ("That the committee:", False), ("a) endorses the parks strategy; and", False),
               ("b) asks for an annual progress report.", False), ("Background", True),
               ("The strategy runs to 2030.", False)]),
    ]
    pdf = tmp_path / "pack.pdf"
    pdf.write_bytes(make_pdf(pages))
    got = [r for r in extract(pdf) if r.record_type == "recommendation" and r.origin.value != "resolution"]
    assert [(r.origin.value, r.text, r.source.pages) for r in got] == [
        ("report", "That the committee notes the responses at Appendix A.", [2]),
        ("report", "endorses the parks strategy; and", [4]),
        ("report", "asks for an annual progress report.", [4]),
        ("tracker", "That the bowls green is resurfaced.", [3]),
        ("tracker", "That the pavilion toilets open daily.", [3]),
    ]


GREEN, AMBER, RED = (0.0, 0.69, 0.31), (1.0, 0.75, 0.0), (1.0, 0.0, 0.0)


def _rag_tracker(key: str | None):
    xs = [40, 300, 480, 555]
    rows = [("Recommendation", "Executive response", "RAG"),
            ("That a members' working group on flooding is set up.", "Accepted. The group meets in January.", ""),
            ("That the council lobbies for rural bus funding.", "Funding is a county matter.", ""),
            ("That the housing register is reviewed annually.", "To be reviewed every two years.", "")]
    ops, y = table(xs, 80, rows, colours={(1, 2): GREEN, (2, 2): RED, (3, 2): AMBER})
    if key:
        ops.append(text(40, y + 20, key, 8))
    return [[text(40, 40, "Scrutiny recommendations tracker", 14, bold=True)] + ops]


def test_rag_ratings_shown_by_colour_alone_follow_the_key(tmp_path):
    # This key makes green "on track" (in progress), not the usual "complete": the key wins, with no doubt noted.
    pages = _rag_tracker("Key: Green = on track; Amber = delayed; Red = not started")
    got = records(tmp_path, pages)
    assert [(r.status, r.status_normalised.value, r.uncertain) for r in got] == [
        (None, "in_progress", None), (None, "open", None), (None, "in_progress", None)]


def test_rag_ratings_without_a_key_read_as_the_printed_word_would_and_say_so(tmp_path):
    # Without a key a RAG rating is not an outcome (as for "Green" printed in the cell): in progress.
    got = records(tmp_path, _rag_tracker(None))
    assert [r.status_normalised.value for r in got] == ["in_progress", "in_progress", "in_progress"]
    assert all(r.status is None for r in got)  # nothing is printed in the cell
    assert got[0].uncertain == ["status read from the cell's colour (green) with no key printed: in_progress"]
    assert got[1].uncertain == ["status read from the cell's colour (red) with no key printed: in_progress"]


def test_cell_colours_are_read_by_both_table_readers(tmp_path):
    from minutebook.extract.pdf.tables import ruled_tables

    data = make_pdf(_rag_tracker(None))
    for engine in ("pdfium", "pdfplumber"):
        (found,) = ruled_tables(data, [1], engine=engine)[1]
        assert [[c.colour for c in row.cells] for row in found.rows] == [
            [None, None, None], [None, None, "green"], [None, None, "red"], [None, None, "amber"]], engine


def test_two_owner_columns_keep_both_names(tmp_path):
    # "Lead member" and "Lead officer" side by side: the first names the owner, the second is not lost.
    xs = [40, 250, 330, 410, 555]
    ops, _ = table(xs, 80, [
        ("Recommendation", "Lead member", "Lead officer", "Response"),
        ("That the council lobbies for rural bus funding.", "Cllr Hughes", "Head of Transport",
         "Accepted. A letter has been sent."),
    ])
    (got,) = records(tmp_path, [[text(40, 40, "Scrutiny recommendations tracker", 14, bold=True)] + ops])
    assert got.owner == "Cllr Hughes"
    assert "Head of Transport" in (got.addressees or [])


def test_a_month_heading_gives_no_date_rather_than_the_one_above(tmp_path):
    xs = [40, 300, 555]
    ops, y = table(xs, 80, [("Recommendation", "Cabinet response")])
    for heading, rows in [("14 September 2021", [("That a members' working group on flooding is set up.", "Accepted.")]),
                          ("October 2021", [("That the council lobbies for rural bus funding.", "Not accepted.")])]:
        ops += [text(43, y + 4, heading, 8, bold=True), rule(40, y + 16, 555, y + 16.5),
                rule(40, y, 40.5, y + 16), rule(555, y, 555.5, y + 16)]
        more, y = table(xs, y + 16, rows, bold_first=False)
        ops += more
    first, second = records(tmp_path, [[text(40, 40, "Scrutiny recommendations tracker", 14, bold=True)] + ops])
    assert (first.meeting.date, first.uncertain) == ("2021-09-14", None)
    assert second.meeting is None and second.topic is None
    assert second.uncertain == ['the tracker heads these rows "October 2021", a month without a day: no meeting date']


@pytest.mark.parametrize("printed,month", [
    ("October 2021", "2021-10"), ("Cabinet - Oct 2021", "2021-10"), ("Meeting: Sept 2020", "2020-09"),
    ("14 October 2021", None), ("October 2021 to March 2022", None), ("Housing", None),
])
def test_month_headings(printed, month):
    from minutebook.extract.text.dates import month_heading

    assert month_heading(printed) == month


# --- a response document: each recommendation with the executive's response under it, no date grouping (issue 15)

def _blocks(blocks):
    """Paragraphs of lines 12 points apart, 10 points between paragraphs; the first is the title."""
    ops, y = [], 50
    for k, (lines, bold) in enumerate(blocks):
        for words in lines:
            ops.append(text(50, y, words, 14 if k == 0 else 10, bold=bold))
            y += 12
        y += 10
    return [ops]


RESPONSE_DOCUMENTS = {
    "labelled paragraphs": [
        (["Responses to the recommendations of the Scrutiny Review of Flood Resilience"], True),
        (["Recommendation 1: That the council maps all culverts in the district."], False),
        (["Cabinet response: Accepted. Mapping starts in May."], False),
        (["Recommendation 2: That sandbag stores are set up in each parish."], False),
        (["Cabinet response: Not accepted. Parishes hold their own stores."], False)],
    "numbered recommendations, 'Response:' under each": [
        (["Cabinet response to the recommendations of the Housing Scrutiny Panel"], True),
        (["1. That the council maps all culverts in the district."], False),
        (["Response: Accepted. Mapping starts in May."], False),
        (["2. That sandbag stores are set up in each parish."], False),
        (["Response: Not accepted. Parishes hold their own stores."], False)],
    "headings over each part": [
        (["Executive response to the Overview and Scrutiny review of flooding"], True),
        (["This document sets out the Executive's response to each recommendation of the review."], False),
        (["Recommendation 1"], True), (["That the council maps all culverts in the district."], False),
        (["Executive response"], True), (["Accepted. Mapping starts in May."], False),
        (["Recommendation 2"], True), (["That sandbag stores are set up in each parish."], False),
        (["Executive response"], True), (["Not accepted. Parishes hold their own stores."], False)],
}


@pytest.mark.parametrize("layout", list(RESPONSE_DOCUMENTS))
def test_a_response_document_without_dates_gives_a_row_per_recommendation(tmp_path, layout):
    got = records(tmp_path, _blocks(RESPONSE_DOCUMENTS[layout]))
    assert [(r.text, r.meeting.date if r.meeting else None, r.response, r.status_normalised.value) for r in got] == [
        ("That the council maps all culverts in the district.", None, "Accepted. Mapping starts in May.",
         "in_progress"),
        ("That sandbag stores are set up in each parish.", None, "Not accepted. Parishes hold their own stores.",
         "completed"),
    ]


def test_a_response_to_a_consultation_is_no_tracker(tmp_path):
    """A report answering a consultation is titled like a response document but lists no recommendations with
    responses: its own recommendation stays a report recommendation."""
    pages = _blocks([(["Council response to the Government consultation on planning fees"], True),
                     (["Recommendation: That the committee approves the response at Appendix A."], False),
                     (["Background"], True), (["The consultation closes on 4 March 2025."], False)])
    assert records(tmp_path, pages) == []
    assert [r.text for r in records(tmp_path, pages, origin="report")] == [
        "That the committee approves the response at Appendix A."]


@pytest.mark.parametrize("blocks", [
    [(["Executive response to the Overview and Scrutiny review of flooding"], True),
     (["Recommendation 1"], True), (["That the council maps all culverts in the district."], False),
     (["Executive response"], True), (["Accepted. Mapping starts in May."], False),
     (["The map will be published by December 2025."], False),
     (["Recommendation 2"], True), (["That sandbag stores are set up in each parish."], False),
     (["Executive response"], True), (["Not accepted. Parishes hold their own stores."], False)],
    [(["Cabinet response to the recommendations of the Housing Scrutiny Panel"], True),
     (["1. That the council maps all culverts in the district."], False),
     (["Response: Accepted. Mapping starts in May."], False),
     (["The map will be published by December 2025."], False),
     (["2. That sandbag stores are set up in each parish."], False),
     (["Response: Not accepted. Parishes hold their own stores."], False)],
], ids=["headings", "labels"])
def test_a_response_that_runs_on_into_a_second_paragraph_is_one_response(tmp_path, blocks):
    got = records(tmp_path, _blocks(blocks))
    assert [(r.text, r.response) for r in got] == [
        ("That the council maps all culverts in the district.",
         "Accepted. Mapping starts in May. The map will be published by December 2025."),
        ("That sandbag stores are set up in each parish.", "Not accepted. Parishes hold their own stores."),
    ]
