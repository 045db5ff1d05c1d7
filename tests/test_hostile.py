"""Hostile input (issue 17): whatever the PDF, every command ends within limits with records or an error record,
never a hang, a blow-up or a traceback. Each case runs in a child process under a time and a memory limit
(tests/hostile.py), so a regression fails here instead of hanging CI."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from minutebook.extract.pdf import plumber_engine as _plumber
from minutebook.models.errors import TimedOut
from minutebook.extract.pdf.guard import time_budget

from hostile import CYCLES, minutebook

ENGINES = ["pdfium", "pdfplumber"]


def records(result) -> list[dict]:
    return [json.loads(line) for line in result.text().splitlines()]


def no_traceback(result) -> None:
    assert not result.timed_out, f"hung: {result.err()[-500:]}"
    assert "Traceback" not in result.err(), result.err()[-2000:]


# --- 1. reference cycles: pdfminer followed `2 0 obj 2 0 R endobj` forever ------------------------------

@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", sorted(CYCLES))
def test_a_reference_cycle_gives_records_or_an_error_record_in_every_engine(tmp_path, name, engine):
    pdf = tmp_path / name
    pdf.write_bytes(CYCLES[name]())
    done = minutebook("extract", "--engine", engine, "--no-ocr", str(pdf), str(pdf), timeout=30)
    no_traceback(done)
    got = records(done)
    assert got, done.err()
    types = [r["record_type"] for r in got]
    if name.startswith("pages-"):  # the page tree is a cycle: nothing to read, said once per file
        assert types == ["error", "error"], types
        assert got[0]["kind"] in ("no_pages", "corrupt"), got[0]
        assert done.returncode == 1
    else:  # only a stream's /Length is a cycle: the page is still read
        assert types.count("pack") == 2 and "page" in types, types
        assert done.returncode == 0


@pytest.mark.parametrize("command", ["pages", "outline"])
@pytest.mark.parametrize("name", sorted(CYCLES))
def test_a_reference_cycle_ends_the_viewing_commands_with_a_message(tmp_path, name, command):
    pdf = tmp_path / name
    pdf.write_bytes(CYCLES[name]())
    done = minutebook(command, "--engine", "pdfplumber", str(pdf), timeout=30)
    no_traceback(done)
    if name.startswith("pages-"):
        assert done.returncode == 1 and "has no pages" in done.err(), done.err()
    else:
        assert done.returncode == 0 and ("=== page 1" in done.text() or "(1 pages)" in done.text()), done.text()


def test_a_reference_cycle_gives_an_error_on_the_evidence_page_command(tmp_path):
    pdf = tmp_path / "cycle.pdf"
    pdf.write_bytes(CYCLES["pages-two-cycle.pdf"]())
    done = minutebook("show", str(pdf), "--html", str(tmp_path / "x.html"), timeout=30)
    no_traceback(done)
    assert done.returncode == 1 and "has no pages" in done.err(), done.err()


def test_a_reader_loop_is_stopped_at_its_time_budget():
    started = time.monotonic()
    with pytest.raises(TimedOut, match="spinning took longer than 0.2 s"):
        with time_budget(0.2, "spinning"):
            while time.monotonic() - started < 30:
                pass


def test_a_budget_outlives_a_library_that_swallows_the_first_alarm():
    started = time.monotonic()
    swallowed = 0
    with pytest.raises(TimedOut):
        with time_budget(0.2, "spinning"):
            while time.monotonic() - started < 30:
                try:
                    while time.monotonic() - started < 30:
                        pass
                except TimedOut:
                    swallowed += 1
                    if swallowed > 1:
                        raise
    assert swallowed == 2


def test_the_page_count_diagnosis_gives_up_at_its_budget(monkeypatch):
    def loop(*args, **kwargs):
        while True:
            pass

    monkeypatch.setattr(_plumber, "COUNT_BUDGET", 0.2)
    monkeypatch.setattr(_plumber.pdfplumber, "open", loop)
    assert _plumber.count_pages(b"%PDF-1.4") is None


# --- 3. batch workers die with the batch ------------------------------------------------------------------

BATCH_SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from batch_faults import hang_noting_pids_on
from minutebook.batch import BatchOptions, run_batch

if __name__ == "__main__":
    run_batch([{inbox!r}], {out!r}, BatchOptions(jobs=2, time_limit=600, init=hang_noting_pids_on("a.pdf", {tmp!r})))
"""


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_kill_9_of_a_batch_takes_its_workers_and_their_children_and_a_rerun_owns_the_folder(tmp_path):
    from conftest import ROOT, sample

    inbox = tmp_path / "in"
    inbox.mkdir()
    pdf = sample("milburn-pc-minutes-2020-07-14.pdf").read_bytes()
    (inbox / "a.pdf").write_bytes(pdf)
    (inbox / "b.pdf").write_bytes(pdf + b"\n% b\n")
    out = tmp_path / "out"
    script = tmp_path / "run.py"
    script.write_text(BATCH_SCRIPT.format(tests=str(ROOT / "tests"), inbox=str(inbox), out=str(out),
                                          tmp=str(tmp_path)))
    batch = subprocess.Popen([sys.executable, str(script)], start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while not (tmp_path / "pids").exists() and time.monotonic() < deadline and batch.poll() is None:
            time.sleep(0.05)
        worker, grandchild = map(int, (tmp_path / "pids").read_text().split())
        assert alive(worker) and alive(grandchild)
        batch.kill()  # SIGKILL: no clean-up of its own
        batch.wait()
        deadline = time.monotonic() + 10
        while (alive(worker) or alive(grandchild)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not alive(worker), "the worker outlived its batch"
        assert not alive(grandchild), "the worker's child outlived the batch"
    finally:
        if batch.poll() is None:
            os.killpg(batch.pid, signal.SIGKILL)
    # An immediate rerun (no fault now) owns the folder and finishes both files.
    rerun = minutebook("batch", str(inbox), "-o", str(out), "-j", "2", "-q", timeout=300)
    no_traceback(rerun)
    assert rerun.returncode == 0, rerun.err()
    summary = json.loads((out / "batch-summary.json").read_text())
    assert summary["counts"]["ok"] + summary["counts"]["skipped"] == 2, summary["counts"]
    assert not list(out.glob(".*.part"))


# --- 6. -o: checked before any work, written through links and pipes, a full disk said in words --------------

MILBURN = "milburn-pc-minutes-2020-07-14.pdf"


def milburn() -> str:
    from conftest import sample

    return str(sample(MILBURN))


@pytest.mark.parametrize("command", [["extract", "@pdf"], ["ledger", "@jsonl"], ["export", "--db", "@db"]])
@pytest.mark.parametrize("problem,message", [
    ("folder", "is a folder"),
    ("long", "longer than the 255"),
    ("parent-is-a-file", "is not a folder"),
])
def test_an_unusable_output_is_refused_before_any_work(tmp_path, command, problem, message):
    target = {"folder": tmp_path, "long": tmp_path / ("x" * 300 + ".jsonl"),
              "parent-is-a-file": tmp_path / "file.txt" / "out.jsonl"}[problem]
    (tmp_path / "file.txt").write_text("")
    (tmp_path / "in.jsonl").write_text("")
    args = [{"@pdf": milburn(), "@jsonl": str(tmp_path / "in.jsonl"), "@db": str(tmp_path / "none.db")}.get(a, a)
            for a in command]
    done = minutebook(*args, "-o", str(target), timeout=60)
    no_traceback(done)
    assert done.returncode == 2, done.err()
    assert message in done.err(), done.err()
    assert "warning" not in done.err()  # refused before a PDF was read
    assert not (tmp_path / "none.db").exists()


def test_an_output_name_just_under_the_limit_is_written(tmp_path):
    target = tmp_path / ("x" * 248 + ".jsonl")  # 254 bytes: with the temporary file's prefix and suffix, over 255
    done = minutebook("extract", milburn(), "-o", str(target), "--no-ocr", timeout=120)
    no_traceback(done)
    assert done.returncode == 0 and target.read_text().startswith('{"record_type":"pack"')


def test_a_symlink_output_keeps_the_link_and_writes_its_target(tmp_path):
    real = tmp_path / "real.jsonl"
    real.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    done = minutebook("extract", milburn(), "-o", str(link), "--no-ocr", timeout=120)
    no_traceback(done)
    assert done.returncode == 0
    assert link.is_symlink() and real.read_text().startswith('{"record_type":"pack"')


def test_a_fifo_output_is_written_through_not_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    done = minutebook("extract", milburn(), "-o", str(fifo), "--no-ocr", timeout=120)
    got = reader.communicate(timeout=60)[0].decode()
    no_traceback(done)
    assert done.returncode == 0 and got.startswith('{"record_type":"pack"')
    assert fifo.is_fifo()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_is_a_message_not_a_traceback():
    done = minutebook("extract", milburn(), "-o", "/dev/full", "--no-ocr", timeout=120)
    no_traceback(done)
    assert done.returncode == 1 and "No space left on device" in done.err(), done.err()


def test_a_file_size_limit_mid_write_leaves_no_partial_file(tmp_path):
    """RLIMIT_FSIZE makes writes past 8 KB fail (EFBIG), as a full disk does, on the atomic (regular file) path."""
    code = ("import resource, signal, sys; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
            "resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192)); "
            "from minutebook.cli import main; main(sys.argv[1:], prog_name='minutebook')")
    from hostile import run_limited

    done = run_limited([sys.executable, "-c", code, "extract", milburn(), "-o", str(tmp_path / "out.jsonl"),
                        "--no-ocr"], timeout=120)
    no_traceback(done)
    assert done.returncode == 1 and "cannot be written (File too large)" in done.err(), done.err()
    assert os.listdir(tmp_path) == []


def test_a_killed_writers_partial_file_is_cleaned_and_a_live_ones_kept(tmp_path):
    from minutebook.extract.emit import AtomicWriter, remove_stale_partials

    stale = tmp_path / ".out.jsonl.abcd1234.part"
    stale.write_text("left by a killed run")
    os.utime(stale, (time.time() - 60, time.time() - 60))
    with AtomicWriter(tmp_path / "out.jsonl") as stream:
        stream.write("x")
        stream.flush()
        live = [p for p in tmp_path.glob(".*.part") if p != stale]
        assert remove_stale_partials(tmp_path, "out.jsonl") == 1
        assert not stale.exists() and live[0].exists()  # the live writer's file is locked, so kept
    assert (tmp_path / "out.jsonl").read_text() == "x"


def test_a_batch_output_folder_that_cannot_be_made_is_a_message(tmp_path):
    (tmp_path / "file.txt").write_text("")
    for outdir in (tmp_path / ("y" * 300), tmp_path / "file.txt" / "out"):
        done = minutebook("batch", milburn(), "-o", str(outdir), "-q", timeout=120)
        no_traceback(done)
        assert done.returncode in (1, 2) and "Error:" in done.err(), done.err()


# --- 4. file names that are not UTF-8 -----------------------------------------------------------------------

@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_survives_into_records_in_extract_and_batch(tmp_path):
    from conftest import sample

    inbox = tmp_path / "in"
    inbox.mkdir()
    latin1 = os.fsdecode(b"caf\xe9.pdf")
    (inbox / latin1).write_bytes(sample(MILBURN).read_bytes())
    (inbox / os.fsdecode(b"empty\xff.pdf")).write_bytes(b"")
    out = tmp_path / "out.jsonl"
    done = minutebook("extract", str(inbox / latin1), str(inbox / os.fsdecode(b"empty\xff.pdf")), "-o", str(out),
                      "--no-ocr", timeout=120)
    no_traceback(done)
    assert done.returncode == 1  # the empty file failed; the other's records are all there
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["source"]["file"] for r in got} == {"caf\\xe9.pdf", "empty\\xff.pdf"}
    assert [r["record_type"] for r in got].count("pack") == 1
    batch = minutebook("batch", str(inbox), "-o", str(tmp_path / "b"), "-q", "--no-ocr", timeout=300)
    no_traceback(batch)
    summary = json.loads((tmp_path / "b" / "batch-summary.json").read_text())
    assert sorted(f["name"] for f in summary["files"]) == ["caf\\xe9.pdf", "empty\\xff.pdf"]
    assert summary["counts"]["ok"] == 1 and summary["counts"]["failed"] == 1


# --- 8. option values out of range are usage errors ---------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["search", "x", "-n", "99999999999999999999"],
    ["ledger", "@jsonl", "--overdue-after", "99999999999999999999w"],
    ["extract", "@pdf", "--max-mb", "99999999999999999999"],
    ["extract", "@pdf", "--ocr-jobs", "99999999999999999999"],
    ["batch", "@pdf", "-o", "@out", "--time-limit", "1e300"],
    ["batch", "@pdf", "-o", "@out", "--worker-memory", "99999999999999999999"],
    ["batch", "@pdf", "-o", "@out", "-j", "99999999999999999999"],
])
def test_an_out_of_range_option_is_a_usage_error(tmp_path, args):
    (tmp_path / "in.jsonl").write_text("")
    args = [{"@pdf": milburn(), "@jsonl": str(tmp_path / "in.jsonl"), "@out": str(tmp_path / "o")}.get(a, a)
            for a in args]
    done = minutebook(*args, timeout=60)
    no_traceback(done)
    assert done.returncode == 2, done.err()
    assert "Invalid value" in done.err() or "Error:" in done.err()


# --- 9. CSV cells that a spreadsheet would run ---------------------------------------------------------------

@pytest.mark.parametrize("cell,safe", [
    ('=HYPERLINK("http://example.invalid/","click")', '\'=HYPERLINK("http://example.invalid/","click")'),
    ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"),
    ("RESOLVED that = is fine inside", "RESOLVED that = is fine inside"),
    ("", ""),
    (3, 3),
    (None, None),
])
def test_csv_cells_that_start_like_a_formula_are_neutralised(cell, safe):
    from minutebook.query.output import safe_cell

    assert safe_cell(cell) == safe


# --- 7. endless input stops at --max-mb -------------------------------------------------------------------

@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_an_endless_stream_is_refused_at_the_limit_and_the_message_gives_the_limit():
    done = minutebook("extract", "/dev/zero", "--max-mb", "4", timeout=60, memory_mb=1000)
    no_traceback(done)
    assert done.returncode == 1
    got = records(done)
    assert [(r["record_type"], r["kind"]) for r in got] == [("error", "too_large")]
    assert got[0]["message"].startswith("zero: more than the limit of 4 MB; reading stopped there")


def test_a_stream_over_the_limit_on_stdin_is_refused_without_reading_it_all():
    data = b"%PDF-1.4\n" + b"0" * (3 * 1024 * 1024)
    done = minutebook("extract", "-", "--max-mb", "1", stdin=data, timeout=60)
    no_traceback(done)
    got = records(done)
    assert [(r["record_type"], r["kind"]) for r in got] == [("error", "too_large")]
    assert "more than the limit of 1 MB" in got[0]["message"]


# --- 2. statement-dense pages: the resolution stage is linear in the page's text ----------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from minutebook.extract.resolutions import triggers  # noqa: E402

_TEXT = st.text(alphabet=st.sampled_from(list("ab Cllr.J;:!?\"')\u201d\n\t ")), max_size=80)


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.sampled_from([".!?", ".;:!?", ".!?;:"]))
def test_the_last_sentence_cut_read_backwards_is_the_last_of_all_cuts(text, stops):
    cuts = triggers.sentence_cuts(text + " ", stops)
    assert triggers.last_sentence_cut(text, 0, len(text), stops) == (cuts[-1] if cuts else None)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_sentence_cuts_read_the_word_before_a_stop_as_the_regex_did(text):
    import re

    from minutebook.extract.resolutions import patterns as P

    def old_cuts(window, stops=".!?"):
        out = []
        for m in re.finditer(rf"[{re.escape(stops)}][\"')\u201d\u2019]*(?=\s)", window):
            if window[m.start()] == ".":
                word = re.findall(r"[A-Za-z]+$", window[:m.start()])
                if word and (word[0].lower() in P.ABBREVIATIONS or len(word[0]) == 1):
                    continue
            out.append(m.end())
        return out

    assert triggers.sentence_cuts(text) == old_cuts(text)
    assert triggers.sentence_cuts(text, ".;:!?") == old_cuts(text, ".;:!?")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1,./-' \u2019")), max_size=900), st.integers(1, 6))
def test_the_last_words_of_a_long_prefix_are_those_of_the_whole(text, n):
    assert triggers._last_words(text, n) == triggers.WORD.findall(text)[-n:]


@pytest.mark.parametrize("one_line,statements,formula", [(True, 800, "RESOLVED"), (False, 2000, "RESOLVED"),
                                                         (False, 2000, "AGREED")])
def test_a_page_dense_with_statements_gives_every_resolution_within_limits(tmp_path, one_line, statements, formula):
    """Before the fix 500 statements on one line took 100 s and more (cubic); now a couple of seconds. Decisions
    worded without "resolved" are found in time proportional to the page too (each looked up the next decision
    by scanning all of them: quadratic)."""
    from hostile import dense_page

    pdf = tmp_path / "dense.pdf"
    pdf.write_bytes(dense_page(statements, one_line=one_line, formula=formula))
    done = minutebook("extract", str(pdf), "--no-ocr", timeout=120)
    no_traceback(done)
    got = [r for r in records(done) if r["record_type"] == "resolution"]
    assert len(got) == statements
    assert got[-1]["text"] == f"that item {statements} be approved."


# --- 5. one memory guard for every command -----------------------------------------------------------------

def test_a_decompression_bomb_gives_a_resource_limit_record_and_the_next_file_goes_on(tmp_path):
    from pdfgen import bomb_pdf

    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(bomb_pdf(1200))  # about 6 MB on disk, 1.2 GB of content once inflated
    done = minutebook("extract", str(bomb), milburn(), "--max-memory", "500", "--no-ocr", timeout=180,
                      memory_mb=3000)
    no_traceback(done)
    got = records(done)
    errors = [r for r in got if r["record_type"] == "error"]
    assert [(e["source"]["file"], e["kind"]) for e in errors] == [("bomb.pdf", "resource_limit")], errors
    assert "memory limit of 500 MiB" in errors[0]["message"]
    assert [r["source"]["file"] for r in got if r["record_type"] == "pack"] == [MILBURN]
    assert done.returncode == 1  # the bomb gave nothing but its error


def test_pages_of_a_bomb_is_a_message_at_the_memory_limit(tmp_path):
    from pdfgen import bomb_pdf

    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(bomb_pdf(1200))
    done = minutebook("pages", str(bomb), "--max-memory", "500", "--no-ocr", timeout=180, memory_mb=3000)
    no_traceback(done)
    assert done.returncode == 1 and "memory limit of 500 MiB" in done.err(), done.err()


@pytest.mark.parametrize("user_unit", [None, 75000.0])
def test_a_page_a_mile_wide_renders_within_the_pixel_cap(tmp_path, user_unit):
    from hostile import huge_mediabox

    pdf = tmp_path / "huge.pdf"
    pdf.write_bytes(huge_mediabox(14400, user_unit))
    html = tmp_path / "huge.html"
    # 14,400 pt square at the evidence page's 1.5 px/pt would be 466 million pixels (1.9 GB as RGBA)
    done = minutebook("show", str(pdf), "--html", str(html), "--all-pages", timeout=120, memory_mb=1500)
    no_traceback(done)
    assert done.returncode == 0, done.err()
    assert "data:image/png;base64," in html.read_text()


def test_a_page_image_scale_is_capped_to_the_pixel_limit():
    from minutebook.extract.limits import DEFAULT_LIMITS, capped_scale

    scale = capped_scale(14400, 14400, 1.5, DEFAULT_LIMITS)
    assert (14400 * scale) ** 2 <= DEFAULT_LIMITS.max_render_pixels * 1.0001
    assert capped_scale(595, 842, 1.5, DEFAULT_LIMITS) == 1.5  # an A4 page is drawn as asked


# --- 10. smaller gaps ---------------------------------------------------------------------------------------

def test_a_missing_file_and_a_folder_among_extract_inputs_get_error_records_and_the_rest_goes_on(tmp_path):
    done = minutebook("extract", str(tmp_path / "missing.pdf"), str(tmp_path), milburn(), "--no-ocr", timeout=120)
    no_traceback(done)
    got = records(done)
    errors = [(r["source"]["file"], r["kind"]) for r in got if r["record_type"] == "error"]
    assert errors == [("missing.pdf", "unreadable"), (tmp_path.name, "unreadable")]
    assert [r["source"]["file"] for r in got if r["record_type"] == "pack"] == [MILBURN]
    assert f"minutebook: {tmp_path / 'missing.pdf'}: no such file" in done.err()
    assert f"minutebook: {tmp_path}: is a folder" in done.err()
    assert done.returncode == 1


def test_ctrl_c_in_extract_exits_130_without_a_traceback(tmp_path):
    from conftest import sample

    code = "import sys; from minutebook.cli import main; main(sys.argv[1:], prog_name='minutebook')"
    args = [sys.executable, "-c", code, "extract", *[milburn()] * 2000, "--no-ocr", "-o", str(tmp_path / "o.jsonl")]
    proc = subprocess.Popen(args, stderr=subprocess.PIPE, stdout=subprocess.PIPE, start_new_session=True)
    try:
        first = proc.stderr.readline()  # the first file's first warning: the run is into the files
        assert b"warning" in first, first
        os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole foreground group
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 130, err.decode()[-1000:]
    assert b"Traceback" not in err and b"interrupted" in err
    assert not (tmp_path / "o.jsonl").exists() and not list(tmp_path.glob(".*.part"))


@pytest.mark.parametrize("query", [" OR ".join(f"w{n}" for n in range(10_000)), "x" * 120_000])
def test_a_huge_search_is_refused_at_once(query):
    from minutebook.models.errors import BadQuery
    from minutebook.query.search import fts_query

    with pytest.raises(BadQuery, match="at most"):
        fts_query(query, raw=True)
    with pytest.raises(BadQuery, match="at most"):
        fts_query(query)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_odd_symlinks_in_a_batch_folder_get_error_records_and_a_link_out_is_named(tmp_path):
    from conftest import sample

    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "a.pdf").write_bytes(sample(MILBURN).read_bytes())
    (inbox / "dangling.pdf").symlink_to(tmp_path / "nowhere.pdf")
    (inbox / "loop.pdf").symlink_to(inbox / "loop.pdf")
    (inbox / "zero.pdf").symlink_to("/dev/zero")
    outside = tmp_path / "elsewhere" / "b.pdf"
    outside.parent.mkdir()
    outside.write_bytes(sample(MILBURN).read_bytes() + b"\n% b\n")
    (inbox / "out-link.pdf").symlink_to(outside)
    done = minutebook("batch", str(inbox), "-o", str(tmp_path / "out"), "-q", "--no-ocr", timeout=300)
    no_traceback(done)
    assert done.returncode == 1
    files = {f["name"]: f for f in json.loads((tmp_path / "out" / "batch-summary.json").read_text())["files"]}
    assert sorted(files) == ["a.pdf", "dangling.pdf", "loop.pdf", "out-link.pdf", "zero.pdf"]
    assert {n: f["status"] for n, f in files.items()} == {"a.pdf": "ok", "dangling.pdf": "failed", "loop.pdf": "failed",
                                                          "out-link.pdf": "ok", "zero.pdf": "failed"}
    assert "not a regular file" in files["zero.pdf"]["message"]
    assert files["out-link.pdf"]["link_target"] == str(outside)


def test_outline_skips_a_damaged_page_and_reads_the_others(monkeypatch):
    """It said the page was skipped while failing the whole file."""
    from click.testing import CliRunner

    from minutebook.cli import main
    from minutebook.extract.pdf import pdfium_engine

    read_page = pdfium_engine._read_page

    def damaged(doc, index):
        if index == 1:
            raise RuntimeError("damaged page")
        return read_page(doc, index)

    monkeypatch.setattr(pdfium_engine, "_read_page", damaged)
    from conftest import sample

    result = CliRunner().invoke(main, ["outline", str(sample("norwich-scrutiny-2021-03-18-rendered.pdf"))])
    assert result.exit_code == 0, result.output
    assert "page 2 could not be read" in result.stderr
    assert result.stdout.startswith("pack norwich-scrutiny-2021-03-18-rendered.pdf")


def test_ledger_and_export_csv_neutralise_formula_cells_unless_raw(tmp_path):
    from minutebook.query.output import write_rows

    rows = [{"text": '=HYPERLINK("http://example.invalid/")', "owner": "-1+1"}]
    for raw, first in ((False, "'="), (True, "=")):
        import io

        out = io.StringIO()
        write_rows(rows, ["text", "owner"], out, raw_csv=raw)
        cells = out.getvalue().splitlines()[1]
        assert cells.startswith(f'"{first}HYPERLINK') and cells.endswith("'-1+1" if not raw else "-1+1")


def test_a_reader_that_hangs_in_c_is_stopped_at_the_per_file_time_limit():
    """No alarm inside the process stops a loop in C (pdfium); the parent kills the child at the deadline."""
    from minutebook.extract.pdf.isolated import run_isolated

    def work():
        yield "first line"
        time.sleep(3600)  # stands for a library call that never returns
        yield "never"

    got = []
    with pytest.raises(TimedOut, match="x.pdf: reading took longer than the time limit of 1 s"):
        for line in run_isolated(work, None, "x.pdf", deadline=1):
            got.append(line)
    assert got == ["first line"]


def test_a_child_that_runs_out_of_memory_and_one_that_crashes_are_told_apart():
    from minutebook.extract.pdf.isolated import Crashed, ResourceLimit, run_isolated

    def hog():
        yield "start"
        bytearray(2 << 30)

    def crash():
        import ctypes

        yield "start"
        ctypes.string_at(0)

    with pytest.raises(ResourceLimit, match="memory limit of 300 MiB"):
        list(run_isolated(hog, 300 << 20, "x.pdf"))
    with pytest.raises(Crashed, match="SIGSEGV"):
        list(run_isolated(crash, 300 << 20, "x.pdf"))
