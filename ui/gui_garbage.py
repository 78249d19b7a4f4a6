"""Garbage is collected on the GUI thread only.

Python's cyclic collector runs in whatever thread happens to allocate: the writer thread
drawing labels, the reader thread. Freeing a widget, a QPixmap or a QTimer there crashes
the app (the UI suite died so, in a collection on the writer thread during a label job).
So the automatic collector is off and the GUI thread collects on a timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

COLLECT_MS = 5000  # cycles are rare and small here: a collection every few seconds is plenty


def collect_on_gui_thread(parent: QObject) -> QTimer:
    """Turn the automatic collector off and collect every `COLLECT_MS` on the GUI thread
    (the timer lives as long as `parent`)."""
    gc.disable()
    timer = QTimer(parent)
    timer.timeout.connect(lambda: gc.collect())
    timer.start(COLLECT_MS)
    return timer
