"""Spoken votes in verbatim transcripts: what a "Carried." decides (resolutions/carried.py), as a table.

Every line is taken from the Council of the City of Winnipeg's published Hansard (2013-2015, in
../shared/corpus2; public records), cut to the turns that matter; the layouts are synthetic
(resolution_fixtures.py). Each row is (id, lines, expected [(subject, text)] of the carried votes found).
"""
from __future__ import annotations

import pytest

from minutebook.extract.resolutions.find import find_resolutions

from resolution_fixtures import make_ctx


def votes(*pages):
    """(subject, text) of each carried vote the stage finds in these pages."""
    return [(r.subject, r.text) for r in find_resolutions(make_ctx(*pages)) if r.formula == "carried"]


VOTES = [
    # a motion to suspend the rules, however it is worded
    ("suspend_the_rules_without_move",
     ["Councillor Havixbeck: Madam Speaker. I'd like to suspend the rules, so we can ask questions?",
      "Madam Speaker: Okay, all those in favour? Contrary? Carried. Councillor Havixbeck."],
     [(None, "suspend the rules, so we can ask questions?")]),
    ("move_that_we_suspend_keeps_the_whole_motion",
     ["Councillor Vandal: I move that we suspend the rules.",
      "Madam Speaker: All those in favour? Contrary? Carried."],
     [(None, "that we suspend the rules.")]),
    ("ask_for_suspension",
     ["Councillor Gerbasi: Thank you. I'd like to ask for suspension of the rules to hear two additional speakers.",
      "Madam Speaker: Thank you, so noted. All those in favour? Contrary? Carried."],
     [(None, "suspension of the rules to hear two additional speakers.")]),
    ("someone_suspends_the_rules",
     ["Madam Speaker: Councillor Eadie suspends the rules to add more time. All in favour? Contrary? Carried."],
     [(None, "suspends the rules to add more time.")]),
    ("motion_on_the_floor",
     ["Madam Speaker: So there is a motion on the floor to rescind Motion No. 5. All in favour? Contrary? Carried."],
     [(None, "to rescind Motion No. 5.")]),
    # a list read out after the motion that announces it
    ("the_following_bylaws_and_their_list",
     ["Mayor Bowman: Thank you, Madam Speaker. I move that the following by-laws be read a first time. By-law~",
      "70/2015, 78/2015, 80/2015.",
      "Madam Speaker: All in favour? Contrary? Carried."],
     [(None, "that the following by-laws be read a first time. By-law 70/2015, 78/2015, 80/2015.")]),
    # lower-case "carried" after the call
    ("lower_case_carried_after_the_call",
     ["Mayor Bowman: I move that the By-laws numbered 70/2015, 78/2015 and 80/2015 be read a second time.",
      "Madam Speaker: All in favour? Contrary. carried."],
     [(None, "that the By-laws numbered 70/2015, 78/2015 and 80/2015 be read a second time.")]),
    # what the chair's question names
    ("chair_names_a_noun_phrase",
     ["Madam Speaker: Okay. All in favour of the withdrawal? Contrary? Carried. Thank you."],
     [("the withdrawal", "")]),
    ("chair_name_wraps_onto_the_next_line",
     ["Madam Speaker: Okay, so three, four and eight have been were stood down. I'll call the question on 1 through~",
      "3, and 5 through 7. All in favour? Contrary? Carried. Madam Clerk."],
     [("1 through 3, and 5 through 7", "")]),
    ("chair_corrects_the_name",
     ["Madam Speaker: Okay, I'll call the question on Items 1 to 3 or pardon me, 1, 2 and 4. All in favour?~",
      "Contrary? Carried."],
     [("1, 2 and 4", "")]),
    ("vote_is_on",
     ["Madam Speaker: Yes and the vote is on the clause as amended. Thank you. Call the question again? All in~",
      "favour? Contrary? Carried."],
     [("the clause as amended", "")]),
    ("a_later_motion_number_in_the_turn_beats_an_earlier_question",
     ["Madam Speaker: We'll vote on the motions in reverse order and then the main item. So, Motion No. 2, I'll~",
      "call the question. This is the one Councillor Gerbasi moved. All in favour? Contrary? Carried."],
     [("Motion No. 2", "")]),
    ("motion_named_in_the_chairs_turn_moved_by_is_a_reference",
     ["Madam Speaker: On to Motion No. 1 which was moved by Councillor Gillingham. All in favour? Contrary? Carried."],
     [("Motion No. 1", "")]),
    # the outcome's own subject, and an outcome said twice
    ("the_amended_motion_after_a_recorded_vote",
     ["City Clerk: The vote Madam Speaker, yeas 14, nays 1",
      "Madam Speaker: The amended motion is carried. Thank you."],
     [("The amended motion", "")]),
    ("clerk_and_chair_say_the_same_outcome",
     ["Motion No. 1",
      "Councillor Nordman: I will place the motion for the vote. Thank you.",
      "Deputy City Clerk: The vote Your Worship, Yeas 13, Nays 3. The motion is carried.",
      "Mayor Katz: Motion is carried. Consideration of By-laws."],
     [("Motion No. 1", "")]),
    # the item under debate when nothing is moved or named
    ("call_the_question_closes_the_item_under_debate",
     ["Item 3 - Illegal Commercial and Residential Dumping – Pilot Project",
      "Councillor Eadie: Yes, thank you Madam Speaker. It was an honour to second your excellent motion to do this~",
      "to try to address the by-law enforcement issues.",
      "Madam Speaker: Thank you. I will call the question. All in favour? Contrary? Carried."],
     [("Item 3 - Illegal Commercial and Residential Dumping – Pilot Project", "")]),
    ("item_heading_wraps",
     ["Item 3 - Subdivision and Rezoning – Land located at Sugar Beet Major Redevelopment Site North of Bishop",
      "Grandin, west of the Manitoba Hydro Corridor",
      "File DASZ 3/2014",
      "Councillor Browaty: I'll simply introduce the item and respond following any questions.",
      "Madam Speaker: All those in favour? Contrary? Carried."],
     [("Item 3 - Subdivision and Rezoning – Land located at Sugar Beet Major Redevelopment Site North of Bishop "
       "Grandin, west of the Manitoba Hydro Corridor File DASZ 3/2014", "")]),
]


@pytest.mark.parametrize("lines,expected", [c[1:] for c in VOTES], ids=[c[0] for c in VOTES])
def test_spoken_vote_table(lines, expected):
    assert votes(lines) == expected


#: "move" in the course of a speech, and outcomes that report earlier votes: no motion, no vote.
NOT_MOTIONS = [
    "Councillor Smith: I think the temptation might be to simply move this matter from where it's at right now~",
    "Councillor Mayes: you know, we moved a motion here to deal with a $1.5 million budget issue.",
    "Councillor Havixbeck: I don't think we have included enough in this motion to be considered.",
]


@pytest.mark.parametrize("speech", NOT_MOTIONS)
def test_move_in_a_speech_is_not_the_motion_voted_on(speech):
    lines = ["Item 2 - Settlement of Claim", speech.rstrip("~") + ".",
             "Madam Speaker: Thank you. I'll call the question. All those in favour? Contrary? Carried."]
    assert votes(lines) == [("Item 2 - Settlement of Claim", "")]


def test_a_recital_reporting_an_earlier_vote_is_not_one():
    lines = ["AND WHEREAS at the special meeting of Council on July 9, 2014, to deal with the real estate audit, the~",
             "following motion was carried as written in the meetings disposition:"]
    assert votes(lines) == []


def test_a_motion_pages_before_its_vote_is_found_but_not_across_a_new_item():
    debate = ["Councillor Wyatt: " + "The claim has been before us for a long time and the costs keep rising. " * 12]
    moved = ["Item 2 - Settlement of Claim", "Mayor Katz: Thank you, Madam Speaker. I'll move that Item 2 be adopted."]
    vote = ["Madam Speaker: Thank you. All those in favour of the item? Contrary? Carried."]
    assert votes(moved + debate, debate, debate + vote) == [(None, "that Item 2 be adopted.")]
    # the same motion, with the next item's heading between it and the vote: not that vote's motion
    assert votes(moved + debate, ["Item 3 - Sale of City-owned property"] + debate + vote) == \
        [("Item 3 - Sale of City-owned property", "")]
