"""Printing from the Runs area with real widgets: one action writes the run's labels in
stop order (logged as a print job), the preview saves them, and the saved PDF read
back holds every parcel's code in the run's stop order; the manifest and run label too."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from core.printing.payloads import document_code, parcel_code
from core.printing.printlog import PrintRecord
from core.runs.queries import run_view
from tests.support.pdfs import decode, page_texts, render_pages
from tests.support.printing_world import MONDAY, SEAT, make_world
from tests.support.vehicle import select_run, show_day
from tests.support.writes import wrote
from ui.context import AppContext
from ui.operations import Operations
from ui.printing.preview import PrintPreviewDialog
from ui.settings import Settings


@pytest.fixture
def runs_page(qtbot, sqlite_db, tmp_path: Path):  # type: ignore[no-untyped-def]
    from ui.runs.runs_page import RunsPage

    database, run_id, _ids = make_world(sqlite_db)
    context = AppContext.create(Operations(database), Settings(tmp_path / "settings.ini"))
    page = RunsPage(context)
    qtbot.addWidget(page)
    show_day(qtbot, page, MONDAY)  # the runs are read off the GUI thread
    select_run(qtbot, page, SEAT)
    page.show()
    yield page, run_id
    context.close()


def _printed(qtbot, page, action, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """Trigger a print action, wait for its preview and save the PDF through it."""
    before = set(page.findChildren(PrintPreviewDialog))
    wrote(qtbot, page.context.ops, action.trigger, timeout=20_000)
    dialogs = [d for d in page.findChildren(PrintPreviewDialog) if d not in before]
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    out = tmp_path / f"{action.objectName()}.pdf"
    saving = dialogs[0].save_to(out)
    qtbot.waitUntil(lambda: saving.done, timeout=20_000)
    assert saving.error is None, saving.error
    dialogs[0].reject()
    return out


def test_print_labels_action_prints_the_run_in_stop_order(
    qtbot, runs_page, tmp_path, sqlite_db
) -> None:  # type: ignore[no-untyped-def]
    page, run_id = runs_page
    assert page.print_button.defaultAction() is page.print_labels_action
    out = _printed(qtbot, page, page.print_labels_action, tmp_path)
    with sqlite_db.uow(write=False) as uow:
        expected = [row.parcel_id for row in run_view(uow, run_id).parcels]
        logged = set(
            uow.session.scalars(
                select(PrintRecord.subject).where(PrintRecord.kind == "parcel_label")
            )
        )
    assert len(expected) == 9 and logged == {str(i) for i in expected}
    # Read back: each page's human-readable code, and what a scanner decodes, in stop order.
    texts = page_texts(out)
    assert [next(i for i in expected if parcel_code(i) in text) for text in texts] == expected
    scanned = [
        next(t for f, t in decode(image) if t.startswith("P:")) for image in render_pages(out)
    ]
    assert scanned == [parcel_code(i) for i in expected]


def test_manifest_and_run_label_actions(qtbot, runs_page, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page, run_id = runs_page
    manifest = page_texts(_printed(qtbot, page, page.print_manifest_action, tmp_path))
    assert "Run manifest" in manifest[0] and "Run total: 9 parcels, 3 stops" in manifest[-1]
    label = _printed(qtbot, page, page.print_run_label_action, tmp_path)
    assert ("Code128", document_code(run_id)) in decode(render_pages(label)[0])
    day = page_texts(_printed(qtbot, page, page.print_day_action, tmp_path))
    assert "Daily manifest" in day[0] and "措勤县物流配送中心" in day[0]


def test_load_check_dialog_takes_the_printed_label(qtbot, runs_page, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from ui.runs.load_check import LoadCheckDialog

    page, run_id = runs_page
    out = _printed(qtbot, page, page.print_labels_action, tmp_path)
    first = next(t for f, t in decode(render_pages(out)[0]) if t.startswith("P:"))
    dialog = LoadCheckDialog(page.context, run_id, page)
    qtbot.addWidget(dialog)
    dialog.show()

    def burst() -> None:  # the scanner's burst, then Enter
        qtbot.keyClicks(dialog.scan, first)
        qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)

    assert wrote(qtbot, page.context.ops, burst).result.outcome.result == "loaded"
    qtbot.waitUntil(lambda: dialog.counts.text().startswith("Loaded 1 of 9"))  # read again


def test_labels_print_for_the_remembered_printers_bar_reduction(qtbot, runs_page, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A worn head (a dot of gain, a blur) loses the two-dot parcel codes; the printer's
    reduction of one dot, remembered with the printer, is in the labels the action prints."""
    from core.printing.printers import PrinterSetup
    from tests.support.scanners import blurred, gain, render
    from ui.printing.print_settings import PrintSettings

    page, _run_id = runs_page

    def worn_reads() -> int:
        pdf = _printed(qtbot, page, page.print_labels_action, tmp_path).read_bytes()
        image = blurred(gain(render(pdf, 203.2, smooth=False)))
        return sum(t.startswith("P:") for _, t in decode(image))

    settings = PrintSettings(page.context.settings)
    settings.set_printer("parcel_label", "Zebra ZD421 \\\\depot/1")
    assert worn_reads() == 0
    settings.set_setup("Zebra ZD421 \\\\depot/1", PrinterSetup(bar_reduction_dots=1))
    assert PrintSettings(page.context.settings).setup_for("parcel_label").bar_reduction_dots == 1
    assert worn_reads() == 1


def test_the_previews_bar_reduction_redraws_the_labels(qtbot, runs_page, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The clerk raises the bar reduction in the preview (Up in its box): the labels are
    drawn again with bars a dot narrower, and a worn head's print of them scans."""
    from PySide6.QtCore import Qt

    from tests.support.scanners import blurred, gain, render

    page, _run_id = runs_page
    before = set(page.findChildren(PrintPreviewDialog))
    page.print_labels_action.trigger()
    qtbot.waitUntil(
        lambda: any(d not in before for d in page.findChildren(PrintPreviewDialog)), timeout=20_000
    )
    (dialog,) = [d for d in page.findChildren(PrintPreviewDialog) if d not in before]
    assert dialog.reduction_box.isVisible() and dialog.reduction_box.value() == 0
    dialog.reduction_box.setFocus()
    with qtbot.waitSignal(dialog.redrawn, timeout=20_000):
        qtbot.keyClick(dialog.reduction_box, Qt.Key.Key_Up)
    assert dialog.printer_setup().bar_reduction_dots == 1
    out = tmp_path / "reduced.pdf"
    saving = dialog.save_to(out)
    qtbot.waitUntil(lambda: saving.done, timeout=20_000)
    worn = blurred(gain(render(out.read_bytes(), 203.2, smooth=False)))
    assert [t for _, t in decode(worn) if t.startswith("P:")]
    dialog.reject()
