"""Report recommendations' word lists and patterns, as data: the labels, headings and opening phrases that
start a recommendation, list markers, what ends its text, and the wordings that are not recommendations
(pointers back at another section, a framing lead-in)."""
from __future__ import annotations

import re

#: The body a recommendation goes to, named in its heading ("Recommendations to Cabinet", "... to Full Council").
_TO_BODY = (r"(?:\s+(?:to|for)\s+(?:the\s+)?(?:full\s+)?(?:council|cabinet|committee|executive|board|panel|"
            r"members|mayor|(?:[A-Z][\w&'-]*\s+){0,3}(?:Committee|Board|Panel|Cabinet|Council|Executive)))?")
_NAME = (rf"(?:(?:officer(?:'s|s'|s)?\s+|key\s+|summary\s+of\s+(?:the\s+)?)?recommendations?(?:\s*\(s\)|/s)?{_TO_BODY}"
         r"|recommended\s+(?:actions?|decisions?|resolutions?))")
LABEL = re.compile(rf"^(?:\d+(?:\.\d+)*\.?\s+)?{_NAME}\s*(?::\s*[-–—]?|-\s|–|—)\s*(?P<rest>.*)$", re.I)
HEADING = re.compile(rf"^(?:\d+(?:\.\d+)*\.?\s+)?{_NAME}\s*$", re.I)
OPENER = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:it is (?:therefore )?recommended that\b|(?:the\s+)?(?:full\s+)?(?:council|cabinet|"
    r"committee|members|(?:\w+\s+)?committee|board|panel)\s+(?:is|are)\s+recommended\s+to\b)",
    re.I)
NEXT_LABEL = re.compile(r"^[A-Z][A-Za-z/&' ]{2,40}(?:\(s\))?:(?:\s|$)")
ITEM = re.compile(r"^\s*(?:[•·▪●–-]|\(?[a-z][).]|\(?[ivx]{1,4}[).]|\(?\d{1,2}[).]|\d{1,2}(?:\.\d{1,2})+\.?)\s+", re.I)
SECTION = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][\w'&-]*(?:\s+[\w'&-]+){0,3}$")
LEAD = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?it is (?:therefore )?recommended that\s+", re.I)
ITEM_LINE = re.compile(r"^(?:.*\s)?item\s*(?:no\.?\s*)?\d+[a-z]?\b\s*(?P<rest>.*)$", re.I)
#: A list item that is itself a recommendation, as US boards' agendas word them: "1. Recommendation for approval
#: of the minutes of ..." (kept whole), or "1. Recommended by Water System" over the item's text (who recommends
#: is the label; the text below is the recommendation).
ITEM_OPENER = re.compile(
    r"^\s*(?:\(?\d{1,2}[).]|\(?[a-z][).])\s+(?:(?P<by>recommended\s+by\s+[^.]{3,80})"
    r"|(?P<for>recommendations?\s+(?:for|to)\s+(?:approv|adopt)\w*\b.*))$", re.I)
#: Text that points back at recommendations or items printed elsewhere instead of stating one: "approve the
#: recommendations in section 3 above", "that items 13 through 19 be acted on by one motion" (a consent calendar).
POINTER = re.compile(
    r"\brecommendations?\s+(?:(?:as\s+)?(?:set\s+out|contained|listed|given|shown)\s+)?(?:in|at|of|within|under)\s+"
    r"(?:the\s+)?(?:section|paragraph|para\.?)s?\s+\d"
    r"|\b(?:section|paragraph|para\.?)s?\s+\d+(?:\.\d+)*\s+(?:above|below)\b"
    r"|\bitems?\s+\d+[a-z]?\s*(?:through|to|[-–])\s*\d+[a-z]?\b.{0,40}?\b(?:one|a\s+single)\s+motion\b", re.I)
#: A lead-in whose bulleted points name the objects of its own verb ("Accept and file the following reports
#: ...: • ... • ..."): one recommendation, not one per bullet. A lead-in that frames ("... is recommended to:",
#: "Staff recommends the City Council:") is not one.
OBJECT_LEAD = re.compile(r"\bthe\s+following\b[^:]*:$", re.I)
FRAMING = re.compile(r"\brecommend|\b(?:asked|invited|requested)\b|\bto\s*:$|:\s*[-–—]$", re.I)
#: How a list's lead-in ends its line: "Council is recommended to approve: -", "... to:-", "... approve -".
LEAD_END = re.compile(r"(?::\s*[-–—]?|\s[-–—])\s*$")
#: How an unmarked list item ends its line: "...;", "...; and", "... £48,500."
ENDED = re.compile(r"(?:[;.]|;\s*(?:and|or))\s*$")
BULLET = re.compile(r"^\s*[•·▪●]\s+")
#: A paragraph under a label that opens as a recommendation of its own, without a list marker: "That the
#: council ...", or its verb printed in capitals ("APPROVE the revised fees ...", "DELEGATE authority to ...").
#: Case matters: the capitals are the sign.
PARAGRAPH_OPENER = re.compile(
    r"^(?:That\s+(?!(?:is|was|would|will|this)\b)(?=[a-z]|[A-Z][a-z])"
    r"|(?:ACCEPT|ADOPT|AGREE|ALLOCATE|APPOINT|APPROVE|ASK|AUTHORI[SZ]E|AWARD|COMMEND"
    r"|CONFIRM|CONSIDER|DEFER|DELEGATE|ENDORSE|GRANT|INSTRUCT|NOTE|RECEIVE|REFER|REJECT|RELEASE|REQUEST|SUPPORT)S?"
    r"\s+(?=[a-z£$\d(]))")
#: A label standing alone on its line: a few words and a closing colon ("Recommendation(s):", "Attachment(s):").
SIDE_LABEL = re.compile(r"^[A-Z][\w/&'() -]{1,40}:\s*$")
#: A report's framing of the decision it asks for: "Council is recommended to approve:" -> "to approve:".
FRAME = re.compile(r"^.*?\b(?:is|are)\s+(?:recommended|asked|invited|requested)\s+(?=to\b)", re.I)
#: A report's own section heading ("Purpose of report", "Background"), which ends the bold title above it.
SECTION_NAME = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:purpose(?:\s+of\s+(?:the\s+)?report)?|(?:executive\s+)?summary|background"
    r"|introduction|reasons?(?:\s*\(s\))?\s+for\b.*|key\s+issues|wards?\s+affected|decision\s+required)\s*:?$", re.I)
