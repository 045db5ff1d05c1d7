"""Dates as councils print them ("4 February 2021", "Thursday 18th March 2021", "18/03/2021") -> ISO strings."""
from __future__ import annotations

import re
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTHS.update({name[:3]: n for name, n in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"

PATTERNS = [
    re.compile(rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})[/.](?P<mnum>\d{1,2})[/.](?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<day>\d{1,2})[/.](?P<mnum>\d{1,2})[/.](?P<yy>\d\d)\b(?![/.]\d)"),
    re.compile(rf"\b{_DAY}-{_MONTH}-(?:{_YEAR}|(?P<yy>\d\d))\b", re.I),  # 12-Oct-21, as spreadsheets print
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d{2})-(?P<day>\d{2})\b"),
]


def _iso(found: re.Match) -> str | None:
    parts = found.groupdict()
    month = int(parts["mnum"]) if parts.get("mnum") else MONTHS.get(parts["month"].lower().rstrip("."))
    year = int(parts["year"]) if parts.get("year") else 2000 + int(parts["yy"])
    try:
        return date(year, month, int(parts["day"])).isoformat()
    except (TypeError, ValueError):
        return None


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Every full date in the text as (start, end, ISO date), in order, overlaps removed."""
    hits = []
    for pattern in PATTERNS:
        for found in pattern.finditer(text):
            iso = _iso(found)
            if iso:
                hits.append((found.start(), found.end(), iso))
    hits.sort()
    out: list[tuple[int, int, str]] = []
    for hit in hits:
        if out and hit[0] < out[-1][1]:
            continue
        out.append(hit)
    return out


def leading_date(text: str) -> tuple[str, str] | None:
    """(ISO date, the words after it) when the text starts with a full date; else None."""
    stripped = text.lstrip()
    hits = find_dates(stripped)
    if hits and hits[0][0] == 0:
        return hits[0][2], stripped[hits[0][1]:].strip(" \t-–—:,")
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


_MONTH_ONLY = re.compile(rf"^{_MONTH},?\s+{_YEAR}(?:\s+meeting)?[.:]?$", re.I)


def month_heading(text: str) -> str | None:
    """"YYYY-MM" when the text is a month and year alone, maybe after a lead ("October 2021", "Cabinet -
    October 2021", "Meeting: Oct 2021"): a heading that names a meeting without its day."""
    for candidate in _unled(text):
        found = _MONTH_ONLY.match(candidate.strip())
        if found:
            return f"{found.group('year')}-{MONTHS[found.group('month').lower().rstrip('.')]:02d}"
    return None
