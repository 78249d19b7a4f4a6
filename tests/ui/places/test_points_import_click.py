"""Import CSV… on the Village points page, pressed like a person: the file dialog opens in
the folder of the last file chosen, the clerk picks the file, it is imported."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from core.shipping.models import VillagePoint
from core.uow import Database
from tests.support.person import pick_file, press, show_active, when_shown
from tests.support.places_world import serve_tsochen
from ui.context import AppContext
from ui.operations import Operations
from ui.places.points_page import PointsPage
from ui.settings import Settings


@pytest.fixture
def context(sqlite_db: Database, tmp_path: Path) -> Iterator[AppContext]:
    serve_tsochen(sqlite_db)
    context = AppContext.create(Operations(sqlite_db), Settings(tmp_path / "settings.ini"))
    yield context
    context.close()


def _names(db: Database) -> list[str]:
    with db.uow(write=False) as uow:
        return list(uow.session.scalars(select(VillagePoint.name_zh)))


def test_import_csv_pressed_opens_the_dialog_and_imports_the_file_picked(
    qtbot, context: AppContext, tmp_path: Path, sqlite_db
) -> None:  # type: ignore[no-untyped-def]
    exports = tmp_path / "exports"
    exports.mkdir()
    points = exports / "points.csv"
    points.write_text("township,name_zh\n曲洛乡,曲洛乡第七村服务点\n", encoding="utf-8")
    context.settings.last_folder = str(exports)  # the clerk imported from here before
    page = PointsPage(context)
    qtbot.addWidget(page)
    show_active(qtbot, page)

    opened_in: list[str] = []

    def choose(dialog) -> None:  # type: ignore[no-untyped-def]
        opened_in.append(dialog.directory().absolutePath())
        pick_file(points)(dialog)

    said: list[str] = []
    dialogs = when_shown(QFileDialog, choose)
    boxes = when_shown(QMessageBox, lambda box: (said.append(box.text()), box.accept()))
    press(qtbot, page.import_button)
    assert len(dialogs) == 1 and opened_in == [str(exports)]
    qtbot.waitUntil(lambda: "曲洛乡第七村服务点" in _names(sqlite_db), timeout=20_000)
    qtbot.waitUntil(lambda: len(boxes) == 1, timeout=20_000)
    assert said == ["1 added, 0 updated."]
    assert context.settings.last_folder == str(exports)
