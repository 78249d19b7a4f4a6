"""The labels offered after a receipt is posted: a model of its lines, counts typed in."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.inventory import documents
from core.printing.sources import receipt_label_lines
from tests.support.inventory_depot import FRESH, SCARF_EAN
from tests.support.person import press, show_active, type_slowly
from ui.inventory.receipt_labels import LABELS, LabelCountsModel, ReceiptLabelsDialog


def _posted(db):  # type: ignore[no-untyped-def]
    with db.uow() as uow:
        saved = documents.create_receipt(uow, center="TSC", supplier="措勤县牧民合作社")
        documents.add_receipt_line(uow, saved.document_id, code=SCARF_EAN, quantity=3, bin="A-01")
        documents.add_receipt_line(
            uow,
            saved.document_id,
            code="SNC-CRM",
            quantity=2,
            bin="A-02",
            lot="2411A",
            expiry=FRESH,
        )
        documents.post_receipt(uow, saved.document_id)
        uow.commit()
    return saved


def test_counts_start_one_per_unit_and_a_typed_count_is_kept(
    qtbot, qtmodeltester, context, sqlite_db
):
    saved = _posted(sqlite_db)
    with sqlite_db.uow(write=False) as uow:
        lines = receipt_label_lines(uow, saved.document_id)
    dialog = ReceiptLabelsDialog(context, lines, saved.number)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    # A model of the same lines of its own: the tester outlives the dialog's.
    qtmodeltester.check(LabelCountsModel(list(dialog.lines)), force_py=True)
    assert dialog.model.counts == [3, 2] and "5" in dialog.total.text()

    table = dialog.table
    press(qtbot, table.viewport(), table.visualRect(dialog.model.index(1, LABELS)).center())
    qtbot.waitUntil(
        lambda: (
            table.indexWidget(dialog.model.index(1, LABELS)) is not None
            or table.focusWidget() is not table
        ),
        timeout=2000,
    )
    editor = table.focusWidget()
    editor.selectAll()  # type: ignore[union-attr]
    type_slowly(qtbot, "7", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.counts == [3, 7], timeout=2000)
    assert dialog.references() == ["CSH-001"] * 3 + ["SNC-CRM:2411A"] * 7
    assert "10" in dialog.total.text()

    press(qtbot, dialog.per_line_button)
    assert dialog.model.counts == [1, 1] and dialog.print_button.isEnabled()
    dialog.model.set_count(0, 0)
    dialog.model.set_count(1, 0)
    assert not dialog.print_button.isEnabled()
    dialog.model.set_count(0, 100_000)  # held to a roll of labels
    assert dialog.model.counts[0] == 9999
