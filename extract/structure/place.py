"""Where a report or tracker recommendation stands in the pack's structure: its document and agenda item, and
the meeting the pack is for (the body whose report or tracker it is)."""
from __future__ import annotations

from ...models.decisions import MeetingRef


def place_fields(structure, page: int, top: float) -> dict:
    """`document_id` and `agenda_item_id` of the document holding (page, top); empty without a structure."""
    if structure is None:
        return {}
    document = structure.item_at(page, top).document
    if document is None:
        return {}
    return {k: v for k, v in (("document_id", document.id), ("agenda_item_id", document.agenda_item_id)) if v}


def pack_meeting(structure) -> MeetingRef | None:
    """The meeting the pack is for, as its front sheet prints it."""
    fields = getattr(structure, "pack_fields", None) or {}
    if not (fields.get("body") or fields.get("meeting_date")):
        return None
    return MeetingRef(body=fields.get("body"), date=fields.get("meeting_date"))
