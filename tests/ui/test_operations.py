"""The operation helper: worker thread, commit or roll back, errors, Changes, progress, cancel."""

from __future__ import annotations

import threading

import pytest
from fixed_clock import TickingClock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget
from sqlalchemy import text

from core.changes import Changes
from core.errors import InsufficientStock
from core.inventory import catalog, services
from core.storage.engine import make_engine
from core.uow import Database
from tests.ui.conftest import fill_stock, move_count
from ui.context import AppContext
from ui.settings import Settings


def receive(uow, quantity=5):  # type: ignore[no-untyped-def]
    return services.receive(uow, center="TSC", bin="A-01", sku="CSH-SCF-01", quantity=quantity)


def test_a_write_commits_on_the_worker_and_announces_its_changes(qtbot, context):
    before = move_count(context.db)
    threads: list[str] = []
    results: list[object] = []

    def job(uow):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return receive(uow)

    def on_success(result: object) -> None:
        results.append((threading.current_thread() is threading.main_thread(), result))

    with qtbot.waitSignal(context.bus.changes_applied) as announced:
        operation = context.ops.run(job, on_success=on_success)
    assert threads[0].startswith("depot-core") and threads[0] != threading.main_thread().name
    assert isinstance(announced.args[0], Changes) and announced.args[0].stock
    assert results == [(True, announced.args[0])]  # callbacks run on the GUI thread
    assert operation.done and operation.error is None
    assert move_count(context.db) == before + 1


def test_a_core_error_rolls_back_everything_and_comes_back_translated(qtbot, context):
    before = move_count(context.db)
    messages: list[str] = []

    def job(uow):  # type: ignore[no-untyped-def]
        receive(uow)  # written first...
        return services.move_stock(uow, center="TSC", from_bin="A-01", to_bin="B-01",
                                   sku="CSH-SCF-01", quantity=9999)  # ...then refused

    with qtbot.waitSignal(context.ops.operation_finished) as finished, \
            qtbot.assertNotEmitted(context.bus.changes_applied):
        context.ops.run(job, on_failure=messages.append)
    operation = finished.args[0]
    assert isinstance(operation.error, InsufficientStock)
    assert messages == [operation.message]
    assert "CSH-SCF-01" in messages[0] and "9999" in messages[0]
    assert move_count(context.db) == before  # the receipt before the error was rolled back


def test_writes_run_one_at_a_time_in_submission_order(qtbot, context):
    order: list[int] = []
    active = []
    overlap = []

    def job(n):  # type: ignore[no-untyped-def]
        def run(uow):  # type: ignore[no-untyped-def]
            active.append(n)
            overlap.append(len(active) > 1)
            changes = receive(uow, quantity=n)
            order.append(n)
            active.remove(n)
            return changes
        return run

    operations = [context.ops.run(job(n)) for n in range(1, 6)]
    with qtbot.waitSignal(operations[-1].finished):
        pass
    assert order == [1, 2, 3, 4, 5] and not any(overlap)


def test_a_slow_job_shows_progress_and_cancel_rolls_it_back(qtbot, context):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    before = move_count(context.db)
    started = threading.Event()

    def job(uow, progress, cancelled):  # type: ignore[no-untyped-def]
        changes = receive(uow)
        started.set()
        while not cancelled():
            progress(0.5, "half way")
            threading.Event().wait(0.01)  # the worker polls like a real import would
        return changes

    operation = context.ops.run(job, parent=parent, title="Import", long_job=True)

    def dialog() -> QProgressDialog | None:
        found = [w for w in QApplication.topLevelWidgets() + parent.findChildren(QProgressDialog)
                 if isinstance(w, QProgressDialog) and w.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: dialog() is not None, timeout=3000)
    qtbot.waitUntil(lambda: dialog().value() == 500, timeout=3000)
    assert dialog().labelText() == "half way"
    with qtbot.waitSignal(operation.finished, timeout=5000), \
            qtbot.assertNotEmitted(context.bus.changes_applied):
        qtbot.mouseClick(dialog().findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert operation.cancelled and "nothing was saved" in operation.message.lower()
    assert move_count(context.db) == before
    assert dialog() is None


def test_a_quick_job_shows_no_dialog(qtbot, context):
    parent = QWidget()
    qtbot.addWidget(parent)
    with qtbot.waitSignal(context.ops.run(receive, parent=parent).finished):
        pass
    assert not parent.findChildren(QProgressDialog)


def test_reads_run_in_a_read_only_unit_of_work(context):
    centers = context.ops.read(lambda uow: catalog.get_center(uow.session, "GAR").name_zh)
    assert centers == "噶尔"
    before = move_count(context.db)
    context.ops.read(receive)  # read() never commits: whatever fn wrote is rolled back
    assert move_count(context.db) == before


@pytest.mark.postgres
def test_a_write_the_server_cancels_for_a_deadlock_is_run_again(qtbot, pg_url, tmp_path):
    """Two desks posting at once on PostgreSQL: the one the server picks as the deadlock
    victim is run again by the window, as by the command line, and saved once."""
    db = fill_stock(Database(make_engine(pg_url), clock=TickingClock()))
    context = AppContext.create(db, Settings(tmp_path / "settings.ini"))
    runs: list[int] = []
    failures: list[str] = []

    def job(uow):  # type: ignore[no-untyped-def]
        runs.append(1)
        changes = receive(uow)
        if len(runs) == 1:  # what the server does to a deadlock's victim, after it wrote
            uow.session.execute(text(
                "DO $$ BEGIN RAISE EXCEPTION 'deadlock' USING ERRCODE = '40P01'; END $$"))
        return changes

    before = move_count(db)
    try:
        with qtbot.waitSignal(context.ops.operation_finished, timeout=10_000) as finished:
            context.ops.run(job, on_failure=failures.append)
        assert finished.args[0].error is None and failures == []
        assert len(runs) == 2
        assert move_count(db) == before + 1  # the cancelled run left nothing behind
    finally:
        context.close()
        db.dispose()
