"""Work-arounds for bugs in the Qt binding, each detected at start, never assumed.

PySide6 6.12.0: `SignalInstance.emit()` returns `True` without taking a new
reference, so every emit from Python drops one reference to `True`. After some
thousands of emits (a progress bar, a day of scanning) the interpreter frees
`True` and aborts with "bool_dealloc: deallocating True or False"; the test
suite died that way at exit. `emit()` below gives the reference back when, and
only when, the installed binding has the bug.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    fired = Signal()


def _emit_steals_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(10):
        probe.fired.emit()
    lost = before - sys.getrefcount(True)
    if lost >= 10:
        for _ in range(lost):  # pay back what the probe itself took
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost >= 10


EMIT_STEALS_REFERENCE = _emit_steals_a_reference()


def emit(signal: Any, *args: object) -> None:
    """`signal.emit(*args)`, safe on bindings whose emit leaks a reference to a bool."""
    result = signal.emit(*args)
    if EMIT_STEALS_REFERENCE and isinstance(result, bool):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
