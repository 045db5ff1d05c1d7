"""Untrusted input: a decompression bomb cannot take more memory than a worker is given."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from minutebook.extract.limits import MIB

from conftest import ROOT, sample

WORKER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {tests!r})
    from minutebook.extract.limits import apply_memory_limit
    from minutebook.extract.pipeline import extract
    data = open(sys.argv[1], "rb").read()
    assert apply_memory_limit({cap})
    records = list(extract(data, name="x.pdf", ocr=False))
    print(",".join(r.record_type for r in records))
""")


def run_capped(path, cap_mb: int) -> subprocess.CompletedProcess:
    code = WORKER.format(tests=str(ROOT / "tests"), cap=cap_mb * MIB)
    return subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_DATA caps mmap'd memory on Linux only")
def test_a_decompression_bomb_ends_its_capped_worker_and_a_normal_pack_does_not(tmp_path):
    from pdfgen import bomb_pdf

    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(bomb_pdf(400))  # 2 MB on disk, 400 MB of content once inflated
    assert bomb.stat().st_size < 3 * MIB
    capped = run_capped(bomb, 250)
    # The worker died of the cap (pdfium aborts; Python raises MemoryError): its supervisor records the file.
    assert capped.stdout == ""
    assert capped.returncode == -6 or "MemoryError" in capped.stderr, (capped.returncode, capped.stderr[-500:])
    normal = run_capped(sample("norwich-scrutiny-2021-03-18-rendered.pdf"), 250)
    assert normal.returncode == 0, normal.stderr
    assert normal.stdout.strip().split(",")[:2] == ["pack", "page"]
