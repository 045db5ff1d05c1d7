"""Dates as minutes print them ("31st March 2021", "July 1, 2018", "31/03/2021", "April 2012") -> ISO strings.

Pure functions; the spaCy pipeline finds the date phrases (patterns.DATE_PATTERNS), these read them (dates in
running text are found by `date_search`, whose month table this shares). A date
without a year takes it from the meeting date (the next such day on or after the meeting); without a meeting
date it is left unresolved (None) rather than guessed.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from .date_search import MONTHS
from ..clauses.patterns import NUMBER_WORDS

_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_MON = r"(?P<mon>[A-Za-z]{3,9})\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_FORMS = [
    re.compile(rf"^{_DAY}\s+(?:of\s+)?{_MON},?(?:\s+{_YEAR})?$", re.I),
    re.compile(rf"^{_MON}\s+{_DAY},?(?:\s+{_YEAR})?$", re.I),
    re.compile(rf"^{_MON},?\s+{_YEAR}$", re.I),
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
