"""core/ must not depend on Qt, SQLite or ReportLab: import it in a fresh interpreter with those blocked."""

import subprocess
import sys
import textwrap


def test_core_imports_without_qt_sqlite_or_reportlab():
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6", "sqlite3", "_sqlite3", "sqlite_utils", "reportlab"):
                    raise ImportError("blocked: " + name)
        sys.meta_path.insert(0, Block())
        import alliance_desktop.core as core
        for info in pkgutil.iter_modules(core.__path__):
            importlib.import_module("alliance_desktop.core." + info.name)
        print("ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
