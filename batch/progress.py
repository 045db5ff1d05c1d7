"""The one-line progress display of a batch (files and pages done, pages/s, errors); the CLI prints it."""
from __future__ import annotations

from .run import Summary


def progress_line(summary: Summary, width: int = 24) -> str:
    """`[#######.........] 12/40 files  310 pages  95.2 pages/s  1 failed  3 skipped`"""
    total = max(summary.total, 1)
    filled = round(width * summary.done / total)
    parts = [f"[{'#' * filled}{'.' * (width - filled)}] {summary.done}/{summary.total} files",
             f"{summary.pages} pages", f"{summary.pages_per_second:.1f} pages/s"]
    if summary.failed:
        parts.append(f"{summary.failed} failed")
    if summary.skipped:
        parts.append(f"{summary.skipped} skipped")
    return "  ".join(parts)


def summary_text(summary: Summary) -> str:
    """The closing lines for people: counts, speed and where the summary file is."""
    counts = f"{summary.ok} ok, {summary.failed} failed, {summary.skipped} skipped"
    if summary.total - summary.done:
        counts += f", {summary.total - summary.done} not run"
    return (f"{summary.total} PDFs ({summary.unique} distinct): {counts}; {summary.pages} pages in "
            f"{summary.seconds:.1f} s ({summary.pages_per_second:.1f} pages/s)")
