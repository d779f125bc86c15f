"""Where the app keeps its own files (settings, log, backups). Qt-free.

ALLIANCE_DESKTOP_DATA_DIR overrides the folder (tests and portable installs use it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "AlliancePlanner"


def resources_dir() -> Path:
    """The folder of the package `alliance_desktop.resources` (demos, translations, icons).

    Found from the package's own file: the same in a source tree, an installed wheel and the frozen
    Windows build, and without `importlib.resources`, which start-up would otherwise import."""
    from . import resources

    return Path(resources.__file__).parent


def app_data_dir() -> Path:
    override = os.environ.get("ALLIANCE_DESKTOP_DATA_DIR")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / APP_DIR_NAME
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "alliance-desktop"
    base.mkdir(parents=True, exist_ok=True)
    return base


def backup_dir() -> Path:
    path = app_data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    return app_data_dir() / "alliance-desktop.log"


def settings_file() -> Path:
    return app_data_dir() / "settings.ini"
