"""The suite's guards catch what they are for: a test that leaves a window open or a thread running fails
(tests/conftest.py, tests/ui/conftest.py), and the `slow` marker is given from a test's code. Run with
pytest in another process on a copy of the conftest files, as the suite runs them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

LEAKY = '''
import threading
import time

from PySide6.QtWidgets import QWidget

kept = []


def test_a_window_left_open(qapp):
    window = QWidget()
    window.setWindowTitle("unohtunut")
    window.show()
    kept.append(window)


def test_a_thread_left_running():
    done = threading.Event()
    threading.Thread(target=done.wait, args=(3,), name="unohtunut-saie", daemon=True).start()


def test_a_window_closed_and_deleted(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()


def test_another_process():
    import subprocess
    import sys

    subprocess.run([sys.executable, "-c", "pass"], check=True)
'''


def _suite_copy(tmp_path: Path) -> Path:
    (tmp_path / "tests" / "ui").mkdir(parents=True)
    for name in ("tests/__init__.py", "tests/conftest.py", "tests/ui/__init__.py", "tests/ui/conftest.py",
                 "pyproject.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    (tmp_path / "tests" / "ui" / "test_leaky.py").write_text(textwrap.dedent(LEAKY), "utf-8")
    return tmp_path


def test_a_window_left_open_or_a_thread_left_running_fails_the_test(tmp_path):
    folder = _suite_copy(tmp_path)
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-rA", "tests/ui"],
                            cwd=folder, capture_output=True, text=True, timeout=300, check=False)
    out = result.stdout
    assert "windows left open by the test: [\"QWidget 'unohtunut'\"]" in out, out
    assert "still running after the test: threads ['unohtunut-saie']" in out, out
    assert "PASSED tests/ui/test_leaky.py::test_a_window_closed_and_deleted" in out, out
    assert "4 passed, 2 errors" in out, out  # (the two leaks fail in their teardown)
    slow = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "--collect-only", "-m", "slow",
                           "tests/ui"], cwd=folder, capture_output=True, text=True, timeout=300, check=False)
    assert "test_leaky.py::test_another_process" in slow.stdout and "1/4 tests collected" in slow.stdout, slow.stdout
