"""Faults the Windows build showed under Wine (issue 19, packaging/wine/check.sh), each simulated here on
Linux where it can be, else run only on Windows (the Wine check and the GitHub Windows runner run those)."""

from __future__ import annotations

import sys
import textwrap

import pytest

from alliance_desktop import paths

from .test_selftest import _RUN, _run


def test_offscreen_qt_on_windows_reads_the_system_fonts(tmp_path):
    windows = tmp_path / "Windows"
    (windows / "Fonts").mkdir(parents=True)
    env = {"QT_QPA_PLATFORM": "offscreen", "WINDIR": str(windows)}
    assert paths.offscreen_system_fonts(env, "win32") == str(windows / "Fonts")
    assert env["QT_QPA_FONTDIR"] == str(windows / "Fonts")
    # with options too; a folder the user chose stays
    env = {"QT_QPA_PLATFORM": "offscreen:fontengine=freetype", "SystemRoot": str(windows)}
    assert paths.offscreen_system_fonts(env, "win32") == str(windows / "Fonts")
    env = {"QT_QPA_PLATFORM": "offscreen", "WINDIR": str(windows), "QT_QPA_FONTDIR": "D:\\fonts"}
    assert paths.offscreen_system_fonts(env, "win32") is None and env["QT_QPA_FONTDIR"] == "D:\\fonts"
    # the real windows platform, and other systems (fontconfig), are left alone
    for platform, env in (("win32", {"QT_QPA_PLATFORM": "windows", "WINDIR": str(windows)}),
                          ("win32", {"WINDIR": str(windows)}),
                          ("linux", {"QT_QPA_PLATFORM": "offscreen", "WINDIR": str(windows)})):
        assert paths.offscreen_system_fonts(env, platform) is None
        assert "QT_QPA_FONTDIR" not in env


@pytest.mark.skipif(sys.platform != "win32", reason="Qt's offscreen platform finds fonts through fontconfig elsewhere")
def test_offscreen_qt_on_windows_has_fonts_that_draw(qapp):
    """Before the fix: "QFontDatabase: Cannot find font directory <PySide6>/lib/fonts", no families, no text."""
    from PySide6.QtGui import QFontDatabase

    from alliance_desktop.commands.selftest import _draws_text

    assert QFontDatabase.families()
    assert _draws_text(qapp.font())


def test_a_view_without_text_fails_the_self_test(tmp_path):
    """Without fonts every view still paints frames and colours (22-76 colours on Windows, offscreen) and
    passed as not blank; now the self-test fails it. No fonts simulated: text draws nothing."""
    no_text = textwrap.dedent("""
        import alliance_desktop.commands.selftest as st

        st._draws_text = lambda font: False
        st._demo_names = lambda: ("keusote",)
    """)
    result = _run(no_text + _RUN, tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAIL fonts: Qt found" in result.stdout
    assert "FAIL view keusote/overview: renders no text" in result.stdout
    assert "OK translations fi (alliance_fi.qm)" in result.stdout  # the other checks still ran


def test_self_test_writes_utf8_in_a_windows_code_page(tmp_path):
    """On Windows a pipe gets the ANSI code page: build.py and CI logs showed "Keusote � ik��ntyneiden"."""
    one_line = textwrap.dedent("""
        import alliance_desktop.commands.selftest as st

        st._run_checks = lambda report, folder: report.ok("open demo keusote", "Keusote — ikääntyneiden → €")
    """)
    result = _run(one_line + _RUN, tmp_path, PYTHONIOENCODING="cp1252")  # read back as UTF-8
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK open demo keusote: Keusote — ikääntyneiden → €" in result.stdout


def test_settle_json_is_utf8_in_a_windows_code_page(tmp_path):
    """On Windows `settle --json` to a pipe or file was in cp1252 (” as byte 0x94, → as "?"): not JSON's UTF-8."""
    import json
    import os
    import subprocess

    from alliance_desktop.templates import demo_text

    plan = json.loads(demo_text("keusote"))
    plan["commercial"]["periods"][2]["name"] = "Jakso → 2026 ≥ tavoite"  # a forecast: its warning names it
    source = tmp_path / "plan.json"
    source.write_text(json.dumps(plan, ensure_ascii=False), "utf-8")
    env = dict(os.environ, ALLIANCE_DESKTOP_DATA_DIR=str(tmp_path / "data"), PYTHONIOENCODING="cp1252")
    result = subprocess.run([sys.executable, "-m", "alliance_desktop", "settle", str(source), "--json"],
                            capture_output=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    warnings = json.loads(result.stdout.decode("utf-8"))["periods"][2]["warnings"]
    assert any("”Jakso → 2026 ≥ tavoite”" in text for text in warnings), warnings
