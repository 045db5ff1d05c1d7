"""Shared pieces of every record: evidence (`Source`) and the record base."""
from __future__ import annotations

import os

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA_VERSION = "1"


def file_name(name: str) -> str:
    """A file name as records carry it: valid Unicode, whatever bytes the file system holds.

    On POSIX a name is bytes; Python gives bytes that are not UTF-8 as lone surrogates, which no JSON writer
    can encode. Each such byte is written as `\\xNN` (`caf\\xe9.pdf` for Latin-1 `café.pdf`), the same way
    wherever the name appears (records, messages, a batch's output names), so the raw bytes can be recovered.
    """
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")


class Model(BaseModel):
    """Base for all our models: unknown fields are an error, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(Model):
    """Where a record was read from: the evidence a reader can check by opening the PDF."""

    file: str = Field(description="The PDF's file name as given (no directory).")
    sha256: str = Field(description="Hex sha256 of the PDF's bytes.")
    pages: list[int] = Field(default_factory=list, description="Physical 1-based page numbers.")
    printed_pages: list[str] | None = Field(
        default=None, description="Page labels printed on those pages (footer 'Page 6 of 56' -> '6')."
    )
    quote: str | None = Field(default=None, description="Verbatim text the record was read from.")
    boxes: list[tuple[int, float, float, float, float]] | None = Field(
        default=None,
        description="[page, x0, top, x1, bottom] in PDF points, origin top-left, one per line of the quote.",
    )

    @field_validator("file")
    @classmethod
    def _unicode_name(cls, value: str) -> str:
        return file_name(value)


class Record(Model):
    """Fields every emitted record carries (see CONTRACT.md)."""

    record_type: str
    id: str = Field(description="Stable id: <first 12 hex of sha256>/<kind>/<local part>.")
    schema_version: str = SCHEMA_VERSION
    pack_id: str | None = Field(default=None, description="Id of the pack record of the same PDF.")
    source: Source | None = None


def short_hash(sha256: str) -> str:
    """The 12-hex prefix used in every id of a PDF's records."""
    return sha256[:12]


def make_id(sha256: str, kind: str, local: str | int) -> str:
    return f"{short_hash(sha256)}/{kind}/{local}"
