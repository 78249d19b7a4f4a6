"""The scan field every scan-first workflow puts at the top of its page.

A keyboard-wedge scanner types a code as a burst of keys a few milliseconds
apart and ends it with Enter or Tab. The field:

- takes scans wherever the clerk's focus is: with the focus elsewhere in its
  window (a button just clicked, a combo, the quantity box) the app's burst
  detector hands it the burst (`ui.scan.bursts`), so it never needs to take the
  focus back;
- with the focus, ends an entry on Enter, or on Tab when the keys came as a
  burst (a person's Tab still moves on);
- tells a scan from a person typing by the time between keys, stored per key;
  when a burst follows something a person had half typed, the burst alone is
  the code;
- keeps input methods out (a Chinese IME swallows or rewrites the burst,
  docs/field-facts.md, "Scanners on Chinese Windows"; `latin_edit.py`) and folds
  full-width forms and Chinese punctuation back to ASCII (`core.inventory.scanning.normalize`);
- gives feedback a clerk notices without reading: a green or red flash and a
  sound (`flash_ok`, `flash_error`).

    field = ScanField(settings=ScanSettings(context.settings))
    field.scanned.connect(self._on_scan)
    ...
    field.flash_error(message)   # blocked: wrong item, over-pick, expired lot
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QWidget

from core.inventory.scanning import normalize
from ui.scan.bursts import ScannerBursts
from ui.scan.latin_edit import LatinLineEdit
from ui.scan.sounds import Sounds
from ui.scan.tuning import ScanTuning

__all__ = ["ScanField", "ScanTuning"]

OK_COLOUR = "#2e7d32"
ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#b26a00"  # amber: nothing refused, but look (a label scanned twice)
FLASH_MS = 450


class ScanField(LatinLineEdit):
    """A line edit for barcode scanners, with a keyboard fallback."""

    scanned = Signal(str)
    """An entry ended (Enter, or Tab after a burst); carries the normalised code.
    `last_from_scanner` says whether it came as a burst."""
    feedback_shown = Signal(str, str)
    """Feedback was given: kind ("ok" or "error") and the message, for a status label."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        tuning: ScanTuning | None = None,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        super().__init__(parent)
        self.tuning = tuning or ScanTuning()
        self._clock = clock
        # When each character of text() arrived, and by which clock ("key": the system's
        # time of its key, which a busy GUI thread does not bunch up; "ours": self._clock).
        self._stamps: list[tuple[float, str]] = []
        self._typing = False
        self.last_from_scanner = False
        self.last_through_input_method = False  # the last scan came through an input method
        self.last_used = 0.0  # when it last had the focus or a scan (two fields on a page)
        self._sounds = Sounds()
        self._flash_timer = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash_timer.timeout.connect(self._end_flash)
        self.setPlaceholderText(self.tr("Scan a barcode, or type it and press Enter"))
        self.setClearButtonEnabled(True)
        self.textEdited.connect(self._text_edited)
        ScannerBursts.instance().watch(self)

    # -- telling a scan from typing -----------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Tab is taken for focus changes before keyPressEvent sees it.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and self._is_burst(self._burst_start())
        ):
            self._finish()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish()
            return
        before = self.text()
        self._typing = True  # textEdited fires inside: this key's time is stamped below
        try:
            super().keyPressEvent(event)
        finally:
            self._typing = False
        after = self.text()
        if after != before:
            stamp = event.timestamp()
            self._sync_stamps(before, after, (stamp / 1000.0, "key") if stamp else None)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802
        # Input methods are kept out, but a system IME may still commit text: take it as typed.
        if event.commitString():
            before = self.text()
            self.insert(event.commitString())
            self._sync_stamps(before, self.text())
        event.accept()

    def _text_edited(self, text: str) -> None:
        # Pastes and edits outside keyPressEvent: keep one stamp per character.
        if not self._typing and len(self._stamps) != len(text):
            self._sync_stamps("", text)

    def _sync_stamps(self, before: str, after: str, stamp: tuple[float, str] | None = None) -> None:
        now = stamp or (self._clock(), "ours")
        if after.startswith(before):
            self._stamps.extend([now] * (len(after) - len(before)))
        else:  # an edit in the middle or a deletion: the timing of this entry is lost
            self._stamps = [(now[0] - 10.0, now[1])] * len(after)  # long ago: never a burst
        del self._stamps[len(after) :]

    def _burst_start(self) -> int:
        """Index where the trailing run of fast keys begins (len(text) if none)."""
        stamps = self._stamps
        if not stamps:
            return 0
        limit = self.tuning.burst_ms / 1000.0
        start = len(stamps) - 1
        while (
            start > 0
            and stamps[start][1] == stamps[start - 1][1]
            and stamps[start][0] - stamps[start - 1][0] <= limit
        ):
            start -= 1
        return start

    def _is_burst(self, start: int) -> bool:
        return len(self._stamps) - start >= self.tuning.min_length

    def _finish(self) -> None:
        text = self.text()
        start = self._burst_start()
        self.last_from_scanner = self._is_burst(start)
        if self.last_from_scanner and start > 0:
            text = text[start:]  # a scan landed after half-typed text: the scan wins
        self.clear()
        self._stamps.clear()
        self.last_through_input_method = False
        self._emit(text)

    def take_scan(self, code: str, *, through_input_method: bool = False) -> None:
        """A burst the app's detector caught while another widget had the focus. What the
        clerk may have half typed here stays. `through_input_method`: the focused box had
        an input method on, which may have changed the code."""
        self.last_from_scanner = True
        self.last_through_input_method = through_input_method
        self._emit(code)

    def _emit(self, text: str) -> None:
        self.last_used = self._clock()
        code = normalize(text)
        if code:
            self.scanned.emit(code)

    def simulate_scan(self, code: str) -> None:
        """Enter `code` as a scanner would (for demos and tests without key events)."""
        self.setText(code)
        self._stamps = [(self._clock(), "ours")] * len(code)
        self._finish()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        self.last_used = self._clock()  # the clerk chose this field: scans elsewhere go here

    # -- feedback ----------------------------------------------------------------------------
    def flash_ok(self, message: str = "") -> None:
        """Green flash and the success sound."""
        self._flash("ok", OK_COLOUR, message)

    def flash_error(self, message: str = "") -> None:
        """Red flash and the error sound: the scan was refused."""
        self._flash("error", ERROR_COLOUR, message)

    def flash_warning(self, message: str = "") -> None:
        """Amber flash and the success sound: taken, but not new (scanned before), so it must
        not look like a fresh load."""
        self._flash("warning", WARNING_COLOUR, message)

    def _flash(self, kind: str, colour: str, message: str) -> None:
        self.setStyleSheet(f"QLineEdit {{ background: {colour}; color: white; }}")
        self._flash_timer.start()
        if self.tuning.sound:
            self._sounds.play("error" if kind == "error" else "ok")
        self.feedback_shown.emit(kind, message)

    def _end_flash(self) -> None:
        self.setStyleSheet("")

    @property
    def flashing(self) -> bool:
        return self._flash_timer.isActive()


def show_feedback(label: QLabel, kind: str, message: str) -> None:
    """Put a scan's result on `label` in its colour (connect `feedback_shown` here). It
    stays until the next result: the field's flash is over in FLASH_MS, before a clerk
    at the vehicle has looked up."""
    colour = {"ok": OK_COLOUR, "warning": WARNING_COLOUR}.get(kind, ERROR_COLOUR)
    label.setStyleSheet(f"color: {colour}; font-weight: bold;")
    label.setText(message)
