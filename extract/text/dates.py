"""Dates and times as councils print them, one module: found in running text, read from a phrase, and at the
head of a tracker's rows, all as ISO strings. The month names are data (`patterns`).

Finding dates in text (title blocks, summonses, tracker cells): `find_dates` / `find_date`, the one finder of
full dates: "Thursday, 18 March 2021", "14TH SEPTEMBER 2016", "2nd October, 2023", "January 29, 2018",
"the 5th day of March, 2024", "15/04/2010" and "15.04.2010" (day first, as UK councils print them, unless only
month first can be a date), "12-Oct-21" (as spreadsheets print it), "2021-10-12", "9fed MAI 2018" (Welsh);
`find_times`: "16:30", "7.30pm", "6.00 pm", "19.00", "at 1900"; `weekday_mismatch` for a misprinted day.

Reading a date phrase the spaCy pipeline found (patterns.DATE_PATTERNS in clauses/): `parse_date` ("31st March
2021", "July 1, 2018", "31/03/2021", "April 2012"). A date without a year takes it from the meeting date (the
next such day on or after the meeting); without a meeting date it is left unresolved (None) rather than
guessed. `within` reads "within 28 days" of the meeting.

Dates that head a tracker's rows: `leading_date`, `heading_date` ("18 March 2021 - Cabinet", "Meeting held on
4 February 2021", "Overview and Scrutiny Committee - 12 October 2021") and `month_heading` ("October 2021").
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .patterns import MONTH_ABBREVIATIONS, MONTH_NAMES, NUMBER_WORDS, WELSH_MONTHS


# --- the month table and finding dates and times in running text ------------------------------------------

#: Month name or abbreviation (lower case) -> number, English and Welsh: the month table every date reader uses.
MONTHS = {name: n for n, name in enumerate(MONTH_NAMES, start=1)}
MONTHS.update({short: MONTHS[next(m for m in MONTH_NAMES if m.startswith(short[:3]))] for short in MONTH_ABBREVIATIONS})
MONTHS.update(WELSH_MONTHS)
MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))  # a regex alternation, longest names first
_ORD = r"(?:st|nd|rd|th|fed|ed|eg|af|ain|ydd)?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_WORDED = [
    re.compile(rf"\b(?P<d>[0-3]?\d)\s*{_ORD}\s+(?:day\s+of\s+|of\s+)?(?P<m>{MONTH})\.?,?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b(?P<m>{MONTH})\.?\s+(?P<d>[0-3]?\d){_ORD},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b(?P<d>[0-3]?\d)-(?P<m>{MONTH})-(?:{_YEAR}|(?P<yy>\d\d))\b", re.I),  # 12-Oct-21
]
_NUMERIC = [
    re.compile(r"\b(?P<a>[0-3]?\d)/(?P<b>[01]?\d)/(?:(?P<y>(?:19|20)\d\d)|(?P<yy>\d\d)(?![/.]\d))\b"),
    re.compile(r"\b(?P<a>[0-3]?\d)\.(?P<b>[01]?\d)\.(?P<y>(?:19|20)\d\d)\b"),
    # with dots and a two-digit year only as "12.10.21": "1.2.10" is a paragraph's number
    re.compile(r"\b(?P<a>[0-3]\d)\.(?P<b>[01]\d)\.(?P<yy>\d\d)(?![.\d])(?P<y>)"),
]
_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<b>\d\d)-(?P<a>\d\d)\b")

_TIME = re.compile(
    r"(?<![\d/.:])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>[ap]\.?m\.?)(?![a-z])"
    r"|(?<![\d/.:£$])(?P<h2>[01]?\d|2[0-3])[:.](?P<m2>[0-5]\d)(?![\d%]|\.\d)"
    r"|\bat\s+(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)\b",
    re.I,
)


@dataclass(frozen=True)
class Found:
    value: str
    start: int
    end: int


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[Found]:
    """Every full date in the text, in order of appearance, as ISO strings (of overlapping ones, the first)."""
    hits: list[Found] = []
    for pattern in _WORDED:
        for m in pattern.finditer(text):
            iso = _iso(_year(m), MONTHS[m["m"].lower()], int(m["d"]))
            if iso:
                hits.append(Found(iso, m.start(), m.end()))
    for m in (m for pattern in _NUMERIC for m in pattern.finditer(text)):
        a, b = int(m["a"]), int(m["b"])
        # UK order (day/month) unless that cannot be a date and month/day can.
        iso = _iso(_year(m), b, a) or _iso(_year(m), a, b)
        if iso:
            hits.append(Found(iso, m.start(), m.end()))
    for m in _ISO.finditer(text):
        iso = _iso(int(m["y"]), int(m["b"]), int(m["a"]))
        if iso:
            hits.append(Found(iso, m.start(), m.end()))
    out: list[Found] = []
    for hit in sorted(hits, key=lambda f: (f.start, -f.end)):
        if not out or hit.start >= out[-1].end:
            out.append(hit)
    return out


def _year(m: re.Match) -> int:
    return int(m["y"]) if m["y"] else 2000 + int(m["yy"])


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def weekday_mismatch(text: str, found: Found) -> str | None:
    """The weekday printed just before a date when the date falls on another day ("Wednesday 8th January 2017"
    was a Sunday), else None: a sign the date or the day is misprinted."""
    before = re.search(r"(?P<day>[a-z]+day)\W{0,3}$", text[max(0, found.start - 14): found.start], re.I)
    if not before or before["day"].lower() not in _WEEKDAYS:
        return None
    actual = date.fromisoformat(found.value).weekday()
    if _WEEKDAYS.index(before["day"].lower()) == actual:
        return None
    return f"{before['day']} {text[found.start:found.end]} is printed, but {found.value} was a {_WEEKDAYS[actual].title()}"


def find_date(text: str) -> Found | None:
    found = find_dates(text)
    return found[0] if found else None


def find_times(text: str) -> list[Found]:
    """Every clock time in the text as 24-hour HH:MM."""
    out = []
    for m in _TIME.finditer(text):
        if m["h"] is not None:
            hour, minute = int(m["h"]), int(m["m"] or 0)
            pm = m["ap"].lower().startswith("p")
            if hour > 12:
                continue
            hour = hour % 12 + (12 if pm else 0)
        elif m["h2"] is not None:
            hour, minute = int(m["h2"]), int(m["m2"])
        else:
            hour, minute = int(m["h3"]), int(m["m3"])
        out.append(Found(f"{hour:02d}:{minute:02d}", m.start(), m.end()))
    return out


# --- reading a date phrase (from the spaCy pipeline's DATE entities) -------------------------------------

_PHRASE_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_PHRASE_MON = r"(?P<mon>[A-Za-z]{3,9})\.?"
_PHRASE_YEAR = r"(?P<year>(?:19|20)\d\d)"
_FORMS = [
    re.compile(rf"^{_PHRASE_DAY}\s+(?:of\s+)?{_PHRASE_MON},?(?:\s+{_PHRASE_YEAR})?$", re.I),
    re.compile(rf"^{_PHRASE_MON}\s+{_PHRASE_DAY},?(?:\s+{_PHRASE_YEAR})?$", re.I),
    re.compile(rf"^{_PHRASE_MON},?\s+{_PHRASE_YEAR}$", re.I),
    re.compile(r"^(?P<day>\d{1,2})[/.](?P<mon>\d{1,2})[/.](?P<year>\d{4}|\d\d)$"),  # UK order: day first
    re.compile(r"^(?P<year>\d{4})-(?P<mon>\d\d)-(?P<day>\d\d)$"),
]


def parse_date(text: str, meeting: date | None = None) -> str | None:
    """ISO `YYYY-MM-DD` where a day is stated, `YYYY-MM` for a month and year; None when not a date."""
    text = " ".join(text.split()).strip(" ,.")
    for form in _FORMS:
        m = form.match(text)
        if not m:
            continue
        mon = m.group("mon").lower()
        month = int(mon) if mon.isdigit() else MONTHS.get(mon)
        year = m.group("year") if "year" in m.groupdict() else None
        day = m.groupdict().get("day")
        if not month or not 1 <= month <= 12:
            return None
        if year and len(year) == 2:
            year = "20" + year
        if day is None:
            return f"{year}-{month:02d}" if year else None
        try:
            if year:
                return date(int(year), month, int(day)).isoformat()
            if meeting is None:
                return None
            found = date(meeting.year, month, int(day))
            if found < meeting:
                found = date(meeting.year + 1, month, int(day))
            return found.isoformat()
        except ValueError:
            return None
    return None


def has_day(iso: str | None) -> bool:
    return bool(iso) and len(iso) == 10


_PERIOD = re.compile(r"within\s+(?P<n>\w+)\s+(?P<working>working\s+)?(?P<unit>day|week|month)s?", re.I)


def within(text: str, meeting: date | None) -> str | None:
    """`within 28 days` / `within two weeks` / `within 3 months` of the meeting, as an ISO date."""
    m = _PERIOD.search(text)
    if not m or meeting is None or m.group("working"):
        return None
    word = m.group("n").lower()
    n = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    if n is None:
        return None
    unit = m.group("unit").lower()
    if unit == "day":
        return (meeting + timedelta(days=n)).isoformat()
    if unit == "week":
        return (meeting + timedelta(weeks=n)).isoformat()
    month0 = meeting.month - 1 + n
    year, month = meeting.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(meeting.day, calendar.monthrange(year, month)[1])).isoformat()


def to_date(iso: str | None) -> date | None:
    """A meeting date string as a `date` (None when absent or not ISO)."""
    try:
        return date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


# --- dates that head a tracker's rows ------------------------------------------------------------------

_WEEKDAY_LEAD = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", re.I)


def leading_date(text: str) -> tuple[str, str] | None:
    """(ISO date, the words after it) when the text starts with a full date; else None."""
    stripped = text.lstrip()
    weekday = _WEEKDAY_LEAD.match(stripped)
    hits = find_dates(stripped)
    if hits and hits[0].start == (weekday.end() if weekday else 0):
        return hits[0].value, stripped[hits[0].end:].strip(" \t-–—:,")
    return None


_DATE_LEAD = re.compile(r"^(?:(?:scrutiny|committee|cabinet|board)\s+)?(?:meeting(?:\s+held)?(?:\s+(?:on|of))?"
                        r"|date(?:\s+of\s+meeting)?)\s*[:\-–]?\s*", re.I)
#: A body's name before the date of its meeting ("Overview and Scrutiny Committee - 12 October 2021").
_BODY_LEAD = re.compile(r"^(?:[A-Z][\w&',]*\s+(?:(?:and|&|of|the|for)\s+)?){0,6}"
                        r"(?:Committee|Sub-Committee|Panel|Board|Cabinet|Council|Executive|Scrutiny|Forum|Group)"
                        r"(?:\s+meeting)?(?:\s+(?:held\s+)?(?:on|of))?\s*[:\-–—,]?\s*")


def heading_date(text: str) -> tuple[str, str] | None:
    """Like `leading_date`, also after a lead such as "Meeting held on" or "Date of meeting:"."""
    return next((found for found in map(leading_date, _unled(text)) if found), None)


def _unled(text: str) -> tuple[str, str, str]:
    """The text as printed, without a lead such as "Meeting held on", and without a body's name before it."""
    return (text, _DATE_LEAD.sub("", text.lstrip(), count=1), _BODY_LEAD.sub("", text.lstrip(), count=1))


_MONTH_ONLY = re.compile(rf"^(?P<month>{MONTH})\.?,?\s+(?P<year>(?:19|20)\d\d)(?:\s+meeting)?[.:]?$", re.I)


def month_heading(text: str) -> str | None:
    """"YYYY-MM" when the text is a month and year alone, maybe after a lead ("October 2021", "Cabinet -
    October 2021", "Meeting: Oct 2021"): a heading that names a meeting without its day."""
    for candidate in _unled(text):
        found = _MONTH_ONLY.match(candidate.strip())
        if found:
            return f"{found.group('year')}-{MONTHS[found.group('month').lower()]:02d}"
    return None
