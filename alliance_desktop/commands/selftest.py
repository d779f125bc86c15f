"""`alliance-desktop --self-test`: prove that this installation (installed or frozen) works.

Checks, each printed as one line `OK|FAIL|SKIP <check>: <detail>`:

- Qt starts (offscreen unless the caller chose a platform with QT_QPA_PLATFORM) and has fonts that draw
  text (on Windows offscreen Qt reads %WINDIR%\\Fonts: paths.offscreen_system_fonts);
- the Finnish translations load: ours (alliance_fi.qm) and Qt's own (qtbase_fi);
- both demo projects open, and every view in `available_views()` renders, not blank, with text;
- a project file round-trips: demo plan -> new file -> open -> JSON equals the demo JSON;
- a PDF report in Finnish and in English, read back (skipped when the build has no reports).

Exit 0 when nothing failed, 1 otherwise. Everything happens in a temporary folder (also the
app-data folder: settings, backups and demo copies), so the user's own files and settings are
untouched. No network: the self-test, like the app, never opens a socket.

A windowed Windows executable has no console: then the lines go to
`self-test.txt` in the app-data folder (use `alliance-desktop-cli.exe --self-test` to see them).

The check names are deliberately not translated: they are for IT staff and CI logs, and
keeping them out of `translate()` keeps them out of the Finnish catalogue.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

TIMEOUT_S = 120  # a hung self-test (say, a modal dialog nobody can click) fails instead of waiting forever
_QM_PROBES = (("MainWindow", "Overview", "Yleiskuva"),)  # (context, English source, Finnish) from our catalogue
# A string Qt's own Finnish catalogue (qtbase_fi) translates; held in variables so that
# lupdate does not collect it into our catalogue.
_QTBASE_PROBES = (("QPlatformTheme", "Cancel", "Peruuta"), ("QPlatformTheme", "Close", "Sulje"))
_WINDOW_SIZE = (1600, 1000)


class _Report:
    """Collects check lines and writes each at once (flushed), so a hang shows where it stopped."""

    def __init__(self, write: Callable[[str], None]):
        self.write = write
        self.failed = 0
        self.counts = {"OK": 0, "FAIL": 0, "SKIP": 0, "WARN": 0}

    def line(self, status: str, check: str, detail: str = "") -> None:
        self.counts[status] += 1
        if status == "FAIL":
            self.failed += 1
        text = f"{status} {check}" + (f": {detail}" if detail else "")
        self.write(" ".join(text.split()))  # one line, always

    def ok(self, check: str, detail: str = "") -> None:
        self.line("OK", check, detail)

    def fail(self, check: str, detail: str = "") -> None:
        self.line("FAIL", check, detail)

    def skip(self, check: str, detail: str = "") -> None:
        self.line("SKIP", check, detail)

    def warn(self, check: str, detail: str = "") -> None:
        self.line("WARN", check, detail)

    def attempt(self, check: str, body: Callable[[], str | None]) -> None:
        """Run one check: its return value is the OK detail; an exception is the FAIL detail."""
        try:
            detail = body()
        except _Skip as exc:
            self.skip(check, str(exc))
        except _Failed as exc:
            self.fail(check, str(exc))
        except Exception as exc:  # a self-test reports every failure and carries on
            self.fail(check, f"{type(exc).__name__}: {exc}")
        else:
            self.ok(check, detail or "")


class _Skip(Exception):
    pass


class _Failed(Exception):
    pass


def _writer() -> tuple[Callable[[str], None], Callable[[], None]]:
    """Print to stdout; without a console (windowed Windows build) append to app data/self-test.txt."""
    if sys.stdout is not None:
        _utf8(sys.stdout)
        def write(text: str) -> None:
            try:
                print(text, flush=True)
            except UnicodeEncodeError:  # a console or pipe in a legacy code page (Windows)
                encoding = sys.stdout.encoding or "ascii"
                print(text.encode(encoding, "replace").decode(encoding), flush=True)

        return write, lambda: None
    from .. import paths

    target = paths.app_data_dir() / "self-test.txt"  # resolved before the self-test swaps the folder
    lines: list[str] = []

    def flush() -> None:
        try:
            target.write_text("\n".join(lines) + "\n", encoding="utf-8")
        except OSError:
            pass

    def collect(text: str) -> None:
        lines.append(text)
        flush()

    return collect, flush


def _utf8(stream) -> None:
    """The lines are UTF-8 whatever the console: on Windows a pipe or file gets the ANSI code page
    (cp1252) by default, and build.py and CI logs, which read UTF-8, showed "ik��ntyneiden"."""
    try:
        stream.reconfigure(encoding="utf-8", errors="replace")
    except (AttributeError, ValueError, OSError):  # not a text stream we can change: the fallback below copes
        pass


def run_self_test(*, timeout: float = TIMEOUT_S) -> int:
    """Run every check; return the exit code (0: all passed)."""
    write, flush = _writer()
    report = _Report(write)
    started = time.perf_counter()
    watchdog = _start_watchdog(timeout, write, flush)
    saved_env = {k: os.environ.get(k) for k in ("ALLIANCE_DESKTOP_DATA_DIR", "QT_QPA_PLATFORM")}
    try:
        with tempfile.TemporaryDirectory(prefix="alliance-selftest-", ignore_cleanup_errors=True) as tmp:
            folder = Path(tmp)
            os.environ["ALLIANCE_DESKTOP_DATA_DIR"] = str(folder / "appdata")
            if not os.environ.get("QT_QPA_PLATFORM"):
                os.environ["QT_QPA_PLATFORM"] = "offscreen"
            _run_checks(report, folder)
    finally:
        watchdog.cancel()
        for key, value in saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    total = time.perf_counter() - started
    c = report.counts
    verdict = "passed" if not report.failed else "FAILED"
    write(f"self-test {verdict}: {c['OK']} OK, {c['FAIL']} failed, {c['SKIP']} skipped, {c['WARN']} warnings "
          f"in {total:.1f} s")
    flush()
    return 0 if not report.failed else 1


def _start_watchdog(timeout: float, write: Callable[[str], None], flush: Callable[[], None]) -> threading.Timer:
    def expire() -> None:
        write(f"FAIL self-test: did not finish within {timeout:.0f} s (a dialog waiting for a click?)")
        flush()
        os._exit(1)

    timer = threading.Timer(timeout, expire)
    timer.daemon = True
    timer.start()
    return timer


def _run_checks(report: _Report, folder: Path) -> None:
    from .. import __version__

    report.ok("version", f"alliance-desktop {__version__}, Python {sys.version.split()[0]}"
              + (", frozen" if getattr(sys, "frozen", False) else ""))
    for name in _demo_names():
        report.attempt(f"round-trip {name}", lambda n=name: _round_trip(n, folder))

    try:
        app, translations, messages = _start_qt(report)
    except Exception as exc:
        report.fail("Qt", f"{type(exc).__name__}: {exc}")
        return
    from PySide6 import __version__ as pyside_version
    from PySide6.QtGui import QGuiApplication

    report.ok("Qt", f"PySide6 {pyside_version}, platform {QGuiApplication.platformName()}")
    errors: list[str] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda t, e, tb: errors.append(f"{t.__name__}: {e}")  # never the crash dialog here
    try:
        report.attempt("fonts", _check_fonts)
        report.attempt("translations fi (alliance_fi.qm)", _check_our_translation)
        report.attempt("translations fi (qtbase_fi.qm)", _check_qtbase_translation)
        for name in _demo_names():
            _check_views(report, translations, name, errors)
        for lang, name in (("fi", "keusote"), ("en", "hyvaks")):
            report.attempt(f"PDF {lang}", lambda n=name, la=lang: _check_pdf(n, la, folder))
    finally:
        sys.excepthook = previous_hook
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(None)
        _close_log_files(folder)
    for text in errors:
        report.fail("unhandled exception", text)
    for text in messages:
        report.warn("Qt message", text)


def _demo_names() -> tuple[str, ...]:
    from ..templates import DEMOS

    return DEMOS


def _start_qt(report: _Report):
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    messages: list[str] = []

    def handler(kind, _context, text) -> None:
        if kind == QtMsgType.QtFatalMsg:  # Qt aborts right after this (say, no platform plugin): tell why first
            report.fail("Qt", text)
        elif kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg:
            messages.append(text)

    qInstallMessageHandler(handler)
    from ..ui.app import create_application

    app, translations = create_application(sys.argv[:1], "fi")
    return app, translations, messages


def _check_our_translation() -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    for context, source, expected in _QM_PROBES:
        got = translate(context, source)
        if got != expected:
            raise _Failed(f"{context}/{source!r} gave {got!r}, expected {expected!r}")
    return f"{source!r} -> {got!r}"


def _check_qtbase_translation() -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    seen = []
    for context, source, expected in _QTBASE_PROBES:
        got = translate(context, source)
        seen.append(f"{source!r} -> {got!r}")
        if got == expected:
            return seen[-1]
    raise _Failed("Qt's own Finnish strings did not load (" + ", ".join(seen) + ")")


def _round_trip(name: str, folder: Path) -> str:
    from ..core.interchange import dumps, plan_to_json
    from ..storage.projectfile import ProjectFile, create_file
    from ..templates import demo_text, load_template

    path = folder / f"round-trip {name} ä.alliance"
    create_file(path, load_template(name))
    with ProjectFile.open(path, backup=False) as project:
        exported = dumps(plan_to_json(project.plan))
    expected = demo_text(name)
    if exported != expected:
        for i, (a, b) in enumerate(zip(exported.splitlines(), expected.splitlines(), strict=False), 1):
            if a != b:
                raise _Failed(f"JSON differs at line {i}: {a.strip()!r} != {b.strip()!r}")
        raise _Failed(f"JSON differs in length ({len(exported)} != {len(expected)} characters)")
    return f"{path.stat().st_size // 1024} KiB file, JSON identical ({len(expected)} characters)"


def _check_views(report: _Report, translations, name: str, errors: list[str]) -> None:
    from PySide6.QtWidgets import QApplication

    from ..ui import mainwindow

    window = mainwindow.MainWindow(translations, build=False)
    refused: list[str] = []
    window._show_error = lambda title, message: refused.append(f"{title}: {message}")  # no modal box offscreen
    try:
        if not window.open_demo(name) or window.document is None:
            report.fail(f"open demo {name}", "; ".join(refused) or "the demo did not open")
            return
        window.resize(*_WINDOW_SIZE)
        window.show()
        _settle(QApplication)
        report.ok(f"open demo {name}", window.document.plan.project.name)
        views = mainwindow.available_views()
        if not views:
            report.fail(f"views {name}", "no views registered")
        for key, _title, cls in views:
            report.attempt(f"view {name}/{key}", lambda k=key, c=cls: _guarded(errors, _render_view, window, k, c))
        report.attempt(f"window {name}", lambda: _guarded(errors, lambda: _not_blank(window.grab().toImage())))
    finally:
        window.close()
        window.deleteLater()
        _settle(QApplication)


def _settle(app_class) -> None:
    for _ in range(3):
        app_class.processEvents()


def _guarded(errors: list[str], check: Callable[..., str], *args) -> str:
    """Run a check; an exception Qt swallowed on the way (a slot, a paintEvent) fails it too."""
    before = len(errors)
    try:
        detail = check(*args)
    finally:
        raised = errors[before:]
        del errors[before:]  # reported by this check, not again at the end
    if raised:
        raise _Failed(raised[0])
    return detail


def _render_view(window, key: str, factory) -> str:
    from PySide6.QtWidgets import QApplication

    if not window.show_view(key):
        raise _Failed("the window has no such view")
    view = window.views[key]
    _settle(QApplication)
    cls = factory.load() if hasattr(factory, "load") else factory  # a ViewRef, or a class in tests
    if not isinstance(view, cls):
        raise _Failed(f"a {type(view).__name__} stands where a {cls.__name__} should")
    if window.current_view() != key:
        raise _Failed(f"showing {window.current_view()!r} instead")
    picture = _not_blank(view.grab().toImage())
    if not _draws_text(view.font()):
        raise _Failed(f"renders no text: the font {view.font().family()!r} draws nothing (no fonts found?)")
    return picture


_TEXT_PROBE = "Yleiskuva ÄÖ"


def _draws_text(font) -> bool:
    """Whether text in `font` leaves ink: without fonts (Qt's offscreen platform on Windows looks only in
    <PySide6>/lib/fonts) every view still paints its frames and colours, just no text at all."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(160, 40, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setPen(Qt.GlobalColor.black)
    painter.setFont(font)
    painter.drawText(4, 30, _TEXT_PROBE)
    painter.end()
    white = image.pixel(0, 0)
    return any(image.pixel(x, y) != white for y in range(0, 40, 2) for x in range(0, 160, 2))


def _check_fonts() -> str:
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    families = QFontDatabase.families()
    font = QGuiApplication.font()
    if not families or not _draws_text(font):
        where = os.environ.get("QT_QPA_FONTDIR")
        raise _Failed(f"Qt found {len(families)} font families and draws no text"
                      + (f" (QT_QPA_FONTDIR={where})" if where else ""))
    return f"{len(families)} families, default {font.family()!r} {font.pointSizeF():g} pt"


def _not_blank(image) -> str:
    """Raise unless the picture has real content: a blank or one-colour widget has 1-2 colours."""
    if image.isNull() or image.width() < 50 or image.height() < 50:
        raise _Failed(f"no picture ({image.width()}x{image.height()})")
    width, height = image.width(), image.height()
    colours: dict[int, int] = {}
    steps = 80
    for j in range(steps):
        y = j * (height - 1) // (steps - 1)
        for i in range(steps):
            pixel = image.pixel(i * (width - 1) // (steps - 1), y)
            colours[pixel] = colours.get(pixel, 0) + 1
    dominant = max(colours.values()) / (steps * steps)
    if len(colours) < 4 or dominant > 0.995:
        raise _Failed(f"blank: {len(colours)} colours, {dominant:.1%} one colour")
    return f"{width}x{height}, {len(colours)} colours"


def _report_builder():
    """`build_report(plan, out_path, lang=...)` if this build has one, else None."""
    for module_name in ("alliance_desktop.reports", "alliance_desktop.reports.builder"):
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:  # the module is not in this build: fine
                continue
            raise  # it is, but something it needs is missing: a broken build
        build = getattr(module, "build_report", None)
        if callable(build):
            return build
    return None


def _check_pdf(name: str, lang: str, folder: Path) -> str:
    import datetime as _dt

    from ..templates import load_template

    build = _report_builder()
    if build is None:
        raise _Skip("not available in this build")
    out = folder / f"report-{name}-{lang}.pdf"
    import inspect

    options = {"lang": lang}
    if "created" in inspect.signature(build).parameters:
        options["created"] = _dt.date(2025, 1, 1)  # a fixed date: the same bytes every time
    returned = build(load_template(name), out, **options)
    pages = pdf_page_count(out.read_bytes())
    if pages <= 0:
        raise _Failed(f"{out.name} has no pages")
    if isinstance(returned, int) and returned != pages:
        raise _Failed(f"build_report said {returned} pages, the file has {pages}")
    return f"{name}, {pages} pages, {out.stat().st_size // 1024} KiB"


def pdf_page_count(data: bytes) -> int:
    """Pages in a PDF, read back without a PDF library (the frozen app ships none).

    Counts `/Type /Page` dictionaries (not `/Pages`); ReportLab writes them uncompressed.
    A file that is not a whole PDF counts 0.
    """
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        return 0
    return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", data))


def _close_log_files(folder: Path) -> None:
    """The app logs into the temporary app-data folder; close that file so the folder can go (Windows)."""
    import logging

    log = logging.getLogger("alliance_desktop")
    for handler in list(log.handlers):
        filename = getattr(handler, "baseFilename", "")
        if filename and Path(filename).is_relative_to(folder):
            log.removeHandler(handler)
            handler.close()
