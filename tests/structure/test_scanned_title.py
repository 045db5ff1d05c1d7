"""A scanned pack's body: from its letterhead, never from a table line under it, or none with a warning."""
from __future__ import annotations

import pytest

from minutebook.extract.emit import record_dict
from minutebook.extract.pages.layout import Row
from minutebook.extract.pipeline import extract
from minutebook.extract.structure.header import letterhead, strip_edge_noise, title_block
from minutebook.models import Line

from conftest import corpus_pdf, needs_tesseract

# The head of the Port of Alsea budget resolution as Tesseract reads it (text, top, size), a public record.
ALSEA_HEAD = [
    ("@™ Port OF ALSEA", 38.6, 37.7), ("PORT OF ALSEA 2017 BUDGET RESOLUTION", 108.7, 10.1),
    ("No. 05-23-2018", 122.4, 8.4), ("ADOPTING THE BUDGET", 147.6, 8.9),
    ("BE IT RESOLVED that the Board of Commissioners of the Port of Alsea hereby adopts the budget for", 169.7, 15.4),
    ("the fiscal year 2018-2019 in the sum of $3,356,864.00, now on file at the Port of Alsea office, 365 Port",
     182.2, 14.6),
    ("Street, Waldport, OR 97394.", 195.1, 11.0), ("shown below are hereby appropriated:", 232.8, 12.5),
    ("General Fund:", 258.5, 9.1), ("Personnel Services $ 63,560", 271.9, 12.2),
    ("Material and Services 750,364", 284.2, 12.2), ("Capital Outlay 4,000", 296.4, 12.2),
    ("Interfund Transfers 2,254", 308.6, 12.7),
]


def rows(head):
    return [Row(1, text, line, (line,)) for text, top, size in head
            for line in [Line(text=text, x0=72.0, top=top, x1=500.0, bottom=top + size, size=size)]]


def test_a_scanned_title_block_names_the_body_from_its_letterhead():
    block = title_block(rows(ALSEA_HEAD), 12.2, scanned=True)
    assert (block.body, block.council) == ("Port OF ALSEA", None)
    assert "letterhead" in block.name_note and "Port OF ALSEA" in block.name_note
    # read as a text layer, the same rows give a table line: what the scan rule is for
    assert title_block(rows(ALSEA_HEAD), 12.2).body == "Interfund Transfers 2,254"


@pytest.mark.parametrize("head", [
    # near miss: nothing stands out from the body text
    [(text, top, 12.0) for text, top, _ in ALSEA_HEAD],
    # near miss: the biggest line is a logo OCR read as symbols
    [("@® ~~ |||", 38.6, 37.7), *ALSEA_HEAD[1:]],
])
def test_a_scan_without_a_readable_letterhead_has_no_body_and_says_so(head):
    block = title_block(rows(head), 12.2, scanned=True)
    assert block.body is None and block.council is None
    assert "could not be read" in block.name_note


@pytest.mark.parametrize("text, clean", [
    ("@™ Port OF ALSEA", "Port OF ALSEA"),
    ("«Milburn Parish Council »", "Milburn Parish Council"),
    ("Scrutiny Committee (Environment)", "Scrutiny Committee (Environment)"),
    ("'Quoted' Council.", "'Quoted' Council."),
])
def test_edge_noise(text, clean):
    assert strip_edge_noise(text) == clean


def test_a_text_layer_is_read_as_before():
    assert title_block(rows(ALSEA_HEAD), 12.2).name_note is None
    assert letterhead(rows(ALSEA_HEAD[1:]), 12.2) is None


@needs_tesseract
def test_the_scanned_pack_and_its_decisions_carry_the_letterheads_body():
    records = [record_dict(r) for r in extract(corpus_pdf("port-of-alsea-budget-resolution-2018-05-23.pdf"))]
    pack = next(r for r in records if r["record_type"] == "pack")
    assert (pack.get("body"), pack.get("title")) == ("Port OF ALSEA", "Port OF ALSEA")
    resolutions = [r for r in records if r["record_type"] == "resolution"]
    assert resolutions and {r["meeting"]["body"] for r in resolutions} == {"Port OF ALSEA"}
    assert any("letterhead" in r["message"] for r in records if r["record_type"] == "warning")
