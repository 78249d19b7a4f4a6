"""Another layout in the print preview is the same print job drawn again: a first print
stays a first print (no REPRINT mark), nothing is logged twice, and the PDF is drawn off
the GUI thread. A second print from the action is a reprint, marked on every label."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select

from core.printing.layouts import available_layouts
from core.printing.printlog import PrintRecord
from tests.support.pdfs import page_texts
from tests.support.person import choose, show_active
from tests.support.printing_world import make_world
from ui.context import AppContext
from ui.operations import Operations
from ui.printing.actions import print_run_labels
from ui.printing.preview import PrintPreviewDialog
from ui.settings import Settings


@pytest.fixture
def desk(qtbot, sqlite_db, tmp_path: Path):  # type: ignore[no-untyped-def]
    database, run_id, _ids = make_world(sqlite_db)
    context = AppContext.create(Operations(database), Settings(tmp_path / "settings.ini"))
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    yield context, database, run_id, owner
    context.close()


def _preview(qtbot, context, run_id, owner) -> PrintPreviewDialog:  # type: ignore[no-untyped-def]
    before = set(owner.findChildren(PrintPreviewDialog))
    with qtbot.waitSignal(context.ops.operation_finished, timeout=20_000):
        printing = print_run_labels(context, run_id, owner)
    assert printing.error is None, printing.error
    (dialog,) = [d for d in owner.findChildren(PrintPreviewDialog) if d not in before]
    return dialog


def _logged(database) -> int:  # type: ignore[no-untyped-def]
    with database.uow(write=False) as uow:
        return uow.session.scalar(select(func.count()).select_from(PrintRecord)) or 0


def test_a_first_print_in_another_layout_is_no_reprint(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    context, database, run_id, owner = desk
    dialog = _preview(qtbot, context, run_id, owner)
    first_layout = dialog.layout_box.currentText()
    first = page_texts(dialog.pages.data)
    assert len(first) == 9 and not any("REPRINT" in text for text in first)
    assert _logged(database) == 9

    show_active(qtbot, dialog)
    first_data = dialog.pages.data
    other = next(name for name in sorted(available_layouts("parcel")) if name != first_layout)
    choose(qtbot, dialog.layout_box, other)
    qtbot.waitUntil(lambda: dialog.pages.data != first_data, timeout=20_000)
    redrawn = page_texts(dialog.pages.data)
    assert len(redrawn) >= 1 and not any("REPRINT" in text for text in redrawn)
    qtbot.waitUntil(dialog.print_button.isEnabled)
    assert _logged(database) == 9  # the same job: nothing logged twice
    dialog.reject()

    again = _preview(qtbot, context, run_id, owner)  # a second print is a reprint
    texts = page_texts(again.pages.data)
    assert len(texts) >= 1 and all("REPRINT" in text for text in texts)
    again.reject()
