"""Stages decide + act for one pack: RESOLVED statements placed in their meeting and minute item, with votes,
then one recommendation per clause.

    resolutions (resolution_records) -> structure.annotate -> with_votes -> recommendations_for
"""
from __future__ import annotations

from collections.abc import Iterator

from ...models import Record, Resolution
from ..clauses.actions import recommendations_for, with_votes
from .find import resolution_records
from ..structure.build import Structure
from ..pack import Context


def decision_records(ctx: Context, structure: Structure | None) -> Iterator[Record]:
    """Resolutions (and the stage's warnings/errors) followed, each, by the recommendations of its clauses."""
    for record in resolution_records(ctx, structure):
        if not isinstance(record, Resolution):
            yield record
            continue
        if structure is not None:
            record = structure.annotate(record)
        record = with_votes(record, parser=ctx.parse)
        yield record
        if record.formula != "resolved" and not record.text.strip():
            continue  # "The minutes ... were approved.": nothing asked for beyond the approval itself
        yield from recommendations_for(record, ctx, parser=ctx.parse)
