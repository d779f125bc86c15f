"""Application setup: translators, settings, the exception hook."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from .. import __version__, i18n, paths
from .. import settings_keys as keys
from . import settings

log = logging.getLogger("alliance_desktop")

ORGANIZATION = "AlliancePlanner"
APPLICATION = "alliance-desktop"
MAX_RECENT = 8
FIRST_FRAME_FIRST_LOOK_MS = 20  # when after_first_frame first looks whether a window is on screen ...
FIRST_FRAME_LOOK_MS = 5  # ... and how often after that
FIRST_FRAME_WAIT_MS = 3000  # ... and how long at most (a window started minimised is never exposed)


def setup_logging() -> None:
    if log.handlers:
        return
    from logging.handlers import RotatingFileHandler

    try:
        handler = RotatingFileHandler(paths.log_file(), maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:  # a locked-down profile: log to nowhere rather than fail to start
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


_after_first_frame: list = []  # work waiting for a window's first frame, in the order it was asked for


def after_first_frame(work) -> None:
    """Run `work()` a turn of the event loop after a window of the app is first on screen.

    Qt paints a widget window as it is exposed, so once a top-level window `isExposed()` its first
    frame is drawn. One timer looks for that, first FIRST_FRAME_FIRST_LOOK_MS after the loop starts
    (the first frame is painted in its first turn; a look before it would build QWindow's Python
    class, and its enums, ahead of the frame) and then every few milliseconds; no Python runs for each
    event, and nothing is busy while the window system maps the window. After FIRST_FRAME_WAIT_MS the
    work runs anyway. Zero-time timers started before `exec()` would run before the first paint:
    start-up work that the first frame does not need (the log file, garbage collection, the file
    watch, the window icon, the views' preloading) waits here, all of it for the one look."""
    from PySide6.QtCore import QTimer

    _after_first_frame.append(work)
    if len(_after_first_frame) == 1:  # (the wait counted from the loop's first turn, not from this call)
        QTimer.singleShot(0, lambda: QTimer.singleShot(
            FIRST_FRAME_FIRST_LOOK_MS, lambda: _look_for_first_frame(FIRST_FRAME_FIRST_LOOK_MS)))


def _look_for_first_frame(waited: int) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    if waited < FIRST_FRAME_WAIT_MS and not any(w.isExposed() for w in QGuiApplication.topLevelWindows()):
        QTimer.singleShot(FIRST_FRAME_LOOK_MS, lambda: _look_for_first_frame(waited + FIRST_FRAME_LOOK_MS))
        return
    for work in _after_first_frame:  # each in its own turn: one that fails does not stop the others
        QTimer.singleShot(0, work)
    _after_first_frame.clear()


IDLE_COLLECT_MS = 1000  # a full garbage collection once the app has been this long without an edit or a new view
_idle_collect: dict = {}  # the application -> its single-shot QTimer for that, made on first use


def collect_when_idle() -> None:
    """Collect garbage in full once the app has been idle for IDLE_COLLECT_MS, then freeze what survives.

    Python's collector walks every object it tracks whenever a quarter more long-lived objects have
    appeared since its last full pass: on a 16x plan with its views open that is 18 ms, at 64x 55 ms,
    and it landed inside an edit every few edits (a Timeline edit at 64x: 105 ms, now and then 160–200 ms).
    Collected in a pause instead, and the survivors frozen (`gc.freeze`: the collector's own passes skip
    them), the passes made during edits walk only what was made since; the next idle collection thaws
    everything first, so garbage among the frozen objects is found then. Called after anything that makes
    many lasting objects or much garbage (an edit or undo, a view shown, a file opened, the first frame);
    each call starts the wait again, so a run of edits is never interrupted. Nothing is collected while
    the collector is off (start-up turns it off until the first frame)."""
    from PySide6.QtCore import QTimer

    app = QCoreApplication.instance()
    timer = _idle_collect.get(app)
    if timer is None:
        _idle_collect.clear()  # (another application's, deleted with it)
        timer = _idle_collect[app] = QTimer(app)
        timer.setSingleShot(True)
        timer.timeout.connect(_collect_and_freeze)
    timer.start(IDLE_COLLECT_MS)  # (read each time: tests shorten it)


def _collect_and_freeze() -> None:
    import gc

    if gc.isenabled():
        gc.unfreeze()
        gc.collect()
        gc.freeze()


_installed: list[QTranslator] = []  # one set per application, whoever installed it


class Translations:
    """Installs our translator and Qt's own (qtbase_fi) for the chosen language."""

    def __init__(self, app: QCoreApplication):
        self.app = app
        self.installed = _installed
        self.language = "fi"

    def set_language(self, language: str) -> bool:
        """Switch language; returns True when our Finnish catalogue loaded (or English chosen)."""
        for t in self.installed:
            self.app.removeTranslator(t)
        self.installed.clear()
        i18n.set_language(language)
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland) if language == "fi"
                           else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        if language == "en":
            return True
        ours = QTranslator(self.app)
        loaded = ours.load(str(translations_dir() / f"alliance_{language}.qm"))
        if loaded:
            self.app.installTranslator(ours)
            self.installed.append(ours)
        qt = QTranslator(self.app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self.app.installTranslator(qt)
            self.installed.append(qt)
        return loaded


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon():
    """The window and taskbar icon (resources/icons, made from the SVG by packaging/make_icons.py)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    folder = paths.resources_dir() / "icons"
    for size in ICON_SIZES:  # Qt reads each size from its file (passing QSize objects took 1 ms of the start)
        icon.addFile(str(folder / f"alliance-desktop-{size}.png"))
    return icon


def _windows_taskbar_identity() -> None:
    """On Windows, group our windows under our own taskbar button and icon, not Python's."""
    if sys.platform != "win32":
        return
    try:
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID("AlliancePlanner.AllianceDesktop")
    except (AttributeError, OSError):  # an old or locked-down Windows: Python's icon, nothing worse
        pass


def keep_fills_on_this_thread() -> None:
    """No GUI thread pool for Qt's painting (QT_NO_GUI_THREADPOOL), unless ALLIANCE_GUI_THREADPOOL=1.

    Qt's raster engine hands every fill of 96 or more spans to a pool of threads, in pieces, and waits
    for them: a vertical scroll bar's gradient taller than 96 pixels (any long table's) is such a fill.
    For a 16-pixel-wide bar the hand-off costs more than the fill: the first one starts two threads
    (255 futex calls before the first frame), and each repaint wakes them and waits. The app draws no
    large gradient or image where threads would pay (benchmarks/paint_threads.py compares). Read by
    Qt once, when it first needs the pool: set before the first paint. A value the user set is kept."""
    if os.environ.get("ALLIANCE_GUI_THREADPOOL") != "1":
        os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def create_application(argv: list[str], language: str | None) -> tuple[QApplication, Translations]:
    app = QApplication.instance()
    if app is None:
        keep_fills_on_this_thread()
        paths.offscreen_system_fonts()  # Windows, offscreen: Qt would find no fonts and draw no text
        # Fusion is chosen on Qt's command line: app.setStyle() would hand Python the QStyle object,
        # and PySide6 would build its 14 enums (5 ms) before the first window.
        app = QApplication([*argv, "-style", "fusion"])
    else:
        app.setStyle("Fusion")
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    _windows_taskbar_identity()
    # The title bar's and taskbar's icon is drawn by the window system, not in the window's first frame:
    # set after it (QIcon's Python class and its enums, and reading the seven sizes: 2.5 ms). Until then
    # the window shows the executable's icon (the same image in the Windows build).
    after_first_frame(lambda: app.setWindowIcon(app_icon()))
    from . import theme

    stored = settings.store()
    theme.set_text_size(app, settings.get(keys.TEXT_SIZE, stored))
    theme.use_palette(settings.get(keys.PALETTE, stored))
    theme.apply(app)
    translations = Translations(app)
    chosen = language or settings.get(keys.LANGUAGE, stored)
    translations.set_language(chosen if chosen in i18n.LANGUAGES else keys.LANGUAGE.default)
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Alliance Planner"))
    install_exception_hook()
    from PySide6.QtCore import QTimer

    after_first_frame(setup_logging)  # the log file (logging.handlers: 10-16 ms) can wait
    if paths.data_dir_problem() is not None:  # (the folder is made once here; a problem is rare)
        QTimer.singleShot(0, show_data_dir_problem)
    return app, translations


def show_data_dir_problem():
    """Say once, without stopping the window, that the app's own folder cannot be used and where to fix
    it (paths.data_dir_problem). Returns the message box shown, or None when all is well."""
    text = paths.data_dir_problem()
    if text is None:
        return None
    from PySide6.QtWidgets import QMessageBox

    log.warning("%s", text)
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("App", "Alliance Planner"), text,
                      QMessageBox.StandardButton.Ok)
    box.setModal(False)
    global _data_dir_box
    _data_dir_box = box  # kept while the app runs (a box without a parent lives as long as its reference)
    box.show()
    return box


_data_dir_box = None


def install_exception_hook() -> None:
    """Any uncaught exception: log it, show a friendly dialog with 'copy details'; never a bare traceback."""

    def hook(exc_type, exc, tb):
        setup_logging()
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("Unhandled exception:\n%s", details)
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            from .dialogs import show_crash_dialog

            show_crash_dialog(details)
        except Exception:  # the dialog itself failed: the log still has everything
            log.exception("Crash dialog failed")

    sys.excepthook = hook


def recent_files() -> list[str]:
    """Recent files that still exist (missing ones are pruned quietly)."""
    stored = settings.store()
    files = settings.get(keys.RECENT_FILES, stored)
    existing = [f for f in files if Path(f).is_file()]
    if existing != files:
        settings.set(keys.RECENT_FILES, existing, stored)
    return existing


def add_recent_file(path: Path) -> None:
    files = [f for f in recent_files() if Path(f) != Path(path)]
    files.insert(0, str(path))
    settings.set(keys.RECENT_FILES, files[:MAX_RECENT])
