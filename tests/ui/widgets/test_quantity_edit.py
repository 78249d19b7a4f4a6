"""The shared quantity box keeps what was typed and refuses what is not a quantity."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core import errors as e
from tests.support.person import type_into
from ui.error_messages import describe
from ui.widgets.quantity_edit import QuantityEdit


@pytest.fixture
def box(qtbot):  # type: ignore[no-untyped-def]
    widget = QuantityEdit(value=1)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.mark.parametrize("typed", ["1e9", "-5", "1000000000", "0", "1_000", "12.5", "+3"])
def test_what_is_typed_stays_and_is_refused_with_the_core_sentence(qtbot, box, typed):
    box.clear()
    said: list[str] = []
    box.problem_changed.connect(said.append)
    type_into(qtbot, box, typed)
    assert box.text() == typed
    sentence = describe(e.InvalidQuantity("quantity", typed))
    assert said[-1] == sentence and box.problem() == sentence == box.toolTip()
    assert box.value() == typed  # handed to the core as typed, for it to refuse
    with pytest.raises(e.InvalidQuantity):
        box.quantity()


def test_a_quantity_reads_as_a_number_and_clears_the_problem(qtbot, box):
    box.clear()
    type_into(qtbot, box, "1e")
    assert box.problem()
    with qtbot.waitSignal(box.problem_changed) as changed:
        qtbot.keyClick(box, Qt.Key.Key_Backspace)
    assert changed.args == [""] and box.value() == 1 and box.toolTip() == ""
    qtbot.keyClicks(box, "000000")
    assert box.value() == 1_000_000


def test_up_and_down_step_within_the_range(qtbot, box):
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Up)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.value() == 3
    for _ in range(5):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.value() == 1  # never below one unit


def test_a_signed_box_takes_a_change_but_not_zero(qtbot):
    box = QuantityEdit()
    qtbot.addWidget(box)
    box.setRange(-1_000_000, 1_000_000)  # what a page moving from QSpinBox calls
    assert box.signed
    box.setValue(-1)
    assert box.value() == -1
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.value() == 1  # steps over zero
    box.setText("-0")
    assert box.problem() and box.value() == "-0"


def test_no_input_method_reaches_a_quantity(box):
    """Qt 6's QLineEdit answers ImEnabled itself (the attribute is ignored): the box says
    no, so a Chinese input method never turns scanned digits into full-width ones."""
    assert box.inputMethodQuery(Qt.InputMethodQuery.ImEnabled) is False
