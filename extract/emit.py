"""Stage last, emit: records -> JSON Lines, written whole or not at all."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO


from ..models import Record


def record_dict(record: Record) -> dict:
    """A record as the JSON object we write: fields that do not apply are left out."""
    return record.model_dump(mode="json", exclude_none=True)


def write_jsonl(records: Iterable[Record], stream: IO[str]) -> int:
    """Write records to an open text stream; return how many were written."""
    count = 0
    for record in records:
        # pydantic's own encoder: the same JSON as `record_dict` through the json module, without the dict.
        stream.write(record.model_dump_json(exclude_none=True))
        stream.write("\n")
        count += 1
    stream.flush()
    return count


class AtomicWriter:
    """A text file that appears at its path only when closed without error (temp file, then rename)."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent)
        self.tmp = Path(tmp)
        self.stream = os.fdopen(fd, "w", encoding="utf-8")

    def __enter__(self) -> IO[str]:
        return self.stream

    def __exit__(self, exc_type, exc, tb) -> None:
        self.stream.close()
        if exc_type is None:
            # mkstemp makes the file private; give it the permissions an ordinary new file would have.
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self.tmp, 0o666 & ~umask)
            os.replace(self.tmp, self.path)
        else:
            self.tmp.unlink(missing_ok=True)
