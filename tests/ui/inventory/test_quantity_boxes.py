"""Every workflow page's quantity box keeps what was typed: `1e9` is not 19, `-5` is not 5.

A QSpinBox drops the keys it cannot take, so a clerk who typed `1e9` posted 19;
the pages use the shared QuantityEdit, which shows the keys as typed and refuses
them with the command line's sentence.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractSpinBox

from tests.support.person import press, show_active, type_slowly
from ui.inventory.adjust_page import AdjustPage
from ui.inventory.count_page import CountPage
from ui.inventory.receiving_page import ReceivingPage
from ui.inventory.transfers_page import TransfersPage

PAGES = [
    (ReceivingPage, "quantity"),
    (CountPage, "quantity"),
    (TransfersPage, "quantity"),
    (AdjustPage, "change"),
]


@pytest.mark.parametrize(("page_type", "box"), PAGES, ids=[p.__name__ for p, _ in PAGES])
@pytest.mark.parametrize("typed", ["1e9", "1000000000"])
def test_what_is_typed_stays_and_is_refused_in_a_sentence(qtbot, context, page_type, box, typed):
    page = page_type(context)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    field = getattr(page, box)
    press(qtbot, field)
    field.selectAll()  # a person selects the 1 in the box and types over it
    type_slowly(qtbot, typed)
    assert not isinstance(field, QAbstractSpinBox)
    assert field.text() == typed  # nothing dropped, nothing "fixed"
    assert field.value() == typed  # the core refuses the text with its own sentence
    assert field.refusal()
