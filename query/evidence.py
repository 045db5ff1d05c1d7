"""The evidence page for one PDF: run the pipeline, render the pages its decisions stand on, write HTML."""
from __future__ import annotations

from ..extract.emit import record_dict
from ..extract.pipeline import extract_open
from ..extract.pdf import OpenPdf
from ..extract.pdf.read import DEFAULT_ENGINE, PdfInput, load_pdf
from ..extract.pdf.render import DEFAULT_SCALE
from ..models.errors import QueryError
from .evidence_boxes import find_phrase, snap
from .evidence_html import DECISIONS, render


def evidence_page(src: PdfInput, name: str | None = None, engine: str = DEFAULT_ENGINE,
                  password: str | None = None, scale: float = DEFAULT_SCALE, all_pages: bool = False) -> str:
    """The self-contained HTML evidence page for a PDF; raises when the PDF gives nothing but errors.

    With `all_pages`, an image of every page is included (a larger file), not only of the decisions' pages.
    """
    with OpenPdf(load_pdf(src, name), engine, password) as doc:  # read and rendered in one opening
        records = [record_dict(r) for r in extract_open(doc)]
        return evidence_for_records(doc, records, scale=scale, all_pages=all_pages)


def evidence_for_records(doc: OpenPdf, records: list[dict], scale: float = DEFAULT_SCALE,
                         all_pages: bool = False) -> str:
    """The evidence page for records already extracted from the open PDF `doc`."""
    pdf = doc.pdf
    if not any(r.get("record_type") == "pack" for r in records):
        problems = [str(r.get("message")) for r in records if r.get("record_type") == "error"]
        raise QueryError("; ".join(problems) or f"{pdf.name}: no records to show")
    wanted = {
        int(box[0])
        for r in records if r.get("record_type") in DECISIONS
        for box in ((r.get("source") or {}).get("boxes") or [])
        if box and isinstance(box[0], int)
    }
    if all_pages:
        wanted |= {r["number"] for r in records if r.get("record_type") == "page" and isinstance(r.get("number"), int)}
    images = doc.render(wanted, scale=scale) if wanted else {}
    ocr = {r.get("number") for r in records if r.get("record_type") == "page" and r.get("ocr")}
    words = doc.words(wanted - ocr) if wanted - ocr else {}
    boxes, answers = placed(records, words)
    from .. import __version__

    return render(records, images, version=__version__, all_pages=all_pages, boxes=boxes, answers=answers)


def placed(records: list[dict], words: dict) -> tuple[dict[str, list], dict[str, list]]:
    """Each decision's boxes checked against the page's words, and each tracker row's response and status."""
    boxes: dict[str, list] = {}
    answers: dict[str, list] = {}
    for r in records:
        if r.get("record_type") not in DECISIONS or not isinstance(r.get("source"), dict):
            continue
        own = r["source"].get("boxes") or []
        boxes[str(r.get("id"))] = snap(own, r["source"].get("quote"), words)
        if r.get("origin") == "tracker" and own:
            page, top = own[0][0], own[0][2]
            found = []
            for text in dict.fromkeys(t for t in (r.get("response"), r.get("status")) if t):
                found += find_phrase(text, page, words.get(page, []), near=top)
            if found:
                answers[str(r.get("id"))] = found
    return boxes, answers
