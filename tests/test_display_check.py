"""Before the window starts (issue 19, items 4 and 5): no display, or missing X libraries, is one clear line and
exit 2, not Qt's abort; the README's apt-get line installs exactly the libraries the check looks for."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from alliance_desktop import i18n
from alliance_desktop.ui import display

README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.fixture(autouse=True)
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("fi")


def test_no_display_is_named_and_points_at_the_commands():
    text = display.problem({}, "linux", lambda name: True)
    assert "DISPLAY" in text and "alliance-desktop report" in text


def test_missing_libraries_are_named_as_debian_packages():
    text = display.problem({"DISPLAY": ":0"}, "linux", lambda name: "icccm" not in name and "cursor" not in name)
    assert text.endswith("sudo apt-get install libxcb-cursor0 libxcb-icccm4")


def test_nothing_to_say_when_qt_can_try():
    everything = lambda name: True  # noqa: E731
    assert display.problem({"DISPLAY": ":0"}, "linux", everything) is None
    assert display.problem({}, "win32", lambda name: False) is None
    assert display.problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", lambda name: False) is None
    assert display.problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", lambda name: False) is None
    # the user chose xcb: the check applies
    assert display.problem({"QT_QPA_PLATFORM": "xcb"}, "linux", everything) is not None


def test_finnish_message():
    i18n.set_language("fi")
    assert "näyttö" in display.problem({}, "linux", lambda name: True).lower()


def test_the_readme_installs_exactly_the_checked_libraries():
    line = next(x for x in README.read_text("utf-8").splitlines() if x.startswith("sudo apt-get install"))
    assert line.split()[4:] == [package for _library, package in display.XCB_LIBRARIES]
    ci = (README.parent / ".ci" / "run").read_text("utf-8")
    assert "README.md" in ci  # .ci/run installs the README's line and starts a real window with it


@pytest.mark.slow
def test_the_start_without_a_display_is_one_line_and_exit_2(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["ALLIANCE_DESKTOP_DATA_DIR"] = str(tmp_path)
    if not sys.platform.startswith("linux"):
        pytest.skip("the check is for Linux")
    result = subprocess.run([sys.executable, "-m", "alliance_desktop", "--demo", "keusote", "--lang", "en"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "DISPLAY" in result.stderr
    assert not re.search(r"Traceback|qt\.qpa", result.stderr)


@pytest.mark.slow
def test_a_screenshot_without_a_display_renders_off_screen(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["ALLIANCE_DESKTOP_DATA_DIR"] = str(tmp_path)
    if not sys.platform.startswith("linux"):
        pytest.skip("the check is for Linux")
    out = tmp_path / "shot.png"
    result = subprocess.run([sys.executable, "-m", "alliance_desktop", "--demo", "keusote", "--screenshot", str(out),
                             "--size", "1280x720"], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
