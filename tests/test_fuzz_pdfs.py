"""Mutation fuzz of real PDFs: truncated, bytes flipped, xref dropped, streams cut. Every mutant must give
records or error records: never an exception, a crash or a hang.

The cases are fixed (seeded), bounded in number, and run in one subprocess with a time limit.
"""
from __future__ import annotations

import json
import random
import re
import subprocess
import sys

import pytest

from conftest import ROOT, fixture_pdf, sample
from hostile import CYCLES, dense_page

SEEDS = {
    "milburn": sample("milburn-pc-minutes-2020-07-14.pdf"),
    "norwich": sample("norwich-scrutiny-2021-03-18-rendered.pdf"),
    "minutes": fixture_pdf("no-resolved.pdf"),
    "rotated": fixture_pdf("rotated.pdf"),
}
TIME_LIMIT = 300  # seconds for all cases together: they take 20 to 30 s, longer on a loaded machine


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, len(data))]


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice([1, 8, 64])):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def drop_xref(data: bytes, rng: random.Random) -> bytes:
    """Remove the cross-reference table(s) and startxref pointers, as a bad rewrite does."""
    data = re.sub(rb"xref\s.*?trailer", b"trailer", data, flags=re.S)
    return re.sub(rb"startxref\s+\d+", b"startxref\n0", data)


def cut_stream(data: bytes, rng: random.Random) -> bytes:
    """Zero a run of bytes inside a stream (a damaged content or image stream)."""
    starts = [m.end() for m in re.finditer(rb"stream\r?\n", data)]
    if not starts:
        return flip_bytes(data, rng)
    start = rng.choice(starts)
    out = bytearray(data)
    end = start + rng.randrange(1, 400)
    out[start:end] = b"\0" * len(out[start:end])
    return bytes(out)


def lie_about_lengths(data: bytes, rng: random.Random) -> bytes:
    return re.sub(rb"/Length \d+", lambda m: b"/Length %d" % rng.choice([0, 1, 10**9]), data)


def reference_cycle(data: bytes, rng: random.Random) -> bytes:
    """Turn an object into a reference to itself, or two objects into references to each other (pdfminer
    followed such chains forever), keeping the rest of the file; the xref offsets go stale, as in a bad edit."""
    objects = list(re.finditer(rb"(?s)(\d+) 0 obj\b(.*?)\bendobj", data))
    if len(objects) < 2:
        return flip_bytes(data, rng)
    first, second = rng.sample(objects, 2)
    if rng.random() < 0.5:
        swaps = {first: first.group(1)}
    else:
        swaps = {first: second.group(1), second: first.group(1)}
    out = data
    for match in sorted(swaps, key=lambda m: m.start(), reverse=True):  # from the end: offsets stay valid
        out = out[:match.start(2)] + b"\n" + swaps[match] + b" 0 R\n" + out[match.end(2):]
    return out


MUTATIONS = [truncate, flip_bytes, drop_xref, cut_stream, lie_about_lengths, reference_cycle]
PER_SEED = 3  # cases per (seed file, mutation): 4 x 6 x 3 = 72, plus the OCR and hostile cases


def cases() -> dict[str, bytes]:
    rng = random.Random(20240304)
    out = {}
    for seed, path in SEEDS.items():
        data = path.read_bytes()
        for mutate in MUTATIONS:
            for n in range(PER_SEED):
                out[f"{seed}-{mutate.__name__}-{n}.pdf"] = mutate(data, rng)
    for name, build in CYCLES.items():  # cycles aimed at the page tree and a stream's /Length
        out[f"hostile-{name}"] = build()
    # pages dense with statements (the resolution stage was cubic in statements per line), and a mutant of one
    out["dense-one-line.pdf"] = dense_page(600, one_line=True)
    out["dense-lines.pdf"] = dense_page(1500, one_line=False)
    out["dense-agreed.pdf"] = dense_page(1500, one_line=False, formula="AGREED")
    out["dense-flip_bytes.pdf"] = flip_bytes(dense_page(300, one_line=True), rng)
    scanned = fixture_pdf("scanned.pdf").read_bytes()
    for mutate in (flip_bytes, cut_stream):
        out[f"ocr-scanned-{mutate.__name__}.pdf"] = mutate(scanned, rng)
    return out


def test_mutated_pdfs_give_records_or_error_records_never_a_crash(tmp_path):
    mutants = cases()
    for name, data in mutants.items():
        (tmp_path / name).write_bytes(data)
    try:
        done = subprocess.run([sys.executable, str(ROOT / "tests" / "fuzz_worker.py"), str(tmp_path)],
                              capture_output=True, text=True, timeout=TIME_LIMIT)
    except subprocess.TimeoutExpired as exc:
        finished = (exc.stdout or b"").decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        pytest.fail(f"hang after {len(finished.splitlines())} files: the next one of {sorted(mutants)} timed out")
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert done.returncode == 0, (
        f"worker died (exit {done.returncode}) after {[r['file'] for r in results][-1:]}: {done.stderr[-2000:]}")
    assert [r["file"] for r in results] == sorted(mutants)
    for result in results:
        # Each file gives its pack (with pages) or an error record that says why not.
        assert "pack" in result["types"] or "error" in result["types"], result
        # A damaged file is the file's fault: it must never surface as a bug of ours.
        assert ["error", "internal"] not in result["problems"], result
    kinds = {kind for r in results for _, kind in r["problems"]}
    assert kinds & {"corrupt", "truncated"}, kinds  # the fuzz did reach the damaged-file paths
