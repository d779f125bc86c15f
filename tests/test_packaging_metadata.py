"""`pip install .` must ship every sub-package: pyproject lists them explicitly (resources is mapped)."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "alliance_desktop").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert on_disk - listed == set(), "add these to [tool.setuptools] packages"
    assert "alliance_desktop.resources" in listed


def _spec_constant(name: str):
    """A literal list or set assigned at the top of the PyInstaller spec (the spec itself needs PyInstaller)."""
    import ast

    tree = ast.parse((ROOT / "packaging" / "alliance-desktop.spec").read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not in the spec")


def test_the_windows_build_ships_every_qt_module_the_app_imports():
    import re

    used = set()
    for source in (ROOT / "alliance_desktop").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt[A-Za-z0-9]+)", source.read_text("utf-8")))
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    left_out = set(_spec_constant("UNUSED_QT_MODULES"))
    kept_libraries = _spec_constant("KEEP_QT_LIBS")
    assert used & left_out == set(), "the spec leaves out a Qt module the app imports"
    assert {module[2:] for module in used} <= kept_libraries, "the spec drops a Qt library the app needs"
