"""Holding and releasing at the Runs page as a clerk does it: H asks first (Escape keeps
the parcel on its run, Enter holds it), Held parcels… lists it and Release puts it on its
next run; a run that has left can be delivered and printed but not loaded or edited."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from core.runs.edits import held_parcels
from core.runs.loading import dispatch
from core.runs.queries import current_run_of
from tests.support.person import key, press, show_active
from tests.support.runs_world import CISHI, SEAT
from tests.support.vehicle import runs_shown, select_run
from ui.runs.held_dialog import HeldDialog


def _held(world) -> list:  # type: ignore[no-untyped-def, type-arg]
    with world.db.uow(write=False) as uow:
        return [h.parcel_id for h in held_parcels(uow, "TSC")]


def _asked(qtbot, page) -> QMessageBox:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.hold_question is not None and page.hold_question.isVisible())
    question = page.hold_question
    qtbot.waitUntil(lambda: QApplication.activeWindow() is question)
    return question


def test_h_asks_first_and_release_puts_the_parcel_back(qtbot, at_the_vehicle) -> None:  # type: ignore[no-untyped-def]
    world, context, page, _ids, _codes = at_the_vehicle
    show_active(qtbot, page)
    run = select_run(qtbot, page, CISHI)
    press(
        qtbot,
        page.parcels_table.viewport(),
        page.parcels_table.visualRect(page.parcels.index(0, 1)).center(),
    )
    chosen = page.selected_parcels()
    assert len(chosen) == 1

    key(qtbot, Qt.Key.Key_H)
    _asked(qtbot, page)
    key(qtbot, Qt.Key.Key_Escape)  # a stray H: nothing happens
    qtbot.waitUntil(lambda: page.hold_question is None)
    qtbot.wait(300)
    assert _held(world) == []

    show_active(qtbot, page)  # the window manager gives the page back its activation
    page.parcels_table.setFocus()
    key(qtbot, Qt.Key.Key_H)
    _asked(qtbot, page)
    key(qtbot, Qt.Key.Key_Return)  # Enter holds it
    qtbot.waitUntil(lambda: _held(world) == chosen, timeout=10_000)
    qtbot.waitUntil(lambda: page.parcels.rowCount() == 3, timeout=10_000)

    press(qtbot, page.held_button)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(HeldDialog)))
    dialog = next(d for d in page.findChildren(HeldDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.held.rowCount() == 1, timeout=10_000)
    assert not dialog.release_button.isEnabled()  # nothing chosen yet
    press(qtbot, dialog.table.viewport(), dialog.table.visualRect(dialog.held.index(0, 1)).center())
    assert dialog.selected_parcel() == chosen[0]
    press(qtbot, dialog.release_button)
    qtbot.waitUntil(lambda: _held(world) == [], timeout=10_000)
    qtbot.waitUntil(lambda: dialog.held.rowCount() == 0, timeout=10_000)
    assert dialog.empty.isVisible()
    assert "is on its next run" in dialog.message.text()
    with world.db.uow(write=False) as uow:
        assert current_run_of(uow, chosen[0]).run_id == run.id  # Monday's run again
    qtbot.waitUntil(lambda: page.parcels.rowCount() == 4, timeout=10_000)
    dialog.accept()


def test_a_run_that_left_is_delivered_and_printed_not_loaded(qtbot, at_the_vehicle) -> None:  # type: ignore[no-untyped-def]
    world, context, page, _ids, _codes = at_the_vehicle
    show_active(qtbot, page)
    select_run(qtbot, page, CISHI)
    page.parcels_table.selectRow(0)
    assert page.load_button.isEnabled() and page.hold_button.isEnabled()
    assert not page.deliver_button.isEnabled()  # nothing is on the road yet
    seat = next(v for v in page.runs.rows if v.township_code == SEAT)
    # Dispatched at another desk of this app (its Changes reach this page).
    with qtbot.waitSignal(context.ops.operation_finished, timeout=10_000):
        context.ops.run(
            lambda uow: dispatch(uow, seat.id, supervisor="Dawa", override_reason="not scanned")
        )
    select_run(qtbot, page, SEAT)
    qtbot.waitUntil(lambda: runs_shown(page) and page.current_run().status == "dispatched")
    page.parcels_table.selectRow(0)
    for button in (page.load_button, page.split_button, page.cancel_button, page.hold_button):
        assert not button.isEnabled(), button.text()
    assert page.deliver_button.isEnabled() and page.print_button.isEnabled()
    page.parcels_table.setFocus()
    key(qtbot, Qt.Key.Key_H)  # the key does nothing either, and asks nothing
    qtbot.wait(300)
    assert page.hold_question is None
