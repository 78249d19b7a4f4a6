"""The binding work-arounds hold: thousands of emits must not free `True`."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from ui.qt_fixes import emit


class Bell(QObject):
    rang = Signal(float, str)


def test_emitting_many_times_keeps_bool_references(qapp):
    bell = Bell()
    heard: list[float] = []
    bell.rang.connect(lambda fraction, _message: heard.append(fraction))
    before = sys.getrefcount(True) + sys.getrefcount(False)
    for n in range(20_000):  # more than True's whole refcount in a small app
        emit(bell.rang, n / 20_000, "")
    after = sys.getrefcount(True) + sys.getrefcount(False)
    assert len(heard) == 20_000
    assert abs(after - before) < 50
