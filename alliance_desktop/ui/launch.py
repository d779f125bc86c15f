"""Start the GUI from parsed command-line arguments."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

SCREENSHOT_SIZE = (1600, 1000)


def run_gui(args) -> int:
    # No garbage collection until the window is up: start-up makes tens of thousands of objects that
    # live for the whole session (PySide6's enums, the model's classes, the widgets), and passes over
    # them cost 5 ms of the start. Collection is back on once the window's first frame is on screen.
    gc.disable()
    try:
        return _start(args)
    finally:
        gc.enable()


def _start(args) -> int:
    from PySide6.QtCore import QTimer

    from .app import after_first_frame, create_application
    from .mainwindow import MainWindow

    app, translations = create_application(sys.argv[:1], args.lang)
    if getattr(args, "palette", None):  # for this start only (a screenshot, a meeting room): not saved
        from . import theme

        theme.apply_palette(app, args.palette)
    window = MainWindow(translations, build=not (args.demo or args.path))
    window.headless = bool(args.screenshot)
    window.menus_after_first_frame = not args.screenshot  # (a screenshot has no event loop to fill them in)
    ok = True
    if args.demo:
        ok = window.open_demo(args.demo)
    elif args.path:
        ok = window.open_path(Path(args.path))
    if not ok and window.handed_over:  # the file's own window came forward: nothing more to show
        _release(window)
        return 0
    if not ok:
        window.set_document(None)  # the welcome screen, after the message about the file
    if args.view and window.document is not None and not window.show_view(args.view):
        from PySide6.QtCore import QCoreApplication

        print(QCoreApplication.translate("Launch", "The view “{view}” is not available yet.").format(view=args.view),
              file=sys.stderr)
        if args.screenshot:
            return 2
    present = getattr(args, "present", False) and ok and window.document is not None
    if args.screenshot:
        size = getattr(args, "size", None) or SCREENSHOT_SIZE
        if present:  # what the projector shows: the first slide (or --view's) at --size
            from .present import screenshot

            shot = screenshot(window.document, Path(args.screenshot), size, args.view or "")
            _release(window)
            return 0 if shot else 1
        return 0 if ok and take_screenshot(window, Path(args.screenshot), size) else 1
    window.show()
    QTimer.singleShot(0, window.raise_)
    if present:  # --present: the slides full screen (--view NAME: its slide first), Esc to the window
        from .present import present as start_presenting

        QTimer.singleShot(0, lambda: start_presenting(window, args.view or ""))
    after_first_frame(_collect_from_now)
    code = app.exec()
    _release(window)
    return code


def _collect_from_now() -> None:
    """Garbage collection on, from the first frame; a full one in the first pause (ui/app.collect_when_idle)."""
    from .app import collect_when_idle

    gc.enable()
    collect_when_idle()


def _release(window) -> None:
    """Delete the window and collect garbage while Qt is still up, not during interpreter shutdown."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def take_screenshot(window, path: Path, size: tuple[int, int] = SCREENSHOT_SIZE) -> bool:
    """Render the window at `size` logical pixels, 1600x1000 by default (works offscreen), and save it as PNG."""
    from PySide6.QtWidgets import QApplication

    if size[0] < window.minimumWidth() or size[1] < window.minimumHeight():
        window.setMinimumSize(0, 0)  # the asked size, even below the window's usual minimum
    window.resize(*size)
    window.show()
    for _ in range(3):
        QApplication.processEvents()
    ok = window.grab().save(str(path), "PNG")
    window.close()
    _release(window)
    return ok
