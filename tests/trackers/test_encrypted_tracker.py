"""Password-protected packs: every stage that reads the file (tracker tables, the outline) reads it through the
pack's one open PDF, with the password, and gives what it gives for the same pack unlocked."""
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


@needs_qpdf
def test_the_outline_of_an_encrypted_pack_is_read_with_the_password(tmp_path):
    from pdfgen import pages_pdf

    plain = tmp_path / "outlined.pdf"
    plain.write_bytes(pages_pdf([["Anytown Parish Council", "Agenda", "1. Apologies", "2. Planning"],
                                 ["Report of the Clerk", "on the budget"],
                                 ["Minutes of the meeting held on 5 March 2024", "1. Apologies were received."]],
                                outline=[("Agenda", 0), ("Minutes", 2)]))
    locked = tmp_path / "locked.pdf"
    subprocess.run(["qpdf", "--encrypt", "pw", "pw", "256", "--", str(plain), str(locked)], check=True)

    def documents(path, password=None):
        return [(d.kind, d.pages, d.cues) for d in extract(path, password=password) if d.record_type == "document"]

    assert ("minutes", [3], ["heading", "outline"]) in documents(plain)  # the outline marks the minutes
    assert documents(locked, password="pw") == documents(plain)
