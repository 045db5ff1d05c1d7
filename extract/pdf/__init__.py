"""The PDF room: the only code that touches pypdfium2, pdfplumber (pdfminer) or Tesseract.

`read` checks a file and makes it a `PdfFile`; `document.OpenPdf` opens it once per pack, with its engine and
password, and hands the other stages its pages (two engines behind one interface: `pdfium_engine`, the
default, and `plumber_engine`, the reference), its outline (`outline`), ruled tables (`tables`: geometry in
`table_geometry`, page objects from `tables_pdfium` or `tables_plumber`), scanned pages read by Tesseract
(`ocr`) and page images for the evidence page (`render`). Nothing outside this package opens the file or
sees a library's objects.
"""
from .document import OpenPdf
from .read import DEFAULT_ENGINE, ENGINES, PdfFile, PdfInput, ends_early, load_pdf, read_outline, read_pages

__all__ = ["DEFAULT_ENGINE", "ENGINES", "OpenPdf", "PdfFile", "PdfInput", "ends_early", "load_pdf",
           "read_outline", "read_pages"]
