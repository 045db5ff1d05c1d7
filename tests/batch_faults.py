"""Test-only faults for batch workers: initializers that make the pipeline crash or hang on one file name.

The batch tests pass these as `BatchOptions(init=...)`; each worker runs its initializer before its first
file, so the fault lives only in the worker processes of that test and only for the named file.
"""
from __future__ import annotations

import ctypes
import functools
import time

from minutebook.extract import pipeline


def _inject(fault: str, name: str) -> None:
    original = pipeline.extract

    def extract(src, *args, **kwargs):
        if kwargs.get("name", args[0] if args else None) == name:
            if fault == "segfault":
                ctypes.string_at(0)  # a real SIGSEGV, as a crash inside a C library gives
            elif fault == "hang":
                time.sleep(3600)
            elif fault == "raise":
                raise RuntimeError("injected failure")
            elif fault == "memory":
                bytearray(1 << 30)  # 1 GiB, over the worker's cap in the test
        return original(src, *args, **kwargs)

    pipeline.extract = extract


def segfault_on(name: str):
    return functools.partial(_inject, "segfault", name)


def hang_on(name: str):
    return functools.partial(_inject, "hang", name)


def raise_on(name: str):
    return functools.partial(_inject, "raise", name)


def hog_memory_on(name: str):
    return functools.partial(_inject, "memory", name)


def _append(path: str) -> None:
    with open(path, "ab") as stream:
        stream.write(b"\n% changed after the batch hashed it\n")


def change_file(path) -> functools.partial:
    """An initializer that alters a file after the batch planned it (its hash) and before a worker runs it."""
    return functools.partial(_append, str(path))


def _hang_noting(name: str, folder: str) -> None:
    """Hang on `name` like `hang_on`, first starting a child process (as OCR starts Tesseract) and writing both
    process ids to `folder`/pids, so a test can see whether they outlive the batch."""
    import os
    import subprocess

    original = pipeline.extract

    def extract(src, *args, **kwargs):
        if kwargs.get("name", args[0] if args else None) == name:
            child = subprocess.Popen(["sleep", "300"])
            with open(os.path.join(folder, "pids"), "w") as out:
                out.write(f"{os.getpid()} {child.pid}\n")
            time.sleep(3600)
        return original(src, *args, **kwargs)

    pipeline.extract = extract


def hang_noting_pids_on(name: str, folder) -> functools.partial:
    return functools.partial(_hang_noting, name, str(folder))
