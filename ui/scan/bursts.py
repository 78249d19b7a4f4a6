"""Scans reach their page wherever the clerk's keyboard focus is.

A keyboard-wedge scanner types a code as a burst of keys a few milliseconds
apart and ends it with Enter or Tab. The clerk's focus is wherever the last
click left it: a button, a combo, the quantity box. So one event filter on the
application watches the keys going to any window that has a scan field:

- a printable key is held back for a moment (the burst gap, `tuning.py`);
- a key that follows faster than a person types joins the burst;
- a burst of at least `min_length` keys ended by Enter, Return or Tab is a
  scan: it goes to the nearest scan field's `take_scan`, and the widget with the
  focus never sees it;
- anything else (a pause, another key, a click) lets the held keys go on to the
  widget they were meant for, unchanged and in order, two gaps later at most.

So nothing needs to take the focus back to the scan field. A scan field that
has the focus reads its keys itself, as it always has (`scan_field.py`).

    bursts = ScannerBursts.instance()   # installed once, by the first scan field
    bursts.watch(field)                 # each ScanField does this itself
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from ui.scan.tuning import ScanTuning

_ENDS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
# Scanners press Shift for capitals; these never break a burst.
_MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
                  Qt.Key.Key_AltGr, Qt.Key.Key_CapsLock)
_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)
# Held keys go on to their widget this many burst gaps after the last one: typing
# shows up at most ~70 ms late, below what a person notices, and a scan survives the
# GUI thread reading the scanner's next key a little late.
_HOLD_GAPS = 2
_LATE_S = 0.015  # a timer this late means the GUI thread was busy, not that the keys stopped
_FLUSHING_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                    QEvent.Type.WindowDeactivate)


class ScannerBursts(QObject):
    """The application's scanner-burst detector (one per QApplication)."""

    _instance: ScannerBursts | None = None

    def __init__(self, app: QApplication, clock: Callable[[], float] = time.perf_counter) -> None:
        super().__init__(app)
        self._clock = clock
        self._fields: dict[int, QWidget] = {}
        self._held: list[QKeyEvent] = []
        self._text = ""
        self._target: QWidget | None = None  # the widget the held keys were sent to
        self._field: QWidget | None = None  # where they go if they turn out to be a scan
        self._last = 0.0
        self._source = ""
        self._replaying = False
        self._swallow_release: int | None = None  # the end key of a scan, released later
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._held_long_enough)
        self._due = 0.0  # when the timer should fire, by our clock
        self._waited_late = False
        app.installEventFilter(self)

    @classmethod
    def instance(cls) -> ScannerBursts:
        """The detector of the running application, installed on first use."""
        app = QApplication.instance()
        assert isinstance(app, QApplication), "scan fields need a QApplication"
        current = cls._instance
        if current is None or not shiboken6.isValid(current) or current.parent() is not app:
            current = cls._instance = cls(app)
        return current

    def watch(self, field: QWidget) -> None:
        """Let bursts in `field`'s window reach it.

        `field` has `take_scan(code)`, `tuning` (a ScanTuning) and `last_used` (a
        clock reading, to choose between two fields of one page): a ScanField.
        """
        key = id(field)
        self._fields[key] = field
        field.destroyed.connect(lambda _obj=None, k=key: self._fields.pop(k, None))

    @property
    def holding(self) -> bool:
        """Keys are held back, waiting to be told scan or typing."""
        return bool(self._held)

    # -- the filter --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            if self._replaying or not isinstance(watched, QWidget):
                return False
            assert isinstance(event, QKeyEvent)
            if not _first_receiver(watched):
                # Sent past the focus (or propagated up): not the clerk's keys, but they
                # must not overtake the keys held for another widget.
                if self._held and watched is not self._target:
                    self.flush()
                return False
            if kind == QEvent.Type.KeyPress:
                return self._pressed(watched, event)
            return self._released(watched, event)
        if kind in _FLUSHING_EVENTS and self._held:
            self.flush()  # a click after typing acts on what was typed
        return False

    def _pressed(self, widget: QWidget, event: QKeyEvent) -> bool:
        now, source = self._stamp(event)
        if self._held and (widget is not self._target or event.isAutoRepeat()
                           or source != self._source or now - self._last > self._gap()):
            self.flush()
        key = event.key()
        if key in _ENDS and not event.modifiers() & _COMMAND_MODIFIERS:
            return self._ended(key, event)
        if key in _MODIFIER_KEYS:
            return self._hold(event) if self._held else False
        if not _printable(event):
            self.flush()
            return False
        if not self._held:
            field = self._field_for(widget)
            if field is None:
                return False
            self._target, self._field = widget, field
        self._text += event.text()
        self._last, self._source = now, source
        hold_ms = max(1, round(self._gap() * 1000 * _HOLD_GAPS))
        self._due, self._waited_late = self._clock() + hold_ms / 1000.0, False
        self._timer.start(hold_ms)
        return self._hold(event)

    def _ended(self, key: int, event: QKeyEvent) -> bool:
        field = self._field  # the held keys are a burst still: _pressed let go of older ones
        if field is None or len(self._text) < _tuning(field).min_length:
            self.flush()
            return False
        assert field is not None
        code = self._text
        self._reset()
        self._swallow_release = key
        event.accept()
        if shiboken6.isValid(field):
            field.take_scan(code)  # type: ignore[attr-defined]
        return True

    def _released(self, _widget: QWidget, event: QKeyEvent) -> bool:
        if self._swallow_release is not None and event.key() == self._swallow_release:
            self._swallow_release = None
            return True
        if self._held:
            return self._hold(event)  # a held press is replayed before its release
        return False

    def _hold(self, event: QKeyEvent) -> bool:
        self._held.append(QKeyEvent(event))
        event.accept()
        return True

    # -- letting typing through --------------------------------------------------------------
    def _held_long_enough(self) -> None:
        # Qt runs an overdue timer before the keys that queued up while the GUI thread
        # was busy (a table reloading after the last scan): a late timer waits once more,
        # so the rest of a burst can arrive before the held keys are called typing.
        if not self._waited_late and self._clock() - self._due > _LATE_S:
            self._waited_late = True
            self._timer.start(1)
            return
        self.flush()

    def flush(self) -> None:
        """Send the held keys on to their widget: they were typing, not a scan."""
        events, target = self._held, self._target
        self._reset()
        if target is None or not shiboken6.isValid(target):
            return
        self._replaying = True
        try:
            for event in events:
                QApplication.sendEvent(target, event)
        finally:
            self._replaying = False

    def _reset(self) -> None:
        self._timer.stop()
        self._held, self._text = [], ""
        self._target = self._field = None

    def _stamp(self, event: QKeyEvent) -> tuple[float, str]:
        """When the key was pressed, in seconds, and by which clock: the system's time of
        the key where it gives one (a busy GUI thread may read keys late, all at once),
        else ours. Times of two clocks are never compared."""
        stamp = event.timestamp()
        return (stamp / 1000.0, "event") if stamp else (self._clock(), "clock")

    def _gap(self) -> float:
        """The burst gap in seconds, as the scan field's settings say."""
        return _tuning(self._field).burst_ms / 1000.0 if self._field is not None else 0.0

    # -- where a scan goes -------------------------------------------------------------------
    def _field_for(self, widget: QWidget) -> QWidget | None:
        """The scan field nearest to `widget` in its window: the one of the same page (or
        the same group box), the last used one on a tie. None when `widget` reads
        bursts itself (it is a scan field) or its window has none."""
        if any(widget is field for field in self._fields.values()):
            return None
        chain = []
        ancestor: QWidget | None = widget
        while ancestor is not None:
            chain.append(ancestor)
            if ancestor.isWindow():
                break
            ancestor = ancestor.parentWidget()
        window = chain[-1]
        best: tuple[int, float] | None = None
        chosen: QWidget | None = None
        for field in list(self._fields.values()):
            if (not shiboken6.isValid(field) or not field.isVisible() or not field.isEnabled()
                    or field.window() is not window):
                continue
            depth = next(n for n, a in enumerate(chain) if a is field or a.isAncestorOf(field))
            rank = (depth, -float(getattr(field, "last_used", 0.0)))
            if best is None or rank < best:
                best, chosen = rank, field
        return chosen


def _first_receiver(widget: QWidget) -> bool:
    """Whether `widget` is where the clerk's keys go first: the focus widget, or the
    active window when nothing has the focus (parents see ignored keys again)."""
    focus = QApplication.focusWidget()
    if focus is not None:
        return widget is focus
    return widget.isWindow()


def _printable(event: QKeyEvent) -> bool:
    text = event.text()
    return (len(text) == 1 and text.isprintable() and not event.isAutoRepeat()
            and not event.modifiers() & _COMMAND_MODIFIERS)


def _tuning(field: QWidget) -> ScanTuning:
    tuning = getattr(field, "tuning", None)
    return tuning if isinstance(tuning, ScanTuning) else ScanTuning()
