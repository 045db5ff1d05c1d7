"""The RESOLVED rules as a table: laid-out minutes in, statements (text, clauses, subject) out.

Sentences are taken from real minutes (the corpus and the seed pack) and from forms councils use that the
corpus lacks; the layouts are synthetic (see resolution_fixtures.py) so each row shows one rule.
"""
from __future__ import annotations

import pytest

from minutebook.extract.resolutions.triggers import classify
from minutebook.extract.resolutions.find import find_resolutions
from minutebook.extract.resolutions.patterns import TRIGGER

from resolution_fixtures import make_ctx

H = {"bold": True}

# (id, pages, expected [(text, clauses or None, subject or None)])
CASES = [
    ("comma_to", [["3. Minutes", "RESOLVED, to approve the accuracy of the minutes of the meeting held on 21~",
                   "January 2021.", "4. Work programme"]],
     [("to approve the accuracy of the minutes of the meeting held on 21 January 2021.", None, None)]),
    ("colon_that", [["RESOLVED: That the Annual Scrutiny Report 2008/2009 be received."]],
     [("That the Annual Scrutiny Report 2008/2009 be received.", None, None)]),
    ("colon_newline_that", [[("RESOLVED:", 72, H), "That the Annual Scrutiny Report 2008/2009 be received."]],
     [("That the Annual Scrutiny Report 2008/2009 be received.", None, None)]),
    ("dash_letter_spaced_that", [["RESOLVED - T H A T Councillor M. Lloyd be appointed Vice-Chairman for the~",
                                  "Municipal Year.", "", "Councillor A.R. Robertson declared an interest."]],
     [("T H A T Councillor M. Lloyd be appointed Vice-Chairman for the Municipal Year.", None, None)]),
    ("en_dash", [["RESOLVED \u2013 that the grant of \u00a3350 be paid to the litter picking group."]],
     [("that the grant of \u00a3350 be paid to the litter picking group.", None, None)]),
    ("it_was_mid_line", [["108.3 Bank Mandate. The clerk presented a paper outlining the benefits. It~",
                          ("was RESOLVED to open a bank account with Co-Operative Bank and to move the~", 100),
                          ("council\u2019s funds from the start of financial year 2012/13.", 100),
                          "109. BUDGET"]],
     [("to open a bank account with Co-Operative Bank and to move the council\u2019s funds from the start of "
       "financial year 2012/13.", None, None)]),
    ("narrative_after_full_stop", [["112.5 Planning appeal was discussed. It was RESOLVED to object on the~",
                                    "grounds that the Land is green belt. The council was of the unanimous~",
                                    "opinion that the applicant had failed."]],
     [("to object on the grounds that the Land is green belt.", None, None)]),
    ("lower_case_it_was_resolved", [["For other insurance matters it was resolved to accept the quote from Zurich~",
                                     "Municipal insurance."]],
     [("to accept the quote from Zurich Municipal insurance.", None, None)]),
    ("committee_resolved", [["The Committee resolved to defer the item to its next meeting."]],
     [("to defer the item to its next meeting.", None, None)]),
    ("unanimously", [["9.3 The council unanimously RESOLVED to co-opt Haidy Blake to fill the vacancy.",
                      "9.4 Haidy Blake signed the declaration of acceptance."]],
     [("to co-opt Haidy Blake to fill the vacancy.", None, None)]),
    ("votes_kept_in_text", [["RESOLVED, with 7 members voting in favour, 2 against and 1 abstaining, to approve~",
                             "the budget for 2021/22."]],
     [("with 7 members voting in favour, 2 against and 1 abstaining, to approve the budget for 2021/22.",
       None, None)]),
    ("moved_seconded", [["It was moved, seconded and RESOLVED that Councillor Loraine Rossati be elected~",
                         "Vice Chair of the Licensing Committee for the Municipal year 2021/22."]],
     [("that Councillor Loraine Rossati be elected Vice Chair of the Licensing Committee for the Municipal "
       "year 2021/22.", None, None)]),
    ("members_resolved_that", [["13.2 The clerk explained the reserve. Members RESOLVED that this was~",
                                "an acceptable reserve to cover the risks."]],
     [("that this was an acceptable reserve to cover the risks.", None, None)]),
    ("resolved_at_line_end", [["The Committee having considered the matter carefully, RESOLVED~",
                               "that the application be refused."]],
     [("that the application be refused.", None, None)]),
    ("lettered_list", [["RESOLVED to:", ("(a) approve the budget for 2021/22;", 90),
                        ("(b) note the report; and", 90),
                        ("(c) ask the clerk to write to the county council about the", 90),
                        ("potholes in Station Road.", 108), ("5. PLANNING", 72, H)]],
     [("to: (a) approve the budget for 2021/22; (b) note the report; and (c) ask the clerk to write to the "
       "county council about the potholes in Station Road.",
       ["approve the budget for 2021/22", "note the report",
        "ask the clerk to write to the county council about the potholes in Station Road."], None)]),
    ("bullets_then_narrative", [["14.2 It was RESOLVED that following payments be authorised:",
                                 ("\u2022 The clerk for expenses incurred: \u00a3218.11", 90),
                                 ("\u2022 Coopers: \u00a31107.60", 90),
                                 "The clerk reported that the audit had been completed and the certificate~",
                                 "received."]],
     [("that following payments be authorised: The clerk for expenses incurred: \u00a3218.11 Coopers: "
       "\u00a31107.60", ["The clerk for expenses incurred: \u00a3218.11", "Coopers: \u00a31107.60"], None)]),
    ("numbered_list_across_page_break", [["RESOLVED that:", ("(1) the revised terms of reference be approved;", 90),
                                          ("(2) the chief executive be authorised to make consequential~", 90)],
                                         [("changes to the constitution; and", 108),
                                          ("(3) the matter be reported to Council.", 90), "",
                                          ("6. Work programme", 72, H)]],
     [("that: (1) the revised terms of reference be approved; (2) the chief executive be authorised to make "
       "consequential changes to the constitution; and (3) the matter be reported to Council.",
       ["the revised terms of reference be approved",
        "the chief executive be authorised to make consequential changes to the constitution",
        "the matter be reported to Council."], None)]),
    ("unmarked_table_is_one_clause", [["109.1 After a short discussion it was RESOLVED to adopt a budget as~",
                                       ("follows:", 100), ("Income \u00a316,127", 100),
                                       ("Expenditure \u00a318,688", 100), ("Use of Reserves \u00a32,561", 100),
                                       "109.2 Reserves were reviewed."]],
     [("to adopt a budget as follows: Income \u00a316,127 Expenditure \u00a318,688 Use of Reserves \u00a32,561",
       ["to adopt a budget as follows: Income \u00a316,127 Expenditure \u00a318,688 Use of Reserves \u00a32,561"],
       None)]),
    ("payments_rows", [["Invoice for Zurich Insurance \u00a3 689.62 resolved to pay",
                        "Village Hall Fees \u00a3 40.00 resolved to pay",
                        "Clerk Expenses \u00a3 81.11 resolved to pay (Paper, ink, stamps etc)~",
                        "Clerks Wages, the clerk highlighted the number of hours."]],
     [("to pay", None, "Invoice for Zurich Insurance \u00a3 689.62"),
      ("to pay", None, "Village Hall Fees \u00a3 40.00"),
      ("to pay (Paper, ink, stamps etc)", None, "Clerk Expenses \u00a3 81.11")]),
    ("row_wrapping_mid_phrase", [[("G & AM Johnston mowing & strimming of village green resolved to~", 110),
                                  ("pay \u00a3 1080.00", 110), "Accounts Draft 1 were circulated to Councillors"]],
     [("to pay \u00a3 1080.00", None, "G & AM Johnston mowing & strimming of village green")]),
    ("policy_rows_with_dash", [["Financial Regulations - Resolved to Sign", "Complaints Policy - Resolved to Sign",
                                "17.03.10 Correspondence"]],
     [("to Sign", None, "Financial Regulations -"), ("to Sign", None, "Complaints Policy -")]),
    ("bare_formula_subject", [["107. MINUTES", "", ("To consider and approve the amendment to the Code of~", 94),
                               ("Conduct.", 94), ("Resolved, proposed Cllr Atkins, Seconded Cllr Morris. "
                                                  "Unanimously agreed.", 94), "",
                               ("The Chairman thanked the residents.", 94)]],
     [("proposed Cllr Atkins, Seconded Cllr Morris. Unanimously agreed.", None,
       "To consider and approve the amendment to the Code of Conduct.")]),
    ("formula_vote_wraps", [[("The amendment was resolved, proposed Cllr Morris seconded Cllr Bradbury. Unanimously~",
                              100), ("agreed.", 100), "",
                             ("The working party will be made up from representatives of residents.", 100)]],
     [("proposed Cllr Morris seconded Cllr Bradbury. Unanimously agreed.", None, "The amendment")]),
    ("passive_by_the_council", [["Cllr O\u2019Leary is interested in the CLCA course. Support for this was resolved by the~",
                                 "Council. Cllr O\u2019Leary to confirm at the October meeting."]],
     [("by the Council.", None, "Support for this")]),
    ("be_it_resolved", [["NOW, THEREFORE, BE IT RESOLVED that the Board adopts the budget for the fiscal year~",
                         "2018-2019.", "BE IT FURTHER RESOLVED that this Resolution be filed with the County Clerk.",
                         "ADOPTED by the Board this 23rd day of May, 2018."]],
     [("that the Board adopts the budget for the fiscal year 2018-2019.", None, None),
      ("that this Resolution be filed with the County Clerk.", None, None)]),
    ("stop_at_signature", [["Councillors resolved to increase the limit to \u00a32700", "",
                            "Signed ____________________ Dated"]],
     [("to increase the limit to \u00a32700", None, None)]),
    ("stop_at_bold_heading", [["RESOLVED to add pre-scrutiny of the Procurement Strategy to the scrutiny~",
                               "committee work programme 2020-21", ("5. The council's 2021-22 budget", 72, H)]],
     [("to add pre-scrutiny of the Procurement Strategy to the scrutiny committee work programme 2020-21",
       None, None)]),
    ("next_resolved_stops", [["RESOLVED to approve the grant", "RESOLVED to note the report"]],
     [("to approve the grant", None, None), ("to note the report", None, None)]),
    ("side_column_initials_left_out", [["RESOLVED that the clerk write to the highways authority about the~",
                                        ("JB", 540, {"top": 72.0}),
                                        "potholes in Station Road.", "", "7. Correspondence"]],
     [("that the clerk write to the highways authority about the potholes in Station Road.", None, None)]),
    ("inline_points", [["RESOLVED that (a) the report be noted; and (b) the clerk write to the police about~",
                        "speeding."]],
     [("that (a) the report be noted; and (b) the clerk write to the police about speeding.",
       ["the report be noted", "the clerk write to the police about speeding."], None)]),
    ("point_needing_its_lead_in", [["RESOLVED to ask cabinet to:", ("\u2022 consider the investment options;", 90),
                                    ("\u2022 subject to funding, commission a survey.", 90)]],
     [("to ask cabinet to: consider the investment options; subject to funding, commission a survey.",
       ["consider the investment options", "to ask cabinet to: subject to funding, commission a survey."],
       None)]),
    ("quoted_in_tracker_cell", [[("Taken to cabinet on 16 December", 350), ("2020, response; RESOLVED to", 350),
                                 ("note the recommendations made", 350), ("at the meeting of scrutiny.", 350),
                                 ("15 October 2020", 72)]],
     [("to note the recommendations made at the meeting of scrutiny.", None, None)]),
    ("resolved_full_stop_closes_a_proposal", [["To approve the accounts for 2019/20. Proposed Cllr Smith, seconded~",
                                               "Cllr Jones. RESOLVED.", "", "The clerk will send the accounts to the auditor."]],
     [("", [], "To approve the accounts for 2019/20.")]),
    ("lead_in_line_then_roman_points", [[("RESOLVED:", 72, H), "That the Committee",
                                         ("(i) notes the report; and", 90),
                                         ("(ii) approves the revised budget.", 90), "",
                                         ("Reasons for decision", 72, H)]],
     [("That the Committee (i) notes the report; and (ii) approves the revised budget.",
       ["notes the report", "approves the revised budget."], None)]),
    ("numbering_that_breaks_off_is_the_next_minute", [["RESOLVED:", "1. That the report be noted.",
                                                       "2. That the clerk write to the county council.",
                                                       "45. Budget monitoring was considered next."]],
     [("1. That the report be noted. 2. That the clerk write to the county council.",
       ["That the report be noted.", "That the clerk write to the county council."], None)]),
    ("statement_in_capitals_over_two_lines", [["RESOLVED: THAT THE MINUTES OF THE MEETING HELD ON 3 MARCH~",
                                               "2020 BE APPROVED AS A CORRECT RECORD.", "", "5. PLANNING"]],
     [("THAT THE MINUTES OF THE MEETING HELD ON 3 MARCH 2020 BE APPROVED AS A CORRECT RECORD.", None, None)]),
    ("capitals_heading_is_not_a_statement", [["MATTERS RESOLVED", "The streetlight on the green has been repaired."]],
     []),
    ("resolved_as_follows", [["After discussion the members resolved as follows:", ("(a) to buy a new bench;", 90),
                              ("(b) to repair the gate.", 90), "The clerk reported on the audit."]],
     [("as follows: (a) to buy a new bench; (b) to repair the gate.",
       ["to buy a new bench", "to repair the gate."], None)]),
    ("vote_record_after_statement", [["RESOLVED that the application be approved.",
                                      "(For 8, Against 2, Abstentions 1)", "", "The meeting moved to item 6."]],
     [("that the application be approved. (For 8, Against 2, Abstentions 1)", None, None)]),
    ("modern_gov_numbered_points_and_reason", [[("45. BUDGET MONITORING", 72, H),
                                                "The Committee considered a report of the Director of Finance.",
                                                "RESOLVED \u2013 That", ("(1) the report be noted; and", 90),
                                                ("(2) the Director be asked to report back in March.", 90),
                                                ("Reason for decision", 72, H), "To keep the budget under review."]],
     [("That (1) the report be noted; and (2) the Director be asked to report back in March.",
       ["the report be noted", "the Director be asked to report back in March."], None)]),
    ("points_start_on_the_line_after_the_word", [[("RESOLVED", 72, H), "(a) That the report be noted;",
                                                  "(b) That the clerk write to the police.", "",
                                                  ("7. Finance", 72, H)]],
     [("(a) That the report be noted; (b) That the clerk write to the police.",
       ["That the report be noted", "That the clerk write to the police."], None)]),
    ("action_column_left_out", [[("12", 50, {"x1": 60}),
                                 ("The bench was discussed. RESOLVED that the clerk orders a new", 90, {"x1": 420}),
                                 ("bench for the green at a cost of \u00a3500", 90, {"x1": 300}),
                                 ("Clerk", 470, {"top": 72.0, "x1": 500}), "",
                                 ("13", 50, {"x1": 60}), ("The playground inspection was reported.", 90)]],
     [("that the clerk orders a new bench for the green at a cost of \u00a3500", None, None)]),
    ("payments_table_then_narrative", [["RESOLVED that the following payments be approved:",
                                        "Clerk salary 300.00", "Village hall hire 40.00",
                                        "Councillor Smith reported on the playground inspection and the repairs."]],
     [("that the following payments be approved: Clerk salary 300.00 Village hall hire 40.00",
       None, None)]),
    ("nested_points_stay_in_their_point", [["RESOLVED that:", ("(a) the report be noted;", 90),
                                             ("(b) cabinet be asked to consider:", 90),
                                             ("(i) the investment options; and", 110), ("(ii) the timetable;", 110),
                                             ("(c) the clerk write to the police.", 90), ("8. Finance", 72, H)]],
     [("that: (a) the report be noted; (b) cabinet be asked to consider: (i) the investment options; and "
       "(ii) the timetable; (c) the clerk write to the police.",
       ["the report be noted", "cabinet be asked to consider: (i) the investment options; and (ii) the timetable",
        "the clerk write to the police."], None)]),
    ("resolved_full_stop_then_formula", [[("To approve the purchase of a new bench.", 94),
                                          ("Resolved. Proposed Cllr Smith, seconded Cllr Jones. Unanimously agreed.", 94),
                                          "", ("The clerk will order it.", 94)]],
     [("Proposed Cllr Smith, seconded Cllr Jones. Unanimously agreed.", None,
       "To approve the purchase of a new bench.")]),
    ("bold_markers_and_unbolded_reason_line", [[("RESOLVED that:", 72, H), ("(a) the report be noted;", 72, H),
                                                 ("(b) the Director report back in March", 72, H),
                                                 "Reason for decision",
                                                 "To keep the budget under review."]],
     [("that: (a) the report be noted; (b) the Director report back in March",
       ["the report be noted", "the Director report back in March"], None)]),
    ("narrow_first_column_cell", [[("RESOLVED to note the", 72, {"x1": 190}),
                                   ("Taken to cabinet on 16 December", 350, {"top": 72.0}),
                                   ("recommendations made at the", 72, {"x1": 215}),
                                   ("meeting of scrutiny.", 72), ("completed", 350)]],
     [("to note the recommendations made at the meeting of scrutiny.", None, None)]),
    ("lead_in_word_then_gap", [["RESOLVED that", "", ("the revised terms of reference be approved.", 90), "",
                                "The Chair thanked officers for the report."]],
     [("that the revised terms of reference be approved.", None, None)]),
    ("vote_sentence_after_a_plain_statement_is_not_its_text", [["RESOLVED that the accounts be approved.",
                                                                 "Unanimously agreed.", "",
                                                                 "The clerk reported on the audit."]],
     [("that the accounts be approved.", None, None)]),
    ("vote_sentence_after_a_proposal_is", [["RESOLVED to approve the accounts, proposed Cllr Adams, seconded Cllr~",
                                            "Brown.", "Unanimously agreed.", "", "The clerk reported on the audit."]],
     [("to approve the accounts, proposed Cllr Adams, seconded Cllr Brown. Unanimously agreed.", None, None)]),
    ("letter_label_ends_the_sentence", [["RESOLVED that the revised terms of reference, as set out at Appendix A.",
                                         "The Chair thanked officers for the report."]],
     [("that the revised terms of reference, as set out at Appendix A.", None, None)]),
    ("object_before_the_actor", [[("Standing Orders for Tenders was due for renewal in May, after", 126),
                                  ("discussion, the Councillors resolved to increase to \u00a32700", 90),
                                  ("20.07.09 Correspondence", 90)]],
     [("to increase to \u00a32700", None, "Standing Orders for Tenders was due for renewal in May")]),
    ("payments_table_then_slash_numbered_minute", [["21/123 It was proposed by Cllr Adams, seconded by Cllr Brown and~",
                                                    "RESOLVED to approve the payments listed below:",
                                                    ("Payee Description Amount", 90),
                                                    ("HMRC PAYE 120.50", 90), ("Clerk Salary 350.00", 90),
                                                    "21/124 Planning", "No applications were received."]],
     [("to approve the payments listed below: Payee Description Amount HMRC PAYE 120.50 Clerk Salary 350.00",
       None, None)]),
    ("amendment_resolved_takes_the_amendment_words", [[("Cllr Morris raised an amendment to the resolution:", 100),
                                                        ("\u201cTo retain point 3 but implement a moratorium on any~", 100),
                                                        ("enforcement action.\u201d", 100), "",
                                                        ("Cllr Coppard agreed with the amendment.", 100), "",
                                                        ("The amendment was resolved, proposed Cllr Morris seconded~", 100),
                                                        ("Cllr Bradbury. Unanimously agreed.", 100)]],
     [("proposed Cllr Morris seconded Cllr Bradbury. Unanimously agreed.", None,
       "The amendment (\u201cTo retain point 3 but implement a moratorium on any enforcement action.\u201d)")]),
    ("footnote_at_the_page_foot_left_out", [["RESOLVED that the report on the Local Plan consultation be~",
                                             ("1 The consultation closed on 3 March.", 72, {"top": 760.0, "size": 8.0})],
                                            ["noted and that officers respond by 31 March.", "", "7. Finance"]],
     [("that the report on the Local Plan consultation be noted and that officers respond by 31 March.",
       None, None)]),
    ("parallel_that_paragraphs_are_points", [[("RESOLVED:", 72, H), "That the report on the budget be noted.",
                                              "That officers be thanked for their work on the budget this year.",
                                              "", "The Committee then considered the work programme for the year."]],
     [("That the report on the budget be noted. That officers be thanked for their work on the budget this year.",
       ["That the report on the budget be noted.",
        "That officers be thanked for their work on the budget this year."], None)]),
    ("item_title_is_the_subject_of_a_short_decision", [["b) Bank reconciliation: RESOLVED to note.",
                                                         "21/46 PLANNING"]],
     [("to note.", None, "Bank reconciliation")]),
    ("soft_hyphen_at_a_line_end", [["RESOLVED to accept the recom\u00ad~", "mendations of the working party."]],
     [("to accept the recommendations of the working party.", None, None)]),
    ("list_under_sentence_without_colon", [[("The policies had been circulated and Councillors", 90),
                                            ("resolved all to be satisfactory", 90),
                                            ("Privacy, Data Protection", 233), ("Standing Orders", 233),
                                            ("The High Consequence Infectious Disease Policy was circulated and~", 90),
                                            ("accepted in April", 90)]],
     [("all to be satisfactory Privacy, Data Protection Standing Orders", None, None)]),
]


@pytest.mark.parametrize("pages,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rule_table(pages, expected):
    found = [r for r in find_resolutions(make_ctx(*pages)) if r.formula == "resolved"]
    assert [r.text for r in found] == [e[0] for e in expected]
    for record, (_, clauses, subject) in zip(found, expected):
        assert record.clauses == (clauses if clauses is not None else [record.text])
        assert record.subject == subject


NEGATIVES = [
    "The issue has been resolved.",
    "The drainage problem was resolved by the contractor last week.",
    "This will be resolved by the contractor before Christmas.",
    "There are still some unresolved matters with the landlord.",
    "To consider and resolve the matter of the bus shelter.",
    "Officers are working to resolve these issues with the county council.",
    "The matter was resolved to the satisfaction of the residents.",
    "Once resolved, the clerk will report back to members.",
    "The resolved complaints were closed by the monitoring officer.",
    "The problem with the streetlight is now fully resolved.",
    "Issues resolved to date are listed in the appendix.",
    "It was agreed that the clerk would write to the police.",
    "The query was surfaced, not resolved - that is for the next meeting.",
    "The fault is actually resolved - that was confirmed by the engineer.",
    "Nobody could explain why it was resolved that way.",
    "Until resolved, the footpath will stay closed.",
    "The complaint has now been resolved to the satisfaction of the resident.",
    "Status: Resolved - see minute 12 of the March meeting.",
    "Pothole on Mill Lane Resolved",
    "Issue resolved to be closed at the next review.",
    "Drainage at the school (RESOLVED) - no further action.",
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_everyday_sense_is_not_a_statement(sentence):
    assert [r for r in find_resolutions(make_ctx([sentence])) if r.formula == "resolved"] == []


@pytest.mark.parametrize("sentence,kind", [
    ("RESOLVED that the minutes be signed.", "statement"),
    ("Resolved, proposed Cllr A, seconded Cllr B. Unanimously agreed.", "formula"),
    ("The amendment was resolved, proposed Cllr Morris.", "formula"),
    ("Support for this was resolved by the Council.", "passive"),
    ("It was therefore resolved to write to the owner.", "statement"),
    ("It was unanimously resolved to write to the owner.", "statement"),
    ("Resolved further that the clerk be authorised to sign.", "statement"),
    ("The Committee has resolved to defer the item.", "statement"),
])
def test_trigger_kinds(sentence, kind):
    m = TRIGGER.search(sentence)
    trigger = classify(sentence, m.start(), m.end())
    assert trigger is not None and trigger.kind == kind


def test_ids_are_stable_and_ordinal():
    pages = [["RESOLVED to approve the grant.", "RESOLVED to note the report."]]
    first = find_resolutions(make_ctx(*pages))
    again = find_resolutions(make_ctx(*pages))
    assert [r.id for r in first] == [r.id for r in again]
    assert [r.id.rsplit("/", 2)[1:] for r in first] == [["resolution", "1"], ["resolution", "2"]]


def test_multi_page_statement_cites_both_pages_without_footer():
    ctx = make_ctx(["The Committee having considered the matter carefully, RESOLVED that the application~",
                    "be refused on the basis of Public Safety and the evidence provided at the~"],
                   ["hearing from the British Transport Police.", "The Applicant was advised of his right~",
                    "of appeal."])
    (record,) = find_resolutions(ctx)
    assert record.text == ("that the application be refused on the basis of Public Safety and the evidence "
                           "provided at the hearing from the British Transport Police.")
    assert record.source.pages == [1, 2]
    assert record.source.printed_pages == ["1", "2"]
    assert "Page 1" not in record.source.quote
    assert record.source.quote.startswith("RESOLVED that the application")
    assert [box[0] for box in record.source.boxes] == [1, 1, 2]


def test_guessed_boundary_is_marked_uncertain():
    (record,) = find_resolutions(make_ctx(["Councillors resolved to increase the limit to \u00a32700",
                                           "Standing orders were reviewed."]))
    assert record.text == "to increase the limit to \u00a32700"
    assert record.uncertain and "full stop" in record.uncertain[0]


@pytest.mark.parametrize("lines", [
    ["Status", "Resolved", "To be reviewed in March."],
    ["Action taken", "Resolved", "The clerk wrote to the owner."],
    ["Outstanding issues", "The leak at the pavilion has been", "resolved by the contractor."],
])
def test_tracker_cells_with_the_everyday_word(lines):
    assert find_resolutions(make_ctx(lines)) == []


@pytest.mark.parametrize("first,second", [
    ("RESOLVED - (1) that the application be refused for the reasons set out in the report; and",
     "(2) that the enforcement team investigate the breach."),
    ("RESOLVED: (a) that the application be refused for the reasons set out in the report; and",
     "(b) that the enforcement team investigate the breach."),
])
def test_first_point_on_the_line_of_the_word_is_a_clause(first, second):
    # The first point shares the line with RESOLVED; the second opens its own line. Both are clauses.
    lines = [("45/23", 72), ("Planning application 23/0456", 120, {"top": 72.0, "bold": True}), "",
             first, second, "", ("46/23", 72), ("Any other business", 120, {"top": 142.0, "bold": True})]
    (record,) = find_resolutions(make_ctx(lines))
    assert record.clauses == ["that the application be refused for the reasons set out in the report",
                              "that the enforcement team investigate the breach."]


def test_a_numbered_lead_in_is_not_taken_for_the_first_point():
    from minutebook.extract.resolutions.split import split_clauses

    # "1." then "(a)", "(b)": different sequences, so "1. That the Council:" stays a lead-in.
    assert split_clauses(["1. That the Council:", "(a) approves the plan;", "(b) notes the report."], [1, 2]) == \
        ["approves the plan", "notes the report."]
