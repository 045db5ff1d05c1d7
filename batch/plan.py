"""Planning a batch: inputs -> PDFs -> one job per distinct content, minus what the cache already holds."""
from __future__ import annotations

import glob
import hashlib
import os
import stat
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ..models import file_name
from ..models.errors import BatchInputError
from .cache import is_done, output_name

_CHUNK = 1 << 20


@dataclass(frozen=True)
class Input:
    """One PDF as given: its path, the name its records carry, its size and the hash of its bytes."""

    path: str
    name: str
    size: int = 0
    sha256: str | None = None
    error: str | None = None  # set when the file could not be read to hash it

    @property
    def output(self) -> str | None:
        return output_name(self.name, self.sha256) if self.sha256 else None


@dataclass(frozen=True)
class Target:
    """One output file to write: the records of a PDF, named as `name`."""

    name: str
    output: str


@dataclass(frozen=True)
class Job:
    """The work for one distinct PDF content: extract once (or copy a done output), write every target."""

    sha256: str
    path: str
    size: int
    targets: tuple[Target, ...]
    reuse: Target | None = None  # a done output of the same bytes: copy it instead of extracting


@dataclass
class Plan:
    inputs: list[Input]
    jobs: list[Job] = field(default_factory=list)
    done: dict[str, dict] = field(default_factory=dict)  # output -> marker, for outputs the cache holds


def find_pdfs(args: Iterable[str]) -> list[Path]:
    """Files named, folders searched recursively for *.pdf, glob patterns expanded; each file once."""
    found: list[Path] = []
    seen: set[Path] = set()
    for arg in args:
        matches = [Path(arg)] if os.path.exists(arg) else [Path(m) for m in sorted(glob.glob(arg, recursive=True))]
        if not matches:
            raise BatchInputError(f"{arg}: no such file, folder or match")
        files: list[Path] = []
        for match in matches:
            if match.is_dir():
                # a symlink named *.pdf is kept whatever it points at (nothing, itself, a device), so it gets
                # an error record rather than vanishing from the run
                files.extend(p for p in sorted(match.rglob("*"))
                             if p.suffix.lower() == ".pdf" and (p.is_file() or p.is_symlink()))
            elif match.is_file() and (match.suffix.lower() == ".pdf" or match == Path(arg)):
                files.append(match)
        if not files:
            raise BatchInputError(f"{arg}: no PDF found")
        for path in files:
            try:
                key = path.resolve()
            except (OSError, RuntimeError):  # a symlink loop
                key = path.absolute()
            if key not in seen:
                seen.add(key)
                found.append(path)
    return found


def hash_file(path: Path) -> Input:
    digest = hashlib.sha256()
    name = file_name(path.name)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a device or a pipe: /dev/zero would never end
            return Input(path=str(path), name=name, error=f"{name}: not a regular file (a device, a pipe or a "
                                                          "socket), so not read")
        with open(path, "rb") as stream:
            size = 0
            while chunk := stream.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
    except OSError as exc:
        what = "a symlink that leads nowhere or to itself" if path.is_symlink() else "cannot be read"
        return Input(path=str(path), name=name, error=f"{name}: {what} ({exc.strerror or exc})")
    return Input(path=str(path), name=name, size=size, sha256=digest.hexdigest())


def hash_inputs(paths: list[Path], threads: int = 4) -> list[Input]:
    """Hash every file (hashlib releases the GIL, so a few threads keep the disk busy)."""
    with ThreadPoolExecutor(max(1, threads)) as pool:
        return list(pool.map(hash_file, paths))


def plan_jobs(inputs: list[Input], outdir: Path, key: str, force: bool = False) -> Plan:
    """Group inputs by content; a group whose outputs are all done is skipped, one with some done copies."""
    plan = Plan(inputs=inputs)
    groups: dict[str, list[Input]] = {}
    for item in inputs:
        if item.sha256:
            groups.setdefault(item.sha256, []).append(item)
    for sha, items in groups.items():
        targets: dict[str, Target] = {}
        for item in items:
            targets.setdefault(item.output, Target(name=item.name, output=item.output))
        reuse = None
        todo = []
        for target in targets.values():
            marker = None if force else is_done(outdir, target.output, sha, key)
            if marker is None:
                todo.append(target)
            else:
                plan.done[target.output] = marker
                reuse = reuse or Target(name=marker.get("name", target.name), output=target.output)
        if todo:
            plan.jobs.append(Job(sha256=sha, path=items[0].path, size=items[0].size, targets=tuple(todo),
                                 reuse=reuse))
    # Largest first: the long packs start early, so the workers finish together.
    plan.jobs.sort(key=lambda job: (-job.size, job.path))
    return plan
