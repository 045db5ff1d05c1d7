"""Who was at a meeting, as printed: present, apologies, in attendance, the chair.

Label rows ("Present:", "PRESENT", "Attendance Details", "Apologies for absence:", "In attendance:", "Clerk")
open a list of names that runs until the next label, a bullet, a sentence, a row left of the label or a wide
gap. Names are split on commas, semicolons and "and", with "Councillor(s)/Cllr(s)" taken off and annotations
kept ("Wright (chair)"). Patterns are data at the top of the module.
"""
from __future__ import annotations

import re

from ..pages.layout import Row
from . import patterns as SP


def attendance(head: list[Row]) -> dict[str, list[str]]:
    """Present / apologies / in attendance lists from the rows between the title block and the first item."""
    texts: dict[str, list[str]] = {}
    current = None
    previous = None
    for row in head:
        text = row.text.strip()
        chair = SP.IN_CHAIR.match(text)
        if chair:
            texts["chair"] = [chair["name"] or chair["name2"]]
            current, previous = None, row
            continue
        label = next(((name, p) for name, p in SP.ATTENDANCE_LABELS if p.match(text)), None)
        rest = label[1].sub("", text, count=1) if label else ""
        if label and not (sum(c.isalpha() for c in rest) > 3 and rest.upper() == rest):
            current = label[0]
            texts.setdefault(current, []).append(", " + rest)
            # A label standing alone (a centred "Attendance Details") puts its names on the rows below.
            left = row.line.x0 if rest.strip() else -1.0
        elif current and not _attendance_ends(row, previous, left):
            texts[current].append(_row_glue(texts[current][-1], text) + text)
        else:
            current = None
        previous = row
    return {k: (v if k == "chair" else names("".join(v))) for k, v in texts.items()}


def _row_glue(before: str, text: str) -> str:
    """How a row of names joins the one before: a name broken over rows runs on, a new row of names is a new entry."""
    before = before.rstrip()
    unclosed = before.count("(") > before.count(")")
    if not before or unclosed or re.search(r"(?:[,;&]|\band|\ba[’']r|\b[A-Z]\.?|\b(?:councillors?|cllrs?|mrs?|ms|miss|dr)\.?)$", before, re.I) or not text[:1].isalnum() \
            or text[:1].islower():
        return " "
    return ", "


def _attendance_ends(row: Row, previous: Row | None, left: float) -> bool:
    """A list of names ends at a bullet, a sentence, a row left of its label or a wide gap."""
    line = row.line
    if left >= 0 and row.line.x0 < left - 3 or SP.ATTENDANCE_END.match(row.text.strip()):
        return True
    if previous is not None and previous.text.rstrip().endswith(".") and len(row.text) >= 40:
        return True  # the list ended with a full stop and a sentence follows
    if previous is not None and previous.page == row.page:
        height = max(1.0, previous.line.bottom - previous.line.top)
        return line.top - previous.line.bottom > 3 * height
    return False


def names(text: str) -> list[str]:
    """'Councillors Wright (chair), Carlo and Giles' -> ['Wright (chair)', 'Carlo', 'Giles']."""
    text = " ".join(text.split()).strip(" .")
    if not text or re.fullmatch(r"(?:none|nil|no apologies.*|there were no .*|dim\.?)", text, re.I):
        return []
    out = []
    # Separators inside brackets ("(Cabinet Member for Regeneration and Planning)") do not split names.
    text = re.sub(r"\([^)]*\)", lambda m: m.group(0).replace(",", "\x00").replace(" and ", "\x01"), text)
    for part in re.split(r"\s*[;,]\s*|\s+and\s+|\s+a[’']r\s+|\s+&\s+(?=(?:cllr|councillor))", text):
        part = re.sub(r"^from\s+", "", part.strip(" ."), flags=re.I)
        part = SP.NAME_ROLE.sub("", part).strip()
        if not part or re.fullmatch(r"none|nil|dim", part, re.I) or re.match(r"^\d+\s+(?:members?|electors?|residents?|people)\b|members? of the public", part, re.I):
            continue
        out.append(part.replace("\x00", ",").replace("\x01", " and "))
    return out


def chair_of(present: list[str] | None) -> str | None:
    for name in present or []:
        if SP.CHAIR_MARK.search(name):
            return SP.CHAIR_MARK.sub("", name).strip()
    return None


def apologies_in_item(title: str, text: str) -> list[str] | None:
    """Names from an apologies item ("Apologies were received from Cllrs A and B."); [] for "None"; None
    when the item does not read as a list of apologies."""
    text = text.strip()
    first = re.split(r"(?<!Cllr)(?<!Mr)(?<!Mrs)(?<!Dr)(?<!Ms)(?<=\.)\s", text, maxsplit=1)[0].strip()
    if re.match(r"^(?:none|nil|there were no|no apologies)", first, re.I):
        return []
    lead = SP.APOLOGIES_FROM.match(first)
    plain = re.fullmatch(r"apolog\w*(?: for absence)?", title.strip(" .:"), re.I) and len(first) <= 80 \
        and not re.search(r"\b(?:to|was|were|is|are|had|has)\b", first)
    if not lead and not plain:
        return None
    return names(first[lead.end():] if lead else first)
