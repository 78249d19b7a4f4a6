"""Table models of the Runs area: a day's runs, and one run's parcels grouped by stop.

A day has a handful of runs and a run a few hundred parcels at most, so each
model reads its rows in one background query when told its runs changed (by
`Changes`), not on every repaint, and patches its rows to what it read: the
clerk's selection and scroll position survive another desk's edits. Another day
or another run is a new list, and resets the model. Parcels can be dragged
(their ids travel as text, one a line) and dropped on a run of the runs table.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from core.changes import Changes
from core.clock import shown
from core.runs.queries import RunParcelRow, RunView, run_view, runs_on
from ui.operations import Operations
from ui.runs.messages import run_place, run_vehicle
from ui.runs.row_patch import patch_rows

PARCEL_MIME = "application/x-depot-parcel-ids"
# The columns of a run's parcels, in order.
PARCEL_COLUMNS = ("stop", "recipient", "kg", "status", "loaded", "reason", "number")
translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the strings
Index = QModelIndex | QPersistentModelIndex


def reason_text(reason: str) -> str:
    """Why a parcel is on its run, in the clerk's words."""
    texts = {
        "next_run": translate("Runs", "next run"),
        "rolled_over_capacity": translate("Runs", "rolled over: earlier runs full"),
        "second_vehicle": translate("Runs", "second vehicle"),
        "holiday": translate("Runs", "holiday: moved to next run"),
        "cancelled_run": translate("Runs", "run cancelled: moved to next run"),
        "moved_by_clerk": translate("Runs", "moved by clerk"),
        "split": translate("Runs", "split off"),
        "retry_failed": translate("Runs", "delivery failed: next run"),
        "retry_returned": translate("Runs", "returned: next run"),
        "left_behind": translate("Runs", "left behind at dispatch"),
    }
    return texts.get(reason, reason)


def status_text(status: str) -> str:
    texts = {
        "planned": translate("Runs", "planned"),
        "loading": translate("Runs", "loading"),
        "dispatched": translate("Runs", "dispatched"),
        "completed": translate("Runs", "completed"),
        "cancelled": translate("Runs", "cancelled"),
        "holiday": translate("Runs", "holiday"),
        "ready": translate("Runs", "ready"),
        "on_run": translate("Runs", "on run"),
        "at_station": translate("Runs", "at station"),
        "delivered": translate("Runs", "delivered"),
        "failed": translate("Runs", "failed"),
        "returned": translate("Runs", "returned"),
    }
    return texts.get(status, status)


class RunsModel(QAbstractTableModel):
    """The runs of one day; a drop of parcels on a row asks to move them there."""

    # What a clerk planning the day looks at first (load against capacity) comes before
    # the long vehicle names, which the narrow runs pane would otherwise push off-screen.
    COLUMNS = ("township", "depart", "parcels", "kg", "status", "vehicle")

    rows_read = Signal(bool)
    """The day's runs were read and shown; carries True when the list is another day's
    (the model was reset), False when its rows were patched."""

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.day: date | None = None
        self.shown_day: date | None = None
        self.rows: list[RunView] = []
        self.drop_handler: Callable[[list[uuid.UUID], uuid.UUID], object] | None = None

    def load(self, day: date) -> None:
        """Read `day`'s runs in the background; they replace the rows (or patch them, for
        the day shown) when they arrive."""
        self.day = day
        self.ops.query(
            lambda uow: runs_on(uow, day),
            key=(self, "runs"),
            on_success=lambda rows: self._show(day, rows),
        )

    def _show(self, day: date, rows: list[RunView]) -> None:
        reset = day != self.shown_day
        if reset:
            self.beginResetModel()
            self.shown_day, self.rows = day, rows
            self.endResetModel()
        else:
            patch_rows(self, self.rows, rows, key=lambda view: view.id)
        self.rows_read.emit(reset)

    def note_changes(self, changes: Changes) -> None:
        if self.day is not None and changes.runs:
            self.load(self.day)

    def run_at(self, row: int) -> RunView | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, run_id: uuid.UUID) -> int:
        return next((n for n, view in enumerate(self.rows) if view.id == run_id), -1)

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
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "township": translate("Runs", "Township"),
            "vehicle": translate("Runs", "Vehicle"),
            "depart": translate("Runs", "Departs"),
            "status": translate("Runs", "Status"),
            "parcels": translate("Runs", "Parcels"),
            "kg": translate("Runs", "kg"),
        }[self.COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        view = self.run_at(index.row())
        if view is None:
            return None
        column = self.COLUMNS[index.column()]
        # A name cut to fit the pane is whole in its tooltip.
        if role == Qt.ItemDataRole.ToolTipRole and column in ("township", "vehicle"):
            return self.data(index)
        if role == Qt.ItemDataRole.DisplayRole:
            count = len(view.parcels)
            return {
                "township": run_place(view) if view.township_code is None else view.township_name,
                "vehicle": run_vehicle(view),
                "depart": shown(view.depart_at, pattern="%H:%M"),
                "status": status_text(view.closure_kind or view.status),
                "parcels": f"{count} / {view.capacity_parcels}",
                "kg": f"{view.weight_g / 1000:.1f} / {view.capacity_kg}",
            }[column]
        if role == Qt.ItemDataRole.ForegroundRole and view.status == "cancelled":
            return QColor("#9e9e9e")
        if role == Qt.ItemDataRole.UserRole:
            return str(view.id)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = super().flags(index)
        view = self.run_at(index.row())
        if view is not None and view.status in ("planned", "loading"):
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [PARCEL_MIME]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,  # noqa: N802
        column: int,
        parent: Index,
    ) -> bool:
        return data.hasFormat(PARCEL_MIME) and self.run_at(parent.row()) is not None

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,  # noqa: N802
        column: int,
        parent: Index,
    ) -> bool:
        view = self.run_at(parent.row() if parent.isValid() else row)
        if view is None or not data.hasFormat(PARCEL_MIME) or self.drop_handler is None:
            return False
        text = bytes(data.data(PARCEL_MIME).data()).decode("ascii")
        self.drop_handler([uuid.UUID(line) for line in text.split() if line], view.id)
        # The move happens in the core; the rows come back through `Changes`.
        return False


class RunParcelsModel(QAbstractTableModel):
    """One run's parcels, stop by stop in road order; rows drag onto another run."""

    rows_read = Signal(bool)
    """The run's parcels were read and shown; carries True when they are another run's
    (the model was reset), False when its rows were patched."""

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.run_id: uuid.UUID | None = None
        self.view: RunView | None = None
        self.rows: list[tuple[int, str, RunParcelRow]] = []  # stop number, stop name, parcel

    def load(self, run_id: uuid.UUID | None) -> None:
        """Read the run's parcels in the background (none for None); another run's replace
        the rows, the same run's patch them."""
        self.run_id = run_id
        self.ops.query(
            lambda uow: run_view(uow, run_id) if run_id else None,
            key=(self, "parcels"),
            on_success=lambda view: self._show(run_id, view),
        )

    def _show(self, run_id: uuid.UUID | None, view: RunView | None) -> None:
        rows: list[tuple[int, str, RunParcelRow]] = []
        if view is not None:
            for number, stop in enumerate(view.stops, start=1):
                name = stop.name or translate("Runs", "(no village point)")
                rows += [(number, name, row) for row in stop.parcels]
        shown = self.view.id if self.view is not None else None
        reset = view is None or shown != run_id
        if reset:
            self.beginResetModel()
            self.view, self.rows = view, rows
            self.endResetModel()
        else:
            self.view = view
            patch_rows(self, self.rows, rows, key=lambda row: row[2].parcel_id)
        self.rows_read.emit(reset)

    def note_changes(self, changes: Changes) -> None:
        if self.run_id is not None and (
            self.run_id in changes.runs or changes.parcels & {r.parcel_id for _, _, r in self.rows}
        ):
            self.load(self.run_id)

    def parcel_at(self, row: int) -> RunParcelRow | None:
        return self.rows[row][2] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(PARCEL_COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "stop": translate("Runs", "Stop"),
            "number": translate("Runs", "Parcel no."),
            "recipient": translate("Runs", "Recipient"),
            "kg": translate("Runs", "kg"),
            "status": translate("Runs", "Status"),
            "loaded": translate("Runs", "Loaded"),
            "reason": translate("Runs", "Why here"),
        }[PARCEL_COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not 0 <= index.row() < len(self.rows):
            return None
        number, name, row = self.rows[index.row()]
        column = PARCEL_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column in ("stop", "recipient", "reason"):
            return self.data(index)
        if role == Qt.ItemDataRole.DisplayRole:
            weight = "" if row.weight_g is None else f"{row.weight_g / 1000:.1f}"
            return {
                "stop": f"{number}. {name}",
                "number": row.number,
                "recipient": row.recipient,
                "kg": weight,
                "status": status_text(row.status),
                "loaded": "✓" if row.loaded else "",
                "reason": reason_text(row.reason),
            }[column]
        if role == Qt.ItemDataRole.UserRole:
            return str(row.parcel_id)
        if role == Qt.ItemDataRole.BackgroundRole and row.loaded:
            return QColor("#e8f5e9")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [PARCEL_MIME]

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        ids = sorted({str(self.rows[i.row()][2].parcel_id) for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(PARCEL_MIME, QByteArray("\n".join(ids).encode("ascii")))
        return data
