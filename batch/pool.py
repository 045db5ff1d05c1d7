"""Worker processes under supervision: a PDF that crashes or hangs its worker costs only that PDF.

Each worker is a process fed one job at a time over a pipe. The supervisor kills a worker whose job runs past
the time limit, notices a worker that died (a segfault in the PDF library), gives the job an error record and
starts a fresh worker; it also retires a worker after `max_tasks` jobs, so a library that leaks cannot make
memory grow with the size of the archive. Workers come from a forkserver that has the pipeline imported and its spaCy
pipeline built (`warm`), so starting one is cheap and shares nothing with the parent but what it is sent.
"""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import wait

from ..models.errors import Kind, WorkerStartError
from ..extract.limits import apply_memory_limit
from .plan import Job
from .task import Result, TaskConfig, run_job, write_failure

#: Time a new worker may take to start before its first job's clock runs.
STARTUP_GRACE = 60.0
#: Workers in a row that die before taking their first job: the fault is the setup, not a PDF.
STARTUP_FAILURES = 3


def mp_context():
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["minutebook.batch.warm"])
        return ctx
    return multiprocessing.get_context("spawn")


def serve(conn, config: TaskConfig, init: Callable[[], None] | None, lifeline=None, lock_fd: int | None = None) -> None:
    """A worker's main loop: run jobs until told to stop or the parent goes away.

    `lifeline` is the read end of a pipe only the parent holds open: when it closes (the parent died, even by
    SIGKILL), this worker kills its process group (itself and any Tesseract it started). `lock_fd` is the run's
    folder lock, held here too, so a rerun sees the folder busy for as long as any worker of this run lives.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    own_process_group()
    if lifeline is not None:
        watch_parent(lifeline)
    die_with_parent()
    if config.worker_memory:  # a page that inflates to gigabytes ends this worker, not the machine
        apply_memory_limit(config.worker_memory)
    if init is not None:
        init()
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            conn.send(("start", job.sha256))
            conn.send(("done", run_job(job, config)))
        except (BrokenPipeError, ConnectionResetError):  # the parent is gone; so are we, quietly
            return


def own_process_group() -> None:
    """Lead a process group of its own, so the supervisor (and `watch_parent`) can end the worker and what it
    started in one signal, and a Ctrl-C at the terminal reaches only the parent."""
    try:
        os.setpgid(0, 0)
    except (AttributeError, OSError):  # not POSIX
        pass


def watch_parent(lifeline) -> None:
    """Kill this worker's process group as soon as the parent is gone.

    The kernel's parent-death signal (`die_with_parent`) watches the process that forked the worker, which
    under forkserver is the fork server, not the batch: a `kill -9` of the batch left workers running. The
    lifeline is a pipe whose write end only the batch holds, so its end of file is the batch's death, however
    it died. A daemon thread waits for it while the main thread works.
    """
    def wait_for_eof() -> None:
        try:
            while True:
                lifeline.recv()  # the parent never writes: this returns only by raising at end of file
        except (EOFError, OSError):
            pass
        try:
            os.killpg(os.getpgid(0), signal.SIGKILL)
        except (AttributeError, OSError):
            pass
        os._exit(1)

    threading.Thread(target=wait_for_eof, name="minutebook-parent-watch", daemon=True).start()


def die_with_parent() -> None:
    """On Linux, have the kernel kill this worker if the process that forked it dies (the backstop of
    `watch_parent` when workers are forked straight from the batch)."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass


class InheritedFd:
    """A file descriptor handed to a worker as it starts (duplicated into it, as a pipe's end is), or None."""

    def __init__(self, fd: int):
        self.fd = fd

    @classmethod
    def of(cls, fd: int | None) -> "InheritedFd | None":
        return None if fd is None else cls(fd)

    def __reduce__(self):
        from multiprocessing import reduction

        return (_rebuild_fd, (reduction.DupFd(self.fd),))


def _rebuild_fd(dup) -> int:
    return dup.detach()


class Worker:
    """The parent's handle on one worker process and the job it is running."""

    def __init__(self, ctx, config: TaskConfig, init: Callable[[], None] | None = None, lock_fd: int | None = None):
        self.conn, child = ctx.Pipe(duplex=True)
        lifeline, self.lifeline = ctx.Pipe(duplex=False)  # the worker reads, the parent holds the write end
        self.process = ctx.Process(target=serve, args=(child, config, init, lifeline, InheritedFd.of(lock_fd)),
                                   daemon=True, name="minutebook-worker")
        self.process.start()
        child.close()
        lifeline.close()
        self.config = config
        self.job: Job | None = None
        self.started = 0.0
        self.deadline = float("inf")
        self.tasks = 0
        self.acked = False  # has it started a job yet (did it start at all)?

    def submit(self, job: Job, time_limit: float | None) -> None:
        self.conn.send(job)
        self.job = job
        self.started = time.monotonic()
        self.tasks += 1
        self.deadline = self.started + max(time_limit, STARTUP_GRACE) if time_limit else float("inf")

    def receive(self, time_limit: float | None) -> Result | None:
        """Read one message: the result when the job is done, None when it has only started.

        Raises EOFError when the worker died.
        """
        kind, payload = self.conn.recv()
        if kind == "start":
            self.acked = True
            self.started = time.monotonic()
            self.deadline = self.started + time_limit if time_limit else float("inf")
            return None
        self.job = None
        return payload

    def run(self, job: Job, time_limit: float | None) -> tuple[Result, bool]:
        """Run one job and wait for it; return its result and whether the worker is still usable."""
        self.submit(job, time_limit)
        while True:
            if self.conn.poll(max(0.0, min(self.deadline - time.monotonic(), 3600))):
                try:
                    result = self.receive(time_limit)
                except (EOFError, OSError):
                    how = self.death()
                    if not self.acked:
                        self.kill()
                        raise WorkerStartError(f"the worker died before its first file ({how})") from None
                    failure = self.fail(Kind.CRASHED, crashed_message(how))
                    self.kill()
                    return failure, False
                if result is not None:
                    return result, True
            elif time.monotonic() >= self.deadline:
                self.kill()
                return self.fail(Kind.TIMEOUT, timeout_message(time_limit or 0)), False

    def fail(self, kind: Kind, message: str) -> Result:
        """Give the running job its error record after the worker was lost."""
        job, self.job = self.job, None
        result = write_failure(job, self.config, kind, message)
        result.seconds = round(time.monotonic() - self.started, 4)
        result.worker = self.process.pid or 0
        return result

    def death(self) -> str:
        self.process.join(timeout=5)
        code = self.process.exitcode
        if code is not None and code < 0:
            try:
                return f"signal {signal.Signals(-code).name}"
            except ValueError:
                return f"signal {-code}"
        return f"exit code {code}"

    def kill(self) -> None:
        """Kill the worker and whatever it started (its process group: a Tesseract run, say)."""
        if self.process.is_alive() and self.process.pid:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except (AttributeError, OSError):  # it had not made its group yet
                self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()
        self.lifeline.close()

    def stop(self) -> None:
        """Let an idle worker exit on its own; kill it if it does not."""
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(timeout=5)
        self.kill()


def crashed_message(how: str) -> str:
    return (f"the worker process died ({how}) while processing this file, probably a crash in the PDF "
            "library; the rest of the batch went on")


def timeout_message(limit: float) -> str:
    return f"processing took longer than the time limit of {limit:g} s and was stopped; raise --time-limit"


def run_local(jobs: Iterable[Job], config: TaskConfig, workers: int, time_limit: float | None = None,
              max_tasks: int | None = None, init: Callable[[], None] | None = None,
              lock_fd: int | None = None) -> Iterator[Result]:
    """Run jobs on `workers` supervised processes; yield one result per job, in the order they finish.

    `lock_fd`, the run's folder lock, is held by every worker too (see `serve`)."""
    ctx = mp_context()
    pending = deque(jobs)
    pool: list[Worker | None] = [None] * max(1, min(workers, len(pending)))
    startup_failures = 0
    try:
        while pending or any(w is not None and w.job is not None for w in pool):
            for i, worker in enumerate(pool):
                if pending and (worker is None or worker.job is None):
                    if worker is None:
                        worker = pool[i] = Worker(ctx, config, init, lock_fd)
                    worker.submit(pending.popleft(), time_limit)
            busy = [w for w in pool if w is not None and w.job is not None]
            timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            ready = wait([w.conn for w in busy], timeout=min(timeout, 3600))
            for worker in busy:
                i = pool.index(worker)
                if worker.conn in ready:
                    try:
                        result = worker.receive(time_limit)
                    except (EOFError, OSError):
                        how = worker.death()
                        worker.kill()
                        pool[i] = None
                        if not worker.acked:  # not this PDF's fault: try it again on a new worker
                            startup_failures += 1
                            if startup_failures >= STARTUP_FAILURES:
                                raise WorkerStartError(f"{startup_failures} workers died before their "
                                                       f"first file ({how})") from None
                            pending.appendleft(worker.job)
                            worker.job = None
                            continue
                        yield worker.fail("crashed", crashed_message(how))
                        continue
                    if worker.acked:
                        startup_failures = 0
                    if result is not None:
                        yield result
                        if max_tasks and worker.tasks >= max_tasks:
                            worker.stop()
                            pool[i] = None
                elif time.monotonic() >= worker.deadline:
                    worker.kill()
                    yield worker.fail("timeout", timeout_message(time_limit or 0))
                    pool[i] = None
    finally:
        for worker in pool:
            if worker is not None:
                if worker.job is None:
                    worker.stop()
                else:
                    worker.kill()
