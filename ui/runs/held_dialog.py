"""Held parcels: what a center holds back from its runs, and Release to put one on its
next run again (the core plans only the parcel's own center, and refuses another's)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.changes import Changes
from core.clock import shown
from core.runs.edits import HeldParcel, held_parcels, release_parcel
from ui.center_combo import CenterCombo
from ui.context import AppContext
from ui.operations import Operation
from ui.runs.messages import describe
from ui.scan.scan_field import show_feedback
from ui.widgets.rows_model import RowsModel
from ui.widgets.tables import fit_columns, make_table


class HeldDialog(QDialog):
    """The held parcels of the chosen center (the PC's home center first), with Release."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Held parcels"))
        self.resize(720, 420)
        self.center = CenterCombo(context, self)
        # The held list is short (what a center holds back): held whole.
        self.held = RowsModel(
            [
                (self.tr("Held since"), lambda h: shown(h.held_at)),
                (self.tr("Recipient"), lambda h: h.recipient),
                (self.tr("Township"), lambda h: h.township_name or self.tr("Postal handover")),
                (self.tr("Held by"), lambda h: h.held_by),
                (self.tr("Note"), lambda h: h.note),
            ],
            self,
        )
        self.table = make_table(self.held, self)
        self.table.setObjectName("held_table")
        self.empty = QLabel(self.tr("No parcel is held at this center."), self)
        self.empty.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.release_button = QPushButton(self.tr("Release"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Center"), self))
        top.addWidget(self.center, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.release_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.center.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda _s, _d: self._can_release())
        self.release_button.clicked.connect(lambda: self.release_selected())
        self.close_button.clicked.connect(self.accept)
        context.bus.changes_applied.connect(self._changes_applied)
        self.refresh()

    def refresh(self) -> None:
        """Read the center's held parcels again, off the GUI thread."""
        center = self.center.code
        if not center:
            self._show([])
            return
        self.context.ops.query(
            lambda uow: held_parcels(uow, center),
            on_success=self._show,
            key=(self, "held"),
            parent=self,
            title=self.windowTitle(),
        )

    def _show(self, rows: list[HeldParcel]) -> None:
        chosen = self.selected_parcel()
        self.held.set_rows(rows)
        fit_columns(self.table)
        row = next((n for n, h in enumerate(rows) if h.parcel_id == chosen), -1)
        if row >= 0:
            self.table.selectRow(row)
        self.empty.setVisible(not rows)
        self._can_release()

    def _changes_applied(self, changes: Changes) -> None:
        if changes.parcels:  # a hold or a release, here or on the Runs page
            self.refresh()

    def selected_parcel(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.held.rows):
            return None
        held: HeldParcel = self.held.rows[rows[0].row()]
        return held.parcel_id

    def _can_release(self) -> None:
        self.release_button.setEnabled(self.selected_parcel() is not None)

    def release_selected(self) -> Operation | None:
        parcel_id, center = self.selected_parcel(), self.center.code
        if parcel_id is None:
            return None
        recipient = self.held.rows[self.table.currentIndex().row()].recipient

        def failed(error: BaseException, sentence: str) -> None:
            show_feedback(self.message, "error", describe(error, sentence))

        operation = self.context.ops.run(
            lambda uow: release_parcel(uow, parcel_id, center),
            parent=self,
            title=self.tr("Releasing the parcel"),
            on_success=lambda _c: show_feedback(
                self.message,
                "ok",
                self.tr("Released: the parcel for {recipient} is on its next run.").format(
                    recipient=recipient
                ),
            ),
            on_error=failed,
            busy=self.release_button,  # a second click must not release twice
        )
        operation.finished.connect(self._can_release)
        return operation
