"""Scanner bursts reach the page's scan field wherever the focus is; a person's keys reach
the widget they were typed into. Real widgets, real key events, a person's clicks."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tests.support.person import (
    KEY_GAP_MS,
    SCANNER_GAP_MS,
    choose,
    focused,
    press,
    scan,
    send_key,
    show_active,
    type_slowly,
)
from ui.scan.scan_field import ScanField, ScanTuning

CODE = "6901234567007"


class Page(QWidget):
    """A scan-first page in miniature: scan field, quantity, a combo, a button, a note."""

    def __init__(self) -> None:
        super().__init__()
        self.scan = ScanField(self, tuning=ScanTuning(sound=False))
        self.quantity = QSpinBox(self)
        self.quantity.setRange(1, 1_000_000)
        self.bin = QComboBox(self)
        self.bin.addItems(["A-01", "A-02", "B-01"])
        self.button = QPushButton("Start count", self)
        self.note = QLineEdit(self)
        layout = QVBoxLayout(self)
        for child in (self.scan, self.quantity, self.bin, self.button, self.note):
            layout.addWidget(child)
        self.codes: list[str] = []
        self.clicks = 0
        self.scan.scanned.connect(self.codes.append)
        self.button.clicked.connect(self._clicked)

    def _clicked(self) -> None:
        self.clicks += 1


@pytest.fixture
def page(qtbot):  # type: ignore[no-untyped-def]
    widget = Page()
    qtbot.addWidget(widget)
    show_active(qtbot, widget)
    widget.scan.setFocus()
    qtbot.waitUntil(widget.scan.hasFocus)
    return widget


def test_a_click_beside_the_scan_field_clicks_and_keeps_the_focus(qtbot, page):
    press(qtbot, page.button)
    assert page.clicks == 1
    qtbot.wait(KEY_GAP_MS)
    assert page.button.hasFocus()  # nothing took it back


def test_a_scan_after_a_click_on_a_button_arrives(qtbot, page):
    press(qtbot, page.button)
    scan(qtbot, CODE)
    assert page.codes == [CODE] and page.scan.last_from_scanner
    assert page.button.hasFocus() and page.scan.text() == ""


def test_a_scan_after_choosing_in_a_combo_arrives_and_leaves_the_combo_alone(qtbot, page):
    choose(qtbot, page.bin, "B-01")
    assert focused() is page.bin
    scan(qtbot, "B:TSC:A-01")
    assert page.codes == ["B:TSC:A-01"]
    qtbot.wait(KEY_GAP_MS)
    assert page.bin.currentText() == "B-01"  # the burst did not search the list


def test_a_scan_while_typing_a_quantity_goes_to_the_scan_field(qtbot, page):
    press(qtbot, page.quantity)
    page.quantity.selectAll()
    type_slowly(qtbot, "12")
    scan(qtbot, CODE, end=Qt.Key.Key_Tab)
    assert page.codes == [CODE]
    assert page.quantity.text() == "12" and page.quantity.hasFocus()  # Tab moved nothing


def test_typing_slowly_into_the_quantity_box_reaches_the_box(qtbot, page):
    press(qtbot, page.quantity)
    page.quantity.selectAll()
    type_slowly(qtbot, "250", end=Qt.Key.Key_Return)
    assert page.quantity.value() == 250 and page.codes == []


def test_a_person_typing_a_long_word_and_enter_is_not_a_scan(qtbot, page):
    press(qtbot, page.note)
    type_slowly(qtbot, "damaged in transit", end=Qt.Key.Key_Return)
    assert page.note.text() == "damaged in transit" and page.codes == []


def test_the_slowest_scanners_still_scan_and_a_fast_typist_still_types(qtbot, page):
    """The keys' own times decide, whatever the machine's load: 20 ms apart is a cheap
    scanner, 70 ms apart a fast typist (a person leaves at least ~60 ms)."""
    press(qtbot, page.note)
    scan(qtbot, CODE, gap_ms=20)
    assert page.codes == [CODE] and page.note.text() == ""
    scan(qtbot, "A-02 wet", gap_ms=70)
    qtbot.waitUntil(lambda: page.note.text() == "A-02 wet", timeout=1000)
    assert page.codes == [CODE]


def test_a_burst_survives_the_gui_thread_being_busy_in_its_middle(qtbot, page):
    """A slot kept the GUI thread busy (a table reloading after the last scan) while the
    scanner typed on: its keys queue up behind the hold timer, which is overdue."""
    press(qtbot, page.quantity)
    page.quantity.selectAll()
    for n, char in enumerate(CODE):
        send_key(focused(), char, SCANNER_GAP_MS)
        if n == 4:
            time.sleep(0.2)  # busy, not waiting: nothing runs on the GUI thread meanwhile
        QApplication.processEvents()
    send_key(focused(), Qt.Key.Key_Return, SCANNER_GAP_MS)
    assert page.codes == [CODE]
    qtbot.wait(KEY_GAP_MS)
    assert page.quantity.value() == 1  # no part of the code went into the box


def test_a_short_quick_entry_stays_in_its_box(qtbot, page):
    """Two keys rolled fast and Enter: too short for a code, so it is typing."""
    press(qtbot, page.quantity)
    page.quantity.selectAll()
    scan(qtbot, "12")
    qtbot.wait(KEY_GAP_MS)
    assert page.quantity.value() == 12 and page.codes == []


def test_a_burst_without_enter_lands_unchanged_where_it_was_typed(qtbot, page):
    press(qtbot, page.note)
    for char in "2411A":
        qtbot.keyClick(focused(), char)
    qtbot.waitUntil(lambda: page.note.text() == "2411A", timeout=1000)
    assert page.codes == []


def test_capitals_with_shift_stay_one_burst(qtbot, page):
    """A scanner presses Shift around each capital, as a keyboard does."""
    press(qtbot, page.button)
    target = focused()
    shift = Qt.KeyboardModifier.ShiftModifier
    for char in "L:SNC-CRM:2411A":
        capital = char.isupper()
        if capital:
            QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, shift))
        qtbot.keyClick(target, char, shift if capital else Qt.KeyboardModifier.NoModifier)
        if capital:
            QApplication.sendEvent(
                target,
                QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier),
            )
    qtbot.keyClick(target, Qt.Key.Key_Return)
    assert page.codes == ["L:SNC-CRM:2411A"]


def test_a_scan_field_with_the_focus_works_as_before(qtbot, page):
    scan(qtbot, CODE)
    assert page.codes == [CODE]  # once, not also through the app's detector
    type_slowly(qtbot, "INC-001", end=Qt.Key.Key_Return)
    assert page.codes == [CODE, "INC-001"] and not page.scan.last_from_scanner


def test_the_space_bar_still_presses_a_focused_button(qtbot, page):
    press(qtbot, page.button)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.clicks == 2, timeout=1000)


def test_a_dialog_without_a_scan_field_gets_its_keys_at_once(qtbot, page):
    dialog = QDialog(page)
    reason = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(reason)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    reason.setFocus()
    qtbot.waitUntil(reason.hasFocus)
    qtbot.keyClicks(focused(), "parcel not found")
    assert reason.text() == "parcel not found" and page.codes == []  # not even held


def test_the_nearest_scan_field_takes_the_burst(qtbot):
    """Two scan fields on a page (picking and packing): each box's own."""
    window = QWidget()
    boxes, fields, buttons, codes = [], [], [], {0: [], 1: []}
    row = QHBoxLayout(window)
    for n in (0, 1):
        box = QGroupBox(window)
        field = ScanField(box, tuning=ScanTuning(sound=False))
        field.scanned.connect(codes[n].append)
        button = QPushButton("Close", box)
        layout = QVBoxLayout(box)
        layout.addWidget(field)
        layout.addWidget(button)
        row.addWidget(box)
        boxes.append(box)
        fields.append(field)
        buttons.append(button)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    press(qtbot, buttons[1])
    scan(qtbot, CODE)
    press(qtbot, buttons[0])
    scan(qtbot, "B:TSC:A-01")
    assert codes == {0: ["B:TSC:A-01"], 1: [CODE]}
