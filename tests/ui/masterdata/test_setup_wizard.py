"""The setup wizard's promises: every step skippable, closing half-way keeps what was
confirmed, a database server is tested before it is accepted, and the main window's bar
says what to do next."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from core.masterdata import bins, centers
from core.masterdata.setup import NextStep, SetupState
from core.uow import Database
from tests.support.person import press, show_active, type_slowly
from tests.support.postgres import PG_ADMIN
from ui.context import AppContext
from ui.masterdata.next_step import NextStepBar
from ui.masterdata.setup_wizard import SetupWizard, Step
from ui.operations import Operations
from ui.settings import Settings


@pytest.fixture
def empty_context(sqlite_db: Database, tmp_path: Path) -> Iterator[AppContext]:
    context = AppContext.create(Operations(sqlite_db), Settings(tmp_path / "settings.ini"))
    yield context
    context.close()


def start(qtbot, context: AppContext, step: Step = Step.LANGUAGE) -> SetupWizard:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(context, SetupState("", 0, 0), start=step)
    qtbot.addWidget(wizard)
    show_active(qtbot, wizard)
    return wizard


def fill(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, edit)
    qtbot.waitUntil(edit.hasFocus)
    type_slowly(qtbot, text)


def press_next(qtbot, wizard: QWizard) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def test_every_step_can_be_skipped_and_nothing_is_written(qtbot, empty_context, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    wizard = start(qtbot, empty_context, Step.CENTER)
    for step in (Step.BINS, Step.PRODUCTS, Step.SCHEDULES, Step.PRINTERS):
        press_next(qtbot, wizard)
        qtbot.waitUntil(lambda step=step: wizard.currentId() == int(step))
    assert sqlite_db.run(centers.center_rows, write=False) == []


def test_closing_half_way_keeps_the_center_confirmed(qtbot, empty_context, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    wizard = start(qtbot, empty_context, Step.CENTER)
    fill(qtbot, wizard.center_page.code, "TSC")
    fill(qtbot, wizard.center_page.name_zh, "措勤")
    press_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == int(Step.BINS), timeout=10_000)
    fill(qtbot, wizard.bins_page.codes, "A-01:A-09")
    wizard.reject()  # the window closed before the rack was confirmed
    assert [c.code for c in sqlite_db.run(centers.center_rows, write=False)] == ["TSC"]
    assert sqlite_db.run(lambda uow: bins.bin_rows(uow, "TSC"), write=False) == []
    bar = NextStepBar(empty_context)
    qtbot.addWidget(bar)
    with qtbot.waitSignal(bar.read, timeout=10_000) as read:
        bar.refresh()
    assert read.args[0].next_step == NextStep.BINS and "TSC has no bins" in bar.text.text()


def test_a_refused_step_says_why_and_stays(qtbot, empty_context) -> None:  # type: ignore[no-untyped-def]
    wizard = start(qtbot, empty_context, Step.CENTER)
    fill(qtbot, wizard.center_page.code, "TSC")
    fill(qtbot, wizard.center_page.name_zh, "措勤")
    fill(qtbot, wizard.center_page.county, "5425")
    press_next(qtbot, wizard)
    message = wizard.center_page.message
    qtbot.waitUntil(lambda: "6-digit" in message.text(), timeout=10_000)
    assert wizard.currentId() == int(Step.CENTER)


@pytest.mark.postgres
def test_a_server_is_tested_before_it_is_accepted(qtbot, empty_context, pg_url) -> None:  # type: ignore[no-untyped-def]
    wizard = start(qtbot, empty_context, Step.DATABASE)
    page = wizard.currentPage()
    fill(qtbot, page.url, PG_ADMIN)  # the server's own `postgres` database: refused
    press(qtbot, page.test_button)
    qtbot.waitUntil(
        lambda: "postgres" in page.message.text() and "answered" not in page.message.text(),
        timeout=15_000,
    )
    press_next(qtbot, wizard)
    assert wizard.currentId() == int(Step.DATABASE) and "Test the connection" in page.message.text()
    page.url.clear()
    fill(qtbot, page.url, pg_url)
    press(qtbot, page.test_button)
    qtbot.waitUntil(lambda: "answered" in page.message.text(), timeout=15_000)
    press_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == int(Step.RESTART))
    assert empty_context.settings.database_url == pg_url
