"""What a new user trips over in the CLI: quiet extract, -V, stdout for show, missing files and folders,
what `pages` prints, and a batch that says what it left unread and how far it has got."""
from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from minutebook import __version__
from minutebook.batch.progress import PlainProgress
from minutebook.batch.run import Summary
from minutebook.cli import main

from conftest import fixture_pdf, sample

MILBURN = sample("milburn-pc-minutes-2020-07-14.pdf")
SCANNED = fixture_pdf("scanned.pdf")


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


def test_short_version_flag():
    result = run("-V")
    assert result.exit_code == 0 and __version__ in result.output


def test_extract_quiet_keeps_only_the_lines_that_matter(tmp_path):
    loud = run("extract", MILBURN, SCANNED, "--no-ocr", "-o", tmp_path / "a.jsonl")
    quiet = run("extract", MILBURN, SCANNED, "--no-ocr", "-o", tmp_path / "b.jsonl", "--quiet")
    assert quiet.exit_code == loud.exit_code == 0
    assert (tmp_path / "a.jsonl").read_text() == (tmp_path / "b.jsonl").read_text()
    # the scan left unread is said either way; "no agenda found" and the like only without --quiet
    assert "scanned.pdf" in quiet.stderr and "tesseract" in quiet.stderr.lower()
    assert len(quiet.stderr.splitlines()) < len(loud.stderr.splitlines())
    assert "no agenda found" in loud.stderr and "no agenda found" not in quiet.stderr


def test_show_html_dash_writes_stdout(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("show", MILBURN, "--html", "-")
    assert result.exit_code == 0
    assert result.stdout.lstrip().lower().startswith("<!doctype html")
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("command", ["extract", "pages", "outline", "show"])
def test_a_missing_file_is_worded_alike_with_exit_1(command, tmp_path):
    args = [command, tmp_path / "nosuch.pdf"] + (["--html", tmp_path / "x.html"] if command == "show" else [])
    result = run(*args)
    assert result.exit_code == 1
    assert f"minutebook: {tmp_path / 'nosuch.pdf'}: no such file" in result.stderr


@pytest.mark.parametrize("command", ["extract", "pages", "outline"])
def test_a_folder_gets_a_hint_to_use_batch(command, tmp_path):
    result = run(command, tmp_path)
    assert result.exit_code == 1
    assert "is a folder" in result.stderr and "minutebook batch" in result.stderr


def test_pages_explains_its_columns():
    result = run("pages", MILBURN)
    assert result.exit_code == 0
    head = result.stdout.splitlines()[0]
    for word in ("~", "header/footer", "B", "bold", "top", "size"):
        assert word in head


def test_batch_counts_warnings_and_names_the_important_ones(tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    shutil.copy(SCANNED, inbox / "scan.pdf")
    shutil.copy(MILBURN, inbox / "milburn.pdf")
    result = run("batch", inbox, "-o", tmp_path / "out", "-j", "1", "--no-ocr")
    assert result.exit_code == 0, result.output
    summary = json.loads((tmp_path / "out" / "batch-summary.json").read_text())
    assert summary["warnings"] >= 2  # the unread scan, and milburn's "no agenda found"
    scan = next(f for f in summary["files"] if f["name"] == "scan.pdf")
    assert scan["warnings"] >= 1 and any("scanned" in m or "OCR" in m for m in scan["warning_messages"])
    assert "warnings" in result.stderr.splitlines()[-1]
    assert any("warning: scan.pdf" in line for line in result.stderr.splitlines())
    assert "no agenda found" not in result.stderr  # only the important ones are named


def test_batch_prints_a_plain_progress_line_when_stderr_is_not_a_terminal(tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    shutil.copy(MILBURN, inbox / "milburn.pdf")
    result = run("batch", inbox, "-o", tmp_path / "out", "-j", "1", "--progress-every", "0")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("minutebook: progress")]
    assert lines and "1/1 files" in lines[-1] and "pages/s" in lines[-1] and "0 failed" in lines[-1]
    assert "\r" not in result.stderr
    quiet = run("batch", inbox, "-o", tmp_path / "out2", "-j", "1", "--progress-every", "0", "-q")
    assert "progress" not in quiet.stderr


def test_plain_progress_prints_every_few_seconds_not_on_every_file():
    now = [0.0]
    lines: list[str] = []
    progress = PlainProgress(every=5.0, write=lines.append, clock=lambda: now[0])
    state = Summary(outdir="out", total=10)
    for second in range(12):
        now[0] = float(second)
        state.ok = second // 2
        state.pages = second * 3
        state.seconds = float(second)
        progress(state)
    assert len(lines) == 2  # at 5 s and 10 s
    assert lines[0].startswith("minutebook: progress 2/10 files, 15 pages")
