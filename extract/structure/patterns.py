"""Word lists and patterns of the structure room (minutes and their parts): data only, no logic."""
from __future__ import annotations

import re

from ...models import DocumentKind

#: A bulleted point opening a row: "• Perfunctory Business", "● New Business", "▪ Updates". ("o", the letter
#: many word processors print for a second-level bullet, is left out: it marks sub-points.)
BULLET_ROW = re.compile(r"^[\u2022\u25cf\u25aa\u25a0\u25e6\u25cb\u00b7\u27a2\u25ba\uf0b7\uf0a7-]\s+(?P<title>\S.*)$")

#: An outcome printed on a line of its own under an item, in capitals (US boards' voting minutes: "GRANTED",
#: "DEFER PENDING COMPLETION OF THE COMMUNITY PROCESS", "NO VIOLATION - CORRESPONDENCE FROM THE BOARD",
#: "VIOLATION - SUSPENSION DEEMED SERVED"): the part records decisions, so it is minutes.
#: Not a signature block's "APPROVED:" or "APPROVED AS TO FORM", nor a resolution's "PASSED AND ADOPTED".
OUTCOME_LINE = re.compile(
    r"^(?:NO\s+)?(?:GRANTED|DENIED|APPROVED|DEFER(?:RED)?|RESCHEDULED|WITHDRAWN|CONTINUED|VIOLATION|REJECTED|"
    r"TABLED|POSTPONED|REFUSED|DISMISSED)\b(?![^\n]*\bAS\s+TO\s+FORM)[^a-z:\n]*$", re.M)

#: A numbered entry opening a row ("1. PT OPCO, LLC."): after the title block's date, the items have begun.
NUMBERED_ROW = re.compile(r"^\d{1,3}[.)]\s+[A-Z]")

#: A turn in a verbatim transcript under a speaker's name alone: one to three capitalised words, a colon, and a
#: spoken sentence ending in "?", "!" or "…" ("Joe Bloggs: How many?"); a heading such as "Item 5: Budget" is not.
NAMED_TURN = re.compile(r"^(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w.'\u2019-]*:\s+\S.*[?!\u2026]$")

#: Turns by two or more speakers that make a set of minutes a verbatim transcript (and at least one a page).
TRANSCRIPT_TURNS = 3
#: The first pages of a set of minutes where a transcript's turns begin (the roll call, the welcome).
TRANSCRIPT_OPENING = 5
#: A transcript's heading over a motion printed in full ("Motion No. 30", "Amending Motion No. 2", "Motion 4"):
#: a minute item of its own, where it stands at the left edge in a heading's type.
MOTION_HEADING = re.compile(r"^(?:(?:amending|notice\s+of|substantive)\s+)?motions?\s+(?:no\.?\s*|number\s+)?\d{1,4}[a-z]?$",
                            re.I)
#: A transcript's heading over the item of a report council takes up ("Item 10 – Real Estate Audit ...",
#: "Item No. 3 - Sale of ..."): its number as printed and its title.
SECTION_ITEM = re.compile(r"^(?P<num>(?:agenda\s+)?item\s+(?:no\.?\s*)?\d{1,3}[a-z]?)\s*[-\u2013\u2014:.]?\s+(?P<title>\S.*)$",
                          re.I)
#: A transcript's heading saying the sitting resumed ("Reconvened meeting of Winnipeg City Council of July 15,
#: 2015, at 1:30 p.m."): an item of its own, but no section the business after it nests under.
SITTING_RESUMED = re.compile(r"^(?:reconvened|resumed|resumption|recess(?:ed)?|adjourned)\b", re.I)
#: The labels over a recorded vote's lists of names ("Yeas" / "Nays"), centred like headings but no item.
VOTE_ROLL_LABEL = re.compile(r"^(?:yeas?|nays?|ayes?|noes|for|against|abstentions?|abstained|absent)\s*:?$", re.I)
#: A centred heading that is a transcript's roll call, read as attendance, not an item.
ROLL_HEADING = re.compile(r"^(?:roll\s+call|present|attendance)\b", re.I)

# segment.py
#: A heading that starts a part, with the kind of part it starts (minutes, tracker, appendix, report, contents).
PART_CUES: list[tuple[DocumentKind, re.Pattern]] = [
    (DocumentKind.minutes, re.compile(
        r"^(?:draft |confirmed |unconfirmed )?minutes\b(?!:)|^extract (?:of|from) (?:the )?minutes|\bmeeting minutes\b|"
        r"^cofnodion\b|^minutes of (?:an?|the) .*meeting", re.I)),
    (DocumentKind.tracker, re.compile(r"\btracker\b|\baction (?:log|list|sheet)\b|\bactions? tracking\b|"
                                      r"\brecommendations? monitoring\b", re.I)),
    (DocumentKind.appendix, re.compile(r"^(?:appendix|annex|annexe|attachment|schedule)\s+[A-Z0-9]{1,4}\b|^(?:appendix|annexe?)$", re.I)),
    (DocumentKind.report, re.compile(r"^(?:agenda\s+)?item\s*(?:no\.?|number)?\s*\d+[a-z]?\b|\bitem\s+\d+[a-z]?\s*$|"
                                     r"^report (?:to|for|of)\b|\breport for meeting\b", re.I)),
    (DocumentKind.other, re.compile(r"^(?:table of )?contents$", re.I)),
]
#: A row opening a roll of those present, or saying the council met: a set of minutes has begun.
ATTENDANCE_START = re.compile(r"^(?:[o•\-]\s+)?(?:present|presennol|attendance details|members present|commissioners present|"
                              r"roll call\b|the (?:council|board|committee|commission|cabinet) met\b)\b", re.I)
#: A date in a motion about earlier minutes ("Councillor A moves that the minutes of the meeting held on 11 December
#: be taken as read"): the item approving them, not the date of a new set of minutes.
EARLIER_MINUTES = re.compile(r"\b(?:moves?|moved|be (?:taken as read|confirmed|approved|adopted|signed)|"
                             r"were (?:approved|confirmed|adopted|signed))\b", re.I)
#: Wording that records a decision ("RESOLVED", "it was agreed", "was carried"): a part with two of them is minutes.
DECIDED = re.compile(r"\bresolved\b|\bit was (?:agreed|noted|moved)\b|^decision:|^minutes:|\bwere no (?:apologies|declarations)\b|"
                     r"\bwas (?:approved|carried|seconded)\b", re.I | re.M)

# header.py
#: The words around a body's name in a title ("Minutes of the meeting of", "Record of decisions taken by the").
MINUTES_PHRASE = re.compile(
    r"^(?:extract\s+(?:of|from)\s+)?(?:the\s+)?(?:draft\s+|confirmed\s+|unconfirmed\s+)?(?:minutes?|notes)\b"
    r"(?:\s+(?:of|from)\s+(?:(?:an?|the)\s+)?(?:\w+\s+){0,2}?meeting\s*(?:of\s+(?:the\s+)?)?)?"
    r"|^(?:the\s+)?record\s+of\s+(?:the\s+)?decisions?(?:\s+(?:taken|made))?(?:\s+(?:at|of|by)\s+(?:the\s+)?)?"
    r"|^(?:(?:an?|the)\s+)?meeting\s+of\s+(?:the\s+)?"
    r"|\bmeeting\s+minutes\b|\bminutes\s+from\b",
    re.I,
)
#: The "held on ..." tail of a title row, to the end of the row.
HELD = re.compile(r"\s*[,(]?\s*\b(?:held|to be held|which (?:was|will be) held)\b.*$", re.I)
#: A head row that is a bare label or document word ("AGENDA", "Date:", "Item 5"), not a title.
TITLE_NOISE = re.compile(
    r"^(?:agenda|minutes|cofnodion|rhaglen|meeting|cyfarfod|regular meeting|extraordinary meeting|annual meeting|"
    r"special meeting|notice of meeting|summons|date|time|venue|place|location|page|page nos?|public document pack|"
    r"(?:agenda\s+)?item\s*(?:no\.?\s*)?\d+[a-z]?|appendix\s+\w{1,4})[:\s]*$",
    re.I,
)
#: A labelled row of a title block ("Date: ...", "Venue - ..."): its label and value.
TITLE_LABEL = re.compile(r"^(?P<label>date|time|venue|place|location|meeting place|where|when|meeting|committee|body)"
                         r"\s*[:\-–]\s*(?P<value>.*)$", re.I)
#: Labels of a title block whose value names the meeting's body.
NAMING_LABELS = ("meeting", "committee", "body")
#: A row that starts something new (a bullet, "Present", "Date", a numbered item): no title runs on into it.
NOT_RUN_ON = re.compile(r"^(?:[•\ue000-\uf8ff]|(?:[o\-]\s+)?(?:present|presennol|apolog|in attendance|also|attendance|venue|time|date|"
                        r"agenda|minutes|members|councillors|\d+\.?\s+[A-Z]))", re.I)
#: A weekday's name, English or Welsh (a regex fragment, not compiled).
DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|dydd \w+)"
#: "Minutes of the Cabinet meeting": the body's name stands before "meeting".
NAME_BEFORE_MEETING = re.compile(r"^(?i:(?:(?:draft|confirmed|unconfirmed)\s+)?minutes?\s+of\s+(?:an?|the))\s+"
                                 r"(?P<name>[A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|and|of|&)){0,5}?)\s+(?i:meeting)\b")
#: Words before "meeting" that say what kind of meeting it was, not whose ("the Annual Parish Council Meeting").
KIND_OF_MEETING = {"annual", "ordinary", "extraordinary", "special", "regular", "general", "monthly", "full",
                   "parish", "town", "community", "city", "council", "adjourned", "emergency", "statutory", "public",
                   "open", "budget", "reconvened", "virtual", "remote", "previous", "last", "next", "above", "and",
                   "of", "&"}
#: OCR's reading of a logo beside a letterhead: symbols at the ends of the line ("@™ Port OF ALSEA").
EDGE_NOISE = re.compile(r"^[^\w(\[\"“‘']+|[^\w)\]\"”’'.]+$")
#: A title that names the document and the kind of meeting, not a body: "Voting Hearing Agenda".
DOCUMENT_TITLE = re.compile(r"^(?P<kind>.*?)\s*\b(?:agenda|minutes|notes)$", re.I)
#: Words of a document's title that say what kind of meeting it was, not whose ("Voting Hearing").
KIND_WORDS = KIND_OF_MEETING | {"meeting", "voting", "hearing", "hearings", "business", "session", "work", "study",
                                 "consent", "closed", "joint", "hybrid"}

# attendance.py
#: The label opening each attendance list (present, apologies, also present), by list.
ATTENDANCE_LABELS = [
    ("present", re.compile(r"^(?:[o•\-]\s+)?(?:members present|commissioners present|councillors present|present|presennol|"
                           r"yn bresennol|"
                           r"attendance details|attendance)\b\s*[:\-–]?\s*", re.I)),
    ("apologies", re.compile(r"^(?:[o•\-]\s+)?(?:apologies(?: for absence)?(?: were received from| received from| from)?|"
                             r"ymddiheuriadau|commissioners absent|members absent|absent)\b\s*[:\-–]?\s*", re.I)),
    ("also", re.compile(r"^(?:[o•\-]\s+)?(?:also present|also in attendance|in attendance|others present|officers present|"
                        r"officers in attendance|officers|clerk|members of the public)\b\s*[:\-–]?\s*", re.I)),
]
#: A row that ends an attendance list (a bullet, "RESOLVED", "It was", "The meeting").
ATTENDANCE_END = re.compile(r"^(?:[•\ue000-\uf8ff\u25aa]|resolved\b|it was\b|there (?:was|were)\b|the meeting\b|meeting\b)", re.I)
#: A "(Chair)" or "(in the chair)" mark after a name.
CHAIR_MARK = re.compile(r"\s*\((?:[^()]*\bin the chair|chair|chairman|chairwoman|chairperson|cadeirydd|presiding)\)", re.I)
#: A row naming who chaired ("Councillor X in the chair", "Chair: X").
IN_CHAIR = re.compile(r"^(?:(?:the\s+)?(?:mayor|chairman|chair)\s*[(,]?\s*)?(?:councillor|cllr\.?)?\s*(?P<name>[^()]{2,60}?)\)?"
                      r",?\s+(?:was\s+)?in the chair\.?$|^(?:chair(?:man|person)?|in the chair)\s*[:\-–]\s*"
                      r"(?:councillor\s+|cllr\.?\s+)?(?P<name2>.{2,60})$", re.I)
#: The role and title before a name ("Chairman Councillor", "Cllrs").
NAME_ROLE = re.compile(r"^(?:(?:the\s+)?(?:chair(?:man|woman|person)?|vice[- ]chair(?:man)?)\s+)?"
                       r"(?:councillors?|cllrs?\.?|cynghorwyr|cynghorydd|county councillors?|district councillors?)\s+", re.I)
#: The opening of a sentence giving apologies ("Apologies were received from").
APOLOGIES_FROM = re.compile(
    r"^(?:there (?:were|was)\s+)?apolog\w*(?: for absence)?\s+(?:(?:were|was|had been|have been)\s+"
    r"(?:received|submitted|given|noted|tendered)\s+)?(?:from|on behalf of|for|by)\s+", re.I)

# agenda.py
#: An agenda's heading on a row of its own ("AGENDA", "Order of business").
AGENDA_HEADING = re.compile(r"^(?:agenda|agenda items?|order of business|rhaglen|items? of business)\s*:?$", re.I)
#: A summons to the meeting ("You are hereby summoned", "Notice is hereby given").
SUMMONS = re.compile(
    r"hereby summoned|you are (?:hereby )?(?:summoned|requested to attend|invited to attend)|"
    r"notice is hereby given|members of the (?:council|committee) are (?:hereby )?(?:summoned|requested)",
    re.I,
)
#: A numbered agenda entry ("5. Budget", "Item 3a Planning"): its number and title.
AGENDA_ITEM = re.compile(r"^(?:(?i:agenda item|item)\s+)?(?P<num>\d{1,3}(?:\.\d{1,2})?[a-z]?)(?:[.)]\s*|\s+)(?P<title>[A-Z(‘'\"“].*)$")
#: Printed page numbers at the end of an agenda entry ("7 - 12", "(Pages 3)").
PAGE_RANGE = re.compile(r"(?:^|\s)\(?(?:pages?\s*|pp?\.?\s*)?(?P<a>\d{1,4})\s*(?:[-–—]|to)\s*(?P<b>\d{1,4})?\)?\s*$"
                        r"|\s\((?:pages?|pp?\.?)\s*(?P<one>\d{1,4})\)\s*$", re.I)
#: A row holding only printed page numbers ("7 - 12", "pp. 3").
PAGE_RANGE_ONLY = re.compile(r"^\(?(?:pages?\s*|pp?\.?\s*)?(?P<a>1?\d{1,3})(?:\s*(?:[-–—]|to)\s*(?P<b>\d{1,4})?)?\)?$", re.I)
#: A row after an agenda's last entry ("Date of publication", "Next meeting", "Signed").
AGENDA_STOP = re.compile(r"^(?:date of publication|published|publication date|the next meeting|next meeting|signed\b)", re.I)
#: A labelled line saying what an agenda item is for ("Purpose: ...", "Recommendation - ...").
ITEM_PURPOSE = re.compile(r"^(?:purpose|recommendations?|decision required|reason)\s*[:\-–—]\s*(?P<text>.+)$", re.I | re.S)
#: The date an agenda was published ("Date of publication: ...").
PUBLISHED = re.compile(r"(?:date of publication|published(?: on)?|publication date|date published)\s*:?\s*(?P<d>.{6,40})", re.I)

# minutes.py
#: A numbered minute heading ("5. Budget", "Minute 23/4 Planning", "FIN12 Accounts"): its code, number and title.
MINUTE_HEADING = re.compile(
    r"^(?:(?i:minute|min\.?|agenda item|item)\s+(?i:no\.?\s*)?|(?P<code>[A-Z][A-Z&]{1,4})\s?(?=\d))?"
    r"(?P<num>(?:\d{4}[./])?\d{1,3}(?:[./]\d{1,3}){0,3}[a-z]?)(?P<sep>[.):]?)"
    r"(?:\s+|(?<=[.)])(?=[A-Z0-9‘'\"“(]))(?P<title>(?:[A-Z‘'\"“(]|\d+[/.-]?\d*\s+[A-Z]).*)$"
)
#: A numbered-looking row that is no item heading ("RESOLVED", "Present:", "Agenda", a bullet).
NOT_ITEM = re.compile(r"^(?:resolved|decision|minutes|recommended|(?:present|apologies)\s*(?:[:\-–].*)?$|agreed|noted|signed|chair(?:man)?|roll\s+call|"
                      r"agenda|part\s+(?:[ivx]+|\d+|one|two)\b)\b"
                      r"|^(?:[o•\-]\s)", re.I)
#: The time a meeting closed ("The meeting closed at 9.15 pm").
CLOSED_AT = re.compile(r"(?:closed|ended|finished|concluded|terminated|rose)\s+(?:the\s+meeting\s+)?at\s+(?P<t>\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?)", re.I)
#: A signature line ("Signed ______", "Signed ... Dated").
SIGNATURE = re.compile(r"^(?:signed|signature)\b.*(?:_{4,}|\.{6,}|\bdated?\b)", re.I)
#: A row that is only "Chair" or "Signed", under a signature.
CHAIR_LINE = re.compile(r"^(?:chair(?:man|woman|person)?|cadeirydd|signed)\s*[:.]?\s*$", re.I)
#: "This page is intentionally left blank".
BLANK_PAGE = re.compile(r"^this page (?:is )?(?:intentionally|deliberately) (?:left )?blank\.?$", re.I)
