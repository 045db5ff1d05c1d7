"""Read minutebook's JSONL outputs (files, folders of them, or stdin) as plain record dicts."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..models.errors import LoadError

#: File endings taken from a folder (recursively); a file named on the command line is read whatever its name.
JSONL_SUFFIXES = (".jsonl", ".ndjson")


#: What to say to someone who gave a PDF (or a folder of them) where outputs are read.
EXTRACT_FIRST = "run `minutebook extract` or `batch` first"


def jsonl_files(inputs: Iterable[str | Path]) -> list[Path | str]:
    """The files to read, in a stable order: each named file, and each folder's JSONL files sorted by path.

    Raises LoadError, before anything is read, for a missing path, a PDF, or a folder with no JSONL in it.
    """
    files: list[Path | str] = []
    for item in inputs:
        if str(item) == "-":
            files.append("-")
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.name.endswith(JSONL_SUFFIXES))
            if not found:
                pdfs = any(p.is_file() and p.suffix.lower() == ".pdf" for p in path.rglob("*"))
                raise LoadError(f"{item}: no JSONL outputs ({', '.join(JSONL_SUFFIXES)}) in it"
                                + (f"; it holds PDFs: {EXTRACT_FIRST}" if pdfs else ""))
            files.extend(found)
        elif path.is_file():
            if is_pdf(path):
                raise LoadError(f"{item} is a PDF: {EXTRACT_FIRST}")
            files.append(path)
        else:
            raise LoadError(f"{item}: no such file or folder")
    return files


def is_pdf(path: Path) -> bool:
    """A PDF by its name or its first bytes (a PDF saved without the ending)."""
    if path.suffix.lower() == ".pdf":
        return True
    try:
        with open(path, "rb") as stream:
            return stream.read(1024).lstrip().startswith(b"%PDF-")
    except OSError:
        return False


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
                try:
                    yield from _records(stream, str(file))
                except UnicodeDecodeError as exc:
                    raise LoadError(f"{file}: not UTF-8 text; is this a minutebook output?") from exc


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
