"""Load check at the vehicle: scan every parcel, see problems as they happen, dispatch.

The dialog names the run it checks (township, departure, vehicle): at the yard
several vehicles load at once. Each scan goes to the core at once: a loaded
parcel flashes green, a parcel of another run (named), one on no run, or an
unknown code flashes red with the reason, and the result stays on screen in its
colour until the next scan. Dispatch with unscanned parcels asks for a
supervisor and a reason.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from core.shipping.loading import LoadStatus, ScanOutcome, dispatch, load_status, scan_onto
from core.shipping.run_errors import UnscannedParcels
from core.shipping.run_models import ScanResult
from core.shipping.run_queries import RunView, run_view
from core.uow import UnitOfWork
from ui.context import AppContext
from ui.operations import Operation
from ui.runs.messages import describe, run_name, run_place
from ui.runs.models import RunParcelsModel
from ui.scan.scan_field import ERROR_COLOUR, ScanField, show_feedback
from ui.scan.scan_settings import load_tuning
from ui.stock.stock_page import fit_columns, make_table


@dataclass(frozen=True)
class Scanned:
    """A scan at the vehicle and, for a parcel of another run, that run (read in the same
    unit of work, off the GUI thread)."""

    outcome: ScanOutcome
    other_run: RunView | None

    @property
    def changes(self) -> Changes:
        return self.outcome.changes


class OverrideDialog(QDialog):
    """A supervisor lets the run leave without its unscanned parcels, and says why."""

    def __init__(self, missing: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Supervisor override"))
        self.supervisor = QLineEdit(self)
        self.supervisor.setObjectName("override_supervisor")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("override_reason")
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr(
            "Not scanned: %n parcel(s), left behind for the next run.", "", missing), self))
        form.addRow(self.tr("Supervisor:"), self.supervisor)
        form.addRow(self.tr("Reason:"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.buttons.accepted.connect(self._accept_if_complete)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def _accept_if_complete(self) -> None:
        if self.supervisor.text().strip() and self.reason.text().strip():
            self.accept()


class LoadCheckDialog(QDialog):
    def __init__(self, context: AppContext, run_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.run_id = run_id
        self.last_operation: Operation | None = None
        self.override_dialog: OverrideDialog | None = None
        self.setWindowTitle(self.tr("Load check"))
        self.resize(760, 560)
        self.heading = QLabel(self)
        self.heading.setObjectName("load_heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.scan = ScanField(self, tuning=load_tuning(context.settings))
        self.scan.setObjectName("load_scan")
        self.message = QLabel(self)
        self.counts = QLabel(self)
        self.counts.setObjectName("load_counts")
        self.parcels = RunParcelsModel(context.ops, self)
        self.table = make_table(self.parcels, self)
        self.problems = QListWidget(self)
        self.problems.setObjectName("load_problems")
        self.dispatch_button = QPushButton(self.tr("Dispatch"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.dispatch_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.scan)
        layout.addWidget(self.message)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 3)
        layout.addWidget(QLabel(self.tr("Problems:"), self))
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)
        self.scan.scanned.connect(self.scanned)
        self.scan.feedback_shown.connect(lambda kind, text: show_feedback(self.message, kind,
                                                                          text))
        # Not connected directly: clicked(bool) would arrive as the supervisor's name.
        self.dispatch_button.clicked.connect(lambda: self.try_dispatch())
        self.close_button.clicked.connect(self.accept)
        context.bus.changes_applied.connect(self._changes_applied)
        self._name_the_run()
        self.refresh()

    def _name_the_run(self) -> None:
        """Which run and vehicle this is: at the yard several vehicles load at once."""
        view = self.context.ops.read(lambda uow: run_view(uow, self.run_id))
        if view is not None:
            self.heading.setText(self.tr("Checking the load of {run}").format(run=run_name(view)))
            self.setWindowTitle(self.tr("Load check: {place}").format(place=run_place(view)))

    def status(self) -> LoadStatus:
        return self.context.ops.read(lambda uow: load_status(uow, self.run_id))

    def refresh(self) -> None:
        self.parcels.load(self.run_id)
        fit_columns(self.table)
        status = self.status()
        self.counts.setText(self.tr("Loaded {loaded} of {expected}; missing {missing}.").format(
            loaded=len(status.loaded), expected=status.expected, missing=len(status.missing)))

    def _changes_applied(self, changes: Changes) -> None:
        if self.run_id in changes.runs:
            self.refresh()

    def scanned(self, code: str) -> Operation:
        def scan(uow: UnitOfWork) -> Scanned:
            outcome = scan_onto(uow, self.run_id, code)
            other = run_view(uow, outcome.other_run_id) if outcome.other_run_id else None
            return Scanned(outcome, other)

        def done(result: object) -> None:
            assert isinstance(result, Scanned)
            self._report(result)

        def failed(message: str) -> None:
            self.scan.flash_error(describe(holder[0].error, message))

        holder: list[Operation] = []
        operation = self.context.ops.run(scan, on_success=done, on_failure=failed)
        holder.append(operation)
        self.last_operation = operation
        return operation

    def _report(self, scanned: Scanned) -> None:
        outcome = scanned.outcome
        texts = {
            ScanResult.LOADED.value: self.tr("Loaded."),
            ScanResult.DUPLICATE.value: self.tr("Already scanned."),
            ScanResult.WRONG_RUN.value: self.tr("Wrong run: this parcel belongs to another run."),
            ScanResult.EXTRA.value: self.tr("Extra: this parcel is on no run."),
            ScanResult.UNKNOWN.value: self.tr("Unknown code."),
        }
        text = texts.get(outcome.result, outcome.result)
        if scanned.other_run is not None:
            text = self.tr("Wrong run: this parcel goes with {run}.").format(
                run=run_name(scanned.other_run))
        if outcome.result in (ScanResult.LOADED.value, ScanResult.DUPLICATE.value):
            self.scan.flash_ok(text)
        else:
            self.scan.flash_error(text)
            item = QListWidgetItem(f"{outcome.code}: {text}")
            item.setForeground(QColor(ERROR_COLOUR))
            self.problems.addItem(item)

    def try_dispatch(self, supervisor: str | None = None, reason: str | None = None) -> Operation:
        holder: list[Operation] = []

        def failed(message: str) -> None:
            error = holder[0].error
            if isinstance(error, UnscannedParcels) and supervisor is None:
                self.ask_override(len(error.parcel_ids))
            else:
                self.scan.flash_error(describe(error, message))

        operation = self.context.ops.run(
            lambda uow: dispatch(uow, self.run_id, supervisor=supervisor,
                                 override_reason=reason),
            parent=self, title=self.tr("Dispatching"), on_success=lambda _r: self.accept(),
            on_failure=failed)
        holder.append(operation)
        self.last_operation = operation
        return operation

    def ask_override(self, missing: int) -> None:
        dialog = OverrideDialog(missing, self)
        self.override_dialog = dialog
        dialog.accepted.connect(lambda: self.try_dispatch(dialog.supervisor.text().strip(),
                                                          dialog.reason.text().strip()))
        dialog.open()
