"""The progress of a batch (files and pages done, pages/s, errors) and its closing lines; the CLI prints them.

On a terminal, one bar redrawn in place (`progress_line`); elsewhere (a log file, CI, `2> log`), a plain
line every few seconds (`PlainProgress`), so a long run shows it is alive without filling the log.
"""
from __future__ import annotations

import time
from collections.abc import Callable

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


def plain_line(summary: Summary) -> str:
    """`minutebook: progress 12/40 files, 310 pages, 95.2 pages/s, 1 failed, 3 warnings` (no bar, no \\r)."""
    parts = [f"minutebook: progress {summary.done}/{summary.total} files", f"{summary.pages} pages",
             f"{summary.pages_per_second:.1f} pages/s", f"{summary.failed} failed"]
    if summary.warnings:
        parts.append(f"{summary.warnings} warnings")
    return ", ".join(parts)


class PlainProgress:
    """Calls `write` with a plain progress line at most once every `every` seconds (0: at every update)."""

    def __init__(self, every: float, write: Callable[[str], None], clock: Callable[[], float] = time.monotonic):
        self.every = every
        self.write = write
        self.clock = clock
        self.last = clock()

    def __call__(self, summary: Summary) -> None:
        now = self.clock()
        if now - self.last >= self.every:
            self.last = now
            self.write(plain_line(summary))


def summary_text(summary: Summary) -> str:
    """The closing lines for people: counts, warnings, speed."""
    counts = f"{summary.ok} ok, {summary.failed} failed, {summary.skipped} skipped"
    if summary.total - summary.done:
        counts += f", {summary.total - summary.done} not run"
    with_warnings = sum(1 for f in summary.files if f.get("warnings"))
    if summary.warnings:
        counts += f"; {summary.warnings} warnings in {with_warnings} PDFs"
    return (f"{summary.total} PDFs ({summary.unique} distinct): {counts}; {summary.pages} pages in "
            f"{summary.seconds:.1f} s ({summary.pages_per_second:.1f} pages/s)")


def notable_lines(summary: Summary) -> list[str]:
    """One line per warning that says pages were left unread, naming the file."""
    out = []
    for entry in summary.files:
        for message in entry.get("warning_messages") or []:
            where = "" if str(message).startswith(str(entry.get("name"))) else f"{entry.get('name')}: "
            out.append(f"minutebook: warning: {where}{message}")
    return out
