"""Drawing helpers for tracker layouts in tests: a ruled or unruled table whose cells wrap to their column."""
from __future__ import annotations

from pdfmaker import grid, shade, text


def wrap(cell: str, width: float, size: float) -> list[str]:
    """Lines of a cell wrapped to `width` points (Helvetica averages about half its size per character);
    an explicit newline always breaks."""
    per_line = max(4, int(width / (size * 0.5)))
    out = []
    for para in cell.split("\n"):
        words, line = para.split(), ""
        for word in words:
            if line and len(line) + 1 + len(word) > per_line:
                out.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        out.append(line)
    return out


def table(xs: list[float], top: float, rows: list[tuple], size: float = 8.0, ruled: bool = True,
          bold_first: bool = True, shaded: set[int] = frozenset(),
          colours: dict[tuple[int, int], tuple] | None = None) -> tuple[list[tuple], float]:
    """Ops for a table with column edges `xs` whose first row is the header; returns (ops, bottom).
    `shaded`: indexes of rows (0 = header) drawn with a grey fill; `colours`: (row, column) -> (r, g, b) fill
    of one cell (a RAG rating)."""
    ops, ys, y = [], [top], top
    pitch = size + 3
    for k, row in enumerate(rows):
        cells = [wrap(cell, xs[c + 1] - xs[c] - 6, size) for c, cell in enumerate(row)]
        height = pitch * max(len(c) for c in cells) + 8
        if k in shaded:
            ops.append(shade(xs[0], y, xs[-1], y + height))
        for (row_k, col), rgb in (colours or {}).items():
            if row_k == k:
                ops.append(shade(xs[col], y, xs[col + 1], y + height, rgb))
        for c, lines in enumerate(cells):
            ops += [text(xs[c] + 3, y + 4 + pitch * n, line, size, bold=bold_first and k == 0)
                    for n, line in enumerate(lines) if line]
        y += height
        ys.append(y)
    if ruled:
        ops += grid(xs, ys)
    return ops, y
