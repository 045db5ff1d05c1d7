"""Layouts the corpus does not show, built as pages in memory (the smallest input that shows each rule):
a pack whose printed page numbers start after an unnumbered cover, "(Pages 1 - 2)" ranges, an "Agenda Item"
header above a set of minutes, an appendix, and minute numbering styles ("12/21", "Minute 57")."""
from __future__ import annotations

import hashlib

from minutebook.extract.pages.furniture import mark_furniture
from minutebook.extract.pages.layout import rows
from minutebook.extract.structure.minutes import find_headings
from minutebook.extract.structure.header import TitleBlock
from minutebook.extract.pipeline import Context
from minutebook.extract.pdf import OpenPdf
from minutebook.extract.pdf.read import PdfFile
from minutebook.extract.structure.build import find_structure
from minutebook.models import Line, Page

H = 842.0


def page(number: int, lines: list[tuple], footer: str | None = None) -> Page:
    """lines: (text, top) or (text, top, size, bold, x0)."""
    out = []
    for spec in lines:
        text, top, size, bold, x0 = (tuple(spec) + (11.0, False, 72.0)[len(spec) - 2:])[:5]
        out.append(Line(text=text, x0=x0, top=top, x1=x0 + 5.5 * len(text), bottom=top + size, size=size, bold=bold))
    if footer:
        out.append(Line(text=footer, x0=280, top=800, x1=320, bottom=809, size=9))
    return Page(number=number, width=595, height=H, lines=out)


def structure(pages: list[Page]):
    data = "\n".join(p.text for p in pages).encode()
    pdf = PdfFile(name="pack.pdf", data=data, sha256=hashlib.sha256(data).hexdigest())
    ctx = Context(pdf=pdf, pages=mark_furniture(pages))
    return find_structure(ctx, outline=[])


def modern_pack() -> list[Page]:
    body = [f"Members discussed the budget position in detail, line {n} of the debate." for n in range(30)]
    return [
        page(1, [("Public Document Pack", 60), ("Cabinet", 100, 18, True), ("Date: Monday, 2 October 2023", 140),
                 ("Time: 6.00 pm", 160), ("Venue: Council Chamber, Town Hall", 180),
                 ("Members of the public are welcome to attend.", 220)]),
        page(2, [("AGENDA", 80, 16, True), ("1. Apologies for Absence", 120), ("2. Minutes (Pages 1 - 2)", 150),
                 ("To confirm the minutes of the meeting held on 4 September 2023.", 170, 11, False, 100),
                 ("3. Budget Monitoring Report (Pages 3 - 4)", 200),
                 ("Recommendation: To note the report.", 220, 11, False, 100)]),
        page(3, [("Agenda Item 2", 60, 12, True),
                 ("MINUTES of the meeting of the CABINET held on Monday, 4 September 2023 at 6.00 pm", 90, 12, True),
                 ("PRESENT: Councillor A Smith (Chairman), Councillors B Jones and C Brown", 120),
                 ("21. APOLOGIES FOR ABSENCE", 160, 12, True),
                 ("Apologies for absence were received from Councillor D White.", 180),
                 ("22. BUDGET MONITORING", 210, 12, True)]
             + [(text, 230 + 18 * n) for n, text in enumerate(body)], footer="Page 1"),
        page(4, [("RESOLVED: That the budget position be noted.", 80), ("The meeting ended at 7.15 pm.", 110)],
             footer="Page 2"),
        page(5, [("Agenda Item 3", 60, 12, True), ("Budget Monitoring Report", 90, 16, True),
                 ("Purpose of the report", 130, 12, True), ("This report sets out the budget position.", 150)],
             footer="Page 3"),
        page(6, [("Appendix A", 60, 14, True), ("Table of variances", 90)], footer="Page 4"),
    ]


def test_pack_with_cover_maps_printed_ranges_through_labels():
    found = structure(modern_pack())
    items = {a.number: a for a in found.agenda_items}
    assert [a.title for a in found.agenda_items] == ["Apologies for Absence", "Minutes", "Budget Monitoring Report"]
    assert items["2"].pages == [3, 4] and items["3"].pages == [5, 6]
    assert items["3"].purpose == "To note the report."
    fields = found.pack_fields
    assert (fields["body"], fields["meeting_date"], fields["meeting_time"]) == ("Cabinet", "2023-10-02", "18:00")
    assert fields["venue"] == "Council Chamber, Town Hall"
    kinds = [(d.kind.value, d.pages[0], d.agenda_item) for d in found.documents]
    assert kinds == [("front_sheet", 1, None), ("agenda", 2, None), ("minutes", 3, "2"), ("report", 5, "3"),
                     ("appendix", 6, "3")]


def test_agenda_item_header_above_minutes_does_not_hide_them():
    found = structure(modern_pack())
    [meeting] = found.meetings
    assert (meeting.body, meeting.date, meeting.start_time, meeting.end_time) == ("CABINET", "2023-09-04", "18:00", "19:15")
    assert meeting.present == ["A Smith (Chairman)", "B Jones", "C Brown"]
    assert meeting.chair == "A Smith"
    assert meeting.apologies == ["D White"]
    assert [(m.number, m.title) for m in found.minute_items] == [("21.", "APOLOGIES FOR ABSENCE"), ("22.", "BUDGET MONITORING")]
    budget = found.minute_items[1]
    assert budget.pages == [3, 4]
    assert "RESOLVED: That the budget position be noted." in budget.text and "Page 1" not in budget.text.splitlines()
    assert found.item_at(4, 80).minute_item.id == budget.id
    assert found.item_at(5, 100).minute_item is None


def _headings(lines: list[tuple]) -> list[tuple]:
    p = page(1, lines)
    return [(h.number, h.title) for h in find_headings(rows(p), 11.0, TitleBlock())]


def test_minute_numbers_with_year_suffix():
    got = _headings([("36/13 APOLOGIES", 100), ("None received.", 120), ("37/13 MINUTES", 140),
                     ("The minutes were agreed.", 160), ("38/13 PLANNING", 180)])
    assert got == [("36/13", "APOLOGIES"), ("37/13", "MINUTES"), ("38/13", "PLANNING")]


def test_minute_numbers_written_as_minute_n():
    got = _headings([("Minute 57 Apologies", 100), ("None.", 120), ("Minute 58 Finance", 140),
                     ("The accounts were noted.", 160)])
    assert got == [("Minute 57", "Apologies"), ("Minute 58", "Finance")]


def test_minute_numbers_with_year_prefix_and_codes():
    got = _headings([("2021/045 Apologies", 100), ("None.", 120), ("2021/046 Planning", 140), ("Noted.", 160)])
    assert got == [("2021/045", "Apologies"), ("2021/046", "Planning")]
    got = _headings([("CAB 21 RECORD OF DECISIONS", 100, 11, True), ("Approved.", 120),
                     ("CAB 22 GREEN WASTE PROJECT", 140, 11, True), ("Agreed.", 160)])
    assert got == [("CAB 21", "RECORD OF DECISIONS"), ("CAB 22", "GREEN WASTE PROJECT")]


def test_sub_paragraph_numbers_stay_in_their_item():
    got = _headings([("104. MATTERS ARISING", 100), ("104.1 The clerk had written to the owner of the land.", 120),
                     ("104.2 All other matters had been actioned.", 140), ("105. FINANCE", 160),
                     ("105.1 A financial statement was received and noted.", 180)])
    assert got == [("104.", "MATTERS ARISING"), ("105.", "FINANCE")]


def test_numbered_resolution_points_are_not_items():
    got = _headings([("1. APOLOGIES", 80), ("None.", 100), ("2. BUDGET MONITORING", 120), ("RESOLVED:", 140),
                     ("3. That the Cabinet approve the virements set out in", 160), ("Appendix A.", 180),
                     ("3. CAPITAL PROGRAMME", 200), ("Noted.", 220)])
    assert got == [("1.", "APOLOGIES"), ("2.", "BUDGET MONITORING"), ("3.", "CAPITAL PROGRAMME")]


def test_stray_number_in_text_is_not_an_item():
    got = _headings([("4. MATTERS ARISING", 100, 11, True), ("9. The planning hearing had been postponed until later.", 120),
                     ("5. CORRESPONDENCE", 140, 11, True), ("6. FINANCE", 160, 11, True)])
    assert got == [("4.", "MATTERS ARISING"), ("5.", "CORRESPONDENCE"), ("6.", "FINANCE")]


def test_minutes_only_file_warns_no_agenda():
    found = structure([page(1, [("Minutes of the meeting of Anytown Town Council held on 3 May 2022 at 7pm", 80),
                                ("Present: Cllrs A Bee and C Dee", 110), ("1. APOLOGIES", 140),
                                ("There were none.", 160), ("2. FINANCE", 180), ("Noted.", 200)])])
    assert [w.message for w in found.warnings] == ["no agenda found"]
    [meeting] = found.meetings
    assert (meeting.body, meeting.date, meeting.start_time, meeting.present) == (
        "Anytown Town Council", "2022-05-03", "19:00", ["A Bee", "C Dee"])
    assert meeting.apologies == []


def test_agenda_only_file_warns_no_minutes():
    found = structure([page(1, [("Anytown Town Council", 60, 16, True), ("AGENDA", 100, 14, True),
                                ("1. Apologies", 130), ("2. To approve payments", 150)])])
    assert [a.title for a in found.agenda_items] == ["Apologies", "To approve payments"]
    assert [w.message for w in found.warnings] == ["no minutes found"]


def test_a_failing_structure_stage_keeps_the_pages(monkeypatch):
    from minutebook.extract import pipeline

    def broken(ctx, outline):
        raise ValueError("boom")

    monkeypatch.setattr(pipeline, "find_structure", broken)
    data = "x".encode()
    ctx = Context(pdf=PdfFile(name="p.pdf", data=data, sha256=hashlib.sha256(data).hexdigest()),
                  pages=[page(1, [("Some text", 100)])])
    records = list(pipeline.records_for(ctx, OpenPdf(ctx.pdf)))
    kinds = [r.record_type for r in records if r.record_type != "warning"]  # later stages may warn
    assert kinds == ["pack", "page", "error"]
    (error,) = [r for r in records if r.record_type == "error"]
    assert error.stage == "segment" and "boom" in error.message


def test_two_sets_of_minutes_on_one_page_are_two_meetings():
    found = structure([
        page(1, [("MINUTES", 60, 14, True), ("Planning Committee", 85, 13, True), ("5 March 2024", 105),
                 ("Present: Councillors Ash (chair) and Birch", 125), ("1. Apologies", 150, 12, True),
                 ("There were none.", 170), ("2. Applications", 190, 12, True), ("All were approved.", 210),
                 ("MINUTES", 300, 14, True), ("Licensing Sub-Committee", 325, 13, True), ("12 March 2024", 345),
                 ("Present: Councillors Cedar and Dogwood", 365), ("1. Election of chair", 390, 12, True),
                 ("Councillor Cedar was elected.", 410), ("2. Hearing", 430, 12, True), ("The licence was granted.", 450)]),
    ])
    assert [(m.body, m.date) for m in found.meetings] == [("Planning Committee", "2024-03-05"),
                                                           ("Licensing Sub-Committee", "2024-03-12")]
    first, second = found.meetings
    assert [i.meeting_id for i in found.minute_items] == [first.id] * 2 + [second.id] * 2
    assert found.minute_items[1].text == "All were approved."
    assert found.minute_items[2].id.endswith("/minute_item/m2024-03-12-1")
    assert found.item_at(1, 440).meeting.id == second.id


def test_labelled_front_sheet_and_item_prefixed_agenda():
    found = structure([page(1, [("Meeting: Licensing Committee", 80), ("Date: 8th February 2023", 100),
                                ("Time: 7:00 p.m.", 120), ("Agenda", 160, 14, True), ("Item 1 Apologies", 190),
                                ("Item 2 Minutes of the last meeting", 210), ("Item 3 Applications", 230)])])
    assert (found.pack_fields["body"], found.pack_fields["meeting_date"], found.pack_fields["meeting_time"]) == (
        "Licensing Committee", "2023-02-08", "19:00")
    assert [(a.number, a.title) for a in found.agenda_items] == [
        ("1", "Apologies"), ("2", "Minutes of the last meeting"), ("3", "Applications")]


def test_chair_named_on_its_own_line():
    found = structure([page(1, [("MINUTES", 60, 14, True), ("Full Council", 85, 13, True), ("3 May 2023", 105),
                                ("The Mayor (Councillor A Jones) in the Chair", 125),
                                ("Present: Councillors B Smith and C Brown", 145),
                                ("1. Apologies", 170, 12, True), ("None.", 190), ("2. Motions", 210, 12, True)])])
    [meeting] = found.meetings
    assert meeting.chair == "A Jones" and meeting.present == ["B Smith", "C Brown"]


from hypothesis import given, settings, strategies as st

_WORDS = st.sampled_from(["MINUTES", "Agenda", "Present:", "Councillors A and B", "1.", "2. Apologies", "3 Minutes 7 - 9",
                          "APPENDIX A", "Item No 4", "RESOLVED that it be noted.", "12 May 2022", "Page 3", "7.30pm",
                          "Apologies were received from Cllr C.", "x", "", "(Pages 1 - 2)", "Recommendations tracker"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.tuples(_WORDS, st.booleans(), st.sampled_from([9.0, 11.0, 16.0]),
                                   st.sampled_from([72.0, 100.0, 250.0])), max_size=12),
                min_size=1, max_size=5))
def test_any_laid_out_pages_give_consistent_structure(spec):
    pages = [page(n, [(text or "-", 60 + 30 * i, size, bold, x) for i, (text, bold, size, x) in enumerate(lines)],
                  footer=f"Page {n}") for n, lines in enumerate(spec, start=1)]
    found = structure(pages)
    count = len(pages)
    for record in found.records:
        assert all(1 <= p <= count for p in (record.source.pages if record.source else []))
    for doc in found.documents:
        assert doc.pages and doc.pages == sorted(doc.pages)
    assert sum(1 for d in found.documents if d.pages[0] == 1) >= 1
    ids = [r.id for r in found.records]
    assert len(ids) == len(set(ids))
    for item in found.minute_items:
        assert item.meeting_id in {m.id for m in found.meetings}
    for n in range(1, count + 1):
        found.item_at(n, 100.0)


def test_report_quoting_past_decisions_in_an_agenda_pack_is_not_minutes():
    found = structure([
        page(1, [("Anytown Council", 60, 16, True), ("Cabinet", 85, 13, True), ("Date: 1 June 2023", 110),
                 ("AGENDA", 150, 14, True), ("1. Apologies", 180), ("2. Housing Report (Pages 1 - 1)", 200)]),
        page(2, [("Agenda Item 2", 60, 12, True), ("Housing Report", 90, 16, True),
                 ("Cabinet resolved on 3 May that the scheme proceed.", 120),
                 ("It was agreed that officers report back.", 140)], footer="Page 1"),
    ])
    assert [d.kind.value for d in found.documents] == ["agenda", "report"]
    assert found.meetings == [] and [w.message for w in found.warnings] == ["no minutes found"]


def test_agenda_item_headed_minutes_does_not_start_a_set_of_minutes():
    found = structure([page(1, [("Anytown Parish Council", 60, 16, True), ("AGENDA", 100, 14, True),
                                ("1. APOLOGIES", 130, 11, True), ("MINUTES", 160, 11, True),
                                ("To confirm the minutes of the meeting held on 14th December 2016", 180),
                                ("3. FINANCE", 200, 11, True)])])
    assert [d.kind.value for d in found.documents] == ["agenda"]
    assert found.meetings == []


def minutes_meeting(title_rows: list[tuple]):
    """The meeting read from minutes whose head is these rows, above a present line and one item."""
    rows_ = title_rows + [("Present: Councillors A Smith, B Jones and C Brown", 60 + 22 * len(title_rows)),
                          ("1. Apologies", 82 + 22 * len(title_rows), 11, True),
                          ("RESOLVED that the apologies be accepted.", 104 + 22 * len(title_rows))]
    (meeting,) = structure([page(1, rows_)]).meetings
    return meeting.body, meeting.date


def test_a_body_named_before_the_word_meeting_is_the_meetings_body():
    """"Minutes of the Cabinet meeting held at County Hall on 12/03/2024": the body stands before "meeting"
    (constructed in the form several councils print); a kind of meeting there ("Annual", "Previous") is no body."""
    assert minutes_meeting([("Minutes of the Cabinet meeting held at County Hall on 12/03/2024", 40, 11, True)]) \
        == ("Cabinet", "2024-03-12")
    assert minutes_meeting([("Longdon Parish Council", 40, 14, True),
                            ("Minutes of the Annual Meeting held on Monday 4th March 2024", 62)]) \
        == ("Longdon Parish Council", "2024-03-04")


def test_a_line_naming_the_kind_of_meeting_is_not_its_body():
    """A US city council's minutes: "CITY COUNCIL" / "REGULAR MEETING" / the date."""
    assert minutes_meeting([("CITY COUNCIL", 40, 14, True), ("REGULAR MEETING", 62, 14, True),
                            ("March 5, 2024", 84)]) == ("CITY COUNCIL", "2024-03-05")


def test_titles_worded_as_notes_records_of_decisions_or_a_meeting_of():
    assert minutes_meeting([("Notes of the meeting of the Highways Working Group, 5 March 2024", 40, 11, True)]) \
        == ("Highways Working Group", "2024-03-05")
    assert minutes_meeting([("Record of Decisions - Cabinet - 5 March 2024", 40, 11, True)]) \
        == ("Cabinet", "2024-03-05")
    assert minutes_meeting([("Meeting of the Full Council", 40, 14, True), ("held on 5 March 2024 at 7.00pm", 62)]) \
        == ("Full Council", "2024-03-05")


# ------------------------------------------------------------ US boards' and commissions' minutes (issue 15)
def chicago_commission_minutes() -> list[Page]:
    """Lincoln Square SSA #21 Commission minutes, 29 January 2018 (../shared/corpus): a title block, then only
    bulleted points, the roll call as the first point's sub-points ("o"), no numbers and no headings."""
    return [page(1, [
        ("Lincoln Square Special Service Area #21", 38, 12, True, 344),
        ("Commission Meeting Minutes", 55, 24, True, 241),
        ("Minutes from Monday, January 29, 2018 \u2013 9:00am at Carbon Arc Bar & Board", 124),
        ("\u2022 Perfunctory Business", 138, 11, False, 90),
        ("o Commissioners Present: Anthony Qaiyum, Zach Maiorca, Melaina Prest", 151, 11, False, 126),
        ("o Commissioners Absent: Shelley Young, Pat Bader", 165, 11, False, 126),
        ("\u2022 Meeting called to order at 9:08am \u2013 M. Prest (motion), C. Dallas (second)", 179, 11, False, 90),
        ("\u2022 Updates", 193, 11, False, 90),
        ("o Holiday decorations were taken down and stored on schedule", 207, 11, False, 126),
        ("\u2022 New Business", 221, 11, False, 90),
        ("o APPROVED \u2013 2018 Meetings Calendar", 235, 11, False, 126),
        ("\u25aa New funding for street pole banner repairs", 249, 11, False, 162),
    ])]


def test_bulleted_points_are_the_items_of_minutes_that_number_nothing():
    found = structure(chicago_commission_minutes())
    (meeting,) = found.meetings
    assert meeting.date == "2018-01-29"
    assert [i.title for i in found.minute_items] == [
        "Perfunctory Business", "Meeting called to order at 9:08am \u2013 M. Prest (motion), C. Dallas (second)",
        "Updates", "New Business"]
    # the roll call printed as the first point's sub-points
    assert meeting.present == ["Anthony Qaiyum", "Zach Maiorca", "Melaina Prest"]
    assert meeting.apologies == ["Shelley Young", "Pat Bader"]


def test_one_bullet_is_not_a_list_of_items():
    """Near miss: minutes with numbered items keep them; a single bullet makes no items of its own."""
    got = _headings([("1. APOLOGIES", 100), ("\u2022 None received.", 120, 11, False, 90), ("2. FINANCE", 140)])
    assert got == [("1.", "APOLOGIES"), ("2.", "FINANCE")]


def boston_voting_minutes() -> list[Page]:
    """Boston Licensing Board, 1 October 2020 (../shared/corpus): "Voting Hearing Agenda" and the date, sections
    that each number their entries afresh, the board's outcome in capitals under each entry."""
    return [page(1, [
        ("Voting Hearing Agenda", 181), ("October 1, 2020", 204), ("(all members present)", 226),
        ("Disciplinary Hearings: September 29, 2020", 271),
        ("1. PT OPCO, LLC.", 316, 11, True), ("D/B/A: Pink Taco", 338, 11, True, 82),
        ("Location: 374 Congress St Boston, MA 02210", 361, 11, False, 82),
        ("NO VIOLATION - CORRESPONDENCE FROM THE BOARD", 476, 12, True, 80),
        ("2. IDENTITY FOODS, LLC.", 524, 11, True), ("D/B/A: Pollo Centro", 546, 11, True, 82),
        ("CORRESPONDENCE FROM THE BOARD", 590, 12, True, 80),
        ("Transactional Hearings: September 30, 2020", 640),
        ("1. Nassau One LLC", 680, 11, True),
        ("DEFER PENDING COMPLETION OF THE COMMUNITY PROCESS", 700, 12, True, 80),
        ("2. N.O.T. Trading Inc.", 730, 11, True), ("GRANTED", 750, 12, True, 80),
        ("3. RRG BH, LLC", 770, 11, True), ("GRANTED", 790, 12, True, 80)])]


def test_voting_agenda_with_outcomes_is_minutes():
    found = structure(boston_voting_minutes())
    (meeting,) = found.meetings
    assert meeting.date == "2020-10-01"
    assert meeting.body is None  # "Voting Hearing Agenda" names the document and the kind of meeting, not a body
    assert meeting.venue is None  # "Location:" under entry 1 is the licensee's premises
    assert [(i.number, i.title) for i in found.minute_items] == [
        ("1.", "PT OPCO, LLC."), ("2.", "IDENTITY FOODS, LLC."), ("1.", "Nassau One LLC"),
        ("2.", "N.O.T. Trading Inc."), ("3.", "RRG BH, LLC")]


def test_an_agenda_with_approval_lines_in_a_signature_block_is_not_minutes():
    """Near miss: a resolution's "APPROVED:" and "APPROVED AS TO FORM AND" signature lines and its "PASSED AND
    ADOPTED" line are not outcomes (Coral Gables resolution 2024-32, ../shared/corpus2)."""
    found = structure([page(1, [
        ("CITY OF CORAL GABLES, FLORIDA", 60, 12, True), ("RESOLUTION NO. 2024-32", 80, 12, True),
        ("PASSED AND ADOPTED THIS THIRTEENTH DAY OF FEBRUARY, A.D., 2024.", 246, 11, False, 108),
        ("APPROVED:", 343, 11, False, 288), ("VINCE LAGO", 412, 11, False, 288),
        ("APPROVED AS TO FORM AND", 494, 11, False, 288), ("LEGAL SUFFICIENCY:", 509, 11, False, 288)])])
    assert found.meetings == []
