"""Guard against a PySide6 regression: 6.12.0 on Python 3.11 lost a reference to None on every
void Qt call and to True on every Python-signal emit, so the app aborted after a few thousand
calls (pyproject pins PySide6-Essentials below 6.12 for this)."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    fired = Signal(bool)


def test_void_calls_and_signal_emits_keep_refcounts(qapp):
    label = QLabel()
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(200):
        label.setText("x")
        emitter.fired.emit(True)
    # other threads may hold a few references meanwhile; a leak would show as about -200
    assert sys.getrefcount(None) - none_before > -20
    assert sys.getrefcount(True) - true_before > -20
