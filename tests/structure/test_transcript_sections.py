"""A verbatim transcript (Hansard) is one meeting's minutes from its first page to its last: the sections where
council takes up committee reports ("REPORT OF THE EXECUTIVE POLICY COMMITTEE DATED JUNE 24, 2015", "Item 10 -
...") are more of the transcript, spoken in turns, not report documents; their headings are minute items.

The lines are Winnipeg's council Hansard (../shared/corpus2, public records), an Irvine council memo (corpus2)
and the speaker-like labels that other corpus files print outside a transcript; the layouts are cut to the rows
that matter, at the positions the PDFs print them.
"""
from __future__ import annotations

import json

import pytest

from minutebook.extract.pages.layout import Pos, Row
from minutebook.extract.pipeline import extract
from minutebook.extract.structure import minutes, segment, transcript
from minutebook.models import DocumentKind, Line

from conftest import CORPUS2, needs_corpus2

LEFT, RIGHT = 66.2, 546.0


def _row(text: str, top: float, x0: float = LEFT, x1: float | None = None, page: int = 1, bold: bool = True) -> Row:
    x1 = x1 if x1 is not None else min(RIGHT, x0 + 5.2 * len(text))
    line = Line(text=text, x0=x0, top=top, x1=x1, bottom=top + 8.5, size=9.0, bold=bold)
    return Row(page=page, text=text, line=line, parts=(line,))


def _centred(text: str, top: float, width: float, page: int = 1) -> Row:
    middle = (LEFT + RIGHT) / 2
    return _row(text, top, middle - width / 2, middle + width / 2, page)


def _body(text: str, top: float, page: int = 1) -> Row:
    return _row(text, top, LEFT, RIGHT, page, bold=False)


# -- what a transcript is ----------------------------------------------------------------------------------------

# Winnipeg, 2015-07-15 p8 and p15: turns by the Speaker, the Mayor, a councillor, a delegate and the Clerk
TURNS = [
    "Ken Guilford: Did I fail?",
    "Madam Speaker: You did good. Thank you. Thank you. That concludes our presentations for today. We will now move",
    "Mayor Bowman: Thank you, Madam Speaker. I move or I introduce the report and move adoption of the Consent",
    "Madam Speaker: I'll call the question on Items 1 through 9 and 11 through 16. All in favour? Contrary? Carried",
    "Councillor Eadie: Yes, Madam Speaker. I rise to speak to the report. Actually, this particular report goes to",
    "Clerk: By-law No. 70/2015, By-Law No. 78/2015 and By-Law No. 80/2015.",
]


@pytest.mark.parametrize("lines,pages,expected", [
    (TURNS, 1, True),
    (TURNS[:3], 3, True),  # one turn a page is enough
    (TURNS[:3], 4, False),  # fewer: turns quoted now and then
    # Boston's licensing board: a licensee's "Manager: Tao Zou" on each entry is one label, not speakers
    (["Manager: Tao Zou", "Manager: Olga Markos", "Manager: Barbosa Veronilda"], 1, False),
    # Baltimore's Board of Estimates quotes its President a few times over a hundred pages
    (["President: \u201cPage 38, item no. 1, B500013\u201d", "President: \u201cYou can address the Board but\u201d",
      "Clerk: The Board approved the item."], 30, False),
    # Crete Township's minutes label one paragraph with the clerk
    (["Clerk: Motion was made to grant permission to the road commissioner."], 1, False),
])
def test_a_transcript_is_turns_by_two_or_more_speakers_one_a_page(lines, pages, expected):
    rows = [_body(text, 100 + 20 * n, page=1 + n * pages // len(lines)) for n, text in enumerate(lines)]
    rows += [_body("More of the text, no speaker here.", 700, page=p) for p in range(1, pages + 1)]
    assert transcript.is_transcript(rows) is expected


# -- report parts that are more of the transcript ----------------------------------------------------------------

def _part(kind: DocumentKind, page: int, rows: list[Row], title: str) -> segment.Part:
    return segment.Part(kind, Pos(page, 0.0), Pos(page + 1, 0.0), title, ["heading"], None, [page], rows[0])


def _transcript_minutes() -> list[Row]:
    """Page 1 of a Hansard: title, roll call by the Clerk, the Speaker's welcome, a councillor's announcement."""
    return [
        _centred("Wednesday, July 15, 2015", 52, 150),
        _row("The Council met at 9:53 a.m.", 80, x1=190),
        _centred("ROLL CALL", 194, 51),
        _body("Clerk: Madam Speaker Councillor Sharma, His Worship Mayor Bowman, Councillors Allard, Browaty,", 215),
        _centred("INTRODUCTION AND WELCOME OF GUESTS AND ANNOUNCEMENTS", 256, 303),
        _body("Madam Speaker: Our Page for today's meeting is a Grade 6 student at Sacre-Coeur School.", 277),
        _body("Mayor Bowman: Thank you Madam Speaker, and welcome to everybody here in the gallery today.", 298),
        _body("Councillor Allard: Yes. I just wanted to recognize the presence of workers from the St Boniface", 330),
    ]


def _report_section(page: int) -> list[Row]:
    """Winnipeg 2015-07-15 p8: council takes up the Executive Policy Committee's report."""
    return [
        _centred("REPORT OF THE", 153, 73, page),
        _centred("EXECUTIVE POLICY COMMITTEE", 164, 144, page),
        _centred("DATED JUNE 24, 2015", 174, 95, page),
        _body("Mayor Bowman: Thank you, Madam Speaker. I move or I introduce the report and move adoption of the", 195,
              page),
        _body("Madam Speaker: I'll call the question on Items 1 through 9 and 11 through 16. All in favour? Contrary?",
              226, page),
        _body("Carried. Madam Clerk, Item 10.", 236, page),
    ]


def _officers_report(page: int) -> list[Row]:
    """Irvine's council memo (corpus2), quoting one resident in a speaker-like line: an officer's text, no turns."""
    return [
        _row("RE: Resolution - United States Postal Service", 82, x1=390, page=page),
        _body("Please place a resolution on the agenda for the meeting of the Irvine City Council on", 110, page),
        _body("September 8, 2020 urging the United States Postmaster General to end all actions that", 121, page),
        _body("slow down or undermine the prompt delivery mail services.", 132, page),
        _body("Recently, the United states Postmaster General has unlawfully and unilaterally", 150, page),
        _body("Mr. Smith: My mailbox has been removed and I must now drive to collect my medication.", 161, page),
        _body("Especially during the current COVID-19 pandemic it is essential for all residents -", 180, page),
    ]


def _parts(*pages: tuple[DocumentKind, list[Row], str]) -> tuple[list[segment.Part], dict[int, list[Row]]]:
    parts, page_rows = [], {}
    for n, (kind, rows, title) in enumerate(pages, start=1):
        rows = [Row(page=n, text=r.text, line=r.line, parts=r.parts) for r in rows]
        parts.append(_part(kind, n, rows, title))
        page_rows[n] = rows
    parts[-1].end = None
    return parts, page_rows


def test_a_report_section_spoken_in_turns_continues_the_transcripts_minutes():
    parts, page_rows = _parts((DocumentKind.minutes, _transcript_minutes(), "Wednesday, July 15, 2015"),
                              (DocumentKind.report, _report_section(2), "REPORT OF THE"))
    out = segment._transcript_continued(parts, page_rows)
    assert [(p.kind, p.pages) for p in out] == [(DocumentKind.minutes, [1, 2])]
    assert out[0].end is None  # to the end of the pack
    assert "transcript" in out[0].cues


def test_an_officers_report_quoting_a_speaker_like_line_stays_a_report():
    # near miss: one speaker-like line on the page, no second speaker -- an officer's report, after the transcript
    parts, page_rows = _parts((DocumentKind.minutes, _transcript_minutes(), "Wednesday, July 15, 2015"),
                              (DocumentKind.report, _officers_report(2), "RE: Resolution"))
    out = segment._transcript_continued(parts, page_rows)
    assert [(p.kind, p.pages) for p in out] == [(DocumentKind.minutes, [1]), (DocumentKind.report, [2])]


def test_turns_after_minutes_that_are_no_transcript_stay_a_report():
    # printed minutes (no turns) before a section that speaks in turns: nothing to continue
    printed = [_row("MINUTES of the meeting of the Council held on 15 July 2015", 60, x1=400),
               _body("RESOLVED that the minutes of the meeting held on 17 June 2015 be approved.", 90)]
    parts, page_rows = _parts((DocumentKind.minutes, printed, "MINUTES"),
                              (DocumentKind.report, _report_section(2), "REPORT OF THE"))
    out = segment._transcript_continued(parts, page_rows)
    assert [p.kind for p in out] == [DocumentKind.minutes, DocumentKind.report]
    assert "transcript" not in out[0].cues


def test_a_lone_heading_between_two_spoken_sections_joins_them():
    # Winnipeg 2014-05-27 p44: "Item 15 - ..." over its file number, the turns cut off into the next part
    lone = [_centred("Item 15 - Secondary Plan for Precinct 'K' of Complete Communities \u2013 First Reading", 83, 355),
            _centred("File SP 3/2014", 93, 60)]
    parts, page_rows = _parts((DocumentKind.minutes, _transcript_minutes(), "Wednesday, July 15, 2015"),
                              (DocumentKind.report, lone, "Item 15"),
                              (DocumentKind.report, _report_section(3), "REPORT OF THE"))
    out = segment._transcript_continued(parts, page_rows)
    assert [(p.kind, p.pages) for p in out] == [(DocumentKind.minutes, [1, 2, 3])]


# -- the transcript's minute items -------------------------------------------------------------------------------

def test_a_transcripts_headings_are_its_minute_items():
    rows = _transcript_minutes()[1:] + [
        _body("Madam Speaker: Thank you. That concludes our presentations for today. Mr. Mayor.", 360),
        _centred("REPORT OF THE", 393, 73),
        _centred("EXECUTIVE POLICY COMMITTEE", 404, 144),
        _centred("DATED JUNE 24, 2015", 414, 95),
        _body("Mayor Bowman: Thank you, Madam Speaker. I move or I introduce the report and move adoption of the", 435),
        _centred("Item 10 \u2013 Real Estate Audit Recommendation Implementation Monitoring", 456, 311),
        _body("Madam Speaker: Mr. Mayor, would you like to introduce?", 477),
        _centred("Reconvened meeting of", 488, 102),
        _centred("Winnipeg City Council of", 498, 107),
        _centred("July 15, 2015, at 1:30 p.m.", 508, 118),
        _body("Madam Speaker: Please be seated. We will now move on to the report dated June 26.", 520),
        _centred("Item 2 - Subdivision and Rezoning \u2013 159-175 Mayfair Avenue", 540, 259),
        _centred("File DASZ 11/2015", 550, 78),
        _row("Motion No. 19", 571, x1=126),
        _row("Moved by Councillor Orlikow,", 581, x1=193),
        _body("WHEREAS the Standing Policy Committee on Property and Development recommended approval;", 592),
        # a recorded vote: its labels are centred but no heading
        _centred("Yeas", 600, 21),
        _body("Councillors Browaty, Dobson, Eadie, Gerbasi, Gillingham, Gilroy, Lukes, Mayes, Morantz, Orlikow,", 615),
        _centred("Nays", 640, 21),
        _body("Councillors Allard and Schreyer.", 655),
        # a table's middle column, centred by chance: the row under it is another cell, not text at the left edge
        _centred("3 members of Council:", 690, 108),
        _row("Councillor Browaty, Chairperson,", 700, x0=427, x1=586),
    ]
    headings = minutes._sections(rows, 9.0, set())
    assert [(h.number, h.title, h.level) for h in headings] == [
        (None, "INTRODUCTION AND WELCOME OF GUESTS AND ANNOUNCEMENTS", 0),
        (None, "REPORT OF THE EXECUTIVE POLICY COMMITTEE DATED JUNE 24, 2015", 0),
        ("Item 10", "Real Estate Audit Recommendation Implementation Monitoring", 1),
        (None, "Reconvened meeting of Winnipeg City Council of July 15, 2015, at 1:30 p.m.", None),
        ("Item 2", "Subdivision and Rezoning \u2013 159-175 Mayfair Avenue File DASZ 11/2015", 1),
        ("Motion No. 19", "Motion No. 19", 2),
    ]  # the roll call is attendance; "Yeas" / "Nays" and the table cell are no items


# -- the corpus: every decision in Winnipeg's transcripts has its meeting and item --------------------------------

@needs_corpus2
@pytest.mark.parametrize("name", ["winnipeg-council-hansard-2013-11-06.pdf", "winnipeg-council-hansard-2014-01-29.pdf",
                                  "winnipeg-council-hansard-2014-03-26.pdf", "winnipeg-council-hansard-2014-05-27.pdf",
                                  "winnipeg-council-hansard-2015-07-15.pdf"])
def test_every_decision_in_a_hansard_has_its_meeting_and_minute_item(name):
    records = [json.loads(r.model_dump_json()) for r in extract(CORPUS2 / name, ocr=False)]
    documents = [r for r in records if r["record_type"] == "document"]
    assert [d["kind"] for d in documents] == ["minutes"]  # one transcript, no report documents
    assert "transcript" in documents[0]["cues"]
    decisions = [r for r in records if r["record_type"] == "resolution"]
    assert decisions
    missing = [(d["source"]["pages"], d["text"][:60]) for d in decisions if not (d.get("item") and d.get("meeting"))]
    assert missing == []
    # in a transcript, the meeting's decisions are the chair's "Carried." and the printed motions' RESOLVED: words
    # such as "we approved" in a speaker's turn, or "Council Approved" in an item's heading, are none
    assert {d["formula"] for d in decisions} <= {"carried", "resolved"}
    # the items nest: a motion under the report's item it moves on, the item under the report's heading
    items = {r["id"]: r for r in records if r["record_type"] == "minute_item"}
    for item in items.values():
        parent = items.get(item.get("parent_id"))
        if item["number"] and item["number"].startswith("Item"):
            assert parent is not None and parent["number"] is None, item["title"]
        if item["number"] and item["number"].startswith("Motion"):
            assert parent is not None and not (parent["number"] or "").startswith("Motion"), item["title"]
        if item["number"] is None:
            assert parent is None, item["title"]


def test_nesting_headings_stand_under_the_last_heading_of_a_lower_level():
    from minutebook.extract.structure.build import _parent

    assert _parent({}, 0) is None
    assert _parent({0: "report"}, 1) == "report"
    assert _parent({0: "report", 1: "item-4"}, 2) == "item-4"
    assert _parent({0: "motions"}, 2) == "motions"  # a motion under a "MOTIONS" section, no item between
    assert _parent({0: "report", 1: "item-4"}, None) is None  # minutes whose headings do not nest


def test_a_motion_heading_gives_an_id_without_a_stray_dot():
    from minutebook.extract.structure.build import _slug

    assert _slug("Motion No. 21") == "motion-no-21"
    assert _slug("17.3") == "17.3"  # a minute's own decimal numbering keeps its dot
