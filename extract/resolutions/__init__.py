"""Decisions in the minutes: where each starts (`triggers`, word lists in `patterns`), where it ends (`bounds`),
what it is about (`subject`), its clauses (`split`) and votes (`tallies`); `find` turns them into `Resolution`
records with evidence, and `decisions` adds each clause's recommendation."""
from .decisions import decision_records
from .find import find_resolutions

__all__ = ["decision_records", "find_resolutions"]
