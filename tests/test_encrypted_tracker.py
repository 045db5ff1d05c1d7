"""A password-protected pack with a tracker: the tracker stage reopens the PDF with the same password."""
from __future__ import annotations

import os
import shutil
import subprocess

import pypdfium2 as pdfium
import pytest

from minutebook.extract.pipeline import extract

from conftest import sample

needs_qpdf = pytest.mark.skipif(shutil.which("qpdf") is None and not os.environ.get("CI"),
                                reason="qpdf is needed to encrypt the test PDF")


@needs_qpdf
def test_tracker_rows_of_an_encrypted_pack_are_read_with_the_password(tmp_path):
    # Pages 27-29 of the Norwich pack: the start of its recommendations tracker.
    src = pdfium.PdfDocument(str(sample("norwich-scrutiny-2021-03-18-rendered.pdf")))
    part = pdfium.PdfDocument.new()
    part.import_pages(src, [26, 27, 28])
    plain = tmp_path / "tracker.pdf"
    part.save(str(plain))
    part.close()
    src.close()
    locked = tmp_path / "locked.pdf"
    subprocess.run(["qpdf", "--encrypt", "pw", "pw", "256", "--", str(plain), str(locked)], check=True)

    plain_recs = [r for r in extract(plain) if r.record_type == "recommendation" and r.origin.value == "tracker"]
    records = list(extract(locked, password="pw"))
    assert not [r for r in records if r.record_type == "error"]
    tracker = [r for r in records if r.record_type == "recommendation" and r.origin.value == "tracker"]
    assert plain_recs and [r.text for r in tracker] == [r.text for r in plain_recs]
