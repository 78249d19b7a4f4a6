"""A damaged unit is the exception at arrival: after it the condition goes back to good and
its reason is cleared, so the next unit is not booked damaged by a box left set (trial T1)."""

from __future__ import annotations

from tests.support.inventory_depot import SCARF_EAN
from tests.support.inventory_ui import click, scan, settle
from ui.inventory.transfers_page import TransfersPage


def test_the_condition_goes_back_to_good_after_a_damaged_unit(qtbot, context):
    page = TransfersPage(context)
    qtbot.addWidget(page)
    page.show()
    page.center.setCurrentIndex(page.center.findData("TSC"))
    settle(qtbot, page)  # the other centers are read off the GUI thread
    page.target.setCurrentIndex(page.target.findData("GER"))
    click(qtbot, page, page.create_button)
    number = page.view.number
    page.quantity.setValue(2)
    qtbot.keyClicks(page.request_sku, "CSH-001")
    click(qtbot, page, page.request_button)
    scan(qtbot, page, "B:TSC:A-01")
    scan(qtbot, page, SCARF_EAN)
    scan(qtbot, page, SCARF_EAN)
    click(qtbot, page, page.dispatch_button)

    page.center.setCurrentIndex(page.center.findData("GER"))
    scan(qtbot, page, f"D:{number}")
    scan(qtbot, page, "B:GER:R-01")
    page.condition.setCurrentIndex(page.condition.findData("damaged"))
    page.reason.setText("wet box")
    scan(qtbot, page, SCARF_EAN)
    assert page.message.text() == "1 × CSH-001 arrived damaged"
    assert (page.condition.currentData(), page.reason.text()) == ("good", "")
    scan(qtbot, page, SCARF_EAN)
    (line,) = page.view.lines
    assert (line.arrived, line.damaged) == (1, 1)
