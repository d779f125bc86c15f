"""Issue 17: the palettes (light, high contrast, dark). Their chart colours (phase kinds, parties, traffic
lights, the gain/pain chart's lines) stay apart for colour-blind viewers and stand out from the background.

Colour-blind vision is simulated with Machado, Oliveira & Fernandes (2009) matrices at full severity on
linearised sRGB; the difference of two colours is CIEDE2000 (ΔE00: about 2 is "just noticeable", 10 and
more tells categories apart at a glance); contrast is WCAG 2's ratio of relative luminances."""

from __future__ import annotations

import itertools
import math

import pytest

from alliance_desktop.ui import theme

MACHADO = {
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
}
VISIONS = ("normal", *MACHADO)


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    h = hex_colour.lstrip("#")
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))


def seen(hex_colour: str, vision: str) -> tuple[float, float, float]:
    """The colour as linear RGB, as a viewer with `vision` sees it."""
    linear = [_linear(c) for c in _rgb(hex_colour)]
    if vision == "normal":
        return tuple(linear)
    m = MACHADO[vision]
    return tuple(min(1.0, max(0.0, sum(m[i][j] * linear[j] for j in range(3)))) for i in range(3))


def lab(linear: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = linear
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t):
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e2000(lab1, lab2) -> float:
    (l1, a1, b1), (l2, a2, b2) = lab1, lab2
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean ** 7 / (c_mean ** 7 + 25 ** 7)))
    a1p, a2p = a1 * (1 + g), a2 * (1 + g)
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1 = math.degrees(math.atan2(b1, a1p)) % 360
    h2 = math.degrees(math.atan2(b2, a2p)) % 360
    dl, dc = l2 - l1, c2p - c1p
    dh = 0.0
    if c1p * c2p:
        dh = h2 - h1
        dh = dh - 360 if dh > 180 else dh + 360 if dh < -180 else dh
    d_h = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_mean, cp_mean = (l1 + l2) / 2, (c1p + c2p) / 2
    if not c1p * c2p:
        h_mean = h1 + h2
    elif abs(h1 - h2) <= 180:
        h_mean = (h1 + h2) / 2
    else:
        h_mean = (h1 + h2 + 360) / 2 if h1 + h2 < 360 else (h1 + h2 - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(h_mean - 30)) + 0.24 * math.cos(math.radians(2 * h_mean))
         + 0.32 * math.cos(math.radians(3 * h_mean + 6)) - 0.20 * math.cos(math.radians(4 * h_mean - 63)))
    d_theta = 30 * math.exp(-(((h_mean - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(cp_mean ** 7 / (cp_mean ** 7 + 25 ** 7))
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    s_c = 1 + 0.045 * cp_mean
    s_h = 1 + 0.015 * cp_mean * t
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    return math.sqrt((dl / s_l) ** 2 + (dc / s_c) ** 2 + (d_h / s_h) ** 2 + r_t * (dc / s_c) * (d_h / s_h))


def difference(a: str, b: str, vision: str) -> float:
    return delta_e2000(lab(seen(a, vision)), lab(seen(b, vision)))


def contrast(a: str, b: str) -> float:
    def luminance(c):
        r, g, bl = (_linear(x) for x in _rgb(c))
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def closest_pair(colours: dict[str, str], vision: str) -> tuple[float, str, str]:
    return min((difference(colours[a], colours[b], vision), a, b) for a, b in itertools.combinations(colours, 2))


def chart_sets(t: dict) -> dict[str, tuple[dict[str, str], float, float]]:
    """Each set of colours shown side by side: (colours, least ΔE00 in normal vision, least ΔE00 simulated)."""
    parties = t["ROLE_COLOURS"]
    return {
        "phase kinds": (t["PHASE_COLOURS"], 12, 9),
        "parties": (parties, 12, 9),
        "traffic lights": ({"good": t["GOOD"], "warn": t["WARN"], "bad": t["BAD"]}, 20, 12),
        "gain/pain lines": ({p: parties[p] for p in ("buyer", "producer", "staff")}, 20, 12),
    }


# ---------------------------------------------------------------- the check itself is sound

def test_the_simulation_matches_known_values():
    assert difference("#ff0000", "#ff0000", "deuteranopia") == 0
    assert delta_e2000((50, 2.6772, -79.7751), (50, 0, -82.7485)) == pytest.approx(2.0425, abs=1e-4)  # Sharma 2005
    # Red and green, far apart for most viewers, come close with deuteranopia and protanopia.
    assert difference("#c62828", "#2e7d32", "normal") > 30
    assert difference("#c62828", "#2e7d32", "deuteranopia") < 12
    assert contrast("#000000", "#ffffff") == pytest.approx(21)


def test_the_old_traffic_lights_failed_the_check():
    """The green and red of the traffic lights before issue 17: 6.6 ΔE00 apart for a deuteranope."""
    old = {"good": "#2e7d32", "warn": "#b26a00", "bad": "#c62828"}
    assert closest_pair(old, "deuteranopia")[0] < 12
    assert closest_pair(old, "protanopia")[0] < 12


# ---------------------------------------------------------------- every palette passes

@pytest.mark.parametrize("name", theme.PALETTES)
@pytest.mark.parametrize("vision", VISIONS)
def test_chart_colours_stay_apart(name, vision):
    t = theme.colours(name)
    for set_name, (colours, least_normal, least_simulated) in chart_sets(t).items():
        least = least_normal if vision == "normal" else least_simulated
        worst, a, b = closest_pair(colours, vision)
        assert worst >= least, f"{name}, {set_name}, {vision}: {a} {colours[a]} and {b} {colours[b]} ΔE00 {worst:.1f}"


@pytest.mark.parametrize("name", theme.PALETTES)
def test_chart_colours_stand_out_from_the_background(name):
    """Lines, bars and symbols at least 3:1 against the card or canvas (WCAG 1.4.11; 4.5:1 in the high-contrast
    palette); the labels on phase bars, and the words in GOOD and BAD, at least 4.5:1."""
    t = theme.colours(name)
    least = 4.5 if name == "contrast" else 3.0
    for set_name, (colours, _, _) in chart_sets(t).items():
        for key, colour in colours.items():
            for background in (t["SURFACE"], t["BAND"]):
                assert contrast(colour, background) >= least, (name, set_name, key, colour, background)
    for kind, colour in t["PHASE_COLOURS"].items():
        assert contrast(colour, t["ON_FILL"]) >= 4.5, (name, kind, colour)
    for token in ("GOOD", "BAD", "TODAY"):
        assert contrast(t[token], t["SURFACE"]) >= (3.0 if token == "TODAY" else 4.5), (name, token)


@pytest.mark.parametrize("name", theme.PALETTES)
def test_text_reads_on_every_surface(name):
    t = theme.colours(name)
    body = 12 if name == "contrast" else 7  # the high-contrast palette: black on white, or nearly
    assert contrast(t["TEXT"], t["SURFACE"]) >= body, name
    assert contrast(t["TEXT"], t["BACKGROUND"]) >= body, name
    for fg, bg in (("MUTED", "SURFACE"), ("MUTED", "BACKGROUND"), ("ON_ACCENT", "ACCENT"), ("ON_HIGHLIGHT", "HIGHLIGHT"), ("ACCENT", "SURFACE"),
                   ("TEXT", "BANNER"), ("TEXT", "ACCENT_LIGHT"), ("TEXT", "BUTTON"), ("TEXT", "ALTERNATE"),
                   ("SIDEBAR_TEXT", "SIDEBAR"), ("SIDEBAR_TEXT", "SIDEBAR_SELECTED"), ("TEXT", "TOOLTIP"),
                   ("TEXT", "INCLUDED_FILL"), ("TEXT", "OPTION_FILL"), ("TEXT", "ERROR_FILL"),
                   ("BAD", "ERROR_FILL"), ("TEXT", "HEADER_BG"), ("TEXT", "FILL_MUTED")):
        assert contrast(t[fg], t[bg]) >= 4.5, (name, fg, bg, contrast(t[fg], t[bg]))
    assert contrast(t["BORDER"], t["SURFACE"]) >= (3.0 if name == "contrast" else 1.2), name


def test_every_palette_has_the_same_tokens():
    keys = {name: set(theme.colours(name)) for name in theme.PALETTES}
    assert keys["light"] == keys["contrast"] == keys["dark"]
    for name in theme.PALETTES:
        t = theme.colours(name)
        assert set(t["ROLE_COLOURS"]) == set(theme.colours("light")["ROLE_COLOURS"])
        assert set(t["PHASE_COLOURS"]) == set(theme.colours("light")["PHASE_COLOURS"])


# ---------------------------------------------------------------- the palette in the window

def _luminance(colour) -> float:
    return 0.2126 * _linear(colour.redF()) + 0.7152 * _linear(colour.greenF()) + 0.0722 * _linear(colour.blueF())


def _light_and_dark_pixels(image, step: int = 6) -> tuple[float, float, int]:
    """The share of dark pixels, of light ones, and how many were looked at."""
    dark = light = n = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            lum = _luminance(image.pixelColor(x, y))
            n += 1
            dark += lum < 0.05
            light += lum > 0.45
    return dark / n, light / n, n


def test_view_colours_rebuilds_the_window_in_the_dark_palette_and_remembers_it(window, qapp):
    """View > Colours > Dark: the app's Qt palette, every label's text against the window, and the drawn views
    (timeline, chain cards, metrics board, gain/pain chart) painted dark with light words (no dark text on the
    dark background); the choice is saved; back to light."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication, QLabel

    from alliance_desktop import settings_keys
    from alliance_desktop.ui import settings

    dark = theme.colours("dark")
    try:
        window.set_palette("dark")
        assert theme.palette_name() == "dark" and theme.ACCENT == dark["ACCENT"]
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == dark["BACKGROUND"]
        assert settings.get(settings_keys.PALETTE) == "dark"
        checked = [a.text() for m in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
                   for a in m.actions() if a.isCheckable() and a.isChecked()]
        assert "&Tumma (hämärään huoneeseen)" in checked or "&Dark (for a dim room)" in checked, checked
        from alliance_desktop.ui.commercial import CommercialView

        for key in ("overview", "timeline", "chains", "metrics", "commercial"):
            assert window.show_view(key)
            if key == "commercial":
                window.findChild(CommercialView).tabs.setCurrentIndex(window.findChild(CommercialView).tabs.count() - 1)
            for _ in range(3):
                QApplication.processEvents()
            view = window.views[key]
            image = view.grab().toImage()
            dark_share, light_share, n = _light_and_dark_pixels(image)
            assert dark_share > 0.6, (key, dark_share)  # the background is dark...
            assert light_share > 0.004, (key, light_share, n)  # ...and the words on it light
            for label in view.findChildren(QLabel):
                if label.isVisible() and label.text() and not label.styleSheet():
                    fg = label.palette().color(QPalette.ColorRole.WindowText).name()
                    assert contrast(fg, dark["BACKGROUND"]) >= 3, (key, label.text()[:40], fg)
    finally:
        window.set_palette("light")
    assert theme.palette_name() == "light" and theme.ROLE_COLOURS == theme.colours("light")["ROLE_COLOURS"]
    assert settings.get(settings_keys.PALETTE) == "light"


def test_palette_for_a_screenshot_from_the_command_line(tmp_path):
    """`--palette dark` colours that start only (a screenshot, a meeting) and is not saved."""
    import os
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    out = tmp_path / "dark.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ALLIANCE_DESKTOP_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-m", "alliance_desktop", "--demo", "keusote", "--view", "metrics",
                             "--screenshot", str(out), "--size", "1280x720", "--palette", "dark"],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)
    dark_share, light_share, _ = _light_and_dark_pixels(image, 8)
    assert dark_share > 0.6 and light_share > 0.004
    ini = tmp_path / "data" / "settings.ini"
    assert not ini.exists() or "palette" not in ini.read_text(encoding="utf-8")
    bad = subprocess.run([sys.executable, "-m", "alliance_desktop", "--palette", "pink", "--lang", "en"],
                         capture_output=True, text=True, timeout=60, env=env)
    assert bad.returncode == 2 and "pink" in bad.stderr and "Traceback" not in bad.stderr
