"""Decision records: RESOLVED statements and the recommendations (actions asked for) drawn from them,
from officer reports and from recommendations trackers (see CONTRACT.md)."""
from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import Field

from .base import Model, Record


class Category(str, Enum):
    note = "note"
    approve = "approve"
    request = "request"
    refer = "refer"
    defer = "defer"
    amend = "amend"
    reject = "reject"
    other = "other"


class Formula(str, Enum):
    """The word that marks a decision in the minutes (see docs/decisions.md)."""

    resolved = "resolved"
    agreed = "agreed"
    approved = "approved"
    decided = "decided"
    carried = "carried"
    recommended = "recommended"
    adopted = "adopted"


class Origin(str, Enum):
    resolution = "resolution"
    report = "report"
    tracker = "tracker"


class Status(str, Enum):
    completed = "completed"
    in_progress = "in_progress"
    open = "open"
    unknown = "unknown"


class MeetingRef(Model):
    """The meeting a decision was taken at (or, for a tracker row, the date it is grouped under)."""

    body: str | None = None
    date: str | None = Field(default=None, description="ISO date YYYY-MM-DD.")


class ItemRef(Model):
    """The minute or agenda item a decision belongs to, as printed."""

    number: str | None = None
    title: str | None = None


class Votes(Model):
    """Votes as the text states them; a count that is not stated is absent, not zero."""

    in_favour: int | None = None
    against: int | None = None
    abstentions: int | None = None
    unanimous: bool | None = None
    majority: bool | None = None
    proposer: str | None = None
    seconder: str | None = None


class Resolution(Record):
    """One decision printed anywhere in the PDF: a RESOLVED statement, or one worded with another formula
    ("It was agreed that ...", "The minutes ... were approved", "Moved ..., seconded ..., that ... CARRIED")."""

    record_type: Literal["resolution"] = "resolution"
    formula: Formula = Field(default=Formula.resolved,
                             description="The word that marks the decision: resolved (also 'BE IT RESOLVED'), "
                                         "agreed, approved, decided, carried, recommended, adopted.")
    text: str = Field(description="Words after the formula (RESOLVED, AGREED, ...) through the end of the "
                                  "statement, sub-points included; for 'carried', the motion's words.")
    clauses: list[str] = Field(default_factory=list, description="The sub-points; one element when there are none.")
    subject: str | None = Field(default=None,
                                description="The decision's object where it stands before the formula "
                                            "('The minutes of the meeting held on 5 March' ... 'were approved').")
    meeting: MeetingRef | None = None
    item: ItemRef | None = None
    votes: Votes | None = None
    meeting_id: str | None = None
    minute_item_id: str | None = None
    document_id: str | None = None
    uncertain: list[str] | None = Field(
        default=None, description="What the extractor was unsure of (e.g. where the statement ends)."
    )


class Recommendation(Record):
    """One action that a resolution clause, a report or a tracker row asks for."""

    record_type: Literal["recommendation"] = "recommendation"
    origin: Origin
    text: str
    action: str | None = Field(default=None, description="The main verb's lemma as written (approve, note, ask...).")
    category: Category | None = None
    owner: str | None = Field(default=None, description="Who is asked to act, as written.")
    addressees: list[str] | None = Field(default=None, description="Further addressees, e.g. who the owner is to ask.")
    due: str | None = Field(default=None, description="ISO due date where stated or derivable.")
    due_text: str | None = Field(
        default=None, description="A stated deadline or time that gives no ISO day, as written ('by the next meeting').")
    negated: bool | None = Field(default=None, description="True where the action is negated ('not to raise').")
    dates: list[str] | None = Field(default=None, description="Every ISO date the text refers to.")
    meeting: MeetingRef | None = None
    topic: str | None = None
    response: str | None = None
    status: str | None = None
    status_normalised: Status | None = None
    resolution_id: str | None = None
    agenda_item_id: str | None = None
    document_id: str | None = None
    meeting_id: str | None = None
    minute_item_id: str | None = None
    uncertain: list[str] | None = None
