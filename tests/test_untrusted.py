"""Untrusted input: a PDF's actions (JavaScript, launch, URI, embedded files) never run, and reading a PDF
opens no socket, writes no file and starts no program but Tesseract.

The PDFs are read in a child process under an audit hook (PEP 578) that records every file opened for
writing, every socket and every process started while `extract` runs. (The hook sees Python's calls; pdfium's
native code is covered by its own design: pypdfium2 never initialises pdfium's form/JavaScript environment.)
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from conftest import ROOT, fixture_pdf, needs_tesseract

HOSTILE_OBJECTS = [
    b"<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R /Names << /JavaScript << /Names [(x) 5 0 R] >> "
    b"/EmbeddedFiles << /Names [(run.sh) 8 0 R] >> >> /AA << /WC 6 0 R >> >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
    b"/Contents 7 0 R /Annots [9 0 R] /AA << /O 6 0 R >> >>",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    b"<< /S /JavaScript /JS (app.launchURL\\('http://example.invalid/x'\\); this.exportDataObject"
    b"\\({cName: 'run.sh', nLaunch: 2}\\);) /Next 6 0 R >>",
    b"<< /S /Launch /F (/bin/sh) /Win << /F (cmd.exe) /P (/c calc) >> /Next 10 0 R >>",
    b"<< /Length 60 >>\nstream\nBT /F1 11 Tf 72 700 Td (RESOLVED that nothing runs.) Tj ET\n     \nendstream",
    b"<< /Type /Filespec /F (run.sh) /EF << /F 11 0 R >> >>",
    b"<< /Type /Annot /Subtype /Link /Rect [72 690 300 712] /A 10 0 R >>",
    b"<< /S /URI /URI (http://example.invalid/track) >>",
    b"<< /Type /EmbeddedFile /Length 22 >>\nstream\n#!/bin/sh\ntouch /tmp/x\nendstream",
]

CHILD = textwrap.dedent("""
    import json, sys
    import minutebook.extract.pdf.pdfium_engine, minutebook.extract.pdf.plumber_engine, minutebook.extract.pdf.ocr  # imports first
    from minutebook.extract.pipeline import extract
    import pdfminer.psparser, pdfminer.pdfinterp, pdfminer.converter, pdfminer.layout, PIL.PngImagePlugin
    import encodings.idna, csv, shutil, subprocess
    events = []
    def hook(event, args):
        if event == "open" and isinstance(args[0], int):  # wrapping an already open descriptor (a pipe)
            return
        if event == "open" and args[1] is not None and any(c in str(args[1]) for c in "wax+"):
            events.append(["write", str(args[0])])
        elif event == "open" and isinstance(args[2], int) and args[2] & 0o3:  # os.open with O_WRONLY/O_RDWR
            events.append(["write", str(args[0])])
        elif event.startswith("socket."):
            events.append([event, str(args[1:2])])
        elif event in ("subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn"):
            events.append([event, str(args[0] if event == "os.system" else args[1])])
    sys.addaudithook(hook)
    out = []
    for path in sys.argv[2:]:
        out.append([r.record_type for r in extract(path, engine=sys.argv[1]) if r.record_type in ("pack", "page", "error")])
    print(json.dumps({"events": events, "records": out}))
""")


def read_audited(engine: str, *paths) -> dict:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, "-c", CHILD, engine, *map(str, paths)], capture_output=True, text=True,
                          timeout=120, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_pdf_actions_do_not_run_and_reading_touches_nothing_but_the_input(tmp_path, engine):
    from pdfgen import assemble

    hostile = tmp_path / "hostile.pdf"
    hostile.write_bytes(assemble(HOSTILE_OBJECTS))
    result = read_audited(engine, hostile, fixture_pdf("encrypted.pdf"), fixture_pdf("truncated.pdf"))
    assert result["records"] == [["pack", "page"], ["error"], ["error"]]
    assert result["events"] == []
    assert not (tmp_path / "x").exists()


@needs_tesseract
def test_ocr_starts_only_tesseract_and_writes_no_file():
    result = read_audited("pdfium", fixture_pdf("scanned.pdf"))
    assert result["records"] == [["pack", "page"]]
    programs = [event for event in result["events"] if event[0] == "subprocess.Popen"]
    assert len(programs) == 1 and programs[0][1].startswith("['/") and "tesseract', 'stdin', 'stdout'" in programs[0][1]
    assert [event for event in result["events"] if event[0] != "subprocess.Popen"] == []
