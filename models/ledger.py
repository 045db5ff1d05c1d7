"""The recommendation ledger: one entry per recommendation followed across packs (report -> resolution ->
tracker rows -> responses), with every link's evidence and score."""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import Model, Source
from .decisions import Status


class LedgerEvent(Model):
    """One thing that happened to a recommendation: recommended in a report, resolved, reported in a tracker."""

    date: str | None = Field(default=None, description="ISO date of the meeting or pack the event belongs to.")
    event: Literal["recommended", "resolved", "tracked"]
    record_id: str
    text: str
    formula: str | None = Field(default=None, description="For a 'resolved' event: the word that marked the "
                                "decision (resolved, agreed, approved, decided, carried, recommended, adopted).")
    response: str | None = None
    status: Status | None = None
    source: Source | None = None


class LedgerLink(Model):
    """Why two records were taken as the same recommendation."""

    from_id: str
    to_id: str
    score: float = Field(description="Text similarity 0..1 (word overlap), the date only as supporting evidence.")
    dates: list[str | None] = Field(default_factory=list, description="The two meeting dates as printed.")
    date_agrees: bool | None = None
    note: str | None = None


class LedgerCandidate(Model):
    """A possible link that was not made because another was as likely: kept for a person to judge."""

    record_id: str
    score: float
    text: str


class LedgerEntry(Model):
    """One recommendation's history and current state."""

    record_type: Literal["ledger_entry"] = "ledger_entry"
    id: str = Field(description="'ledger/' + the id of the record the history starts from.")
    body: str | None = None
    text: str
    origin: str = Field(description="Where the history starts: report, resolution or tracker.")
    formula: str | None = Field(default=None, description="The word that marked the decision in the history "
                                "(resolved, agreed, approved, ...), where a meeting decided it.")
    date: str | None = Field(default=None, description="ISO date of the first event.")
    owner: str | None = None
    due: str | None = Field(default=None, description="ISO date the recommendation is due by, where a record states one.")
    status: Status
    response: str | None = Field(default=None, description="The latest response printed, if any.")
    respond_by: str | None = Field(default=None, description="ISO date by which an executive response was due.")
    overdue: bool = False
    age_days: int | None = Field(default=None, description="Days from the first event to the ledger's as-of date.")
    events: list[LedgerEvent] = Field(default_factory=list)
    links: list[LedgerLink] = Field(default_factory=list)
    candidates: list[LedgerCandidate] = Field(default_factory=list)
    uncertain: list[str] = Field(default_factory=list)
