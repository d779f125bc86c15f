"""The report package stays out of the GUI's way and keeps its texts findable by lupdate."""

from __future__ import annotations

import ast
import pathlib
import subprocess
import sys
import textwrap

import alliance_desktop.reports as reports

PACKAGE = pathlib.Path(reports.__file__).parent


def _python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=False)


def test_importing_the_package_and_the_report_command_does_not_load_reportlab():
    result = _python("""
        import sys
        import alliance_desktop.reports, alliance_desktop.commands.report
        print("reportlab" in sys.modules)
        """)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_reports_build_without_qt():
    result = _python("""
        import sys, datetime
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError("blocked: " + name)
        sys.meta_path.insert(0, Block())
        from alliance_desktop.reports.builder import render_report
        from alliance_desktop.templates import load_template
        data, pages = render_report(load_template("hyvaks"), lang="en", created=datetime.date(2025, 12, 3))
        print(pages > 3)
        """)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


def test_translations_use_literal_strings_in_the_report_context():
    bad = []
    count = 0
    for path in sorted(PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "translate":
                count += 1
                args = node.args
                ok = (len(args) >= 2 and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args[:2])
                      and args[0].value == "Report")
                if not ok:
                    bad.append(f"{path.name}:{node.lineno}")
    assert count > 100
    assert bad == []


def test_package_is_flat():
    # pyproject lists packages explicitly: a sub-package here would be missing from a wheel unless listed
    # (reports/workbook/, the Excel workbook, is)
    import tomllib

    pyproject = tomllib.loads((PACKAGE.parents[1] / "pyproject.toml").read_text("utf-8"))
    listed = set(pyproject["tool"]["setuptools"]["packages"])
    assert [p for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"
            and f"alliance_desktop.reports.{p.name}" not in listed] == []
