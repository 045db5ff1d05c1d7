"""Problems into records: every `error` and `warning` record is made here, from a problem (the exceptions and
vocabulary of `models.errors`), and `guarded` runs a stage so that its failure costs that stage only.

- `error_record(problem, ...)`: a file, or a stage of it, could not be processed;
- `warning_record(problem, ...)`: some pages or one step failed, or a stage found nothing, and the rest went on;
- `input_error(name, exc, sha256)`: the one record of a file that could not be read at all;
- `stage_problem` / `stage_failure(stage, exc, ...)` / `guarded(stage, ...)`: a stage that raised, as a problem
  and as one error record.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator

from ..models import ErrorRecord, Record, Source, WarningRecord, file_name, make_id
from ..models.errors import Internal, Kind, MinutebookError, PageFailed, Stage


def page_failed(name: str, number: int, exc: Exception) -> PageFailed:
    """The problem a reader reports for a page it could not read."""
    return PageFailed(f"{name}: page {number} could not be read ({type(exc).__name__}: {exc})", page=number)


def raise_problem(problem: MinutebookError) -> None:
    """The default report of a problem when no caller collects them: raise it."""
    raise problem


def problem_record(record_type: type[ErrorRecord] | type[WarningRecord], *, stage: Stage | str,
                   kind: Kind | str | None, message: str, file: str, sha256: str, local: str,
                   source: Source | None = None) -> ErrorRecord | WarningRecord:
    """The one place an `error` or `warning` record is built: its id from the pack's hash and `local`."""
    record = "error" if record_type is ErrorRecord else "warning"
    return record_type(
        id=make_id(sha256, record, local),
        pack_id=f"{sha256[:12]}/pack",
        stage=stage,
        kind=kind,
        message=file_name(message),  # a message may quote a file name that is not UTF-8
        source=source if source is not None else Source(file=file, sha256=sha256),
    )


def _local(problem: MinutebookError, local: str | None) -> str:
    if local is not None:
        return local
    pages = sorted(set(problem.pages))
    return problem.kind + ("-p" + _runs(pages) if pages else "")


def error_record(problem: MinutebookError, file: str, sha256: str, local: str | None = None,
                 source: Source | None = None) -> ErrorRecord:
    """A file, or a stage of it, that could not be processed."""
    return problem_record(ErrorRecord, stage=problem.stage, kind=problem.kind, message=str(problem), file=file,
                          sha256=sha256, local=_local(problem, local), source=source)


def warning_record(problem: MinutebookError, file: str, sha256: str, local: str | None = None,
                   source: Source | None = None) -> WarningRecord:
    """Pages or a step that failed, or a stage that found nothing, while the rest of the file went on.

    The id names the kind and the pages (`no_text_layer-p1-3.7`) unless `local` is given; the source cites
    the problem's pages unless `source` is given."""
    if source is None:
        source = Source(file=file, sha256=sha256, pages=sorted(set(problem.pages)))
    return problem_record(WarningRecord, stage=problem.stage, kind=problem.kind, message=str(problem), file=file,
                          sha256=sha256, local=_local(problem, local), source=source)


def input_error(name: str, exc: MinutebookError, sha256: str | None = None) -> ErrorRecord:
    """The one record a file that could not be read at all gives (sha256 of no bytes when it is unknown)."""
    sha = sha256 or hashlib.sha256(b"").hexdigest()
    return error_record(exc, name.rsplit("/", 1)[-1], sha)


def stage_problem(stage: Stage, exc: Exception, file: str) -> MinutebookError:
    """What a stage that raised is reported as: a problem it named keeps its kind; anything else is our bug."""
    if isinstance(exc, MinutebookError):
        return exc
    problem = Internal(f"{file}: the {stage} stage failed ({type(exc).__name__}: {exc})")
    problem.stage = stage
    return problem


def stage_failure(stage: Stage, exc: Exception, file: str, sha256: str) -> ErrorRecord:
    """The error record of a stage that raised (`stage_problem`)."""
    problem = stage_problem(stage, exc, file)
    return error_record(problem, file, sha256, local=f"{stage}-{problem.kind}")


def guarded(stage: Stage, file: str, sha256: str, run: Callable[[], Iterable[Record]]) -> Iterator[Record]:
    """A stage's records as they come; if it fails, one error record for it after those it gave, and the rest
    of the pack goes on. (Not collected first: a long pack's records would all be held.)"""
    try:
        yield from run()
    except Exception as exc:  # noqa: BLE001 - one stage's bug must not lose the pack
        yield stage_failure(stage, exc, file, sha256)


def _runs(numbers: list[int]) -> str:
    """Sorted page numbers as runs, for ids: [1, 2, 3, 7, 9, 10] -> "1-3.7.9-10"."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ".".join(f"{a}-{b}" if b > a else str(a) for a, b in runs)
