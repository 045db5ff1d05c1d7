"""RESOLVED statements as other councils print them: real passages laid out as their minutes are.

Every passage below is the wording of a public record of a council whose packs are not in the corpus (the
source is noted beside it; layouts follow the council's printed minutes: a number column, RESOLVED on its own
line, ModernGov lettered lists, US/Canadian "Be it resolved"). The expected text/clauses were written by hand
from ../shared/corpus/GUIDELINES.md and GUIDELINES-clauses.md, not taken from the pipeline's output.
"""
from __future__ import annotations

import pytest

from minutebook.extract.clauses.actions import with_votes
from minutebook.extract.resolutions.find import find_resolutions

from resolution_fixtures import make_ctx

H = {"bold": True}
N = {"x1": 90.0}  # a number in the left column

# (id, pages, expected [(text, clauses or None, subject or None)])
CASES = [
    # Slough Borough Council, Council (ModernGov mgAi.aspx?ID=48281): vote sentence, then "Resolved -" on its own
    # line and lettered points a) b) c); "Supporting documents:" is page chrome after the decision.
    ("slough_resolved_dash_lettered", [[
        "The recommendations were put to the vote and carried with 30 votes for and 3 abstentions.",
        ("Resolved -", 72, H),
        "a) That the Terms of Reference of the Asset Disposal Cabinet Committee, as set out in~",
        ("paragraph 2.5 of the report be extended;", 86),
        "b) That the consequential amendment to the Constitution will come into effect on the day~",
        ("following the Council meeting;", 86),
        "c) That the Monitoring Officer be authorised to amend the Constitution accordingly.", "",
        "Supporting documents:"]],
     [("a) That the Terms of Reference of the Asset Disposal Cabinet Committee, as set out in paragraph 2.5 of the "
       "report be extended; b) That the consequential amendment to the Constitution will come into effect on the "
       "day following the Council meeting; c) That the Monitoring Officer be authorised to amend the Constitution "
       "accordingly.",
       ["That the Terms of Reference of the Asset Disposal Cabinet Committee, as set out in paragraph 2.5 of the "
        "report be extended",
        "That the consequential amendment to the Constitution will come into effect on the day following the "
        "Council meeting",
        "That the Monitoring Officer be authorised to amend the Constitution accordingly."], None)]),
    # South Hams District Council, Council 19 May 2022: minute number in a left column, RESOLVED in bold on its
    # own line, the decision below it, then narrative.
    ("south_hams_number_column_resolved_own_line", [[
        ("1.", 50, N), ("Election of the Chairman of the Council", 120, {"top": 72.0, "bold": True}),
        ("01/22", 50, N), ("RESOLVED", 120, H), "",
        ("That Cllr L Austen be elected Chairman of the Council for the period expiring on the date~", 120),
        ("of the Annual Meeting of the Council in 2023.", 120), "",
        ("Cllr Austen subsequently declared and signed his acceptance of office.", 120), "",
        ("2.", 50, N), ("Address by the New Chairman of Council", 120, {"top": 184.0, "bold": True})]],
     [("That Cllr L Austen be elected Chairman of the Council for the period expiring on the date of the Annual "
       "Meeting of the Council in 2023.", None, None)]),
    # Chichester District Council, Council 22 January 2019 (item 51): a vote sentence, RESOLVED alone, then
    # the decision and a narrative line that is not part of it.
    ("chichester_vote_sentence_then_resolved_alone", [[
        ("Decision", 72, H),
        "The Council voted unanimously on a show of hands to make the resolution below.", "",
        ("RESOLVED", 72, H), "",
        "That the minutes of the meeting of the Council on Tuesday 20 November 2018 be approved as a~",
        "correct record.", "",
        "The Chairman then duly signed and dated as a correct record the final (thirty-fourth) page of~",
        "the official version of the aforesaid minutes."]],
     [("That the minutes of the meeting of the Council on Tuesday 20 November 2018 be approved as a correct "
       "record.", None, None)]),
    # Saxilby with Ingleby Parish Council, Full Council 5 April 2023: item codes "F03:04/24", RESOLVED: + a
    # verbless decision with its proposer, then a proposer sentence of its own.
    ("saxilby_verbless_decisions", [[
        "F03:04/24 To elect a Vice-Chair.",
        "RESOLVED: Cllr Mann elected as vice-chair, with Cllr Harper proposing the item.",
        "F04:04/24 To approve the minutes from 1 March 2023. Chair to sign and date.",
        "An issue was noted with item number 049/23 which is incomplete. Approval deferred.",
        "F07:04/24 To agree a date for the Annual Parish Meeting.",
        "RESOLVED: Annual Parish Meeting to be held on Wed 24th May. This was proposed by Cllr J Willox."]],
     [("Cllr Mann elected as vice-chair, with Cllr Harper proposing the item.", None, None),
      ("Annual Parish Meeting to be held on Wed 24th May.", None, None)]),
    # Carmarthenshire County Council, Executive Board 2018 (minutes 5.1-5.2): the vote stands before the word.
    ("carmarthenshire_unanimously_resolved", [[
        ("5.1", 72, H), ("5TH FEBRUARY, 2018;", 110, {"top": 72.0, "bold": True}),
        "UNANIMOUSLY RESOLVED that the minutes of the meeting of the Executive Board held on the 5th~",
        "February, 2018 be signed as a correct record.", "",
        ("5.2", 72, H), ("30TH APRIL, 2018;", 110, {"top": 128.0, "bold": True}),
        "UNANIMOUSLY RESOLVED that the minutes of the meeting of the Executive Board held on the 30th~",
        "April, 2018 be signed as a correct record."]],
     [("that the minutes of the meeting of the Executive Board held on the 5th February, 2018 be signed as a "
       "correct record.", None, None),
      ("that the minutes of the meeting of the Executive Board held on the 30th April, 2018 be signed as a "
       "correct record.", None, None)]),
    # Blaenau Gwent County Borough Council, Cabinet (ieListDocuments MeetingId=2626): a decision with "Appendix 1"
    # and a bracketed option, then the next item's title.
    ("blaenau_gwent_appendix_and_option", [[
        "Minutes: Consideration was given to report of the Corporate Director Regeneration & Community~",
        "Services.",
        "RESOLVED that the report be accepted, and the proposed Litter Bin Policy be agreed as attached~",
        "at Appendix 1 (Option 1).",
        "To consider the report of the Corporate Director Regeneration and Community Services."]],
     [("that the report be accepted, and the proposed Litter Bin Policy be agreed as attached at Appendix 1 "
       "(Option 1).", None, None)]),
    # City of London Corporation, committee minutes (mgAi.aspx?ID=51798): "Standing Order No. 41(a)" is a
    # reference, not a list point.
    ("city_of_london_standing_order_reference", [[
        "The Committee received a report of the Town Clerk that advised Members of a decision taken~",
        "under Urgency procedures.", "",
        "RESOLVED \u2013 That the action taken by the Town Clerk, in consultation with the Chairman and~",
        "Deputy Chairman of the Committee, in accordance with Standing Order No. 41(a), be noted."]],
     [("That the action taken by the Town Clerk, in consultation with the Chairman and Deputy Chairman of the "
       "Committee, in accordance with Standing Order No. 41(a), be noted.", None, None)]),
    # Aberdeen City Council, committee 2013 (ieListDocuments MId=2587): "The Committee resolved:-" and roman
    # points, one of which cites "resolution (iii)" of an earlier minute.
    ("aberdeen_resolved_colon_dash_roman", [[
        "The Committee had before it the minute of its previous meeting of 25 April 2013.", "",
        "The Committee resolved:-",
        "(i) to approve the minute as a correct record; and",
        "(ii) in relation to article 27, resolution (iii), to note the oral update in relation to the~",
        ("Monitoring Officer\u2019s investigation into the leaking of the exempt report.", 72), "",
        ("3.", 72, H), ("Commemoration of the Diamond Jubilee", 100, {"top": 156.0, "bold": True})]],
     [("(i) to approve the minute as a correct record; and (ii) in relation to article 27, resolution (iii), to "
       "note the oral update in relation to the Monitoring Officer\u2019s investigation into the leaking of the "
       "exempt report.",
       ["to approve the minute as a correct record",
        "in relation to article 27, resolution (iii), to note the oral update in relation to the Monitoring "
        "Officer\u2019s investigation into the leaking of the exempt report."], None)]),
    # Isle of Anglesey County Council (mgDecisionDetails IId=18894): plain "It was resolved to recommend".
    ("anglesey_resolved_to_recommend", [[
        "It was resolved to recommend to Full Council that it approves the proposed amendment to the~",
        "Constitution to provide for the final approval of the Council\u2019s Annual Accounts by the~",
        "Governance and Audit Committee, in place of the Council."]],
     [("to recommend to Full Council that it approves the proposed amendment to the Constitution to provide for "
       "the final approval of the Council\u2019s Annual Accounts by the Governance and Audit Committee, in place "
       "of the Council.", None, None)]),
    # Magherafelt District Council (NI), Council 9 October 2007: proposer and seconder before the word.
    ("magherafelt_proposed_seconded_and_resolved", [[
        ("1.1", 72), ("It was", 110, {"top": 72.0}), "",
        ("PROPOSED by Councillor J F Kerr", 110), ("Seconded by Councillor J Crawford, and", 110), "",
        ("RESOLVED: that the Minutes of the Council Meeting held on Tuesday, 11 September 2007 (copy~", 110),
        ("previously circulated to each Member) be taken as read and signed as correct.", 110), "",
        ("2.1", 72), ("The Chief Executive advised that there were no matters arising.", 110, {"top": 170.0})]],
     [("that the Minutes of the Council Meeting held on Tuesday, 11 September 2007 (copy previously circulated to "
       "each Member) be taken as read and signed as correct.", None, None)]),
    # Groby Parish Council, 4 February 2008 (Cou/286/07-08): a proposal and "the Council RESOLVED" run together.
    ("groby_council_resolved_mid_sentence", [[
        "Cou/286/07-08 Apologies for Absence",
        "Apologies for absence were received from Cllr Purves. With the absence of the Vice Chairman it was~",
        "proposed by Councillor P Batty that Councillor Beck be elected Vice Chairman for the meeting the~",
        "Council RESOLVED to elect Councillor Beck as Vice Chairman for the meeting.",
        "Cou/287/07-08 Declarations of Interest"]],
     [("to elect Councillor Beck as Vice Chairman for the meeting.", None, None)]),
    # A parish council, 10 July 2023 (minute 2307.08): "it / was resolved" split over lines inside a lettered
    # paragraph, followed by an action note for the chairman.
    ("parish_it_was_resolved_split_over_lines", [[
        ("2307.08 CIL Payment and Amberol Planters", 72, H),
        "a) Councillors considered a late request for a contribution from the CIL payment and it~",
        "was resolved that the request be declined as it was not considered to be of benefit to the~",
        "wider community. ES to inform the applicant.",
        "b) ES confirmed that two of the Amberol planters had been positioned as previously agreed."]],
     [("that the request be declined as it was not considered to be of benefit to the wider community.",
       None, None)]),
    # The same minutes (2307.07): "It was resolved that payment listed below be authorised:" and a table.
    ("parish_payment_table_after_resolved", [[
        ("2307.07 Financial Accounts", 72, H),
        "b) It was resolved that payment listed below be authorised:",
        ("Invoice Date", 72), ("Description", 170, {"top": 100.0}), ("\u00a3", 330, {"top": 100.0}),
        ("Authority", 380, {"top": 100.0}),
        ("03/07/2023", 72), ("C E & C M Walker Ltd (grass cutting)", 170, {"top": 114.0}),
        ("276.00", 330, {"top": 114.0}), ("Highways Act 1980, s96", 380, {"top": 114.0}), "",
        ("2307.08 CIL Payment and Amberol Planters", 72, H)]],
     [("that payment listed below be authorised: Invoice Date Description \u00a3 Authority 03/07/2023 "
       "C E & C M Walker Ltd (grass cutting) 276.00 Highways Act 1980, s96", None, None)]),
    # Township of Oro-Medonte (Ontario), Council 5 December 2012: "Be it resolved" in sentence case, "a.m.",
    # bullets, then "Carried."
    ("oro_medonte_be_it_resolved_bullets", [[
        "Motion No. C121205-2",
        "Moved by Coutanche, Seconded by Meyer",
        "Be it resolved that we do now go in Closed Session at 9:04 a.m. to discuss",
        ("\u2022 acquisition/disposition of land;", 90),
        ("\u2022 personal matters affecting an identifiable individual;", 90),
        ("\u2022 solicitor-client privilege.", 90),
        "Carried.", "",
        ("5. CONFIRMATION OF MINUTES", 72, H)]],
     [("that we do now go in Closed Session at 9:04 a.m. to discuss acquisition/disposition of land; personal "
       "matters affecting an identifiable individual; solicitor-client privilege.",
       ["acquisition/disposition of land", "personal matters affecting an identifiable individual",
        "solicitor-client privilege."], None)]),
    # Same council: the motion's own line runs on past "(Legal Update)." to "Carried."
    ("oro_medonte_be_it_resolved_agenda", [[
        "Motion No. C121205-1",
        "Moved by Crawford, Seconded by Evans",
        "Be it resolved that the agenda for the Council meeting of Wednesday, December 5, 2012 be~",
        "received and adopted, as amended, to withdraw Item 4c) Robin Dunn, CAO, re Solicitor-client~",
        "privilege (Legal Update).",
        "Carried.", "",
        ("3. DISCLOSURE OF PECUNIARY INTEREST:", 72, H)]],
     [("that the agenda for the Council meeting of Wednesday, December 5, 2012 be received and adopted, as "
       "amended, to withdraw Item 4c) Robin Dunn, CAO, re Solicitor-client privilege (Legal Update).",
       None, None)]),
    # North Hertfordshire District Council, Cabinet 19 November 2024 (ieDecisionDetails AIId=16861): "RESOLVED:
    # That Cabinet:" then numbered points in the past tense (points (1)-(4) of six), then the reasons heading.
    ("north_herts_that_cabinet_numbered", [[
        "RESOLVED: That Cabinet:",
        ("(1)", 72), ("Noted the current projected costs, advantages and disadvantages of each option.", 100,
                      {"top": 86.0}),
        ("(2)", 72), ("Approved use of \u00a330k of the allocated \u00a34m budget in the current capital programme~", 100,
                      {"top": 100.0}),
        ("for this project to develop more detail on the costs of Option D.", 100),
        ("(3)", 72), ("Approved use of \u00a320k of the allocated \u00a34m budget to develop more detail on the~", 100,
                      {"top": 128.0}),
        ("costs of Option E, should a suitable property become available.", 100),
        ("(4)", 72), ("Considered and gave approval for officers to apply for grant funding towards the~", 100,
                      {"top": 156.0}),
        ("investigations mentioned in 2.2 and 2.3.", 100), "",
        ("Reasons for Decision:", 72, H),
        ("(1)", 72), ("Officers do not have the capacity or financial budget to progress all 8 options.", 100,
                      {"top": 212.0})]],
     [("That Cabinet: (1) Noted the current projected costs, advantages and disadvantages of each option. (2) "
       "Approved use of \u00a330k of the allocated \u00a34m budget in the current capital programme for this project "
       "to develop more detail on the costs of Option D. (3) Approved use of \u00a320k of the allocated \u00a34m budget "
       "to develop more detail on the costs of Option E, should a suitable property become available. (4) "
       "Considered and gave approval for officers to apply for grant funding towards the investigations "
       "mentioned in 2.2 and 2.3.",
       ["Noted the current projected costs, advantages and disadvantages of each option.",
        "Approved use of \u00a330k of the allocated \u00a34m budget in the current capital programme for this project "
        "to develop more detail on the costs of Option D.",
        "Approved use of \u00a320k of the allocated \u00a34m budget to develop more detail on the costs of Option E, "
        "should a suitable property become available.",
        "Considered and gave approval for officers to apply for grant funding towards the investigations "
        "mentioned in 2.2 and 2.3."], None)]),
    # West Lancashire Borough Council, Cabinet (ieListDocuments MID=2806): a framing sentence, then the decision.
    ("west_lancs_framing_sentence", [[
        "In reaching the decision below, Cabinet considered the details set out in the report before it and~",
        "the reasons contained therein.",
        "RESOLVED: That the proposed approach to Consultation and Options appraisal, as set out in Section~",
        "7 of the report, be approved."]],
     [("That the proposed approach to Consultation and Options appraisal, as set out in Section 7 of the report, "
       "be approved.", None, None)]),
    # Winchester City Council, Cabinet (ieListDocuments MID=2078): "Minutes: RESOLVED:" then the decision below.
    ("winchester_minutes_label_resolved_colon", [[
        ("Minutes of the previous meeting held on 17 July 2019", 72, H),
        "Minutes: RESOLVED:",
        "That the minutes of the previous meeting held on 17 July 2019 be approved and adopted.",
        ("Public Participation", 72, H)]],
     [("That the minutes of the previous meeting held on 17 July 2019 be approved and adopted.", None, None)]),
    # Haverfordwest Town Council, Full Council 20 September 2017: numbered headings in capitals, a decision
    # without a full stop, superscript "th" printed apart.
    ("haverfordwest_no_full_stop_then_caps_heading", [[
        "1359 MINUTES OF THE LAST FULL COUNCIL MEETING",
        "RESOLVED: The minutes of the Full Council meeting held on 19 th July 2017 were confirmed and signed~",
        "as a true record",
        "1360 MATTERS ARISING FROM THE RESOLUTIONS IN THE MINUTES OF 19 JULY 2017",
        "There were no matters arising from the resolutions in the minutes of 19 th July 2017."]],
     [("The minutes of the Full Council meeting held on 19 th July 2017 were confirmed and signed as a true "
       "record", None, None)]),
    # Melton Parish Council (Suffolk), Annual Meeting 5 May 2021 (MPC(21)M04): item number column, then
    # proposer and seconder as two cells of one line after the decision.
    ("melton_item_column_proposer_cells", [[
        ("21.44", 50, N), ("ELECTION OF CHAIR OF THE COUNCIL", 110, {"top": 72.0, "bold": True}), "",
        ("It was RESOLVED that Cllr Porter be elected Chair of the Council.", 110), "",
        ("Proposed by: Cllr Taylor", 110), ("Seconded by: Cllr Gradwell", 330, {"top": 128.0}), "",
        ("Due to the circumstances the Chair\u2019s declaration was signed later.", 110)]],
     [("that Cllr Porter be elected Chair of the Council.", None, None)]),
    # Robert's Rules in Plain English example resolution (a US association): "be it" / "RESOLVED," each on its
    # own line, then the resolved clause.
    ("roberts_rules_be_it_resolved_on_own_lines", [[
        "Whereas,",
        "The use of parliamentary procedure safeguards the democratic process; and",
        "Whereas,",
        "Parliamentary procedure is complex; therefore, be it", "",
        ("RESOLVED,", 72, H), "",
        "That the Green Acres Association purchase copies of Robert\u2019s Rules in Plain English, Second~",
        "Edition, for all of the officers."]],
     [("That the Green Acres Association purchase copies of Robert\u2019s Rules in Plain English, Second Edition, "
       "for all of the officers.", None, None)]),
    # Slough Borough Council (as above), the lettered points running over a page break under a running header.
    ("slough_lettered_points_over_page_break", [
        [("Council - 27 July 2021", 400, {"size": 8.0}),
         "The recommendations were put to the vote and carried with 30 votes for and 3 abstentions.",
         ("Resolved -", 72, H),
         "a) That the Terms of Reference of the Asset Disposal Cabinet Committee, as set out in~",
         ("paragraph 2.5 of the report be extended;", 86),
         "b) That the consequential amendment to the Constitution will come into effect on the day~",
         ("following the Council meeting;", 86)],
        [("Council - 27 July 2021", 400, {"size": 8.0}),
         "c) That the Monitoring Officer be authorised to amend the Constitution accordingly.", "",
         ("Notice of Motion", 72, H)]],
     [("a) That the Terms of Reference of the Asset Disposal Cabinet Committee, as set out in paragraph 2.5 of the "
       "report be extended; b) That the consequential amendment to the Constitution will come into effect on the "
       "day following the Council meeting; c) That the Monitoring Officer be authorised to amend the Constitution "
       "accordingly.", None, None)]),
    # Saxilby with Ingleby Parish Council (as above), laid out as a table: minute | item | resolution columns,
    # the resolution wrapping inside its narrow cell.
    ("saxilby_resolution_column_table", [[
        ("Minute", 50, H), ("Item", 130, {"top": 72.0, "bold": True}), ("Resolution", 330, {"top": 72.0, "bold": True}),
        ("F03:04/24", 50), ("To elect a Vice-Chair.", 130, {"top": 86.0}),
        ("RESOLVED: Cllr Mann elected as", 330, {"top": 86.0, "x1": 500.0}),
        ("vice-chair, with Cllr Harper", 330, {"x1": 490.0}),
        ("proposing the item.", 330),
        ("F07:04/24", 50), ("To agree a date for the Annual", 130, {"top": 128.0}),
        ("Parish Meeting.", 130), ("RESOLVED: Annual Parish Meeting", 330, {"top": 128.0, "x1": 505.0}),
        ("to be held on Wed 24th May.", 330, {"top": 142.0})]],
     [("Cllr Mann elected as vice-chair, with Cllr Harper proposing the item.", None, None),
      ("Annual Parish Meeting to be held on Wed 24th May.", None, None)]),
    # Sandwell Metropolitan Borough Council, committee 24 June 2021 (mgDecisionDetails IId=336): "RESOLVED:" in
    # bold on its own line, numbered points with the marker alone in a column and the words beside it.
    ("sandwell_hanging_numbered_points", [[
        "The proposals were put to the vote and carried unanimously by those members present.", "",
        ("RESOLVED:", 72, H),
        ("(1)", 72), ("that the minutes of the meeting held on 18 March are re-submitted to a future meeting~", 110,
                      {"top": 114.0}),
        ("of this Committee for consideration;", 110),
        ("(2)", 72), ("that, as a consequence of resolution (1) above the minutes of the meeting held on 18~", 110,
                      {"top": 142.0}),
        ("March are not submitted to the Council at its meeting in July 2021;", 110),
        ("(3)", 72), ("that an additional meeting of the Committee is held.", 110, {"top": 170.0}), "",
        ("Reasons for decision", 72, H)]],
     [("(1) that the minutes of the meeting held on 18 March are re-submitted to a future meeting of this "
       "Committee for consideration; (2) that, as a consequence of resolution (1) above the minutes of the meeting "
       "held on 18 March are not submitted to the Council at its meeting in July 2021; (3) that an additional "
       "meeting of the Committee is held.",
       ["that the minutes of the meeting held on 18 March are re-submitted to a future meeting of this Committee "
        "for consideration",
        "that, as a consequence of resolution (1) above the minutes of the meeting held on 18 March are not "
        "submitted to the Council at its meeting in July 2021",
        "that an additional meeting of the Committee is held."], None)]),
    # Aberdeen City Council (as above), the roman points running over a page break.
    ("aberdeen_roman_points_over_page_break", [
        ["The Committee resolved:-", "(i) to approve the minute as a correct record; and"],
        ["(ii) in relation to article 27, resolution (iii), to note the oral update in relation to the~",
         "Monitoring Officer\u2019s investigation into the leaking of the exempt report.", "",
         ("3.", 72, H), ("Commemoration of the Diamond Jubilee", 100, {"top": 128.0, "bold": True})]],
     [("(i) to approve the minute as a correct record; and (ii) in relation to article 27, resolution (iii), to "
       "note the oral update in relation to the Monitoring Officer\u2019s investigation into the leaking of the "
       "exempt report.",
       ["to approve the minute as a correct record",
        "in relation to article 27, resolution (iii), to note the oral update in relation to the Monitoring "
        "Officer\u2019s investigation into the leaking of the exempt report."], None)]),
]


def _norm(s: str) -> str:
    return " ".join(s.split())


@pytest.mark.parametrize("pages,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_other_councils(pages, expected):
    found = find_resolutions(make_ctx(*pages))
    got = [(_norm(r.text), [_norm(c) for c in r.clauses], r.subject) for r in found]
    assert [g[0] for g in got] == [_norm(e[0]) for e in expected]
    for (_, clauses, subject), (_, want_clauses, want_subject) in zip(got, expected):
        if want_clauses is not None:
            assert clauses == [_norm(c) for c in want_clauses]
        assert subject == want_subject


# Votes printed before the word reach the record (the sentence's words before "resolved").
# (id, lines, expected votes fields)
VOTE_CASES = [
    # Carmarthenshire County Council, Executive Board 2018
    ("unanimously_resolved", ["UNANIMOUSLY RESOLVED that the minutes of the meeting of the Executive Board held on~",
                              "the 5th February, 2018 be signed as a correct record."], {"unanimous": True}),
    # Magherafelt District Council, Council 9 October 2007
    ("proposed_seconded_and_resolved", ["It was PROPOSED by Councillor J F Kerr Seconded by Councillor J Crawford,~",
                                        "and RESOLVED: that the Minutes be taken as read and signed as correct."],
     {"proposer": "Councillor J F Kerr", "seconder": "Councillor J Crawford"}),
    # Groby Parish Council, 4 February 2008 (the proposer before "the Council RESOLVED")
    ("proposed_by_then_council_resolved", ["It was proposed by Councillor P Batty that Councillor Beck be elected~",
                                           "Vice Chairman the Council RESOLVED to elect Councillor Beck as Vice Chairman."],
     {"proposer": "Councillor P Batty"}),
    ("counts_before_the_word", ["By 7 votes to 2 it was RESOLVED that the application be refused."],
     {"in_favour": 7, "against": 2}),
    # the statement's own words and the words before it together
    ("before_and_after", ["The Council unanimously RESOLVED, proposed Cllr Adams, seconded Cllr Brown, to adopt the~",
                          "budget."], {"unanimous": True, "proposer": "Cllr Adams", "seconder": "Cllr Brown"}),
]


@pytest.mark.parametrize("lines,want", [c[1:] for c in VOTE_CASES], ids=[c[0] for c in VOTE_CASES])
def test_votes_before_the_word(lines, want):
    (record,) = find_resolutions(make_ctx(lines))
    votes = with_votes(record).votes
    assert votes is not None
    assert votes.model_dump(exclude_none=True) == want


def test_previous_statements_vote_is_not_the_next_ones():
    found = find_resolutions(make_ctx(["RESOLVED that the application be approved.",
                                       "(For 8, Against 2, Abstentions 1)",
                                       "RESOLVED that the report be noted."]))
    votes = [with_votes(r).votes for r in found]
    assert votes[0] is not None and votes[0].in_favour == 8
    assert votes[1] is None


# ------------------------------------------------------------------------------------- drawn PDFs, whole pipeline
def _minutes_pdf() -> bytes:
    """Two pages of minutes drawn as a PDF: minute numbers in a left column, RESOLVED in bold on its own line,
    a hanging-indent numbered list running over the page break, a running header and page labels, and a
    decision whose vote stands before the word. Wording from the councils noted in CASES above."""
    from pdfmaker import make_pdf, text

    head = [text(380, 30, "Cabinet - 19 November 2024", 8), text(280, 800, "Page {}", 8)]

    def page(n, body):
        return [op if op[4] != "Page {}" else text(280, 800, f"Page {n}", 8) for op in head] + body
    p1 = page(1, [
        text(50, 80, "MINUTES OF A MEETING OF THE CABINET HELD ON 19 NOVEMBER 2024", 11, bold=True),
        text(50, 120, "45.", 10, bold=True), text(110, 120, "Minutes", 10, bold=True),
        text(110, 140, "UNANIMOUSLY RESOLVED that the minutes of the meeting held on 5 February 2024 be"),
        text(110, 154, "signed as a correct record."),
        text(50, 190, "46.", 10, bold=True), text(110, 190, "Waste Depot Options", 10, bold=True),
        text(110, 210, "The Cabinet considered a report of the Director of Place."),
        text(110, 240, "RESOLVED", 10, bold=True),
        text(110, 260, "That Cabinet:"),
        text(110, 280, "(1)"), text(140, 280, "Noted the current projected costs, advantages and disadvantages of"),
        text(140, 294, "each option."),
        text(110, 314, "(2)"), text(140, 314, "Approved use of 30k of the allocated 4m budget in the current capital"),
        text(140, 328, "programme for this project to develop more detail on the costs of Option D."),
    ])
    p2 = page(2, [
        text(110, 80, "(3)"), text(140, 80, "Asked the Director of Place to report back to Cabinet by 31 March 2025."),
        text(110, 120, "Reasons for Decision", 10, bold=True),
        text(110, 140, "Officers do not have the capacity to progress all eight options."),
    ])
    return make_pdf([p1, p2])


def test_drawn_minutes_through_the_pipeline(tmp_path):
    from minutebook.extract.pipeline import extract

    pdf = tmp_path / "cabinet.pdf"
    pdf.write_bytes(_minutes_pdf())
    records = list(extract(pdf))
    resolutions = [r for r in records if r.record_type == "resolution"]
    assert [_norm(r.text) for r in resolutions] == [
        "that the minutes of the meeting held on 5 February 2024 be signed as a correct record.",
        "That Cabinet: (1) Noted the current projected costs, advantages and disadvantages of each option. (2) "
        "Approved use of 30k of the allocated 4m budget in the current capital programme for this project to "
        "develop more detail on the costs of Option D. (3) Asked the Director of Place to report back to Cabinet "
        "by 31 March 2025.",
    ]
    assert resolutions[0].votes is not None and resolutions[0].votes.unanimous is True
    assert resolutions[1].source.pages == [1, 2]
    assert "Cabinet - 19 November 2024" not in resolutions[1].source.quote
    recs = [r for r in records if r.record_type == "recommendation" and r.resolution_id == resolutions[1].id]
    assert [(r.action, r.category) for r in recs] == [("note", "note"), ("approve", "approve"), ("ask", "request")]
    assert recs[2].due == "2025-03-31" and recs[2].source.pages == [2]


# Clause fields of the passages' clauses, by hand from GUIDELINES-clauses.md: (clause, action, category, owner)
CLAUSE_CASES = [
    # Slough Borough Council: a passive with its subject charged
    ("That the Monitoring Officer be authorised to amend the Constitution accordingly.",
     "authorise", "approve", "the Monitoring Officer"),
    # Aberdeen City Council: the verb after a reference to an earlier resolution's point
    ("in relation to article 27, resolution (iii), to note the oral update in relation to the Monitoring "
     "Officer\u2019s investigation into the leaking of the exempt report.", "note", "note", None),
    # South Hams District Council
    ("That Cllr L Austen be elected Chairman of the Council for the period expiring on the date of the Annual "
     "Meeting of the Council in 2023.", "elect", "approve", None),
    # Saxilby with Ingleby Parish Council: a headline without "that" -- Cllr Mann is elected, not charged
    ("Cllr Mann elected as vice-chair, with Cllr Harper proposing the item.", "elect", "approve", None),
    # Isle of Anglesey County Council
    ("to recommend to Full Council that it approves the proposed amendment to the Constitution to provide for "
     "the final approval of the Council\u2019s Annual Accounts", "recommend", "request", "Full Council"),
    # City of London Corporation: "No. 41(a)" inside the clause
    ("That the action taken by the Town Clerk, in consultation with the Chairman and Deputy Chairman of the "
     "Committee, in accordance with Standing Order No. 41(a), be noted.", "note", "note", None),
    # Haverfordwest Town Council: a decision recorded in the past tense
    ("The minutes of the Full Council meeting held on 19 th July 2017 were confirmed and signed as a true record",
     "confirm", "approve", None),
    # North Hertfordshire District Council, Cabinet: past-tense points under "That Cabinet:"
    ("Noted the current projected costs, advantages and disadvantages of each option.", "note", "note", None),
    ("Approved use of \u00a330k of the allocated \u00a34m budget in the current capital programme for this project.",
     "approve", "approve", None),
    # London Borough of Hillingdon, Cabinet 17 March 2011: present-tense points under "That Cabinet:"
    ("Welcomes the Council\u2019s commitment to support independent living and provide additional financial "
     "support to invest in Hillingdon\u2019s TeleCareLine service.", "welcome", "other", None),
    # West Lancashire Borough Council, Cabinet
    ("That the proposed approach to Consultation and Options appraisal, as set out in Section 7 of the report, "
     "be approved.", "approve", "approve", None),
]


@pytest.mark.parametrize("clause,action,category,owner", CLAUSE_CASES, ids=[c[0][:40] for c in CLAUSE_CASES])
def test_clause_fields_of_other_councils(clause, action, category, owner):
    from minutebook.extract.clauses.actions import analyse_clause

    fields = analyse_clause(clause)
    assert (fields.action, fields.category, fields.owner) == (action, category, owner)


# More vote wording around the word (forms the issue names; the first two from Slough Borough Council and
# Chichester District Council above).
MORE_VOTE_CASES = [
    ("vote_sentence_before_resolved_line",
     ["The recommendations were put to the vote and carried with 30 votes for and 3 abstentions.",
      ("Resolved -", 72, H), "a) That the Monitoring Officer be authorised to amend the Constitution accordingly."],
     {"in_favour": 30, "abstentions": 3}),
    ("voted_unanimously_on_a_show_of_hands",
     ["The Council voted unanimously on a show of hands to make the resolution below.", "",
      ("RESOLVED", 72, H), "", "That the minutes of the meeting of the Council on Tuesday 20 November 2018 be~",
      "approved as a correct record."], {"unanimous": True}),
    ("put_to_the_vote_then_it_was_therefore_resolved",
     ["The motion was put to the vote and was carried unanimously. It was therefore RESOLVED that the~",
      "Council declares a climate emergency."], {"unanimous": True}),
    ("proposer_and_seconder_in_brackets",
     ["RESOLVED (Cllr Smith proposed, Cllr Jones seconded) that the budget be approved."],
     {"proposer": "Cllr Smith", "seconder": "Cllr Jones"}),
]


def test_a_vote_after_one_decision_is_not_given_to_the_next():
    found = find_resolutions(make_ctx(["RESOLVED that the grant be approved. Carried unanimously on a show of hands.",
                                       "RESOLVED that the report be noted."]))
    assert with_votes(found[1]).votes is None


# Proposer/seconder records printed after the decision, not part of its text (Saxilby with Ingleby Parish
# Council 5 April 2023; Melton Parish Council 5 May 2021).
AFTER_VOTE_CASES = [
    ("this_was_proposed_by", ["RESOLVED: Schedule of dates agreed and to be published on the council\u2019s~",
                              "website. This was proposed by Cllr Spurr."], {"proposer": "Cllr Spurr"}),
    ("with_cllr_proposing", ["RESOLVED: Cllr Mann elected as vice-chair, with Cllr Harper proposing the item."],
     {"proposer": "Cllr Harper"}),
    ("proposed_and_seconded_cells", [("It was RESOLVED that Cllr Porter be elected Chair of the Council.", 110), "",
                                     ("Proposed by: Cllr Taylor", 110),
                                     ("Seconded by: Cllr Gradwell", 330, {"top": 100.0})],
     {"proposer": "Cllr Taylor", "seconder": "Cllr Gradwell"}),
]


@pytest.mark.parametrize("lines,want", [c[1:] for c in MORE_VOTE_CASES + AFTER_VOTE_CASES],
                         ids=[c[0] for c in MORE_VOTE_CASES + AFTER_VOTE_CASES])
def test_more_vote_wording_and_proposer_after_the_statement(lines, want):
    (record,) = find_resolutions(make_ctx(lines))
    votes = with_votes(record).votes
    assert votes is not None and votes.model_dump(exclude_none=True) == want


def test_the_next_proposal_is_not_the_decisions_proposer():
    found = find_resolutions(make_ctx(["RESOLVED that the grant be approved.",
                                       "Proposed by Cllr Adams, seconded by Cllr Brown, that the hall be repainted."]))
    assert with_votes(found[0]).votes is None


def _resolution_table_pdf() -> bytes:
    """Saxilby with Ingleby Parish Council, Full Council 5 April 2023, laid out as a ruled table whose third
    column is headed "Resolution"."""
    from pdfmaker import grid, make_pdf, text

    xs = [50, 120, 300, 545]
    rows = [("Minute", "Item", "Resolution"),
            ("F03:04/24", "To elect a Vice-Chair.",
             "RESOLVED: Cllr Mann elected as vice-chair, with\nCllr Harper proposing the item."),
            ("F06:04/24", "To agree dates for full council\nmeetings in 2023-24.",
             "RESOLVED: Schedule of dates agreed and to be\npublished on the council's website. This was\n"
             "proposed by Cllr Spurr.")]
    ops = [text(50, 40, "SAXILBY WITH INGLEBY PARISH COUNCIL - FULL COUNCIL 5 APRIL 2023", 11, bold=True)]
    y, ys = 70.0, [70.0]
    for row in rows:
        height = max(len(c.split("\n")) for c in row) * 13 + 8
        for x, cell in zip(xs, row):
            for k, line in enumerate(cell.split("\n")):
                ops.append(text(x + 4, y + 4 + 13 * k, line, 10, bold=row is rows[0]))
        y += height
        ys.append(y)
    return make_pdf([ops + grid(xs, ys)])


def test_resolution_column_table_through_the_pipeline(tmp_path):
    from minutebook.extract.pipeline import extract

    pdf = tmp_path / "minutes-table.pdf"
    pdf.write_bytes(_resolution_table_pdf())
    records = list(extract(pdf))
    resolutions = [r for r in records if r.record_type == "resolution"]
    assert [(_norm(r.text), r.votes.proposer if r.votes else None) for r in resolutions] == [
        ("Cllr Mann elected as vice-chair, with Cllr Harper proposing the item.", "Cllr Harper"),
        ("Schedule of dates agreed and to be published on the council's website.", "Cllr Spurr"),
    ]
    # one recommendation per clause, from the resolutions; the table is minutes, not a tracker repeating them
    recs = [r for r in records if r.record_type == "recommendation"]
    assert [(r.origin.value if hasattr(r.origin, "value") else r.origin, r.action) for r in recs] == [
        ("resolution", "elect"), ("resolution", "publish")]


# Australian and Irish council minutes: the mover's names in brackets after "Resolved", "RESOLVED ON THE
# MOTION OF", "Proposed by / Seconded by / Resolved:-", initials with full stops ("Cllr. H. Kenny").
# (id, lines, expected text, expected votes or None)
WORLD_CASES = [
    # Coffs Harbour City Council (NSW), Ordinary Meeting 23 July 2020 (CO_20200723_MIN): resolution number,
    # "Resolved (Cr A / Cr B)" on its own line, the decision below, then how the vote went.
    ("coffs_harbour_resolved_movers_in_brackets",
     [("Confirmation of Minutes", 72, H), "2020/152", ("Resolved (Cr George Cecato / Cr Paul Amos)", 72, H),
      "That the minutes of the Ordinary Meeting held on 9 July 2020 be confirmed.",
      "The Motion on being put to the meeting was carried unanimously.", ("Carried", 400, H), "",
      ("General Manager\u2019s Reports", 72, H)],
     "(Cr George Cecato / Cr Paul Amos) That the minutes of the Ordinary Meeting held on 9 July 2020 be confirmed.",
     {"unanimous": True, "proposer": "Cr George Cecato", "seconder": "Cr Paul Amos"}),
    # Rous County Council (NSW), 17 August 2022: resolution number and movers in brackets after RESOLVED.
    ("rous_resolved_number_and_movers",
     ["RESOLVED [37/22] (Cadwallader/Gordon) that the Minutes of the meeting held 15 June 2022 be confirmed~",
      "as presented.", "", ("2. ACKNOWLEDGEMENT OF COUNTRY", 72, H)],
     "[37/22] (Cadwallader/Gordon) that the Minutes of the meeting held 15 June 2022 be confirmed as presented.",
     None),
    # Hornsby Shire Council (NSW), General Meeting 13 June 2018: "RESOLVED ON THE MOTION OF ..., THAT".
    ("hornsby_resolved_on_the_motion_of",
     [("APOLOGIES / LEAVE OF ABSENCE", 72, H),
      "RESOLVED ON THE MOTION OF COUNCILLOR Hutchence, seconded by COUNCILLOR HEYDE,",
      "THAT the apology and request for leave of absence from Councillor Browne in respect of an inability to~",
      "attend the General Meeting on 13 June 2018 be accepted and a leave of absence be granted.",
      "FOR: Councillors Del Gallego, Heyde, Hutchence, Marr, McIntosh, Nicita, Ruddock, Tilbury and Waddell",
      "AGAINST: Nil", "", ("POLITICAL DONATIONS DISCLOSURE", 72, H)],
     "ON THE MOTION OF COUNCILLOR Hutchence, seconded by COUNCILLOR HEYDE, THAT the apology and request for leave "
     "of absence from Councillor Browne in respect of an inability to attend the General Meeting on 13 June 2018 "
     "be accepted and a leave of absence be granted.",
     # the named tally after it counted: nine councillors for, "Nil" against
     {"proposer": "COUNCILLOR Hutchence", "seconder": "COUNCILLOR HEYDE", "in_favour": 9, "against": 0}),
    # Lane Cove Council (NSW), Ordinary Council 19 October 2015: resolution number in a left column; "on the
    # motion of" is not a bare formula, so the apologies line before it is no subject.
    ("lane_cove_on_the_motion_of_that",
     [("APOLOGIES", 72, H), "Apologies were received on behalf of Councillor Cheong.", ("187", 50, {"x1": 70.0}),
      ("RESOLVED on the motion of Councillors Karpin and Gold that the apology be accepted and leave of~", 90),
      ("absence granted.", 90), "",
      ("For the Motion were Councillors Gold, Hutchens, Karpin, Palmer, Bennison, Brent, Brooks-Horn, and~", 90),
      ("Strassberg (Total 8).", 90), ("Against the Motion was Nil (Total 0).", 90)],
     "on the motion of Councillors Karpin and Gold that the apology be accepted and leave of absence granted.",
     "skip"),
    # Mayo County Council, 18 July 2005: "it was -" / Proposed by / Seconded by / "Resolved:-", quoted decision.
    ("mayo_proposed_seconded_resolved_colon_dash",
     ["At the outset, it was -", "", "Proposed by Cllr. H. Kenny", "Seconded by Cllr. T. Quinn", "Resolved:-",
      "\u201cThat \u201cStanding Orders\u201d be suspended in order to allow discussion on the release of the Rossport~",
      "Five and related matters\u201d.", "",
      "The Cathaoirleach, Cllr. H. Kenny, referred to a Motion which had been circulated to each Member present."],
     "\u201cThat \u201cStanding Orders\u201d be suspended in order to allow discussion on the release of the Rossport "
     "Five and related matters\u201d.",
     {"proposer": "Cllr. H. Kenny", "seconder": "Cllr. T. Quinn"}),
    # Dún Laoghaire-Rathdown County Council, March 2019 (C/152): "It was proposed by Councillor J. Gildea,
    # seconded by ..., and RESOLVED", the quoted decision ending on a line in capitals.
    ("dlr_proposed_seconded_and_resolved_quoted_caps",
     [("(A)", 72), ("Matters arising from minutes", 110, {"top": 72.0, "bold": True}), "",
      "It was proposed by Councillor J. Gildea, seconded by Councillor S. Nic Cormic, and RESOLVED", "",
      "\u201cThat the minutes of the County Council meeting held on the 14th January 2019 be ADOPTED and~",
      "APPROVED.\u201d", "",
      ("(B)", 72), ("Minutes of County Council Meeting held on the 11th February 2019", 110,
                    {"top": 170.0, "bold": True})],
     "\u201cThat the minutes of the County Council meeting held on the 14th January 2019 be ADOPTED and APPROVED.\u201d",
     {"proposer": "Councillor J. Gildea", "seconder": "Councillor S. Nic Cormic"}),
]


@pytest.mark.parametrize("lines,text,votes", [c[1:] for c in WORLD_CASES], ids=[c[0] for c in WORLD_CASES])
def test_australian_and_irish_forms(lines, text, votes):
    (record,) = find_resolutions(make_ctx(lines))
    assert _norm(record.text) == _norm(text)
    assert record.subject is None
    if votes != "skip":
        got = with_votes(record).votes
        assert (got.model_dump(exclude_none=True) if got else None) == votes


# The everyday word, worded as other councils' minutes and action logs use it (constructed sentences, not from
# one council): no statement.
EVERYDAY = [
    "The Clerk reported that the drainage issue on Church Lane had been resolved by Highways.",
    "Cllr Smith asked whether the complaint was resolved. The Clerk confirmed it was resolved last week.",
    "Members resolved to their satisfaction that the accounts were in order.",
    "Action log item 14: Resolved",
    "Resolved: see minute 45 above.",
    "Questions raised at the last meeting (now resolved) were reported.",
    "The Council is resolved to support local businesses through the recovery.",
    "Officers resolved the remaining snagging items with the developer.",
]


@pytest.mark.parametrize("line", EVERYDAY)
def test_everyday_word_is_no_statement(line):
    assert find_resolutions(make_ctx([line])) == []
