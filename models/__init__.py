"""pydantic models of minutebook's records (see CONTRACT.md)."""
from .base import SCHEMA_VERSION, Model, Record, Source, make_id, short_hash
from .page import Line, Page
from .records import ErrorRecord, PackRecord, PageRecord, WarningRecord

__all__ = [
    "SCHEMA_VERSION",
    "Model",
    "Record",
    "Source",
    "make_id",
    "short_hash",
    "Line",
    "Page",
    "PackRecord",
    "PageRecord",
    "WarningRecord",
    "ErrorRecord",
]
