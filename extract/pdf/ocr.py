"""Stage 1b, ocr: pages without a usable text layer (scans) read by Tesseract into the same `Page` model.

A page needs OCR when its text layer holds (almost) no readable characters but the page shows an image that
covers a good part of it; a blank page (no text, no big image) is left alone. Such a page is rendered with
pypdfium2 (300 dpi by default, capped in pixels by `Limits.max_render_pixels`) and passed to the `tesseract`
command on stdin; its TSV words become `Line`s with boxes in PDF points (origin top-left of the page as
displayed), `ocr=True` and `ocr_confidence` (Tesseract's mean word confidence, 0 to 1).

Without Tesseract, or with OCR turned off, the pages are kept as they are (no lines) and one `NoTextLayer`
problem names them, so the user learns how to read them. Nothing here reaches the network or writes files.
"""
from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from collections import deque
from collections.abc import Callable, MutableMapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from ...models import Line, Page
from ...models.errors import MinutebookError, NoTextLayer, OcrFailed
from ..problems import raise_problem
from .pdfium_engine import PdfiumHandle
from ..limits import DEFAULT_LIMITS, Limits, render_scale
from ..pages.store import Pages

#: Fewer readable characters than this on a page means it has no usable text layer.
MIN_TEXT_CHARS = 20
#: Share of the page an image must cover for a page without text to count as scanned.
MIN_IMAGE_COVER = 0.25


@dataclass(frozen=True)
class OcrSettings:
    enabled: bool = True
    dpi: int = 300
    language: str = "eng"
    #: Seconds Tesseract may take on one page before the page is given up (with a warning).
    page_timeout: float = 120.0
    #: The command to run; found on PATH when None.
    tesseract: str | None = None
    #: Tesseract processes at once for one file (1 in batch runs, which already use a process per core).
    jobs: int = 1


DEFAULT_OCR = OcrSettings()


def tesseract_path(settings: OcrSettings = DEFAULT_OCR) -> str | None:
    """Where the tesseract command is, or None when it is not installed."""
    return shutil.which(settings.tesseract or "tesseract")


def usable_text(page: Page) -> bool:
    """Whether a page's text layer has enough readable characters to be worth keeping."""
    readable = 0
    for line in page.lines:
        readable += sum(map(str.isalnum, line.text))
        if readable >= MIN_TEXT_CHARS:  # most pages answer within a line or two
            return True
    return False


def ocr_pages(handle: PdfiumHandle, pages: Pages, settings: OcrSettings = DEFAULT_OCR,
              limits: Limits = DEFAULT_LIMITS, report: Callable[[MinutebookError], None] | None = None,
              candidates: list[int] | None = None) -> Pages:
    """The pages, with those that are scans OCR'd when Tesseract is available; the pages are rendered from the
    PDF behind `handle`. Problems go to `report`. `candidates`: the numbers of the pages without
    `usable_text`, when the caller noted them as it read."""
    if candidates is None:
        candidates = [page.number for page in pages if not usable_text(page)]
    if not candidates:
        return pages
    report = report or raise_problem
    import pypdfium2 as pdfium

    name = handle.name
    try:
        handle.document()
    except pdfium.PdfiumError as exc:  # the text engine read it, pdfium cannot: leave the pages as they are
        problem = OcrFailed(f"{name}: pages without text could not be rendered for OCR ({exc})")
        problem.pages = tuple(candidates)
        report(problem)
        return pages
    try:
        scanned = []
        for number in candidates:
            try:
                if _image_cover(handle.for_page()[number - 1]) >= MIN_IMAGE_COVER:
                    scanned.append(number)
            except Exception as exc:  # a page pdfium cannot load: it stays as the text engine read it
                report(_render_failed(name, number, exc))
        if not scanned:
            return pages
        exe = tesseract_path(settings) if settings.enabled else None
        if exe is None:
            why = "OCR is turned off" if not settings.enabled else "Tesseract is not installed"
            message = f"{name}: {_pages_phrase(scanned)} no text layer and {why}"
            report(NoTextLayer(message, scanned, ocr_off=not settings.enabled))
            return pages
        done = pages.new_map()
        with ThreadPoolExecutor(max_workers=max(1, settings.jobs)) as pool:
            running: deque[tuple[int, Future]] = deque()
            for number in scanned:
                try:  # rendering stays on this thread (pdfium is not thread-safe); Tesseract runs in the pool
                    image = render_page(handle.for_page(), number, settings, limits)
                except Exception as exc:  # a damaged page: it stays unread, the others go on
                    report(_render_failed(name, number, exc))
                    continue
                running.append((number, pool.submit(read_image, image, exe, settings, name)))
                while len(running) >= max(1, settings.jobs):
                    _collect(running.popleft(), done, report)
            while running:
                _collect(running.popleft(), done, report)
        return pages.replace(done)
    finally:
        handle.rest()


def _collect(item: tuple[int, Future], done: MutableMapping[int, Page], report: Callable[[MinutebookError], None]) -> None:
    number, future = item
    try:
        done[number] = future.result()
    except OcrFailed as exc:
        exc.pages = (number,)
        report(exc)


def _render_failed(name: str, number: int, exc: Exception) -> OcrFailed:
    problem = OcrFailed(f"{name}: page {number} could not be rendered ({type(exc).__name__}: {exc})")
    problem.pages = (number,)
    return problem


@dataclass(frozen=True)
class PageImage:
    """A page rendered for OCR: its PNG bytes and what is needed to map pixels back to points."""

    number: int
    width: float
    height: float
    label: str | None
    scale: float
    png: bytes


def render_page(doc, number: int, settings: OcrSettings = DEFAULT_OCR, limits: Limits = DEFAULT_LIMITS) -> PageImage:
    """Render one page (1-based) of an open pypdfium2 document to a grey PNG, within the pixel cap."""
    page = doc[number - 1]
    try:
        width, height = page.get_size()
        scale = render_scale(width, height, settings.dpi, limits)
        bitmap = page.render(scale=scale, grayscale=True)
        try:
            image = bitmap.to_pil()
        finally:
            bitmap.close()
        label = doc.get_page_label(number - 1) or None
    finally:
        page.close()
    png = io.BytesIO()
    image.save(png, format="PNG")
    return PageImage(number, width, height, label, scale, png.getvalue())


def read_image(image: PageImage, exe: str, settings: OcrSettings = DEFAULT_OCR, name: str = "<pdf>") -> Page:
    """OCR a rendered page into a `Page` with `ocr=True`."""
    dpi = round(72 * image.scale)
    tsv = run_tesseract(exe, image.png, dpi, settings, f"{name}: page {image.number}")
    lines, confidence = lines_from_tsv(tsv, 1.0 / image.scale)
    return Page(number=image.number, width=image.width, height=image.height, pdf_label=image.label, lines=lines,
                ocr=True, ocr_confidence=confidence)


def ocr_page(doc, number: int, exe: str, settings: OcrSettings = DEFAULT_OCR, limits: Limits = DEFAULT_LIMITS,
             name: str = "<pdf>") -> Page:
    """OCR one page (1-based) of an open pypdfium2 document into a `Page`."""
    return read_image(render_page(doc, number, settings, limits), exe, settings, name)


def run_tesseract(exe: str, png: bytes, dpi: int, settings: OcrSettings, what: str) -> str:
    """Tesseract's TSV output for one PNG image, given on stdin."""
    # One thread per process: Tesseract's OpenMP threads slow it down several times over on small machines,
    # and batch runs already use a process per file.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    cmd = [exe, "stdin", "stdout", "--dpi", str(dpi), "-l", settings.language, "--psm", "3", "tsv"]
    try:
        done = subprocess.run(cmd, input=png, capture_output=True, timeout=settings.page_timeout, env=env,
                              check=False)
    except subprocess.TimeoutExpired as exc:
        raise OcrFailed(f"{what}: Tesseract took longer than {settings.page_timeout:.0f} s") from exc
    except OSError as exc:
        raise OcrFailed(f"{what}: Tesseract could not be run ({exc})") from exc
    if done.returncode != 0:
        err = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrFailed(f"{what}: Tesseract failed ({err[-1] if err else f'exit {done.returncode}'})")
    return done.stdout.decode("utf-8", "replace")


def lines_from_tsv(tsv: str, points_per_pixel: float) -> tuple[list[Line], float | None]:
    """Tesseract TSV words -> `Line`s in reading order (block, paragraph, line), and the mean confidence."""
    groups: dict[tuple[int, int, int, int], list[dict]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        try:
            if int(row["level"]) != 5 or not (row.get("text") or "").strip() or float(row["conf"]) < 0:
                continue
            key = (int(row["page_num"]), int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
        except (KeyError, TypeError, ValueError):
            continue
        groups.setdefault(key, []).append(row)
    lines = []
    confidences = []
    for key in sorted(groups):
        words = groups[key]
        x0 = min(int(w["left"]) for w in words)
        top = min(int(w["top"]) for w in words)
        x1 = max(int(w["left"]) + int(w["width"]) for w in words)
        bottom = max(int(w["top"]) + int(w["height"]) for w in words)
        confidences.extend(float(w["conf"]) for w in words)
        lines.append(Line(
            text=" ".join(w["text"].strip() for w in words),
            x0=round(x0 * points_per_pixel, 2),
            top=round(top * points_per_pixel, 2),
            x1=round(x1 * points_per_pixel, 2),
            bottom=round(bottom * points_per_pixel, 2),
            # Tesseract gives no font size; the line's height in points stands in for it.
            size=round((bottom - top) * points_per_pixel, 2),
        ))
    confidence = round(sum(confidences) / len(confidences) / 100.0, 3) if confidences else None
    return lines, confidence


def _image_cover(page) -> float:
    """Share of the page's area covered by its largest image (0 when it has none)."""
    import pypdfium2.raw as raw

    try:
        width, height = page.get_size()
        area = max(width * height, 1.0)
        best = 0.0
        for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):
            left, bottom, right, top = obj.get_bounds()
            best = max(best, (right - left) * (top - bottom) / area)
        return min(best, 1.0)
    finally:
        page.close()


def _pages_phrase(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return f"page {numbers[0]} has"
    return "pages " + ", ".join(map(str, numbers)) + " have"
