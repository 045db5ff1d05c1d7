"""Word lists and patterns of the structure room (minutes and their parts): data only, no logic."""
from __future__ import annotations

import re

#: A bulleted point opening a row: "• Perfunctory Business", "● New Business", "▪ Updates". ("o", the letter
#: many word processors print for a second-level bullet, is left out: it marks sub-points.)
BULLET_ROW = re.compile(r"^[\u2022\u25cf\u25aa\u25a0\u25e6\u25cb\u00b7\u27a2\u25ba\uf0b7\uf0a7-]\s+(?P<title>\S.*)$")

#: An outcome printed on a line of its own under an item, in capitals (US boards' voting minutes: "GRANTED",
#: "DEFER PENDING COMPLETION OF THE COMMUNITY PROCESS", "NO VIOLATION - CORRESPONDENCE FROM THE BOARD",
#: "VIOLATION - SUSPENSION DEEMED SERVED"): the part records decisions, so it is minutes.
#: Not a signature block's "APPROVED:" or "APPROVED AS TO FORM", nor a resolution's "PASSED AND ADOPTED".
OUTCOME_LINE = re.compile(
    r"^(?:NO\s+)?(?:GRANTED|DENIED|APPROVED|DEFER(?:RED)?|RESCHEDULED|WITHDRAWN|CONTINUED|VIOLATION|REJECTED|"
    r"TABLED|POSTPONED|REFUSED|DISMISSED)\b(?![^\n]*\bAS\s+TO\s+FORM)[^a-z:\n]*$", re.M)

#: A numbered entry opening a row ("1. PT OPCO, LLC."): after the title block's date, the items have begun.
NUMBERED_ROW = re.compile(r"^\d{1,3}[.)]\s+[A-Z]")

#: A turn in a verbatim transcript under a speaker's name alone: one to three capitalised words, a colon, and a
#: spoken sentence ending in "?", "!" or "…" ("Joe Bloggs: How many?"); a heading such as "Item 5: Budget" is not.
NAMED_TURN = re.compile(r"^(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w.'\u2019-]*:\s+\S.*[?!\u2026]$")
