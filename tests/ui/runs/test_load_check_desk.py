"""The load check as found in a clerk trial with a real window, mouse and scanner (issue 9):
order numbers scanned or typed, the whole run shown from the moment the dialog opens, a
dispatch that says what left and what stayed, and an override that says what it lacks.
Buttons are pressed like a person (press, ~100 ms, release); scans are key bursts."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from core.runs.loading import scan_onto
from core.runs.models import RunSchedule
from core.shipping.models import Parcel
from tests.support.person import key, press, show_active, type_slowly
from tests.support.runs_world import CISHI, MONDAY, attach_order
from tests.support.vehicle import button, open_dialog, run_status, scan_into, shown_texts, wait_done
from ui.scan.scan_field import ERROR_COLOUR, OK_COLOUR, WARNING_COLOUR

ONE, TWO, AWAY = "3812345678901234567", "381234567890123456", "38123456789012345"
DEPARTS = f"{MONDAY:%Y-%m-%d} 08:00"  # the schedules leave at 08:00 the center's time
CISHI_RUN = f"磁石乡, departing {DEPARTS}, vehicle 藏E-0001"
THURSDAY_RUN = f"磁石乡, departing {MONDAY + timedelta(days=3):%Y-%m-%d} 08:00, vehicle 藏E-0001"


def _load_check(qtbot, page):  # type: ignore[no-untyped-def]
    from ui.runs.load_check import LoadCheckDialog

    show_active(qtbot, page)
    return open_dialog(qtbot, page, page.load_button, LoadCheckDialog)


def _sheet(dialog) -> dict[str, tuple[str, ...]]:  # type: ignore[no-untyped-def]
    """What the dialog's table shows, by the row's parcel (or code, for an unknown one):
    every column's text."""
    model = dialog.table.model()
    rows = {}
    for row in range(model.rowCount()):
        cells = tuple(model.index(row, c).data() for c in range(model.columnCount()))
        rows[model.index(row, 0).data(Qt.ItemDataRole.UserRole) or cells[1]] = cells
    return rows


def _loaded(world, parcel_id) -> bool:  # type: ignore[no-untyped-def]
    from core.runs.queries import current_run_of

    with world.db.uow(write=False) as uow:
        return current_run_of(uow, parcel_id).loaded_at is not None


def test_order_numbers_scanned_or_typed_load_their_parcel_or_say_why_not(qtbot, at_the_vehicle):
    world, _context, page, ids, codes = at_the_vehicle
    with world.uow() as uow:
        seat = uow.session.scalar(select(Parcel.id).where(Parcel.carrier_barcode == codes[4]))
        attach_order(world, uow, ONE, [ids[0]])
        attach_order(world, uow, TWO, ids[1:3])
        attach_order(world, uow, AWAY, [seat])
        uow.commit()
    _run, dialog = _load_check(qtbot, page)

    scan_into(qtbot, dialog, ONE)  # the slip's barcode
    assert dialog.message.text() == f"Order {ONE}: Loaded."
    assert OK_COLOUR in dialog.message.styleSheet()
    assert _loaded(world, ids[0])
    qtbot.waitUntil(lambda: _sheet(dialog)[str(ids[0])][0] == "Loaded")
    assert _sheet(dialog)[str(ids[0])][2] == ONE  # the order number is on the sheet too
    scan_into(qtbot, dialog, ONE)  # the same slip again: taken, but not a new load
    assert dialog.message.text() == f"Order {ONE}: Already scanned."
    assert WARNING_COLOUR in dialog.message.styleSheet()
    press(qtbot, dialog.scan)
    type_slowly(qtbot, TWO, end=Qt.Key.Key_Return)  # read off the slip and typed
    wait_done(qtbot, dialog)
    assert dialog.message.text() == (
        f"Order {TWO} has 2 parcels: scan the label of the parcel itself."
    )
    assert ERROR_COLOUR in dialog.message.styleSheet()
    assert not _loaded(world, ids[1]) and not _loaded(world, ids[2])

    scan_into(qtbot, dialog, AWAY)
    assert dialog.message.text() == (
        f"Order {AWAY}: Wrong run: this parcel goes with 措勤镇, "
        f"departing {DEPARTS}, vehicle 藏E-0001."
    )
    assert ERROR_COLOUR in dialog.message.styleSheet()
    assert "Loaded 1 of 4; missing 3." in dialog.counts.text()


def test_the_load_check_opens_on_the_whole_run_as_stored(qtbot, qtmodeltester, at_the_vehicle):
    world, _context, page, ids, codes = at_the_vehicle
    run_id = next(v.id for v in page.runs.rows if v.township_code == CISHI)
    with world.uow("desk2") as uow:  # another desk scanned before this one opened
        for code in (codes[0], codes[1], codes[4], "NOSUCHCODE"):
            scan_onto(uow, run_id, code)
        uow.commit()
    with world.db.uow(write=False) as uow:
        seat = uow.session.scalar(select(Parcel.id).where(Parcel.carrier_barcode == codes[4]))
    _run, dialog = _load_check(qtbot, page)

    sheet = _sheet(dialog)
    assert {k: v[0] for k, v in sheet.items()} == {
        "NOSUCHCODE": "Unknown code",
        str(seat): "Wrong run",
        str(ids[0]): "Loaded",
        str(ids[1]): "Loaded",
        str(ids[2]): "Not loaded",
        str(ids[3]): "Not loaded",
    }
    assert list(sheet)[:2] == ["NOSUCHCODE", str(seat)]  # problems first, the latest on top
    assert sheet[str(ids[0])][5].endswith(" by desk2") and sheet[str(ids[2])][5] == ""
    assert sheet[str(seat)][6] == f"Goes with 措勤镇, departing {DEPARTS}, vehicle 藏E-0001."
    assert dialog.counts.text() == "Loaded 2 of 4; missing 2."
    qtmodeltester.check(dialog.table.model())

    scan_into(qtbot, dialog, codes[2])
    qtbot.waitUntil(lambda: _sheet(dialog)[str(ids[2])][0] == "Loaded")
    press(qtbot, button(dialog, "Close"))
    qtbot.waitUntil(lambda: not dialog.isVisible())

    _run, again = _load_check(qtbot, page)  # closed and opened again: nothing forgotten
    assert again is not dialog
    assert {k: v[0] for k, v in _sheet(again).items()} == {
        "NOSUCHCODE": "Unknown code",
        str(seat): "Wrong run",
        str(ids[0]): "Loaded",
        str(ids[1]): "Loaded",
        str(ids[2]): "Loaded",
        str(ids[3]): "Not loaded",
    }
    assert again.counts.text() == "Loaded 3 of 4; missing 1."


def _override(qtbot, dialog):  # type: ignore[no-untyped-def]
    press(qtbot, dialog.dispatch_button)  # one parcel unscanned: a supervisor must decide
    wait_done(qtbot, dialog)
    qtbot.waitUntil(
        lambda: dialog.override_dialog is not None and dialog.override_dialog.isVisible()
    )
    return dialog.override_dialog


@pytest.mark.parametrize(
    "served, stays",
    [
        (True, f"Not loaded, left for {THURSDAY_RUN}: 1 parcel."),
        (False, "Not loaded and on no run yet: 1 parcel; plan the next runs on the Runs page."),
    ],
    ids=["next run", "no run"],
)
def test_dispatch_says_what_left_and_what_stayed(qtbot, at_the_vehicle, served, stays):
    world, _context, page, _ids, codes = at_the_vehicle
    if not served:
        with world.uow() as uow:
            for schedule in uow.session.scalars(
                select(RunSchedule).where(RunSchedule.township_code == CISHI)
            ):
                schedule.active = False  # Cishi is served no more: the parcel has nowhere to go
            uow.commit()
    run, dialog = _load_check(qtbot, page)
    for code in codes[:3]:
        scan_into(qtbot, dialog, code)
    override = _override(qtbot, dialog)
    press(qtbot, override.supervisor)
    type_slowly(qtbot, "Dawa")
    press(qtbot, override.reason)
    type_slowly(qtbot, "parcel not found")
    press(qtbot, override.buttons.button(QDialogButtonBox.StandardButton.Ok))
    wait_done(qtbot, dialog)
    assert run_status(world, run.id) == "dispatched"

    assert dialog.isVisible()  # the vehicle left; the clerk reads what went before closing
    summary = (
        f"Dispatched on {CISHI_RUN}: 3 parcels.\n{stays}\n"
        "Supervisor override by Dawa: parcel not found"
    )
    assert summary in shown_texts(dialog)
    assert not dialog.dispatch_button.isEnabled()
    press(qtbot, button(dialog, "Close"))
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_override_ok_with_empty_fields_says_what_is_missing(qtbot, at_the_vehicle):
    world, _context, page, _ids, codes = at_the_vehicle
    run, dialog = _load_check(qtbot, page)
    for code in codes[:3]:
        scan_into(qtbot, dialog, code)
    override = _override(qtbot, dialog)
    ok = override.buttons.button(QDialogButtonBox.StandardButton.Ok)

    press(qtbot, ok)
    assert override.isVisible()
    assert "Enter the supervisor's name and the reason the parcels stay behind." in shown_texts(
        override
    )
    assert ERROR_COLOUR in override.supervisor.styleSheet()  # the empty fields are marked
    assert ERROR_COLOUR in override.reason.styleSheet()

    press(qtbot, override.supervisor)
    type_slowly(qtbot, "Dawa")
    press(qtbot, ok)
    assert override.isVisible() and run_status(world, run.id) == "loading"
    assert "Enter the reason the parcels stay behind." in shown_texts(override)
    assert override.supervisor.styleSheet() == ""
    type_slowly(qtbot, "bay 3 flooded")  # the focus went to the field that is still empty
    assert override.reason.text() == "bay 3 flooded"
    key(qtbot, Qt.Key.Key_Return)  # Enter presses OK, as it does in any dialog
    wait_done(qtbot, dialog)
    assert run_status(world, run.id) == "dispatched"
    assert "Supervisor override by Dawa: bay 3 flooded" in dialog.summary.text()
