"""A batch run: find the PDFs, skip what the cache holds, run the rest on workers, write the run summary."""
from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from ..extract.emit import AtomicWriter, write_jsonl
from ..models import file_name
from ..models.errors import OutputBusy, OutputProblem, ReadFailed
from ..extract.limits import DEFAULT_LIMITS, MIB, Limits
from ..extract.problems import input_error
from ..extract.pdf.ocr import tesseract_path
from ..extract.pdf.read import DEFAULT_ENGINE
from .cache import CACHE_DIR, cache_key, remove_partials
from .plan import Input, find_pdfs, hash_inputs, plan_jobs
from .task import Result, TaskConfig

SUMMARY = "batch-summary.json"
EXECUTORS = ("local", "dask")


@dataclass(frozen=True)
class BatchOptions:
    engine: str = DEFAULT_ENGINE
    password: str | None = None
    ocr: bool = True  # OCR scanned pages when Tesseract is installed, as `minutebook extract` does
    limits: Limits = DEFAULT_LIMITS
    jobs: int | None = None  # worker processes; None: one per core this process may use
    time_limit: float | None = 600.0  # seconds per PDF; None: no limit
    max_tasks: int | None = 100  # files per worker before it is replaced; None: never
    worker_memory_mb: int | None = 2048  # data memory cap of each worker process (Linux); None: no cap
    force: bool = False
    executor: str = "local"
    scheduler: str | None = None  # a Dask scheduler address, for executor "dask"
    init: Callable[[], None] | None = None  # run in each worker before its first file (a picklable function)

    def extract_config(self) -> dict:
        """The options that change the records, so the cache key covers them (and whether OCR can run)."""
        return {"engine": self.engine, "ocr": bool(self.ocr and tesseract_path()),
                "max_bytes": self.limits.max_bytes, "max_pages": self.limits.max_pages,
                "max_render_pixels": self.limits.max_render_pixels}


@dataclass
class Summary:
    """The run's account of every input: counts for people, one entry per input for tools."""

    outdir: str
    total: int = 0
    unique: int = 0
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    pages: int = 0
    records: int = 0
    errors: int = 0
    warnings: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # the workers' CPU time for the files processed
    interrupted: bool = False
    peak_rss_kb: dict = field(default_factory=dict)  # worker pid -> peak resident memory
    files: list[dict] = field(default_factory=list)

    @property
    def done(self) -> int:
        return self.ok + self.failed + self.skipped

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    def as_dict(self, options: BatchOptions, jobs: int) -> dict:
        from .. import __version__

        return {
            "minutebook": __version__,
            "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "options": {"engine": options.engine, "jobs": jobs, "executor": options.executor,
                        "time_limit": options.time_limit, "force": options.force},
            "counts": {"inputs": self.total, "unique": self.unique, "ok": self.ok, "failed": self.failed,
                       "skipped": self.skipped, "not_run": self.total - self.done},
            "pages": self.pages, "records": self.records, "errors": self.errors, "warnings": self.warnings,
            "seconds": round(self.seconds, 3), "pages_per_second": round(self.pages_per_second, 1),
            "worker_cpu_seconds": round(self.cpu_seconds, 3),
            "interrupted": self.interrupted,
            "peak_rss_kb": dict(sorted(self.peak_rss_kb.items())),
            "files": self.files,
        }


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def run_batch(args: Sequence[str], outdir: str | os.PathLike, options: BatchOptions = BatchOptions(),
              on_progress: Callable[[Summary], None] | None = None) -> Summary:
    """Process PDFs, folders and globs into `outdir`: one JSONL per PDF and `batch-summary.json`.

    Raises `BatchInputError` when an input matches nothing and `OutputBusy` when another run holds the
    folder; a PDF that fails, crashes its worker or hangs gives an error record and the run goes on.
    """
    if options.executor not in EXECUTORS:
        raise ValueError(f"unknown executor {options.executor!r}")
    out = Path(outdir)
    paths = find_pdfs(args)
    try:
        out.mkdir(parents=True, exist_ok=True)
        (out / CACHE_DIR).mkdir(exist_ok=True)
    except OSError as exc:
        raise OutputProblem(f"{out}: cannot be used as the output folder ({exc.strerror or exc})") from exc
    jobs = options.jobs or default_jobs()
    with locked(out) as lock_fd:
        remove_partials(out)
        remove_partials(out / CACHE_DIR)
        start = time.perf_counter()
        inputs = hash_inputs(paths, threads=min(8, jobs * 2))
        key = cache_key(options.extract_config())
        plan = plan_jobs(inputs, out, key, options.force)
        summary = Summary(outdir=str(out), total=len(inputs), unique=len({i.sha256 for i in inputs if i.sha256}))
        entries = {id(item): entry_for(item, inputs) for item in inputs}
        for item in inputs:
            if item.error:
                write_unreadable(out, item, entries[id(item)], summary)
            elif item.output in plan.done:
                mark_skipped(entries[id(item)], plan.done[item.output], summary)
        by_output = {}
        for item in inputs:
            if item.output and entries[id(item)]["status"] is None:
                by_output.setdefault(item.output, []).append(entries[id(item)])
        config = TaskConfig(outdir=str(out), key=key, engine=options.engine, password=options.password,
                            ocr=options.ocr, limits=options.limits,
                            worker_memory=options.worker_memory_mb * MIB if options.worker_memory_mb else None)
        if on_progress:
            on_progress(summary)
        try:
            for result in execute(plan.jobs, config, options, jobs, lock_fd):
                record_result(result, by_output, summary)
                summary.seconds = time.perf_counter() - start
                if on_progress:
                    on_progress(summary)
        except BaseException:
            summary.interrupted = True
            raise
        finally:
            summary.seconds = time.perf_counter() - start
            summary.files = [entries[id(item)] for item in inputs]
            remove_partials(out)
            remove_partials(out / CACHE_DIR)
            with AtomicWriter(out / SUMMARY) as stream:
                json.dump(summary.as_dict(options, jobs), stream, indent=1)
                stream.write("\n")
    return summary


def execute(jobs, config: TaskConfig, options: BatchOptions, workers: int, lock_fd: int | None = None):
    if not jobs:
        return iter(())
    if options.executor == "dask":
        from .dask_executor import run_dask

        return run_dask(jobs, config, options.scheduler, time_limit=options.time_limit,
                        max_tasks=options.max_tasks, init=options.init)
    from .pool import run_local

    return run_local(jobs, config, workers, time_limit=options.time_limit, max_tasks=options.max_tasks,
                     init=options.init, lock_fd=lock_fd)


def entry_for(item: Input, inputs: list[Input]) -> dict:
    entry = {"input": file_name(item.path), "name": item.name, "sha256": item.sha256, "output": item.output,
             "status": None}
    if os.path.islink(item.path):  # followed, and said: the summary names where the link leads
        entry["link_target"] = file_name(os.path.realpath(item.path))
    first = next(i for i in inputs if i.sha256 == item.sha256)
    if item.sha256 and first is not item:
        entry["same_content_as"] = first.path
    return entry


def mark_skipped(entry: dict, marker: dict, summary: Summary) -> None:
    entry.update(status="skipped", pages=marker.get("pages", 0), records=marker.get("records", 0))
    note_warnings(entry, marker.get("warnings", 0), marker.get("notable") or [], summary)
    summary.skipped += 1


def note_warnings(entry: dict, count: int, notable: list[str], summary: Summary) -> None:
    """A file's warnings in its entry (the ones that say pages were left unread by message) and the total."""
    if count:
        entry["warnings"] = count
        summary.warnings += count
    if notable:
        entry["warning_messages"] = list(notable)


def record_result(result: Result, by_output: dict[str, list[dict]], summary: Summary) -> None:
    summary.cpu_seconds += result.cpu_seconds
    if not result.reused:  # copies of a done output are not pages processed
        summary.pages += result.pages
    summary.records += result.records * len(result.outputs)
    summary.errors += result.errors * len(result.outputs)
    if result.peak_rss_kb:
        summary.peak_rss_kb[str(result.worker)] = max(result.peak_rss_kb,
                                                       summary.peak_rss_kb.get(str(result.worker), 0))
    for output in result.outputs:
        for entry in by_output.get(output, []):
            entry.update(status=result.status, pages=result.pages, records=result.records,
                         seconds=result.seconds)
            note_warnings(entry, result.warnings, list(result.notable), summary)
            if result.message:
                entry["message"] = result.message
            if result.status == "ok":
                summary.ok += 1
            else:
                summary.failed += 1


def write_unreadable(out: Path, item: Input, entry: dict, summary: Summary) -> None:
    record = input_error(item.name, ReadFailed(item.error))
    output = f"{Path(item.name).stem}.unreadable.jsonl"
    with AtomicWriter(out / output) as stream:
        write_jsonl([record], stream)
    entry.update(status="failed", output=output, message=item.error, records=1)
    summary.failed += 1
    summary.records += 1
    summary.errors += 1


#: Seconds a rerun waits for the workers of a run that was killed to go (they watch for their parent's death).
STALE_RUN_WAIT = 15.0


@contextmanager
def locked(out: Path):
    """Hold the output folder for this run, so two runs never write the same files; yields the lock's file
    descriptor (None where there are no file locks), which the run's workers hold too.

    The lock file names the run's process. A live run, or its workers, hold the lock: a second run is refused
    (`OutputBusy`). When the run that holds it is dead (killed), its workers are ending; the rerun waits for
    them, then owns the folder.
    """
    lock = out / CACHE_DIR / "lock"
    lock.parent.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # no advisory locks on this platform: run unguarded
        yield None
        return
    with open(lock, "a+") as handle:
        if not _try_lock(handle, fcntl):
            owner = _owner(handle)
            deadline = time.monotonic() + STALE_RUN_WAIT
            while owner is not None and not _alive(owner) and time.monotonic() < deadline:
                time.sleep(0.1)
                if _try_lock(handle, fcntl):
                    break
            else:
                if owner is not None and not _alive(owner):
                    raise OutputBusy(f"{out}: a run that was stopped (process {owner}) still has workers "
                                     "running; try again in a moment")
                raise OutputBusy(f"{out}: in use" + (f" by process {owner}" if owner else ""))
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        try:
            yield handle.fileno()
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _try_lock(handle, fcntl) -> bool:
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _owner(handle) -> int | None:
    """The process id the run holding the lock wrote in it, if any."""
    handle.seek(0)
    text = handle.read().strip()
    return int(text) if text.isdigit() else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    try:  # a zombie (dead, not yet reaped) is not alive
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[-1].split()[0] != "Z"
    except (OSError, IndexError):
        return True
