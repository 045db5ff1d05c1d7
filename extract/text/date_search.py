"""Dates and times found in running text (title blocks, summonses, tracker cells), turned into ISO strings.

The one finder of full dates in text: "Thursday, 18 March 2021", "14TH SEPTEMBER 2016", "2nd October, 2023",
"January 29, 2018", "the 5th day of March, 2024", "15/04/2010" and "15.04.2010" (day first, as UK councils print them, unless only month
first can be a date), "12-Oct-21" (as spreadsheets print it), "2021-10-12", "9fed MAI 2018" (Welsh month
names are data here, like the English ones); times "16:30", "7.30pm", "6.00 pm", "19.00", "at 1900".
`MONTHS` is the month table every date reader uses.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..clauses.patterns import MONTH_ABBREVIATIONS, MONTHS as MONTH_NAMES

#: Month name or abbreviation (lower case) -> number, English and Welsh.
MONTHS = {name: n for n, name in enumerate(MONTH_NAMES, start=1)}
MONTHS.update({short: MONTHS[next(m for m in MONTH_NAMES if m.startswith(short[:3]))] for short in MONTH_ABBREVIATIONS})
MONTHS.update({  # Welsh
    "ionawr": 1, "chwefror": 2, "mawrth": 3, "ebrill": 4, "mai": 5, "mehefin": 6, "gorffennaf": 7,
    "awst": 8, "medi": 9, "hydref": 10, "tachwedd": 11, "rhagfyr": 12,
})
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
    import datetime

    try:
        return datetime.date(y, m, d).isoformat()
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
