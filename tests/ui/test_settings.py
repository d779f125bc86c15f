"""Settings declared once (alliance_desktop/settings_keys.py) and read through ui/settings.py: the declared
type whatever settings.ini holds, hand-edited values give the default, and the command line reads the
language the window saved."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from alliance_desktop import paths, settings_keys
from alliance_desktop.core import timeline as tl
from alliance_desktop.ui import settings

PACKAGE = Path(settings_keys.__file__).resolve().parent


def test_every_setting_round_trips_as_its_type(qapp):
    values = {settings_keys.LANGUAGE: "en", settings_keys.TEXT_SIZE: 130, settings_keys.PALETTE: "dark",
              settings_keys.WINDOW_GEOMETRY: QByteArray(b"\x01\x02geometry"),
              settings_keys.RECENT_FILES: ["/tmp/a.alliance"],  # a list of one: INI keeps it as a string
              settings_keys.TIMELINE_MIN_TENDER_DAYS: 45, settings_keys.TIMELINE_MOVE_LINKED: True}
    assert set(values) == set(settings_keys.ALL)
    for setting in settings_keys.ALL:
        assert settings.get(setting) == (list(setting.default) if setting.type is list else setting.default)
    for setting, value in values.items():
        settings.set(setting, value)
    settings.store().sync()
    for setting, value in values.items():
        got = settings.get(setting)
        assert got == value and type(got) is type(value), setting
    settings.set(settings_keys.TIMELINE_MOVE_LINKED, False)
    assert settings.get(settings_keys.TIMELINE_MOVE_LINKED) is False


def test_hand_edited_values_give_the_defaults(qapp):
    paths.settings_file().write_text("[General]\ntextSize=big\nwindowGeometry=nonsense\nrecentFiles=\n"
                                     "[timeline]\nminTenderDays=x\nmoveLinked=perhaps\n", encoding="utf-8")
    assert settings.get(settings_keys.TEXT_SIZE) == 100
    assert settings.get(settings_keys.WINDOW_GEOMETRY) is None
    assert settings.get(settings_keys.RECENT_FILES) == []
    assert settings.get(settings_keys.TIMELINE_MIN_TENDER_DAYS) == tl.DEFAULT_MIN_TENDER_DAYS
    assert settings.get(settings_keys.TIMELINE_MOVE_LINKED) is False


def test_the_command_line_reads_the_language_the_window_saved(qapp):
    from alliance_desktop.commands import _saved_language

    assert _saved_language() == "fi"
    settings.set(settings_keys.LANGUAGE, "en")
    settings.store().sync()
    assert _saved_language() == "en"
    settings.set(settings_keys.LANGUAGE, "xx")
    settings.store().sync()
    assert _saved_language() == "fi"


@pytest.mark.parametrize("setting", settings_keys.ALL, ids=lambda s: s.key)
def test_ini_section_and_name_are_where_qsettings_puts_the_key(qapp, setting):
    import configparser

    settings.set(setting, setting.default if setting.type is not bytes else QByteArray(b"x"))
    settings.store().sync()
    parser = configparser.ConfigParser()
    parser.optionxform = str  # keep the keys' case
    parser.read(paths.settings_file(), encoding="utf-8")
    if setting.type is list and not setting.default:
        return  # an empty list is stored as no value
    assert parser.has_option(setting.ini_section, setting.ini_name)


def test_no_setting_key_is_spelled_outside_its_declaration():
    """Every read and write goes through ui/settings.py with a declared Setting: no key literal elsewhere."""
    pattern = re.compile(r"""(\.value|\.setValue)\(\s*["']|QSettings\(""")
    offenders = [f"{path.relative_to(PACKAGE)}:{n}" for path in PACKAGE.rglob("*.py")
                 for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
                 if pattern.search(line) and path.name != "settings.py"]
    assert offenders == []
