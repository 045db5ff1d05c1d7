"""What the reader produces: pages of text lines with their boxes and typographic cues."""
from __future__ import annotations

from dataclasses import dataclass

from pydantic import Field

from .base import Model


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text in reading order, with its box in PDF points (origin top-left).

    A plain slotted dataclass, not a pydantic model: a long pack has tens of thousands of lines, and a
    model instance costs about 1 KB where this costs about 300 bytes (benchmarks/bench_batch.py, long pack).
    Lines are made only by our readers, never parsed from outside input. Change one with `dataclasses.replace`.
    """

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float = 0.0  # font size of the line's first visible character
    bold: bool = False
    furniture: bool = False  # a running header/footer or page label, repeated across pages


class Page(Model):
    """One physical page of a PDF, as read by an engine."""

    number: int = Field(description="Physical page number, 1-based.")
    width: float
    height: float
    label: str | None = Field(default=None, description="Printed page label ('6' for 'Page 6 of 56').")
    pdf_label: str | None = Field(default=None, description="The PDF's own page-label entry, if any.")
    lines: list[Line] = Field(default_factory=list)
    ocr: bool = False
    ocr_confidence: float | None = None

    @property
    def text(self) -> str:
        """The page's plain text, all lines."""
        return "\n".join(line.text for line in self.lines)

    @property
    def body_text(self) -> str:
        """The page's text without running headers, footers and page labels."""
        return "\n".join(line.text for line in self.lines if not line.furniture)
