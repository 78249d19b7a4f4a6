"""The postal desk: tracking numbers typed or scanned onto the parcels waiting for the
post office, the post office's file imported, the day's sheet exported, the handover
closed with its manifest, and a manifest printed again (REPRINT).

Every read goes through `ops.query` and every write through `ops.run`; the page holds
no session. The tables are small models over the desk's one read (`core.postal.desk`).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from core.clock import shown
from core.output_files import OutputKind
from core.postal import export
from core.postal.assign import Assigned, assign
from core.postal.desk import (
    PostalDesk,
    WaitingParcel,
    close_and_print,
    export_today,
    postal_desk,
    print_again,
)
from core.postal.handover import Closed, HandoverView
from core.postal.tracking_import import TrackingImport, import_tracking
from ui.center_combo import CenterCombo
from ui.context import AppContext
from ui.file_dialogs import open_file_name, save_file_name, spreadsheet_filter
from ui.postal.messages import rejection
from ui.scan.latin_edit import LatinLineEdit
from ui.widgets.rows_model import RowsModel
from ui.widgets.tables import fit_columns, make_table


def _kg(weight_g: int | None) -> str:
    return "" if weight_g is None else f"{weight_g / 1000:.2f}"


class PostalPage(QWidget):
    desk_read = Signal()
    """The desk's parcels, handovers and templates were read and are shown."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.desk: PostalDesk | None = None
        self.center_combo = CenterCombo(context)
        self.waiting = RowsModel(
            [
                (self.tr("Parcel no."), lambda r: r.number),
                (self.tr("Tracking"), lambda r: r.tracking),
                (self.tr("Recipient"), lambda r: r.recipient),
                (self.tr("kg"), lambda r: _kg(r.weight_g)),
                (self.tr("Address"), lambda r: r.address),
            ],
            self,
        )
        self.waiting_table = make_table(self.waiting, self)
        self.waiting_table.setObjectName("postal_waiting_table")
        self.handovers = RowsModel(
            [
                (self.tr("Handover"), lambda h: h.name),
                (self.tr("Closed"), lambda h: shown(h.closed_at)),
                (self.tr("Parcels"), lambda h: h.parcel_count),
                (self.tr("kg"), lambda h: _kg(h.weight_g)),
                (self.tr("Postal worker"), lambda h: h.postal_worker),
            ],
            self,
        )
        self.handovers_table = make_table(self.handovers, self)
        self.handovers_table.setObjectName("postal_handovers_table")

        self.parcel_field = LatinLineEdit(self)
        self.parcel_field.setPlaceholderText(self.tr("Parcel number or label"))
        self.tracking_field = LatinLineEdit(self)
        self.tracking_field.setPlaceholderText(self.tr("Tracking number"))
        self.assign_button = QPushButton(self.tr("Assign"), self)
        self.import_button = QPushButton(self.tr("Import post office file…"), self)
        self.template_combo = QComboBox(self)
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.addItem(self.tr("CSV, GB18030"), "gb18030")
        self.encoding_combo.addItem(self.tr("CSV, UTF-8"), "utf-8-sig")
        self.encoding_combo.addItem(self.tr("Excel (XLSX)"), "xlsx")
        self.export_button = QPushButton(self.tr("Export today's sheet…"), self)
        self.worker_field = QLineEdit(self)
        self.worker_field.setPlaceholderText(self.tr("Postal worker's name"))
        self.close_button = QPushButton(self.tr("Close handover…"), self)
        self.reprint_button = QPushButton(self.tr("Print manifest again…"), self)
        self.message = QLabel(self)
        self.message.setObjectName("postal_message")
        self.message.setWordWrap(True)
        self._layout()

        self.center_combo.currentIndexChanged.connect(self.reload)
        self.parcel_field.returnPressed.connect(self.tracking_field.setFocus)
        self.tracking_field.returnPressed.connect(self.assign_typed)
        self.assign_button.clicked.connect(self.assign_typed)
        self.import_button.clicked.connect(self._choose_import)
        self.export_button.clicked.connect(self._choose_export)
        self.close_button.clicked.connect(self._confirm_close)
        self.reprint_button.clicked.connect(self._choose_reprint)
        context.bus.changes_applied.connect(self.note_changes)
        self.reload()

    def _layout(self) -> None:
        entry = QGroupBox(self.tr("Tracking numbers"), self)
        grid = QGridLayout(entry)
        grid.addWidget(self.parcel_field, 0, 0)
        grid.addWidget(self.tracking_field, 0, 1)
        grid.addWidget(self.assign_button, 0, 2)
        grid.addWidget(self.import_button, 0, 3)
        sheet = QGroupBox(self.tr("Sheet for the post office"), self)
        row = QHBoxLayout(sheet)
        for control in (self.template_combo, self.encoding_combo, self.export_button):
            row.addWidget(control)
        hand = QGroupBox(self.tr("Handover"), self)
        hand_row = QHBoxLayout(hand)
        for widget in (self.worker_field, self.close_button, self.reprint_button):
            hand_row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.center_combo)
        layout.addWidget(QLabel(self.tr("Waiting for the post office"), self))
        layout.addWidget(self.waiting_table, 2)
        layout.addWidget(entry)
        layout.addWidget(sheet)
        layout.addWidget(hand)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Handovers"), self))
        layout.addWidget(self.handovers_table, 1)

    # -- reading -------------------------------------------------------------------------

    @property
    def center(self) -> str:
        return self.center_combo.code

    def reload(self) -> None:
        center = self.center or None
        self.context.ops.query(
            lambda uow: postal_desk(uow, center), on_success=self._show, key=self, parent=self
        )

    def _show(self, desk: PostalDesk) -> None:
        self.desk = desk
        self.waiting.set_rows(desk.waiting)
        self.handovers.set_rows(desk.handovers)
        chosen = self.template_combo.currentText() or "ems-bulk"
        self.template_combo.clear()
        self.template_combo.addItems(list(desk.templates))
        self.template_combo.setCurrentText(chosen)
        fit_columns(self.waiting_table)
        fit_columns(self.handovers_table)
        self.desk_read.emit()

    def note_changes(self, changes: Changes) -> None:
        if changes.parcels or changes.centers:
            self.reload()

    def waiting_row(self, number: str) -> WaitingParcel | None:
        return next((r for r in self.waiting.rows if r.number == number), None)

    # -- writing -------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _refused(self, _error: BaseException, sentence: str) -> None:
        self._say(sentence)

    def assign_typed(self) -> None:
        parcel, number = self.parcel_field.text().strip(), self.tracking_field.text().strip()
        if not parcel or not number:
            self.parcel_field.setFocus() if not parcel else self.tracking_field.setFocus()
            return

        def done(assigned: Assigned) -> None:
            self._say(
                self.tr("{parcel}: tracking number {number}").format(
                    parcel=assigned.number, number=assigned.tracking
                )
            )
            self.parcel_field.clear()
            self.tracking_field.clear()
            self.parcel_field.setFocus()

        self.context.ops.run(
            lambda uow: assign(uow, parcel, number),
            parent=self,
            on_success=done,
            on_error=self._refused,
        )

    def _choose_import(self) -> None:
        path = open_file_name(
            self, self.context.settings, self.tr("Post office file"), spreadsheet_filter()
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        def done(report: TrackingImport) -> None:
            lines = [
                self.tr("{matched} tracking numbers put on parcels, {unchanged} unchanged.").format(
                    matched=len(report.matched), unchanged=report.unchanged
                )
            ]
            lines += [
                self.tr("Line {line}: {reason} {detail}").format(
                    line=r.line, reason=rejection(r.reason), detail=r.detail
                )
                for r in report.rejected
            ]
            self._say("\n".join(lines))

        self.context.ops.run(
            lambda uow: import_tracking(uow, path),
            parent=self,
            on_success=done,
            on_error=self._refused,
        )

    def _choose_export(self) -> None:
        xlsx = self.encoding_combo.currentData() == "xlsx"
        filters = self.tr("Excel files (*.xlsx)") if xlsx else self.tr("CSV files (*.csv)")
        path = save_file_name(self, self.context.settings, self.tr("Export sheet"), filters)
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Today's postal parcels (handed over and waiting) into `path`, as chosen."""
        choice = str(self.encoding_combo.currentData())
        kind = OutputKind.XLSX if choice == "xlsx" else OutputKind.CSV
        encoding = "gb18030" if choice == "xlsx" else choice
        name, center = self.template_combo.currentText(), self.center or None

        def done(result: export.Exported) -> None:
            self._say(
                self.tr("{path}: {n} parcels written.").format(path=result.path, n=result.rows)
            )

        self.context.ops.run(
            lambda uow: export_today(uow, center, name, path, kind, encoding),
            parent=self,
            write=False,
            on_success=done,
            on_error=self._refused,
        )

    def _confirm_close(self) -> None:
        count = len(self.waiting.rows)
        asked = QMessageBox.question(
            self,
            self.tr("Close handover"),
            self.tr(
                "Hand %n parcel(s) over to the post office? They cannot change after.", "", count
            ),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        path = save_file_name(
            self, self.context.settings, self.tr("Handover manifest"), self.tr("PDF (*.pdf)")
        )
        if path:
            self.close_handover(path)

    def close_handover(self, manifest_path: str) -> None:
        """Close the handover and write its manifest, in one transaction."""
        center, worker = self.center or None, self.worker_field.text()

        def done(closed: Closed) -> None:
            view = closed.handover
            self._say(
                self.tr("Handover {name} closed: {n} parcels, {kg} kg.").format(
                    name=view.name, n=view.parcel_count, kg=_kg(view.weight_g)
                )
            )
            self.worker_field.clear()

        self.context.ops.run(
            lambda uow: close_and_print(uow, center, worker, manifest_path),
            parent=self,
            on_success=done,
            on_error=self._refused,
        )

    def selected_handover(self) -> HandoverView | None:
        rows = self.handovers_table.selectionModel().selectedRows()
        return self.handovers.rows[rows[0].row()] if rows else None

    def _choose_reprint(self) -> None:
        if self.selected_handover() is None:
            self._say(self.tr("Choose a handover in the list first."))
            return
        path = save_file_name(
            self, self.context.settings, self.tr("Handover manifest"), self.tr("PDF (*.pdf)")
        )
        if path:
            self.reprint(path)

    def reprint(self, path: str) -> None:
        chosen = self.selected_handover()
        if chosen is None:
            return

        handover_id = chosen.id
        self.context.ops.run(
            lambda uow: print_again(uow, handover_id, path),
            parent=self,
            on_success=lambda _result: self._say(
                self.tr("{path}: manifest printed again.").format(path=path)
            ),
            on_error=self._refused,
        )
