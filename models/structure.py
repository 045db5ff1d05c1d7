"""Structure records: what a pack is made of (agenda items, documents) and the minutes it carries
(meetings, minute items). See CONTRACT.md; ids are `<sha12>/<kind>/<local part>`."""
from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import Field

from .base import Record
from .decisions import MeetingRef


class DocumentKind(str, Enum):
    front_sheet = "front_sheet"
    agenda = "agenda"
    minutes = "minutes"
    report = "report"
    appendix = "appendix"
    tracker = "tracker"
    other = "other"


class AgendaItem(Record):
    """One item of the pack's agenda, as printed, with the pages its papers occupy."""

    record_type: Literal["agenda_item"] = "agenda_item"
    number: str | None = Field(default=None, description="Item number as printed: '1', '5a', '7.2'.")
    ordinal: int = Field(description="1-based position in the agenda.")
    title: str
    text: str | None = Field(default=None, description="The lines the agenda prints under the title.")
    purpose: str | None = Field(default=None, description="Purpose or recommendation text where the agenda gives one.")
    page_range: str | None = Field(default=None, description="Printed page range as the agenda gives it: '7 - 10'.")
    printed_start: str | None = None
    printed_end: str | None = None
    pages: list[int] | None = Field(default=None, description="Physical 1-based pages the printed range maps to.")
    document_id: str | None = None


class Document(Record):
    """One part of the pack: front sheet, agenda, minutes, an item's report, an appendix, a tracker."""

    record_type: Literal["document"] = "document"
    kind: DocumentKind
    ordinal: int
    title: str | None = None
    pages: list[int] = Field(default_factory=list, description="Physical 1-based pages the part occupies.")
    start_top: float = Field(default=0.0, description="Where on its first page the part starts (points from top).")
    cues: list[str] = Field(default_factory=list, description="What marked the start: agenda_range, heading, ...")
    agenda_item_id: str | None = None
    agenda_item: str | None = Field(default=None, description="Number of the agenda item it belongs to.")


class Meeting(Record):
    """One set of minutes: the meeting it records and who was there, as printed."""

    record_type: Literal["meeting"] = "meeting"
    body: str | None = Field(default=None, description="Committee or council whose meeting it was, as printed.")
    council: str | None = Field(default=None, description="The council, where printed apart from the committee.")
    date: str | None = Field(default=None, description="ISO date YYYY-MM-DD.")
    start_time: str | None = Field(default=None, description="HH:MM, 24-hour.")
    end_time: str | None = None
    venue: str | None = None
    present: list[str] | None = None
    apologies: list[str] | None = None
    also_in_attendance: list[str] | None = None
    chair: str | None = None
    pages: list[int] = Field(default_factory=list)
    document_id: str | None = None


class MinuteItem(Record):
    """One numbered (or headed) item of a set of minutes, its text stitched across page breaks."""

    record_type: Literal["minute_item"] = "minute_item"
    number: str | None = Field(default=None, description="As printed: '4.', '12/21', 'Minute 57'.")
    ordinal: int
    title: str | None = None
    text: str = ""
    pages: list[int] = Field(default_factory=list)
    meeting: MeetingRef | None = None
    meeting_id: str | None = None
    document_id: str | None = None
    parent_id: str | None = Field(default=None, description=(
        "The minute item this one stands under, where the minutes nest their headings (a verbatim transcript: "
        "a report's 'Item 4' under the report's heading, a 'Motion No. 14' under the item it moves on)."))
