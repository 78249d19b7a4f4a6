"""The Runs area with real widgets: keyboard and drag-and-drop moves, load check by scanner
bursts, dispatch refused then overridden by a supervisor, delivery by scan."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from core.runs.models import Run
from core.runs.queries import current_run_of, runs_on
from core.shipping.models import Parcel
from tests.support.person import press, show_active
from tests.support.runs_world import CISHI, MONDAY, SEAT, local, monday_loads
from tests.support.vehicle import scan_into, select_run, show_day
from tests.support.writes import wrote
from ui.context import AppContext
from ui.operations import Operations
from ui.settings import Settings

THURSDAY = MONDAY + timedelta(days=3)


@pytest.fixture
def runs_context(sqlite_world, tmp_path: Path):
    world = sqlite_world
    ids, other, codes = monday_loads(world)
    context = AppContext.create(Operations(world.db), Settings(tmp_path / "settings.ini"))
    yield world, context, ids, other, codes
    context.close()


def _page(qtbot, context):
    from ui.runs.runs_page import RunsPage

    page = RunsPage(context)
    qtbot.addWidget(page)
    show_day(qtbot, page, MONDAY)
    page.show()
    return page


def _run_day(world, pid):
    with world.db.uow(write=False) as uow:
        return uow.session.get(Run, current_run_of(uow, pid).run_id).day


def test_runs_page_lists_stops_and_moves_by_keys(qtbot, qtmodeltester, runs_context):
    world, context, ids, _other, _codes = runs_context
    page = _page(qtbot, context)
    qtmodeltester.check(page.runs)
    assert {v.township_code for v in page.runs.rows} == {SEAT, CISHI, "542527203", None}
    select_run(qtbot, page, CISHI)
    qtmodeltester.check(page.parcels)
    assert page.parcels.rowCount() == 4
    stops = [page.parcels.index(r, 0).data() for r in range(4)]
    assert stops == sorted(stops)  # grouped by stop, stop numbers in road order

    page.parcels_table.setFocus()
    page.parcels_table.selectRow(0)
    moved = page.parcels.parcel_at(0).parcel_id
    wrote(
        qtbot,
        context.ops,
        lambda: qtbot.keyClick(
            page.parcels_table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier
        ),
    )
    assert _run_day(world, moved) == THURSDAY
    qtbot.waitUntil(lambda: page.parcels.rowCount() == 3)

    page.parcels_table.selectRow(0)
    held = page.parcels.parcel_at(0).parcel_id
    qtbot.keyClick(page.parcels_table, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: page.hold_question is not None and page.hold_question.isVisible())
    # the clerk confirms
    wrote(qtbot, context.ops, lambda: qtbot.keyClick(page.hold_question, Qt.Key.Key_Return))
    with world.uow() as uow:
        assert current_run_of(uow, held) is None
    qtbot.waitUntil(lambda: page.parcels.rowCount() == 2)


def test_run_buttons_are_greyed_when_they_have_nothing_to_act_on(qtbot, runs_context):
    _world, context, _ids, _other, _codes = runs_context
    page = _page(qtbot, context)
    select_run(qtbot, page, CISHI)
    assert page.load_button.isEnabled() and page.print_button.isEnabled()
    assert page.stops_button.isEnabled() and not page.hold_button.isEnabled()
    page.parcels_table.selectRow(0)
    assert page.hold_button.isEnabled()
    select_run(qtbot, page, None)  # the postal handover has no village stops
    assert page.load_button.isEnabled() and not page.stops_button.isEnabled()
    show_day(qtbot, page, MONDAY + timedelta(days=1))  # a Tuesday without runs
    assert page.current_run() is None
    assert not any(
        b.isEnabled()
        for b in (
            page.hold_button,
            page.split_button,
            page.cancel_button,
            page.load_button,
            page.deliver_button,
            page.stops_button,
            page.print_button,
        )
    )


def test_drag_a_parcel_onto_another_run(qtbot, runs_context):
    world, context, ids, _other, _codes = runs_context
    page = _page(qtbot, context)
    select_run(qtbot, page, CISHI)
    dragged = page.parcels.parcel_at(1).parcel_id
    # Thursday's run is on another day: show it in the runs list as the drop target by
    # moving to Thursday's list after taking the drag data from Monday's parcels.
    mime: QMimeData = page.parcels.mimeData([page.parcels.index(1, 0)])
    show_day(qtbot, page, THURSDAY)
    row = next(n for n, v in enumerate(page.runs.rows) if v.township_code == CISHI)
    target = page.runs_table.visualRect(page.runs.index(row, 0)).center()
    viewport = page.runs_table.viewport()
    actions = Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (
        QDragEnterEvent(target, actions, mime, buttons, mods),
        QDragMoveEvent(target, actions, mime, buttons, mods),
    ):
        QApplication.sendEvent(viewport, event)
    drop = QDropEvent(target.toPointF(), actions, mime, buttons, mods)
    wrote(qtbot, context.ops, lambda: QApplication.sendEvent(viewport, drop))
    assert _run_day(world, dragged) == THURSDAY
    qtbot.waitUntil(lambda: len(page.runs.rows[row].parcels) == 1)


def test_load_check_by_scanner_then_override_dispatch_and_delivery(qtbot, runs_context):
    from ui.runs.delivery import DeliveryDialog
    from ui.runs.load_check import LoadCheckDialog

    world, context, ids, other, codes = runs_context
    page = _page(qtbot, context)
    run = select_run(qtbot, page, CISHI)
    dialog = LoadCheckDialog(context, run.id, page)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    press(qtbot, dialog.scan)
    for pid in ids[:3] + [other]:
        # Key bursts stamped by the keyboard's clock, as a scanner sends them: typed keys
        # without stamps looked like slow typing to the burst detector on a busy machine.
        scan_into(qtbot, dialog, codes[pid])
    qtbot.waitUntil(lambda: "3 of 4" in dialog.counts.text())
    model = dialog.table.model()

    def checks() -> dict[str, str]:
        return {
            model.index(row, 0).data(Qt.ItemDataRole.UserRole): model.index(row, 0).data()
            for row in range(model.rowCount())
        }

    expected = {
        str(other): "Wrong run",
        **{str(p): "Loaded" for p in ids[:3]},
        str(ids[3]): "Not loaded",
    }
    qtbot.waitUntil(lambda: checks() == expected)  # the last scan's sheet is read after it

    dialog.try_dispatch()
    qtbot.waitUntil(
        lambda: dialog.override_dialog is not None and dialog.override_dialog.isVisible(),
        timeout=10_000,
    )
    override = dialog.override_dialog
    override.buttons.accepted.emit()  # nothing typed: refused, the dialog stays
    assert override.isVisible()
    qtbot.keyClicks(override.supervisor, "Dawa")
    qtbot.keyClicks(override.reason, "parcel not found")
    wrote(qtbot, context.ops, override.buttons.accepted.emit)
    with world.uow() as uow:
        assert uow.session.get(Run, run.id).status == "dispatched"
    assert _run_day(world, ids[3]) == THURSDAY

    delivery = DeliveryDialog(context, run.id, page)
    qtbot.addWidget(delivery)
    show_active(qtbot, delivery)
    delivery.kind.setCurrentIndex(delivery.kind.findData("failed"))
    qtbot.keyClicks(delivery.reason, "nobody home")
    press(qtbot, delivery.scan)
    scan_into(qtbot, delivery, codes[ids[0]])
    wrote(qtbot, context.ops, delivery.manifest_signed)
    with world.uow() as uow:
        statuses = [uow.session.get(Parcel, pid).status for pid in ids[:3]]
        assert statuses == ["failed", "delivered", "delivered"]
        assert uow.session.get(Run, run.id).status == "completed"
        assert [v for v in runs_on(uow, THURSDAY) if v.township_code == CISHI]
    assert _run_day(world, ids[0]) == THURSDAY


def test_stops_reordered_by_keys_are_remembered(qtbot, runs_context):
    from core.runs.schedules import stop_order
    from ui.runs.stops_dialog import StopsDialog

    world, context, _ids, _other, _codes = runs_context
    dialog = StopsDialog(context, CISHI, "磁石乡")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.stops_shown, timeout=10_000):
        dialog.show()
    before = dialog.order()
    assert len(before) == 3
    dialog.list.setFocus()
    dialog.list.setCurrentIndex(dialog.stops.index(2, 0))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert dialog.order() == [before[2], before[0], before[1]]
    with qtbot.waitSignal(context.ops.operation_finished, timeout=10_000) as saved:
        dialog.save()
    assert saved.args[0].error is None, saved.args[0].error
    with world.db.uow(write=False) as uow:
        assert stop_order(uow, CISHI) == [before[2], before[0], before[1]]


def test_schedule_dialog_shows_and_saves_a_township(qtbot, runs_context):
    from core.runs.queries import schedule_rows
    from ui.runs.schedule_dialog import ScheduleDialog

    world, context, _ids, _other, _codes = runs_context
    dialog = ScheduleDialog(context)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.choices_shown, timeout=10_000):
        dialog.show()
    dialog.place.setCurrentIndex(dialog.place.findData(CISHI))
    assert [d for d, box in dialog.days.items() if box.isChecked()] == ["mon", "thu"]
    assert dialog.depart.time().toString("HH:mm") == "08:00"
    dialog.days["wed"].setChecked(True)
    dialog.parcels.setValue(42)
    with qtbot.waitSignal(dialog.schedule_saved, timeout=10_000):
        dialog.save()
    with world.db.uow(write=False) as uow:
        cishi = next(s for s in schedule_rows(uow) if s.township_code == CISHI)
        assert (cishi.weekdays, cishi.capacity_parcels) == ("mon,wed,thu", 42)
    dialog.days["mon"].setChecked(False)
    dialog.days["wed"].setChecked(False)
    dialog.days["thu"].setChecked(False)
    with qtbot.waitSignal(context.ops.operation_finished, timeout=10_000) as refused:
        dialog.save()  # no weekday: refused, with the reason on screen
    assert refused.args[0].error is not None and dialog.message.text()


@pytest.mark.parametrize("typed", ["1e9", "-5", "1000000000"])
def test_schedule_capacity_is_never_changed_but_refused(qtbot, runs_context, typed):
    from PySide6.QtWidgets import QDialogButtonBox

    from core import errors as e
    from core.runs.queries import schedule_rows
    from tests.support.person import press
    from ui.error_messages import describe
    from ui.runs.schedule_dialog import ScheduleDialog

    world, context, _ids, _other, _codes = runs_context

    def capacity() -> int:
        with world.db.uow(write=False) as uow:
            return next(s.capacity_parcels for s in schedule_rows(uow) if s.township_code == CISHI)

    before = capacity()
    dialog = ScheduleDialog(context)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.choices_shown, timeout=10_000):
        dialog.show()
    dialog.place.setCurrentIndex(dialog.place.findData(CISHI))
    dialog.parcels.selectAll()
    qtbot.keyClicks(dialog.parcels, typed)
    assert dialog.parcels.text() == typed
    press(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.message.text() == describe(e.InvalidQuantity("capacity_parcels", typed))
    assert dialog.message.text().startswith("Parcels per run: ")
    assert dialog.parcels.hasFocus()
    assert capacity() == before  # nothing saved, least of all 19, 5 or 1000000


def test_plan_the_day_says_where_the_late_parcels_went(qtbot, runs_context):
    from tests.support.person import press
    from tests.support.runs_world import QULUO

    world, context, _ids, _other, _codes = runs_context
    sunday = MONDAY - timedelta(days=1)
    with world.uow() as uow:
        world.parcel(uow, CISHI, ready=local(sunday, 19))  # after Monday's cutoff, Sun 18:00
        world.parcel(uow, QULUO, ready=local(sunday, 10))  # Quluo: Tuesdays and Fridays
        uow.commit()
    page = _page(qtbot, context)
    assert not page.status.isVisible()
    wrote(qtbot, context.ops, lambda: press(qtbot, page.plan_button))
    qtbot.waitUntil(page.status.isVisible)
    lines = page.status.text().splitlines()
    assert lines[0] == "5 parcels on this day's runs."
    thursday, tuesday = MONDAY + timedelta(days=3), MONDAY + timedelta(days=1)
    assert (
        f"1 parcel for 磁石乡 missed this day's cutoff ({sunday} 18:00): on the run of "
        f"{thursday} 08:00." in lines
    )
    assert f"1 parcel for 曲洛乡: no run there this day; on the run of {tuesday} 08:00." in lines
    assert page.title.text() == "措勤镇 — 1 parcel, 1 stop"  # counted in words
    select_run(qtbot, page, CISHI)
    assert page.title.text() == "磁石乡 — 4 parcels, 3 stops"
