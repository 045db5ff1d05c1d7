"""Run `extract` over every PDF in a folder, one JSON line per file as each finishes (used by test_fuzz_pdfs).

Run in a subprocess with a time limit, so a hang or a crash inside the PDF library shows up as the first
file without a line instead of taking the test run down.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from minutebook.extract.emit import record_dict
from minutebook.extract.pipeline import extract
from minutebook.models.schema import RECORD_MODELS


def main(folder: str) -> None:
    by_type = {model.model_fields["record_type"].default: model for model in RECORD_MODELS}
    for path in sorted(Path(folder).glob("*.pdf")):
        ocr = path.name.startswith("ocr-")
        # Reference cycles are read by both engines: pdfminer (pdfplumber, and pdfium's fallback) looped on them.
        engines = ["pdfium", "pdfplumber"] if "cycle" in path.name or "reference" in path.name else ["pdfium"]
        records = [record_dict(r) for engine in engines for r in extract(path, ocr=ocr, engine=engine)]
        for record in records:
            by_type[record["record_type"]].model_validate(record)
        kinds = [[r["record_type"], r.get("kind")] for r in records if r["record_type"] in ("error", "warning")]
        summary = {"file": path.name, "records": len(records), "types": sorted({r["record_type"] for r in records}),
                   "problems": kinds}
        print(json.dumps(summary), flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
