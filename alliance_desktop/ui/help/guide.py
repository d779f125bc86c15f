"""Help > User guide (F1): the guide's HTML pages (resources/help/<lang>/) in a QTextBrowser, offline.

No network and no QtWebEngine: the pages are plain HTML with pictures beside them
(resources/help/images, made by packaging/guide_screenshots.py), read from the installed package.
F1 opens the chapter of the view on screen (`VIEW_CHAPTERS`); the list on the left goes to any chapter,
and links between chapters work. A link to the web is not followed (the app opens no socket).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QTextBrowser

from ... import i18n, paths
from .. import theme

# the chapters in order: file name (without .html) in resources/help/<lang>/
CHAPTERS = ("start", "overview", "timeline", "chains", "metrics", "commercial", "risks", "presenting", "sharing",
            "backups", "problems", "help")
# the chapter of each view of the main window (F1 in the view)
VIEW_CHAPTERS = {"overview": "overview", "timeline": "timeline", "chains": "chains", "metrics": "metrics",
                 "commercial": "commercial", "risks": "risks"}


def help_dir() -> Path:
    return paths.resources_dir() / "help"


def chapter_path(chapter: str, lang: str | None = None) -> Path:
    lang = lang or i18n.language()
    return help_dir() / (lang if lang in i18n.LANGUAGES else "fi") / f"{chapter}.html"


def chapter_title(chapter: str, lang: str | None = None) -> str:
    """The chapter's <title>."""
    text = chapter_path(chapter, lang).read_text("utf-8")
    found = re.search(r"<title>(.*?)</title>", text, re.S)
    return found.group(1).strip() if found else chapter


class OfflineBrowser(QTextBrowser):
    """A QTextBrowser that follows only links to the guide's own files (a web address is shown, not opened)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._follow)

    def _follow(self, url: QUrl) -> None:
        if url.isRelative() or url.isLocalFile():
            target = self.source().resolved(url) if url.isRelative() else url
            self.setSource(target)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt API
        if not (url.isRelative() or url.isLocalFile()):
            return None  # never a network request
        return super().loadResource(kind, url)


class GuideWindow(QDialog):
    """The user guide: the chapters on the left, the chapter on the right."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide – Alliance Planner"))
        self.resize(round(100 * theme.BASE_POINT_SIZE), round(75 * theme.BASE_POINT_SIZE))
        self.lang = i18n.language()
        layout = QHBoxLayout(self)
        self.chapters = QListWidget()
        self.chapters.setAccessibleName(self.tr("Chapters"))
        self.chapters.setFixedWidth(round(22 * theme.BASE_POINT_SIZE))
        self.chapters.setWordWrap(True)
        for chapter in CHAPTERS:
            self.chapters.addItem(chapter_title(chapter, self.lang))
        self.chapters.currentRowChanged.connect(lambda row: self.open_chapter(CHAPTERS[row]) if row >= 0 else None)
        layout.addWidget(self.chapters)
        self.browser = OfflineBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.sourceChanged.connect(self._source_changed)
        layout.addWidget(self.browser, 1)
        self.chapter = ""

    def open_chapter(self, chapter: str) -> None:
        """Show a chapter (its first page) in the guide's language."""
        if chapter not in CHAPTERS:
            chapter = "start"
        if chapter == self.chapter:
            return
        self.browser.setSource(QUrl.fromLocalFile(str(chapter_path(chapter, self.lang))))

    def _source_changed(self, url: QUrl) -> None:
        self.chapter = Path(url.toLocalFile()).stem
        if self.chapter in CHAPTERS:
            self.chapters.blockSignals(True)
            self.chapters.setCurrentRow(CHAPTERS.index(self.chapter))
            self.chapters.blockSignals(False)


def show_guide(window, view: str = "") -> GuideWindow:
    """Open (or bring forward) the window's guide at the chapter of `view` (the start when there is none)."""
    guide = getattr(window, "guide_window", None)
    if guide is None or guide.lang != i18n.language():
        if guide is not None:
            guide.close()
            guide.deleteLater()
        guide = window.guide_window = GuideWindow(window)
    guide.open_chapter(VIEW_CHAPTERS.get(view, "start"))
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide
