"""The Runs area reads off the GUI thread and patches its tables: a scan at the vehicle
runs no SQL on the GUI thread, scans are shown in the order they were made, and a change
elsewhere keeps the clerk's selected parcel and scroll position."""

from __future__ import annotations

import threading

from sqlalchemy import event

from core.runs.edits import hold_parcel
from tests.support.person import scan, show_active
from tests.support.runs_world import CISHI
from tests.support.vehicle import open_dialog, scan_into, select_run


def test_a_scan_at_the_vehicle_runs_no_sql_on_the_gui_thread(qtbot, at_the_vehicle):
    from ui.runs.load_check import LoadCheckDialog

    world, _context, page, _ids, codes = at_the_vehicle
    show_active(qtbot, page)
    _run, dialog = open_dialog(qtbot, page, page.load_button, LoadCheckDialog)
    on_gui: list[str] = []
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)
        if threading.current_thread() is threading.main_thread():
            on_gui.append(statement)

    event.listen(world.db.engine, "before_cursor_execute", record)
    try:
        scan_into(qtbot, dialog, codes[0])
        scan_into(qtbot, dialog, codes[4])  # the seat's parcel: a problem row, its run named
    finally:
        event.remove(world.db.engine, "before_cursor_execute", record)
    assert "Loaded 1 of 4" in dialog.counts.text()
    assert seen and on_gui == []


def test_scans_in_a_burst_are_shown_in_the_order_they_were_made(qtbot, at_the_vehicle):
    from ui.runs.load_check import LoadCheckDialog

    _world, context, page, _ids, codes = at_the_vehicle
    show_active(qtbot, page)
    _run, dialog = open_dialog(qtbot, page, page.load_button, LoadCheckDialog)
    shown: list[int] = []
    dialog.sheet.sheet_read.connect(lambda sheet: shown.append(sheet.loaded))
    with qtbot.waitSignals([context.ops.operation_finished] * 3, timeout=10_000):
        for code in codes[:3]:  # one after another, no waiting for the screen between
            scan(qtbot, code)
    qtbot.waitUntil(lambda: "Loaded 3 of 4" in dialog.counts.text(), timeout=10_000)
    qtbot.wait(200)  # any read still under way would land now
    assert shown and shown == sorted(shown) and shown[-1] == 3  # never an older sheet later
    assert "Loaded 3 of 4" in dialog.counts.text()


def test_the_selected_parcel_and_the_scroll_survive_a_change_to_another(qtbot, at_the_vehicle):
    _world, context, page, _ids, _codes = at_the_vehicle
    show_active(qtbot, page)
    select_run(qtbot, page, CISHI)
    table = page.parcels_table
    table.setFixedHeight(
        table.horizontalHeader().height() + int(table.verticalHeader().defaultSectionSize() * 1.5)
    )
    qtbot.wait(50)
    table.selectRow(3)
    chosen = page.selected_parcels()
    bar = table.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0 and len(chosen) == 1
    other = page.parcels.parcel_at(0).parcel_id
    with qtbot.waitSignal(page.parcels.rows_read, timeout=10_000):
        context.ops.run(lambda uow: hold_parcel(uow, other))  # another parcel of the run
    assert page.parcels.rowCount() == 3
    assert page.selected_parcels() == chosen
    assert table.currentIndex().row() == 2  # it moved up a row with its selection
    assert bar.value() > 0
