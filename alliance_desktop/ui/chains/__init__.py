"""Service chains view: the project's chains, a canvas of step cards, the step inspector, costs,
the chain analysis and the scope matrix.

Layout: the list of chains on the left (new from blank or a template, rename, duplicate, delete), and
four tabs on the right:

* Chain: a toolbar, the canvas (cards coloured by provider kind, arrows, drag to reorder, keyboard)
  and the inspector of the selected step;
* Costs: every step's volume and costs as a table typed by keyboard, the cost per provider, and the
  command that makes the chain's cost a service period's production target (with a preview);
* Analysis: the analysis headings of the seed slides as notes;
* Scope matrix: service packages × areas.

Every change goes through `Document.apply` (validated, written through, undoable); derived numbers
come from `core.chains`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core import chains as cc
from ...core import model as m
from .. import theme
from ..fitting import WrapRow
from ..lazy import on_screen
from ..widgets import Panel
from .analysis import AnalysisPanel
from .canvas import ChainCanvas
from .common import money, signed_money
from .costs import CostsPanel, TargetDialog
from .export import SVG_AVAILABLE, export_png, export_svg
from .inspector import StepInspector
from .paint import card_texts, header_text
from .scope import ScopePanel

__all__ = ["ChainsView"]


class ChainsView(QWidget):
    def __init__(self, document):
        super().__init__()
        self.document = document
        self.chain_key = document.plan.chains[0].key if document.plan.chains else ""
        self.step_key = ""
        self._filling = False
        self._costs: cc.ChainCosts | None = None

        outer = QHBoxLayout(self)
        outer.setContentsMargins(14, 10, 14, 8)
        outer.setSpacing(12)

        # ---- the chains of the project
        side = Panel()
        side.setFixedWidth(round(200 * theme.text_scale()))
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(10, 10, 10, 10)
        side_layout.setSpacing(8)
        title = QLabel(self.tr("Service chains"))
        theme.card_title(title)
        side_layout.addWidget(title)
        self.chain_list = QListWidget()
        self.chain_list.setAccessibleName(self.tr("Service chains"))
        self.chain_list.setWordWrap(True)
        self.chain_list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                        | QAbstractItemView.EditTrigger.DoubleClicked)
        self.chain_list.setStyleSheet("QListWidget::item { padding: 8px 4px; }")
        self.chain_list.currentRowChanged.connect(self._chain_row_changed)
        self.chain_list.itemChanged.connect(self._chain_item_renamed)
        self.chain_list.installEventFilter(self)
        side_layout.addWidget(self.chain_list, 1)
        grid = QGridLayout()
        grid.setSpacing(6)
        self.new_button = QToolButton()
        self.new_button.setText(self.tr("New chain"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        menu = QMenu(self.new_button)
        self.new_actions: dict[str, QAction] = {}
        action = menu.addAction(self.tr("Blank chain"), self.new_blank_chain)
        self.new_actions["blank"] = action
        menu.addSeparator()
        for template in cc.TEMPLATES:
            action = menu.addAction(self.tr("From template: {name}").format(name=cc.template_title(template)),
                                    lambda t=template: self.new_template_chain(t))
            action.setToolTip(cc.template_description(template))
            self.new_actions[template] = action
        self.new_button.setMenu(menu)
        self.rename_button = QPushButton(self.tr("Rename chain"))
        self.rename_button.clicked.connect(self.rename_chain)
        self.duplicate_button = QPushButton(self.tr("Duplicate chain"))
        self.duplicate_button.clicked.connect(self.duplicate_chain)
        self.delete_button = QPushButton(self.tr("Delete chain…"))
        self.delete_button.clicked.connect(self.delete_chain)
        for row, button in enumerate((self.new_button, self.rename_button, self.duplicate_button,
                                      self.delete_button)):
            grid.addWidget(button, row, 0)
        side_layout.addLayout(grid)
        outer.addWidget(side)
        self.side = side  # gives way to the cost table's figures (a drop-down of chains above them)

        # ---- the tabs
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        outer.addWidget(self.tabs, 1)

        chain_page = QWidget()
        page = QVBoxLayout(chain_page)
        page.setContentsMargins(0, 8, 0, 0)
        page.setSpacing(8)
        tools_left, tools_right = QWidget(), QWidget()  # the right group wraps below on a small screen
        tools = QHBoxLayout(tools_left)
        tools.setContentsMargins(0, 0, 0, 0)
        tools.setSpacing(6)
        self.add_step_button = QPushButton(self.tr("Add step"))
        theme.primary(self.add_step_button)
        self.add_step_button.setToolTip(self.tr("Add a step after the selected one (Insert)"))
        self.add_step_button.clicked.connect(self.add_step_after)
        self.insert_button = QPushButton(self.tr("Insert before"))
        self.insert_button.setToolTip(self.tr("Insert a step before the selected one"))
        self.insert_button.clicked.connect(self.insert_step_before)
        self.duplicate_step_button = QPushButton(self.tr("Duplicate step"))
        self.duplicate_step_button.setToolTip(self.tr("Copy the selected step (Ctrl+D)"))
        self.duplicate_step_button.clicked.connect(lambda: self.duplicate_step(self.step_key))
        self.delete_step_button = QPushButton(self.tr("Delete step"))
        self.delete_step_button.setToolTip(self.tr("Delete the selected step (Delete); Ctrl+Z brings it back"))
        self.delete_step_button.clicked.connect(lambda: self.delete_step(self.step_key))
        for b in (self.add_step_button, self.insert_button, self.duplicate_step_button, self.delete_step_button):
            tools.addWidget(b)
        tools = QHBoxLayout(tools_right)
        tools.setContentsMargins(0, 0, 0, 0)
        tools.setSpacing(6)
        # On a small screen the step's details give way to the chain (ui/fitting: never the figures): this
        # button shows them again, or Enter on a card does.
        self.details_button = QToolButton()
        self.details_button.setText(self.tr("Step details"))
        self.details_button.setToolTip(self.tr("Show the selected step's details beside the chain"))
        self.details_button.setCheckable(True)
        self.details_button.hide()
        self.details_button.toggled.connect(lambda _on: self.fit_inspector())
        tools.addWidget(self.details_button)
        self.zoom_out = QToolButton()
        self.zoom_out.setText("−")
        self.zoom_out.setToolTip(self.tr("Zoom out (Ctrl+minus)"))
        self.zoom_label = QLabel("100 %")
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in = QToolButton()
        self.zoom_in.setText("+")
        self.zoom_in.setToolTip(self.tr("Zoom in (Ctrl+plus)"))
        tools.addWidget(self.zoom_out)
        tools.addWidget(self.zoom_label)
        tools.addWidget(self.zoom_in)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export picture"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QMenu(self.export_button)
        self.png_action = export_menu.addAction(self.tr("PNG picture…"), lambda: self.export_chain("png"))
        self.svg_action = export_menu.addAction(self.tr("SVG drawing…"), lambda: self.export_chain("svg"))
        if not SVG_AVAILABLE:
            self.svg_action.setEnabled(False)
            self.svg_action.setText(self.tr("SVG drawing (needs Qt SVG, not installed)"))
        self.export_button.setMenu(export_menu)
        tools.addWidget(self.export_button)
        page.addLayout(WrapRow(tools_left, tools_right))

        body = QHBoxLayout()
        body.setSpacing(10)
        self.body_spacing = 10
        canvas_frame = Panel()
        canvas_box = QVBoxLayout(canvas_frame)
        canvas_box.setContentsMargins(1, 1, 1, 1)
        self.canvas = ChainCanvas()
        canvas_box.addWidget(self.canvas)
        body.addWidget(canvas_frame, 1)
        self.inspector = StepInspector(self.document.try_apply)
        inspector_scroll = QScrollArea()
        inspector_scroll.setWidgetResizable(True)
        inspector_scroll.setFrameShape(QFrame.Shape.NoFrame)
        inspector_scroll.setWidget(self.inspector)
        inspector_scroll.setFixedWidth(round(300 * theme.text_scale()))
        inspector_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body.addWidget(inspector_scroll)
        self.inspector_scroll = inspector_scroll
        self.chain_page = chain_page
        chain_page.installEventFilter(self)
        page.addLayout(body, 1)
        hint = QLabel(self.tr("Drag a card to move it · arrow keys select · Enter edits · Delete removes · "
                              "Ctrl+arrows move the step · double-click between cards inserts a step"))
        theme.muted(hint)
        hint.setWordWrap(True)
        page.addWidget(hint)
        self.tabs.addTab(chain_page, self.tr("Chain"))

        self.costs = CostsPanel(self.document.try_apply, self.use_as_target)
        self.tabs.addTab(self.costs, self.tr("Costs"))
        self.analysis = AnalysisPanel(self.document.try_apply)
        self.tabs.addTab(self.analysis, self.tr("Analysis"))
        self.scope = ScopePanel(self.document.try_apply)
        self.tabs.addTab(self.scope, self.tr("Scope matrix"))

        self.canvas.selectionChanged.connect(self._canvas_selected)
        self.canvas.moveRequested.connect(self.move_step)
        self.canvas.deleteRequested.connect(self.delete_step)
        self.canvas.duplicateRequested.connect(self.duplicate_step)
        self.canvas.insertRequested.connect(self.insert_step)
        self.canvas.editRequested.connect(self.edit_step)
        self.canvas.zoomChanged.connect(lambda z: self.zoom_label.setText(f"{round(z * 100)} %"))
        self.zoom_in.clicked.connect(lambda: self.canvas.set_zoom(self.canvas.zoom + 0.1))
        self.zoom_out.clicked.connect(lambda: self.canvas.set_zoom(self.canvas.zoom - 0.1))
        self.costs.stepSelected.connect(self._table_selected)
        self.costs.chainChosen.connect(self.chain_list.setCurrentRow)
        self.tabs.currentChanged.connect(lambda _i: self.fit_side())
        self.costs.tableResized.connect(self.fit_side)

        self._stale: set[str] = set()  # sections changed while hidden: shown when the view is
        document.changed.connect(self._changed)
        self.refresh()

    # ------------------------------------------------------------ helpers

    @property
    def plan(self) -> m.Plan:
        return self.document.plan

    @property
    def chain(self) -> m.ServiceChain | None:
        return next((c for c in self.plan.chains if c.key == self.chain_key), None)

    def _run(self, text: str, edit) -> bool:
        """An edit from a button or key: refusals go to a message box."""
        message = self.document.try_apply(text, edit)
        if message:
            QMessageBox.warning(self, self.tr("The change was not made"), message)
        return message is None

    def status(self, message: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 6000)

    # ------------------------------------------------------------ refresh

    def _changed(self, sections: list[str]) -> None:
        self._stale |= {"chains", "parties", "commercial", "scope", "areas"} & set(sections)
        if self._stale and on_screen(self):  # hidden: refreshed when shown (ui/lazy.py)
            self.catch_up()

    def catch_up(self) -> None:
        """Show what changed while the view was hidden (the main window calls this when it shows it)."""
        stale, self._stale = self._stale, set()
        if {"chains", "parties", "commercial"} & stale:
            self.refresh_chain()
        if "chains" in stale:
            self.refresh_list()
        if {"scope", "areas"} & stale:
            self.scope.set_plan(self.plan, self.document.read_only)

    def refresh(self) -> None:
        self._stale = set()
        self.refresh_list()
        self.refresh_chain()
        self.scope.set_plan(self.plan, self.document.read_only)
        read_only = self.document.read_only
        for w in (self.new_button, self.add_step_button, self.insert_button, self.duplicate_step_button,
                  self.delete_step_button):
            w.setEnabled(not read_only)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit_side()

    def fit_side(self) -> None:
        """On the costs tab, the list of chains gives way (a drop-down above the table stands for it) when
        the table's figure columns would not fit beside it; back when there is room or on another tab."""
        if self.tabs.currentWidget() is self.costs and not self.costs.table.isVisible():
            return  # not laid out yet: its table's resize comes back here
        side_width = self.side.width() + self.layout().spacing()
        chrome = self.tabs.width() - self.costs.table.viewport().width()  # the tab's margins and frames
        with_side = self.tabs.width() - (0 if self.side.isVisible() else side_width) - chrome
        give_way = self.tabs.currentWidget() is self.costs and self.costs.width_needed() > with_side
        if self.side.isHidden() != give_way:
            self.side.setVisible(not give_way)
            self.costs.chain_choice.setVisible(give_way)

    def refresh_list(self) -> None:
        plan = self.plan
        if self.chain_key not in {c.key for c in plan.chains}:
            self.chain_key = plan.chains[0].key if plan.chains else ""
        self._filling = True
        try:
            lst = self.chain_list
            if [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())] != [c.key for c in plan.chains]:
                lst.clear()
                for c in plan.chains:
                    item = QListWidgetItem(c.name)
                    item.setData(Qt.ItemDataRole.UserRole, c.key)
                    lst.addItem(item)
            for i, c in enumerate(plan.chains):
                item = lst.item(i)
                if item.text() != c.name:
                    item.setText(c.name)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if not self.document.read_only:
                    flags |= Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                item.setToolTip(self.tr("{count} steps").format(count=len(c.steps)))
            keys = [c.key for c in plan.chains]
            lst.setCurrentRow(keys.index(self.chain_key) if self.chain_key in keys else -1)
            self.costs.set_chains([c.name for c in plan.chains], lst.currentRow())
        finally:
            self._filling = False
        has_chain = bool(self.chain_key)
        read_only = self.document.read_only
        for b in (self.rename_button, self.duplicate_button, self.delete_button):
            b.setEnabled(has_chain and not read_only)

    def refresh_chain(self) -> None:
        plan, chain, read_only = self.plan, self.chain, self.document.read_only
        if chain is None:
            self.canvas.set_content((), None)
            self.step_key = ""
            self.inspector.set_step(plan, "", None, None, read_only)
            self.costs.set_chain(plan, None, None, read_only)
            self.analysis.set_chain(None, read_only)
            self._enable_step_tools(False)
            return
        costs = cc.chain_costs(plan, chain)
        self._costs = costs
        self.canvas.set_read_only(read_only)
        self.canvas.set_content(card_texts(plan, chain, costs), header_text(chain, costs), self.step_key)
        self.fit_inspector()  # another chain's totals may need more room
        self.step_key = self.canvas.selected_key()
        self._show_step(costs)
        self.costs.set_chain(plan, chain, costs, read_only, self.step_key)
        self.analysis.set_chain(chain, read_only)
        self._enable_step_tools(True)

    def _enable_step_tools(self, has_chain: bool) -> None:
        ok = has_chain and not self.document.read_only
        has_step = bool(self.step_key)
        self.add_step_button.setEnabled(ok)
        self.insert_button.setEnabled(ok and has_step)
        self.duplicate_step_button.setEnabled(ok and has_step)
        self.delete_step_button.setEnabled(ok and has_step)
        self.export_button.setEnabled(has_chain)

    def _show_step(self, costs: cc.ChainCosts | None = None) -> None:
        chain = self.chain
        step = next((s for s in chain.steps if s.key == self.step_key), None) if chain else None
        cost = None
        if step is not None:
            costs = costs or self._costs
            try:
                cost = costs.step(step.key) if costs is not None else None
            except KeyError:
                cost = None
            if cost is None:
                cost = cc.chain_costs(self.plan, chain).step(step.key)
        self.inspector.set_step(self.plan, self.chain_key, step, cost, self.document.read_only)

    def _canvas_selected(self, key: str) -> None:
        self.step_key = key
        self._show_step()
        self._enable_step_tools(self.chain is not None)

    def _table_selected(self, key: str) -> None:
        if key != self.step_key:
            keys = [s.key for s in self.chain.steps] if self.chain else []
            if key in keys:
                self.canvas.select(keys.index(key))

    # ------------------------------------------------------------ chains

    def _chain_row_changed(self, row: int) -> None:
        if self._filling:
            return
        item = self.chain_list.item(row) if row >= 0 else None
        key = item.data(Qt.ItemDataRole.UserRole) if item else ""
        if key != self.chain_key:
            self.chain_key = key
            self.step_key = ""
            self.refresh_chain()
            self.refresh_list()

    def _chain_item_renamed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        message = self.document.try_apply(self.tr("Rename chain"), lambda plan: cc.rename_chain(plan, key, item.text()))
        if message:
            QMessageBox.warning(self, self.tr("The chain was not renamed"), message)
            self.refresh_list()

    def eventFilter(self, obj, event) -> bool:
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeySequence

        if obj is self.chain_list and event.type() == QEvent.Type.KeyPress and \
                event.matches(QKeySequence.StandardKey.Delete) and self.chain_list.state() != \
                QAbstractItemView.State.EditingState:
            self.delete_chain()
            return True
        if obj is getattr(self, "chain_page", None) and event.type() == QEvent.Type.Resize:
            self.fit_inspector()  # (the page has its size only now when the view was built hidden)
        return super().eventFilter(obj, event)

    def show_item(self, kind: str, key: str, parent: str = "") -> None:
        """Edit > Find: a chain, a step of a chain (on the chain's cards), or a package of the scope matrix."""
        self.catch_up()
        if kind == "package":
            keys = [p.key for p in self.plan.scope.packages]
            if key in keys:
                self.tabs.setCurrentWidget(self.scope)
                self.scope.table.setCurrentCell(keys.index(key), 0)
            return
        chain = parent if kind == "step" else key
        if chain in {c.key for c in self.plan.chains}:
            self.chain_key, self.step_key = chain, key if kind == "step" else ""
            self.tabs.setCurrentIndex(0)
            self.refresh_list()
            self.refresh_chain()

    def _select_chain(self, key: str) -> None:
        self.chain_key = key
        self.step_key = ""
        self.refresh_list()
        self.refresh_chain()

    def new_blank_chain(self) -> None:
        name = self.tr("New service chain")
        key = cc.new_chain_key(self.plan, name)
        if self._run(self.tr("New chain"), lambda plan: cc.add_chain(plan, name, key)):
            self._select_chain(key)
            self.tabs.setCurrentIndex(0)
            self.rename_chain()

    def new_template_chain(self, template: str) -> None:
        key = cc.template_chain(template, existing_keys=(c.key for c in self.plan.chains)).key
        if self._run(self.tr("New chain from a template"), lambda plan: cc.add_template_chain(plan, template, key)):
            self._select_chain(key)
            self.tabs.setCurrentIndex(0)

    def rename_chain(self) -> None:
        """Edit the chain's name in place in the list (Enter commits, Esc cancels)."""
        row = self.chain_list.currentRow()
        if row < 0 or self.document.read_only:
            return
        self.chain_list.setFocus()
        self.chain_list.editItem(self.chain_list.item(row))

    def duplicate_chain(self) -> None:
        chain = self.chain
        if chain is None:
            return
        name = self.tr("{name} (copy)").format(name=chain.name)
        key = cc.new_chain_key(self.plan, name)
        if self._run(self.tr("Duplicate chain"), lambda plan: cc.duplicate_chain(plan, chain.key, key, name)):
            self._select_chain(key)

    def delete_chain(self) -> None:
        chain = self.chain
        if chain is None or self.document.read_only:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete chain"),
            self.tr("Delete the chain “{name}” and its {count} steps? You can undo this with Ctrl+Z.").format(
                name=chain.name, count=len(chain.steps)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        keys = [c.key for c in self.plan.chains]
        i = keys.index(chain.key)
        if self._run(self.tr("Delete chain"), lambda plan: cc.delete_chain(plan, chain.key)):
            rest = [k for k in keys if k != chain.key]
            self._select_chain(rest[min(i, len(rest) - 1)] if rest else "")
            self.status(self.tr("Chain deleted. Undo (Ctrl+Z) brings it back."))

    # ------------------------------------------------------------ steps

    def insert_step(self, index: int) -> None:
        chain = self.chain
        if chain is None or self.document.read_only:
            return
        name = self.tr("New step")
        key = cc.new_step_key(chain, name)
        if self._run(self.tr("Add step"), lambda plan: cc.insert_step(plan, chain.key, index, name, key)):
            self.step_key = key
            self.refresh_chain()
            self.edit_step(key)

    def add_step_after(self) -> None:
        chain = self.chain
        if chain is None:
            return
        keys = [s.key for s in chain.steps]
        self.insert_step(keys.index(self.step_key) + 1 if self.step_key in keys else len(keys))

    def insert_step_before(self) -> None:
        chain = self.chain
        if chain is None:
            return
        keys = [s.key for s in chain.steps]
        self.insert_step(keys.index(self.step_key) if self.step_key in keys else 0)

    def delete_step(self, key: str) -> None:
        chain = self.chain
        if chain is None or not key:
            return
        name = next((s.name for s in chain.steps if s.key == key), "")
        keys = [s.key for s in chain.steps]
        i = keys.index(key) if key in keys else 0
        if self._run(self.tr("Delete step"), lambda plan: cc.delete_step(plan, chain.key, key)):
            rest = [k for k in keys if k != key]
            self.step_key = rest[min(i, len(rest) - 1)] if rest else ""
            self.refresh_chain()
            self.canvas.setFocus()
            self.status(self.tr("Step “{name}” deleted. Undo (Ctrl+Z) brings it back.").format(name=name))

    def duplicate_step(self, key: str) -> None:
        chain = self.chain
        if chain is None or not key:
            return
        step = next((s for s in chain.steps if s.key == key), None)
        if step is None:
            return
        new_key = cc.new_step_key(chain, self.tr("{name} (copy)").format(name=step.name))
        if self._run(self.tr("Duplicate step"), lambda plan: cc.duplicate_step(plan, chain.key, key, new_key)):
            self.step_key = new_key
            self.refresh_chain()

    def move_step(self, key: str, index: int) -> None:
        chain = self.chain
        if chain is None:
            return
        if self._run(self.tr("Move step"), lambda plan: cc.move_step(plan, chain.key, key, index)):
            self.step_key = key
            self.refresh_chain()
            self.canvas.setFocus()

    def edit_step(self, key: str) -> None:
        if key != self.step_key and self.chain is not None:
            keys = [s.key for s in self.chain.steps]
            if key in keys:
                self.canvas.select(keys.index(key))
        self.tabs.setCurrentIndex(0)
        if not self.inspector_scroll.isVisible():
            self.details_button.setChecked(True)
        self.inspector.focus_name()

    # ------------------------------------------------------------ small screens

    def fit_inspector(self) -> None:
        """The step's details beside the chain where the canvas keeps the room its header's totals need;
        otherwise they give way (the "Step details" button, or Enter on a card, brings them back)."""
        room = self.chain_page.width() - self.inspector_scroll.width() - self.body_spacing
        fits = room >= self.canvas.least_width()
        show = fits or self.details_button.isChecked()
        if self.inspector_scroll.isHidden() == show:
            self.inspector_scroll.setVisible(show)
        self.details_button.setVisible(not fits)
        if fits and self.details_button.isChecked():
            self.details_button.setChecked(False)

    # ------------------------------------------------------------ costs as a target, export

    def use_as_target(self) -> None:
        chain = self.chain
        if chain is None or self.document.read_only:
            return
        if not self.plan.commercial.periods:
            QMessageBox.information(self, self.tr("No service periods"),
                                    self.tr("Add the service periods in the commercial model first."))
            return
        dialog = TargetDialog(self.plan, chain.key, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        period, options = dialog.period_key(), dialog.include_options()
        result: list[cc.TargetChange] = []

        def edit(plan: m.Plan) -> m.Plan:
            new, change = cc.use_chain_cost_as_target(plan, chain.key, period, options)
            result.append(change)
            return new

        if self._run(self.tr("Use the chain's cost as the production target"), edit) and result:
            change = result[-1]
            self.status(self.tr("Production target of {period} is now {amount} ({change}).").format(
                period=change.period_name, amount=money(change.new.production), change=signed_money(change.change)))

    def export_chain(self, kind: str) -> None:
        chain = self.chain
        if chain is None:
            return
        if kind == "svg" and not SVG_AVAILABLE:
            QMessageBox.information(self, self.tr("SVG is not available"),
                                    self.tr("This installation has no Qt SVG module; export a PNG picture instead."))
            return
        suffix = ".svg" if kind == "svg" else ".png"
        filters = self.tr("SVG drawing (*.svg)") if kind == "svg" else self.tr("PNG picture (*.png)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the chain as a picture"),
                                              str(Path.home() / (cc.unique_key((), chain.name) + suffix)), filters)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        from ..dialogs import project_file_refusal

        refusal = project_file_refusal(path, self.document.path)  # never over the open project (a link to it)
        if refusal:
            QMessageBox.warning(self, self.tr("The picture was not saved"), refusal)
            return
        ok = (export_svg if kind == "svg" else export_png)(path, self.plan, chain)
        if ok:
            self.status(self.tr("Picture saved: {path}").format(path=path))
        else:
            QMessageBox.warning(self, self.tr("The picture was not saved"),
                                self.tr("Could not write {path}.").format(path=path))
