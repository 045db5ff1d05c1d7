"""The evidence page for one PDF: run the pipeline, render the pages its decisions stand on, write HTML."""
from __future__ import annotations

from ..extract.emit import record_dict
from ..extract.pipeline import extract_open
from ..extract.pdf import OpenPdf
from ..extract.pdf.read import DEFAULT_ENGINE, PdfInput, load_pdf
from ..extract.pdf.render import DEFAULT_SCALE
from .errors import QueryError
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
    from .. import __version__

    return render(records, images, version=__version__, all_pages=all_pages)
