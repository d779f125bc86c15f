"""The open project: plan in memory, the file on disk, the undo stack, change signals.

Views read `document.plan` and change it only through `document.apply(...)`,
which writes the new plan through to the file (one transaction) and then pushes
an undo command. If the write fails, nothing changes and the error is raised
for the caller to show; the undo stack never holds an edit that is not on disk.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core import model as m


class Document(QObject):
    # Emitted with the list of changed section names (model.SECTIONS).
    changed = Signal(list)
    # A human-readable problem with an edit (already translated).
    editRefused = Signal(str)

    def __init__(self, project_file, parent: QObject | None = None):
        super().__init__(parent)
        self.file = project_file
        self.plan: m.Plan = project_file.plan
        self.undo_stack = QUndoStack(self)

    @property
    def read_only(self) -> bool:
        return bool(self.file.read_only)

    @property
    def path(self):
        return self.file.path

    def apply(self, text: str, edit: m.Plan | Callable[[m.Plan], m.Plan], merge_key: str = "") -> bool:
        """Make an edit undoable: `edit` is the new plan or a function old plan -> new plan.

        Returns False (and emits editRefused) when the edit is invalid or cannot be saved.
        `merge_key`: consecutive edits with the same key (e.g. one drag) merge into one undo step.
        """
        from ..core.errors import AllianceError

        old = self.plan
        try:
            new = edit(old) if callable(edit) else edit
            if new is old or new == old:
                return True
            self.file.write(old, new)  # validates the new plan first: nothing invalid reaches the file
        except AllianceError as exc:
            self.editRefused.emit(exc.message)
            return False
        self._set(new, old)
        self.undo_stack.push(_PlanCommand(self, text, old, new, merge_key))
        return True

    # Called by the undo command and by apply(): swap the plan in memory and tell the views.
    def _set(self, new: m.Plan, old: m.Plan) -> None:
        self.plan = new
        self.changed.emit(m.changed_sections(old, new))

    def _restore(self, target: m.Plan) -> None:
        """Undo/redo: write the target plan through, then show it."""
        from ..core.errors import AllianceError

        old = self.plan
        try:
            self.file.write(old, target)
        except AllianceError as exc:  # e.g. the disk went away: the file keeps its last good state
            self.editRefused.emit(exc.message)
            return
        self._set(target, old)

    def close(self) -> None:
        self.file.close()


_merge_ids: dict[str, int] = {}


def _merge_id(key: str) -> int:
    if not key:
        return -1
    return _merge_ids.setdefault(key, len(_merge_ids) + 1)


class _PlanCommand(QUndoCommand):
    """One edit: the plan before and after (the model is immutable, so these are cheap references)."""

    def __init__(self, document: Document, text: str, old: m.Plan, new: m.Plan, merge_key: str):
        super().__init__(text)
        self.document = document
        self.old = old
        self.new = new
        self._merge = _merge_id(merge_key)
        self._first = True

    def id(self) -> int:
        return self._merge

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _PlanCommand) or other.id() != self.id() or self.id() < 0:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        if self._first:  # apply() already wrote and showed the edit
            self._first = False
            return
        self.document._restore(self.new)

    def undo(self) -> None:
        self.document._restore(self.old)
