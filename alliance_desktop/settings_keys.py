"""The app's settings (settings.ini in the app-data folder), each declared once: its key, type and default.

The window reads and writes them through `ui/settings.py` (QSettings, INI format); the command line
reads the language without Qt (`commands._saved_language`, configparser). This module imports nothing,
so both stay light.
"""

from __future__ import annotations


class Setting:
    """One setting: `key` in settings.ini ("group/name" puts it in the [group] section, else [General]),
    the Python `type` a read gives (bool, int, str, list of str, or bytes: a QByteArray as Qt stores it),
    and the `default` a missing or unreadable value gives."""

    __slots__ = ("key", "type", "default")

    def __init__(self, key: str, type: type, default: object):  # noqa: A002 - the setting's type
        self.key = key
        self.type = type
        self.default = default

    @property
    def ini_section(self) -> str:
        """The INI section QSettings stores the key in."""
        return self.key.split("/", 1)[0] if "/" in self.key else "General"

    @property
    def ini_name(self) -> str:
        """The key's name within its INI section."""
        return self.key.split("/", 1)[1] if "/" in self.key else self.key

    def __repr__(self) -> str:
        return f"Setting({self.key!r}, {self.type.__name__}, {self.default!r})"


#: the language of the window and of the command line's messages (i18n.LANGUAGES; another value: Finnish)
LANGUAGE = Setting("language", str, "fi")
#: View > Text size, in per cent (100, 115 or 130)
TEXT_SIZE = Setting("textSize", int, 100)
#: View > Palette: "light", "contrast" (high-contrast light) or "dark" (ui.theme.PALETTES; another value: light)
PALETTE = Setting("palette", str, "light")
#: the main window's size and place (QWidget.saveGeometry)
WINDOW_GEOMETRY = Setting("windowGeometry", bytes, None)
#: the files opened last, newest first (File > Recent, the welcome screen)
RECENT_FILES = Setting("recentFiles", list, ())
#: the timeline's warning about a short tender: fewer days than this (core.timeline.DEFAULT_MIN_TENDER_DAYS)
TIMELINE_MIN_TENDER_DAYS = Setting("timeline/minTenderDays", int, 30)
#: the timeline's "Move linked items": a dragged phase takes its steps and milestones with it
TIMELINE_MOVE_LINKED = Setting("timeline/moveLinked", bool, False)

ALL = (LANGUAGE, TEXT_SIZE, PALETTE, WINDOW_GEOMETRY, RECENT_FILES, TIMELINE_MIN_TENDER_DAYS, TIMELINE_MOVE_LINKED)
