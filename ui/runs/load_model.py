"""The load check's table: every parcel of the run, loaded or not, and the problem scans.

Read whole from the core's `load_sheet` (a run has a few hundred parcels at most),
in the background, whenever a write touched the run. Problem rows come first, the
latest on top: they are what a clerk at the vehicle must act on; the run's parcels
follow stop by stop. The rows are patched to each read (a scan changes cells, a new
problem is a row inserted on top), so the view keeps its place and selection.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from core.clock import shown
from core.runs.load_report import LoadSheet, SheetParcel, SheetProblem, load_sheet
from core.runs.models import ScanResult
from ui.i18n import QT_TRANSLATE_NOOP
from ui.operations import Operations
from ui.runs.messages import run_name
from ui.runs.models import Index
from ui.runs.row_patch import patch_rows
from ui.scan.scan_field import ERROR_COLOUR

translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the strings

LOADED_BACKGROUND = "#e8f5e9"
PROBLEM_BACKGROUND = "#ffebee"
Row = SheetParcel | SheetProblem


HEADERS = {
    "check": QT_TRANSLATE_NOOP("LoadCheck", "Check"),
    "code": QT_TRANSLATE_NOOP("LoadCheck", "Code"),
    "order": QT_TRANSLATE_NOOP("LoadCheck", "Order"),
    "recipient": QT_TRANSLATE_NOOP("LoadCheck", "Recipient"),
    "stop": QT_TRANSLATE_NOOP("LoadCheck", "Stop"),
    "scanned": QT_TRANSLATE_NOOP("LoadCheck", "Scanned"),
    "note": QT_TRANSLATE_NOOP("LoadCheck", "Note"),
    # Last: the columns before it are where a clerk at the vehicle has always read them.
    "number": QT_TRANSLATE_NOOP("LoadCheck", "Parcel no."),
}


class LoadCheckModel(QAbstractTableModel):
    """One run's load check as it stands in the database."""

    COLUMNS = tuple(HEADERS)

    sheet_read = Signal(object)
    """The run's sheet was read and the rows show it; carries the `LoadSheet`."""

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.sheet: LoadSheet | None = None
        self.rows: list[Row] = []

    def load(self, run_id: uuid.UUID) -> None:
        """Read the sheet in the background. Reads come back in the order they were asked,
        and a read asked later drops an earlier one still under way, so the sheet shown
        is never older than one already shown."""
        self.ops.query(
            lambda uow: load_sheet(uow, run_id), on_success=self._show, key=(self, "sheet")
        )

    def _show(self, sheet: LoadSheet) -> None:
        self.sheet = sheet
        rows: list[Row] = [*sheet.problems, *sheet.parcels]
        patch_rows(self, self.rows, rows, key=_key)
        self.sheet_read.emit(sheet)

    def row_at(self, row: int) -> Row | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return translate("LoadCheck", HEADERS[self.COLUMNS[section]])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(self.COLUMNS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # The tooltip is the whole text: a run's name in the note is often cut off.
            cells = _parcel_cells(row) if isinstance(row, SheetParcel) else _problem_cells(row)
            return cells[self.COLUMNS[index.column()]]
        if role == Qt.ItemDataRole.BackgroundRole:
            if isinstance(row, SheetProblem):
                return QColor(PROBLEM_BACKGROUND)
            return QColor(LOADED_BACKGROUND) if row.loaded else None
        if role == Qt.ItemDataRole.ForegroundRole and isinstance(row, SheetProblem):
            return QColor(ERROR_COLOUR)
        if role == Qt.ItemDataRole.UserRole:
            return str(row.parcel_id) if row.parcel_id else None
        return None


def _key(row: Row) -> object:
    if isinstance(row, SheetParcel):
        return row.parcel_id
    return (
        "problem",
        row.parcel_id or row.code,
        row.result,
        row.other_run.id if row.other_run else None,
    )


def _parcel_cells(row: SheetParcel) -> dict[str, str]:
    stop = row.stop_name or translate("LoadCheck", "(no village point)")
    return {
        "check": (
            translate("LoadCheck", "Loaded") if row.loaded else translate("LoadCheck", "Not loaded")
        ),
        "number": row.number,
        "code": row.code or "",
        "order": row.order or "",
        "recipient": row.recipient,
        "stop": f"{row.stop}. {stop}",
        "scanned": _when(row.loaded_at, row.loaded_by),
        "note": "",
    }


def _problem_cells(row: SheetProblem) -> dict[str, str]:
    checks = {
        ScanResult.WRONG_RUN.value: translate("LoadCheck", "Wrong run"),
        ScanResult.EXTRA.value: translate("LoadCheck", "Extra"),
        ScanResult.UNKNOWN.value: translate("LoadCheck", "Unknown code"),
    }
    notes = {
        ScanResult.EXTRA.value: translate("LoadCheck", "On no run: keep it off the vehicle."),
        ScanResult.UNKNOWN.value: translate("LoadCheck", "No parcel has this code."),
    }
    note = notes.get(row.result, "")
    if row.other_run is not None:
        note = translate("LoadCheck", "Goes with {run}.").format(run=run_name(row.other_run))
    return {
        "check": checks.get(row.result, row.result),
        "number": "",
        "code": row.code,
        "order": "",
        "recipient": "",
        "stop": "",
        "scanned": _when(row.scanned_at, row.actor),
        "note": note,
    }


def _when(at: datetime | None, actor: str | None) -> str:
    if at is None:
        return ""
    return translate("LoadCheck", "{time} by {actor}").format(
        time=shown(at, pattern="%H:%M"), actor=actor or "?"
    )
