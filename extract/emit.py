"""Stage last, emit: records -> JSON Lines, written whole or not at all."""
from __future__ import annotations

import glob
import os
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

try:
    import fcntl
except ImportError:  # not POSIX: temporary files are not locked, and are cleaned by age alone
    fcntl = None

from ..models import Record
from ..models.errors import OutputProblem


def record_dict(record: Record) -> dict:
    """A record as the JSON object we write: fields that do not apply are left out."""
    return record.model_dump(mode="json", exclude_none=True)


def write_jsonl(records: Iterable[Record], stream: IO[str]) -> int:
    """Write records to an open text stream; return how many were written."""
    count = 0
    for record in records:
        # pydantic's own encoder: the same JSON as `record_dict` through the json module, without the dict.
        stream.write(record.model_dump_json(exclude_none=True))
        stream.write("\n")
        count += 1
    stream.flush()
    return count


class AtomicWriter:
    """A text file that appears at its path only when closed without error (temp file, then rename).

    The temporary file (`.<name>.XXXXXXXX.part` beside the target, the name cut to fit the file system) is
    locked while it is written, so `remove_stale_partials` can tell a killed writer's leftover from a live one;
    a failure while writing (a full disk) removes it.
    """

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        stem = _temp_stem(self.path.name, name_max(self.path.parent))
        fd, tmp = tempfile.mkstemp(prefix=f".{stem}.", suffix=".part", dir=self.path.parent)
        self.tmp = Path(tmp)
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        self.stream = os.fdopen(fd, "w", encoding="utf-8")

    def __enter__(self) -> IO[str]:
        return self.stream

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            self.stream.close()  # flushes: a full disk may show only here
        except BaseException:
            self.tmp.unlink(missing_ok=True)
            raise
        if exc_type is None:
            try:
                # mkstemp makes the file private; give it the permissions an ordinary new file would have.
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(self.tmp, 0o666 & ~umask)
                os.replace(self.tmp, self.path)
            except BaseException:
                self.tmp.unlink(missing_ok=True)
                raise
        else:
            self.tmp.unlink(missing_ok=True)


def name_max(folder: Path) -> int:
    """Longest file name (in bytes) the file system holding `folder` takes (255 on most)."""
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (AttributeError, OSError, ValueError):
        return 255


def _existing_ancestor(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def check_output(path: str | os.PathLike) -> Path:
    """Refuse, before any work, an output file that cannot be written; return the path to write.

    A symlink gives its target (the link is kept and the file it names is written); a folder, a name longer
    than the file system takes, a parent that is a file, or a place this user cannot write raise
    `OutputProblem`.
    """
    given = Path(path)
    for part in Path(os.path.abspath(given)).parts[1:]:  # first: a stat of a too-long name fails
        limit = name_max(Path(os.path.dirname(os.path.abspath(given))))
        if len(os.fsencode(part)) > limit:
            raise OutputProblem(f"{path}: the name {part[:40]!r}... is {len(os.fsencode(part))} bytes, longer "
                                f"than the {limit} the file system allows")
    if str(path).endswith(os.sep) or given.is_dir():
        raise OutputProblem(f"{path}: is a folder; name a file to write (e.g. {given / 'records.jsonl'})")
    real = Path(os.path.realpath(given))
    if real.is_dir():
        raise OutputProblem(f"{path}: names a folder; name a file to write")
    ancestor = _existing_ancestor(real.parent)
    if not ancestor.is_dir():
        raise OutputProblem(f"{path}: {ancestor} is not a folder")
    if real.exists() and not real.is_file():  # a FIFO or a device: written through, so it must be writable
        if not os.access(real, os.W_OK):
            raise OutputProblem(f"{path}: not writable by this user")
        return real
    if real.exists() and not os.access(real, os.W_OK):
        raise OutputProblem(f"{path}: not writable by this user")
    if real.parent.exists():  # try it: permissions, read-only mounts and /proc say no only when asked
        try:
            fd, probe = tempfile.mkstemp(prefix=".minutebook-probe.", dir=real.parent)
            os.close(fd)
            os.unlink(probe)
        except OSError as exc:
            raise OutputProblem(f"{path}: cannot create files in {real.parent} ({exc.strerror or exc})") from exc
    elif not os.access(ancestor, os.W_OK | os.X_OK):
        raise OutputProblem(f"{path}: cannot create folders in {ancestor} (permission denied)")
    return real


@contextmanager
def output_file(path: str | os.PathLike) -> Iterator[IO[str]]:
    """A text stream onto the output file `path`, checked first (`check_output`).

    A regular file (new, or named through a symlink) is written whole or not at all (`AtomicWriter`); a FIFO
    or a device (`/dev/stdout`, a named pipe) is written through, never replaced by a regular file.
    """
    real = check_output(path)
    if real.exists() and not real.is_file():
        with open(real, "w", encoding="utf-8") as stream:
            yield stream
    else:
        with AtomicWriter(real) as stream:
            yield stream


def write_problem(path: str | os.PathLike, exc: OSError) -> OutputProblem:
    """An OS error while writing `path` (a full disk, a quota, a lost mount), in words."""
    return OutputProblem(f"{path}: cannot be written ({exc.strerror or exc}); nothing was left half-written")


def remove_stale_partials(folder: Path, output: str | None = None, young: float = 0.0) -> int:
    """Delete the temporary files killed writers left in `folder` (all, or those of one output name).

    A live writer holds a lock on its temporary file (`AtomicWriter`), so a file is deleted only when no
    writer holds it, whichever process or run made it: a rerun never deletes the file another run is writing.
    A writer locks its file just after making it; where another writer of the same name may be starting, pass
    `young` (seconds) to keep empty files that new.
    """
    pattern = f".{glob.escape(_temp_stem(output, name_max(folder)))}.*.part" if output else ".*.part"
    removed = 0
    for path in folder.glob(pattern):
        try:
            info = path.lstat()
            if not path.is_file() or (info.st_size == 0 and time.time() - info.st_mtime < young):
                continue  # an empty new file may be a writer's, made but not yet locked
            with open(path, "rb") as handle:
                if fcntl is not None:
                    try:
                        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    except OSError:  # a live writer holds it
                        continue
                os.unlink(path)
                removed += 1
        except OSError:
            continue
    return removed


def _temp_stem(name: str, limit: int) -> str:
    """`name` cut so that `.{stem}.XXXXXXXX.part` fits in a file name of `limit` bytes."""
    room = max(1, limit - 16)
    raw = os.fsencode(name)
    return name if len(raw) <= room else os.fsdecode(raw[:room].decode("utf-8", "ignore").encode())
