"""The content-hash cache of a batch's output folder: which outputs are done, for which PDF and which config.

An output `<stem>.<sha256[:12]>.jsonl` is done when its marker `.minutebook-cache/<output>.json` names the same
sha256 and the same cache key. The key covers everything that changes the records: minutebook's version, a
fingerprint of the code that produces records (so an edited checkout does not reuse stale output), the
schema version and the extraction options (engine, ...). A marker is written only after its output has been
renamed into place, so a run killed at any moment leaves either a done output or one that is redone.
"""
from __future__ import annotations

import glob
import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

from ..extract.emit import AtomicWriter, remove_stale_partials
from ..models import SCHEMA_VERSION

CACHE_DIR = ".minutebook-cache"
#: Longest file stem kept in an output name; file systems cap names at 255 bytes.
MAX_STEM = 120


def output_name(name: str, sha256: str) -> str:
    """`minutes-2020.pdf` with sha256 `4ae18ea3f834...` -> `minutes-2020.4ae18ea3f834.jsonl`."""
    stem = Path(name).stem or "pdf"
    stem = stem.encode("utf-8")[:MAX_STEM].decode("utf-8", "ignore")
    return f"{stem}.{sha256[:12]}.jsonl"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """sha256 over the source of the packages that produce records (extract, models)."""
    from .. import extract, models

    digest = hashlib.sha256()
    for package in (extract, models):
        root = Path(package.__file__).parent
        for path in sorted(root.rglob("*")):
            if path.suffix in {".py", ".json", ".jsonl"} and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(config: dict) -> str:
    """The key an output must carry to be reused: version, code, schema and extraction options."""
    from .. import __version__

    payload = {
        "minutebook": __version__,
        "code": code_fingerprint(),
        "schema_version": SCHEMA_VERSION,
        "config": config,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def marker_path(outdir: Path, output: str) -> Path:
    return outdir / CACHE_DIR / f"{output}.json"


def read_marker(outdir: Path, output: str) -> dict | None:
    try:
        return json.loads(marker_path(outdir, output).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_done(outdir: Path, output: str, sha256: str, key: str) -> dict | None:
    """The marker of a done output for this PDF and key, or None when it must be (re)made."""
    marker = read_marker(outdir, output)
    if not marker or marker.get("sha256") != sha256 or marker.get("key") != key:
        return None
    if not (outdir / output).is_file():
        return None
    return marker


def write_marker(outdir: Path, output: str, marker: dict) -> None:
    with AtomicWriter(marker_path(outdir, output)) as stream:
        json.dump(marker, stream, sort_keys=True)


def drop_marker(outdir: Path, output: str) -> None:
    marker_path(outdir, output).unlink(missing_ok=True)


def remove_partials(folder: Path, output: str | None = None) -> int:
    """Delete temp files killed writers left (all in `folder`, or those of one output); a file a live
    writer holds, from this run or another, is kept (`emit.remove_stale_partials`)."""
    return remove_stale_partials(folder, output)
