"""docs/troubleshooting.md lists every error and warning kind the library can give, with what to do."""
from __future__ import annotations

import re

from minutebook.extract.errors import MinutebookError, all_kinds

from conftest import ROOT

DOC = ROOT / "docs" / "troubleshooting.md"


def documented_kinds() -> set[str]:
    """Kinds in the first column of the tables of the Errors and Warnings sections."""
    text = DOC.read_text(encoding="utf-8")
    sections = text[text.index("## Errors"):text.index("## Scanned pages")]
    return set(re.findall(r"^\| `([a-z_]+)` \|", sections, re.M))


def test_every_kind_is_documented_and_every_documented_kind_exists():
    kinds = set(all_kinds()) - {MinutebookError.kind}
    assert documented_kinds() == kinds


def test_every_kind_has_a_hint_saying_what_to_do():
    for kind, cls in all_kinds().items():
        if cls is not MinutebookError:
            assert cls.hint, kind
