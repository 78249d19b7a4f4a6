"""The review queue and the village points manager, driven with real keys (pytest-qt)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from core.shipping.models import Parcel, PlaceAlias, VillagePoint
from core.uow import Database
from tests.support.places_world import add_parcel, serve_tsochen
from ui.context import AppContext
from ui.operations import Operations
from ui.places.points_page import PointsPage
from ui.places.review_page import ReviewPage
from ui.settings import Settings

JIANGRANG = "542527202"


@pytest.fixture
def review_context(sqlite_db: Database, tmp_path: Path) -> Iterator[AppContext]:
    serve_tsochen(sqlite_db)
    with sqlite_db.uow() as uow:
        add_parcel(uow, "西藏阿里措勤县 帐篷小学旁 3号")
        add_parcel(uow, "幸福路1号")
        add_parcel(uow, "西藏 阿里地区 措勤县 帐篷小学旁 12号")
        uow.commit()
    context = AppContext.create(Operations(sqlite_db), Settings(tmp_path / "settings.ini"))
    yield context
    context.close()


def open_review(qtbot, context: AppContext) -> ReviewPage:  # type: ignore[no-untyped-def]
    """The review page once its first parcel is shown (the queue is read in the background)."""
    page = ReviewPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.parcel_shown, timeout=5000):
        pass
    return page


def open_points(qtbot, context: AppContext) -> PointsPage:  # type: ignore[no-untyped-def]
    """The points manager once its rows have arrived."""
    page = PointsPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.model.ids_arrived, timeout=5000):
        pass
    with qtbot.waitSignal(page.model.rows_arrived, timeout=5000):
        page.model.index(0, 0).data()  # what a view painting the first row asks for
    return page


def test_a_few_keys_and_enter_settle_the_parcel_and_teach_the_alias(
    qtbot, qtmodeltester, review_context: AppContext, sqlite_db: Database
) -> None:  # type: ignore[no-untyped-def]
    page = open_review(qtbot, review_context)
    page.show()
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 3
    first = page.current_parcel()
    assert "帐篷小学旁 3号" in page.address_label.text()

    qtbot.keyClicks(page.picker.filter_edit, "jiangrang")
    assert page.picker.proxy.rowCount() >= 2  # the township and its points
    qtbot.keyClick(page.picker.filter_edit, Qt.Key.Key_Down)
    assert page.picker.list.currentIndex().data() == "措勤县 江让乡 · 江让乡第一村服务点"
    with qtbot.waitSignals([page.parcel_settled, page.parcel_shown], timeout=5000):
        qtbot.keyClick(page.picker.filter_edit, Qt.Key.Key_Return)

    # The twin address was settled by the learned alias: only the bare street is left.
    assert page.model.rowCount() == 1
    assert page.message.text() == (
        "次仁: goes to 措勤县 江让乡 · 江让乡第一村服务点. Addresses like this one now go there "
        "by themselves. 1 other parcel waiting with it settled too."
    )
    assert "幸福路1号" in page.address_label.text()
    with sqlite_db.uow(write=False) as uow:
        parcel = uow.session.get(Parcel, first)
        point = uow.session.scalar(
            select(VillagePoint).where(VillagePoint.name_zh == "江让乡第一村服务点")
        )
        alias = uow.session.scalar(select(PlaceAlias))
        assert parcel is not None and point is not None and alias is not None
        assert (parcel.township_code, parcel.village_point_id, parcel.needs_review) == (
            JIANGRANG,
            point.id,
            False,
        )
        assert (alias.text, alias.township_code, alias.village_point_id) == (
            "帐篷小学旁",
            JIANGRANG,
            point.id,
        )


def test_filter_by_chinese_and_choose_outside(
    qtbot, review_context: AppContext, sqlite_db: Database
) -> None:  # type: ignore[no-untyped-def]
    page = open_review(qtbot, review_context)
    with qtbot.waitSignal(page.parcel_shown, timeout=5000):
        page.table.selectRow(1)  # 幸福路1号
    # Chinese arrives from the input method as a committed string, not as key presses.
    commit = QInputMethodEvent()
    commit.setCommitString("邮政")
    QApplication.sendEvent(page.picker.filter_edit, commit)
    assert page.picker.proxy.rowCount() == 1
    with qtbot.waitSignals([page.parcel_settled, page.queue_shown], timeout=5000):
        qtbot.keyClick(page.picker.filter_edit, Qt.Key.Key_Return)
    assert page.model.rowCount() == 2
    with sqlite_db.uow(write=False) as uow:
        routes = {p.address: p.route for p in uow.session.scalars(select(Parcel))}
    assert routes["幸福路1号"] == "postal"


def test_points_manager_lists_and_imports(
    qtbot, qtmodeltester, review_context: AppContext, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    page = open_points(qtbot, review_context)
    qtmodeltester.check(page.model)
    before = page.model.rowCount()
    assert before == 4
    path = tmp_path / "points.csv"
    path.write_text("township,name_zh\n曲洛乡,曲洛乡第七村服务点\n", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(
        "ui.places.points_page.QMessageBox.information", lambda *args: shown.append(args[2])
    )
    operation_done = review_context.ops.operation_finished
    with qtbot.waitSignals([operation_done, page.model.ids_arrived], timeout=5000):
        page.import_file(str(path))
    assert page.model.rowCount() == before + 1
    assert shown and "1" in shown[0]


def test_clerk_enters_a_townships_tibetan_name(
    qtbot, review_context: AppContext, monkeypatch, sqlite_db: Database
) -> None:  # type: ignore[no-untyped-def]
    from core.shipping.models import Division
    from ui.places.points_page import TownshipNamesDialog

    def fill(dialog: TownshipNamesDialog) -> int:
        dialog.township.setCurrentIndex(dialog.township.findData("542527203"))
        assert dialog.name_bo.text() == ""  # unknown until a clerk enters it
        dialog.name_bo.setText("ཏ་ཞུང་ཤང་")  # a test value, not the real name
        return int(TownshipNamesDialog.DialogCode.Accepted)

    monkeypatch.setattr(TownshipNamesDialog, "exec", fill)
    page = PointsPage(review_context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(review_context.ops.operation_finished, timeout=5000):
        page.township_button.click()
    with sqlite_db.uow(write=False) as uow:
        township = uow.session.get(Division, "542527203")
        assert township is not None and township.name_bo == "ཏ་ཞུང་ཤང་"


QULUO_POINTS = ["曲洛乡第十村服务点", "曲洛乡第三村服务点", "曲洛乡第十一村服务点"]
QULUO_ORDER = [
    "曲洛乡第二村服务点",
    "曲洛乡第三村服务点",
    "曲洛乡第十村服务点",
    "曲洛乡第十一村服务点",
]


def _add_quluo_points(db: Database) -> None:
    from core.places.village_points import add_village_point

    with db.uow() as uow:
        for name in QULUO_POINTS:
            add_village_point(uow, "542527201", name)
        uow.commit()


def test_the_picker_lists_points_as_a_person_counts_them(
    qtbot, review_context: AppContext, sqlite_db: Database
) -> None:  # type: ignore[no-untyped-def]
    _add_quluo_points(sqlite_db)
    page = open_review(qtbot, review_context)
    page.show()
    with qtbot.waitSignal(page.parcel_shown, timeout=5000):
        page.table.selectRow(1)  # 幸福路1号: no candidate goes first
    qtbot.keyClicks(page.picker.filter_edit, "quluo")
    shown = [page.picker.proxy.index(r, 0).data() for r in range(page.picker.proxy.rowCount())]
    points = [label.split(" · ")[1] for label in shown if " · " in label]
    assert points == QULUO_ORDER


def test_the_points_manager_lists_points_as_a_person_counts_them(
    qtbot, review_context: AppContext, sqlite_db: Database
) -> None:  # type: ignore[no-untyped-def]
    from ui.places.points_model import column_of

    _add_quluo_points(sqlite_db)
    page = open_points(qtbot, review_context)
    names = [page.model.index(r, column_of("name_zh")).data() for r in range(page.model.rowCount())]
    assert [n for n in names if n.startswith("曲洛乡")] == QULUO_ORDER


def test_the_points_manager_keeps_the_clerks_row_when_another_point_changes(
    qtbot, qtmodeltester, review_context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    from core.places.village_points import rename_village_point
    from tests.support.person import press, show_active
    from ui.places.points_model import column_of

    page = open_points(qtbot, review_context)
    show_active(qtbot, page)
    qtmodeltester.check(page.model)
    name = page.model.index(2, column_of("name_zh"))
    press(qtbot, page.table.viewport(), page.table.visualRect(name).center())
    chosen = page.selected()
    other = page.model.row_at(0)
    assert chosen is not None and other is not None and chosen.id != other.id

    with qtbot.waitSignals([page.model.ids_arrived, page.model.rows_arrived], timeout=5000):
        review_context.ops.run(
            lambda uow: rename_village_point(uow, other.id, name_zh=other.name_zh + "（新）")
        )

    row = page.model.row_of(other.id)
    assert page.model.index(row, column_of("name_zh")).data() == other.name_zh + "（新）"
    assert page.selected() == chosen
    assert [page.model.id_at(i.row()) for i in page.table.selectionModel().selectedRows()] == [
        chosen.id
    ]
