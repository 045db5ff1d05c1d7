"""The work for one PDF in a batch, as run in a worker: extract, write every output atomically, mark it done.

The records come from `minutebook.extract.pipeline.extract`, the function the `extract` command calls, so
every stage added to the pipeline runs in batches too. It is looked up at call time (`pipeline.extract`), so
a worker initializer may wrap it (the tests inject crashes and hangs that way).
"""
from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import jsonlines

from ..extract.emit import AtomicWriter, write_jsonl
from ..extract.limits import DEFAULT_LIMITS, Limits
from ..extract.pdf.ocr import OcrSettings
from ..extract.pdf.read import DEFAULT_ENGINE
from ..extract.problems import problem_record
from ..models import ErrorRecord, Record
from ..models.errors import WARNING_KINDS, Kind, Stage
from .cache import drop_marker, remove_partials, write_marker
from .plan import Job, Target


@dataclass(frozen=True)
class TaskConfig:
    """What every task of a run shares: where outputs go, the cache key, and the extraction options."""

    outdir: str
    key: str
    engine: str = DEFAULT_ENGINE
    password: str | None = None
    ocr: bool = True
    limits: Limits = DEFAULT_LIMITS
    worker_memory: int | None = None  # bytes of data memory a worker process may use (None: no cap)


@dataclass
class Result:
    """What a task reports back: one per job, whether it ran, failed, crashed or timed out."""

    sha256: str
    status: str  # "ok" or "failed"
    outputs: tuple[str, ...] = ()
    pages: int = 0
    records: int = 0
    errors: int = 0
    warnings: int = 0
    notable: tuple[str, ...] = ()  # the messages of warnings that say pages were left unread (WARNING_KINDS)
    message: str | None = None
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # CPU time the worker spent on it (wall time varies with the machine's load)
    reused: bool = False
    worker: int = 0
    peak_rss_kb: int = 0
    kinds: dict = field(default_factory=dict)


def run_job(job: Job, config: TaskConfig) -> Result:
    """Write the outputs of one job. Never raises for a bad PDF or a failing stage: that is an error record."""
    start = time.perf_counter(), time.process_time()
    outdir = Path(config.outdir)
    for target in job.targets:
        drop_marker(outdir, target.output)  # a redo is not done until it is written again
    notes: list[str] = []
    try:
        if job.reuse is not None:
            kinds = copy_renamed(outdir / job.reuse.output, job.reuse.name, outdir, job.targets[0], notes)
        else:
            kinds = write_extraction(job, config, outdir, job.targets[0], notes)
        for target in job.targets[1:]:
            copy_renamed(outdir / job.targets[0].output, job.targets[0].name, outdir, target)
    except OSError as exc:  # the output folder is full or gone: this file's output could not be written
        return write_failure(job, config, "output", f"its output could not be written ({exc.strerror or exc})",
                             start)
    except Exception as exc:  # a bug in a stage must cost this file only, and say what happened
        return write_failure(job, config, Kind.INTERNAL, f"{type(exc).__name__}: {exc}", start)
    failed = set(kinds) <= {"error", "warning"}
    result = Result(
        sha256=job.sha256,
        status="failed" if failed else "ok",
        outputs=tuple(t.output for t in job.targets),
        pages=kinds.get("page", 0),
        records=sum(kinds.values()),
        errors=kinds.get("error", 0),
        warnings=kinds.get("warning", 0),
        notable=tuple(notes),
        message=first_error(outdir / job.targets[0].output) if kinds.get("error") else None,
        reused=job.reuse is not None,
        kinds=dict(kinds),
    )
    if not failed:  # failures are retried by the next run rather than remembered
        for target in job.targets:
            try:
                write_marker(outdir, target.output, {
                    "sha256": job.sha256, "key": config.key, "name": target.name, "pages": result.pages,
                    "records": result.records, "errors": result.errors, "warnings": result.warnings,
                    "notable": list(result.notable),
                })
            except OSError:  # a full disk: the output is whole, only not remembered; the next run redoes it
                pass
    return finish(result, start)


def write_extraction(job: Job, config: TaskConfig, outdir: Path, target: Target,
                     notes: list[str] | None = None) -> Counter:
    from ..extract import pipeline  # here, not at the top: the batch's parent process never extracts
    from ..extract.pdf.read import file_sha256

    # The pipeline reads the file where it lies (a long pack's bytes are not held in memory), so check first
    # that it is still the file that was planned.
    if file_sha256(Path(job.path)) != job.sha256:
        raise RuntimeError(f"{job.path} changed while the batch was running; run it again")
    # One OCR process per file: the batch's parallelism is across files.
    records = pipeline.extract(job.path, name=target.name, engine=config.engine, password=config.password,
                               ocr=OcrSettings(enabled=config.ocr, jobs=1), limits=config.limits)
    kinds: Counter = Counter()
    with AtomicWriter(outdir / target.output) as stream:
        write_jsonl(counted(records, kinds, notes), stream)
    return kinds


def counted(records: Iterable[Record], kinds: Counter, notes: list[str] | None = None) -> Iterator[Record]:
    for record in records:
        kinds[record.record_type] += 1
        if notes is not None and record.record_type == "warning" and record.kind in WARNING_KINDS:
            notes.append(record.message)
        yield record


def copy_renamed(src: Path, old: str, outdir: Path, target: Target, notes: list[str] | None = None) -> Counter:
    """Write `src`'s records as the records of the same bytes under another file name."""
    kinds: Counter = Counter()
    with open(src, encoding="utf-8") as lines, AtomicWriter(outdir / target.output) as stream:
        writer = jsonlines.Writer(stream, compact=True, flush=False)
        for line in lines:
            record = rename(json.loads(line), old, target.name)
            kinds[record.get("record_type")] += 1
            if notes is not None and record.get("record_type") == "warning" and record.get("kind") in WARNING_KINDS:
                notes.append(str(record.get("message")))
            writer.write(record)
    return kinds


def rename(record: dict, old: str, new: str) -> dict:
    """A record's evidence under another file name: `source.file` and the pack's `files`."""
    source = record.get("source")
    if isinstance(source, dict) and source.get("file") == old:
        source["file"] = new
    if record.get("record_type") == "pack" and isinstance(record.get("files"), list):
        record["files"] = [new if name == old else name for name in record["files"]]
    return record


def first_error(path: Path) -> str | None:
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("record_type") == "error":
                return record.get("message")
    return None


def write_failure(job: Job, config: TaskConfig, kind: Kind, message: str,
                  start: tuple[float, float] | None = None) -> Result:
    """The error record a job gets when it could not finish (an exception, a crash, the time limit)."""
    outdir = Path(config.outdir)
    for target in job.targets:
        remove_partials(outdir, target.output)
        drop_marker(outdir, target.output)
        record = problem_record(ErrorRecord, stage=Stage.BATCH, kind=kind, message=f"{target.name}: {message}",
                                file=target.name, sha256=job.sha256, local=kind)
        try:
            with AtomicWriter(outdir / target.output) as stream:
                write_jsonl([record], stream)
        except OSError as exc:  # a full disk: the summary still says what happened
            message = f"{message}; its error record could not be written either ({exc.strerror or exc})"
    result = Result(sha256=job.sha256, status="failed", outputs=tuple(t.output for t in job.targets),
                    records=1, errors=1, message=f"{job.targets[0].name}: {message}", kinds={"error": 1})
    return finish(result, start) if start is not None else result


def finish(result: Result, start: tuple[float, float]) -> Result:
    result.seconds = round(time.perf_counter() - start[0], 4)
    result.cpu_seconds = round(time.process_time() - start[1], 4)
    result.worker = os.getpid()
    result.peak_rss_kb = peak_rss_kb()
    return result


def peak_rss_kb() -> int:
    """This process's peak resident memory in KiB.

    Linux's VmHWM, where there is one: `ru_maxrss` carries the parent's peak over fork and exec, so a
    worker would report the memory of the process that started it.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak
