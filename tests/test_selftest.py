"""`alliance-desktop --self-test`: passes on a good installation, fails loudly on a broken one, no network.

Each test runs the self-test in a fresh Python process (it makes its own QApplication)
with Python's sockets replaced by one that refuses AF_INET / AF_INET6.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

# Runs in the child before the app is imported: any network socket makes the child fail.
_BLOCK_NETWORK = textwrap.dedent("""
    import socket, sys

    _real = socket.socket

    class _NoNetwork(_real):
        def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
            if fileno is None and family in (socket.AF_INET, socket.AF_INET6, -1):
                print("FAIL network: a network socket was opened", flush=True)
                raise SystemExit(99)
            super().__init__(family, type, proto, fileno)

    def _no_connection(*args, **kwargs):
        print("FAIL network: a network connection was attempted", flush=True)
        raise SystemExit(99)

    socket.socket = _NoNetwork
    socket.create_connection = _no_connection
""")

_RUN = "from alliance_desktop.commands import main\nsys.exit(main(['--self-test']))\n"


def _run(code: str, tmp_path, **env) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # the self-test picks offscreen
    environ.update(ALLIANCE_DESKTOP_DATA_DIR=str(tmp_path / "appdata"), PYTHONWARNINGS="error", **env)
    return subprocess.run([sys.executable, "-c", _BLOCK_NETWORK + code], capture_output=True, text=True,
                          encoding="utf-8", env=environ, cwd=tmp_path, timeout=180)


def test_self_test_passes_without_network(tmp_path, qapp):
    from alliance_desktop.ui.mainwindow import available_views

    result = _run(_RUN, tmp_path)
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    lines = out.splitlines()
    assert all(line.split(" ", 1)[0] in {"OK", "SKIP", "self-test"} for line in lines), out
    assert lines[-1].startswith("self-test passed: "), out
    for check in ("round-trip keusote", "round-trip hyvaks", "translations fi (alliance_fi.qm)",
                  "translations fi (qtbase_fi.qm)", "open demo keusote", "open demo hyvaks", "view keusote/overview",
                  "view hyvaks/overview"):
        assert f"OK {check}:" in out, out
    assert "platform offscreen" in out
    for key, _title, _cls in available_views():  # every registered view, in both demos
        for demo in ("keusote", "hyvaks"):
            assert f"OK view {demo}/{key}:" in out, out
    pdf = [line for line in lines if " PDF " in f" {line}"]
    assert len(pdf) == 2 and all(line.startswith(("OK PDF", "SKIP PDF")) for line in pdf), out
    assert result.stderr == "", result.stderr
    assert not (tmp_path / "appdata" / "demos").exists(), "the self-test works in its own temporary folder"


def test_a_blank_view_fails_the_self_test(tmp_path):
    broken = textwrap.dedent("""
        from PySide6.QtWidgets import QWidget
        import alliance_desktop.ui.mainwindow as mw

        class Blank(QWidget):
            def __init__(self, document):
                super().__init__()

        class Broken(QWidget):
            def __init__(self, document):
                raise ValueError("cannot build")

        _views = mw.available_views
        mw.available_views = lambda: _views() + [("blank", "Blank", Blank), ("broken", "Broken", Broken)]
    """)
    result = _run(broken + _RUN, tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAIL view keusote/blank: blank" in result.stdout
    assert "FAIL view hyvaks/broken: ValueError: cannot build" in result.stdout
    assert "OK view keusote/overview:" in result.stdout  # the other checks still ran
    assert result.stdout.splitlines()[-1].startswith("self-test FAILED: ")


def test_a_broken_demo_round_trip_fails(tmp_path):
    broken = textwrap.dedent("""
        import alliance_desktop.templates as t

        _text = t.demo_text
        t.demo_text = lambda name: _text(name).replace('"name"', '"name" ', 1)
    """)
    result = _run(broken + _RUN, tmp_path)
    assert result.returncode == 1
    assert "FAIL round-trip keusote: JSON differs at line" in result.stdout


@pytest.mark.parametrize(("data", "pages"), [
    (b"%PDF-1.4\n1 0 obj << /Type /Pages /Count 2 >>\n2 0 obj << /Type /Page >>\n3 0 obj <</Type/Page>>\n%%EOF\n", 2),
    (b"%PDF-1.4\n2 0 obj << /Type /Page >>\n", 0),  # cut short: no %%EOF
    (b"not a pdf %%EOF", 0),
])
def test_pdf_page_count(data, pages):
    from alliance_desktop.commands.selftest import pdf_page_count

    assert pdf_page_count(data) == pages
