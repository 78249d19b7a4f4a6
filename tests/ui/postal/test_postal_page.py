"""The postal desk as a clerk uses it: a tracking number scanned onto a parcel (a bad one
refused with the digit it should have), the post office's file imported, the day's sheet
exported, the handover closed by clicks (its manifest's barcode decoded) and printed
again (REPRINT). Reads and writes go through the operation helper."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.postal import export
from core.postal.templates import shipped_templates
from core.printing.payloads import DOCUMENT_PREFIX
from core.shipping.models import Parcel
from tests.support.order_files import write_csv
from tests.support.pdfs import decode, page_texts, render_pages
from tests.support.person import pick_file, press, scan, show_active, type_into, when_shown
from tests.support.postal_world import postal_parcels
from tests.support.runs_world import World
from tests.support.writes import settled
from ui.context import AppContext
from ui.operations import Operations
from ui.postal.postal_page import PostalPage
from ui.settings import Settings


@pytest.fixture
def page(qtbot, sqlite_world: World, tmp_path: Path) -> Iterator[PostalPage]:  # type: ignore[no-untyped-def]
    postal_parcels(sqlite_world, 2)
    context = AppContext.create(Operations(sqlite_world.db), Settings(tmp_path / "settings.ini"))
    widget = PostalPage(context)
    widget.resize(1100, 760)
    with qtbot.waitSignal(widget.desk_read, timeout=10_000):
        show_active(qtbot, widget)
    yield widget
    widget.close()
    context.close()


def numbers(page: PostalPage) -> list[str]:
    return [row.number for row in page.waiting.rows]


def test_a_scanned_tracking_number_goes_on_the_parcel(
    qtbot, qtmodeltester, page, sqlite_world
) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.waiting)
    first = numbers(page)[0]
    type_into(qtbot, page.parcel_field, first.lower())
    qtbot.keyClick(page.parcel_field, Qt.Key.Key_Return)
    assert page.tracking_field.hasFocus()
    scan(qtbot, "EA123456784CN")
    settled(qtbot, page.context.ops)
    assert "check digit should be 5" in page.message.text()
    page.tracking_field.clear()
    scan(qtbot, "EA123456785CN")
    settled(qtbot, page.context.ops)
    assert page.waiting_row(first).tracking == "EA123456785CN"  # type: ignore[union-attr]
    assert page.parcel_field.hasFocus() and page.parcel_field.text() == ""
    with sqlite_world.uow() as uow:
        stored = uow.session.query(Parcel.tracking).filter(Parcel.number == first).scalar()
    assert stored == "EA123456785CN"


def test_import_export_close_and_reprint(qtbot, page, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first, second = numbers(page)
    sheet = write_csv(
        tmp_path / "back.csv",
        ["内件号", "邮件号"],
        [[first, "EA123456785CN"], [second, "EA123456799CN"], ["TSC-0101-0001", "EA1"]],
        "gb18030",
    )
    page.import_file(str(sheet))
    settled(qtbot, page.context.ops)
    assert "2 tracking numbers put on parcels, 0 unchanged." in page.message.text()
    assert "Line 4:" in page.message.text()
    assert {r.tracking for r in page.waiting.rows} == {"EA123456785CN", "EA123456799CN"}

    out = tmp_path / "ems.csv"
    page.export_to(str(out))
    settled(qtbot, page.context.ops)
    rows = export.read_back(out, shipped_templates()["ems-bulk"])
    assert [r["内件号"] for r in rows] == [first, second]

    manifest = tmp_path / "handover.pdf"
    type_into(qtbot, page.worker_field, "Tsering")
    answered = when_shown(
        QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click()
    )
    chosen = when_shown(QFileDialog, pick_file(manifest))
    press(qtbot, page.close_button)
    qtbot.waitUntil(lambda: len(page.handovers.rows) == 1, timeout=10_000)
    assert answered and chosen and page.waiting.rows == []
    codes = [t for f, t in decode(render_pages(manifest, dpi=300)[0]) if f == "Code128"]
    assert len(codes) == 1 and codes[0].startswith(DOCUMENT_PREFIX)
    assert "Tsering" in page_texts(manifest)[0] and "Handover" in page.message.text()

    page.handovers_table.selectRow(0)
    again = tmp_path / "again.pdf"
    page.reprint(str(again))
    settled(qtbot, page.context.ops)
    assert "REPRINT" in page_texts(again)[0]
