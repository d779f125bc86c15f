"""View > Choose slides…: which slides the presentation shows, and in what order.

Every slide the plan offers is listed (core/presentation.available_slides) with a tick; the ticked ones
are shown in the list's order, moved with the buttons (or Alt+Up / Alt+Down). OK saves the choice in
the project file as one undoable edit (`core.presentation.set_slides` through `Document.try_apply`),
so a prepared deck travels with the plan; "Usual slides" puts back the default deck.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import presentation as pres
from .. import theme

KEY = Qt.ItemDataRole.UserRole


class ChooseSlidesDialog(QDialog):
    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Choose slides"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Tick the slides to show and put them in order. The choice is saved in the project "
                               "file, so the deck travels with the plan. View > Present (F5) shows them."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QHBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Slides"))
        self.list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.list.setMinimumSize(round(36 * theme.BASE_POINT_SIZE), round(28 * theme.BASE_POINT_SIZE))
        body.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.up = QPushButton(self.tr("Move &up"))
        self.up.clicked.connect(lambda: self.move(-1))
        self.down = QPushButton(self.tr("Move &down"))
        self.down.clicked.connect(lambda: self.move(1))
        self.usual = QPushButton(self.tr("&Usual slides"))
        self.usual.setToolTip(self.tr("Every slide in the usual order (one slide per main phase left out)."))
        self.usual.clicked.connect(self.use_default)
        for b in (self.up, self.down, self.usual):
            buttons.addWidget(b)
        buttons.addStretch(1)
        body.addLayout(buttons)
        layout.addLayout(body, 1)
        self.problem = QLabel()
        theme.error_text(self.problem)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        self.ok = box.button(QDialogButtonBox.StandardButton.Ok)
        if document.read_only:
            self.ok.setEnabled(False)
            self.ok.setToolTip(self.tr("The file is read-only: the choice cannot be saved."))
        layout.addWidget(box)
        self.fill(pres.deck(document.plan))

    def fill(self, chosen: list[str]) -> None:
        """The chosen slides first, in their order, ticked; then the others the plan offers, unticked."""
        plan = self.document.plan
        offered = pres.available_slides(plan)
        self.list.clear()
        for slide in [s for s in chosen if s in offered] + [s for s in offered if s not in chosen]:
            item = QListWidgetItem(pres.slide_title(plan, slide))
            item.setData(KEY, slide)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            item.setCheckState(Qt.CheckState.Checked if slide in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def chosen(self) -> list[str]:
        return [self.list.item(i).data(KEY) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def use_default(self) -> None:
        self.fill(pres.default_slides(self.document.plan))

    def save(self) -> None:
        """One undoable edit; a refusal (no slide ticked) is shown here and the dialog stays."""
        slides = self.chosen()
        problem = self.document.try_apply(self.tr("Choose slides"), lambda plan: pres.set_slides(plan, slides))
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        self.accept()
