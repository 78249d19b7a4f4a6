"""The one way the UI calls the core (house style 6 and 7; cf. Anki's CollectionOp and QueryOp).

    ops.run(lambda uow: services.receive(uow, ...), parent=self,
            on_success=self._received, on_error=self._refused)
    ops.query(lambda uow: parcel_rows(uow, ids), on_success=self._show, key=self)

Writes (`run`, `run_long`) go to a single writer thread, so writes from the whole
app are serialized and the GUI never waits on a database lock. A write is
committed when `fn` returns; an exception or a cancel rolls the whole unit of
work back, so nothing is ever half-written. Back on the GUI thread the result
goes to `on_success` (typed: `Operation[T]` carries what `fn` returns), an error
goes to `on_error(exception, sentence)` with the translated sentence (or to a
message box), and the returned `Changes` are announced on the `ChangeBus` so
every open view refreshes what changed, and only that.

Long jobs (`run_long`) are called as `fn(uow, progress, cancelled)` with plain
callables, never Qt types: `progress(fraction, stage)` and `cancelled() -> bool`.
A progress dialog with a Cancel button appears when a job runs longer than about
half a second, its label the stage worded by `stage_text`; a caller with its own
bar passes `progress_dialog=False`.

Reads (`query`) run in a read-only unit of work on a reader thread of their own,
so a page of a table never waits behind a long import on the writer, and the
window never waits for the server. A query started with a `key` supersedes the
unfinished queries of the same key: their results are dropped (typing in a
search box asks again on every key).

`SystemExit` and `KeyboardInterrupt` raised in a job are not errors to show:
they are raised again on the GUI thread, or, once `stop_loop_of(app)` was called,
end `app.exec()` so the app's cleanup runs before they are raised again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Generic, Literal, overload

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget
from sqlalchemy.engine import URL
from typing_extensions import TypeVar

from core.changes import Changes
from core.clock import local_day
from core.output_files import OutputKind, write_output
from core.storage.engine import sqlite_file
from core.uow import Database, UnitOfWork  # UnitOfWork: pages type their jobs with it
from ui.error_messages import describe
from ui.progress_dialog import ProgressDialog, stage_text
from ui.qt_fixes import emit
from ui.widgets.busy_button import BusyButton

__all__ = [
    "Cancelled",
    "ChangeBus",
    "OnError",
    "Operation",
    "OperationCancelled",
    "Operations",
    "Progress",
    "UnitOfWork",
    "changes_of",
    "describe_url",
    "stage_text",
]

log = logging.getLogger(__name__)

translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the strings

T = TypeVar("T")
# Covariant, so an `Operation[Changes]` is an `Operation[object]`; the default lets code
# say `Operation` for `Operation[object]` under mypy --strict.
R = TypeVar("R", covariant=True, default=object)

Progress = Callable[[float, str], None]
"""`progress(fraction, stage)`: what a long job reports, fraction in [0, 1]."""
Cancelled = Callable[[], bool]
"""`cancelled()`: true once the clerk pressed Cancel; a long job stops when it sees it."""
OnError = Callable[[BaseException, str], None]
"""`on_error(exception, sentence)`: the error and the translated sentence saying it."""

PROGRESS_DELAY_MS = 500


class ChangeBus(QObject):
    """App-wide announcements of what the core changed."""

    changes_applied = Signal(object)
    """A write committed; carries its `Changes`. Always emitted on the GUI thread."""
    home_center_changed = Signal(str)
    """The clerk chose another home center for this PC; carries its code."""


class OperationCancelled(Exception):
    """Raised inside a job (or after it) when the clerk pressed Cancel."""


class Operation(QObject, Generic[R]):
    """One call into the core, from submission to its result on the GUI thread."""

    progressed = Signal(float, str)
    """The job reported progress: fraction in [0, 1] and the stage (raw, as the core said it)."""
    succeeded = Signal(object)
    """The job returned (and a write committed); carries the job's result."""
    failed = Signal(str)
    """The job raised; carries the translated sentence shown to the clerk."""
    finished = Signal()
    """Emitted last, after `succeeded` or `failed`, whatever happened (also on cancel, and
    for a query whose result was dropped)."""

    def __init__(self, title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self._result: R | None = None
        self.error: BaseException | None = None
        self.message = ""
        self.done = False
        self.last_progress: tuple[float, str] | None = None
        """What the job reported last: a dialog opened later starts from it."""
        self._cancel = threading.Event()

    # The two plain callables long jobs receive (safe to call from the worker).
    def report_progress(self, fraction: float, message: str = "") -> None:
        report = (max(0.0, min(1.0, float(fraction))), message)
        self.last_progress = report
        emit(self.progressed, *report)

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the job to stop; a write is rolled back, a query's result is dropped."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def result(self) -> R | None:
        """What the job returned, once it succeeded (None before, and after a failure)."""
        return self._result


@dataclass
class _Pending:
    parent: QWidget | None
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[str], None] | None
    on_error: OnError | None
    key: object | None = None
    query: bool = False
    busy: BusyButton | None = None  # greyed while the write runs


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits here so slots run on the GUI thread."""

    completed = Signal(object, object, object)  # operation, result, error


def changes_of(result: object) -> Changes | None:
    """The `Changes` a job returned: the result itself or its `.changes` attribute."""
    if isinstance(result, Changes):
        return result
    found = getattr(result, "changes", None)
    return found if isinstance(found, Changes) else None


class Operations(QObject):
    """Runs core calls off the GUI thread and reports back: writes one at a time on the
    writer thread, reads on a reader thread of their own."""

    operation_finished = Signal(object)
    """A write (`run`, `run_long`, `save_file`) ended, by success, failure or cancel;
    carries the `Operation`. Queries do not emit it: see `query_finished`."""
    query_finished = Signal(object)
    """A `query` ended (also when its result was dropped); carries the `Operation`."""

    def __init__(
        self, db: Database, bus: ChangeBus | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.bus = bus if bus is not None else ChangeBus()
        # One writer: writes are serialized in submission order, so two clicks
        # never race each other for the SQLite write lock.
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="depot-core")
        # One reader beside it: a read never queues behind an import, and reads come
        # back in the order they were asked (a page's ids before its rows).
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="depot-read")
        self._relay = _Relay()
        self._relay.completed.connect(self._completed, Qt.ConnectionType.QueuedConnection)
        self._running: set[Operation[Any]] = set()
        self._pending: dict[Operation[Any], _Pending] = {}
        self._dialogs: dict[Operation[Any], ProgressDialog] = {}
        self._latest: dict[object, Operation[Any]] = {}
        self._app: QCoreApplication | None = None
        self.stopped_by: BaseException | None = None
        """The SystemExit or KeyboardInterrupt that ended the app's loop (see `stop_loop_of`)."""

    def stop_loop_of(self, app: QCoreApplication) -> None:
        """From now on a SystemExit or KeyboardInterrupt raised in a job ends `app.exec()`
        and is kept in `stopped_by`, for the caller to raise again after its cleanup.

        Raised in a slot, PySide6 ends the process there and then: the code after
        `app.exec()` (closing the operations, disposing of the database) never runs.
        """
        self._app = app

    @property
    def unfinished(self) -> int:
        """How many jobs (writes and reads) were asked for and have not ended yet."""
        return len(self._running)

    @property
    def database_label(self) -> str:
        """Which database is open, in words for the status bar; never shows a password."""
        return describe_url(self.db.engine.url)

    def today(self) -> date:
        """The center's calendar day on the app's clock: what an expiry is compared with."""
        return local_day(self.db.clock())

    # -- reads --
    def read(self, fn: Callable[[UnitOfWork], T]) -> T:
        """Run a short read-only query now, on this thread (pages of a table, combo lists).

        Deprecated: it blocks the GUI thread for as long as the server takes. Use `query`.
        """
        with self.db.uow(write=False) as uow:
            return fn(uow)

    def query(
        self,
        fn: Callable[[UnitOfWork], T],
        *,
        on_success: Callable[[T], None],
        on_error: OnError | None = None,
        key: object | None = None,
        parent: QWidget | None = None,
        title: str = "",
    ) -> Operation[T]:
        """Read in the background: `fn(uow)` in a read-only unit of work on the reader thread.

        Args:
            fn: the read; it must not touch widgets (it runs off the GUI thread).
            on_success: called on the GUI thread with `fn`'s result.
            on_error: called on the GUI thread with the exception and its translated
                sentence; without it the sentence is shown in a message box over `parent`.
            key: what the read is for (a model, `(self, "search")`): a newer query with an
                equal key drops this one's result, and skips it if it has not started.
            parent: the widget an error box belongs to.
            title: the error box's title.
        """
        # No QObject parent: a query a keystroke starts is freed once nobody holds it.
        operation: Operation[T] = Operation(title)
        self._pending[operation] = _Pending(parent, on_success, None, on_error, key, query=True)
        self._running.add(operation)
        if key is not None:
            older = self._latest.get(key)
            if older is not None:
                older.cancel()
            self._latest[key] = operation
        self._reader.submit(self._execute_query, operation, fn)
        return operation

    def _execute_query(self, operation: Operation[T], fn: Callable[[UnitOfWork], T]) -> None:
        if operation.is_cancelled():  # superseded while it waited: nobody wants it
            emit(self._relay.completed, operation, None, None)
            return
        result: T | None = None
        error: BaseException | None = None
        try:
            result = self.db.run(fn, write=False)
        except BaseException as caught:  # noqa: BLE001  (everything goes back to the GUI thread)
            error = caught
        emit(self._relay.completed, operation, result, error)

    # -- writes, on the writer thread --
    @overload
    def run(
        self,
        fn: Callable[[UnitOfWork], T],
        *,
        parent: QWidget | None = ...,
        title: str = ...,
        write: bool = ...,
        long_job: Literal[False] = ...,
        on_success: Callable[[T], None] | None = ...,
        on_failure: Callable[[str], None] | None = ...,
        on_error: OnError | None = ...,
        busy: QAbstractButton | None = ...,
    ) -> Operation[T]: ...

    @overload
    def run(
        self,
        fn: Callable[[UnitOfWork, Progress, Cancelled], T],
        *,
        parent: QWidget | None = ...,
        title: str = ...,
        write: bool = ...,
        long_job: Literal[True],
        on_success: Callable[[T], None] | None = ...,
        on_failure: Callable[[str], None] | None = ...,
        on_error: OnError | None = ...,
        busy: QAbstractButton | None = ...,
    ) -> Operation[T]: ...

    def run(
        self,
        fn: Callable[..., T],
        *,
        parent: QWidget | None = None,
        title: str = "",
        write: bool = True,
        long_job: bool = False,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
        on_error: OnError | None = None,
        busy: QAbstractButton | None = None,
    ) -> Operation[T]:
        """Submit `fn(uow)` to the writer; returns the `Operation` to wait on (`finished`).

        Args:
            fn: `fn(uow)`; `fn(uow, progress, cancelled)` when `long_job` is set (prefer
                `run_long`).
            parent: widget the progress dialog and error box belong to; with a parent a
                dialog appears if the job runs longer than half a second.
            title: shown in the progress dialog.
            write: open a writing unit of work and commit it when `fn` returns.
            long_job: pass the progress and cancel callables to `fn`.
            on_success: called on the GUI thread with `fn`'s result.
            on_failure: the older form of `on_error`, given the sentence only.
            on_error: called on the GUI thread with the exception and its translated
                sentence. Without either, the sentence is shown in a message box over
                `parent`.
            busy: the button that started the write, greyed until it ends (given back
                before `on_success`/`on_error`, so they may grey it again): a double
                click, or a second click on a slow server, must not write twice.
        """
        return self._submit(
            fn,
            parent=parent,
            title=title,
            write=write,
            long_job=long_job,
            dialog=parent is not None or long_job,
            on_success=on_success,
            on_failure=on_failure,
            on_error=on_error,
            busy=busy,
        )

    def run_long(
        self,
        fn: Callable[[UnitOfWork, Progress, Cancelled], T],
        *,
        parent: QWidget | None = None,
        title: str = "",
        write: bool = True,
        progress_dialog: bool = True,
        on_progress: Progress | None = None,
        on_success: Callable[[T], None] | None = None,
        on_error: OnError | None = None,
    ) -> Operation[T]:
        """Submit a long job, `fn(uow, progress, cancelled)`, to the writer.

        Args:
            fn: reports `progress(fraction, stage)` and stops when `cancelled()` is true.
            parent: widget the progress dialog and error box belong to.
            title: shown in the progress dialog.
            write: open a writing unit of work and commit it when `fn` returns.
            progress_dialog: show the generic progress dialog after half a second; False
                for a caller that shows the progress in its own bar.
            on_progress: called on the GUI thread with each `(fraction, stage)` the job
                reports, from the first one on (word the stage with `stage_text`).
            on_success: called on the GUI thread with `fn`'s result.
            on_error: called on the GUI thread with the exception and its translated
                sentence; without it the sentence is shown in a message box over `parent`.
        """
        return self._submit(
            fn,
            parent=parent,
            title=title,
            write=write,
            long_job=True,
            dialog=progress_dialog,
            on_success=on_success,
            on_failure=None,
            on_error=on_error,
            on_progress=on_progress,
        )

    def _submit(
        self,
        fn: Callable[..., T],
        *,
        parent: QWidget | None,
        title: str,
        write: bool,
        long_job: bool,
        dialog: bool,
        on_success: Callable[[T], None] | None,
        on_failure: Callable[[str], None] | None,
        on_error: OnError | None,
        on_progress: Progress | None = None,
        busy: QAbstractButton | None = None,
    ) -> Operation[T]:
        if on_failure is not None and on_error is not None:
            raise TypeError("give on_error or on_failure, not both")
        # No QObject parent, as for queries: `_running` keeps it alive while it runs, the
        # caller as long as it holds it; a parent would keep one per write for ever.
        operation: Operation[T] = Operation(title)
        if on_progress is not None:  # before the job starts: its first report reaches it
            operation.progressed.connect(on_progress)
        self._running.add(operation)
        greyed = BusyButton(busy) if busy is not None else None
        self._pending[operation] = _Pending(parent, on_success, on_failure, on_error, busy=greyed)
        if dialog:
            # Only show a dialog for work that is visibly slow (Anki's progress.py does the same).
            QTimer.singleShot(PROGRESS_DELAY_MS, lambda: self._show_progress(operation, parent))
        self._worker.submit(self._execute, operation, fn, write, long_job)
        return operation

    def _execute(
        self, operation: Operation[T], fn: Callable[..., T], write: bool, long_job: bool
    ) -> None:
        result: T | None = None
        error: BaseException | None = None

        def body(uow: UnitOfWork) -> T:
            if long_job:
                outcome = fn(uow, operation.report_progress, operation.is_cancelled)
            else:
                outcome = fn(uow)
            if operation.is_cancelled():
                raise OperationCancelled()
            return outcome

        try:
            # Database.run runs it again when PostgreSQL cancels it for a deadlock, as the
            # command line does, so two desks posting at once do not see a conflict.
            result = self.db.run(body, write=write)
        except BaseException as caught:  # noqa: BLE001  (everything goes back to the GUI thread)
            error = caught
        emit(self._relay.completed, operation, result, error)

    @Slot(object, object, object)
    def _completed(
        self, operation: Operation[Any], result: object, error: BaseException | None
    ) -> None:
        pending = self._pending.pop(operation)
        self._running.discard(operation)
        if pending.busy is not None:
            pending.busy.release()
        if pending.key is not None and self._latest.get(pending.key) is operation:
            del self._latest[pending.key]
        dialog = self._dialogs.pop(operation, None)
        if dialog is not None:
            dialog.close_for_good()
        operation.done = True
        operation.error = error
        finished = self.query_finished if pending.query else self.operation_finished
        if error is not None and not isinstance(error, Exception):
            # SystemExit, KeyboardInterrupt: the app is asked to stop, not told of an error.
            emit(operation.finished)
            emit(finished, operation)
            if self._app is None:
                raise error
            self.stopped_by = error
            self._app.exit(_exit_code(error))
            return
        if pending.query and operation.cancelled:
            pass  # superseded or cancelled: the result is nobody's any more
        elif error is None:
            operation._result = result
            changes = changes_of(result)
            if changes is not None and not changes.empty:
                emit(self.bus.changes_applied, changes)
            if pending.on_success is not None:
                pending.on_success(result)
            emit(operation.succeeded, result)
        elif isinstance(error, OperationCancelled):
            operation.message = describe(error)
        else:
            if not _expected(error):
                log.error("operation %r failed", operation.title, exc_info=error)
            operation.message = describe(error)
            if pending.on_error is not None:
                pending.on_error(error, operation.message)
            elif pending.on_failure is not None:
                pending.on_failure(operation.message)
            else:
                QMessageBox.warning(
                    pending.parent, operation.title or self.tr("Changtang Depot"), operation.message
                )
            emit(operation.failed, operation.message)
        emit(operation.finished)
        emit(finished, operation)

    def _show_progress(self, operation: Operation[Any], parent: QWidget | None) -> None:
        if not operation.done:
            self._dialogs[operation] = dialog = ProgressDialog(operation, parent)
            dialog.show()

    def save_file(
        self,
        path: str | Path,
        data: bytes,
        kind: OutputKind,
        *,
        parent: QWidget | None = None,
        on_success: Callable[[object], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
        on_error: OnError | None = None,
    ) -> Operation:
        """Save an export the way every export is written (`core.output_files`): whole or not
        at all, and never over the open database. The save dialog has already asked before
        replacing a file, so an existing file of another kind is replaced."""
        database = sqlite_file(self.db.engine)
        return self.run(
            lambda _uow: write_output(path, data, kind, database=database, force=True),
            parent=parent,
            title=self.tr("Saving"),
            write=False,
            on_success=on_success,
            on_failure=on_failure,
            on_error=on_error,
        )

    def shutdown(self) -> None:
        for operation in list(self._running):
            operation.cancel()
        self._reader.shutdown(wait=True)
        self._worker.shutdown(wait=True)


def describe_url(url: URL) -> str:
    """`SQLite: <file>` or `PostgreSQL: host:port/name`: the URL without user or password."""
    if url.get_backend_name() == "sqlite":
        return f"SQLite: {url.database or ':memory:'}"
    host = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    return f"PostgreSQL: {host}{port}/{url.database or ''}"


def _exit_code(error: BaseException) -> int:
    code = error.code if isinstance(error, SystemExit) else 1
    if code is None:
        return 0
    return code if isinstance(code, int) else 1


def _expected(error: BaseException) -> bool:
    from core.errors import DepotError

    return isinstance(error, DepotError)
