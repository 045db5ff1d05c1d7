"""Dates and times found in running text (title blocks, summonses), turned into ISO strings.

"Thursday, 18 March 2021", "14TH SEPTEMBER 2016", "2nd October, 2023", "January 29, 2018", "15/04/2010",
"9fed MAI 2018" (Welsh month names are data here, like the English ones); times "16:30", "7.30pm",
"6.00 pm", "19.00", "at 1900".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
    # Welsh
    "ionawr": 1, "chwefror": 2, "mawrth": 3, "ebrill": 4, "mai": 5, "mehefin": 6, "gorffennaf": 7,
    "awst": 8, "medi": 9, "hydref": 10, "tachwedd": 11, "rhagfyr": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th|fed|ed|eg|af|ain|ydd)?"
_DAY_FIRST = re.compile(rf"\b(?P<d>[0-3]?\d)\s*{_ORD}\s+(?:of\s+)?(?P<m>{_MONTH})\.?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_MONTH_FIRST = re.compile(rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>[0-3]?\d){_ORD},?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_NUMERIC = re.compile(r"\b(?P<a>[0-3]?\d)/(?P<b>[01]?\d)/(?P<y>(?:19|20)?\d\d)\b")

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
    import datetime

    try:
        return datetime.date(y, m, d).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[Found]:
    """Every date in the text, in order of appearance, as ISO strings."""
    out: list[Found] = []
    taken: list[tuple[int, int]] = []
    for pattern in (_DAY_FIRST, _MONTH_FIRST):
        for m in pattern.finditer(text):
            iso = _iso(int(m["y"]), MONTHS[m["m"].lower()], int(m["d"]))
            if iso:
                out.append(Found(iso, m.start(), m.end()))
                taken.append((m.start(), m.end()))
    for m in _NUMERIC.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        year = int(m["y"]) if len(m["y"]) == 4 else 2000 + int(m["y"])
        a, b = int(m["a"]), int(m["b"])
        # UK order (day/month) unless that cannot be a date and month/day can.
        iso = _iso(year, b, a) or _iso(year, a, b)
        if iso:
            out.append(Found(iso, m.start(), m.end()))
    return sorted(out, key=lambda f: f.start)


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def weekday_mismatch(text: str, found: Found) -> str | None:
    """The weekday printed just before a date when the date falls on another day ("Wednesday 8th January 2017"
    was a Sunday), else None: a sign the date or the day is misprinted."""
    import datetime

    before = re.search(r"(?P<day>[a-z]+day)\W{0,3}$", text[max(0, found.start - 14): found.start], re.I)
    if not before or before["day"].lower() not in _WEEKDAYS:
        return None
    actual = datetime.date.fromisoformat(found.value).weekday()
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
