from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from minutebook import __version__
from minutebook.cli import main

from conftest import sample

MILBURN = str(sample("milburn-pc-minutes-2020-07-14.pdf"))


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert __version__ in result.output


def test_extract_emits_pack_then_one_page_record_per_page():
    result = run("extract", MILBURN)
    assert result.exit_code == 0
    recs = records(result.stdout)
    assert recs[0]["record_type"] == "pack"
    pages = [r for r in recs if r["record_type"] == "page"]
    assert [p["number"] for p in pages] == [1, 2, 3]
    assert all(r["pack_id"] == recs[0]["id"] for r in recs[1:])
    assert recs[0]["source"]["file"] == "milburn-pc-minutes-2020-07-14.pdf"


def test_extract_reads_stdin_and_ids_do_not_depend_on_the_name(tmp_path):
    data = sample("milburn-pc-minutes-2020-07-14.pdf").read_bytes()
    copy = tmp_path / "renamed.pdf"
    copy.write_bytes(data)
    a = records(run("extract", MILBURN).stdout)
    b = records(run("extract", str(copy)).stdout)
    c = records(run("extract", "-", input=data).stdout)
    assert [r["id"] for r in a] == [r["id"] for r in b] == [r["id"] for r in c]
    assert b[0]["source"]["file"] == "renamed.pdf"


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes are POSIX")
def test_extract_reads_a_named_pipe_like_a_file(tmp_path):
    # `minutebook extract <(curl ...)` hands over a pipe: it can be read once, so it is read into memory.
    import os
    import threading

    data = sample("milburn-pc-minutes-2020-07-14.pdf").read_bytes()
    fifo = tmp_path / "pack.pdf"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_bytes(data))
    writer.start()
    result = CliRunner().invoke(main, ["extract", str(fifo), "--no-ocr"])
    writer.join(timeout=10)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    by_bytes = CliRunner().invoke(main, ["extract", "-", "--no-ocr"], input=data)
    assert [r["id"] for r in records] == [json.loads(line)["id"] for line in by_bytes.stdout.splitlines()]
    assert records[0]["record_type"] == "pack" and records[0]["source"]["file"] == "pack.pdf"


def test_extract_writes_output_file_atomically(tmp_path):
    out = tmp_path / "sub" / "out.jsonl"
    result = run("extract", MILBURN, "-o", str(out))
    assert result.exit_code == 0
    assert records(out.read_text())[0]["record_type"] == "pack"
    assert not list(out.parent.glob("*.part"))


def test_extract_bad_file_gives_error_record_and_exit_1_but_others_go_on(tmp_path):
    bad = tmp_path / "page.pdf"
    bad.write_text("<!DOCTYPE html><html><body>Not found</body></html>")
    result = run("extract", str(bad), MILBURN)
    assert result.exit_code == 1
    recs = records(result.stdout)
    assert recs[0]["record_type"] == "error"
    assert recs[0]["kind"] == "not_a_pdf"
    assert "an HTML page" in recs[0]["message"]
    assert any(r["record_type"] == "pack" for r in recs[1:])


def test_extract_missing_file_is_reported():
    result = run("extract", "no/such/file.pdf")
    assert result.exit_code == 1
    assert "no such file" in result.stderr


def test_pages_marks_footer_and_label():
    result = run("pages", str(sample("norwich-scrutiny-2021-03-18-rendered.pdf")))
    assert result.exit_code == 0
    assert "=== page 7 (printed '7'" in result.stdout
    assert "~" in next(line for line in result.stdout.splitlines() if line.endswith("| Page 7 of 56"))


def all_commands(group: click.Group, prefix=()):
    for name, command in sorted(group.commands.items()):
        yield prefix + (name,), command
        if isinstance(command, click.Group):
            yield from all_commands(command, prefix + (name,))


@pytest.mark.parametrize("path,command", list(all_commands(main)), ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_every_command_has_help_with_an_example(path, command):
    result = run(*path, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert (command.help or "").strip()
