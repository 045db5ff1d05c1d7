"""Read minutebook's JSONL outputs (files, folders of them, or stdin) as plain record dicts."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import LoadError

#: File endings taken from a folder (recursively); a file named on the command line is read whatever its name.
JSONL_SUFFIXES = (".jsonl", ".ndjson")


def jsonl_files(inputs: Iterable[str | Path]) -> list[Path | str]:
    """The files to read, in a stable order: each named file, and each folder's JSONL files sorted by path."""
    files: list[Path | str] = []
    for item in inputs:
        if str(item) == "-":
            files.append("-")
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.name.endswith(JSONL_SUFFIXES))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise LoadError(f"{path}: no such file or folder")
    return files


def read_records(inputs: Iterable[str | Path]) -> Iterator[dict]:
    """Yield every JSON object of every input. Blank lines are skipped; a line that is not JSON raises.

    Objects without `id` and `record_type` (a run summary written beside the records, say) are yielded
    too: the indexer counts and skips them, so they are reported rather than lost silently.
    """
    for file in jsonl_files(inputs):
        if file == "-":
            yield from _records(sys.stdin, "<stdin>")
        else:
            with open(file, encoding="utf-8") as stream:
                yield from _records(stream, str(file))


def _records(lines: Iterable[str], name: str) -> Iterator[dict]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LoadError(f"{name}:{number}: not JSON ({exc.msg}); is the file truncated?") from exc
        if not isinstance(record, dict):
            raise LoadError(f"{name}:{number}: not a JSON object; is this a minutebook output?")
        yield record
