"""Screen and paper take their colours from one table of tokens (core/palette.py): the report's phase,
role and traffic-light colours are the app's (issue 18: the tendering phase was orange on paper, green on
screen)."""

from __future__ import annotations

import pytest

REPORT_TOKENS = ("ACCENT", "ACCENT_LIGHT", "SIDEBAR", "TEXT", "MUTED", "BORDER", "GOOD", "WARN", "BAD", "BANNER",
                 "PHASE_COLOURS", "ROLE_COLOURS")


def test_the_app_shows_the_tokens_of_core_palette():
    pytest.importorskip("PySide6")
    from alliance_desktop.core import palette
    from alliance_desktop.ui import theme

    for name in palette.PALETTES:
        screen, table = theme.colours(name), palette.colours(name)
        for token in REPORT_TOKENS:
            assert screen[token] == table[token], (name, token)


def _hex(colour) -> str:
    return "#" + colour.hexval()[2:].lower()


def test_the_report_prints_the_apps_light_colours():
    from alliance_desktop.core import palette
    from alliance_desktop.reports import section_timeline, styles

    light = palette.colours("light")
    for kind, colour in light["PHASE_COLOURS"].items():
        assert _hex(section_timeline.PHASE_COLOURS[kind]) == colour
    assert _hex(section_timeline.PHASE_COLOURS["tendering"]) == light["PHASE_COLOURS"]["tendering"]
    for role, colour in light["ROLE_COLOURS"].items():
        assert _hex(styles.ROLE_COLOURS[role]) == colour
    for token in ("GOOD", "WARN", "BAD", "ACCENT", "TEXT"):
        assert _hex(getattr(styles, token)) == light[token]
    # steps and service periods: tints of their phase's colour, as the app's Gantt draws them
    assert palette.tint("#2e7d6b", 0.72) == "#c4dbd6"
    assert _hex(section_timeline.PERIOD_COLOURS[0]) == palette.tint(light["PHASE_COLOURS"]["service"], 0.55)
