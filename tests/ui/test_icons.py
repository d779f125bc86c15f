"""The app icon: the PNG sizes and the Windows .ico are made from the SVG and kept current."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _make_icons():
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "packaging" / "make_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pixels(data: bytes):
    from PySide6.QtGui import QImage

    image = QImage.fromData(data, "PNG").convertToFormat(QImage.Format.Format_ARGB32)
    return image.width(), [image.pixel(x, y) for y in range(image.height()) for x in range(image.width())]


def _channel_distance(a: int, b: int) -> int:
    return max(abs(((a >> s) & 255) - ((b >> s) & 255)) for s in (0, 8, 16, 24))


def test_committed_icons_match_the_svg(qapp):
    """Rendered afresh, every size matches the committed PNG (within anti-aliasing noise)."""
    make = _make_icons()
    for size in make.PNG_SIZES:
        width, fresh = _pixels(make.render_png(size))
        committed_width, committed = _pixels(make.png_path(size).read_bytes())
        assert width == committed_width == size
        assert max(_channel_distance(a, b) for a, b in zip(fresh, committed)) <= 8, (
            f"{make.png_path(size).name} is out of date: run packaging/make_icons.py")


def test_ico_holds_every_size_as_png():
    make = _make_icons()
    data = make.ICO.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(make.PNG_SIZES))
    for i, size in enumerate(sorted(make.PNG_SIZES)):
        width, height, _c, _r, planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert (width or 256, height or 256, planes, bits) == (size, size, 1, 32)
        assert data[offset:offset + length] == make.png_path(size).read_bytes()


def test_the_application_and_its_windows_have_the_icon(qapp, translations):
    from alliance_desktop.ui.app import ICON_SIZES, app_icon
    from alliance_desktop.ui.mainwindow import MainWindow

    icon = app_icon()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(ICON_SIZES)
    pixmap = icon.pixmap(32, 32)
    assert not pixmap.isNull() and pixmap.toImage().pixelColor(16, 4).name() == "#1f5f8b"  # the blue tile
    qapp.setWindowIcon(icon)
    window = MainWindow(translations)
    assert not window.windowIcon().isNull()
    window.close()
    window.deleteLater()


def test_the_window_opens_at_its_last_size_and_survives_a_hand_edited_one(qapp, translations):
    from alliance_desktop.ui.mainwindow import MainWindow

    window = MainWindow(translations)
    assert (window.width(), window.height()) == (1400, 900)  # the first time
    window.resize(1200, 800)
    window.close()  # keeps its geometry in the settings
    window.deleteLater()
    again = MainWindow(translations)
    # restored from the settings (the offscreen platform's small screen clamps the size)
    assert (again.width(), again.height()) != (1400, 900)
    again.deleteLater()
    from alliance_desktop.ui.settings import store as settings_store

    settings_store().setValue("windowGeometry", "nonsense")  # a hand-edited value
    third = MainWindow(translations)
    assert (third.width(), third.height()) == (1400, 900)
    third.deleteLater()
