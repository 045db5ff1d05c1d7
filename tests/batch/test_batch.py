"""`minutebook batch`: outputs per PDF, the cache, duplicates, failures, crashes, hangs and resuming."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from minutebook.batch import SUMMARY, BatchInputError, BatchOptions, OutputBusy, run_batch
from minutebook.batch.cache import output_name
from minutebook.batch.run import locked
from minutebook.cli import main
from minutebook.extract.emit import write_jsonl
from minutebook.extract.pipeline import extract

from batch_faults import change_file, hang_on, hog_memory_on, raise_on, segfault_on
from conftest import sample

MILBURN = sample("milburn-pc-minutes-2020-07-14.pdf")
HERTS = sample("hertingfordbury-pc-minutes-2012-01-11.pdf")
NORWICH = sample("norwich-scrutiny-2021-03-18-rendered.pdf")
FAST = BatchOptions(jobs=2, time_limit=60)


def copy_pdf(src: Path, dest: Path, tag: str | None = None) -> Path:
    """A copy of `src`; with a tag, bytes appended after %%EOF so its sha256 (and cache entry) differ."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    data = src.read_bytes()
    dest.write_bytes(data + f"\n% copy {tag}\n".encode() if tag else data)
    return dest


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def summary_of(out: Path) -> dict:
    return json.loads((out / SUMMARY).read_text())


def entry(summary: dict, name: str) -> dict:
    (found,) = [f for f in summary["files"] if f["name"] == name]
    return found


def leftovers(out: Path) -> list[Path]:
    return sorted(out.rglob("*.part"))


def test_one_output_per_pdf_with_the_pipeline_records(tmp_path):
    inbox = tmp_path / "in"
    copy_pdf(MILBURN, inbox / "a" / MILBURN.name)
    copy_pdf(HERTS, inbox / "b" / "deep" / HERTS.name)
    out = tmp_path / "out"
    summary = run_batch([str(inbox)], out, FAST)
    assert (summary.ok, summary.failed, summary.skipped) == (2, 0, 0)
    for pdf in (MILBURN, HERTS):
        got = (out / output_name(pdf.name, sha(pdf))).read_text(encoding="utf-8")
        assert got == expected_jsonl(pdf, pdf.name, tmp_path)
    data = summary_of(out)
    assert data["counts"] == {"inputs": 2, "unique": 2, "ok": 2, "failed": 0, "skipped": 0, "not_run": 0}
    assert data["pages"] == 3 + 10 == sum(f["pages"] for f in data["files"])
    assert not leftovers(out)


def sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def expected_jsonl(pdf: Path, name: str, tmp_path: Path) -> str:
    """What `minutebook extract` writes for this PDF under this name."""
    target = tmp_path / f"expected-{name}.jsonl"
    with open(target, "w", encoding="utf-8") as stream:
        write_jsonl(extract(pdf.read_bytes(), name=name), stream)
    return target.read_text(encoding="utf-8")


def test_broken_pdf_in_the_middle_gives_an_error_record_and_the_rest_go_on(tmp_path):
    inbox = tmp_path / "in"
    copy_pdf(MILBURN, inbox / "1-first.pdf")
    (inbox / "2-truncated.pdf").write_bytes(HERTS.read_bytes()[:3000])
    (inbox / "3-not-a-pdf.pdf").write_bytes(b"<!DOCTYPE html><html>Not found</html>")
    copy_pdf(HERTS, inbox / "4-last.pdf")
    out = tmp_path / "out"
    summary = run_batch([str(inbox)], out, FAST)
    assert (summary.ok, summary.failed) == (2, 2)
    data = summary_of(out)
    for name in ("2-truncated.pdf", "3-not-a-pdf.pdf"):
        output = out / entry(data, name)["output"]
        # What `minutebook extract` gives for the file, error record and all.
        assert output.read_text() == expected_jsonl(inbox / name, name, tmp_path)
        errors = [r for r in records(output) if r["record_type"] == "error"]
        assert errors and errors[0]["source"]["file"] == name
        assert entry(data, name)["status"] == "failed" and entry(data, name)["message"] == errors[0]["message"]
    for name in ("1-first.pdf", "4-last.pdf"):
        kinds = {r["record_type"] for r in records(out / entry(data, name)["output"])}
        assert {"pack", "page"} <= kinds


def test_same_bytes_under_two_names_are_extracted_once_and_both_get_output(tmp_path):
    inbox = tmp_path / "in"
    copy_pdf(MILBURN, inbox / "original.pdf")
    copy_pdf(MILBURN, inbox / "renamed-copy.pdf")
    out = tmp_path / "out"
    calls = tmp_path / "calls"
    options = BatchOptions(jobs=2, init=count_extractions(calls))
    summary = run_batch([str(inbox)], out, options)
    assert (summary.total, summary.unique, summary.ok) == (2, 1, 2)
    assert len(calls.read_text().split()) == 1  # the pipeline ran once
    data = summary_of(out)
    assert entry(data, "renamed-copy.pdf")["same_content_as"].endswith("original.pdf")
    for name in ("original.pdf", "renamed-copy.pdf"):
        # Each output is exactly what extracting the file under its own name gives.
        assert (out / output_name(name, sha(MILBURN))).read_text() == expected_jsonl(MILBURN, name, tmp_path)


def count_extractions(log: Path):
    import functools

    return functools.partial(_count_extractions, str(log))


def _count_extractions(log: str) -> None:
    from minutebook.extract import pipeline

    original = pipeline.extract

    def extract(src, *args, **kwargs):
        with open(log, "a") as stream:
            stream.write(f"{kwargs.get('name')}\n")
        return original(src, *args, **kwargs)

    pipeline.extract = extract


def test_rerun_skips_done_work_and_force_redoes_it(tmp_path):
    inbox = tmp_path / "in"
    copy_pdf(MILBURN, inbox / "a.pdf")
    copy_pdf(MILBURN, inbox / "b.pdf", tag="b")
    out = tmp_path / "out"
    run_batch([str(inbox)], out, FAST)
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("*.jsonl")}
    calls = tmp_path / "calls"
    again = run_batch([str(inbox)], out, BatchOptions(jobs=2, init=count_extractions(calls)))
    assert (again.ok, again.skipped, again.pages) == (0, 2, 0)
    assert not calls.exists()
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.jsonl")} == before
    # A new name for bytes already done is copied from the done output, not extracted again.
    copy_pdf(MILBURN, inbox / "c.pdf")
    third = run_batch([str(inbox)], out, BatchOptions(jobs=2, init=count_extractions(calls)))
    assert (third.ok, third.skipped) == (1, 2) and not calls.exists()
    assert (out / output_name("c.pdf", sha(MILBURN))).read_text() == expected_jsonl(MILBURN, "c.pdf", tmp_path)
    forced = run_batch([str(inbox)], out, BatchOptions(jobs=2, force=True, init=count_extractions(calls)))
    assert (forced.ok, forced.skipped) == (3, 0)
    assert sorted(calls.read_text().split()) == ["a.pdf", "b.pdf"]  # two distinct contents


def test_other_options_do_not_reuse_the_cache(tmp_path):
    copy_pdf(MILBURN, tmp_path / "in" / "a.pdf")
    out = tmp_path / "out"
    run_batch([str(tmp_path / "in")], out, FAST)
    other = run_batch([str(tmp_path / "in")], out, BatchOptions(jobs=1, engine="pdfplumber"))
    assert (other.ok, other.skipped) == (1, 0)
    (pack,) = [r for r in records(out / output_name("a.pdf", sha(MILBURN))) if r["record_type"] == "pack"]
    assert pack["engine"] == "pdfplumber"


def test_failures_are_not_cached_so_a_rerun_retries_them(tmp_path):
    copy_pdf(MILBURN, tmp_path / "in" / "ok.pdf")
    (tmp_path / "in" / "bad.pdf").write_bytes(b"%PDF-1.4 nothing else")
    out = tmp_path / "out"
    first = run_batch([str(tmp_path / "in")], out, FAST)
    second = run_batch([str(tmp_path / "in")], out, FAST)
    assert (first.ok, first.failed) == (1, 1)
    assert (second.skipped, second.failed) == (1, 1)


def test_a_segfault_costs_only_its_own_file(tmp_path):
    inbox = tmp_path / "in"
    names = ["a.pdf", "b-crashes.pdf", "c.pdf", "d.pdf"]
    for n, name in enumerate(names):
        copy_pdf(MILBURN, inbox / name, tag=str(n))
    out = tmp_path / "out"
    summary = run_batch([str(inbox)], out, BatchOptions(jobs=2, init=segfault_on("b-crashes.pdf")))
    assert (summary.ok, summary.failed) == (3, 1)
    data = summary_of(out)
    (record,) = records(out / entry(data, "b-crashes.pdf")["output"])
    assert (record["record_type"], record["kind"], record["stage"]) == ("error", "crashed", "batch")
    assert "SIGSEGV" in record["message"] and record["source"]["file"] == "b-crashes.pdf"
    assert not leftovers(out)
    # The crash is not remembered: without the fault, a rerun does that file and skips the rest.
    rerun = run_batch([str(inbox)], out, FAST)
    assert (rerun.ok, rerun.skipped, rerun.failed) == (1, 3, 0)


def test_a_hang_past_the_time_limit_costs_only_its_own_file(tmp_path):
    inbox = tmp_path / "in"
    for n, name in enumerate(["a.pdf", "b-hangs.pdf", "c.pdf"]):
        copy_pdf(MILBURN, inbox / name, tag=str(n))
    out = tmp_path / "out"
    start = time.monotonic()
    summary = run_batch([str(inbox)], out, BatchOptions(jobs=2, time_limit=2, init=hang_on("b-hangs.pdf")))
    assert time.monotonic() - start < 30
    assert (summary.ok, summary.failed) == (2, 1)
    (record,) = records(out / entry(summary_of(out), "b-hangs.pdf")["output"])
    assert record["kind"] == "timeout" and "time limit of 2 s" in record["message"]


def test_an_exception_in_a_stage_gives_an_error_record(tmp_path):
    for n, name in enumerate(["a.pdf", "b-raises.pdf"]):
        copy_pdf(MILBURN, tmp_path / "in" / name, tag=str(n))
    out = tmp_path / "out"
    summary = run_batch([str(tmp_path / "in")], out, BatchOptions(jobs=1, init=raise_on("b-raises.pdf")))
    assert (summary.ok, summary.failed) == (1, 1)
    (record,) = records(out / entry(summary_of(out), "b-raises.pdf")["output"])
    assert record["kind"] == "internal" and "RuntimeError: injected failure" in record["message"]


def test_a_file_changed_after_planning_gives_an_error_record_not_wrong_evidence(tmp_path):
    # Workers read each PDF where it lies, so a file altered after it was hashed must not be extracted
    # under the old hash: the worker checks it first.
    pdf = copy_pdf(MILBURN, tmp_path / "in" / "a.pdf")
    out = tmp_path / "out"
    summary = run_batch([str(pdf)], out, BatchOptions(jobs=1, init=change_file(pdf)))
    assert (summary.ok, summary.failed) == (0, 1)
    (record,) = records(out / entry(summary_of(out), "a.pdf")["output"])
    assert record["record_type"] == "error" and "changed while the batch was running" in record["message"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the memory cap is Linux's RLIMIT_DATA")
def test_a_file_over_the_worker_memory_cap_costs_only_its_own_file(tmp_path):
    for n, name in enumerate(["a.pdf", "b-hog.pdf"]):
        copy_pdf(MILBURN, tmp_path / "in" / name, tag=str(n))
    out = tmp_path / "out"
    options = BatchOptions(jobs=1, worker_memory_mb=300, init=hog_memory_on("b-hog.pdf"))
    summary = run_batch([str(tmp_path / "in")], out, options)
    assert (summary.ok, summary.failed) == (1, 1)
    (record,) = records(out / entry(summary_of(out), "b-hog.pdf")["output"])
    assert record["kind"] == "internal" and "MemoryError" in record["message"]


def test_workers_are_replaced_after_max_tasks(tmp_path):
    for n in range(4):
        copy_pdf(MILBURN, tmp_path / "in" / f"{n}.pdf", tag=str(n))
    summary = run_batch([str(tmp_path / "in")], tmp_path / "out", BatchOptions(jobs=1, max_tasks=1))
    assert summary.ok == 4
    assert len(summary.peak_rss_kb) == 4  # four worker processes, one file each


def test_inputs_files_folders_and_globs(tmp_path):
    copy_pdf(MILBURN, tmp_path / "x" / "one.pdf")
    copy_pdf(HERTS, tmp_path / "y" / "two.PDF")
    (tmp_path / "y" / "notes.txt").write_text("not a pdf")
    out = tmp_path / "out"
    summary = run_batch([str(tmp_path / "x" / "one.pdf"), str(tmp_path / "y"), str(tmp_path / "*" / "*.pdf")],
                        out, FAST)
    assert summary.total == 2  # one.pdf named twice, notes.txt not taken from a folder
    with pytest.raises(BatchInputError):
        run_batch([str(tmp_path / "missing" / "*.pdf")], out, FAST)


def test_one_run_at_a_time_per_output_folder(tmp_path):
    copy_pdf(MILBURN, tmp_path / "in" / "a.pdf")
    out = tmp_path / "out"
    with locked(out):
        with pytest.raises(OutputBusy):
            run_batch([str(tmp_path / "in")], out, FAST)


def test_cli_batch_exit_codes_and_summary(tmp_path):
    copy_pdf(MILBURN, tmp_path / "in" / "ok.pdf")
    runner = CliRunner()
    ok = runner.invoke(main, ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-j", "1"])
    assert ok.exit_code == 0, ok.output
    assert "1 PDFs (1 distinct): 1 ok, 0 failed, 0 skipped" in ok.output
    (tmp_path / "in" / "bad.pdf").write_bytes(b"")
    bad = runner.invoke(main, ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-j", "1", "-q"])
    assert bad.exit_code == 1
    assert "bad.pdf: the file is empty" in bad.output and "PDFs (" not in bad.output
    missing = runner.invoke(main, ["batch", str(tmp_path / "nothing-here"), "-o", str(tmp_path / "out")])
    assert missing.exit_code == 1 and "no such file, folder or match" in missing.output
    usage = runner.invoke(main, ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "o"), "--executor", "dask"])
    assert usage.exit_code == 2 and "--scheduler" in usage.output


def cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "from minutebook.cli import main; main()", *args]


def test_killed_run_resumes_with_no_loss_no_duplicate_and_no_partial_file(tmp_path):
    inbox = tmp_path / "in"
    copies = 24
    for n in range(copies):
        copy_pdf(NORWICH, inbox / f"pack-{n:02d}.pdf", tag=str(n))
    out = tmp_path / "out"
    proc = subprocess.Popen(cli("batch", str(inbox), "-o", str(out), "-j", "2"), stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while len(list(out.glob("*.jsonl"))) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done_at_kill = len(list(out.glob("*.jsonl")))
    assert 2 <= done_at_kill < copies, "the run should have been stopped half way"
    time.sleep(0.5)  # the killed run's workers go with it
    rerun = subprocess.run(cli("batch", str(inbox), "-o", str(out), "-j", "2"), capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    data = summary_of(out)
    assert data["counts"]["skipped"] >= done_at_kill - 2  # at most the files being written were redone
    assert data["counts"]["ok"] + data["counts"]["skipped"] == copies
    expected = {output_name(f"pack-{n:02d}.pdf", sha(inbox / f"pack-{n:02d}.pdf")) for n in range(copies)}
    assert {p.name for p in out.glob("*.jsonl")} == expected
    assert not leftovers(out)
    # Every output is whole: what extracting that copy gives (checked in full for two, by count for all).
    for n in (0, copies - 1):
        name = f"pack-{n:02d}.pdf"
        assert (out / output_name(name, sha(inbox / name))).read_text() == expected_jsonl(inbox / name, name,
                                                                                         tmp_path)
    full = len(records(out / output_name("pack-00.pdf", sha(inbox / "pack-00.pdf"))))
    for path in out.glob("*.jsonl"):
        got = records(path)
        assert [r["record_type"] for r in got].count("pack") == 1 and len(got) == full


def test_ctrl_c_writes_the_summary_and_exits_130(tmp_path):
    for n in range(12):
        copy_pdf(NORWICH, tmp_path / "in" / f"p{n}.pdf", tag=str(n))
    out = tmp_path / "out"
    proc = subprocess.Popen(cli("batch", str(tmp_path / "in"), "-o", str(out), "-j", "1"),
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not list(out.glob("*.jsonl")) and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    data = summary_of(out)
    assert data["interrupted"] is True and data["counts"]["not_run"] > 0
    assert not leftovers(out)


def test_batch_help_has_an_example():
    result = CliRunner().invoke(main, ["batch", "--help"])
    assert result.exit_code == 0 and "Example:" in result.output


def test_workers_that_cannot_start_stop_the_run_with_a_hint(tmp_path):
    # From stdin the workers cannot import the main module: that is the setup's fault, not the PDFs'.
    copy_pdf(MILBURN, tmp_path / "in" / "a.pdf")
    script = (f"from minutebook.batch import run_batch, BatchOptions\n"
              f"run_batch([{str(tmp_path / 'in')!r}], {str(tmp_path / 'out')!r}, BatchOptions(jobs=1))\n")
    done = subprocess.run([sys.executable, "-"], input=script, capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "WorkerStartError: 3 workers died before their first file" in done.stderr
    assert "if __name__ == '__main__'" in done.stderr
    assert not list((tmp_path / "out").glob("*.jsonl"))  # no PDF was blamed


def test_progress_line_shows_files_pages_speed_and_failures():
    from minutebook.batch.progress import progress_line
    from minutebook.batch.run import Summary

    state = Summary(outdir="out", total=4, ok=1, failed=1, skipped=0, pages=10, seconds=2.0)
    line = progress_line(state, width=8)
    assert line == "[####....] 2/4 files  10 pages  5.0 pages/s  1 failed"


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path):
    copy_pdf(MILBURN, tmp_path / "in" / "a.pdf")
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-j", "1"])
    assert result.exit_code == 0
    # no bar redrawn in place (a plain progress line may come, every --progress-every seconds)
    assert "\r" not in result.output and "] 1/1 files" not in result.output
