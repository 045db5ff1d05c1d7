"""Output files for the commands: checked before any work, written whole, and problems said as messages.

`-o` may name a new file, an existing one, a symlink (its target is written, the link kept) or a FIFO or
device (written through); a folder, a name too long for the file system or a place this user cannot write is
refused before the first PDF is read, and a full disk ends the command with a message, not a traceback.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

import click

from .extract.emit import OutputProblem, check_output, output_file, write_problem


def check_output_option(output: str) -> None:
    """Refuse an unusable output path up front (usage error, exit 2); `-` is standard output."""
    if output == "-":
        return
    try:
        check_output(output)
    except OutputProblem as exc:
        raise click.UsageError(str(exc)) from exc


@contextmanager
def writing(output: str) -> Iterator[IO[str]]:
    """A text stream onto `output` (`-`: standard output); an OS error while writing becomes a message."""
    try:
        if output == "-":
            yield sys.stdout
            sys.stdout.flush()
        else:
            with output_file(output) as stream:
                yield stream
    except OutputProblem as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(str(write_problem(output if output != "-" else "<stdout>", exc))) from exc
