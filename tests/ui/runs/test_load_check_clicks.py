"""The load check and the delivery dialogs as a clerk works them at the vehicle: every
button pressed with a person's click (press, ~100 ms, release), parcels scanned as key
bursts into whatever has the focus. Dispatch is checked in the database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from core.runs.models import Run
from core.shipping.models import Parcel
from tests.support.person import choose, focused, press, show_active, type_slowly
from tests.support.runs_world import CISHI, MONDAY
from tests.support.vehicle import button, open_dialog, run_status, scan_into, wait_done
from ui.scan.scan_field import ERROR_COLOUR, FLASH_MS, OK_COLOUR


def test_load_check_dispatch_by_click_after_a_refusal_and_a_cancelled_override(
    qtbot, at_the_vehicle
):
    from ui.runs.load_check import LoadCheckDialog

    world, _context, page, _ids, codes = at_the_vehicle
    show_active(qtbot, page)
    run, dialog = open_dialog(qtbot, page, page.load_button, LoadCheckDialog)
    for code in codes[:3]:
        scan_into(qtbot, dialog, code)
    qtbot.waitUntil(lambda: "3 of 4" in dialog.counts.text())
    press(qtbot, dialog.dispatch_button)  # one parcel unscanned: a supervisor must decide
    wait_done(qtbot, dialog)
    qtbot.waitUntil(
        lambda: dialog.override_dialog is not None and dialog.override_dialog.isVisible()
    )
    press(qtbot, dialog.override_dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    qtbot.waitUntil(lambda: not dialog.override_dialog.isVisible())
    assert run_status(world, run.id) == "loading"

    show_active(qtbot, dialog)
    dialog.dispatch_button.setFocus()
    scan_into(qtbot, dialog, codes[3])  # the parcel turned up; the focus is on Dispatch
    qtbot.waitUntil(lambda: "4 of 4" in dialog.counts.text())
    press(qtbot, dialog.dispatch_button)
    wait_done(qtbot, dialog)
    assert run_status(world, run.id) == "dispatched"
    assert "Every parcel of the run was loaded." in dialog.summary.text()
    assert not dialog.dispatch_button.isEnabled()  # it left: nothing more to dispatch
    press(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())  # done at the vehicle


def test_load_check_override_typed_and_confirmed_by_click(qtbot, at_the_vehicle):
    from ui.runs.load_check import LoadCheckDialog

    world, _context, page, ids, codes = at_the_vehicle
    show_active(qtbot, page)
    run, dialog = open_dialog(qtbot, page, page.load_button, LoadCheckDialog)
    for code in codes[:3]:
        scan_into(qtbot, dialog, code)
    press(qtbot, dialog.dispatch_button)
    wait_done(qtbot, dialog)
    qtbot.waitUntil(
        lambda: dialog.override_dialog is not None and dialog.override_dialog.isVisible()
    )
    override = dialog.override_dialog
    assert "Not scanned: 1 parcel, left behind for the next run." in [
        label.text() for label in override.findChildren(QLabel)
    ]  # counted in words
    press(qtbot, override.supervisor)
    type_slowly(qtbot, "Dawa")
    press(qtbot, override.reason)
    type_slowly(qtbot, "parcel not found")
    assert (override.supervisor.text(), override.reason.text()) == ("Dawa", "parcel not found")
    press(qtbot, override.buttons.button(QDialogButtonBox.StandardButton.Ok))
    wait_done(qtbot, dialog)
    with world.db.uow(write=False) as uow:
        saved = uow.session.get(Run, run.id)
        assert (saved.status, saved.override_by, saved.override_reason) == (
            "dispatched",
            "Dawa",
            "parcel not found",
        )


def test_load_check_close_button_closes(qtbot, at_the_vehicle):
    from ui.runs.load_check import LoadCheckDialog

    world, _context, page, _ids, codes = at_the_vehicle
    show_active(qtbot, page)
    run, dialog = open_dialog(qtbot, page, page.load_button, LoadCheckDialog)
    scan_into(qtbot, dialog, codes[0])
    press(qtbot, button(dialog, "Close"))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert run_status(world, run.id) == "loading"  # the scan stays, the run stays open


def test_delivery_by_scans_after_choosing_what_they_mean_and_manifest_by_click(
    qtbot, at_the_vehicle
):
    from core.runs.loading import dispatch, scan_onto
    from ui.runs.delivery import DeliveryDialog

    world, _context, page, ids, codes = at_the_vehicle
    run_id = next(v.id for v in page.runs.rows if v.township_code == CISHI)
    with world.uow() as uow:
        for code in codes[:4]:
            scan_onto(uow, run_id, code)
        dispatch(uow, run_id)
        uow.commit()
    page.reload()
    show_active(qtbot, page)
    _run, dialog = open_dialog(qtbot, page, page.deliver_button, DeliveryDialog)
    choose(qtbot, dialog.kind, dialog.kind.itemText(dialog.kind.findData("failed")))
    press(qtbot, dialog.reason)
    type_slowly(qtbot, "nobody home")
    scan_into(qtbot, dialog, codes[0])  # into the reason box: a scan, not more of the reason
    assert dialog.reason.text() == "nobody home"
    assert focused() is dialog.reason
    press(qtbot, dialog.manifest_button)
    wait_done(qtbot, dialog)
    with world.uow() as uow:
        statuses = [uow.session.get(Parcel, pid).status for pid in ids]
        assert statuses == ["failed", "delivered", "delivered", "delivered"]
        assert uow.session.get(Run, run_id).status == "completed"
    press(qtbot, button(dialog, "Close"))
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_load_check_names_its_run_and_a_stray_parcels_run_in_lasting_colour(qtbot, at_the_vehicle):
    from ui.runs.load_check import LoadCheckDialog

    _world, _context, page, _ids, codes = at_the_vehicle
    show_active(qtbot, page)
    _run, dialog = open_dialog(qtbot, page, page.load_button, LoadCheckDialog)
    monday = f"{MONDAY:%Y-%m-%d} 08:00"  # the schedules leave at 08:00 the center's time
    assert dialog.heading.text() == (
        f"Checking the load of 磁石乡, departing {monday}, vehicle 藏E-0001"
    )
    assert dialog.windowTitle() == "Load check: 磁石乡"

    scan_into(qtbot, dialog, codes[4])  # the seat's parcel
    wrong = f"Wrong run: this parcel goes with 措勤镇, departing {monday}, vehicle 藏E-0001."
    assert dialog.message.text() == wrong
    model = dialog.table.model()
    assert [model.index(0, c).data() for c in (0, 1, 6)] == [
        "Wrong run",
        codes[4],
        f"Goes with 措勤镇, departing {monday}, vehicle 藏E-0001.",
    ]
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) == QColor(ERROR_COLOUR)
    qtbot.waitUntil(lambda: not dialog.scan.flashing, timeout=FLASH_MS * 4)
    assert ERROR_COLOUR in dialog.message.styleSheet()  # still red after the flash

    scan_into(qtbot, dialog, codes[0])
    assert dialog.message.text() == "Loaded."
    assert OK_COLOUR in dialog.message.styleSheet()
