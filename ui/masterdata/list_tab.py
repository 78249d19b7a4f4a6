"""What the master-data tabs share: a table of rows read in the background, buttons that
write through the operation helper, a line that says what happened or why not."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.changes import Changes
from ui.context import AppContext
from ui.operations import UnitOfWork
from ui.qt_fixes import emit
from ui.widgets.paged_model import while_alive
from ui.widgets.rows_model import RowsModel
from ui.widgets.tables import fit_columns, make_table


class ListTab(QWidget):
    loaded = Signal()
    """The rows were read and are on view."""
    written = Signal()
    """A write of this tab was committed (or refused: see `message`)."""

    def __init__(
        self,
        context: AppContext,
        columns: Sequence[tuple[str, Callable[[Any], object]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.model = RowsModel(columns, self)
        self.table = make_table(self.model, self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QHBoxLayout()
        self.top = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        layout.addWidget(self.message)
        context.bus.changes_applied.connect(while_alive(self, self._changed))

    def button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def read(self, uow: UnitOfWork) -> list[Any]:
        """The rows, on the reader thread."""
        raise NotImplementedError

    def touched_by(self, changes: Changes) -> bool:
        return not changes.empty

    def _changed(self, changes: Changes) -> None:
        if self.touched_by(changes):
            self.reload()

    def reload(self) -> None:
        self.context.ops.query(
            self.read, on_success=while_alive(self, self._show), key=(self, "rows")
        )

    def _show(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        fit_columns(self.table)
        emit(self.loaded)

    def selected(self) -> list[Any]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.rows[row] for row in rows]

    def write(self, job: Callable[[UnitOfWork], Any], done: str = "") -> None:
        """Run `job` on the writer; say `done` when committed, the refusal otherwise."""

        def succeeded(_result: Any) -> None:
            self.message.setText(done)
            emit(self.written)

        def refused(_error: BaseException, sentence: str) -> None:
            self.message.setText(sentence)
            emit(self.written)

        self.context.ops.run(
            job, on_success=while_alive(self, succeeded), on_error=while_alive(self, refused)
        )
