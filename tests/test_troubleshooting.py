"""docs/troubleshooting.md lists every error and warning kind the library can give, with what to do."""
from __future__ import annotations

import importlib
import pkgutil
import re

from minutebook.models.errors import Kind, all_kinds

from conftest import ROOT

DOC = ROOT / "docs" / "troubleshooting.md"


def documented_kinds() -> set[str]:
    """Kinds in the first column of the tables of the Errors and Warnings sections."""
    text = DOC.read_text(encoding="utf-8")
    sections = text[text.index("## Errors"):text.index("## Scanned pages")]
    return set(re.findall(r"^\| `([a-z_]+)` \|", sections, re.M))


def every_module_imported() -> None:
    """Import all of minutebook, so that every stage's error classes are defined (they register as subclasses)."""
    import minutebook

    for info in pkgutil.walk_packages(minutebook.__path__, "minutebook."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)


def test_every_kind_the_code_can_give_is_documented():
    every_module_imported()
    kinds = set(all_kinds())
    assert set(Kind) - documented_kinds() == set()
    assert kinds <= set(Kind)
    assert {"not_a_pdf", "page_failed", "no_text_layer", "encrypted", "crashed", "timeout"} <= set(Kind)


def test_every_kind_has_a_hint_saying_what_to_do():
    every_module_imported()
    for kind, cls in all_kinds().items():
        assert cls.hint, kind
