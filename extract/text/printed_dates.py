"""Dates that head a tracker's rows: "18 March 2021 - Cabinet", "Meeting held on 4 February 2021", "Overview and
Scrutiny Committee - 12 October 2021", or a month alone ("October 2021"). Dates are found by `date_search`."""
from __future__ import annotations

import re

from .date_search import MONTH, MONTHS, find_dates

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
