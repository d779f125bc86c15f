"""Render the app icon (resources/icons/alliance-desktop.svg) to the PNG sizes the window uses and to
the Windows .ico that PyInstaller puts in the .exe and the installer shows.

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py

Run it after changing the SVG, and commit the results; tests/test_icons.py checks they are current.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "alliance-desktop.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / f"alliance-desktop-{size}.png"


ICO = ICONS / "alliance-desktop.ico"


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A .ico holding PNG images (the format Windows has read since Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    return header + entries + blobs


def build() -> dict[Path, bytes]:
    """Every file this script makes, with its content."""
    pngs = {size: render_png(size) for size in PNG_SIZES}
    files = {png_path(size): data for size, data in pngs.items()}
    files[ICO] = ico_bytes(pngs)
    return files


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path, data in build().items():
        path.write_bytes(data)
        print(f"{path.relative_to(ICONS.parent.parent)}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
