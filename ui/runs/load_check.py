"""Load check at the vehicle: scan every parcel, see problems as they happen, dispatch.

The dialog names the run it checks (township, departure, vehicle): at the yard
several vehicles load at once. Its table is the whole run as stored, from the
moment it opens: every parcel loaded or not (scans at another desk, or before
the dialog was last closed, included) and the problem scans (`load_model`).
Each scan goes to the core at once: a parcel's code or its order number. A
loaded parcel flashes green, a parcel of another run (named), one on no run, an
unknown code, or an order number of several parcels flashes red with the
reason, and the result stays on screen in its colour until the next scan.
Dispatch with unscanned parcels asks for a supervisor and a reason; once the
vehicle left, the dialog says what went with it and where the rest went.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from core.runs.errors import UnscannedParcels
from core.runs.load_report import Dispatched, LoadSheet, dispatch_and_report
from core.runs.loading import SEVERAL_PARCELS, ScanOutcome, scan_onto
from core.runs.models import ScanResult
from core.runs.queries import RunView, run_view
from ui.context import AppContext
from ui.operations import Operation, UnitOfWork
from ui.runs.load_model import LoadCheckModel
from ui.runs.messages import describe, run_name, run_place
from ui.runs.override_dialog import OverrideDialog
from ui.scan.scan_field import OK_COLOUR, ScanField, show_feedback
from ui.scan.scan_settings import load_tuning
from ui.widgets.tables import fit_columns, make_table


@dataclass(frozen=True)
class Scanned:
    """A scan at the vehicle and, for a parcel of another run, that run (read in the same
    unit of work, off the GUI thread)."""

    outcome: ScanOutcome
    other_run: RunView | None

    @property
    def changes(self) -> Changes:
        return self.outcome.changes


class LoadCheckDialog(QDialog):
    def __init__(
        self, context: AppContext, run_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.run_id = run_id
        self.override_dialog: OverrideDialog | None = None
        self.dispatched: Dispatched | None = None
        self.setWindowTitle(self.tr("Load check"))
        self.resize(820, 600)
        self.heading = QLabel(self)
        self.heading.setObjectName("load_heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.scan = ScanField(self, tuning=load_tuning(context.settings))
        self.scan.setObjectName("load_scan")
        self.scan.setPlaceholderText(
            self.tr("Scan a parcel label, or type its barcode or order number and press Enter")
        )
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.counts = QLabel(self)
        self.counts.setObjectName("load_counts")
        self.sheet = LoadCheckModel(context.ops, self)
        self.sheet.sheet_read.connect(self._sheet_read)
        self.table = make_table(self.sheet, self)
        self.table.setObjectName("load_sheet")
        self.summary = QLabel(self)
        self.summary.setObjectName("load_summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(f"color: {OK_COLOUR}; font-weight: bold;")
        self.summary.hide()
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
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.scan.scanned.connect(self.scanned)
        self.scan.feedback_shown.connect(lambda kind, text: show_feedback(self.message, kind, text))
        # Not connected directly: clicked(bool) would arrive as the supervisor's name.
        self.dispatch_button.clicked.connect(lambda: self.try_dispatch())
        self.close_button.clicked.connect(self.accept)
        context.bus.changes_applied.connect(self._changes_applied)
        self._name_the_run()
        self.refresh()

    def _name_the_run(self) -> None:
        """Which run and vehicle this is: at the yard several vehicles load at once."""
        run_id = self.run_id
        self.context.ops.query(
            lambda uow: run_view(uow, run_id),
            on_success=self._named,
            key=(self, "name"),
            parent=self,
            title=self.windowTitle(),
        )

    def _named(self, view: RunView | None) -> None:
        if view is not None:
            self.heading.setText(self.tr("Checking the load of {run}").format(run=run_name(view)))
            self.setWindowTitle(self.tr("Load check: {place}").format(place=run_place(view)))

    def refresh(self) -> None:
        """Read the run's sheet again, off the GUI thread (`sheet_read` shows it)."""
        self.sheet.load(self.run_id)

    def _sheet_read(self, sheet: LoadSheet) -> None:
        fit_columns(self.table)
        self.counts.setText(
            self.tr("Loaded {loaded} of {expected}; missing {missing}.").format(
                loaded=sheet.loaded, expected=len(sheet.parcels), missing=sheet.missing
            )
        )

    def _changes_applied(self, changes: Changes) -> None:
        if self.run_id in changes.runs:
            self.refresh()

    def scanned(self, code: str) -> Operation:
        run_id = self.run_id

        def scan(uow: UnitOfWork) -> Scanned:
            outcome = scan_onto(uow, run_id, code)
            other = run_view(uow, outcome.other_run_id) if outcome.other_run_id else None
            return Scanned(outcome, other)

        def failed(error: BaseException, message: str) -> None:
            self.scan.flash_error(describe(error, message))

        operation = self.context.ops.run(scan, on_success=self._report, on_error=failed)
        return operation

    def _report(self, scanned: Scanned) -> None:
        outcome = scanned.outcome
        if outcome.result == SEVERAL_PARCELS:
            self.scan.flash_error(
                self.tr(
                    "Order {order} has %n parcel(s): scan the label of the parcel itself.",
                    "",
                    len(outcome.parcel_ids),
                ).format(order=outcome.order)
            )
            return
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
                run=run_name(scanned.other_run)
            )
        if outcome.order is not None:
            text = self.tr("Order {order}: {result}").format(order=outcome.order, result=text)
        if outcome.result == ScanResult.LOADED.value:
            self.scan.flash_ok(text)
        elif outcome.result == ScanResult.DUPLICATE.value:
            self.scan.flash_warning(text)
        else:
            self.scan.flash_error(text)

    def try_dispatch(self, supervisor: str | None = None, reason: str | None = None) -> Operation:
        def failed(error: BaseException, message: str) -> None:
            if isinstance(error, UnscannedParcels) and supervisor is None:
                self.ask_override(len(error.parcel_ids))
            else:
                self.scan.flash_error(describe(error, message))

        run_id = self.run_id
        operation = self.context.ops.run(
            lambda uow: dispatch_and_report(
                uow, run_id, supervisor=supervisor, override_reason=reason
            ),
            parent=self,
            title=self.tr("Dispatching"),
            on_success=self._show_dispatched,
            on_error=failed,
            busy=self.dispatch_button,
        )
        return operation

    def ask_override(self, missing: int) -> None:
        dialog = OverrideDialog(missing, self)
        self.override_dialog = dialog
        dialog.accepted.connect(
            lambda: self.try_dispatch(
                dialog.supervisor.text().strip(), dialog.reason.text().strip()
            )
        )
        dialog.open()

    def _show_dispatched(self, dispatched: Dispatched) -> None:
        """What left and what stayed, until the clerk closes the dialog: the vehicle is
        gone, so this is the last chance to see where the parcels not loaded went."""
        self.dispatched = dispatched
        self.summary.setText("\n".join(self.dispatched_lines(dispatched)))
        self.summary.show()
        self.dispatch_button.setEnabled(False)
        self.close_button.setDefault(True)

    def dispatched_lines(self, dispatched: Dispatched) -> list[str]:
        """What left and what stayed, a sentence each; counts in words (`%n`)."""
        lines = [
            self.tr("Dispatched on {run}: %n parcel(s).", "", len(dispatched.loaded)).format(
                run=run_name(dispatched.run)
            )
        ]
        if not dispatched.left_behind:
            return [*lines, self.tr("Every parcel of the run was loaded.")]
        by_run: dict[uuid.UUID | None, list[RunView | None]] = {}
        for behind in dispatched.left_behind:
            key = behind.next_run.id if behind.next_run else None
            by_run.setdefault(key, []).append(behind.next_run)
        for runs in by_run.values():
            if runs[0] is None:
                lines.append(
                    self.tr(
                        "Not loaded and on no run yet: %n parcel(s); plan the "
                        "next runs on the Runs page.",
                        "",
                        len(runs),
                    )
                )
            else:
                lines.append(
                    self.tr("Not loaded, left for {run}: %n parcel(s).", "", len(runs)).format(
                        run=run_name(runs[0])
                    )
                )
        lines.append(
            self.tr("Supervisor override by {supervisor}: {reason}").format(
                supervisor=dispatched.supervisor or "", reason=dispatched.reason or ""
            )
        )
        return lines
