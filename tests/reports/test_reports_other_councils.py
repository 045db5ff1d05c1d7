"""Report recommendations laid out as councils outside ../shared/corpus print them (issue 15).

Each test draws the layout of a real page with the real sentences (public records: the agendas of Mountain View,
Hermosa Beach, La Habra Heights and the Los Angeles Board of Water and Power Commissioners in ../shared/corpus2;
the UK wordings quoted in issue 15), beside near misses that must not change. Rules are about layouts and
wordings in general, never about one council.
"""
from __future__ import annotations

import pytest

from minutebook.extract.pipeline import extract

from pdfmaker import grid, make_pdf, text


def reports(tmp_path, pages) -> list[tuple[list[int], str]]:
    pdf = tmp_path / "pack.pdf"
    pdf.write_bytes(make_pdf(pages))
    return [(r.source.pages, r.text) for r in extract(pdf)
            if r.record_type == "recommendation" and r.origin.value == "report"]


def column(lines, x=60, top=60, step=22, size=11):
    """Lines down one column: (text, bold) pairs."""
    return [text(x, top + step * k, words, size, bold=bold) for k, (words, bold) in enumerate(lines)]


# --- a label in a left column, its text in the right column (Mountain View, 8 December 2020, pages 2-3) -------

def test_side_label_reads_the_column_beside_it_not_the_attachments_below(tmp_path):
    page = [
        text(55, 60, "4.1 Approve Meeting Minutes", 11, bold=True),
        text(174, 84, "Approve City Council meeting minutes of December 1, 2020 and", 11),
        text(174, 99, "Shoreline Regional Park Community meeting minutes of June 30, 2020.", 11),
        text(62, 85, "Recommendation(s):", 11, bold=True),  # its baseline a point below the text's first line
        text(97, 117, "Attachment(s):", 11, bold=True),
        text(190, 119.5, "12-01-20 Council Minutes with Edits", 11),
        text(190, 137, "06-30-20 Shoreline Minutes", 11),
        text(55, 170, "4.4 Authorize a Funding Agreement with El Camino Health for a Cuesta Park Fitness Court", 11,
             bold=True),
        text(174, 195, "1. Create a midyear Capital Improvement Project entitled Cuesta Park", 11),
        text(174, 210, "Fitness Court.", 11),
        text(174, 240, "2. Authorize the City Manager to execute a funding agreement with El", 11),
        text(174, 255, "Camino Health for $150,000 toward the design and construction of the", 11),
        text(174, 270, "Cuesta Park Fitness Court.", 11),
        text(62, 196, "Recommendation(s):", 11, bold=True),
        text(97, 290, "Attachment(s): Council Report", 11, bold=True),
    ]
    assert [t for _, t in reports(tmp_path, [page])] == [
        "Approve City Council meeting minutes of December 1, 2020 and Shoreline Regional Park Community meeting "
        "minutes of June 30, 2020.",
        "Create a midyear Capital Improvement Project entitled Cuesta Park Fitness Court.",
        "Authorize the City Manager to execute a funding agreement with El Camino Health for $150,000 toward the "
        "design and construction of the Cuesta Park Fitness Court.",
    ]


def test_a_side_label_that_is_no_recommendation_gives_none(tmp_path):
    page = [text(55, 60, "4.2 Council Report", 11, bold=True), text(175, 84, "ATT 1 - Ordinance", 11),
            text(97, 85, "Attachment(s):", 11, bold=True)]
    assert reports(tmp_path, [page]) == []


# --- an inline label; the next agenda item printed left of its text (Hermosa Beach, 10 January 2023, page 6) ----

def test_the_next_agenda_item_left_of_the_text_ends_the_recommendation(tmp_path):
    page = [
        text(55, 85, "a) 23-0033 WAIVE READING IN FULL OF ALL ORDINANCES ON THE AGENDA", 10, bold=True),
        text(298, 102, "(City Clerk Myra Maravilla)", 10),
        text(90, 122, "Recommendation: Staff recommends City Council waive reading in full of all ordinances on the "
                      "agenda and", 9, bold=True),  # the reader marks a line bold by its first word
        text(168, 134, "declare that said titles which appear on the public agenda shall be determined to have", 9),
        text(168, 146, "been read by title and further reading waived.", 9),
        text(55, 164, "b) REPORT", 10, bold=True),
        text(273, 164, "CITY COUNCIL MEETING MINUTES", 10, bold=True),
        text(90, 178, "23-0021", 10),
        text(298, 181, "(City Clerk Myra Maravilla)", 10),
        text(90, 201, "Recommendation: Staff recommends City Council approve the minutes for the special meeting of "
                      "Monday,", 9, bold=True),
        text(168, 213, "December 12, 2022 and regular meeting of Tuesday, December 13, 2022.", 9),
        text(55, 234, "c) REPORT", 10, bold=True),
        text(310, 234, "CHECK REGISTERS", 10, bold=True),
    ]
    assert [t for _, t in reports(tmp_path, [page])] == [
        "Staff recommends City Council waive reading in full of all ordinances on the agenda and declare that said "
        "titles which appear on the public agenda shall be determined to have been read by title and further "
        "reading waived.",
        "Staff recommends City Council approve the minutes for the special meeting of Monday, December 12, 2022 and "
        "regular meeting of Tuesday, December 13, 2022.",
    ]


# --- La Habra Heights, 12 December 2022: a wrapped word that looks like a label, items over a page break, a link
# line after a gap, the next item's title in capitals ---------------------------------------------------------

def test_a_word_wrapped_into_the_text_column_is_no_label_and_the_items_go_on_overleaf(tmp_path):
    first = [
        text(106, 660, "7. SELECT MAYOR AND MAYOR PRO TEMPORE", 10),
        text(139, 700, "RECOMMENDATION: It is recommended that the City", 10),
        text(331, 714, "Council:", 10),
    ]
    second = [
        text(136, 54, "A. Appoint Council Member ________________ to serve as Mayor;", 10),
        text(164, 68, "AND", 10),
        text(136, 104, "B. Appoint Council Member ________________ to serve as Mayor Pro", 10),
        text(164, 119, "Tempore.", 10),
        text(132, 150, "2022 12 12 ITEM NO 7", 10),
        text(106, 181, "8. CITY COUNCIL MEMBER COMMITTEE ASSIGNMENTS", 10),
    ]
    assert reports(tmp_path, [first, second]) == [
        ([2], "Appoint Council Member ________________ to serve as Mayor; AND"),
        ([2], "Appoint Council Member ________________ to serve as Mayor Pro Tempore."),
    ]


def test_a_one_word_recommendation_ends_at_the_gap_and_the_next_title_in_capitals(tmp_path):
    page = [
        text(106, 375, "14. WARRANT REPORT FOR NOVEMBER 2022", 10),
        text(139, 408, "RECOMMENDATION: Approve.", 10),
        text(132, 444, "2022 12 12 ITEM NO 14", 10),
        text(106, 475, "15. TREASURER\u2019S REPORT FOR OCTOBER 2022", 10),
        text(139, 508, "RECOMMENDATION: Approve.", 10),
        text(132, 544, "2022 12 12 ITEM NO 15", 10),
    ]
    assert [t for _, t in reports(tmp_path, [page])] == ["Approve.", "Approve."]


# --- list items that are recommendations themselves (Los Angeles Board of Water and Power Commissioners) --------

def test_recommended_by_and_recommendation_for_approval_items(tmp_path):
    page = [
        text(80, 60, "J. Filed Items", 12, bold=True),
        text(117, 90, "1. Water System Monthly Report \u2013 November/December 2021", 12),
        text(80, 120, "K. Minutes", 12, bold=True),
        text(117, 150, "1. Recommendation for approval of the minutes of the December 13, 2021,", 12),
        text(135, 164, "Special Meeting of the Board of Water and Power Commissioners.", 12),
        text(80, 200, "L. Items for Approval", 12, bold=True),
        text(117, 230, "1. Recommended by External and Regulatory Affairs", 12),
        text(135, 244, "Approval of 2021 Grid Reliability Study Required by Statewide", 12),
        text(135, 258, "Once-Through-Cooling Policy.", 12),
        text(135, 271, "Determine item is exempt pursuant to CEQA Guidelines Section 15060(c)(1).", 9),
        text(117, 298, "2. Recommended by Water System", 12),
        text(135, 312, "Approval of Agreement No. 47696 for eSTRE Analysis Model with", 12),
        text(135, 326, "Watercourse Engineering, Inc., for a term of five years.", 12),
    ]
    assert [t for _, t in reports(tmp_path, [page])] == [
        "Recommendation for approval of the minutes of the December 13, 2021, Special Meeting of the Board of "
        "Water and Power Commissioners.",
        "Approval of 2021 Grid Reliability Study Required by Statewide Once-Through-Cooling Policy. Determine item "
        "is exempt pursuant to CEQA Guidelines Section 15060(c)(1).",
        "Approval of Agreement No. 47696 for eSTRE Analysis Model with Watercourse Engineering, Inc., for a term of "
        "five years.",
    ]


def test_recommended_by_inside_a_sentence_is_no_label(tmp_path):
    lines = [("5. Road programme", True),
             ("The specifications for the 2017 Road Program as recommended by the Public Works", False),
             ("Committee were approved.", False)]
    assert reports(tmp_path, [column(lines)]) == []


# --- pointers back at recommendations printed elsewhere ---------------------------------------------------------

POINTERS = [
    # issue 15: the closing line of a UK report
    "Members are recommended to approve the recommendations in section 3 above.",
    # La Habra Heights' consent calendar: the agenda's procedure, not a recommendation
    "It is recommended that items 13 through 19 be acted on by one motion of the City Council.",
    "Cabinet is recommended to agree the recommendations set out in paragraph 4.2 of the report.",
]
NOT_POINTERS = [
    "It is recommended that the committee approves the budget in Appendix 3.",
    "Council is recommended to approve items 1 to 3 of the capital programme.",
    "Council is recommended to approve the 2025/26 precept of \u00a348,500.",
]


@pytest.mark.parametrize("sentence", POINTERS + NOT_POINTERS)
def test_a_pointer_back_to_a_section_is_no_recommendation(tmp_path, sentence):
    got = reports(tmp_path, [column([("8. Conclusion", True), ("The report sets out the options.", False),
                                     (sentence, False), ("Contact officer: Jo Smith", False)], step=30)])
    assert [t for _, t in got] == ([] if sentence in POINTERS else
                                   [sentence.split("that ", 1)[1] if sentence.startswith("It is") else sentence])


# --- one recommendation over bulleted objects; a lead-in inside a list (Mountain View, pages 4 and 9) -------------

def test_bullets_that_name_the_objects_of_the_lead_in_give_one_recommendation(tmp_path):
    page = [
        text(55, 60, "4.8 Accept and File the Comprehensive Annual Financial Report", 11, bold=True),
        text(62, 85, "Recommendation(s):", 11, bold=True),
        text(174, 84, "Accept and file the following reports pertaining to the fiscal year ended", 11),
        text(174, 99, "2019-20:", 11),
        text(174, 129, "\u2022 Article XIII-B Appropriations Limit Agreed-Upon Procedures Report", 11),
        text(174, 159, "\u2022 Report to the City Council-Required Communications", 11),
    ]
    assert [t for _, t in reports(tmp_path, [page])] == [
        "Accept and file the following reports pertaining to the fiscal year ended 2019-20: Article XIII-B "
        "Appropriations Limit Agreed-Upon Procedures Report Report to the City Council-Required Communications"]


def test_bullets_under_a_framing_lead_in_give_one_each(tmp_path):
    lines = [("Recommendations", True), ("The Panel is asked to approve the following:", False),
             ("\u2022 the fees and charges for 2025/26;", False), ("\u2022 the concessions policy.", False),
             ("Background", True)]
    assert [t for _, t in reports(tmp_path, [column(lines)])] == [
        "the fees and charges for 2025/26;", "the concessions policy."]


def test_a_new_lead_in_inside_a_list_starts_its_own_points(tmp_path):
    page = [
        text(55, 60, "7.1 Eden Housing Notice of Funding Availability Proposal-1100 La Avenida", 11, bold=True),
        text(174, 84, "The Notice of Funding Availability Review Committee recommends that", 11),
        text(174, 99, "the City Council:", 11),
        text(62, 85, "Recommendation(s):", 11, bold=True),
        text(174, 129, "1. Reserve $15,000,000 in Below-Market-Rate funds for the Eden", 11),
        text(174, 144, "Housing Notice of Funding Availability application.", 11),
        text(174, 174, "Staff recommends the City Council appropriate the following funds from", 11),
        text(174, 189, "the $15,000,000 reservation:", 11),
        text(174, 219, "1. Appropriate $1,000,000 in Below-Market-Rate funds to", 11),
        text(174, 234, "predevelopment costs.", 11),
        text(174, 264, "2. Appropriate an additional $300,000 in Below-Market-Rate funds for", 11),
        text(174, 279, "staff time. (Five votes required)", 11),
    ]
    assert [t for _, t in reports(tmp_path, [page])] == [
        "Reserve $15,000,000 in Below-Market-Rate funds for the Eden Housing Notice of Funding Availability "
        "application.",
        "Appropriate $1,000,000 in Below-Market-Rate funds to predevelopment costs.",
        "Appropriate an additional $300,000 in Below-Market-Rate funds for staff time. (Five votes required)",
    ]


# --- lead-ins ending ":-", "-" or ":" over items with or without markers (issue 15) -------------------------------

LEAD_INS = ["Council is recommended to approve: -", "Council is recommended to approve -",
            "Council is recommended to approve:", "4.1 Cabinet is recommended to:-"]
MARKERS = ["a)", "-", "\u2022", "(i)", ""]


@pytest.mark.parametrize("marker", MARKERS)
@pytest.mark.parametrize("lead_in", LEAD_INS)
def test_items_under_a_list_lead_in_give_one_record_each(tmp_path, lead_in, marker):
    lines = [("Item 6 Revenue budget 2024/25", True), ("1. Recommendations", True), (lead_in, False),
             (f"{marker} the revenue budget for 2024/25 of \u00a352,000;".strip(), False),
             (f"{marker} a precept of \u00a348,500.".strip(), False),
             ("2. Background", True), ("The budget was set in 2023.", False)]
    assert [t for _, t in reports(tmp_path, [column(lines)])] == [
        "the revenue budget for 2024/25 of \u00a352,000;", "a precept of \u00a348,500."]


def test_one_unmarked_sentence_after_a_lead_in_stays_whole(tmp_path):
    lines = [("Recommendations", True), ("Council is recommended to approve: -", False),
             ("the revenue budget for 2024/25 of \u00a352,000 and a precept of \u00a348,500.", False),
             ("Background", True)]
    assert [t for _, t in reports(tmp_path, [column(lines)])] == [
        "Council is recommended to approve: - the revenue budget for 2024/25 of \u00a352,000 and a precept of "
        "\u00a348,500."]


# --- a table in minutes whose column is headed "Recommendation" (issue 15) -----------------------------------------

def test_a_recommendation_column_of_a_grants_table_in_minutes_is_no_report(tmp_path):
    page = column([("Minutes of the Grants Committee held on 4 March 2025", True), ("5. Community grants", True),
                   ("The committee considered the applications below.", False)])
    page += grid([55, 200, 330, 470], [190, 230, 270, 310])
    page += [text(60, 196, "Applicant", 11, True), text(205, 196, "Amount", 11, True),
             text(205, 210, "requested", 11, True), text(335, 202, "Recommendation", 11, True),
             text(60, 236, "Ayton Gala Committee", 11), text(205, 236, "\u00a3500", 11), text(335, 236, "Approved", 11),
             text(60, 276, "Village Hall", 11), text(205, 276, "\u00a31,200", 11), text(335, 276, "Rejected - not", 11),
             text(335, 290, "eligible", 11), text(60, 330, "6. Date of next meeting", 11, True)]
    assert reports(tmp_path, [page]) == []


def test_a_recommendation_heading_over_body_text_is_still_read(tmp_path):
    lines = [("Recommendation", True), ("That the committee approves the grants listed in the table.", False),
             ("Background", True)]
    assert [t for _, t in reports(tmp_path, [column(lines)])] == [
        "That the committee approves the grants listed in the table."]


# --- a report printing its recommendations twice: summary box, then a section (issue 15) --------------------------

RECS = ["That Cabinet approves the draft Local Plan for public consultation from 4 March 2025.",
        "That Cabinet delegates minor changes to the plan to the Director of Planning."]


def test_recommendations_printed_twice_give_one_record_each_from_the_first_printing(tmp_path):
    first = column([("Item 7 Draft Local Plan", True), ("Recommendations", True)]
                   + [(f"{k}. {r}", False) for k, r in enumerate(RECS, 1)]
                   + [("1. Purpose", True), ("1.1 This report seeks approval of the draft Local Plan.", False),
                      ("2. Background", True), ("2.1 The current plan was adopted in 2015.", False)])
    second = column([("3. Recommendations", True)] + [(f"3.{k} {r}", False) for k, r in enumerate(RECS, 1)]
                    + [("4. Financial implications", True), ("4.1 None.", False)])
    assert reports(tmp_path, [first, second]) == [([1], RECS[0]), ([1], RECS[1])]


def test_a_stock_wording_under_two_agenda_items_gives_two(tmp_path):
    page = [
        text(106, 168, "21. GFOA DISTINGUISHED BUDGET PRESENTATION AWARD FOR FY2022-23", 10),
        text(139, 216, "RECOMMENDATION: It is recommended that the City", 10),
        text(331, 230, "Council receive and file.", 10),
        text(106, 297, "22. GFOA CERTIFICATE OF ACHIEVEMENT FOR EXCELLENCE IN FINANCIAL", 10),
        text(139, 359, "RECOMMENDATION: It is recommended that the City", 10),
        text(331, 373, "Council receive and file.", 10),
    ]
    assert [t for _, t in reports(tmp_path, [page])] == [
        "It is recommended that the City Council receive and file."] * 2


def test_a_numbered_list_that_starts_on_the_labels_line_gives_one_record_per_item(tmp_path):
    """pdfplumber reads Mountain View's side label and the first item as one line ("Recommendation(s): 1. Create
    a midyear ..."): the first item is an item, not a lead-in."""
    lines = [("4.4 Authorize a Funding Agreement with El Camino Health", True),
             ("Recommendation(s): 1. Create a midyear Capital Improvement Project entitled Cuesta Park", False),
             ("Fitness Court.", False),
             ("2. Authorize the City Manager to execute a funding agreement with El Camino Health.", False),
             ("Attachment(s): Council Report", True)]
    assert [t for _, t in reports(tmp_path, [column(lines)])] == [
        "Create a midyear Capital Improvement Project entitled Cuesta Park Fitness Court.",
        "Authorize the City Manager to execute a funding agreement with El Camino Health."]


# --- paragraphs under the label, each opening as a recommendation (GUIDELINES-recommendations.md) ---------------

def _paragraphs(blocks, gap):
    ops, y = [], 60
    for lines, bold in blocks:
        for words in lines:
            ops.append(text(60, y, words, 11, bold=bold))
            y += 13
        y += gap
    return [ops]


@pytest.mark.parametrize("gap", [2, 10])
@pytest.mark.parametrize("first, second", [
    (["APPROVE the revised fees and charges for 2025/26 as set out in", "Appendix A."],
     ["DELEGATE authority to the Director of Finance to make minor changes."]),
    (["That the council approves the revised fees and charges for 2025/26."],
     ["That the council notes the consultation responses."]),
])
def test_paragraphs_that_open_as_recommendations_give_one_each(tmp_path, gap, first, second):
    got = reports(tmp_path, _paragraphs([(["Recommendations"], True), (first, False), (second, False),
                                         (["Background"], True), (["The fees were set in 2024."], False)], gap))
    assert [t for _, t in got] == [" ".join(first), " ".join(second)]


def test_a_reasoning_paragraph_after_the_recommendation_is_left_out(tmp_path):
    got = reports(tmp_path, _paragraphs([
        (["Recommendation:"], True),
        (["That the council approves the revised fees and charges for 2025/26."], False),
        (["The fees were last reviewed in 2024 and have risen with inflation."], False),
        (["That is why the increase is proposed."], False)], 10))
    assert [t for _, t in got] == ["That the council approves the revised fees and charges for 2025/26."]
