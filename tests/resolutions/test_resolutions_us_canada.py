"""RESOLVED statements in US resolutions and Canadian council transcripts (issue 15, ../shared/corpus2).

Every passage is the wording of a public record in ../shared/corpus2 (the file and page are noted beside it),
laid out as the page prints it: a first-line indent, a bold "BE IT RESOLVED", a speaker's label opening a turn.
Each class of error the second corpus showed has its real cases and near misses that must stay as they are.
The expected texts follow ../shared/corpus/GUIDELINES.md and the corpus2 README's conventions.
"""
from __future__ import annotations

import pytest

from minutebook.extract.resolutions import patterns as P
from minutebook.extract.resolutions.bounds import continues
from minutebook.extract.resolutions.find import find_resolutions

from resolution_fixtures import make_ctx

H = {"bold": True}


def _texts(*pages) -> list[str]:
    return [" ".join(r.text.split()) for r in find_resolutions(make_ctx(*pages)) if r.formula == "resolved"]


# ------------------------------------------------------------------ a sentence goes on after a line break
# (previous line, next line, goes on?) -- judged from the words, whatever the line's length
CONTINUES = [
    ("in the event an agreement is not negotiated with both", "parties.", True),          # winnipeg 2014-01-29 p28
    ("reviewed CCCA's petition,", "conducted the public hearing, and considered", True),  # sacramento 2022 p1
    ("considered and deliberated upon the petition, the", "County Board adopts SCOE's written", True),
    ("the foregoing \u201cWHEREAS\u201d clauses are hereby ratified and", "confirmed as being true", True),
    ("separated space for a biking lane and the removal of", "ditches be prioritized as the highest", True),
    ("that could be declared surplus to the needs of the City for this said", "corridor;", True),
    # near misses: the sentence has ended, or the line ends on a word a sentence can end on before a capital
    ("Federation of Canadian Municipalities.", "Councillor Gerbasi: Madam Speaker, Motion 20", False),
    ("AND WHEREAS the site continues to deteriorate;", "AND WHEREAS the widening of Kenaston is", False),
    ("be amended to reflect the following:", "The addition of a potential overpass", False),
    ("to accept the quotation from Smith Fencing", "Councillor Jones left the meeting.", False),
]


@pytest.mark.parametrize("prev,nxt,want", CONTINUES)
def test_a_sentence_goes_on_from_its_words(prev, nxt, want):
    assert continues(prev, nxt) is want


# (id, pages, expected texts)
CASES = [
    # winnipeg-council-hansard-2014-01-29.pdf p28: the motion's last word wraps alone onto a line of its own
    ("winnipeg_last_word_on_its_own_line", [[
        "AND BE IT FURTHER RESOLVED THAT the City Solicitor be directed to provide an opinion to the~",
        "interim Chief Administrative Officer within thirty days regarding the possibility of the City~",
        "seeking \u201cintervener\u201d status at the Supreme Court of Canada to seek an order that the City be~",
        "allowed to acquire the necessary land in the event an agreement is not negotiated with both",
        "parties.", "",
        ("Madam Speaker: Okay, now we\u2019re moving on to bylaws for second reading, Mr. Mayor.", 72, H)]],
     ["THAT the City Solicitor be directed to provide an opinion to the interim Chief Administrative Officer "
      "within thirty days regarding the possibility of the City seeking \u201cintervener\u201d status at the "
      "Supreme Court of Canada to seek an order that the City be allowed to acquire the necessary land in the "
      "event an agreement is not negotiated with both parties."]),
    # sacramento-county-board-of-education-resolution-2022-04-12.pdf p1: a bold first line, short lines that
    # end on "," and "the"; then a lettered list (the OCR lost "A"'s full stop) whose numbered points run over
    # the page, and the outer list's next points "B." and "C." back at its indent; "PASSED AND ADOPTED" closes.
    ("sacramento_short_lines_and_outer_points", [[
        ("NOW, THEREFORE, BE IT RESOLVED that having reviewed CCCA's petition,", 72, H),
        "conducted the public hearing, and considered and deliberated upon the petition, the",
        "County Board adopts SCOE's written Recommendations and Findings for the CCCA",
        "countywide charter petition; and", "",
        ("BE IT FURTHER RESOLVED that the County Board conditionally approves the", 72, H),
        "CCCA countywide charter petition, subject to satisfaction of the following conditions by~",
        "the deadlines identified:", "",
        ("A Before being authorized to open and operate the charter school, CCCA shall~", 94),
        ("satisfy the following conditions through an acceptable Memorandum of", 111),
        ("include, but not be limited to the following terms:", 111), "",
        ("1. By May 1, 2023, CCCA shall provide verification that it has a beginning cash~", 111),
        ("balance of at least $400,000 comprised of unrestricted grants and donations.", 128)], [
        ("2. Before opening and operating, CCCA shall be accepted as a member of a", 111),
        ("Special Education Local Plan Area.", 128), "",
        ("B. If any of the conditions are not met by the specific deadline for that condition,~", 94),
        ("approval of CCCA's charter will be terminated and the charter will cease to operate.", 111), "",
        ("C. These conditions may be changed or supplemented by future County Board action.", 94), "",
        ("PASSED AND ADOPTED by the Sacramento County Board of Education at its regular", 72, H),
        "Board meeting on the 12th day of April 2022 by the following vote:"]],
     ["that having reviewed CCCA's petition, conducted the public hearing, and considered and deliberated upon "
      "the petition, the County Board adopts SCOE's written Recommendations and Findings for the CCCA countywide "
      "charter petition; and",
      "that the County Board conditionally approves the CCCA countywide charter petition, subject to "
      "satisfaction of the following conditions by the deadlines identified: A Before being authorized to open "
      "and operate the charter school, CCCA shall satisfy the following conditions through an acceptable "
      "Memorandum of include, but not be limited to the following terms: 1. By May 1, 2023, CCCA shall provide "
      "verification that it has a beginning cash balance of at least $400,000 comprised of unrestricted grants "
      "and donations. 2. Before opening and operating, CCCA shall be accepted as a member of a Special Education "
      "Local Plan Area. B. If any of the conditions are not met by the specific deadline for that condition, "
      "approval of CCCA's charter will be terminated and the charter will cease to operate. C. These conditions "
      "may be changed or supplemented by future County Board action."]),
    # coral-gables-commission-resolution-2024-05-07.pdf p2: paragraphs indented on their first line only,
    # numbered "SECTION 1." ...; the adoption line and the vote in brackets close the resolution.
    ("coral_gables_sections_first_line_indent", [[
        ("NOW, THEREFORE, BE IT RESOLVED BY THE COMMISSION OF THE", 108),
        "CITY OF CORAL GABLES:", "",
        ("SECTION 1. That the foregoing \u201cWHEREAS\u201d clauses are hereby ratified and~", 108),
        "confirmed as being true and correct and are hereby made a specific part of this Resolution upon~",
        "the adoption hereof.", "",
        ("SECTION 2. The City Commission does hereby authorize the acceptance of the resolution for~", 108),
        "financial assistance.", "",
        ("SECTION 3. That the City Manager executes the Resolution for financial assistance.", 108), "",
        ("PASSED AND ADOPTED THIS SEVENTH DAY OF MAY, A.D., 2024.", 108),
        ("(Moved: Anderson / Seconded: Fernandez)", 112)]],
     ["BY THE COMMISSION OF THE CITY OF CORAL GABLES: SECTION 1. That the foregoing \u201cWHEREAS\u201d clauses "
      "are hereby ratified and confirmed as being true and correct and are hereby made a specific part of this "
      "Resolution upon the adoption hereof. SECTION 2. The City Commission does hereby authorize the acceptance "
      "of the resolution for financial assistance. SECTION 3. That the City Manager executes the Resolution for "
      "financial assistance."]),
    # the shapes issue 15 quotes from councils outside both corpora: a date that goes on, "at the next" /
    # "meeting", a lead-in ending in a full stop with its points under it
    ("date_goes_on_over_the_line", [[
        "RESOLVED that the Annual Parish Meeting be held on Tuesday",
        "4 March 2025 at 7pm in the Village Hall.",
        "Councillor Smith left the meeting."]],
     ["that the Annual Parish Meeting be held on Tuesday 4 March 2025 at 7pm in the Village Hall."]),
    ("at_the_next_meeting", [[
        "RESOLVED that the request for a new bench be discussed at the next",
        "meeting along with the quotations received."]],
     ["that the request for a new bench be discussed at the next meeting along with the quotations received."]),
    ("lead_in_ending_in_a_full_stop", [[
        "RESOLVED to approve the following payments.",
        ("\u2022 Village Hall hire \u00a340.00", 90), ("\u2022 Clerk salary \u00a3320.00", 90),
        "Councillor Jones reported on the footpaths."]],
     ["to approve the following payments. Village Hall hire \u00a340.00 Clerk salary \u00a3320.00"]),
    # near misses: a finished sentence with no lead-in keeps to itself; a name after a weekday is no date
    ("finished_sentence_before_bullets", [[
        "RESOLVED to approve the payments.",
        ("\u2022 Village Hall hire \u00a340.00", 90),
        "The Clerk reported on the footpaths."]],
     ["to approve the payments."]),
    ("weekday_then_narrative", [[
        "RESOLVED that the Annual Parish Meeting be held on Tuesday",
        "Councillor Smith left the meeting."]],
     ["that the Annual Parish Meeting be held on Tuesday"]),
    # near miss (minutes, not a motion's text): a short line ending on a noun, then narrative: the statement ends
    ("minutes_short_line_then_narrative", [[
        "RESOLVED to accept the quotation from Smith Fencing",
        "Councillor Jones left the meeting."]],
     ["to accept the quotation from Smith Fencing"]),
]


# ------------------------------------------------------------- a motion read aloud is not the printed motion
SPOKEN = [
    # winnipeg-council-hansard-2014-03-26.pdf p14: the printed motion, then its mover reading it in her turn
    ("winnipeg_printed_then_read_aloud", [[
        ("Motion No. 2", 72, H), ("Moved by Councillor Havixbeck,", 72, H), ("Seconded by Councillor Smith,", 72, H),
        "", "WHEREAS citizens have the right to access water in their homes;", "",
        "THEREFORE BE IT RESOLVED THAT citizens be afforded the option of staying at a hotel or a bed and~",
        "breakfast within the City of Winnipeg until either a temporary connection can be established or~",
        "their pipes can be thawed and regular service resumes;", "",
        ("Councillor Havixbeck: Okay, thank you, Madam Speaker. I\u2019ll just read this for those who may not~", 72,
         H),
        "have a copy or who can't see it. Whereas citizens have the right to access water in their homes;~",
        "Therefore be it resolved that citizens be afforded the option of staying at a hotel or a bed and~",
        "breakfast within the City of Winnipeg until either a temporary connection can be established or~",
        "their pipes can be thawed and regular service resumes. So Madam Speaker, I bring this forward."]],
     ["THAT citizens be afforded the option of staying at a hotel or a bed and breakfast within the City of "
      "Winnipeg until either a temporary connection can be established or their pipes can be thawed and regular "
      "service resumes;"]),
    # winnipeg-council-hansard-2014-05-27.pdf p5: the clauses named in speech, then the Clerk reading them
    ("winnipeg_named_and_read_by_the_clerk", [[
        ("Councillor Eadie: Before I speak, could I just have the \u201cBe It Resolved\u201d read, please?", 72, H),
        "", ("Madam Speaker: Mr. Clerk.", 72, H), "",
        ("Clerk: \u201cTherefore be it resolved that the City suspend the planned 3.5 unpaid leave days~", 72, H),
        "scheduled for December 2014 and that the administration be directed to do all things necessary to~",
        "implement the said adjustment\u201d."]],
     []),
    # winnipeg-council-hansard-2015-07-15.pdf p13: a member tells of another body's decision ("we resolved to")
    ("winnipeg_we_resolved_in_a_speech", [[
        ("Mayor Bowman: Thank you, Madam Speaker. I\u2019d like to thank Councillor Gerbasi for her ongoing~", 72, H),
        "efforts. Back last year, I attended the Big City Mayors\u2019 Summit in Toronto in which we resolved to~",
        "really focus on three main issues, housing, public transit and infrastructure."]],
     []),
    # near miss: a motion printed after a turn, in sentence case at its own paragraph (the Oro-Medonte form)
    ("motion_after_a_turn_counts", [[
        ("Councillor Smith: This has been going along for some time and I think it has to be resolved. And~", 72,
         H),
        "I\u2019m speaking on my behalf as well as Councillor Gerbasi. So let's all support this and get it~",
        "out of the way.", "",
        "Be it resolved that the agenda for the Council meeting of Wednesday, December 5, 2012 be~",
        "received and adopted as printed.", "",
        ("Madam Speaker: All those in favour? Contrary? Carried.", 72, H)]],
     ["that the agenda for the Council meeting of Wednesday, December 5, 2012 be received and adopted as "
      "printed."]),
    # winnipeg-council-hansard-2014-03-26.pdf p9: the everyday word in a speech ("it's about time we resolved it")
    ("winnipeg_everyday_word_in_a_speech", [[
        ("Councillor Smith: This has been going along for some time and I think it has to be resolved. And~", 72, H),
        "this has been going on so many years, it's about time we resolved it. So let's all support this.", "",
        ("Madam Speaker: Thank you. Mr. Mayor to close.", 72, H)]],
     []),
]


# ------------------------------------- what follows a motion: its close, the next motion, a table, a speaker
TAILS = [
    # san-jose-council-resolution-draft-2021-08-31.pdf p2: the adoption line and vote block are not the text
    ("san_jose_adoption_block", [[
        ("NOW, THEREFORE, BE IT RESOLVED BY THE COUNCIL OF THE CITY OF SAN~", 72, H),
        "JOSE THAT:", "",
        "The City Council hereby retroactively authorizes \u201cFree Use\u201d of the City Hall Rotunda for~",
        "the Fire Department Fire Captain written exam promotional process on Saturday,",
        "August 14, 2021.", "",
        "ADOPTED this _____ day of ___________, 2021, by the following vote:", "",
        ("AYES:", 108), "", ("NOES:", 108)]],
     ["BY THE COUNCIL OF THE CITY OF SAN JOSE THAT: The City Council hereby retroactively authorizes \u201cFree "
      "Use\u201d of the City Hall Rotunda for the Fire Department Fire Captain written exam promotional process "
      "on Saturday, August 14, 2021."]),
    # winnipeg-council-hansard-2015-07-15.pdf p40: the next motion's number, bold, after the text under
    # "the following:"
    ("winnipeg_next_motion_number", [[
        "THEREFORE BE IT RESOLVED that the Pedestrian and Cycling Strategy document (Appendix A), be~",
        "amended to reflect the following:",
        "That the Chief Peguis Active Transportation Path between Gateway Road and Lagimodiere Boulevard~",
        "be identified as an \u201cexisting\u201d pathway.",
        ("Motion No. 18", 72, H), ("Moved by Councillor Browaty,", 72, H)]],
     ["that the Pedestrian and Cycling Strategy document (Appendix A), be amended to reflect the following: "
      "That the Chief Peguis Active Transportation Path between Gateway Road and Lagimodiere Boulevard be "
      "identified as an \u201cexisting\u201d pathway."]),
    # winnipeg-council-hansard-2013-11-06.pdf p2: the appointments table under its own centred title is left
    # out (the corpus2 README's convention for appointment tables)
    ("winnipeg_titled_table_after_lead_in", [[
        "AND BE IT FURTHER RESOLVED that Council make the following appointments and referrals to the related",
        "Committees, Boards and Commissions:",
        ("APPOINTMENT OF SPEAKER AND DEPUTY SPEAKER", 190, H),
        ("Position Council Member Appointed", 200, H),
        ("Speaker Councillor Sharma", 200, H)]],
     ["that Council make the following appointments and referrals to the related Committees, Boards and "
      "Commissions:"]),
    # winnipeg-council-hansard-2015-07-15.pdf p43: a speaker's long first line (not a short bold heading)
    ("winnipeg_speaker_after_motion", [[
        "THEREFORE BE IT RESOLVED THAT Item 4 of the Report of the Standing Policy Committee on~",
        "Infrastructure Renewal and Public Works dated June 23, 2015 be accepted with the following condition:",
        "That a comprehensive public consultation program be mandatory in the future to amend current residential~",
        "snow clearing practices as noted in the Pedestrian and Cycling Strategies document.",
        ("Councillor Gerbasi: Thank you. And just to be clear, I am only speaking to this motion. I will be~", 72,
         H),
        "rising to speak to the clause and the motions afterwards another point in the debate."]],
     ["THAT Item 4 of the Report of the Standing Policy Committee on Infrastructure Renewal and Public Works dated "
      "June 23, 2015 be accepted with the following condition: That a comprehensive public consultation program "
      "be mandatory in the future to amend current residential snow clearing practices as noted in the "
      "Pedestrian and Cycling Strategies document."]),
]


# ------------------------------------------ vote and proposer tails in abbreviated forms, reference lines
# The shapes named in issue 15 (community and parish councils that print initials for the mover and seconder);
# the wording around them is the Ayton Community Council's (corpus2, ayton-cc-minutes-2019-09-03.pdf p1-3).
ABBREVIATED = [
    ("tail_dash_proposed_2nd", [[
        "RESOLVED to approve the minutes of the meeting held on 4 March 2025 \u2013 Proposed JB; 2nd KL",
        ("5. Matters Arising", 72, H)]],
     ["to approve the minutes of the meeting held on 4 March 2025"]),
    ("tail_prop_on_the_next_line", [[
        "RESOLVED: to accept the quotation from Border Fencing for the fence at the play park in Ayton~",
        "Prop: TW 2 nd MR", "", ("7. Area Councillor\u2019s Report", 72, H)]],
     ["to accept the quotation from Border Fencing for the fence at the play park in Ayton"]),
    ("tail_bracketed_titles", [[
        "RESOLVED that the Community Council writes to Scottish Borders Council about the speed limit on the~",
        "A1 approach (Prop. Cllr Smith, Sec. Cllr Jones)"]],
     ["that the Community Council writes to Scottish Borders Council about the speed limit on the A1 approach"]),
    # near misses: "proposed" and "2nd" as ordinary words stay in the statement
    ("proposed_as_a_word", [[
        "RESOLVED that the proposed budget for 2025/26 be approved and the 2nd instalment paid."]],
     ["that the proposed budget for 2025/26 be approved and the 2nd instalment paid."]),
    # the planning appeal reference line under a statement that runs to the right margin
    ("appeal_reference_line", [[
        "RESOLVED to note the appeal decisions received for the following sites in the parish of Ayton~",
        "APP/X1234/W/21/3284567 \u2013 Mill House Appeal \u2013 Awaiting decision"]],
     ["to note the appeal decisions received for the following sites in the parish of Ayton"]),
]


# ----------------------------------- a motion's own text runs through its paragraphs to the motion's close
DOCUMENT = [
    # winnipeg-council-hansard-2014-05-27.pdf p37: a governance model, an indented list, then its paragraphs
    ("winnipeg_model_paragraphs", [[
        "THEREFORE BE IT RESOLVED THAT the City of Winnipeg adopts the following model for governance:",
        "The Council establishes its policies for governing the city based on information provided by four~",
        "Standing Policy Committees:",
        ("Protection and Community Services", 102), ("Finance", 102),
        "Committees should meet once every month at City Hall and be comprised of Councillors and are~",
        "responsible for approving and recommending policies to City Council.",
        "City Council should meet four times every month.", "",
        ("Madam Speaker: We have a Notice of Motion No. 7 from Councillor Browaty and Councillor Fielding.", 72,
         H)]],
     ["THAT the City of Winnipeg adopts the following model for governance: The Council establishes its policies "
      "for governing the city based on information provided by four Standing Policy Committees: Protection and "
      "Community Services Finance Committees should meet once every month at City Hall and be comprised of "
      "Councillors and are responsible for approving and recommending policies to City Council. City Council "
      "should meet four times every month."]),
    # winnipeg-council-hansard-2014-05-27.pdf p22: charter sections, each with its own lettered list
    ("winnipeg_charter_sections", [[
        "THEREFORE BE IT RESOLVED THAT City Council request the Province of Manitoba to amend The City of~",
        "Winnipeg Charter effective as of the next organizational meeting of Council in November, 2014, as follows:",
        "Mayor\u2019s appointments",
        "59(1) At the first meeting of council after a general election, the mayor must appoint",
        "(a) a deputy mayor;", "(b) an acting deputy mayor;",
        "Executive policy committee established",
        "61(1) There shall be an executive policy committee of council composed of",
        "(a) the mayor, who is the chairperson of the committee;",
        "(b) three members of council appointed by council.",
        ("Mayor Katz: Yes, Madam Speaker, I\u2019ll just\u2026that City Council request the Province.", 72, H)]],
     ["THAT City Council request the Province of Manitoba to amend The City of Winnipeg Charter effective as of "
      "the next organizational meeting of Council in November, 2014, as follows: Mayor\u2019s appointments 59(1) "
      "At the first meeting of council after a general election, the mayor must appoint (a) a deputy mayor; (b) "
      "an acting deputy mayor; Executive policy committee established 61(1) There shall be an executive policy "
      "committee of council composed of (a) the mayor, who is the chairperson of the committee; (b) three "
      "members of council appointed by council."]),
    # near miss: minutes' "RESOLVED that the following ..." list still ends at the narrative after it
    ("minutes_list_ends_at_narrative", [[
        "RESOLVED that the following payments be approved:",
        ("Village Hall Fees", 90), ("Grass cutting contract", 90),
        "The Clerk reported that the grass cutting contract was due for renewal in May."]],
     ["that the following payments be approved: Village Hall Fees Grass cutting contract"]),
]


ALL = CASES + SPOKEN + TAILS + ABBREVIATED + DOCUMENT


@pytest.mark.parametrize("pages,expected", [c[1:] for c in ALL], ids=[c[0] for c in ALL])
def test_us_and_canadian_statements(pages, expected):
    assert _texts(*pages) == [" ".join(e.split()) for e in expected]


def test_section_points_are_clauses():
    (record,) = [r for r in find_resolutions(make_ctx(CASES[2][1][0])) if r.formula == "resolved"]
    assert [" ".join(c.split()) for c in record.clauses] == [
        "That the foregoing \u201cWHEREAS\u201d clauses are hereby ratified and confirmed as being true and "
        "correct and are hereby made a specific part of this Resolution upon the adoption hereof.",
        "The City Commission does hereby authorize the acceptance of the resolution for financial assistance.",
        "That the City Manager executes the Resolution for financial assistance."]


@pytest.mark.parametrize("line,label", [
    ("Madam Speaker: Thank you. Councillor Eadie.", True),
    ("Councillor Havixbeck: Move suspension of the rules to hear this item.", True),
    ("Mayor Katz: Thank you, Madam Speaker.", True),
    ("Clerk: \u201cTherefore be it resolved that", True),
    ("Deputy Mayor Vandal: Thank you.", True),
    # near misses: labels of minutes, not speakers
    ("Present: Councillors A Smith and B Jones", False),
    ("Moved by Councillor Wyatt,", False),
    ("Action: Clerk to write to the contractor.", False),
    ("RESOLVED: that the minutes be approved.", False),
])
def test_speaker_labels(line, label):
    assert bool(P.SPEAKER_LABEL.match(line)) is label


@pytest.mark.parametrize("case,proposer,seconder", [
    ("tail_dash_proposed_2nd", "JB", "KL"),
    ("tail_prop_on_the_next_line", "TW", "MR"),
    ("tail_bracketed_titles", "Cllr Smith", "Cllr Jones"),
])
def test_an_abbreviated_tail_is_the_statements_vote_record(case, proposer, seconder):
    pages = next(c[1] for c in ABBREVIATED if c[0] == case)
    (record,) = [r for r in find_resolutions(make_ctx(*pages)) if r.formula == "resolved"]
    assert (record.votes.proposer, record.votes.seconder) == (proposer, seconder)


def test_proposed_as_a_word_gives_no_mover():
    pages = next(c[1] for c in ABBREVIATED if c[0] == "proposed_as_a_word")
    (record,) = [r for r in find_resolutions(make_ctx(*pages)) if r.formula == "resolved"]
    assert record.votes is None or record.votes.proposer is None
