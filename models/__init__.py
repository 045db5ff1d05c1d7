"""pydantic models of minutebook's records (see CONTRACT.md)."""
from .base import SCHEMA_VERSION, Model, Record, Source, file_name, make_id, short_hash
from .decisions import Category, Formula, ItemRef, MeetingRef, Origin, Recommendation, Resolution, Status, Votes
from .page import Line, Page
from .records import ErrorRecord, PackRecord, PageRecord, WarningRecord
from .structure import AgendaItem, Document, DocumentKind, Meeting, MinuteItem

__all__ = [
    "SCHEMA_VERSION",
    "Model",
    "Record",
    "Source",
    "file_name",
    "make_id",
    "short_hash",
    "Category",
    "Formula",
    "ItemRef",
    "MeetingRef",
    "Origin",
    "Recommendation",
    "Resolution",
    "Status",
    "Votes",
    "Line",
    "Page",
    "PackRecord",
    "PageRecord",
    "WarningRecord",
    "ErrorRecord",
    "AgendaItem",
    "Document",
    "DocumentKind",
    "Meeting",
    "MinuteItem",
]
