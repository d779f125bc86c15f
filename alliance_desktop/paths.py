"""Where the app keeps its own files (settings, log, backups, demo copies). Qt-free.

ALLIANCE_DESKTOP_DATA_DIR overrides the folder (tests and portable installs use it).

When that folder cannot be created or written to (a read-only parent, a path under a file, a
locked-down profile), the app still starts and works: its files go to a private folder in the
system's temporary folder for the session, and `data_dir_problem()` gives the message that says so
and where to fix it. If even that fails, `app_data_dir()` returns the configured path: writing there
fails, and each writer copes (no backup, no saved settings, no log).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

APP_DIR_NAME = "AlliancePlanner"

# configured folder -> (the folder used, the OSError that made it differ, or None)
_resolved: dict[Path, tuple[Path, OSError | None]] = {}


def resources_dir() -> Path:
    """The folder of the package `alliance_desktop.resources` (demos, translations, icons).

    Found from the package's own file: the same in a source tree, an installed wheel and the frozen
    Windows build, and without `importlib.resources`, which start-up would otherwise import."""
    from . import resources

    return Path(resources.__file__).parent


def configured_data_dir() -> Path:
    """The app-data folder as configured (ALLIANCE_DESKTOP_DATA_DIR, else the platform's place)."""
    override = os.environ.get("ALLIANCE_DESKTOP_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / APP_DIR_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "alliance-desktop"


def _make_writable_dir(folder: Path) -> None:
    """Create `folder` (and its parents); OSError unless it is a folder this user can write into."""
    folder.mkdir(parents=True, exist_ok=True)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise PermissionError(13, "Permission denied", str(folder))


def _fallback_dir() -> Path:
    """A private folder in the system's temporary folder, for a session whose own folder cannot be made."""
    user = str(os.getuid()) if hasattr(os, "getuid") else (os.environ.get("USERNAME") or "user")
    folder = Path(tempfile.gettempdir()) / f"alliance-desktop-{user}"
    folder.mkdir(mode=0o700, exist_ok=True)
    st = os.lstat(folder)
    if hasattr(os, "getuid") and (st.st_uid != os.getuid() or not os.path.isdir(folder) or os.path.islink(folder)):
        raise PermissionError(13, "Permission denied", str(folder))  # someone else's: not ours to use
    _make_writable_dir(folder)
    return folder


def app_data_dir() -> Path:
    """The folder for the app's own files, created if needed; never raises (see the module's docstring)."""
    base = configured_data_dir()
    try:
        _make_writable_dir(base)
        _resolved[base] = (base, None)
        return base
    except OSError as exc:
        problem = exc
    try:
        used = _fallback_dir()
    except OSError:
        used = base
    _resolved[base] = (used, problem)
    return used


def data_dir_problem() -> str | None:
    """One message (in the current language) when the configured app-data folder cannot be used:
    what happened, where the files go instead (if anywhere) and how to fix it. None when all is well."""
    base = configured_data_dir()
    used = app_data_dir()
    problem = _resolved.get(base, (base, None))[1]
    if problem is None:
        return None
    from .i18n import os_reason, translate

    reason = os_reason(problem)
    if used != base:
        text = translate("Paths", "The app's own folder “{folder}” cannot be created or written to ({reason}). "
                                  "Settings, backups and demo copies are kept in “{fallback}” for now and may be "
                                  "lost when the computer restarts. To fix it, make that folder writable, or set "
                                  "ALLIANCE_DESKTOP_DATA_DIR to a folder you can write to.")
    else:
        text = translate("Paths", "The app's own folder “{folder}” cannot be created or written to ({reason}). "
                                  "Settings are not saved and no backups are made. To fix it, make that folder "
                                  "writable, or set ALLIANCE_DESKTOP_DATA_DIR to a folder you can write to.")
    return text.format(folder=base, reason=reason, fallback=used)


def backup_dir() -> Path:
    """The backups folder, created if it can be (a writer there copes when it cannot)."""
    path = app_data_dir() / "backups"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass
    return path


def log_file() -> Path:
    return app_data_dir() / "alliance-desktop.log"


def settings_file() -> Path:
    return app_data_dir() / "settings.ini"


def offscreen_system_fonts(environ: dict[str, str] | None = None, platform: str | None = None) -> str | None:
    """On Windows, point Qt's offscreen platform at the system fonts; returns the folder set, or None.

    Qt's `offscreen` platform on Windows looks for fonts only in `<PySide6>/lib/fonts`, which the wheel
    does not ship ("QFontDatabase: Cannot find font directory"), so offscreen text (tests, the
    self-test, --screenshot) would draw nothing. Call before the QApplication exists: when the platform
    is offscreen and QT_QPA_FONTDIR is unset, QT_QPA_FONTDIR becomes %WINDIR%\\Fonts. Elsewhere Qt
    uses fontconfig and nothing changes."""
    environ = os.environ if environ is None else environ
    if (platform or sys.platform) != "win32" or environ.get("QT_QPA_FONTDIR"):
        return None
    if not environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip() == "offscreen":
        return None
    windows = environ.get("WINDIR") or environ.get("SystemRoot") or "C:\\Windows"
    fonts = os.path.join(windows, "Fonts")
    if not os.path.isdir(fonts):
        return None
    environ["QT_QPA_FONTDIR"] = fonts
    return fonts
