"""What can go wrong with an input PDF, as exceptions the pipeline turns into error records."""
from __future__ import annotations


class MinutebookError(Exception):
    """Base of the errors minutebook raises for bad input. `kind` names it for machines, `stage` where."""

    kind = "error"
    stage = "read"
    hint = ""

    def __str__(self) -> str:
        base = super().__str__()
        return f"{base} ({self.hint})" if self.hint else base


class NotAPdf(MinutebookError):
    kind = "not_a_pdf"
    hint = "the file does not start with %PDF-; is it an HTML error page or another format saved as .pdf?"


class EmptyInput(MinutebookError):
    kind = "empty"
    hint = "the file has no bytes or no pages; download it again"


class CorruptPdf(MinutebookError):
    kind = "corrupt"
    hint = "the PDF is truncated or damaged; download it again or repair it (e.g. qpdf --qdf in.pdf out.pdf)"


class EncryptedPdf(MinutebookError):
    kind = "encrypted"
    hint = "the PDF is password-protected; pass --password"


class UnknownEngine(MinutebookError):
    kind = "usage"
    hint = "choose pdfium or pdfplumber"
