"""The colour tokens of the app and its printed report: one table, Qt-free (issue 18).

Screen and paper take their colours from here: `ui/theme.py` paints the window with the palette the
user chose (View > Palette), the PDF report (`reports/styles.py`, the Gantt) prints with "light", so a
phase kind, a party role or a traffic light has the same colour in both. The values are "#rrggbb".
(tests/reports/test_palette_tokens.py checks that ui/theme.py shows these very tokens.)
"""

from __future__ import annotations

PALETTES = ("light", "contrast", "dark")

TOKENS: dict[str, dict] = {
    "light": dict(
        ACCENT="#1f5f8b", ACCENT_LIGHT="#dbe9f4", ACCENT_HOVER="#2a75a8", ON_ACCENT="#ffffff", HIGHLIGHT="#1f5f8b",
        ON_HIGHLIGHT="#ffffff", SIDEBAR="#17324a", SIDEBAR_TEXT="#e8f0f7", SIDEBAR_SELECTED="#24496a",
        SIDEBAR_MARK="#7fb8e6", SURFACE="#ffffff", BACKGROUND="#f3f5f7", ALTERNATE="#f7f9fb", BUTTON="#e9edf1",
        TOOLTIP="#ffffe8", TEXT="#1b2733", MUTED="#5c6b7a", BORDER="#d5dce3", NEUTRAL="#7a8896",
        FILL_MUTED="#f1f3f5", GOOD="#26784f", WARN="#bd730e", BAD="#b71b1e", BANNER="#fff4d6", ERROR_FILL="#fdecea",
        ON_FILL="#ffffff", INCLUDED_FILL="#d6ecd8", OPTION_FILL="#fbe7c2", TODAY="#d0342c", WEEKEND="#eef1f5",
        HOLIDAY="#fbe7e4", BAND="#f7f9fb", GRID_MINOR="#e6eaee", GRID_MAJOR="#c3ccd5", HEADER_BG="#f3f5f7",
        ROLE_COLOURS={"buyer": "#1f5f8b", "producer": "#2d8070", "subcontractor": "#9565b0",
                      "support_service": "#c07a2c", "association": "#6b7b8c", "staff": "#b0473f"},
        PHASE_COLOURS={"strategy": "#1f5f8b", "tendering": "#2e7d6b", "development": "#8450be",
                       "service": "#b26219", "other": "#5e6b7a"},
    ),
    "contrast": dict(
        ACCENT="#0b3f66", ACCENT_LIGHT="#cfe2f3", ACCENT_HOVER="#13578a", ON_ACCENT="#ffffff", HIGHLIGHT="#0b3f66",
        ON_HIGHLIGHT="#ffffff", SIDEBAR="#000000", SIDEBAR_TEXT="#ffffff", SIDEBAR_SELECTED="#0b3f66",
        SIDEBAR_MARK="#ffd200", SURFACE="#ffffff", BACKGROUND="#ffffff", ALTERNATE="#f0f2f4", BUTTON="#e3e7eb",
        TOOLTIP="#ffffff", TEXT="#000000", MUTED="#2f3b47", BORDER="#4f5b67", NEUTRAL="#4f5b67",
        FILL_MUTED="#e9ecef", GOOD="#00480d", WARN="#9f5d00", BAD="#9f303d", BANNER="#ffe9a8", ERROR_FILL="#fbdada",
        ON_FILL="#ffffff", INCLUDED_FILL="#c8e6cc", OPTION_FILL="#f8dca8", TODAY="#b00020", WEEKEND="#e4e8ec",
        HOLIDAY="#f8d7d2", BAND="#f2f4f6", GRID_MINOR="#c2cad2", GRID_MAJOR="#5f6b77", HEADER_BG="#eceff2",
        ROLE_COLOURS={"buyer": "#0b3f66", "producer": "#216155", "subcontractor": "#774498",
                      "support_service": "#97570c", "association": "#4c5f72", "staff": "#8e2d24"},
        PHASE_COLOURS={"strategy": "#0b3f66", "tendering": "#1d5e50", "development": "#653997",
                       "service": "#8c460a", "other": "#485766"},
    ),
    "dark": dict(
        ACCENT="#6aaee6", ACCENT_LIGHT="#274562", ACCENT_HOVER="#86bdea", ON_ACCENT="#0e151c", HIGHLIGHT="#2f6aa0",
        ON_HIGHLIGHT="#ffffff", SIDEBAR="#10171e", SIDEBAR_TEXT="#dbe5ee", SIDEBAR_SELECTED="#22384d",
        SIDEBAR_MARK="#6aaee6", SURFACE="#1f2933", BACKGROUND="#161d24", ALTERNATE="#24303b", BUTTON="#2c3946",
        TOOLTIP="#2c3946", TEXT="#e6edf3", MUTED="#a3b1bf", BORDER="#3d4a57", NEUTRAL="#8593a0",
        FILL_MUTED="#2a3540", GOOD="#3ea453", WARN="#f7b934", BAD="#ff9692", BANNER="#4a3d14", ERROR_FILL="#4a2325",
        ON_FILL="#0e151c", INCLUDED_FILL="#1f3b2a", OPTION_FILL="#44361a", TODAY="#ff7a6e", WEEKEND="#252f39",
        HOLIDAY="#3d2b2d", BAND="#232e38", GRID_MINOR="#2b3640", GRID_MAJOR="#4b5966", HEADER_BG="#182029",
        ROLE_COLOURS={"buyer": "#6aaee6", "producer": "#5ec8ab", "subcontractor": "#a685b2",
                      "support_service": "#e9a359", "association": "#a3b1bf", "staff": "#e6847a"},
        PHASE_COLOURS={"strategy": "#6aaee6", "tendering": "#52bfa5", "development": "#e1c7ff",
                       "service": "#e09a55", "other": "#9aa9b8"},
    ),
}


def colours(name: str) -> dict:
    """The tokens of palette `name` (a copy; an unknown name gives "light"): ACCENT, SURFACE, TEXT, ... and the
    dicts ROLE_COLOURS (party roles) and PHASE_COLOURS (timeline phase kinds)."""
    tokens = TOKENS.get(name, TOKENS["light"])
    return {k: dict(v) if isinstance(v, dict) else v for k, v in tokens.items()}


def tint(colour: str, amount: float, base: str = "#ffffff") -> str:
    """`colour` mixed with `base` (amount 0: the colour, 1: the base): the calm fills of steps and periods."""
    c = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(base[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(c, b))
