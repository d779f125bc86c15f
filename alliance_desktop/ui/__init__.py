"""The Qt user interface.

Importing this package readies the import of the window's modules:

- The Qt-free modules the first window needs are imported first, before PySide6: once PySide6.QtCore
  is loaded, its `__feature__` import hook runs Python code for every import (9 ms more for these).
- Then PySide6 is told that our modules use none of its `__feature__` options (`_NoFeatures`).
"""

import sys

from .. import templates  # noqa: F401
from ..core import edits, errors, model, summary  # noqa: F401
from ..storage import projectfile  # noqa: F401


class _NoFeatures:
    """Tells PySide6, as each of our modules is imported, that it selects no `__feature__` option.

    PySide6's import hook looks at every module imported after PySide6.QtCore that its table
    (`pyside_feature_dict`) does not know yet, to find whether the module uses PySide6 and so may
    select `from __feature__ import snake_case`: it reads the module's source (`inspect.getsource`)
    and looks for the word "PySide6". At start-up that read 23 source files, ours and the standard
    library's (3 ms), and kept their lines in memory. Our modules select no option, so the table can
    say so before the hook looks: 0 (uses PySide6, no option) for the window's modules and -1 (does
    not use it) for the rest, as the hook would conclude; modules already loaded before PySide6 cannot
    select one either. A finder on sys.meta_path that finds nothing sees each import first, without
    reading anything. With no option selected anywhere, 0 and -1 behave alike. Another PySide6
    version without that table: nothing is done, and the hook reads the sources as before."""

    def __init__(self, known: dict):
        self.known = known

    def find_spec(self, name, path=None, target=None):
        if name.startswith("alliance_desktop."):
            self.known.setdefault(name, 0 if name.startswith(__name__ + ".") else -1)
        return None  # found by the next finder, as always

    @classmethod
    def install(cls) -> None:
        import PySide6.QtCore  # noqa: F401 - loads the hook and its table

        known = getattr(sys.modules.get("shibokensupport.feature"), "pyside_feature_dict", None)
        if not isinstance(known, dict) or any(isinstance(f, cls) for f in sys.meta_path):
            return
        for name in list(sys.modules):
            known.setdefault(name, -1)
        sys.meta_path.insert(0, cls(known))


_NoFeatures.install()
