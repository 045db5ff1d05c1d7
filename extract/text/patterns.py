"""Word lists the text readers share, as data: month names (English and Welsh) and numbers written as words.

`dates` builds its month table and regexes from these; `clauses.patterns` builds the spaCy date and vote
patterns from them.
"""
from __future__ import annotations

import re

MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december"]
MONTH_ABBREVIATIONS = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
#: Welsh month names -> number ("9fed MAI 2018"): community councils in Wales print minutes in Welsh.
WELSH_MONTHS = {
    "ionawr": 1, "chwefror": 2, "mawrth": 3, "ebrill": 4, "mai": 5, "mehefin": 6, "gorffennaf": 7,
    "awst": 8, "medi": 9, "hydref": 10, "tachwedd": 11, "rhagfyr": 12,
}

#: Numbers written as words, for votes ("seven in favour") and periods ("within two weeks").
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
NUMBER_WORDS["none"] = 0
NUMBER_WORDS["nil"] = 0

#: A speaker's label opening a turn in a verbatim transcript (Hansard): "Madam Speaker:", "Councillor Eadie:",
#: "Mayor Katz:", "City Clerk:", "Mr. Smith:", "Deputy Mayor Vandal:"; the speech follows on the same line.
SPEAKER_LABEL = re.compile(
    r"^\s*(?:(?:Madam|Madame|Mister|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Deputy|Acting|Vice|Her\s+Worship|His\s+Worship)\s+)?"
    r"(?:Speaker|Chair(?:man|woman|person)?|Mayor|Reeve|Warden|Councillor|Councilor|Council\s?member|Alderman|"
    r"Alderperson|Clerk|City\s+Clerk|Commissioner|Trustee|Supervisor|President|Secretary|Director|Solicitor|"
    r"Manager|City\s+Manager|City\s+Attorney|Member|Mr\.?|Mrs\.?|Ms\.?)"
    r"(?:\s+[A-Z][\w'\u2019.-]*){0,3}\s*:\s+\S")
#: The same label misprinted with a full stop for its colon ("Councillor Wyatt. Thank you. Mr. Mayor, ..."): read
#: as a turn only where the line opens in bold, as a transcript sets its labels.
MISPRINTED_SPEAKER_LABEL = re.compile(SPEAKER_LABEL.pattern.replace(r"\s*:\s+\S", r"\.\s+[A-Z]"))
