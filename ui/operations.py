"""The one way the UI calls the core (house style 6 and 7; cf. Anki's CollectionOp).

    ops.run(lambda uow: services.receive(uow, ...), parent=self,
            on_success=self._received, on_failure=self._show_error)

`fn(uow)` runs on a single worker thread, so writes from the whole app are
serialized and the GUI never waits on a database lock. A write is committed
when `fn` returns; an exception or a cancel rolls the whole unit of work back,
so nothing is ever half-written. Back on the GUI thread the result goes to
`on_success`, a core error becomes a translated sentence for `on_failure`
(or a message box), and the returned `Changes` are announced on the
`ChangeBus` so every open view refreshes what changed, and only that.

Long jobs (`long_job=True`) are called as `fn(uow, progress, cancelled)` with
plain callables, never Qt types: `progress(fraction, message)` and
`cancelled() -> bool`. A progress dialog with a Cancel button appears when a
job runs longer than about half a second.

Short reads that feed a view (a page of a table) use `ops.read(fn)`, which runs
`fn(uow)` in a read-only unit of work on the calling thread: models need their
rows synchronously, and WAL lets those reads proceed while the worker writes.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from core.changes import Changes
from core.clock import local_day
from core.output_files import OutputKind, write_output
from core.storage.engine import sqlite_file
from core.uow import Database, UnitOfWork
from ui.error_messages import describe
from ui.qt_fixes import emit

log = logging.getLogger(__name__)

T = TypeVar("T")

PROGRESS_DELAY_MS = 500


class ChangeBus(QObject):
    """App-wide announcements of what the core changed."""

    changes_applied = Signal(object)
    """A write committed; carries its `Changes`. Always emitted on the GUI thread."""
    home_center_changed = Signal(str)
    """The clerk chose another home center for this PC; carries its code."""


class OperationCancelled(Exception):
    """Raised inside a job (or after it) when the clerk pressed Cancel."""


class Operation(QObject):
    """One call into the core, from submission to its result on the GUI thread."""

    progressed = Signal(float, str)
    """The job reported progress: fraction in [0, 1] and a message."""
    succeeded = Signal(object)
    """The job returned (and a write committed); carries the job's result."""
    failed = Signal(str)
    """The job raised; carries the translated sentence shown to the clerk."""
    finished = Signal()
    """Emitted last, after `succeeded` or `failed`, whatever happened (also on cancel)."""

    def __init__(self, title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.result: object = None
        self.error: BaseException | None = None
        self.message = ""
        self.done = False
        self._cancel = threading.Event()

    # The two plain callables long jobs receive (safe to call from the worker).
    def report_progress(self, fraction: float, message: str = "") -> None:
        emit(self.progressed, max(0.0, min(1.0, float(fraction))), message)

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


@dataclass
class _Pending:
    parent: QWidget | None
    on_success: Callable[[object], None] | None
    on_failure: Callable[[str], None] | None


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
    """Runs core calls off the GUI thread, one at a time, and reports back."""

    operation_finished = Signal(object)
    """Any operation ended (success, failure or cancel); carries the `Operation`."""

    def __init__(self, db: Database, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.bus = bus
        # One worker: writes are serialized in submission order, so two clicks
        # never race each other for the SQLite write lock.
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="depot-core")
        self._relay = _Relay()
        self._relay.completed.connect(self._completed, Qt.ConnectionType.QueuedConnection)
        self._running: set[Operation] = set()
        self._pending: dict[Operation, _Pending] = {}
        self._dialogs: dict[Operation, QProgressDialog] = {}

    def today(self) -> date:
        """The center's calendar day on the app's clock: what an expiry is compared with."""
        return local_day(self.db.clock())

    # -- reads on the calling thread --
    def read(self, fn: Callable[[UnitOfWork], T]) -> T:
        """Run a short read-only query now, on this thread (pages of a table, combo lists)."""
        with self.db.uow(write=False) as uow:
            return fn(uow)

    # -- everything else on the worker --
    def run(
        self,
        fn: Callable[..., object],
        *,
        parent: QWidget | None = None,
        title: str = "",
        write: bool = True,
        long_job: bool = False,
        on_success: Callable[[object], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
    ) -> Operation:
        """Submit `fn` to the worker; returns the `Operation` to wait on (`finished`).

        Args:
            fn: `fn(uow)`, or `fn(uow, progress, cancelled)` when `long_job` is set.
            parent: widget the progress dialog and error box belong to.
            title: shown in the progress dialog.
            write: open a writing unit of work and commit it when `fn` returns.
            long_job: pass the progress and cancel callables to `fn`.
            on_success: called on the GUI thread with `fn`'s result.
            on_failure: called on the GUI thread with the translated error; without it
                the error is shown in a message box over `parent`.
        """
        operation = Operation(title, self)
        self._running.add(operation)
        self._pending[operation] = _Pending(parent, on_success, on_failure)
        if parent is not None or long_job:
            # Only show a dialog for work that is visibly slow (Anki's progress.py does the same).
            QTimer.singleShot(PROGRESS_DELAY_MS, lambda: self._show_progress(operation, parent))
        self._worker.submit(self._execute, operation, fn, write, long_job)
        return operation

    def _execute(self, operation: Operation, fn: Callable[..., object], write: bool,
                 long_job: bool) -> None:
        result: object = None
        error: BaseException | None = None

        def body(uow: UnitOfWork) -> object:
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
    def _completed(self, operation: Operation, result: object, error: BaseException | None) -> None:
        pending = self._pending.pop(operation)
        self._running.discard(operation)
        dialog = self._dialogs.pop(operation, None)
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()
        operation.done = True
        operation.result = result
        operation.error = error
        if error is None:
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
            if pending.on_failure is not None:
                pending.on_failure(operation.message)
            else:
                QMessageBox.warning(pending.parent, operation.title or self.tr("Changtang Depot"),
                                    operation.message)
            emit(operation.failed, operation.message)
        emit(operation.finished)
        emit(self.operation_finished, operation)

    def _show_progress(self, operation: Operation, parent: QWidget | None) -> None:
        if operation.done:
            return
        dialog = QProgressDialog(operation.title or self.tr("Working…"), self.tr("Cancel"),
                                 0, 1000, parent)
        dialog.setWindowTitle(operation.title or self.tr("Changtang Depot"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(operation.cancel)
        operation.progressed.connect(lambda fraction, message: _update(dialog, fraction, message))
        self._dialogs[operation] = dialog
        dialog.show()

    def save_file(
        self, path: str | Path, data: bytes, kind: OutputKind, *, parent: QWidget | None = None,
        on_success: Callable[[object], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
    ) -> Operation:
        """Save an export the way every export is written (`core.output_files`): whole or not
        at all, and never over the open database. The save dialog has already asked before
        replacing a file, so an existing file of another kind is replaced."""
        database = sqlite_file(self.db.engine)
        return self.run(
            lambda _uow: write_output(path, data, kind, database=database, force=True),
            parent=parent, title=self.tr("Saving"), write=False, on_success=on_success,
            on_failure=on_failure)

    def wait_idle(self) -> None:
        """Block until the worker has run everything submitted so far (used at shutdown)."""
        self._worker.submit(lambda: None).result()

    def shutdown(self) -> None:
        for operation in list(self._running):
            operation.cancel()
        self._worker.shutdown(wait=True)


def _update(dialog: QProgressDialog, fraction: float, message: str) -> None:
    dialog.setValue(int(fraction * 1000))
    if message:
        dialog.setLabelText(message)


def _expected(error: BaseException) -> bool:
    from core.errors import DepotError

    return isinstance(error, DepotError)
