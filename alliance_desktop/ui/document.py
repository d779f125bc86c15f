"""The open project: plan in memory, the file on disk, the undo stack, change signals.

Views read `document.plan` and change it only through `document.try_apply(...)` (the refusal
returned, for the view to show in place) or `document.apply(...)` (the refusal shown by the
window), which validate and write the new plan through to the file (one transaction) and then
push an undo command. If the edit is refused or the write fails, nothing changes; the undo stack
never holds an edit that is not on disk.
"""

from __future__ import annotations

import weakref
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
        self._merge_ids: dict[str, int] = {}

    @property
    def read_only(self) -> bool:
        return bool(self.file.read_only)

    @property
    def path(self):
        return self.file.path

    def try_apply(self, text: str, edit: m.Plan | Callable[[m.Plan], m.Plan], merge_key: str = "") -> str | None:
        """Make an edit undoable if it is good: `edit` is the new plan or a function old plan -> new plan.

        Returns None when the edit was made (or changed nothing). Otherwise nothing is written and it
        returns why, for the caller to show in place (next to the field): the edit's own refusal, the
        rule the new plan breaks (validated once, as it is written) or a read-only file. A write that
        fails (the disk went away) is told through editRefused instead and returns "".
        `merge_key`: consecutive edits with the same key (e.g. one drag) merge into one undo step.
        """
        from ..core.errors import AllianceError, PlanError
        from ..storage.projectfile import StorageError

        old = self.plan
        try:
            new = edit(old) if callable(edit) else edit
            if new is old or new == old:
                return None
            self.file.write(old, new)  # validates the new plan first: nothing invalid reaches the file
        except PlanError as exc:
            return exc.message
        except AllianceError as exc:
            if isinstance(exc, StorageError) and exc.kind == StorageError.READ_ONLY:  # nothing was tried
                return exc.message
            self.editRefused.emit(exc.message)
            return ""
        self._set(new, old)
        self.undo_stack.push(_PlanCommand(self, text, old, new, self._merge_id(merge_key)))
        return None

    def apply(self, text: str, edit: m.Plan | Callable[[m.Plan], m.Plan], merge_key: str = "") -> bool:
        """As try_apply, for callers that show no refusal of their own: it goes to editRefused (the
        window's status bar and a message box). Returns whether the edit was made."""
        problem = self.try_apply(text, edit, merge_key)
        if problem:
            self.editRefused.emit(problem)
        return problem is None

    def _merge_id(self, key: str) -> int:
        """The undo stack's merge id of `key` (-1: never merge); kept per document, so ids do not pile up."""
        if not key:
            return -1
        return self._merge_ids.setdefault(key, len(self._merge_ids) + 1)

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
        # The undo commands go with the file, deleted here by Qt while everything is alive: left to the
        # garbage collector, a document and its stack's commands could be freed in either order, and the
        # stack's destructor then deleted commands already gone (a crash at exit).
        self.undo_stack.clear()
        self.file.close()


class _PlanCommand(QUndoCommand):
    """One edit: the plan before and after (the model is immutable, so these are cheap references)."""

    def __init__(self, document: Document, text: str, old: m.Plan, new: m.Plan, merge_id: int):
        super().__init__(text)
        self._document = weakref.ref(document)  # no cycle document -> stack -> command -> document
        self.old = old
        self.new = new
        self._merge = merge_id
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
        document = self._document()
        if document is not None:
            document._restore(self.new)

    def undo(self) -> None:
        document = self._document()
        if document is not None:
            document._restore(self.old)
