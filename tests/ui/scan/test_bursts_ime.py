"""Scans while a Chinese input method is on in the box with the focus (a clerk typing a
recipient's name). The scanner's keys go to the input method, not to Qt: what arrives is
its composition and its commits (QInputMethodEvent), sent here as an input method sends
them, with the keys it lets through. The sequences follow what ibus with libpinyin sent a
real window under Xvfb for the same keys, and what an input method that commits the
letters typed when Enter is pressed sends (fcitx5, Microsoft Pinyin)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodQueryEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from tests.support.person import (
    KEY_GAP_MS,
    compose,
    focused,
    key,
    keyboard_clock,
    press,
    scan,
    send_key,
    show_active,
)
from ui.scan.bursts import ScannerBursts
from ui.scan.scan_field import ScanField, ScanTuning

PRESS, RELEASE = QEvent.Type.KeyPress, QEvent.Type.KeyRelease


class ArrivalDesk(QWidget):
    """A scan field and the recipient's name box, where the clerk's input method is on."""

    def __init__(self) -> None:
        super().__init__()
        self.scan = ScanField(self, tuning=ScanTuning(sound=False))
        self.name = QLineEdit(self)  # input methods allowed: names are Chinese or Tibetan
        self.register = QPushButton("Register arrival", self)
        layout = QVBoxLayout(self)
        for child in (self.scan, self.name, self.register):
            layout.addWidget(child)
        self.codes: list[str] = []
        self.entered = 0
        self.scan.scanned.connect(self.codes.append)
        self.name.returnPressed.connect(self._entered)

    def _entered(self) -> None:
        self.entered += 1


@pytest.fixture
def desk(qtbot):  # type: ignore[no-untyped-def]
    bursts = ScannerBursts.instance()
    before = bursts.use_clock(keyboard_clock)  # input method events carry no time
    widget = ArrivalDesk()
    qtbot.addWidget(widget)
    show_active(qtbot, widget)
    press(qtbot, widget.name)
    assert focused() is widget.name
    yield widget
    bursts.flush()
    bursts.use_clock(before)


def _settled(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Long enough for held input to be let go (two burst gaps), with room to spare."""
    qtbot.waitUntil(lambda: not ScannerBursts.instance().holding, timeout=5000)
    qtbot.wait(KEY_GAP_MS)


def test_a_scan_whose_enter_the_input_method_took_reaches_the_scan_field(qtbot, desk):
    """fcitx5 or Microsoft Pinyin: the letters build up the composition, Chinese punctuation
    turns ':' into '：', and Enter (press and release) commits what was typed."""
    label = "L:SNC-CRM:2411A"
    typed = ""
    for char in label:
        typed += "：" if char == ":" else char
        compose(desk.name, preedit=typed)
    compose(desk.name, commit=typed)
    qtbot.waitUntil(lambda: desk.codes == [label], timeout=5000)
    assert desk.scan.last_through_input_method
    _settled(qtbot)
    assert desk.name.text() == "" and desk.entered == 0
    assert focused() is desk.name  # nothing took the focus


def test_a_commit_ended_by_the_enter_keys_release_is_a_scan_at_once(qtbot, desk):
    """ibus with libpinyin, scanner typing SNC2411A and Enter: the first Shift went
    through, the input method committed 'SNCA' late (it dropped '24'), let a '1' through,
    committed the last 'A', and took the Enter: only the Enter's release arrived."""
    send_key(desk.name, Qt.Key.Key_Shift, 5, only=PRESS)
    compose(desk.name, commit="SNCA", after_ms=60)
    send_key(desk.name, "1", 3, only=RELEASE)
    send_key(desk.name, "1", 1)
    send_key(desk.name, Qt.Key.Key_Shift, 1, only=PRESS)
    compose(desk.name, commit="A", after_ms=1)
    send_key(desk.name, Qt.Key.Key_Return, 1, only=RELEASE)
    assert desk.codes == ["SNCA1A"]  # what the input method left of it, for the page to refuse
    _settled(qtbot)
    assert desk.name.text() == "" and desk.entered == 0


def test_a_persons_quick_enter_on_a_composition_is_typing(qtbot, desk):
    """Enter commits the letters a person typed (Microsoft Pinyin, libpinyin): one commit,
    its release close behind, is no burst, however short the key's press."""
    for preedit in ("n", "ni", "nih", "niha", "nihao"):
        compose(desk.name, preedit=preedit, after_ms=KEY_GAP_MS)
        qtbot.wait(KEY_GAP_MS)
    compose(desk.name, commit="nihao", after_ms=KEY_GAP_MS)
    send_key(desk.name, Qt.Key.Key_Return, 1, only=RELEASE)
    _settled(qtbot)
    assert desk.name.text() == "nihao" and desk.codes == []


def test_a_burst_the_input_method_turned_into_characters_stays_out_of_the_name(qtbot, desk):
    """ibus with libpinyin, scanner typing abc2411 and Enter: a composition of characters,
    '2' chose the second candidate, the other digits and Enter went through as keys."""
    for preedit in ("阿", "阿布", "阿不错"):
        compose(desk.name, preedit=preedit, after_ms=2)
    compose(desk.name, commit="阿卜莗", after_ms=1)
    compose(desk.name, after_ms=0)  # the input method's empty follow-up
    send_key(desk.name, "2", 0, only=RELEASE)
    for char in "411":
        send_key(desk.name, char, 2)
    send_key(desk.name, Qt.Key.Key_Return, 25)
    assert desk.codes == ["阿卜莗411"]
    _settled(qtbot)
    assert desk.name.text() == "" and desk.entered == 0


def test_a_digit_code_the_input_method_lets_through_is_a_scan(qtbot, desk):
    """With nothing composed, ibus passes digits and Enter on as keys."""
    scan(qtbot, "6901234567007")
    assert desk.codes == ["6901234567007"]
    assert not desk.scan.last_through_input_method
    _settled(qtbot)
    assert desk.name.text() == ""


def test_a_name_composed_at_a_persons_pace_lands_in_the_name_box(qtbot, desk):
    for preedit in ("措", "措勤"):
        compose(desk.name, preedit=preedit, after_ms=KEY_GAP_MS)
        qtbot.wait(KEY_GAP_MS)
    compose(desk.name, commit="措勤", after_ms=KEY_GAP_MS * 4)  # Space chose it
    compose(desk.name, after_ms=0)
    qtbot.waitUntil(lambda: desk.name.text() == "措勤", timeout=5000)
    key(qtbot, Qt.Key.Key_Return)
    assert desk.entered == 1 and desk.codes == []


def test_a_long_phrase_committed_at_once_is_still_typing(qtbot, desk):
    """Four characters committed in one go, the input method's follow-up close behind: one
    choice by the clerk, not a scanner's keys."""
    compose(desk.name, preedit="cuoqinxiancheng", after_ms=KEY_GAP_MS)
    compose(desk.name, commit="措勤县城", after_ms=KEY_GAP_MS * 3)
    compose(desk.name, after_ms=1)
    qtbot.waitUntil(lambda: desk.name.text() == "措勤县城", timeout=5000)
    _settled(qtbot)
    assert desk.codes == [] and desk.entered == 0


def test_scan_fields_keep_input_methods_out(qtbot, desk):
    """Qt asks the focused widget whether its keys go through the input method at all: the
    name box says yes, the scan field no, so a scanner's keys reach it untouched."""

    def accepts_input_method() -> bool:
        # What the platform's input context asks the focus before it takes a key.
        query = QInputMethodQueryEvent(Qt.InputMethodQuery.ImEnabled)
        QApplication.sendEvent(QGuiApplication.focusObject(), query)
        return bool(query.value(Qt.InputMethodQuery.ImEnabled))

    assert QGuiApplication.focusObject() is desk.name and accepts_input_method()
    press(qtbot, desk.scan)
    assert QGuiApplication.focusObject() is desk.scan and not accepts_input_method()
    hints = desk.scan.inputMethodHints()
    assert hints & Qt.InputMethodHint.ImhLatinOnly
    assert hints & Qt.InputMethodHint.ImhNoPredictiveText
