"""Shared pieces of the researchers' database tests: fixture paths and a real sample's records."""
from __future__ import annotations

import json
from pathlib import Path

from minutebook.extract.emit import record_dict
from minutebook.extract.pipeline import extract

from conftest import sample

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "index"
PARISH_A = FIXTURES / "parish-a.jsonl"
PARISH_A_COPY = FIXTURES / "parish-a-copy.jsonl"
BOROUGH_B = FIXTURES / "borough-b.jsonl"
MILBURN = sample("milburn-pc-minutes-2020-07-14.pdf")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_sample_output(folder: Path, pdf: Path = MILBURN) -> Path:
    """The records `minutebook extract` gives for a real sample PDF, written as its JSONL output."""
    out = folder / f"{pdf.stem}.jsonl"
    with out.open("w", encoding="utf-8") as stream:
        for record in extract(pdf):
            stream.write(json.dumps(record_dict(record), ensure_ascii=False) + "\n")
    return out
