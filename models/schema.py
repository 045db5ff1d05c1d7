"""The JSON Schema of every record type, generated from the models (never written by hand)."""
from __future__ import annotations

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from .base import SCHEMA_VERSION
from .decisions import Recommendation, Resolution
from .ledger import LedgerEntry
from .records import ErrorRecord, PackRecord, PageRecord, WarningRecord
from .structure import AgendaItem, Document, Meeting, MinuteItem

#: Every record model minutebook emits, in the order a pack's records come out.
RECORD_MODELS: list[type[BaseModel]] = [
    PackRecord,
    PageRecord,
    AgendaItem,
    Document,
    Meeting,
    MinuteItem,
    Resolution,
    Recommendation,
    WarningRecord,
    ErrorRecord,
    LedgerEntry,
]


def json_schema() -> dict:
    """One schema document: each record type under $defs, and a oneOf over them."""
    _, top = models_json_schema([(m, "serialization") for m in RECORD_MODELS], title="minutebook records")
    top["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    top["description"] = f"minutebook JSONL records, schema_version {SCHEMA_VERSION}: each line is one of oneOf."
    top["oneOf"] = [{"$ref": f"#/$defs/{m.__name__}"} for m in RECORD_MODELS]
    return top
