"""The PDF room: the only code that touches pypdfium2, pdfplumber (pdfminer) or Tesseract.

`read` opens a PDF and yields `Page` models (two engines behind one interface: `pdfium_engine`, the default,
and `plumber_engine`, the reference); `outline` reads bookmarks; `ocr` reads scanned pages with Tesseract;
`render` draws page images for the evidence page; `tables` finds ruled tables (geometry in `table_geometry`,
page objects from `tables_pdfium` or `tables_plumber`). Nothing outside this package sees a library's objects.
"""
from .read import DEFAULT_ENGINE, ENGINES, PdfFile, PdfInput, ends_early, load_pdf, read_outline, read_pages

__all__ = ["DEFAULT_ENGINE", "ENGINES", "PdfFile", "PdfInput", "ends_early", "load_pdf", "read_outline",
           "read_pages"]
