"""The scan field with real key events: bursts, typing, Tab, focus, feedback."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.scan.scan_field import ScanField, ScanTuning
from ui.scan.scan_settings import load_tuning, save_tuning
from ui.settings import Settings


class FakeClock:
    """Key timing under test control: `step` seconds between keys."""

    def __init__(self, step: float) -> None:
        self.now = 0.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


@pytest.fixture
def page(qtbot):  # type: ignore[no-untyped-def]
    widget = QWidget()
    layout = QVBoxLayout(widget)
    field = ScanField(tuning=ScanTuning(sound=False))
    button = QPushButton("Post")
    quantity = QLineEdit()
    for child in (field, button, quantity):
        layout.addWidget(child)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    field.setFocus()
    return widget, field, button, quantity


def test_a_burst_ending_in_enter_is_a_scan(page, qtbot):
    _, field, _, _ = page
    with qtbot.waitSignal(field.scanned) as signal:
        qtbot.keyClicks(field, "6901234567007")
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert signal.args == ["6901234567007"]
    assert field.last_from_scanner and field.text() == ""


def test_a_burst_ending_in_tab_is_a_scan_but_a_typed_tab_is_not(page, qtbot):
    _, field, _, _ = page
    with qtbot.waitSignal(field.scanned) as signal:
        qtbot.keyClicks(field, "B:TSC:A-01")
        qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert signal.args == ["B:TSC:A-01"]
    field._clock = FakeClock(0.2)  # a person: 200 ms a key
    with qtbot.assertNotEmitted(field.scanned):
        qtbot.keyClicks(field, "A-01")
        qtbot.keyClick(field, Qt.Key.Key_Tab)


def test_typing_is_told_apart_and_still_accepted_with_enter(page, qtbot):
    _, field, _, _ = page
    field._clock = FakeClock(0.15)
    with qtbot.waitSignal(field.scanned) as signal:
        qtbot.keyClicks(field, "INC-001")
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert signal.args == ["INC-001"] and not field.last_from_scanner


def test_a_scan_after_half_typed_text_wins(page, qtbot):
    _, field, _, _ = page
    clock = field._clock = FakeClock(0.3)
    qtbot.keyClicks(field, "ab")  # a person started typing
    clock.now += 0.3  # and stopped; then the scanner fired
    clock.step = 0.004
    with qtbot.waitSignal(field.scanned) as signal:
        qtbot.keyClicks(field, "6901234567014")
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert signal.args == ["6901234567014"] and field.last_from_scanner


def test_input_methods_are_off_and_full_width_is_folded(page, qtbot):
    _, field, _, _ = page
    assert not field.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    assert field.inputMethodHints() & Qt.InputMethodHint.ImhLatinOnly
    with qtbot.waitSignal(field.scanned) as signal:
        # QTest cannot type non-Latin-1 text: send the key events a Windows IME would.
        for char in "Ｌ：ＳＮＣ－ＣＲＭ：２４１１Ａ":
            QApplication.sendEvent(
                field,
                QKeyEvent(
                    QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char
                ),
            )
        qtbot.keyClick(field, Qt.Key.Key_Enter)
    assert signal.args == ["L:SNC-CRM:2411A"]


def test_the_focus_stays_where_the_clerk_put_it(page, qtbot):
    """Scans reach the field without the focus (ui.scan.bursts): it never takes it back."""
    _, field, button, quantity = page
    for widget in (button, quantity):
        widget.setFocus(Qt.FocusReason.MouseFocusReason)
        qtbot.wait(50)
        assert widget.hasFocus() and not field.hasFocus()


def test_feedback_flashes_ok_and_error_differently(page, qtbot):
    _, field, _, _ = page
    with qtbot.waitSignal(field.feedback_shown) as shown:
        field.flash_error("expired")
    assert shown.args == ["error", "expired"] and field.flashing
    red = field.styleSheet()
    with qtbot.waitSignal(field.feedback_shown) as shown:
        field.flash_ok()
    assert shown.args[0] == "ok" and field.styleSheet() != red
    qtbot.waitUntil(lambda: not field.flashing, timeout=2000)
    assert field.styleSheet() == ""


def test_tuning_is_a_setting(tmp_path):
    settings = Settings(tmp_path / "depot.ini")
    assert load_tuning(settings).burst_ms == ScanTuning().burst_ms
    save_tuning(settings, ScanTuning(burst_ms=60, min_length=6, sound=False))
    again = load_tuning(Settings(tmp_path / "depot.ini"))
    assert (again.burst_ms, again.min_length, again.sound) == (60, 6, False)
