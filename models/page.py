"""What the reader produces: pages of text lines with their boxes and typographic cues."""
from __future__ import annotations

from pydantic import Field

from .base import Model


class Line(Model):
    """One line of text in reading order, with its box in PDF points (origin top-left)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float = Field(default=0.0, description="Font size of the line's first visible character.")
    bold: bool = False
    furniture: bool = Field(
        default=False, description="A running header/footer or page label, repeated across pages."
    )


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
