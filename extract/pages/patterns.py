"""The pages room's rules as data: how printed page labels and superscript ordinals look."""
from __future__ import annotations

import re

#: Printed page labels in a page's top or bottom margin; the first that matches gives the label.
PAGE_LABELS = [
    # "Page 6 of 56", "Page 6", "page 6/56", possibly after other footer words
    re.compile(r"(?:^|\s)page\s+(?P<label>\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|/)\s*\d{1,4})?\s*$", re.I),
    # the same with a font's noise: digits split apart and "of" mis-mapped ("Page 1 8 ∩f 56" -> "18")
    re.compile(r"(?:^|\s)page\s+(?P<label>\d(?: \d){1,3})\s+\S{1,3}\s+\d{1,4}\s*$", re.I),
    re.compile(r"^page\s+(?P<label>\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|/)\s*\d{1,4})?\b", re.I),
    # a bare number, maybe dashed: "6", "- 6 -", "–6–"
    re.compile(r"^[-\u2013\u2014]?\s*(?P<label>\d{1,3})\s*[-\u2013\u2014]?$"),
]

#: A superscript ordinal printed as its own line piece ("9" + "th May"): joined to the number before it.
ORDINAL_SUFFIX = re.compile(r"^(st|nd|rd|th)\b", re.I)
