"""The Dask executor on a LocalCluster: same outputs as the local pool, crashes and hangs still contained."""
from __future__ import annotations

import json
import os

import pytest

if os.environ.get("CI"):
    import distributed  # noqa: F401  (CI installs minutebook[dask]: a missing install fails here, never skips)
else:
    pytest.importorskip("distributed")

from distributed import LocalCluster  # noqa: E402

from minutebook.batch import SUMMARY, BatchOptions, run_batch  # noqa: E402

from batch_faults import hang_on, segfault_on  # noqa: E402
from conftest import sample  # noqa: E402
from test_batch import copy_pdf, records  # noqa: E402

MILBURN = sample("milburn-pc-minutes-2020-07-14.pdf")
HERTS = sample("hertingfordbury-pc-minutes-2012-01-11.pdf")


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0") as c:
        yield c


def outputs(out):
    return {p.name: p.read_text(encoding="utf-8") for p in out.glob("*.jsonl")}


def test_dask_writes_the_same_outputs_as_the_local_pool(cluster, tmp_path):
    inbox = tmp_path / "in"
    copy_pdf(MILBURN, inbox / "a.pdf")
    copy_pdf(MILBURN, inbox / "a-again.pdf")
    copy_pdf(HERTS, inbox / "b.pdf")
    (inbox / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage")
    dask_opts = BatchOptions(executor="dask", scheduler=cluster.scheduler_address, time_limit=60)
    summary = run_batch([str(inbox)], tmp_path / "dask", dask_opts)
    assert (summary.ok, summary.failed, summary.unique) == (3, 1, 3)
    local = run_batch([str(inbox)], tmp_path / "local", BatchOptions(jobs=2))
    assert (local.ok, local.failed) == (3, 1)
    assert outputs(tmp_path / "dask") == outputs(tmp_path / "local") and len(outputs(tmp_path / "dask")) == 4
    again = run_batch([str(inbox)], tmp_path / "dask", dask_opts)
    assert (again.skipped, again.failed, again.ok) == (3, 1, 0)
    assert json.loads((tmp_path / "dask" / SUMMARY).read_text())["options"]["executor"] == "dask"


def test_dask_contains_a_crash_and_a_hang(cluster, tmp_path):
    inbox = tmp_path / "in"
    for n, name in enumerate(["a.pdf", "b.pdf", "crash.pdf"]):
        copy_pdf(MILBURN, inbox / name, tag=str(n))
    out = tmp_path / "out"
    crash = BatchOptions(executor="dask", scheduler=cluster.scheduler_address, init=segfault_on("crash.pdf"))
    summary = run_batch([str(inbox)], out, crash)
    assert (summary.ok, summary.failed) == (2, 1)
    failed = [f for f in json.loads((out / SUMMARY).read_text())["files"] if f["status"] == "failed"]
    assert [f["name"] for f in failed] == ["crash.pdf"]
    assert records(out / failed[0]["output"])[0]["kind"] == "crashed"
    copy_pdf(MILBURN, inbox / "hang.pdf", tag="hang")
    hang = BatchOptions(executor="dask", scheduler=cluster.scheduler_address, time_limit=2,
                        init=hang_on("hang.pdf"))
    summary = run_batch([str(inbox)], out, hang)
    assert (summary.ok, summary.skipped, summary.failed) == (1, 2, 1)  # crash.pdf redone, hang.pdf stopped


def test_dask_worker_processes_that_are_daemons_run_files_in_process(tmp_path):
    # Dask's default worker processes may not have children: the files run in the worker itself.
    inbox = tmp_path / "in"
    copy_pdf(MILBURN, inbox / "a.pdf")
    (inbox / "empty.pdf").write_bytes(b"")
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=True, dashboard_address=":0") as procs:
        summary = run_batch([str(inbox)], tmp_path / "out",
                            BatchOptions(executor="dask", scheduler=procs.scheduler_address))
    assert (summary.ok, summary.failed) == (1, 1)
    assert records(tmp_path / "out" / next(f["output"] for f in summary.files if f["name"] == "empty.pdf"))[0][
        "kind"] == "empty"
    local = run_batch([str(inbox)], tmp_path / "local", BatchOptions(jobs=1))
    assert outputs(tmp_path / "out") == outputs(tmp_path / "local")
