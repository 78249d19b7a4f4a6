"""What every inventory workflow page shares: a center picker, the scan field with its
message line, core calls through the operation helper with scan feedback; document
lines are shown with `RowsModel` (ui/widgets/rows_model.py)."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QAbstractTableModel, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.inventory import scanning, views
from core.inventory.scanning import Scan
from ui.center_combo import CenterCombo
from ui.context import AppContext
from ui.inventory.messages import describe
from ui.operations import Operation, UnitOfWork
from ui.qt_fixes import emit
from ui.scan.scan_field import ScanField, show_feedback
from ui.scan.scan_settings import load_tuning
from ui.widgets.rows_model import RowsModel

T = TypeVar("T")

__all__ = ["RowsModel", "WorkflowPage", "make_table"]


def make_table(model: QAbstractTableModel, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


@dataclass
class _Queued:
    """A scan whose classification is on its way back from the reader."""

    code: str
    scan: Scan | None = None
    refusal: str | None = None

    @property
    def arrived(self) -> bool:
        return self.scan is not None or self.refusal is not None


class WorkflowPage(QWidget):
    """Base of the scan-first pages: layout, center choice, scan field, feedback.

    Every scan is classified off the GUI thread (`Operations.query`), so a slow server
    never holds the scanner's next burst. Scans are acted on in the order they were
    scanned, whatever order their classifications come back in: a bin scan then an item
    scan is always "this item into that bin".
    """

    scan_handled = Signal(str)
    """A scanned code was classified and acted on, or refused; carries the code. Once per
    scan, in scan order (a write it started may still be running)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.layout_ = QVBoxLayout(self)
        self.center = CenterCombo(context, self)
        self.scan = ScanField(self, tuning=load_tuning(context.settings))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.scan.feedback_shown.connect(lambda kind, text: show_feedback(self.message, kind, text))
        self.scan.scanned.connect(self._scanned)
        self._queued: deque[_Queued] = deque()

    # -- helpers for subclasses --------------------------------------------------------------
    @property
    def center_code(self) -> str:
        return str(self.center.currentData() or "")

    def run(
        self,
        fn: Callable[[UnitOfWork], T],
        *,
        ok: str = "",
        done: Callable[[T], None] | None = None,
        write: bool = True,
        busy: QAbstractButton | None = None,
    ) -> Operation[T]:
        """Call the core off the GUI thread; success flashes green, a refusal red. `busy`,
        the button that started it, is greyed until it ends: a second click writes nothing."""

        def succeeded(result: T) -> None:
            if ok:
                self.scan.flash_ok(ok)
            if done is not None:
                done(result)

        def failed(error: BaseException, _message: str) -> None:
            self.scan.flash_error(describe(error))

        return self.context.ops.run(
            fn, parent=self, write=write, on_success=succeeded, on_error=failed, busy=busy
        )

    def refuse(self, message: str) -> None:
        self.scan.flash_error(message)

    def _scanned(self, code: str) -> None:
        # The center as it was at the scan: a bin code means a bin of that center.
        center = self.center_code or None
        queued = _Queued(code)
        self._queued.append(queued)

        def arrived(scan: Scan) -> None:
            queued.scan = scan
            self._act_in_order()

        def failed(error: BaseException, _sentence: str) -> None:
            queued.refusal = describe(error)
            self._act_in_order()

        self.context.ops.query(
            lambda uow: views.classify(uow, code, center), on_success=arrived, on_error=failed
        )

    def _act_in_order(self) -> None:
        """Act on the scans whose classification arrived, oldest first, up to the first
        still on its way: a later scan never overtakes an earlier one."""
        while self._queued and self._queued[0].arrived:
            queued = self._queued.popleft()
            if queued.refusal is not None:
                self.refuse(queued.refusal)
            elif queued.scan is not None and queued.scan.kind == scanning.ScanKind.UNKNOWN:
                self.refuse(self.describe_unknown(queued.scan))
            elif queued.scan is not None:
                self.on_scan(queued.scan)
            emit(self.scan_handled, queued.code)

    def on_scan(self, scan: Scan) -> None:  # overridden by each page
        raise NotImplementedError

    def describe_unknown(self, scan: Scan) -> str:
        """The refusal of a code that names nothing (under this class's context, which
        every page's lookup reaches: lupdate files `self.tr` here as WorkflowPage)."""
        if scan.reason == "bad_check_digit":
            return self.tr("“{code}” is not a valid EAN-13: rescan it.").format(code=scan.code)
        if scan.reason == "unknown_bin":
            return self.tr("There is no bin “{bin}” at {center}.").format(
                bin=scan.bin, center=scan.center
            )
        return self.tr("Unknown code “{code}”.").format(code=scan.code)
