"""The pdfplumber engine (the reference): lines from extract_text_lines, cues from their chars."""
from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterator

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError

from ..models import Line, Page
from .errors import CorruptPdf, EmptyInput, EncryptedPdf
from .lines import is_bold_font


def plumber_pages(pdf, password: str | None = None) -> Iterator[Page]:
    labels = _pdf_labels(pdf, password)
    try:
        doc = pdfplumber.open(io.BytesIO(pdf.data), password=password or "")
    except PDFPasswordIncorrect as exc:
        raise EncryptedPdf(f"{pdf.name}: encrypted" + (" and the password is wrong" if password else "")) from exc
    except (PDFSyntaxError, Exception) as exc:  # pdfminer raises many kinds on damaged files
        if "password" in str(exc).lower():
            raise EncryptedPdf(f"{pdf.name}: encrypted") from exc
        raise CorruptPdf(f"{pdf.name}: cannot be opened ({type(exc).__name__}: {exc})") from exc
    try:
        if not doc.pages:
            raise EmptyInput(f"{pdf.name}: the PDF has no pages")
        for index, page in enumerate(doc.pages):
            try:
                lines = [_line(item) for item in page.extract_text_lines(strip=True, return_chars=True)]
                yield Page(
                    number=index + 1,
                    width=float(page.width),
                    height=float(page.height),
                    pdf_label=labels[index] if index < len(labels) else None,
                    lines=[line for line in lines if line.text],
                )
            finally:
                page.close()
    finally:
        doc.close()


#: pdfminer writes glyphs it cannot map to Unicode as "(cid:127)"; pdfium drops them, and so do we.
_CID = re.compile(r"\(cid:\d+\)")


def _line(item: dict) -> Line:
    chars = [c for c in item["chars"] if not c["text"].isspace()]
    first = chars[0] if chars else {}
    fonts = Counter(c.get("fontname", "") for c in chars)
    font = fonts.most_common(1)[0][0] if fonts else ""
    return Line(
        text=" ".join(_CID.sub("", item["text"]).split()),
        x0=round(float(item["x0"]), 2),
        top=round(float(item["top"]), 2),
        x1=round(float(item["x1"]), 2),
        bottom=round(float(item["bottom"]), 2),
        size=round(float(first.get("size", 0.0)), 2),
        bold=is_bold_font(font),
    )


def _pdf_labels(pdf, password: str | None) -> list[str | None]:
    """The PDF's page-label dictionary, read through pdfium (pdfplumber does not expose it)."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(pdf.data, password=password)
    except pdfium.PdfiumError:
        return []
    try:
        return [doc.get_page_label(i) or None for i in range(len(doc))]
    finally:
        doc.close()
