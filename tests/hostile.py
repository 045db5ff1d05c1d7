"""A factory of hostile PDFs and a harness that runs minutebook on them under a time and a memory limit.

Every PDF here is built by the tests (nothing large is committed): reference cycles that pdfminer would follow
forever, pages dense with RESOLVED statements, huge page boxes. `run_limited` runs a command in a child process
with RLIMIT_AS and a wall-clock timeout, so a regression shows up as a failed test, never a hung or swapping CI.
"""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass

from pdfgen import _escape, assemble

#: Default limits for one hostile run: generous for a tiny PDF, far below a hang or a blow-up.
TIME_LIMIT = 60.0
MEMORY_LIMIT_MB = 1500

_CONTENT = b"BT /F1 12 Tf 72 700 Td (Hello from a hostile PDF) Tj ET"
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def _stream(body: bytes, length: bytes | None = None) -> bytes:
    return b"<< /Length " + (length or b"%d" % len(body)) + b" >>\nstream\n" + body + b"\nendstream"


def pages_self_reference() -> bytes:
    """The catalog's /Pages is object 2, and object 2 is `2 0 R` (298 bytes in the report; a few hundred here)."""
    return assemble([b"<< /Type /Catalog /Pages 2 0 R >>", b"2 0 R"])


def pages_two_cycle() -> bytes:
    """/Pages -> 2 -> 3 -> 2: a reference cycle of two objects."""
    return assemble([b"<< /Type /Catalog /Pages 2 0 R >>", b"3 0 R", b"2 0 R"])


def length_self_reference() -> bytes:
    """A readable page whose content stream's /Length is object 6, and object 6 is `6 0 R`."""
    return _page_with_length_objects([b"6 0 R"])


def length_two_cycle() -> bytes:
    """As `length_self_reference`, the /Length going 6 -> 7 -> 6."""
    return _page_with_length_objects([b"7 0 R", b"6 0 R"])


def _page_with_length_objects(objects: list[bytes]) -> bytes:
    """One readable page whose content stream's /Length is `6 0 R`, objects 6, 7, ... being `objects`."""
    return assemble([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        _stream(_CONTENT, b"6 0 R"),
        _FONT,
        *objects,
    ])


def dense_page(statements: int, one_line: bool = True, formula: str = "RESOLVED") -> bytes:
    """One page holding `statements` short 'RESOLVED that item N be approved.' runs, on one line or one each
    (`formula` in place of RESOLVED: "AGREED" gives decisions worded without it)."""
    texts = [f"{formula} that item {n} be approved." for n in range(1, statements + 1)]
    if one_line:
        ops = [b"BT /F1 4 Tf 10 780 Td (" + _escape(" ".join(texts)).encode() + b") Tj ET"]
    else:
        ops = [b"BT /F1 2 Tf 10 790 Td 2.2 TL"] + [b"(" + _escape(t).encode() + b") Tj T*" for t in texts] + [b"ET"]
    return _one_page(b"\n".join(ops))


def huge_mediabox(points: float = 14400, user_unit: float | None = None) -> bytes:
    """A page `points` wide and tall (PDF allows 14,400), optionally magnified by /UserUnit."""
    unit = b" /UserUnit %g" % user_unit if user_unit else b""
    return assemble([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g]%s /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>" % (points, points, unit),
        _stream(_CONTENT),
        _FONT,
    ])


def _one_page(content: bytes) -> bytes:
    return assemble([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        _stream(content),
        _FONT,
    ])


#: name -> builder, for tests that run every hostile file the same way.
CYCLES = {
    "pages-self-reference.pdf": pages_self_reference,
    "pages-two-cycle.pdf": pages_two_cycle,
    "length-self-reference.pdf": length_self_reference,
    "length-two-cycle.pdf": length_two_cycle,
}


@dataclass
class Limited:
    returncode: int | None  # None: killed at the time limit
    stdout: bytes
    stderr: bytes

    @property
    def timed_out(self) -> bool:
        return self.returncode is None

    def text(self) -> str:
        return self.stdout.decode("utf-8", "replace")

    def err(self) -> str:
        return self.stderr.decode("utf-8", "replace")


def run_limited(args: list[str], timeout: float = TIME_LIMIT, memory_mb: int = MEMORY_LIMIT_MB,
                stdin: bytes | None = None, cwd: str | None = None, env: dict | None = None) -> Limited:
    """Run `args` in a child process under a wall-clock and an address-space limit; a hang is reported, not
    waited for (the child's whole process group is killed)."""
    def limit() -> None:
        import resource

        os.setsid()  # its own group: a timeout kills whatever it started too
        cap = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    proc = subprocess.Popen(args, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=limit, cwd=cwd, env=env)
    try:
        out, err = proc.communicate(stdin, timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        out, err = proc.communicate()
        return Limited(None, out, err)
    return Limited(proc.returncode, out, err)


def minutebook(*args: str, **kw) -> Limited:
    """`minutebook ARGS` (this interpreter's install) under the limits."""
    code = "import sys; from minutebook.cli import main; main(sys.argv[1:], prog_name='minutebook')"
    return run_limited([sys.executable, "-c", code, *args], **kw)
