"""Delivery of a run: scan at the township station, or confirm from the signed manifest.

The clerk picks what a scan means (at the station, delivered, failed, returned)
and, for failures, the reason; "Manifest signed" marks every parcel not
reported otherwise as delivered. Failed and returned parcels go on the next
run by themselves.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from core.runs.loading import DeliveryEntry, confirm_manifest, record_delivery
from core.runs.models import DeliveryKind
from ui.context import AppContext
from ui.operations import Operation, UnitOfWork
from ui.runs.messages import describe
from ui.runs.models import RunParcelsModel
from ui.scan.scan_field import ScanField, show_feedback
from ui.scan.scan_settings import load_tuning
from ui.widgets.tables import fit_columns, make_table


class DeliveryDialog(QDialog):
    def __init__(
        self, context: AppContext, run_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.run_id = run_id
        self.setWindowTitle(self.tr("Delivery"))
        self.resize(720, 520)
        self.kind = QComboBox(self)
        self.kind.setObjectName("delivery_kind")
        for kind, label in (
            (DeliveryKind.AT_STATION, self.tr("At the station")),
            (DeliveryKind.DELIVERED, self.tr("Delivered")),
            (DeliveryKind.FAILED, self.tr("Failed")),
            (DeliveryKind.RETURNED, self.tr("Returned")),
        ):
            self.kind.addItem(label, kind.value)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("delivery_reason")
        self.scan = ScanField(self, tuning=load_tuning(context.settings))
        self.scan.setObjectName("delivery_scan")
        self.message = QLabel(self)
        self.parcels = RunParcelsModel(context.ops, self)
        self.table = make_table(self.parcels, self)
        self.parcels.rows_read.connect(lambda _reset: fit_columns(self.table))
        self.manifest_button = QPushButton(self.tr("Manifest signed: the rest delivered"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        form = QFormLayout()
        form.addRow(self.tr("A scan means:"), self.kind)
        form.addRow(self.tr("Reason (failed, returned):"), self.reason)
        buttons = QHBoxLayout()
        buttons.addWidget(self.manifest_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.scan)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.scan.scanned.connect(self.scanned)
        self.scan.feedback_shown.connect(lambda kind, text: show_feedback(self.message, kind, text))
        self.manifest_button.clicked.connect(self.manifest_signed)
        self.close_button.clicked.connect(self.accept)
        context.bus.changes_applied.connect(self._changes_applied)
        self.refresh()

    def refresh(self) -> None:
        """Read the run's parcels again, off the GUI thread."""
        self.parcels.load(self.run_id)

    def _changes_applied(self, changes: Changes) -> None:
        if self.run_id in changes.runs:
            self.refresh()

    def _run(
        self, fn: Callable[[UnitOfWork], object], ok: str, busy: QPushButton | None = None
    ) -> Operation:
        operation = self.context.ops.run(
            fn,
            on_success=lambda _r: self.scan.flash_ok(ok),
            on_error=lambda error, message: self.scan.flash_error(describe(error, message)),
            busy=busy,
        )
        return operation

    def scanned(self, code: str) -> Operation:
        entry = DeliveryEntry(code, str(self.kind.currentData()), self.reason.text().strip())
        run_id = self.run_id
        return self._run(
            lambda uow: record_delivery(uow, [entry], run_id=run_id), self.tr("Recorded.")
        )

    def manifest_signed(self) -> Operation:
        run_id = self.run_id
        return self._run(
            lambda uow: confirm_manifest(uow, run_id),
            self.tr("Manifest recorded."),
            self.manifest_button,
        )
