"""Decisions worded without "resolved" as a table: sentences in, (formula, subject, text) out, and near misses out.

Every sentence is taken from real minutes in ../shared/corpus and ../shared/corpus2 (public records), or from the
"not counted" list of GUIDELINES-decisions.md; the layouts are synthetic (resolution_fixtures.py) so each row
shows one rule. A line ending in "~" runs to the right margin, as a wrapped line of a paragraph does.
"""
from __future__ import annotations

import pytest

from minutebook.extract.resolutions.find import find_resolutions
from minutebook.extract.resolutions.formulas import formula_triggers
from minutebook.extract.resolutions.patterns import FORMULA_FORMS, FORMULA_WORD

from resolution_fixtures import make_ctx


def decisions(*pages):
    """The other-formula decisions the stage finds in these pages: (formula, subject, text)."""
    return [(r.formula.value, r.subject, r.text) for r in find_resolutions(make_ctx(*pages))
            if r.formula != "resolved"]


# (id, lines of one page, expected [(formula, subject, text)])
DECISIONS = [
    ("it_was_agreed_to", ["It was agreed not to purchase the picnic benches."],
     [("agreed", None, "not to purchase the picnic benches.")]),
    ("agreed_label_mid_line", ["For edging the 7 worst drives this would amount to approximately £5,000 to £6,000.~",
                               "Agreed that Cllr Hunt would obtain formal estimates for the works."],
     [("agreed", None, "that Cllr Hunt would obtain formal estimates for the works.")]),
    ("all_agreed_one_decision_two_formulas",
     ["All agreed this was a true record and minutes were approved and signed."],
     [("agreed", None, "this was a true record and minutes were approved and signed.")]),
    ("proposed_seconded_unanimously_agreed",
     ["It was proposed by Cllr. O. Williams, seconded by Cllr. Arwel Davies and unanimously agreed, that the~",
      "minutes of the last meeting held on the 12th April 2017, as typed and circulated, were correct."],
     [("agreed", None, "that the minutes of the last meeting held on the 12th April 2017, as typed and "
                       "circulated, were correct.")]),
    ("council_agreed_twice_split_at_and",
     ["The Council reviewed the effectiveness of the Internal Audit arrangements and agreed that they were~",
      "adequate and agreed to continue the current arrangements for 2012/13."],
     [("agreed", None, "that they were adequate"),
      ("agreed", None, "to continue the current arrangements for 2012/13.")]),
    ("councillors_agreed", ["After consideration of the comments from the community the councillors agreed that~",
                            "option 1 would be the best way forward."],
     [("agreed", None, "that option 1 would be the best way forward.")]),
    ("minutes_were_agreed_subject_before",
     ["117.1 The minutes of Part 2 of the meeting of 14th December were agreed."],
     [("agreed", "The minutes of Part 2 of the meeting of 14th December", "")]),
    ("passive_approved_by_own_body",
     ["Audit of Accounts - The Accounts were approved by the Parish Council and signed by the Chairman."],
     [("approved", "Audit of Accounts - The Accounts", "by the Parish Council and signed by the Chairman.")]),
    ("bills_stand_approved", ["Town Fund Bills stand approved for payment as submitted."],
     [("approved", "Town Fund Bills", "for payment as submitted.")]),
    ("board_upon_motion_approved",
     ["UPON MOTION duly made and seconded, the Board approved and authorized execution of an agreement~",
      "with Poly-Seal Corporation, Inc."],
     [("approved", None, "and authorized execution of an agreement with Poly-Seal Corporation, Inc.")]),
    ("double_spaced_sentence_goes_on",
     ["This second amendment to agreement allows the lessee to install an additional antenna for a~",
      "total of three at an existing site not-to-exceed two and one half feet in diameter, along with~",
      "mounting hardware and coaxial cables. During the period of time the microwave equipment is~",
      "installed on the tower, the lessee will pay the lessor additional yearly rent of $4,200.00. All~",
      "other terms and conditions of the lease and first amendment will remain unchanged.", "",
      "UPON MOTION duly made and seconded, the Board approved and~", "",
      "authorized execution of the second amendment to the lease", "",
      "agreement with APC Realty and Equipment Company, LLC, a Delaware~", "",
      "Limited Liability Company, Lessee, for rental of tower space.", "", "", "(FILE NO. 55895)"],
     [("approved", None, "and authorized execution of the second amendment to the lease agreement with APC Realty "
                         "and Equipment Company, LLC, a Delaware Limited Liability Company, Lessee, for rental of "
                         "tower space.")]),
    ("abbreviation_then_the_board_also_approved",
     ["UPON MOTION duly made and seconded, the Board approved and authorized execution of the Fifth~",
      "Modification Agreement with the Baltimore Children's Museum, Inc. The Board also approved~",
      "and authorized the Director of Finance to execute certificates as set forth in the Note."],
     [("approved", None, "and authorized execution of the Fifth Modification Agreement with the Baltimore "
                         "Children's Museum, Inc."),
      ("approved", None, "and authorized the Director of Finance to execute certificates as set forth in the "
                         "Note.")]),
    ("bullet_row_approved", ["• Minutes from 11/30/17 meeting approved – Z. Maiorca (motion), T. Feinberg (second)",
                             "• Todd Feinberg welcomed to SSA Commission"],
     [("approved", "Minutes from 11/30/17 meeting", "Z. Maiorca (motion), T. Feinberg (second)")]),
    ("label_in_caps_after_bullet", ["o APPROVED – 2018 Meetings Calendar"],
     [("approved", None, "2018 Meetings Calendar")]),
    ("it_was_decided", ["Following this decision it was decided that we would communicate this choice to MCC."],
     [("decided", None, "that we would communicate this choice to MCC.")]),
    ("decision_label", ["To appoint a Vice-Chair for the Committee.", "Decision:",
                        "That Councillor Rossati be appointed Vice-Chair."],
     [("decided", None, "That Councillor Rossati be appointed Vice-Chair.")]),
    ("recommended_label", ["44 MINUTES -", "RECOMMENDED - T H A T the minutes of the Extraordinary Meeting held~",
                           "on 19th April, 2018 be approved as a correct record."],
     [("recommended", None, "T H A T the minutes of the Extraordinary Meeting held on 19th April, 2018 be "
                            "approved as a correct record.")]),
    ("adopted_resolution", ["PORT OF ALSEA 2017 BUDGET RESOLUTION No. 05-23-2018", "",
                            "ADOPTED by the Board of Commissioners this 23rd day of May, 2018."],
     [("adopted", "PORT OF ALSEA 2017 BUDGET RESOLUTION No. 05-23-2018",
       "by the Board of Commissioners this 23rd day of May, 2018.")]),
    ("point_names_what_this_is",
     ["8 Planning Applications",
      "• Alterations and extension to dwelling house at 3 Lawfield Drive Ayton. It was agreed to~",
      "support this.", "• Erection of a garage at 1 Prenderguest Farm Cottages. It was agreed to support this."],
     [("agreed", "Alterations and extension to dwelling house at 3 Lawfield Drive Ayton", "to support this."),
      ("agreed", "Erection of a garage at 1 Prenderguest Farm Cottages", "to support this.")]),
    ("passed_and_adopted_in_capitals",
     ["CITY OF CORAL GABLES, FLORIDA", "RESOLUTION NO. 2024-32", "",
      "SECTION 3. That this Resolution shall become effective immediately upon the date of~",
      "its passage and adoption herein.", "PASSED AND ADOPTED THIS THIRTEENTH DAY OF FEBRUARY, A.D., 2024."],
     [("adopted", "RESOLUTION NO. 2024-32", "THIS THIRTEENTH DAY OF FEBRUARY, A.D., 2024.")]),
    ("minutes_stand_approved_after_the_motion",
     ["APPROVAL OF MINUTES: Motion to approve the minutes of the December 11, 2019 Board of Trustees~",
      "meeting was made by Trustee Elton, seconded by Trustee Piacentini. All were in favor, minutes stand~",
      "approved as written."],
     [("approved", "the minutes of the December 11, 2019 Board of Trustees meeting", "as written.")]),
    ("moved_seconded_carried", ["Moved by Cllr Adams, seconded by Cllr Brown, that the grant be paid. CARRIED"],
     [("carried", None, "that the grant be paid.")]),
    ("transcript_move_carried", ["Councillor Steen moves that the Minutes of the meeting held on February 26, 2014,~",
                                 "be taken as read and confirmed.", "All those in favour? Contrary? Carried."],
     [("carried", None, "that the Minutes of the meeting held on February 26, 2014, be taken as read and "
                        "confirmed.")]),
    ("an_abbreviation_ends_the_line_not_the_sentence",
     ["UPON MOTION duly made and seconded, the Board approved and~",
      "authorized the acquisition of the leasehold interest of 1510 N.",
      "Port Street as a gift from William Seruck Herriott SUBJECT to municipal liens."],
     [("approved", None, "and authorized the acquisition of the leasehold interest of 1510 N. Port Street as a gift "
                         "from William Seruck Herriott SUBJECT to municipal liens.")]),
    ("motion_by_second_by_carried",
     ["Motion by Council Member Smith, second by Council Member Jones, to approve the consent agenda. Motion~",
      "carried 5-0."],
     [("carried", None, "to approve the consent agenda.")]),
    ("motion_made_by_a_titled_name_carried",
     ["A motion was made by Mr. Jones, seconded by Ms. Lee, to table the item. The motion carried."],
     [("carried", None, "to table the item.")]),
    ("moved_seconded_lines_then_carried",
     ["Moved Cr Smith, Seconded Cr Jones", "That Council adopts the 2023/24 budget as presented.", "CARRIED"],
     [("carried", None, "That Council adopts the 2023/24 budget as presented.")]),
    ("moved_and_seconded_labels",
     ["Moved: Councillor Brown", "Seconded: Councillor White", "That the report be received.", "CARRIED"],
     [("carried", None, "That the report be received.")]),
    ("motion_label_then_vote_line",
     ["Approval of Minutes", "Motion: Approve the minutes of the January 9, 2023 meeting as presented.",
      "Moved: Commissioner Ortiz   Second: Commissioner Lee", "Vote: 5-0, motion carried."],
     [("carried", None, "Approve the minutes of the January 9, 2023 meeting as presented.")]),
    ("motion_with_movers_in_brackets",
     ["ACTION: Motion (Jones/Smith) to approve the consent calendar. Motion carried 7-0."],
     [("carried", None, "to approve the consent calendar.")]),
    ("seconded_and_put_to_the_meeting",
     ["The motion was seconded by Councillor Kim and on being put to the meeting was carried."],
     [("carried", "The motion", "")]),
    ("this_was_agreed_points_at_the_motion",
     ["The Chairman moved that the meeting be closed. This was agreed."],
     [("agreed", None, "that the meeting be closed.")]),
    ("agreed_after_a_proposal", ["Cllr Adams proposed that the clerk obtain three quotes for the work. Agreed."],
     [("agreed", None, "that the clerk obtain three quotes for the work.")]),
    ("seconded_and_agreed_by_all",
     ["Cllr Adams proposed that the clerk obtain three quotes. This was seconded by Cllr Brown and agreed by all."],
     [("agreed", None, "that the clerk obtain three quotes.")]),
    ("put_and_carried", ["The motion to defer was put and carried."], [("carried", "The motion to defer", "")]),
    ("declared_carried_upon_a_vote", ["Upon being put to the vote the motion was declared carried."],
     [("carried", "the motion", "")]),
    ("committee_agreed_a_list",
     ["The Committee agreed:-", "(a) to note the report; and", "(b) to request a further report in six months."],
     [("agreed", None, "(a) to note the report; and (b) to request a further report in six months.")]),
    ("transcript_chair_names_item", ["Madam Speaker: Thank you. All those in favour of Item 10? Contrary? Carried."],
     [("carried", "Item 10", "")]),
    ("to_which_members_agreed",
     ["The Chairman asked for agreement that the press and public be excluded from the meeting for that~",
      "item of business, to which Members agreed."],
     [("agreed", None, "that the press and public be excluded from the meeting for that item of business")]),
    ("topic_before_semicolon", ["iv) C.C.C. Code of Conduct training; it was agreed to discuss at the next meeting."],
     [("agreed", "C.C.C. Code of Conduct training", "to discuss at the next meeting.")]),
    ("this_refers_to_what_was_presented",
     ["The Risk Assessment Schedule for 2017-18 as previously circulated to Councillors was presented. It~",
      "was proposed by Cllr. D. Jones, seconded by Cllr. P. Harries and unanimously agreed that this be approved."],
     [("agreed", "The Risk Assessment Schedule for 2017-18", "that this be approved.")]),
]


@pytest.mark.parametrize("lines,expected", [c[1:] for c in DECISIONS], ids=[c[0] for c in DECISIONS])
def test_decision_table(lines, expected):
    assert decisions(lines) == expected


#: Near misses: the guideline's "not counted" list, each as printed in a real pack.
NOT_DECISIONS = [
    # narrative about what others agreed or approved
    "The contractor agreed to repair the fence.",
    "Planning permission was approved by the district council.",
    "The Space Utilization Committee approved this lease at its meeting on March 9, 2010.",
    "MWBOO approved this release of retainage.",
    "The settlement has been reviewed and approved by the Settlement Committee of the Law Department.",
    "APPROVED FOR FUNDS BY FINANCE",
    "The DOT, in conjunction with the FHA has agreed to fund the program.",
    # a single person's undertaking
    "The clerk agreed to rectify.",
    "Cllr Lester agreed to supply a sketch showing preferred location.",
    "JS agreed to contact Camelot about the signs.",
    "Mr Ellerton recommended that HPC go through HCC for broadband.",
    # earlier decisions reported back
    "As previously agreed a tree is to be planted to celebrate the diamond jubilee.",
    "On March 26, 2008, the Board approved the original agreement with EA Engineering.",
    "The LDDA was approved by the Board on April 28, 2004 and amended in 2008.",
    "The council has agreed a legal reserve and the clerk is empowered to take emergency action.",
    "Subsequent renewals have been approved.",
    "The planning application for the Panshanger Aerodrome site has been approved.",
    # agenda wording, conditions, report wording, adjectives
    "To agree the minutes of the meeting held on 9 January.",
    "To approve payments.",
    "If it is agreed that the scrutiny request topic should be explored further, a report will follow.",
    "Once the strategy has been approved then a detailed implementation plan will be developed.",
    "Therefore, it is recommended that all bids be rejected as not being in the best interest of the City.",
    "The procurement of the equipment and/or service is recommended.",
    "The Port imposes the taxes provided for in the adopted budget.",
    "This will assist members in achieving the goal of an agreed work programme.",
    # "carried" that is not a vote, "noted" and other words
    "Cllr Davies would follow up regarding the maintenance work already carried out on the footpath.",
    "$32,120 in 2017 tax levies will be carried over to 2018.",
    "Decision:\nNoted.",
    "Decision:\nNone.",
    "The application was granted.",
    "Cytunwyd i dalu'r anfoneb.",  # Welsh formulas are not read (docs/decisions.md)
    # a form still to be filled in
    "ADOPTED this _____ day of ___________, 2021, by the following vote:",
    "PASSED AND ADOPTED by the City Council of Irvine at the meeting held on\nthe __ day of September 2020.",
    # a motion's own words, without its vote
    "That Council adopts the 2023/24 budget as presented.",
    # a formula word inside a compound
    "• Article XIII-B Appropriations Limit Agreed-Upon Procedures Report",
    # "Unanimously agreed." after a proposal is the vote on a decision stated before, not one of its own
    "Proposed Cllr O'Leary seconded Cllr Atkins. Unanimously agreed.",
]


@pytest.mark.parametrize("sentence", NOT_DECISIONS)
def test_not_a_decision(sentence):
    assert decisions(sentence.split("\n")) == []


def test_a_formula_inside_a_resolved_statement_or_its_vote_is_not_a_second_decision():
    lines = ["RESOLVED that the minutes of the meeting of 7 November 2013 were agreed and signed.",
             "Resolved, proposed Cllr O'Leary, seconded Cllr Rochford. Agreed by a majority.",
             "RESOLVED that the grant be approved. Carried unanimously on a show of hands."]
    found = find_resolutions(make_ctx(lines))
    assert [r.formula.value for r in found] == ["resolved", "resolved", "resolved"]


def test_carried_takes_the_motion_since_the_last_vote_and_its_mover():
    lines = ["Moved by Councillor Adams, seconded by Councillor Brown, that the fee be waived.", "CARRIED",
             "The Chair thanked the officers.", "All those in favour? Contrary? Carried."]
    (record,) = [r for r in find_resolutions(make_ctx(lines)) if r.formula == "carried"]
    assert record.text == "that the fee be waived."
    assert record.votes is not None and record.votes.proposer and "Adams" in record.votes.proposer
    assert "CARRIED" in record.source.quote and record.source.quote.startswith("that the fee")


def test_a_vote_line_under_a_motion_label_names_mover_and_seconder():
    lines = ["Motion: Approve the minutes of the January 9, 2023 meeting as presented.",
             "Moved: Commissioner Ortiz   Second: Commissioner Lee", "Vote: 5-0, motion carried."]
    (record,) = find_resolutions(make_ctx(lines))
    assert (record.votes.proposer, record.votes.seconder) == ("Commissioner Ortiz", "Commissioner Lee")


def test_this_with_no_motion_before_it_is_no_decision():
    assert decisions(["The report was discussed at length. This was agreed."]) == []
    assert decisions(["5. Minutes", "The minutes of the meeting held on 3 May 2023 were read.", "Approved."]) == []


def test_the_proposer_of_an_agreed_proposal():
    (record,) = find_resolutions(make_ctx(["Cllr Adams proposed that the clerk obtain three quotes. This was~",
                                           "seconded by Cllr Brown and agreed by all."]))
    assert (record.votes.proposer, record.votes.seconder) == ("Cllr Adams", "Cllr Brown")


def test_a_formal_motion_gives_its_mover_and_seconder_to_the_vote():
    lines = ["Councillor Lee moved, seconded by Councillor Kim, that the item be deferred. The motion was carried."]
    (record,) = find_resolutions(make_ctx(lines))
    assert (record.formula, record.text) == ("carried", "that the item be deferred.")
    assert (record.votes.proposer, record.votes.seconder) == ("Councillor Lee", "Councillor Kim")


def test_ids_of_resolved_statements_do_not_move_when_other_decisions_stand_between_them():
    lines = ["RESOLVED to approve the accounts.", "It was agreed to buy two benches.", "RESOLVED to adjourn."]
    found = find_resolutions(make_ctx(lines))
    assert [r.id.rsplit("/", 1)[1] for r in found] == ["1", "agreed-1", "2"]


def test_every_formula_form_is_known():
    assert set(FORMULA_FORMS.values()) == {"agreed", "approved", "decided", "carried", "recommended", "adopted"}
    for form in FORMULA_FORMS:
        assert FORMULA_WORD.fullmatch(form) and FORMULA_WORD.fullmatch(form.upper())


def test_triggers_come_in_reading_order():
    text = "It was agreed to buy two benches.\nThe minutes of the last meeting were approved."
    assert [t.formula for t in formula_triggers(text)] == ["agreed", "approved"]


def test_a_named_body_deciding_where_the_meeting_is_unknown_is_kept_and_flagged():
    from minutebook.extract.structure.build import find_structure

    ctx = make_ctx(["The Highways Committee agreed to resurface Mill Lane."])
    (record,) = [r for r in find_resolutions(ctx, find_structure(ctx, [])) if r.formula != "resolved"]
    assert record.uncertain and "Highways Committee" in record.uncertain[0]


def test_a_subject_read_from_the_sentence_before_is_flagged():
    (record,) = [r for r in find_resolutions(make_ctx(DECISIONS[-1][1])) if r.formula != "resolved"]
    assert record.subject == "The Risk Assessment Schedule for 2017-18"
    assert record.uncertain and "sentence before" in record.uncertain[0]
