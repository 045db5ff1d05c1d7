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
import signal
import sys
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


def serve(conn, config: TaskConfig, init: Callable[[], None] | None) -> None:
    """A worker's main loop: run jobs until told to stop or the parent goes away."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
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


def die_with_parent() -> None:
    """On Linux, have the kernel kill this worker if its parent dies, so no orphan keeps running."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass


class Worker:
    """The parent's handle on one worker process and the job it is running."""

    def __init__(self, ctx, config: TaskConfig, init: Callable[[], None] | None = None):
        self.conn, child = ctx.Pipe(duplex=True)
        self.process = ctx.Process(target=serve, args=(child, config, init), daemon=True, name="minutebook-worker")
        self.process.start()
        child.close()
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
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()

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
              max_tasks: int | None = None, init: Callable[[], None] | None = None) -> Iterator[Result]:
    """Run jobs on `workers` supervised processes; yield one result per job, in the order they finish."""
    ctx = mp_context()
    pending = deque(jobs)
    pool: list[Worker | None] = [None] * max(1, min(workers, len(pending)))
    startup_failures = 0
    try:
        while pending or any(w is not None and w.job is not None for w in pool):
            for i, worker in enumerate(pool):
                if pending and (worker is None or worker.job is None):
                    if worker is None:
                        worker = pool[i] = Worker(ctx, config, init)
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
