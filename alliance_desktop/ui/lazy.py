"""A hidden view does no work (issue 16).

Every view listens to `Document.changed`. A view that is not on screen (a page of the main
window's view stack other than the current one) only notes what changed (its own `_stale` note)
and catches up when the main window switches to it: `MainWindow` calls the view's `catch_up()`
after making it the current view. A view outside a stack (tests), or in a window never shown
(tests, the self-test, screenshots), refreshes at once, as before.
"""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget


def on_screen(view: QWidget) -> bool:
    """Whether `view` should refresh now rather than when it is shown.

    The current page counts as shown even in the moment before Qt shows it (a new central area
    is shown by a queued call, so `isVisible()` is False until the event loop turns)."""
    stack = view.parentWidget()
    return not isinstance(stack, QStackedWidget) or stack.currentWidget() is view or not view.window().isVisible()
