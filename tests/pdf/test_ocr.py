"""OCR of scanned pages: detection, Tesseract's words as lines with boxes, and the warnings without it."""
from __future__ import annotations

import difflib
import json

import pytest

from minutebook.extract.pages.clean import fold_for_match, stitch_lines
from minutebook.extract.emit import record_dict
from minutebook.extract.limits import Limits, render_scale
from minutebook.extract.pdf.ocr import OcrSettings, lines_from_tsv
from minutebook.extract.pipeline import extract
from minutebook.extract.pdf.read import load_pdf, read_pages

from conftest import GOLD, core, corpus_pdf, fixture_pdf, needs_gold, needs_tesseract

ALSEA = corpus_pdf("port-of-alsea-budget-resolution-2018-05-23.pdf")

TSV = "\n".join([
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
    "1\t1\t0\t0\t0\t0\t0\t0\t2550\t3300\t-1\t",
    "4\t1\t1\t1\t1\t0\t300\t600\t900\t50\t-1\t",
    "5\t1\t1\t1\t1\t1\t300\t600\t100\t50\t90\tBE",
    "5\t1\t1\t1\t1\t2\t420\t602\t80\t48\t80\tIT",
    "5\t1\t1\t1\t2\t1\t300\t700\t200\t40\t70\tRESOLVED",
    "5\t1\t1\t1\t2\t2\t520\t700\t10\t40\t95\t ",
    "5\t1\t2\t1\t1\t1\t300\t900\t200\t40\t-1\tnoise",
])


def test_tsv_words_become_lines_in_points_with_the_mean_confidence():
    lines, confidence = lines_from_tsv(TSV, 72 / 300)
    assert [line.text for line in lines] == ["BE IT", "RESOLVED"]
    first = lines[0]
    assert (first.x0, first.top, first.x1, first.bottom) == (72.0, 144.0, 120.0, 156.0)
    assert confidence == round((90 + 80 + 70) / 3 / 100, 3)


def test_render_scale_is_capped_in_pixels():
    assert render_scale(612, 792, 300, Limits()) == pytest.approx(300 / 72)
    huge = render_scale(14400, 14400, 300, Limits(max_render_pixels=10_000_000))
    assert (14400 * huge) ** 2 <= 10_000_000 * 1.0001


@needs_tesseract
def test_scanned_fixture_is_ocrd_with_boxes_where_the_text_was_drawn():
    records = core([record_dict(r) for r in extract(fixture_pdf("scanned.pdf"))])
    assert [r["record_type"] for r in records] == ["pack", "page"]
    page = records[1]
    assert page["ocr"] is True and 0.5 < page["ocr_confidence"] <= 1.0
    assert "BE IT RESOLVED that the budget" in page["text"]
    # The scan was rendered from a text PDF built the same way: its text layer says where each line stood.
    from pdfgen import pages_pdf

    lines = ["BOROUGH COUNCIL", "Minutes of 12 July 2016", "BE IT RESOLVED that the budget", "is adopted."]
    truth = {line.text: line for line in list(read_pages(load_pdf(pages_pdf([lines]), "t.pdf")))[0].lines}
    ocr = {line.text: line for line in ocr_lines(fixture_pdf("scanned.pdf"))}
    for text in lines:
        want, got = truth[text], ocr[text]
        assert abs(want.x0 - got.x0) < 4 and abs(want.x1 - got.x1) < 6
        assert abs(want.top - got.top) < 6 and abs(want.bottom - got.bottom) < 6


def ocr_lines(path):
    from minutebook.extract.pdf import OpenPdf

    with OpenPdf(load_pdf(path)) as doc:
        return doc.ocr(list(doc.pages()))[0].lines


@needs_tesseract
@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_port_of_alsea_scan_is_read_and_its_four_resolved_statements_found(engine):
    records = core([record_dict(r) for r in extract(ALSEA, engine=engine)])
    assert [r["record_type"] for r in records] == ["pack", "page"]
    page = records[1]
    assert page["ocr"] is True and page["ocr_confidence"] > 0.8
    assert page["text"].count("BE IT RESOLVED") == 4


@needs_tesseract
@needs_gold
def test_port_of_alsea_ocr_holds_each_gold_statement():
    gold = [json.loads(line) for line in (GOLD / "all.jsonl").read_text().splitlines()
            if line.strip() and ALSEA.name in line]
    assert len(gold) == 4
    page = next(r for r in extract(ALSEA) if r.record_type == "page")
    text = fold_for_match(stitch_lines(page.text.splitlines()))
    for item in gold:
        want = fold_for_match(item["text"])
        match = difflib.SequenceMatcher(None, text, want, autojunk=False).find_longest_match(0, len(text), 0, len(want))
        start = max(match.a - match.b, 0)
        window = text[start:start + len(want)]
        assert difflib.SequenceMatcher(None, window, want, autojunk=False).ratio() > 0.95, (want, window)


def test_a_failing_tesseract_gives_an_ocr_warning_and_the_file_goes_on(tmp_path):
    fake = tmp_path / "tesseract"
    fake.write_text("#!/bin/sh\necho 'Error: cannot read input' >&2\nexit 3\n")
    fake.chmod(0o755)
    records = core([record_dict(r) for r in extract(fixture_pdf("scanned.pdf"), ocr=OcrSettings(tesseract=str(fake)))])
    assert [r["record_type"] for r in records] == ["pack", "page", "warning"]
    warning = records[-1]
    assert (warning["stage"], warning["kind"], warning["source"]["pages"]) == ("ocr", "ocr_failed", [1])
    assert warning["message"] == (
        "scanned.pdf: page 1: Tesseract failed (Error: cannot read input) (Tesseract could not read the page; "
        "check `tesseract --version` works, or try a cleaner scan)")


def test_a_page_with_a_text_layer_is_never_ocrd(tmp_path):
    fake = tmp_path / "tesseract"
    fake.write_text("#!/bin/sh\nexit 9\n")
    fake.chmod(0o755)
    records = core(list(extract(fixture_pdf("no-resolved.pdf"), ocr=OcrSettings(tesseract=str(fake)))))
    assert [r.record_type for r in records] == ["pack", "page", "page"]
    assert not any(r.ocr for r in records if r.record_type == "page")


def scanned_pack(pages: int) -> bytes:
    import io

    import pypdfium2 as pdfium

    pack = pdfium.PdfDocument.new()
    scan = pdfium.PdfDocument(fixture_pdf("scanned.pdf"))
    for _ in range(pages):
        pack.import_pages(scan)
    buf = io.BytesIO()
    pack.save(buf)
    return buf.getvalue()


TSV_ONE_WORD = ("level\\tpage_num\\tblock_num\\tpar_num\\tline_num\\tword_num\\tleft\\ttop\\twidth\\theight\\tconf\\ttext\\n"
                "5\\t1\\t1\\t1\\t1\\t1\\t300\\t300\\t600\\t60\\t88\\tRESOLVED\\n")


def fake_tesseract(tmp_path, pause: float = 0.0):
    """A stand-in for tesseract that answers every page with one word, logging when each run starts and ends."""
    fake, log = tmp_path / "tesseract", tmp_path / "runs.log"
    fake.write_text(f"#!/bin/sh\ncat > /dev/null\necho start $(date +%s.%N) >> {log}\nsleep {pause}\n"
                    f"echo end $(date +%s.%N) >> {log}\nprintf '{TSV_ONE_WORD}'\n")
    fake.chmod(0o755)
    return fake, log


def most_at_once(log) -> int:
    events = sorted((float(t), 1 if kind == "start" else -1)
                    for kind, t in (line.split() for line in log.read_text().splitlines()))
    now = peak = 0
    for _, step in events:
        now += step
        peak = max(peak, now)
    return peak


def test_parallel_ocr_gives_the_same_pages_in_order(tmp_path):
    fake, log = fake_tesseract(tmp_path, pause=0.5)
    data = scanned_pack(4)
    one = [r.model_dump() for r in extract(data, name="p.pdf", ocr=OcrSettings(tesseract=str(fake)))]
    assert most_at_once(log) == 1
    log.unlink()
    three = [r.model_dump() for r in extract(data, name="p.pdf", ocr=OcrSettings(tesseract=str(fake), jobs=3))]
    assert three == one
    assert most_at_once(log) > 1  # runs overlapped: rendering the next page takes far less than 0.5 s


def test_every_scanned_page_of_a_pack_is_ocrd_across_document_reopens(tmp_path, monkeypatch):
    import minutebook.extract.pdf.pdfium_engine as pdfium_engine

    fake, _ = fake_tesseract(tmp_path)
    monkeypatch.setattr(pdfium_engine, "REOPEN_EVERY", 1)
    records = list(extract(scanned_pack(3), name="pack.pdf", ocr=OcrSettings(tesseract=str(fake))))
    pages = [r for r in records if r.record_type == "page"]
    assert [(p.number, p.text, p.ocr, p.ocr_confidence) for p in pages] == [(n, "RESOLVED", True, 0.88) for n in (1, 2, 3)]
    assert [r.record_type for r in core(records)] == ["pack", "page", "page", "page"]


def test_a_long_scanned_pack_keeps_its_ocr_readings_in_a_temporary_file_with_the_same_records(tmp_path):
    """Past `pages_in_memory`, OCR's readings wait in a `PageMap` (a temporary file) like the pages they replace."""
    from dataclasses import replace

    from minutebook.extract.limits import DEFAULT_LIMITS

    fake, _ = fake_tesseract(tmp_path)
    data = scanned_pack(5)
    held = [r.model_dump() for r in extract(data, name="p.pdf", ocr=OcrSettings(tesseract=str(fake)))]
    stored = [r.model_dump() for r in extract(data, name="p.pdf", ocr=OcrSettings(tesseract=str(fake)),
                                              limits=replace(DEFAULT_LIMITS, pages_in_memory=2))]
    assert stored == held
    assert [r["ocr"] for r in held if r["record_type"] == "page"] == [True] * 5
