"""Before the window's QApplication exists: can Qt show a window here at all? (Qt-free, imports no Qt.)

Without a display, or on a Linux machine that lacks one of the X libraries Qt's `xcb` platform plugin
links against (a fresh Debian has no libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, ...), Qt aborts
with "could not load the Qt platform plugin xcb ... reinstalling the application may fix this problem"
and exit 134, which points the wrong way. `problem()` finds both first, so the start can print one line
in the user's language naming what is missing (the Debian packages) and end with exit 2. On Windows
and macOS, or when the user chose another platform (QT_QPA_PLATFORM, e.g. offscreen), it says nothing.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

# The shared libraries Qt's xcb platform plugin (libqxcb.so, libQt6XcbQpa.so) and Qt's GUI need, and the
# Debian / Ubuntu package of each (README's apt-get line lists the same packages: a test keeps them equal).
XCB_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxkbcommon.so.0", "libxkbcommon0"),
    ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libEGL.so.1", "libegl1"),
    ("libGL.so.1", "libgl1"),
    ("libfontconfig.so.1", "libfontconfig1"),
    ("libdbus-1.so.3", "libdbus-1-3"),
)


# Where Debian, Ubuntu, Fedora and Arch keep them: a stat in each is microseconds, where loading the
# libraries (ctypes) would add ~9 ms to every start. Only a library not found there is tried with dlopen
# (LD_LIBRARY_PATH, ldconfig's other folders).
LIBRARY_DIRS = ("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
                "/lib/aarch64-linux-gnu", "/usr/lib64", "/lib64", "/usr/lib", "/lib")


def _loadable(name: str) -> bool:
    if any(os.path.exists(os.path.join(folder, name)) for folder in LIBRARY_DIRS):
        return True
    import ctypes

    try:
        ctypes.CDLL(name)  # Qt loads it a moment later anyway
    except OSError:
        return False
    return True


def missing_packages(loadable: Callable[[str], bool] = _loadable) -> list[str]:
    """The Debian packages of the X libraries that cannot be loaded here."""
    return [package for library, package in XCB_LIBRARIES if not loadable(library)]


def problem(env: Mapping[str, str] = os.environ, platform: str = sys.platform,
            loadable: Callable[[str], bool] = _loadable) -> str | None:
    """One line saying why no window can be shown here, or None when Qt can try (translated by the caller's
    language: `i18n.translate`)."""
    from ..i18n import translate

    if not platform.startswith("linux"):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if chosen and chosen != "xcb":
        return None  # offscreen, wayland, vnc, ...: the user chose; Qt reports on its own
    if not chosen and env.get("WAYLAND_DISPLAY"):
        return None  # Qt prefers Wayland there
    if not env.get("DISPLAY"):
        return translate("Cli", "No display to show the window on (DISPLAY is not set). Start the app on a desktop, "
                                "or use the commands that need no window, e.g. “alliance-desktop report PLAN -o "
                                "report.pdf” (alliance-desktop --help lists them).")
    missing = missing_packages(loadable)
    if missing:
        return translate("Cli", "The window cannot start: the system lacks libraries Qt needs for it. Install them "
                                "with: sudo apt-get install {packages}").format(packages=" ".join(missing))
    return None
