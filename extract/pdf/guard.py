"""Guards around the PDF libraries: a hostile file must not make a reader loop forever.

`time_budget` bounds a reader call in time (pdfminer's loops are pure Python, so an alarm stops them);
`without_reference_cycles` makes pdfminer read a reference that leads back to itself as null instead of
following it forever. The engines apply them (`plumber_engine`); nothing outside this room needs them.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from ...models.errors import TimedOut


@contextmanager
def time_budget(seconds: float, what: str) -> Iterator[None]:
    """Raise `TimedOut` in the body once it has run `seconds` (a PDF library looping on a hostile file).

    Uses SIGALRM, so it bounds pure-Python loops (pdfminer's) and is in force only in the main thread of a
    POSIX process, and only when no other alarm is set; elsewhere the body runs unbounded, as before (batch
    workers still have their supervisor's time limit).
    """
    usable = (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
              and signal.getitimer(signal.ITIMER_REAL)[0] == 0)
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise TimedOut(f"{what} took longer than {seconds:g} s and was stopped")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)  # and again each second, should a library swallow it
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def without_reference_cycles() -> None:
    """Make pdfminer read a reference cycle (`6 0 obj 6 0 R endobj`, or 6 -> 7 -> 6) as a missing object, which
    the PDF format says is null.

    pdfminer's `resolve1` follows a chain of references with `while isinstance(x, PDFObjRef)`, so such a cycle as
    the catalog's /Pages or a stream's /Length looped forever. `PDFDocument.getobj` now follows the chain itself
    and stops at the first object seen twice; a chain that ends in a value gives that value, as before.
    Idempotent.
    """
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdftypes import PDFObjectNotFound, PDFObjRef

    getobj = PDFDocument.getobj
    if getattr(getobj, "without_cycles", False):
        return

    def guarded(self, objid: int) -> object:
        obj = getobj(self, objid)
        seen = {objid}
        while isinstance(obj, PDFObjRef):
            if obj.objid in seen:
                raise PDFObjectNotFound(objid)
            seen.add(obj.objid)
            obj = getobj(self, obj.objid)
        return obj

    guarded.without_cycles = True
    PDFDocument.getobj = guarded
