"""Report recommendations: labelled ones in real packs, lists, and narrative that only mentions a recommendation."""
from __future__ import annotations

from minutebook.extract.pipeline import extract

from conftest import sample
from pdfmaker import make_pdf, text


def reports(pdf):
    return [r for r in extract(pdf) if r.record_type == "recommendation" and r.origin.value == "report"]


def test_norwich_reports_point_at_their_agenda_items_and_meeting():
    got = reports(sample("norwich-scrutiny-2021-03-18-rendered.pdf"))
    assert [r.agenda_item_id.rsplit("/", 1)[1] for r in got] == ["5", "6", "7", "8"]
    assert all(r.document_id and r.document_id.endswith("-report") for r in got)
    assert {(r.meeting.body, r.meeting.date) for r in got} == {("Scrutiny committee", "2021-03-18")}


def test_norwich_item_reports_give_their_recommendations_with_titles():
    got = [(r.source.pages, r.text, r.topic) for r in reports(sample("norwich-scrutiny-2021-03-18-rendered.pdf"))]
    assert got == [
        ([11], "To note the reports of the NHOSC representative.", "Norfolk Health and Overview Scrutiny Committee (NHOSC)"),
        ([17], "To note the report of the council's representative on the CCSPSSP.",
         "Countywide Community Safety Partnership Scrutiny Sub Panel (CCSPSSP)"),
        ([25], "To consider the scrutiny committee work programme 2020-21.", "Scrutiny committee work programme 2020-21"),
        ([37], "That the scrutiny committee considers the strategy and makes recommendations for cabinet to consider.",
         "Draft Procurement and Contract Management strategy 2021-2024"),
    ]


def test_budget_reports_bound_into_minutes_and_reasoning_left_out():
    got = reports(sample("hertingfordbury-pc-minutes-2012-01-11.pdf"))
    assert [(r.source.pages, r.text, r.topic) for r in got] == [
        ([6], "That the council sets its 2012 budget as attached in Appendix 1:", "Budget 2012/13"),
        ([7], "The council sets a precept for 2012/13 of £11,400.", "PRECEPT"),
    ]
    # "... and it is recommended that this fund be adjusted" (para 8.4.1) is reasoning, not a recommendation.
    assert not [r for r in got if "fund be adjusted" in r.text]
    for rec in got:
        assert rec.source.quote.endswith(rec.text) and rec.source.boxes


def test_lettered_list_gives_one_record_per_item_without_lead_in(tmp_path):
    lines = [
        "Item 4 Annual budget",
        "The budget was prepared with the finance working group and it is recommended that",
        "members read the appendix first.",
        "Council is recommended to approve: -",
        "a) the revenue budget for 2022/23 of £52,000;",
        "b) a precept of £48,500; and",
        "c) the reserves policy at",
        "appendix B.",
        "Contact officer: the clerk",
    ]
    pdf = tmp_path / "budget.pdf"
    pdf.write_bytes(make_pdf([[text(60, 60 + 20 * k, line, 11, bold=(k == 0)) for k, line in enumerate(lines)]]))
    got = reports(pdf)
    assert [r.text for r in got] == [
        "the revenue budget for 2022/23 of £52,000;",
        "a precept of £48,500; and",
        "the reserves policy at appendix B.",
    ]
    assert {r.topic for r in got} == {"Annual budget"}
    # The clause analysis reads the action from the lead-in the items share.
    assert {(r.action, r.category.value) for r in got} == {("approve", "approve")}


def test_it_is_recommended_paragraph(tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(make_pdf([[
        text(60, 60, "1. Background", 11, bold=True),
        text(60, 90, "The policy was last reviewed in 2019.", 11),
        text(60, 120, "It is recommended that the committee adopts the revised", 11),
        text(60, 136, "complaints policy.", 11),
        text(60, 170, "2. Financial implications", 11, bold=True),
    ]]))
    assert [r.text for r in reports(pdf)] == ["the committee adopts the revised complaints policy."]


def test_numbered_recommendations_section_ends_at_the_next_section(tmp_path):
    pdf = tmp_path / "cabinet.pdf"
    lines = ["2. Recommendations", "2.1 That Cabinet approves the draft local plan for consultation.",
             "2.2 That Cabinet delegates minor changes to the planning", "director.", "3. Background",
             "3.1 The plan was last reviewed in 2015."]
    pdf.write_bytes(make_pdf([[text(60, 60 + 22 * k, line, 11) for k, line in enumerate(lines)]]))
    assert [r.text for r in reports(pdf)] == [
        "That Cabinet approves the draft local plan for consultation.",
        "That Cabinet delegates minor changes to the planning director.",
    ]


def test_other_label_spellings(tmp_path):
    pdf = tmp_path / "labels.pdf"
    pdf.write_bytes(make_pdf([[
        text(60, 60, "Recommendation(s): That the panel notes the annual complaints report.", 11),
        text(60, 90, "Contact officer: the monitoring officer", 11),
        text(60, 130, "Recommended decision: To approve the revised fees and charges.", 11),
        text(60, 160, "Background", 11, bold=True),
    ]]))
    assert [r.text for r in reports(pdf)] == ["That the panel notes the annual complaints report.",
                                              "To approve the revised fees and charges."]


def test_a_numbered_item_over_lettered_points_is_their_lead_in(tmp_path):
    lines = ["Recommendations", "1. That Cabinet approves the following:", "(a) the fees for 2023/24; and",
             "(b) the charging policy.", "2. That Cabinet notes the consultation responses.", "Background"]
    pdf = tmp_path / "fees.pdf"
    pdf.write_bytes(make_pdf([[text(60, 60 + 22 * k, line, 11, bold=k in (0, 5)) for k, line in enumerate(lines)]]))
    got = reports(pdf)
    assert [(r.text, r.action) for r in got] == [
        ("the fees for 2023/24; and", "approve"), ("the charging policy.", "approve"),
        ("That Cabinet notes the consultation responses.", "note"),
    ]


def test_labels_and_headings_that_name_who_the_recommendation_is_for(tmp_path):
    """Report templates print "Officer recommendation:", "Recommendations to Cabinet", "SUMMARY OF
    RECOMMENDATIONS" (constructed lines in those councils' forms)."""
    lines = [("Officer recommendation: That planning permission be refused for the reasons below.", False),
             ("Contact officer: the planning manager", False),
             ("Recommendations to Cabinet", True),
             ("1. That Cabinet approves the draft local plan for consultation.", False),
             ("2. That Cabinet notes the responses to the first consultation.", False),
             ("Background", True),
             ("SUMMARY OF RECOMMENDATIONS", False),
             ("That the committee notes the annual report.", False),
             ("Reasons", True)]
    pdf = tmp_path / "named.pdf"
    pdf.write_bytes(make_pdf([[text(60, 60 + 30 * k, line, 11, bold=bold) for k, (line, bold) in enumerate(lines)]]))
    assert [r.text for r in reports(pdf)] == [
        "That planning permission be refused for the reasons below.",
        "That Cabinet approves the draft local plan for consultation.",
        "That Cabinet notes the responses to the first consultation.",
        "That the committee notes the annual report.",
    ]


def test_a_sentence_about_recommendations_to_a_body_is_no_heading(tmp_path):
    lines = [("The recommendations to Cabinet from the review were accepted in full last year.", False),
             ("Background", True)]
    pdf = tmp_path / "narrative.pdf"
    pdf.write_bytes(make_pdf([[text(60, 60 + 30 * k, line, 11, bold=bold) for k, (line, bold) in enumerate(lines)]]))
    assert reports(pdf) == []


def report_texts(tmp_path, lines) -> list[str]:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(make_pdf([[text(60, 60 + 30 * k, line, 11, bold=bold) for k, (line, bold) in enumerate(lines)]]))
    return [r.text for r in reports(pdf)]


def test_label_punctuation_and_spellings(tmp_path):
    """"Recommendation:-" (the dash is punctuation, not the text's) and "Recommendation/s"."""
    assert report_texts(tmp_path, [("Recommendation:- That the report be noted.", False), ("Background", True)]) \
        == ["That the report be noted."]
    assert report_texts(tmp_path, [("Recommendation/s: That the report be noted.", False), ("Background", True)]) \
        == ["That the report be noted."]
    assert report_texts(tmp_path, [("RECOMMENDATION/S", True), ("That the report be noted.", False),
                                   ("Background", True)]) == ["That the report be noted."]


def test_roman_and_letter_markers_with_a_full_stop_give_one_record_each(tmp_path):
    got = report_texts(tmp_path, [("Recommendation(s)", True), ("That Council:", False),
                                  ("i. adopts the plan;", False), ("ii. delegates authority to the Director.", False),
                                  ("Reasons for recommendations", True), ("To meet the statutory deadline.", False)])
    assert got == ["adopts the plan;", "delegates authority to the Director."]
    got = report_texts(tmp_path, [("Recommendations", True), ("The Panel is asked to:", False),
                                  ("a. note the performance figures;", False), ("b. agree the targets.", False),
                                  ("Background", True)])
    assert got == ["note the performance figures;", "agree the targets."]


def test_recommended_as_a_minutes_formula_is_no_report_recommendation(tmp_path):
    """Some councils' minutes record a committee's recommendation to another body as "RECOMMENDED - THAT ...":
    a minuted decision, not an officer report's recommendation (so a bare "Recommended" is no label)."""
    assert report_texts(tmp_path, [("44 MINUTES -", True),
                                   ("RECOMMENDED - THAT the minutes of the meeting be approved.", False),
                                   ("45 CALL-IN", True)]) == []
