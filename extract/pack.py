"""The pack every stage after `read` is handed (`Context`): the file's identity, its pages, the limits, and what
lives for one pack only (its clause parser's memory). The stages take it typed; the pipeline makes one per PDF.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Source
from .clauses.nlp import Parser, remembering_parser
from .limits import DEFAULT_LIMITS, Limits
from .pages.store import Pages
from .pdf.file import PdfFile


@dataclass(frozen=True)
class Context:
    """What every stage after `read` gets: the file's identity, its cleaned `Pages`, the limits, and the pack's
    clause parser (`parse`, which remembers texts met before in this pack and goes with it)."""

    pdf: PdfFile
    pages: Pages  # in a temporary file for a pack longer than `limits.pages_in_memory`; a list is held as `Pages`
    limits: Limits = DEFAULT_LIMITS
    pack_id: str = field(init=False)
    _labels: dict[int, str | None] = field(init=False, repr=False, compare=False)
    #: The clause rules' parser for this pack: it remembers texts met before, and goes with the pack.
    parse: Parser = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pack_id", f"{self.pdf.sha256[:12]}/pack")
        # Pages that failed to read are missing, so find pages by number, not position.
        object.__setattr__(self, "pages", Pages.of(self.pages))
        object.__setattr__(self, "_labels", dict(self.pages.labels))
        object.__setattr__(self, "parse", remembering_parser())

    def evidence(self, stream, start: int, end: int) -> Source:
        """Evidence for a character span of a `TextStream` over this pack's pages."""
        ev = stream.evidence(start, end)
        return self.source(ev.pop("pages"), **ev)

    def source(self, pages: list[int], **extra) -> Source:
        """Evidence for a record read from these physical pages (1-based)."""
        labels = [self._labels.get(n) for n in pages]
        printed = [label for label in labels if label] or None
        return Source(file=self.pdf.name, sha256=self.pdf.sha256, pages=pages, printed_pages=printed, **extra)
