"""One file's work in a child process under a memory cap: a PDF that needs gigabytes ends that child, not the run.

A page whose content inflates to gigabytes (a 3 MB file can hold 3 GB) or that claims to be a mile wide cannot
be stopped inside pdfium, which aborts the process when an allocation fails. So `extract`, `pages` and `show`
run each file's work in a forked child with its data memory capped (`limits.apply_memory_limit`): past the cap
the child dies (MemoryError, or pdfium's abort) and the parent gives that file a `resource_limit` error, and
`extract` goes on with the next file. The child sends its output back as lines of text over a pipe, as it
makes them; a `MinutebookError` it raises is raised again in the parent. Where there is no fork (Windows) or
no cap is asked for, the work runs in this process.
"""
from __future__ import annotations

import os
import select
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator

from ...models.errors import Crashed, MinutebookError, ResourceLimit, TimedOut, all_kinds
from ..limits import MIB, apply_memory_limit

#: Exit code of a child that ran out of memory in Python (MemoryError).
_OUT_OF_MEMORY = 86
#: A line that carries a `MinutebookError` back to the parent: marker, kind, tab, message.
_PROBLEM = "\x00"


def run_isolated(work: Callable[[], Iterable[str]], memory: int | None, what: str,
                 deadline: float | None = None) -> Iterator[str]:
    """The lines `work()` yields, made in a child process whose data memory is capped at `memory` bytes and
    which is stopped after `deadline` seconds.

    Raises `ResourceLimit` when the child runs out of memory, `TimedOut` when it passes the deadline (a reader
    looping in C, which no alarm inside the process can stop), `Crashed` when it dies of a signal, and any
    `MinutebookError` the work raised, after the lines it had sent. `what` names the file for messages. With
    neither a cap nor a deadline, or no fork, the work runs in this process.
    """
    if (memory is None and deadline is None) or not hasattr(os, "fork"):
        yield from work()
        return
    sys.stdout.flush()
    sys.stderr.flush()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        code = 0
        try:
            signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends the child at once; the parent reports
            if memory is not None:
                apply_memory_limit(memory)
            with os.fdopen(write_end, "w", buffering=1, encoding="utf-8", errors="backslashreplace") as out:
                try:
                    for line in work():
                        out.write(line.replace("\n", " ") + "\n")
                except MinutebookError as exc:
                    out.write(f"{_PROBLEM}{exc.kind}\t{str(exc).replace(chr(10), ' ')}\n")
        except MemoryError:
            code = _OUT_OF_MEMORY
        except BaseException:  # noqa: BLE001 - a bug: say it as the parent would, then end
            import traceback

            traceback.print_exc()
            code = 1
        os._exit(code)
    os.close(write_end)
    problem: MinutebookError | None = None
    finished = timed_out = False
    end = time.monotonic() + deadline if deadline else None
    pending = bytearray()
    try:
        while True:
            if end is not None:
                remaining = end - time.monotonic()
                if remaining <= 0 or not select.select([read_end], [], [], remaining)[0]:
                    timed_out = True
                    break
            chunk = os.read(read_end, 1 << 16)
            if not chunk:
                break
            pending += chunk
            last = pending.rfind(b"\n")
            if last < 0:
                continue
            complete = bytes(pending[:last])
            del pending[:last + 1]
            for raw in complete.split(b"\n"):
                line = raw.decode("utf-8", "replace")
                if line.startswith(_PROBLEM):
                    kind, _, message = line[1:].partition("\t")
                    problem = _problem(kind, message)
                else:
                    yield line
        finished = not timed_out
    finally:
        os.close(read_end)
        if not finished:  # past the deadline, or the parent stopped reading (Ctrl-C): end the child
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        _, status = os.waitpid(pid, 0)
    if timed_out:
        raise TimedOut(f"{what}: reading took longer than the time limit of {deadline:g} s and was stopped")
    if problem is not None:
        raise problem
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig in (signal.SIGABRT, signal.SIGKILL):  # pdfium aborts when an allocation fails
            raise ResourceLimit(f"{what}: stopped at the memory limit of {(memory or 0) // MIB} MiB "
                                f"(signal {signal.Signals(sig).name})")
        if sig == signal.SIGINT:
            raise KeyboardInterrupt
        raise Crashed(f"{what}: the PDF library crashed (signal {_signal_name(sig)})")
    if os.WIFEXITED(status) and os.WEXITSTATUS(status) == _OUT_OF_MEMORY:
        raise ResourceLimit(f"{what}: stopped at the memory limit of {(memory or 0) // MIB} MiB")
    if os.WIFEXITED(status) and os.WEXITSTATUS(status) != 0:
        raise Crashed(f"{what}: the worker process failed (exit code {os.WEXITSTATUS(status)})")


def _signal_name(sig: int) -> str:
    try:
        return signal.Signals(sig).name
    except ValueError:
        return str(sig)


def _problem(kind: str, message: str) -> MinutebookError:
    """A `MinutebookError` of the kind the child raised, with its message (the hint is already in it)."""
    cls = all_kinds().get(kind, MinutebookError)
    exc = MinutebookError.__new__(cls)
    Exception.__init__(exc, message)
    exc.hint = ""  # str(exc) in the child already ends with the hint
    return exc
