"""Records emitted for every PDF: the pack, its pages, warnings and errors."""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import Record
from .errors import Kind, Stage


class PackRecord(Record):
    """One per PDF: what the pack is, and how many pages it has."""

    record_type: Literal["pack"] = "pack"
    files: list[str] = Field(default_factory=list, description="Every file name this PDF was seen under.")
    pages: int = 0
    engine: str | None = Field(default=None, description="The reader engine that produced the records.")
    title: str | None = None
    body: str | None = Field(default=None, description="Council or committee name, as printed.")
    council: str | None = Field(default=None, description="The council, where printed apart from the committee.")
    meeting_date: str | None = Field(default=None, description="ISO date of the meeting the pack is for.")
    meeting_time: str | None = None
    venue: str | None = None
    published: str | None = Field(default=None, description="ISO publication date, where printed.")
    agenda_item_ids: list[str] | None = Field(default=None, description="The agenda's items, in order.")
    document_ids: list[str] | None = Field(default=None, description="The parts the pack is made of, in order.")
    meeting_ids: list[str] | None = Field(default=None, description="One per set of minutes in the pack.")


class PageRecord(Record):
    """One per physical page: its text (which the researchers' index searches) and printed label."""

    record_type: Literal["page"] = "page"
    number: int
    label: str | None = None
    width: float
    height: float
    text: str = Field(description="The page's text, running headers/footers included.")
    furniture: list[str] = Field(default_factory=list, description="Lines marked as headers/footers.")
    ocr: bool = False
    ocr_confidence: float | None = Field(
        default=None, description="For OCR'd pages: Tesseract's mean word confidence, 0 to 1."
    )


class WarningRecord(Record):
    """Something was not found or was uncertain; the rest of the file was processed."""

    record_type: Literal["warning"] = "warning"
    stage: Stage
    message: str
    kind: Kind | None = Field(default=None, description="Machine-readable warning kind, e.g. 'no_text_layer'.")


class ErrorRecord(Record):
    """A file or page could not be processed."""

    record_type: Literal["error"] = "error"
    stage: Stage
    message: str
    kind: Kind | None = Field(default=None, description="Machine-readable error kind, e.g. 'encrypted'.")
