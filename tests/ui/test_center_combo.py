"""Every area's center chooser starts at this PC's home center."""

from __future__ import annotations

import pytest

from core.inventory import catalog
from ui.center_combo import CenterCombo
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.settings import Settings


@pytest.fixture
def context(sqlite_db, tmp_path):
    with sqlite_db.uow() as uow:
        catalog.create_center(uow, code="GGY", name_zh="革吉（示例）", illustrative=True)
        catalog.create_center(uow, code="TSC", name_zh="措勤")
        catalog.create_center(uow, code="GTS", name_zh="改则（示例）", illustrative=True)
        uow.commit()
    ctx = AppContext.create(Operations(sqlite_db), Settings(tmp_path / "settings.ini"))
    yield ctx
    ctx.close()


def test_without_a_home_center_the_first_real_center_is_chosen(qtbot, context):
    combo = CenterCombo(context)
    qtbot.addWidget(combo)
    assert combo.code == "TSC"
    assert [combo.itemData(i) for i in range(combo.count())] == ["GGY", "GTS", "TSC"]


def test_the_home_center_chosen_in_the_menu_is_preselected_everywhere(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    actions = {a.data(): a for a in window.home_center_menu.actions()}
    assert actions["TSC"].isChecked()
    actions["GTS"].trigger()
    assert context.settings.home_center == "GTS"
    combo = CenterCombo(context)
    qtbot.addWidget(combo)
    assert combo.code == "GTS"
    everything = CenterCombo(context, all_centers=True, preselect=False)
    qtbot.addWidget(everything)
    assert everything.code == ""
