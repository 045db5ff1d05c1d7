"""The package installs under the name `minutebook` without squatting `extract` or `models`."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile

from conftest import ROOT, sample


def test_editable_install_maps_the_client_folders_under_minutebook():
    import minutebook.extract
    import minutebook.models

    assert os.path.samefile(os.path.dirname(minutebook.extract.__file__), ROOT / "extract")
    assert os.path.samefile(os.path.dirname(minutebook.models.__file__), ROOT / "models")


def test_cli_runs_from_outside_the_repo(tmp_path):
    exe = os.path.join(os.path.dirname(sys.executable), "minutebook")
    result = subprocess.run([exe, "extract", str(sample("milburn-pc-minutes-2020-07-14.pdf"))],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert '"record_type":"pack"' in result.stdout.splitlines()[0]


def test_regular_install_from_a_wheel_works_outside_the_repo(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "-w", str(wheels), str(ROOT)], check=True, capture_output=True, timeout=300)
    (wheel,) = wheels.glob("minutebook-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "minutebook/extract/pdf/read.py" in names and "minutebook/models/base.py" in names
    assert not any(n.startswith(("extract/", "models/")) for n in names), "generic top-level names squatted"
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target),
                    str(wheel)], check=True, capture_output=True, timeout=300)
    # Run from an empty folder with only the installed copy (plus the venv's dependencies) importable.
    env = dict(os.environ, PYTHONPATH=str(target), PYTHONSAFEPATH="1")
    code = ("import minutebook.extract.pdf.read as r, sys; "
            "assert r.__file__.startswith(sys.argv[1]), r.__file__; "
            "from minutebook.cli import main; main(['extract', sys.argv[2]])")
    result = subprocess.run([sys.executable, "-c", code, str(target),
                             str(sample("milburn-pc-minutes-2020-07-14.pdf"))],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert '"record_type":"page"' in result.stdout
