"""The operation helper: worker thread, commit or roll back, errors, Changes, progress, cancel."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget
from sqlalchemy import text

from core.changes import Changes
from core.errors import InsufficientStock
from core.inventory import catalog, services
from core.storage.engine import make_engine
from core.uow import Database
from tests.support.fixed_clock import TickingClock
from tests.support.person import HOLD_MS
from tests.support.stock_depot import fill_stock, move_count
from ui.context import AppContext
from ui.error_messages import describe
from ui.operations import Operation, Operations, stage_text
from ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def receive(uow, quantity=5):  # type: ignore[no-untyped-def]
    return services.receive(uow, center="TSC", bin="A-01", sku="CSH-SCF-01", quantity=quantity)


def test_a_write_commits_on_the_worker_and_announces_its_changes(qtbot, context, stock_db):
    before = move_count(stock_db)
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
    assert move_count(stock_db) == before + 1


def test_a_core_error_rolls_back_everything_and_comes_back_translated(qtbot, context, stock_db):
    before = move_count(stock_db)
    messages: list[str] = []

    def job(uow):  # type: ignore[no-untyped-def]
        receive(uow)  # written first...
        return services.move_stock(
            uow, center="TSC", from_bin="A-01", to_bin="B-01", sku="CSH-SCF-01", quantity=9999
        )  # ...then refused

    # assertNotEmitted outside: it must still be listening while waitSignal runs the loop
    with (
        qtbot.assertNotEmitted(context.bus.changes_applied),
        qtbot.waitSignal(context.ops.operation_finished) as finished,
    ):
        context.ops.run(job, on_failure=messages.append)
    operation = finished.args[0]
    assert isinstance(operation.error, InsufficientStock)
    assert messages == [operation.message]
    assert "CSH-SCF-01" in messages[0] and "9999" in messages[0]
    assert move_count(stock_db) == before  # the receipt before the error was rolled back


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


def test_a_slow_job_shows_progress_and_cancel_rolls_it_back(qtbot, context, stock_db):
    """Cancel is pressed while reports the worker sent are still queued for the GUI thread
    (a loaded machine runs the worker ahead of the window): the dialog stays closed."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    before = move_count(stock_db)
    behind = threading.Event()  # the GUI thread is blocked: reports pile up
    piled_up = threading.Event()

    def job(uow, progress, cancelled):  # type: ignore[no-untyped-def]
        changes = receive(uow)
        queued = 0
        while not cancelled():
            progress(0.5, "half way")
            if behind.is_set():
                queued += 1
                if queued == 5:
                    piled_up.set()
            threading.Event().wait(0.01)  # the worker polls like a real import would
        return changes

    operation = context.ops.run(job, parent=parent, title="Import", long_job=True)

    def dialog() -> QProgressDialog | None:
        found = [
            w
            for w in QApplication.topLevelWidgets() + parent.findChildren(QProgressDialog)
            if isinstance(w, QProgressDialog) and w.isVisible()
        ]
        return found[0] if found else None

    qtbot.waitUntil(lambda: dialog() is not None and dialog().value() == 500, timeout=20_000)
    shown = dialog()
    assert shown is not None and shown.labelText() == "half way"
    cancel = shown.findChild(QPushButton)
    left = Qt.MouseButton.LeftButton
    qtbot.mousePress(cancel, left)
    qtbot.wait(HOLD_MS)
    behind.set()
    assert piled_up.wait(20)  # the GUI thread is held up here, as a busy one would be
    with (
        qtbot.assertNotEmitted(context.bus.changes_applied),
        qtbot.waitSignal(operation.finished, timeout=20_000),
    ):
        qtbot.mouseRelease(cancel, left)
    assert operation.cancelled and "nothing was saved" in operation.message.lower()
    assert move_count(stock_db) == before
    assert dialog() is None  # the queued reports did not bring it back


def test_a_quick_job_shows_no_dialog(qtbot, context):
    parent = QWidget()
    qtbot.addWidget(parent)
    with qtbot.waitSignal(context.ops.run(receive, parent=parent).finished):
        pass
    assert not parent.findChildren(QProgressDialog)


def test_reads_run_in_a_read_only_unit_of_work(context, stock_db):
    centers = context.ops.read(lambda uow: catalog.get_center(uow.session, "GAR").name_zh)
    assert centers == "噶尔"
    before = move_count(stock_db)
    context.ops.read(receive)  # read() never commits: whatever fn wrote is rolled back
    assert move_count(stock_db) == before


@pytest.mark.postgres
def test_a_write_the_server_cancels_for_a_deadlock_is_run_again(qtbot, pg_url, tmp_path):
    """Two desks posting at once on PostgreSQL: the one the server picks as the deadlock
    victim is run again by the window, as by the command line, and saved once."""
    db = fill_stock(Database(make_engine(pg_url), clock=TickingClock()))
    context = AppContext.create(Operations(db), Settings(tmp_path / "settings.ini"))
    runs: list[int] = []
    failures: list[str] = []

    def job(uow):  # type: ignore[no-untyped-def]
        runs.append(1)
        changes = receive(uow)
        if len(runs) == 1:  # what the server does to a deadlock's victim, after it wrote
            uow.session.execute(
                text("DO $$ BEGIN RAISE EXCEPTION 'deadlock' USING ERRCODE = '40P01'; END $$")
            )
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


# -- typed results, exceptions to on_error, long jobs with their own bar ----------------------
def test_success_gets_the_very_result_and_failure_the_exception_with_its_sentence(qtbot, context):
    got: list[Changes] = []
    errors: list[tuple[BaseException, str]] = []

    def typed(changes: Changes) -> None:  # what fn returns, not `object`
        got.append(changes)

    with qtbot.waitSignal(context.ops.operation_finished):
        written = context.ops.run(receive, on_success=typed)
    assert got == [written.result] and isinstance(got[0], Changes) and got[0].stock

    def refused(uow):  # type: ignore[no-untyped-def]
        return services.move_stock(
            uow, center="TSC", from_bin="A-01", to_bin="B-01", sku="CSH-SCF-01", quantity=9999
        )

    with (
        qtbot.assertNotEmitted(context.bus.changes_applied),
        qtbot.waitSignal(context.ops.operation_finished),
    ):
        failed = context.ops.run(refused, on_error=lambda error, text: errors.append((error, text)))
    assert len(errors) == 1 and errors[0][0] is failed.error
    assert isinstance(errors[0][0], InsufficientStock) and errors[0][0].requested == 9999
    assert errors[0][1] == failed.message and "9999" in failed.message
    assert failed.result is None
    with pytest.raises(TypeError):
        context.ops.run(receive, on_failure=print, on_error=lambda error, text: None)


def visible_progress_dialogs(parent: QWidget) -> list[QProgressDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets() + parent.findChildren(QProgressDialog)
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_a_long_job_with_its_own_bar_opens_no_second_window(qtbot, context):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()
    reported: list[tuple[float, str]] = []

    def job(uow, progress, cancelled):  # type: ignore[no-untyped-def]
        progress(0.25, "checking")
        release.wait(10)
        return receive(uow)

    operation = context.ops.run_long(
        job,
        parent=parent,
        title="Import",
        progress_dialog=False,
        on_progress=lambda fraction, stage: reported.append((fraction, stage)),
    )
    try:
        qtbot.waitUntil(lambda: bool(reported), timeout=5000)
        qtbot.wait(700)  # past the moment the generic dialog would open
        assert visible_progress_dialogs(parent) == []
    finally:
        release.set()
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert reported == [(0.25, "checking")] and operation.error is None
    assert visible_progress_dialogs(parent) == []


def test_the_progress_dialog_words_the_stage_the_core_reports(qtbot, context):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()

    def job(uow, progress, cancelled):  # type: ignore[no-untyped-def]
        progress(0.3, "checking")
        release.wait(10)
        return receive(uow)

    operation = context.ops.run_long(job, parent=parent, title="Import")
    try:
        qtbot.waitUntil(
            lambda: any(d.value() == 300 for d in visible_progress_dialogs(parent)), timeout=5000
        )
        label = visible_progress_dialogs(parent)[0].labelText()
    finally:
        release.set()
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert label == stage_text("checking") and label != "checking"
    assert {stage_text(key) for key in ("reading", "checking", "storing", "done")}.isdisjoint(
        {"reading", "checking", "storing", "done"}
    )
    assert stage_text("half way") == "half way"  # not a key: shown as it came


# -- background reads ----------------------------------------------------------------------
def center_name(code: str):  # type: ignore[no-untyped-def]
    return lambda uow: catalog.get_center(uow.session, code).name_zh


def test_a_query_reads_on_the_reader_thread_and_answers_on_the_gui_thread(qtbot, context, stock_db):
    threads: list[str] = []
    answers: list[tuple[bool, str]] = []

    def read(uow):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return center_name("GAR")(uow)

    with qtbot.waitSignal(context.ops.query_finished) as finished:
        context.ops.query(
            read,
            on_success=lambda name: answers.append(
                (threading.current_thread() is threading.main_thread(), name)
            ),
        )
    assert threads[0].startswith("depot-read")
    assert answers == [(True, "噶尔")] and finished.args[0].result == "噶尔"

    before = move_count(stock_db)
    with qtbot.waitSignal(context.ops.query_finished):
        context.ops.query(receive, on_success=lambda changes: None)  # a write in a read...
    assert move_count(stock_db) == before  # ...is never committed


def test_a_newer_query_of_the_same_key_drops_the_older_results(qtbot, context):
    reading = threading.Event()
    release = threading.Event()
    ran: list[str] = []
    delivered: list[str] = []

    def read(code: str, wait: bool = False):  # type: ignore[no-untyped-def]
        def fn(uow):  # type: ignore[no-untyped-def]
            ran.append(code)
            if wait:
                reading.set()
                release.wait(10)
            return center_name(code)(uow)

        return fn

    try:
        first = context.ops.query(read("GAR", wait=True), on_success=delivered.append, key="box")
        assert reading.wait(10)  # the first is being read when the clerk types on
        second = context.ops.query(read("TSC"), on_success=delivered.append, key="box")
        other = context.ops.query(read("TSC"), on_success=delivered.append, key="list")
        third = context.ops.query(read("GAR"), on_success=delivered.append, key="box")
    finally:
        release.set()
    with qtbot.waitSignal(third.finished, timeout=5000):
        pass
    assert first.done and second.done and other.done
    assert ran == ["GAR", "TSC", "GAR"]  # the second never ran: superseded while it waited
    assert delivered == ["措勤", "噶尔"]  # the other key's answer and the newest one
    assert first.result is None and second.result is None and third.result == "噶尔"


def test_a_read_does_not_wait_behind_a_long_write(qtbot, context):
    writing = threading.Event()
    release = threading.Event()
    answers: list[str] = []

    def long_write(uow, progress, cancelled):  # type: ignore[no-untyped-def]
        changes = receive(uow)  # the write lock is held from here on
        writing.set()
        release.wait(10)
        return changes

    write = context.ops.run_long(long_write, progress_dialog=False)
    try:
        assert writing.wait(10)
        with qtbot.waitSignal(context.ops.query_finished, timeout=5000):
            context.ops.query(center_name("TSC"), on_success=answers.append)
        assert answers == ["措勤"] and not write.done
    finally:
        release.set()
    with qtbot.waitSignal(write.finished, timeout=5000):
        pass
    assert write.error is None


def test_a_failed_query_gives_the_exception_and_its_sentence(qtbot, context):
    errors: list[tuple[BaseException, str]] = []
    with qtbot.waitSignal(context.ops.query_finished):
        context.ops.query(
            center_name("ZZZ"),
            on_success=print,
            on_error=lambda error, text: errors.append((error, text)),
        )
    assert len(errors) == 1 and "ZZZ" in errors[0][1]
    assert errors[0][1] == describe(errors[0][0])


# -- an interpreter asked to stop is not an error to show ------------------------------------
class BoxWatch:
    """Closes and counts every message box that appears (one would block the test)."""

    def __init__(self) -> None:
        self.shown: list[str] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self._look)
        self.timer.start(20)

    def _look(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                self.shown.append(widget.text())
                widget.done(0)


def test_keyboard_interrupt_in_a_job_is_raised_again_on_the_gui_thread(qtbot, context):
    def interrupted(uow):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt()

    errors: list[object] = []
    watch = BoxWatch()
    with qtbot.captureExceptions() as raised:
        with qtbot.waitSignal(context.ops.operation_finished, timeout=5000) as finished:
            context.ops.run(interrupted, on_error=lambda error, text: errors.append(error))
        qtbot.wait(100)
    watch.timer.stop()
    assert [kind for kind, _value, _tb in raised] == [KeyboardInterrupt]
    assert isinstance(finished.args[0].error, KeyboardInterrupt)
    assert errors == [] and watch.shown == []


SYSTEM_EXIT_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from core.storage.engine import make_engine
from core.uow import Database
from ui.app import make_application
from ui.operations import ChangeBus, Operations

app = make_application([sys.argv[0]])
QMessageBox.warning = lambda *args: print("message box:", args[-1], flush=True)
ops = Operations(Database(make_engine("sqlite://")), ChangeBus())
ops.run(lambda uow: sys.exit(7), on_error=lambda error, text: print("on_error", flush=True))
QTimer.singleShot(5000, lambda: (print("still running", flush=True), app.quit()))
sys.exit(app.exec())
"""


def test_system_exit_in_a_job_ends_the_app_with_its_code(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", SYSTEM_EXIT_SCRIPT],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
    )
    assert result.returncode == 7, (result.stdout, result.stderr)
    assert result.stdout == "", result.stdout  # no box, no on_error, not left running


def test_finished_writes_are_freed_not_kept_as_children_of_the_helper(qtbot, context):
    """Every write was a child of `Operations`: one QObject more per scan, all day long."""
    freed: list[weakref.ref[Operation]] = []
    for n in range(500):
        operation = context.ops.run(lambda uow, n=n: n)
        freed.append(weakref.ref(operation))
    kept = operation  # a caller holding its operation can still read it afterwards
    del operation
    with qtbot.waitSignal(kept.finished, timeout=60_000):
        pass  # one writer, in order: the last one finished means all did
    gc.collect()
    assert len(context.ops.findChildren(Operation)) == 0
    assert [ref() for ref in freed if ref() is not None] == [kept]
    assert kept.done and kept.result == 499


RUN_APP_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from core.uow import Database
from ui.app import run_app
from ui.context import AppContext

create, close, dispose = AppContext.create.__func__, AppContext.close, Database.dispose


def started(cls, ops, settings):
    context = create(cls, ops, settings)
    QTimer.singleShot(0, lambda: context.ops.run(lambda uow: sys.exit(7)))
    QTimer.singleShot(20_000, lambda: print("still running", flush=True) or sys.exit(3))
    return context


AppContext.create = classmethod(started)
AppContext.close = lambda self: (close(self), print("operations closed", flush=True))
Database.dispose = lambda self: (dispose(self), print("database disposed", flush=True))
sys.exit(run_app(sys.argv[1]))
"""


def test_system_exit_in_a_job_of_the_app_ends_it_after_its_cleanup(tmp_path):
    """PySide6 ends the process inside `app.exec()` on a SystemExit raised in a slot: the
    app must leave its loop first, close the operations and dispose of the database."""
    url = f"sqlite:///{tmp_path / 'depot.db'}"
    result = subprocess.run(
        [sys.executable, "-c", RUN_APP_SCRIPT, url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
    )
    assert result.returncode == 7, (result.stdout, result.stderr)
    assert result.stdout.splitlines() == ["operations closed", "database disposed"], result.stdout
