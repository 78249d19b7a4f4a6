"""A short list behind a figure (lots expiring, low stock, a category's products), read in
the background and shown whole: these lists are bounded by their indexed queries."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from ui.context import AppContext
from ui.dashboard.list_frame import frame_list
from ui.operations import UnitOfWork
from ui.widgets.paged_model import while_alive
from ui.widgets.rows_model import RowsModel
from ui.widgets.tables import fit_columns, make_table


class RowsDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        title: str,
        columns: Sequence[tuple[str, Callable[[Any], object]]],
        read: Callable[[UnitOfWork], Sequence[Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = RowsModel(columns, self)
        self.count = QLabel(self.tr("Reading…"), self)
        self.table = make_table(self.model, self)
        frame_list(self, title, self.count, self.table, (50, 24))
        context.ops.query(read, on_success=while_alive(self, self._show), parent=self)

    def _show(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        fit_columns(self.table)
        self.count.setText(self.tr("%n row(s)", "", len(rows)))
