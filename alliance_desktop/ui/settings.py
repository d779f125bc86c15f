"""Reading and writing the app's settings (settings.ini, declared in `alliance_desktop.settings_keys`).

`get(setting)` gives the declared type whatever the file holds: QSettings' INI format reads numbers and
booleans back as text, and a list of one as a plain string; a missing or hand-edited value that does not
fit gives the default. `set(setting, value)` stores it so that `get` and the command line read it back.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from .. import paths
from ..settings_keys import Setting


def store() -> QSettings:
    """The settings file of the app-data folder (INI format)."""
    return QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)


def get(setting: Setting, settings: QSettings | None = None):
    """The setting's value as its declared type (a list is a new list), else its default."""
    raw = (settings or store()).value(setting.key)
    if raw is None:
        return list(setting.default) if setting.type is list else setting.default
    kind = setting.type
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        return True if text == "true" else False if text == "false" else setting.default
    if kind is int:
        try:
            return int(raw)
        except (TypeError, ValueError):
            return setting.default
    if kind is list:  # INI keeps a list of one as a plain string
        items = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else []
        return [str(x) for x in items if x]
    if kind is bytes:  # (a window's geometry: QByteArray's Python class is built only when one is stored)
        from PySide6.QtCore import QByteArray

        return raw if isinstance(raw, QByteArray) else setting.default
    return str(raw)


def set(setting: Setting, value, settings: QSettings | None = None) -> None:  # noqa: A001 - settings.set
    """Store the setting (a bool as "true"/"false", which the command line's INI reading also takes)."""
    if setting.type is bool:
        value = "true" if value else "false"
    elif setting.type is list:
        value = [str(x) for x in value]
    (settings or store()).setValue(setting.key, value)
