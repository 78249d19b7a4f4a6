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

With a Chinese input method on in the focused box (a clerk typing a name), the
scanner's keys reach the input method, not Qt: what arrives is its composition
(preedit) and what it commits (QInputMethodEvent), with the keys it let through.
Those count as a burst's keys too, timed as they arrive (they carry no time), and
held back the same way, so the box stays clean. The input method takes the Enter
that ends the burst to commit its composition: a commit that ends a run of fast
inputs and is followed by the end key's release alone, or one that ends a run of at
least `min_length` fast inputs, ends the burst as Enter would. What the input method
made of the code (pinyin turned into characters, digits taken as candidate choices,
some dropped) is what the scan field gets: that cannot be undone. The cure is that
no input method reaches the scan fields themselves (`latin_edit.py`).

    bursts = ScannerBursts.instance()   # installed once, by the first scan field
    bursts.watch(field)                 # each ScanField does this itself
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from ui.scan.tuning import ScanTuning

_ENDS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
# Scanners press Shift for capitals; these never break a burst.
_MODIFIER_KEYS = (
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_Meta,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_CapsLock,
)
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
# Held keys go on to their widget this many burst gaps after the last one: typing
# shows up at most ~70 ms late, below what a person notices, and a scan survives the
# GUI thread reading the scanner's next key a little late.
_HOLD_GAPS = 2
_LATE_S = 0.015  # a timer this late means the GUI thread was busy, not that the keys stopped
_FLUSHING_EVENTS = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.WindowDeactivate,
)


class ScannerBursts(QObject):
    """The application's scanner-burst detector (one per QApplication)."""

    _instance: ScannerBursts | None = None

    def __init__(self, app: QApplication, clock: Callable[[], float] = time.perf_counter) -> None:
        super().__init__(app)
        self._clock = clock
        self._fields: dict[int, QWidget] = {}
        self._held: list[QKeyEvent | QInputMethodEvent] = []
        self._text = ""
        self._target: QWidget | None = None  # the widget the held keys were sent to
        self._field: QWidget | None = None  # where they go if they turn out to be a scan
        self._last_stamp: float | None = None  # the system's time of the burst's last key
        self._last_arrival = 0.0  # our clock when the burst's last input arrived
        self._inputs = 0  # keys and input method changes in the burst
        self._preedit = ""  # the input method's composition, as last sent
        self._composed = False  # some of the burst came through an input method
        self._committed_last = False  # the burst's last input was an input method's commit
        self._replaying = False
        self._swallow_release: int | None = None  # the end key of a scan, released later
        self._ends_down: set[int] = set()  # end keys whose press we saw
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

    def use_clock(self, clock: Callable[[], float]) -> Callable[[], float]:
        """Time input that carries no time of its own by `clock` (tests: the keyboard's);
        returns the clock used until now."""
        previous, self._clock = self._clock, clock
        return previous

    @property
    def holding(self) -> bool:
        """Keys are held back, waiting to be told scan or typing."""
        return bool(self._held)

    # -- the filter --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.InputMethod:
            if self._replaying or not isinstance(watched, QWidget):
                return False
            assert isinstance(event, QInputMethodEvent)
            if not _first_receiver(watched):
                return False
            return self._composing(watched, event)
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
        stamp = self._stamp(event)
        if self._held and (
            widget is not self._target or event.isAutoRepeat() or not self._follows(stamp)
        ):
            self.flush()
        key = event.key()
        if key in _ENDS and not event.modifiers() & _COMMAND_MODIFIERS:
            self._ends_down.add(key)
            return self._ended(key, event)
        if key in _MODIFIER_KEYS:
            return self._hold(event) if self._held else False
        if not _printable(event):
            self.flush()
            return False
        if not self._held and not self._begin(widget):
            return False
        self._text += event.text()
        self._committed_last = False
        self._count(stamp)
        return self._hold(event)

    def _composing(self, widget: QWidget, event: QInputMethodEvent) -> bool:
        """What an input method sends instead of the keys it took (see the module's doc)."""
        if self._held and (widget is not self._target or not self._follows(None)):
            self.flush()
        commit, preedit = event.commitString(), event.preeditString()
        changed = bool(commit) or preedit != self._preedit
        if not self._held and (not changed or not self._begin(widget)):
            self._preedit = preedit
            return False
        self._preedit = preedit
        if changed:
            self._text += commit
            self._composed = True
            self._committed_last = bool(commit) and not preedit
            self._count(None)
        return self._hold(event)

    def _begin(self, widget: QWidget) -> bool:
        """Start holding input for `widget`, if its window has a scan field to take it."""
        field = self._field_for(widget)
        if field is None:
            return False
        self._target, self._field = widget, field
        return True

    def _follows(self, stamp: float | None) -> bool:
        """Whether input stamped `stamp` (None: no time of its own) came fast enough after
        the burst's last to join it. Keys are compared by the system's times, which a busy
        GUI thread does not spread apart; anything else by when it arrived."""
        if stamp is not None and self._last_stamp is not None:
            return stamp - self._last_stamp <= self._gap()
        return self._clock() - self._last_arrival <= self._gap()

    def _count(self, stamp: float | None) -> None:
        """One more input joined the burst: note when, and hold it all a while longer."""
        self._inputs += 1
        self._last_stamp = stamp  # None after input of no time: compare by arrival then
        self._last_arrival = self._clock()
        hold_ms = max(1, round(self._gap() * 1000 * _HOLD_GAPS))
        self._due, self._waited_late = self._clock() + hold_ms / 1000.0, False
        self._timer.start(hold_ms)

    def _ended(self, key: int, event: QKeyEvent) -> bool:
        field = self._field  # the held keys are a burst still: _pressed let go of older ones
        if field is None or len(self._text) < _tuning(field).min_length:
            self.flush()
            return False
        self._take(field)
        if event.type() == QEvent.Type.KeyPress:
            self._swallow_release = key
        event.accept()
        return True

    def _take(self, field: QWidget) -> None:
        """The held input was a scan: to its scan field, and none of it to the widget."""
        code, composed = self._text, self._composed
        self._reset()
        if composed:
            # The widget never saw the composition; the input method must not go on with it.
            QGuiApplication.inputMethod().reset()
        if shiboken6.isValid(field):
            # A ScanField, kept as a QWidget: scan_field.py imports this module, so the
            # class cannot be named here without an import cycle.
            field.take_scan(code, through_input_method=composed)  # type: ignore[attr-defined]

    def _released(self, _widget: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        if self._swallow_release is not None and key == self._swallow_release:
            self._swallow_release = None
            self._ends_down.discard(key)
            return True
        # An end key's release without its press: the input method took the press and
        # committed the burst on it. Two inputs at least: a person's Enter that commits a
        # composition is one.
        if (
            key in _ENDS
            and key not in self._ends_down
            and self._held
            and self._committed_last
            and self._inputs >= 2
            and self._field is not None
            and self._follows(self._stamp(event))
        ):
            return self._ended(key, event)
        self._ends_down.discard(key)
        if self._held:
            return self._hold(event)  # a held press is replayed before its release
        return False

    def _hold(self, event: QKeyEvent | QInputMethodEvent) -> bool:
        self._held.append(
            QKeyEvent(event) if isinstance(event, QKeyEvent) else QInputMethodEvent(event)
        )
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
        field = self._field
        if (
            field is not None
            and self._composed
            and self._committed_last
            and min(self._inputs, len(self._text)) >= _tuning(field).min_length
        ):
            self._take(field)  # the input method took the end key and its release too
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
        self._last_stamp, self._inputs = None, 0
        self._composed = self._committed_last = False

    @staticmethod
    def _stamp(event: QKeyEvent) -> float | None:
        """When the key was pressed, in seconds, by the system's clock, where it gives one
        (a busy GUI thread may read keys late, all at once); None where it does not."""
        stamp = event.timestamp()
        return stamp / 1000.0 if stamp else None

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
            if (
                not shiboken6.isValid(field)
                or not field.isVisible()
                or not field.isEnabled()
                or field.window() is not window
            ):
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
    return (
        len(text) == 1
        and text.isprintable()
        and not event.isAutoRepeat()
        and not event.modifiers() & _COMMAND_MODIFIERS
    )


def _tuning(field: QWidget) -> ScanTuning:
    tuning = getattr(field, "tuning", None)
    return tuning if isinstance(tuning, ScanTuning) else ScanTuning()
