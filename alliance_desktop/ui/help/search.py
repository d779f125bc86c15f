"""Edit > Find (Ctrl+F): the side bar's search field lists matching items; a result opens its view with it selected.

The field sits above the navigation in the side bar (built by the main window with plain widgets, so
start-up pays nothing); this module is loaded when the user first types. While the field holds text
the results list takes the navigation's place; Esc or an empty field brings the navigation back.
Matching is core/search.py's (Finnish-aware, names before notes).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem

from ...core import search as core_search
from .. import theme

KEY = Qt.ItemDataRole.UserRole


def kind_title(kind: str) -> str:
    """What an item is, as the results list names it."""
    return {
        "project": QCoreApplication.translate("Search", "Project"),
        "party": QCoreApplication.translate("Search", "Party"),
        "area": QCoreApplication.translate("Search", "Area"),
        "phase": QCoreApplication.translate("Search", "Phase"),
        "marker": QCoreApplication.translate("Search", "Milestone, deadline or gate"),
        "chain": QCoreApplication.translate("Search", "Service chain"),
        "step": QCoreApplication.translate("Search", "Care step"),
        "package": QCoreApplication.translate("Search", "Service package"),
        "metric": QCoreApplication.translate("Search", "Metric"),
        "period": QCoreApplication.translate("Search", "Service period"),
        "scenario": QCoreApplication.translate("Search", "Scenario"),
        "risk": QCoreApplication.translate("Search", "Risk"),
        "task": QCoreApplication.translate("Search", "Procurement task"),
        "document": QCoreApplication.translate("Search", "Document"),
    }[kind]


def reveal(window, hit: core_search.Hit) -> bool:
    """Open the hit's view with the item selected (each view's `show_item`)."""
    if not window.show_view(hit.view):
        return False
    view = window.views[hit.view]
    show = getattr(view, "show_item", None)
    if show is not None:
        show(hit.kind, hit.key, hit.parent)
    return True


class SearchResults(QObject):
    """The results list under the side bar's search field, in the navigation's place while there is a query."""

    def __init__(self, window, field: QLineEdit, navigation: QListWidget, side_bar):
        super().__init__(field)  # goes with the side bar when the window is rebuilt
        self.window = window
        self.field = field
        self.navigation = navigation
        self.hits: list[core_search.Hit] = []
        self.list = QListWidget()
        theme.navigation(self.list)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(QCoreApplication.translate("Search", "Search results"))
        self.list.setVisible(False)
        self.list.setFixedWidth(navigation.maximumWidth())
        side_bar.insertWidget(side_bar.indexOf(navigation) + 1, self.list, 1)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        field.installEventFilter(self)
        self.list.installEventFilter(self)
        if window.document is not None:  # an edit (or undo) while results are shown: they follow it
            window.document.changed.connect(self._plan_changed)

    def _plan_changed(self, _sections) -> None:
        if self.list.isVisible():
            row = self.list.currentRow()
            self.update(self.field.text())
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def update(self, text: str) -> None:
        """Show the items matching `text` (the navigation again when it is empty)."""
        plan = self.window.document.plan if self.window.document is not None else None
        self.hits = core_search.search(plan, text) if plan is not None else []
        searching = bool(core_search.words(text))
        self.list.clear()
        if searching and not self.hits:
            empty = QListWidgetItem(QCoreApplication.translate("Search", "Nothing found"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        timeline_kinds = self._timeline_kinds(plan) if any(h.view == "timeline" for h in self.hits) else {}
        for i, hit in enumerate(self.hits):
            where = timeline_kinds.get((hit.kind, hit.key)) or kind_title(hit.kind)
            item = QListWidgetItem(f"{hit.name}\n{where}" + (f" · {hit.snippet}" if hit.snippet else ""))
            item.setData(KEY, i)
            item.setToolTip(hit.snippet or hit.name)
            self.list.addItem(item)
        if len(self.hits) >= core_search.MAX_RESULTS:
            more = QListWidgetItem(QCoreApplication.translate(
                "Search", "The first {count} shown: type more to narrow the search").format(count=len(self.hits)))
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(more)
        self.list.setVisible(searching)
        self.navigation.setVisible(not searching)

    @staticmethod
    def _timeline_kinds(plan) -> dict[tuple[str, str], str]:
        """What each phase and marker is, as the timeline names it (a deadline, a decision gate, a step, ...)."""
        from ...core import timeline as tl

        kinds = {("phase", p.key): tl.kind_title("step" if p.parent else p.kind) for p in plan.phases}
        kinds.update({("marker", mk.key): tl.kind_title(mk.kind) for mk in plan.markers})
        return kinds

    def open(self, index: int) -> bool:
        """Open the result at `index` in its view."""
        if not 0 <= index < len(self.hits):
            return False
        return reveal(self.window, self.hits[index])

    def _activated(self, item: QListWidgetItem) -> None:
        index = item.data(KEY)
        if index is not None:
            self.open(index)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.field.clear()  # the navigation comes back
            self.navigation.setFocus()
            return True
        if obj is self.field and key == Qt.Key.Key_Down and self.list.count():
            self.list.setFocus()
            self.list.setCurrentRow(0)
            return True
        if obj is self.field and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open(0)
            return True
        if obj is self.list and key == Qt.Key.Key_Up and self.list.currentRow() <= 0:
            self.field.setFocus()
            return True
        return False
