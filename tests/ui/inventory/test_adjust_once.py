"""Adjust posts once per item: Post is disabled while a post is on its way and the form is
cleared after it, so a second click (or a double click) cannot write the stock off twice."""

from __future__ import annotations

from sqlalchemy import func, select

from core.inventory.models import Move, MoveKind
from core.uow import Database
from tests.support.inventory_depot import on_hand
from tests.support.person import press, scan, show_active, type_slowly
from ui.inventory.adjust_page import AdjustPage


def _adjustments(db: Database) -> int:  # type: ignore[no-untyped-def]
    with db.uow(write=False) as uow:
        return int(
            uow.session.scalar(
                select(func.count()).select_from(Move).where(Move.kind == MoveKind.ADJUSTMENT)
            )
            or 0
        )


def test_a_second_click_on_post_writes_nothing_off(qtbot, context, sqlite_db):
    page = AdjustPage(context)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    page.center.setCurrentIndex(page.center.findData("TSC"))
    page.scan.setFocus()
    scan(qtbot, "B:TSC:B-01")
    scan(qtbot, "INC-001")
    qtbot.waitUntil(lambda: page.product.text() == "INC-001")
    press(qtbot, page.change)
    page.change.selectAll()
    type_slowly(qtbot, "-2")
    press(qtbot, page.post_button)
    qtbot.waitUntil(lambda: on_hand(sqlite_db, "TSC", "INC-001") == 28, timeout=5000)
    qtbot.waitUntil(lambda: page.product.text() == "", timeout=5000)
    assert (page.lot.text(), page.change.value(), page.bin.currentText()) == ("", -1, "B-01")
    press(qtbot, page.post_button)  # the clerk clicks again, unsure the first one took
    qtbot.wait(300)
    assert page.message.text() == "Scan or type a product first."
    assert on_hand(sqlite_db, "TSC", "INC-001") == 28
    assert _adjustments(sqlite_db) == 1
