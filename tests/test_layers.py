"""The import contracts in pyproject.toml ([tool.importlinter]) hold, and they do catch what they forbid.

The layers (docs/architecture.md): commands > ui > reports > templates > storage > core | paths >
i18n | fileutil; no import circle between sibling modules or packages at any level (ui's modules
among them). The contracts are run by import-linter in a fresh interpreter; a copy of the package
with one upward import, or with a circle, must break them (so a contract that checks nothing would
fail here).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import alliance_desktop

pytest.importorskip("importlinter")

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path(alliance_desktop.__file__).resolve().parent
RUN = ("import sys\n"
       "from importlinter.cli import lint_imports\n"
       "sys.exit(lint_imports(config_filename='pyproject.toml', no_cache=True, no_logo=True))\n")


def _lint(folder: Path, package_parent: Path) -> subprocess.CompletedProcess:
    """lint-imports with the contracts of folder/pyproject.toml over the package found in package_parent."""
    return subprocess.run([sys.executable, "-c", RUN], cwd=folder, capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(package_parent), "PATH": "", "PYTHONDONTWRITEBYTECODE": "1"},
                          check=False)


def test_the_package_keeps_its_layers_and_has_no_import_circle():
    result = _lint(ROOT, PACKAGE.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


@pytest.fixture
def copy(tmp_path):
    """A copy of the package and of pyproject.toml, to break on purpose."""
    shutil.copytree(PACKAGE, tmp_path / "alliance_desktop", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def _verdict(output: str, contract: str) -> str:
    """KEPT or BROKEN: the summary line of the contract whose name starts with `contract` (maybe wrapped)."""
    return re.search(re.escape(contract) + r".*?\b(KEPT|BROKEN)\b", output, re.S).group(1)


def _append(path: Path, code: str) -> None:
    path.write_text(path.read_text("utf-8") + "\n\n" + textwrap.dedent(code), "utf-8")


@pytest.mark.parametrize(("module", "code", "named"), [
    # the core reaching up into storage, even lazily inside a function
    ("core/summary.py", "def _upward():\n    from ..storage import projectfile\n",
     "alliance_desktop.core.summary -> alliance_desktop.storage.projectfile"),
    # reports importing the command line
    ("reports/labels.py", "from ..commands import common\n",
     "alliance_desktop.reports.labels -> alliance_desktop.commands.common"),
    # the window importing the command line
    ("ui/welcome.py", "def _upward():\n    from ..commands import main\n",
     "alliance_desktop.ui.welcome -> alliance_desktop.commands"),
])
def test_an_upward_import_breaks_the_layers(copy, module, code, named):
    _append(copy / "alliance_desktop" / module, code)
    result = _lint(copy, copy)
    assert result.returncode != 0
    assert _verdict(result.stdout, "Layers:") == "BROKEN", result.stdout  # (it makes a circle too)
    assert named in result.stdout


def test_a_circle_breaks_the_acyclic_contract(copy):
    # the circle this contract was made for: the welcome screen importing the main window back
    _append(copy / "alliance_desktop" / "ui" / "welcome.py", "def _circle():\n    from .mainwindow import MainWindow\n")
    result = _lint(copy, copy)
    assert result.returncode != 0
    assert _verdict(result.stdout, "Layers:") == "KEPT"
    assert _verdict(result.stdout, "No import circle") == "BROKEN", result.stdout
    assert ".welcome -> .mainwindow" in result.stdout


def test_a_circle_inside_the_core_breaks_it_too(copy):
    _append(copy / "alliance_desktop" / "core" / "model.py", "def _circle():\n    from . import summary\n")
    result = _lint(copy, copy)
    assert result.returncode != 0
    assert _verdict(result.stdout, "No import circle") == "BROKEN", result.stdout
    assert ".model -> .summary" in result.stdout or ".summary -> .model" in result.stdout, result.stdout
