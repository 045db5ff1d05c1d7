"""Running a batch's jobs on a Dask distributed cluster (the optional extra `minutebook[dask]`).

The client (the `minutebook batch` process) plans the run and writes the summary; each job is one Dask task
that runs the same per-file task as the local pool, writing to the same output folder, which must therefore
be a path every Dask worker sees (a shared file system). On a Dask worker that may start processes, each
worker thread keeps one supervised child process, so a crash or a hang still costs only its own file and the
time limit holds. Dask starts its worker processes as daemons unless `distributed.worker.daemon` is false;
a daemon may not have children, so there the job runs in the Dask worker itself: a crash then kills that
Dask worker (its nanny restarts it and the file gets an error record) and the time limit is not enforced.
"""
from __future__ import annotations

import multiprocessing
import pickle
import threading
from collections.abc import Callable, Iterator

from ..models.errors import DaskUnavailable, Kind
from .plan import Job
from .pool import Worker, mp_context
from .task import Result, TaskConfig, run_job, write_failure

_local = threading.local()
#: pdfium is not thread-safe: files run in the Dask worker itself run one at a time per process.
_in_process = threading.Lock()
_initialised: set[bytes] = set()  # initializers already run in this process


def run_dask(jobs: list[Job], config: TaskConfig, scheduler: str | None, time_limit: float | None = None,
             max_tasks: int | None = None, init: Callable[[], None] | None = None) -> Iterator[Result]:
    """Submit every job to the cluster at `scheduler`; yield one result per job as they finish."""
    try:
        from distributed import Client, as_completed
    except ImportError as exc:
        raise DaskUnavailable("the Dask executor needs dask.distributed") from exc
    if not scheduler:
        raise DaskUnavailable("the Dask executor needs a scheduler address")
    try:
        client = Client(scheduler, timeout=30)
    except (OSError, TimeoutError) as exc:
        raise DaskUnavailable(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from exc
    with client:
        futures = {
            client.submit(dask_task, job, config, time_limit, max_tasks, init, pure=False, priority=-n): job
            for n, job in enumerate(jobs)
        }
        for future in as_completed(futures):
            job = futures.pop(future)
            try:
                result = future.result()
            except Exception as exc:  # KilledWorker after repeated crashes, or a lost worker
                result = write_failure(job, config, Kind.CRASHED,
                                       f"the Dask task failed ({type(exc).__name__}: {exc}); the rest went on")
            future.release()
            yield result


def dask_task(job: Job, config: TaskConfig, time_limit: float | None, max_tasks: int | None,
              init: Callable[[], None] | None) -> Result:
    """What a Dask worker runs for one job."""
    if multiprocessing.current_process().daemon:
        with _in_process:
            if init is not None and pickle.dumps(init) not in _initialised:
                init()
                _initialised.add(pickle.dumps(init))
            return run_job(job, config)
    worker: Worker | None = getattr(_local, "worker", None)
    setup = pickle.dumps((config, init))  # a worker serves one run's config and initializer
    if worker is None or getattr(_local, "setup", None) != setup:
        if worker is not None:
            worker.stop()
        worker = Worker(mp_context(), config, init)
        _local.setup = setup
    result, alive = worker.run(job, time_limit)
    if alive and max_tasks and worker.tasks >= max_tasks:
        worker.stop()
        alive = False
    _local.worker = worker if alive else None
    return result
