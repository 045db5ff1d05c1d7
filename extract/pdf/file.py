"""A PDF's identity: the name it was given, its hash, and where to read it (a path, or bytes kept in memory)."""
from __future__ import annotations

import os
from pathlib import Path

from ...models import file_name


class PdfFile:
    """A PDF with the name it was given and its hash: the identity every record points at.

    A PDF read from a path keeps only the path: PDF libraries open it there and read what they need, so a
    long pack's bytes are not held in memory while its pages are processed (`source` is what to open). The
    file must not change while it is being extracted (a batch checks its hash first). A PDF given as bytes or
    a stream keeps its bytes. `data` gives the bytes either way, reading the file if need be.
    """

    __slots__ = ("name", "sha256", "path", "_data")

    def __init__(self, name: str, data: bytes = b"", sha256: str = "", path: Path | None = None):
        self.name = file_name(name)  # bytes that are not UTF-8 escaped, as in every record
        self.sha256 = sha256
        self.path = path
        self._data = data

    def __repr__(self) -> str:
        return f"PdfFile(name={self.name!r}, sha256={self.sha256[:12]!r}, path={self.path!r})"

    @property
    def data(self) -> bytes:
        """The whole file's bytes (read from disk each time for a path: prefer `source`, `head`, `tail`)."""
        return self.path.read_bytes() if self.path is not None else self._data

    @property
    def source(self) -> str | bytes:
        """What to open with a PDF library: the file's path when there is one, else the bytes."""
        return str(self.path) if self.path is not None else self._data

    def head(self, size: int) -> bytes:
        if self.path is None:
            return self._data[:size]
        with self.path.open("rb") as stream:
            return stream.read(size)

    def tail(self, size: int) -> bytes:
        if self.path is None:
            return self._data[-size:]
        with self.path.open("rb") as stream:
            stream.seek(0, os.SEEK_END)
            stream.seek(max(0, stream.tell() - size))
            return stream.read()

    def is_blank(self) -> bool:
        """Empty, or nothing but whitespace."""
        if self.path is None:
            return not self._data or self._data.isspace()  # not .strip(): that would copy the whole file
        with self.path.open("rb") as stream:
            for chunk in iter(lambda: stream.read(1 << 20), b""):
                if not chunk.isspace():
                    return False
        return True
