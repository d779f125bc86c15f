"""The main window: welcome screen, or navigation side bar + views for an open project."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
# QAction, QActionGroup and QKeySequence are imported where the menus are filled (after the first frame), and
# QFileDialog and QMessageBox where a dialog is shown: PySide6 builds a class and its enums on first
# use, and at start-up no dialog is needed.

from .. import paths, templates
from .. import settings_keys as keys
from ..core.errors import AllianceError
from ..fileutil import InputFileError, read_input_file, same_file, write_text_atomically
from . import app as appmod
from . import settings, theme
from .document import Document

if TYPE_CHECKING:
    from PySide6.QtGui import QAction


LISTEN_DELAY_MS = 400  # a window listens for its file being opened again this long after its first frame
PRELOAD_DELAY_MS = 1500  # and the code of the views not yet shown loads, a module at a time
PRELOAD_GAP_MS = 50  # between modules: a click or a key press in between is served at once


class ViewRef:
    """A view class named by module and class, imported only when the view is first built:
    start-up then loads just the view on screen. Calling it builds the view for a document."""

    def __init__(self, module: str, name: str):
        self.module = module
        self.name = name

    @property
    def module_name(self) -> str:
        return f"{__package__}.{self.module}"

    def load(self) -> type:
        import importlib

        return getattr(importlib.import_module(self.module_name), self.name)

    def __call__(self, document: Document) -> QWidget:
        return self.load()(document)


def available_views() -> list[tuple[str, str, ViewRef]]:
    """(key, title, view factory) of the views in the navigation, in order."""
    return [
        ("overview", QCoreApplication.translate("MainWindow", "Overview"), ViewRef("overview", "OverviewView")),
        ("timeline", QCoreApplication.translate("MainWindow", "Timeline"), ViewRef("timeline", "TimelineView")),
        ("chains", QCoreApplication.translate("MainWindow", "Service chains"), ViewRef("chains", "ChainsView")),
        ("metrics", QCoreApplication.translate("MainWindow", "Metrics"), ViewRef("metrics", "MetricsView")),
        ("commercial", QCoreApplication.translate("MainWindow", "Commercial model"),
         ViewRef("commercial", "CommercialView")),
        ("risks", QCoreApplication.translate("MainWindow", "Risks and procurement"), ViewRef("risks", "RisksView")),
    ]


class MainWindow(QMainWindow):
    languageChanged = Signal(str)

    def __init__(self, translations: appmod.Translations, document: Document | None = None, *, build: bool = True):
        """`build=False` leaves the window empty for the caller to open a file into (start-up builds once)."""
        super().__init__()
        self.translations = translations
        self.document: Document | None = None
        self.views: dict[str, QWidget] = {}
        self.headless = False  # True when rendering a screenshot: messages go to stderr
        self.handed_over = False  # the file asked for was open in another window, which came forward
        self._beacon = None  # handoff.Beacon while a project is open for editing
        self._saved_note: QLabel | None = None  # the status bar's lasting line, under any passing message
        self.presentation = None  # the presentation window while one is shown (ui/present)
        self.menus_after_first_frame = False  # set by launch: the start-up window fills its menus after its first frame
        self._unfilled_menus: list[QMenu] | None = None  # the menus waiting for their commands (_build_menus)
        self.setMinimumSize(900, 600)
        geometry = settings.get(keys.WINDOW_GEOMETRY)  # None when missing or hand-edited
        restored = geometry is not None and self.restoreGeometry(geometry)
        if not restored:
            self.resize(1400, 900)
        if build or document is not None:
            self.set_document(document)

    # ------------------------------------------------------------ building

    def set_document(self, document: Document | None) -> None:
        if self.document is not None and self.document is not document:
            self.document.close()
        self._stop_listening()
        self.document = document
        if document is not None:
            document.editRefused.connect(self._edit_refused)
            document.changed.connect(self._edit_done)
            # a moment after the window's first frame: its note and folder watch, then the views' code
            if not document.read_only:
                appmod.after_first_frame(lambda d=document: QTimer.singleShot(
                    LISTEN_DELAY_MS, lambda: self.listen_for_handoff(d)))
            if not self.headless:
                appmod.after_first_frame(lambda: QTimer.singleShot(PRELOAD_DELAY_MS, self.preload_views))
        self._build()

    def preload_views(self) -> None:
        """Load the code of the views not shown yet, one module per turn of the event loop, a moment
        after the window appears, and the Qt-free texts' catalogue: a first visit then only builds its
        view (loading the timeline's code and the catalogue took half of its 100 ms). The views
        themselves are still built on first visit, so that an edit does not refresh views nobody has
        opened."""
        from .. import i18n

        # the Qt-free texts (core, reports) are read from their catalogue first: the views use them too
        pending = [i18n.preload, *(ref.load for _key, _title, ref in available_views()
                                   if ref.module_name not in sys.modules)]

        def load_next() -> None:
            if pending:
                pending.pop(0)()
                QTimer.singleShot(PRELOAD_GAP_MS, load_next)

        load_next()

    # ------------------------------------------------------------ the same file opened again

    def listen_for_handoff(self, document: Document) -> None:
        """Let a second start (or Open) of this project bring this window forward (ui/handoff.py)."""
        if document is not self.document or self._beacon is not None:
            return
        from .handoff import Beacon

        try:
            self._beacon = Beacon(self, document.path)
        except OSError as exc:  # no app-data folder to write to: a second open shows the lock message instead
            appmod.log.warning("No handoff note for %s: %s", document.path, exc)

    def _stop_listening(self) -> None:
        if self._beacon is not None:
            self._beacon.close()
            self._beacon.deleteLater()
            self._beacon = None

    def come_forward(self) -> None:
        """The user opened this window's project again (a double-click on the file, or Open)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        self.statusBar().showMessage(self.tr("The project is open in this window."), 8000)

    def _build(self) -> None:
        """(Re)build menus and the central area; also used to switch language without restart."""
        current = self.current_view()
        if self.views or self.centralWidget() is not None:  # a rebuild: the old menus go, with their actions
            self.menuBar().clear()
            for menu in self.menuBar().findChildren(QMenu):
                menu.deleteLater()
        self.views = {}
        self._build_menus()
        if self.document is None:
            from .welcome import WelcomeScreen

            welcome = WelcomeScreen(self)
            self.setCentralWidget(welcome)
            self.setWindowTitle(self.tr("Alliance Planner"))
        else:
            self.setCentralWidget(self._project_area())
            self.setWindowTitle(self.tr("{name} – Alliance Planner").format(name=self.document.plan.project.name))
            self.show_view(current or "overview")
        if self._saved_note is None:
            self._saved_note = QLabel()
            self.statusBar().addWidget(self._saved_note, 1)  # shown again when a passing message is cleared
        self._saved_note.setText(self.tr("Every change is saved to the file at once."))

    def _project_area(self) -> QWidget:
        doc = self.document
        area = QWidget()
        outer = QVBoxLayout(area)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        if doc.read_only:
            banner = QLabel(self.tr("This file is read-only: you can look and export, but changes cannot be saved. "
                                    "Use File > Save a copy as… to edit a copy."))
            banner.setObjectName("banner")
            theme.banner(banner)
            banner.setWordWrap(True)
            outer.addWidget(banner)
        body = QHBoxLayout()
        body.setSpacing(0)
        outer.addLayout(body, 1)
        self.navigation = QListWidget(area)  # made in `area` before the search field: it keeps the first focus
        theme.navigation(self.navigation)
        self.navigation.setFixedWidth(round(22 * theme.BASE_POINT_SIZE))  # 220 px at the normal text size
        self.navigation.setAccessibleName(self.tr("Views"))
        self.navigation.setWordWrap(True)  # a long name (English, large text) wraps instead of scrolling sideways
        self.stack = QStackedWidget()
        self.views = _Views(doc, self.stack)
        for key, title, factory in available_views():
            self.views.register(key, factory)
            self.navigation.addItem(title)  # row i shows views.keys_in_order[i]
        self.navigation.currentRowChanged.connect(self._show_row)
        # Edit > Find: the search field above the navigation; its results take the navigation's place (ui/help)
        self.search_field = QLineEdit(area)
        self.search_field.setPlaceholderText(self.tr("Find in the plan (Ctrl+F)"))
        self.search_field.setAccessibleName(self.tr("Find in the plan"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setFixedWidth(self.navigation.maximumWidth())
        self.search_field.textChanged.connect(self._search_typed)
        self.search_results = None  # ui/help/search.SearchResults, made when the user first types
        self.side_bar = QVBoxLayout()
        self.side_bar.setSpacing(0)
        self.side_bar.addWidget(self.search_field)
        self.side_bar.addWidget(self.navigation, 1)
        body.addLayout(self.side_bar)
        body.addWidget(self.stack, 1)
        return area

    def _search_typed(self, text: str) -> None:
        if self.search_results is None:
            from .help.search import SearchResults

            self.search_results = SearchResults(self, self.search_field, self.navigation, self.side_bar)
        self.search_results.update(text)

    def find(self) -> None:
        """Edit > Find: to the side bar's search field."""
        if self.document is not None:
            self.search_field.setFocus()
            self.search_field.selectAll()

    def _action(self, menu, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        from PySide6.QtGui import QKeySequence

        action = menu.addAction(text, slot)  # made and connected by Qt: a fifth of the time of QAction(...)
        if shortcut is not None:
            # setShortcuts: a standard key gets all its bindings on the platform (Redo: Ctrl+Y and
            # Ctrl+Shift+Z), and setShortcut(QKeySequence) would make PySide6 build the Qt namespace's
            # 93 enums (14 ms) before the first window is painted (see tests/ui/test_startup_cost.py).
            action.setShortcuts(shortcut if isinstance(shortcut, QKeySequence.StandardKey)
                                else [QKeySequence(shortcut)])
        if tip:
            action.setStatusTip(tip)
        return action

    def _build_menus(self) -> None:
        """The menu bar's menus, and their commands: at once, or in the start-up window a moment after its
        first frame (`menus_after_first_frame`). The commands and their shortcuts are not drawn in that
        frame, and making their 45 actions, key sequences and radio groups took 1.5 ms of the start.
        The menus' titles are in the first frame."""
        bar = self.menuBar()
        has_doc = self.document is not None
        menus = [bar.addMenu(self.tr("&File")), bar.addMenu(self.tr("&Edit"))]
        if has_doc:
            menus.append(bar.addMenu(self.tr("&View")))
        menus += [bar.addMenu(self.tr("&Language")), bar.addMenu(self.tr("&Help"))]
        self._unfilled_menus = menus
        if self.menus_after_first_frame:
            self.menus_after_first_frame = False
            appmod.after_first_frame(lambda: self._fill_menus(menus))
        else:
            self._fill_menus(menus)

    def _fill_menus(self, menus: list[QMenu]) -> None:
        if self._unfilled_menus is not menus:  # filled already, or the menus were built again meanwhile
            return
        self._unfilled_menus = None
        from PySide6.QtGui import QActionGroup, QKeySequence

        has_doc = self.document is not None
        file_menu, edit_menu = menus[:2]
        view_menu = menus[2] if has_doc else None
        lang_menu, help_menu = menus[-2:]
        self._action(file_menu, self.tr("&New project…"), self.new_project, QKeySequence.StandardKey.New)
        self._action(file_menu, self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        demos = file_menu.addMenu(self.tr("Open a &demo"))
        for name in templates.DEMOS:
            self._action(demos, template_title(name), lambda _=False, n=name: self.open_demo(n))
        recent = file_menu.addMenu(self.tr("Open &recent"))
        files = appmod.recent_files()
        for path in files:
            self._action(recent, Path(path).name, lambda _=False, p=path: self.open_path(Path(p)), tip=path)
        recent.setEnabled(bool(files))
        file_menu.addSeparator()
        a = self._action(file_menu, self.tr("Save a &copy as…"), self.save_copy, QKeySequence.StandardKey.SaveAs)
        a.setEnabled(has_doc)
        a = self._action(file_menu, self.tr("Restore from &backup…"), self.restore_backup)
        a.setEnabled(has_doc)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Import JSON…"), self.import_json)
        a = self._action(file_menu, self.tr("&Export JSON…"), self.export_json)
        a.setEnabled(has_doc)
        a = self._action(file_menu, self.tr("Export &PDF…"), self.export_pdf, "Ctrl+Shift+E",
                         tip=self.tr("A report of the plan for the board, councillors and companies"))
        a.setEnabled(has_doc)
        a = self._action(file_menu, self.tr("Export E&xcel workbook…"), self.export_xlsx,
                         tip=self.tr("The plan as an Excel workbook, the settlement as live formulas (open books)"))
        a.setEnabled(has_doc)
        a = self._action(file_menu, self.tr("Import from Excel wor&kbook…"), self.import_xlsx,
                         tip=self.tr("Measurements and actual costs from an exported workbook the finance office "
                                     "filled in"))
        a.setEnabled(has_doc)
        file_menu.addSeparator()
        a = self._action(file_menu, self.tr("&Print…"), self.print_view, QKeySequence.StandardKey.Print,
                         tip=self.tr("Print the view on screen"))
        a.setEnabled(has_doc)
        a = self._action(file_menu, self.tr("Print &report…"), self.print_report,
                         tip=self.tr("Print every view after a cover page"))
        a.setEnabled(has_doc)
        file_menu.addSeparator()
        a = self._action(file_menu, self.tr("&Close project"), self.close_project, QKeySequence.StandardKey.Close)
        a.setEnabled(has_doc)
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        if has_doc:
            undo = self.document.undo_stack.createUndoAction(edit_menu, self.tr("&Undo"))
            undo.setShortcuts(QKeySequence.StandardKey.Undo)
            redo = self.document.undo_stack.createRedoAction(edit_menu, self.tr("&Redo"))
            redo.setShortcuts(QKeySequence.StandardKey.Redo)
            edit_menu.addAction(undo)
            edit_menu.addAction(redo)
            edit_menu.addSeparator()
            self._action(edit_menu, self.tr("&Find…"), self.find, QKeySequence.StandardKey.Find,
                         tip=self.tr("Find phases, steps, metrics, risks, tasks, documents and parties by name or notes"))
        else:
            for text in (self.tr("&Undo"), self.tr("&Redo")):
                action = edit_menu.addAction(text)
                action.setEnabled(False)

        if view_menu is not None:
            for i, (key, title, _cls) in enumerate(available_views()):
                self._action(view_menu, title, lambda _=False, k=key: self.show_view(k), f"Ctrl+{i + 1}")
            view_menu.addSeparator()
            sizes = view_menu.addMenu(self.tr("&Text size"))
            sizes_group = QActionGroup(sizes)
            for percent in theme.TEXT_SIZES:
                label = (self.tr("Normal ({percent} %)") if percent == 100 else
                         self.tr("{percent} % (for a projector)")).format(percent=percent)
                action = sizes.addAction(label, lambda _=False, p=percent: self.set_text_size(p))
                action.setCheckable(True)
                action.setChecked(theme.text_size() == percent)
                sizes_group.addAction(action)
            palettes = view_menu.addMenu(self.tr("&Colours"))
            palettes_group = QActionGroup(palettes)
            for name, label in zip(theme.PALETTES, (self.tr("&Light"), self.tr("High &contrast (for a projector)"),
                                                    self.tr("&Dark (for a dim room)"))):
                action = palettes.addAction(label, lambda _=False, n=name: self.set_palette(n))
                action.setCheckable(True)
                action.setChecked(theme.palette_name() == name)
                palettes_group.addAction(action)
            view_menu.addSeparator()  # presentation mode: ui/present
            self._action(view_menu, self.tr("&Present"), self.present, "F5",
                         tip=self.tr("The plan as full-screen slides for a meeting; Esc returns here"))
            self._action(view_menu, self.tr("Choose &slides…"), self.choose_slides)

        group = QActionGroup(lang_menu)
        for code, label in (("fi", "Suomi"), ("en", "English")):
            action = lang_menu.addAction(label, lambda _=False, c=code: self.set_language(c))
            action.setCheckable(True)
            action.setChecked(self.translations.language == code)
            group.addAction(action)

        self._action(help_menu, self.tr("&User guide"), self.user_guide, QKeySequence.StandardKey.HelpContents,
                     tip=self.tr("The guide's chapter on the view on screen (F1)"))
        self._action(help_menu, self.tr("&Glossary"), self.glossary,
                     tip=self.tr("The alliance and procurement terms, in Finnish and English"))
        help_menu.addSeparator()
        self._action(help_menu, self.tr("&About Alliance Planner"), self.about)

    # ------------------------------------------------------------ views

    def current_view(self) -> str:
        if not isinstance(self.views, _Views):
            return ""
        return self.views.keys_in_order[self.stack.currentIndex()] if self.stack.count() else ""

    def show_view(self, key: str) -> bool:
        if not isinstance(self.views, _Views) or key not in self.views.keys_in_order:
            return False
        self.navigation.setCurrentRow(self.views.keys_in_order.index(key))
        return True

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.views.keys_in_order):
            view = self.views[self.views.keys_in_order[row]]  # built on first visit
            self.statusBar().clearMessage()  # a message (an error) about the view left does not follow
            self.stack.setCurrentIndex(row)
            # A hidden view only notes what changed; shown, it catches up (ui/lazy.py).
            catch_up = getattr(view, "catch_up", None)
            if catch_up is not None:
                catch_up()
            appmod.collect_when_idle()

    def set_text_size(self, percent: int) -> None:
        """Scale the text of the whole app (remembered); the views are rebuilt at the new size."""
        from PySide6.QtWidgets import QApplication

        theme.set_text_size(QApplication.instance(), percent)
        settings.set(keys.TEXT_SIZE, percent)
        self._build()
        self.statusBar().showMessage(self.tr("Text size {percent} %").format(percent=theme.text_size()), 4000)

    def set_palette(self, name: str) -> None:
        """Colour the whole app with palette `name` (remembered); the views are rebuilt in it."""
        from PySide6.QtWidgets import QApplication

        theme.apply_palette(QApplication.instance(), name)
        settings.set(keys.PALETTE, theme.palette_name())
        self._build()

    def set_language(self, code: str) -> None:
        """Switch language without restart: reinstall translators and rebuild menus and views."""
        self.translations.set_language(code)
        settings.set(keys.LANGUAGE, code)
        self._build()
        self.languageChanged.emit(code)

    # ------------------------------------------------------------ files

    def _file_filter(self) -> str:
        return self.tr("Alliance project (*.alliance)")

    def _show_error(self, title: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.headless:  # --screenshot: nobody to click a dialog away
            print(message, file=sys.stderr)
            return
        QMessageBox.warning(self, title, message)

    def _edit_done(self, _sections: list) -> None:
        """An edit (or undo) was saved: a message about an earlier one, such as why it was refused, is
        out of date. A view's note about this edit is shown after it and stays."""
        self.statusBar().clearMessage()
        appmod.collect_when_idle()  # the garbage of a run of edits is collected in the pause after it

    def _edit_refused(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(message, 8000)
        QMessageBox.warning(self, self.tr("The change was not made"), message)

    def open_path(self, path: Path) -> bool:
        from ..storage.projectfile import ProjectFile, StorageError

        from .dialogs import project_file_refusal

        if self.document is not None and same_file(path, self.document.path):
            return True
        refusal = project_file_refusal(path, self.project_path())  # the project's journal opened as a project
        if refusal:
            self._show_error(self.tr("The file could not be opened"), refusal)
            return False
        try:
            project_file = ProjectFile.open(path)
        except AllianceError as exc:
            if getattr(exc, "kind", "") == StorageError.LOCKED and self._hand_over(path):
                return False
            self._show_error(self.tr("The file could not be opened"), exc.message)
            return False
        if not str(path).startswith(str(paths.app_data_dir() / "demos")):  # demo copies are not "recent"
            appmod.add_recent_file(Path(path))
        self.set_document(Document(project_file))
        return True

    def _hand_over(self, path: Path) -> bool:
        """The file is locked: if a window of ours has it, bring that one forward instead of an error."""
        from .handoff import bring_forward

        # a screenshot run reports the lock as an error; a start (not yet on screen) waits for a starting window
        if self.headless or not bring_forward(path, wait_for_note=not self.isVisible()):
            return False
        self.handed_over = True
        self.statusBar().showMessage(self.tr("“{name}” is open in another window, which was brought to the front.")
                                     .format(name=Path(path).name), 8000)
        return True

    def project_path(self) -> Path | None:
        """The open project's file: no file dialog may read or write it (ui/dialogs.py)."""
        return None if self.document is None else Path(self.document.path)

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), "", self._file_filter())
        if path:
            self.open_path(Path(path))

    def open_demo(self, name: str) -> bool:
        """Open a new copy of a demo project: each time a fresh one, which the user may change freely."""
        from ..storage.projectfile import ProjectFile

        for rebuild in (False, True):
            try:
                path = templates.fresh_demo_copy(name, rebuild=rebuild)
                project_file = ProjectFile.open(path, backup=False)  # nothing to back up in a fresh copy
            except AllianceError as exc:
                if not rebuild:
                    continue  # a damaged ready-made demo file: build it again from the demo's JSON
                self._show_error(self.tr("The project could not be created"), exc.message)
                return False
            self.set_document(Document(project_file))
            return True
        return False

    def create_and_open(self, path: Path, plan) -> bool:
        from ..storage.projectfile import create_file

        try:
            create_file(path, plan)
        except AllianceError as exc:
            self._show_error(self.tr("The project could not be created"), exc.message)
            return False
        return self.open_path(path)

    def new_project(self, template: str = "blank") -> None:
        from .welcome import NewProjectDialog

        dialog = NewProjectDialog(self, template)
        if dialog.exec():
            self.create_and_open(dialog.path(), dialog.plan())

    def save_copy(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self.document is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy as"), "", self._file_filter())
        if not path:
            return
        if not path.endswith(".alliance"):
            path += ".alliance"
        from .dialogs import project_file_refusal

        refusal = project_file_refusal(path, self.project_path())
        if refusal:
            self._show_error(self.tr("The copy could not be saved"), refusal)
            return
        try:
            self.document.file.save_copy(Path(path))
        except AllianceError as exc:
            self._show_error(self.tr("The copy could not be saved"), exc.message)
            return
        self.statusBar().showMessage(self.tr("Copy saved: {path}").format(path=path), 8000)

    def restore_backup(self) -> None:
        from .dialogs import RestoreBackupDialog

        if self.document is None:
            return
        dialog = RestoreBackupDialog(self, Path(self.document.path))
        if dialog.exec() and dialog.restored_path:
            self.open_path(dialog.restored_path)

    def import_json(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from ..core.interchange import plan_from_text

        from .dialogs import input_file_message, project_file_refusal

        source, _ = QFileDialog.getOpenFileName(self, self.tr("Import JSON"), "", self.tr("JSON (*.json)"))
        if not source:
            return
        title = self.tr("The JSON file could not be imported")
        # checked before the file is opened: reading the open project would drop its lock (ui/dialogs.py)
        refusal = project_file_refusal(source, self.project_path())
        if refusal:
            self._show_error(title, refusal)
            return
        try:
            plan = plan_from_text(self._json_text(read_input_file(source)))
        except InputFileError as exc:
            self._show_error(title, input_file_message(exc))
            return
        except AllianceError as exc:
            self._show_error(title, exc.message)
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the imported project as"),
                                                str(Path(source).with_suffix(".alliance")), self._file_filter())
        if not target:
            return
        refusal = project_file_refusal(target, self.project_path())
        if refusal:
            self._show_error(self.tr("The project could not be created"), refusal)
            return
        self.create_and_open(Path(target), plan)

    def _json_text(self, data: bytes) -> str:
        """A JSON file's text (UTF-8, a BOM allowed); PlanError in words for another encoding."""
        from ..core.errors import PlanError

        # UTF-16 and UTF-32 (with or without a byte-order mark) hold NUL bytes; JSON text never does
        if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4096]:
            raise PlanError(self.tr("The file is in UTF-16 or UTF-32 encoding. Save it as UTF-8 (e.g. in "
                                    "Notepad: Save as, Encoding: UTF-8) and import it again."))
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise PlanError(self.tr("The file is not UTF-8 text. Save it as UTF-8 (e.g. in Notepad: Save as, "
                                    "Encoding: UTF-8) and import it again.")) from None

    def export_json(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from ..core.interchange import dumps, plan_to_json

        if self.document is None:
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Export JSON"),
                                                str(Path(self.document.path).with_suffix(".json")),
                                                self.tr("JSON (*.json)"))
        if not target:
            return
        from .dialogs import project_file_refusal, write_error_message

        title = self.tr("The JSON file could not be written")
        refusal = project_file_refusal(target, self.project_path())
        if refusal:
            self._show_error(title, refusal)
            return
        try:
            write_text_atomically(Path(target), dumps(plan_to_json(self.document.plan)),
                                  not_onto=(self.project_path(),))
        except OSError as exc:
            self._show_error(title, write_error_message(target, exc))
            return
        self.statusBar().showMessage(self.tr("Exported: {path}").format(path=target), 8000)

    def export_pdf(self) -> None:
        from .export_pdf import ExportPdfDialog

        if self.document is not None:
            ExportPdfDialog(self, self.document).exec()

    def export_xlsx(self) -> None:
        """File > Export Excel workbook… (ui/export_xlsx.py)."""
        from .export_xlsx import export_xlsx

        export_xlsx(self)

    def import_xlsx(self) -> None:
        """File > Import from Excel workbook… (ui/export_xlsx.py)."""
        from .export_xlsx import import_xlsx

        import_xlsx(self)

    def print_view(self) -> None:
        """File > Print (Ctrl+P): the view on screen through the system print dialog (ui/printing.py)."""
        from .printing import run_print_dialog

        run_print_dialog(self)

    def print_report(self) -> None:
        from .printing import run_print_dialog

        run_print_dialog(self, report=True)

    def close_project(self) -> None:
        self.set_document(None)

    def user_guide(self) -> None:
        """Help > User guide (F1): the guide (ui/help/guide.py) at the chapter of the view on screen."""
        from .help.guide import show_guide

        show_guide(self, self.current_view())

    def glossary(self) -> None:
        from .help.glossary import show_glossary

        show_glossary(self)

    def present(self) -> None:
        """View > Present (F5): the slides, full screen, starting at the view on screen (ui/present)."""
        from .present import present

        present(self)

    def choose_slides(self) -> None:
        from .present.choose import ChooseSlidesDialog

        if self.document is not None:
            ChooseSlidesDialog(self.document, self).exec()

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from .. import __version__

        QMessageBox.about(self, self.tr("About Alliance Planner"),
                          self.tr("Alliance Planner {version}\n\nPlan an alliance-model procurement of social and "
                                  "health services: phases, service chains, metrics and the commercial model. "
                                  "Works offline; every change is saved to the project file at once.").format(
                              version=__version__))

    def closeEvent(self, event) -> None:
        settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self._stop_listening()
        if self.document is not None:
            self.document.close()
            self.document = None
        super().closeEvent(event)


def template_title(name: str) -> str:
    titles = {
        "blank": QCoreApplication.translate("MainWindow", "Blank project"),
        "keusote": QCoreApplication.translate("MainWindow", "Keusote – elderly-care alliance"),
        "hyvaks": QCoreApplication.translate("MainWindow", "HyvaKS – surgery alliance"),
    }
    return titles[name]


class _Views(dict):
    """The views of the open project, each built the first time it is shown or asked for.

    Start-up builds only the view on screen; `views[key]` builds any other on demand.
    """

    def __init__(self, document: Document, stack: QStackedWidget):
        super().__init__()
        self.document = document
        self.stack = stack
        self.classes: dict[str, type] = {}
        self.keys_in_order: list[str] = []

    def register(self, key: str, factory) -> None:
        """`factory(document)` builds the view: a ViewRef or a widget class."""
        self.classes[key] = factory
        self.keys_in_order.append(key)
        self.stack.addWidget(QWidget())  # stands in until the view is built

    def __missing__(self, key: str) -> QWidget:
        if key not in self.classes:
            raise KeyError(key)
        index = self.keys_in_order.index(key)
        view = self.classes[key](self.document)
        current = self.stack.currentIndex()
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, view)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        self[key] = view
        return view
