"""The Qt user interface.

The Qt-free modules the first window needs are imported here, before any module imports PySide6:
once PySide6.QtCore is loaded, its `__feature__` import hook runs Python code for every import and
reads the source of each new module, which made importing these 9 ms slower at start-up.
"""

from .. import templates  # noqa: F401
from ..core import edits, errors, model, summary  # noqa: F401
from ..storage import projectfile  # noqa: F401
