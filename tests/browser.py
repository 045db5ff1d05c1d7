"""Headless Chromium for the evidence-page tests: screenshots and the DOM after load.

CI installs Debian's `chromium` (.ci/run) and sets MINUTEBOOK_REQUIRE_CHROMIUM=1, so there a missing
browser fails the tests instead of skipping them.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
REQUIRED = bool(os.environ.get("MINUTEBOOK_REQUIRE_CHROMIUM"))

needs_chromium = pytest.mark.skipif(
    CHROMIUM is None and not REQUIRED, reason="chromium is not installed (.ci/run installs it)"
)

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
         "--force-device-scale-factor=1", "--default-background-color=ffffffff"]


def _run(args: list[str], tmp: Path) -> subprocess.CompletedProcess:
    if CHROMIUM is None:
        pytest.fail("chromium is required (MINUTEBOOK_REQUIRE_CHROMIUM is set) but not installed")
    profile = tmp / "chromium-profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120, check=True)


def screenshot(html: Path, tmp: Path, width: int, height: int) -> Image.Image:
    png = tmp / f"{html.stem}.png"
    _run([f"--screenshot={png}", f"--window-size={width},{height}", html.resolve().as_uri()], tmp)
    return Image.open(png).convert("RGB")


def dump_dom(html: Path, tmp: Path) -> str:
    """The document as serialised after load (scripts, had any run, would have changed it)."""
    return _run(["--dump-dom", html.resolve().as_uri()], tmp).stdout
