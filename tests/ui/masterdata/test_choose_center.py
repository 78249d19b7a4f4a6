"""A second PC joining a database that has centers already (a shared PostgreSQL): the
next-step bar asks to choose this PC's center, with a button, and the wizard's center
page offers the existing centers, so the clerk picks one instead of creating another."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from core.masterdata import centers
from core.masterdata.setup import NextStep, setup_state
from core.uow import Database
from tests.support.person import choose, press, show_active
from ui.context import AppContext
from ui.masterdata.next_step import NextStepBar
from ui.masterdata.setup_wizard import SetupWizard, Step
from ui.operations import Operations
from ui.settings import Settings


@pytest.fixture
def joining(sqlite_db: Database, tmp_path: Path) -> Iterator[AppContext]:
    """Two centers made by other PCs; this PC has chosen none."""
    for code in ("GER", "TSC"):
        sqlite_db.run(lambda uow, code=code: centers.add_center(uow, code=code, name_zh=code))
    context = AppContext.create(Operations(sqlite_db), Settings(tmp_path / "settings.ini"))
    yield context
    context.close()


def test_the_bar_asks_to_choose_this_pcs_center_and_its_button_opens_the_choice(
    qtbot, joining: AppContext
) -> None:  # type: ignore[no-untyped-def]
    bar = NextStepBar(joining)
    qtbot.addWidget(bar)
    with qtbot.waitSignal(bar.read, timeout=10_000) as read:
        bar.refresh()
    assert read.args[0].next_step == NextStep.CHOOSE_CENTER
    assert "Choose this PC's center" in bar.text.text() and "no center" not in bar.text.text()
    show_active(qtbot, bar)
    press(qtbot, bar.button)
    qtbot.waitUntil(lambda: any(isinstance(w, SetupWizard) for w in _windows()), timeout=10_000)
    (wizard,) = [w for w in _windows() if isinstance(w, SetupWizard)]
    assert wizard.currentId() == int(Step.CENTER)
    assert wizard.center_page.existing.isVisible()
    wizard.reject()


def test_the_center_page_picks_an_existing_center_as_this_pcs(
    qtbot, joining: AppContext, sqlite_db: Database
) -> None:  # type: ignore[no-untyped-def]
    state = sqlite_db.run(lambda uow: setup_state(uow, ""), write=False)
    wizard = SetupWizard(joining, state, start=Step.CENTER)
    qtbot.addWidget(wizard)
    show_active(qtbot, wizard)
    page = wizard.center_page
    assert [page.existing.itemText(i) for i in range(1, page.existing.count())] == ["GER", "TSC"]
    choose(qtbot, page.existing, "TSC")
    assert not page.code.isEnabled()
    with qtbot.waitSignal(joining.bus.home_center_changed, timeout=10_000) as changed:
        press(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert changed.args == ["TSC"] and joining.settings.home_center == "TSC"
    qtbot.waitUntil(lambda: wizard.currentId() == int(Step.BINS), timeout=10_000)
    assert [c.code for c in sqlite_db.run(centers.center_rows, write=False)] == ["GER", "TSC"]
    after = sqlite_db.run(lambda uow: setup_state(uow, "TSC"), write=False)
    assert after.next_step == NextStep.BINS


def _windows() -> list[object]:
    from PySide6.QtWidgets import QApplication

    return list(QApplication.topLevelWidgets())
