"""Import an order file: choose it (and the item report), a format or a saved mapping, run.

The import runs on the operations worker, off the GUI thread, with the dialog's
own progress bar and Cancel (no second progress window); one import is one
transaction, so Cancel leaves nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.orders.imports import ImportReport, import_orders
from core.orders.mappings import order_mapping_names
from ui.center_combo import CenterCombo
from ui.context import AppContext
from ui.file_dialogs import open_file_name, spreadsheet_filter
from ui.operations import Cancelled, Operation, OperationCancelled, Progress, UnitOfWork
from ui.orders.messages import describe_error, rejected_line, skipped_line
from ui.widgets.paged_model import while_alive

translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the strings


class ImportDialog(QDialog):
    mappings_shown = Signal()
    """The saved column mappings were read and the mapping combo offers them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.operation: Operation[ImportReport] | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import orders"))
        self.resize(720, 520)

        self.file_edit = QLineEdit()
        self.items_edit = QLineEdit()
        self.items_edit.setPlaceholderText(self.tr("optional: the item report (宝贝报表)"))
        self.format_combo = QComboBox()
        for key, label in (
            ("auto", self.tr("Taobao / Tmall export (recognised by its columns)")),
            ("csv", self.tr("Other CSV, through a saved mapping")),
            ("xlsx", self.tr("Other XLSX, through a saved mapping")),
        ):
            self.format_combo.addItem(label, key)
        self.mapping_combo = QComboBox()
        self.new_mapping_button = QPushButton(self.tr("New mapping…"))
        self.center_combo = CenterCombo(context)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        self.result_view = QPlainTextEdit()
        self.result_view.setReadOnly(True)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("File:"), _with_browse(self.file_edit, self._browse_file))
        form.addRow(self.tr("Item report:"), _with_browse(self.items_edit, self._browse_items))
        form.addRow(self.tr("Format:"), self.format_combo)
        mapping_row = QHBoxLayout()
        mapping_row.addWidget(self.mapping_combo, 1)
        mapping_row.addWidget(self.new_mapping_button)
        form.addRow(self.tr("Column mapping:"), mapping_row)
        form.addRow(self.tr("Shipping center:"), self.center_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_view, 1)
        layout.addWidget(buttons)

        self.import_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.new_mapping_button.clicked.connect(self._new_mapping)
        self._load_choices()

    def _load_choices(self, select_mapping: str = "") -> None:
        """Read the saved mappings in the background; `mappings_shown` follows."""
        self.context.ops.query(
            order_mapping_names,
            parent=self,
            key=(id(self), "mappings"),
            on_success=while_alive(self, lambda names: self._show_choices(names, select_mapping)),
        )

    def _show_choices(self, names: list[str], select_mapping: str) -> None:
        self.mapping_combo.clear()
        self.mapping_combo.addItem(self.tr("(none: a Taobao / Tmall export)"), "")
        for name in names:
            self.mapping_combo.addItem(name, name)
        if select_mapping:
            self.mapping_combo.setCurrentIndex(self.mapping_combo.findData(select_mapping))
        self.mappings_shown.emit()

    def _browse_file(self) -> None:
        path = open_file_name(
            self, self.context.settings, self.tr("Order file"), spreadsheet_filter()
        )
        if path:
            self.file_edit.setText(path)

    def _browse_items(self) -> None:
        path = open_file_name(
            self, self.context.settings, self.tr("Item report"), spreadsheet_filter()
        )
        if path:
            self.items_edit.setText(path)

    def _new_mapping(self) -> None:
        from ui.orders.mapping_dialog import MappingDialog

        dialog = MappingDialog(self.context, self.file_edit.text().strip(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_name:
            self._load_choices(dialog.saved_name)
            self.format_combo.setCurrentIndex(1)

    # -- running --
    def start(self) -> Operation[ImportReport] | None:
        """Start the import on the worker; returns the running operation."""
        path = self.file_edit.text().strip()
        if not path:
            self.result_view.setPlainText(self.tr("Choose a file first."))
            return None
        items = self.items_edit.text().strip() or None
        fmt = self.format_combo.currentData()
        mapping = self.mapping_combo.currentData() or None
        center = self.center_combo.currentData()

        def job(uow: UnitOfWork, progress: Progress, cancelled: Cancelled) -> ImportReport:
            return import_orders(
                uow,
                Path(path),
                center=center,
                format=fmt,
                mapping=mapping,
                items=items,
                progress=progress,
                cancelled=cancelled,
            )

        self.report = None
        self.result_view.setPlainText(self.tr("Importing {name}…").format(name=Path(path).name))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.operation = self.context.ops.run_long(
            job,
            parent=self,
            title=self.tr("Importing orders"),
            progress_dialog=False,
            on_progress=self._progressed,
            on_success=self._succeeded,
            on_error=self._failed,
        )
        self.operation.finished.connect(self._finished)
        return self.operation

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()

    def _progressed(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))

    def _succeeded(self, report: ImportReport) -> None:
        self.report = report
        self.result_view.setPlainText(summary(report))

    def _failed(self, error: BaseException, message: str) -> None:
        self.result_view.setPlainText(describe_error(error, message))

    def _finished(self) -> None:
        self.import_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)
        operation = self.operation
        # Cancel pressed after the core's last look at it reaches neither callback.
        if operation is not None and isinstance(operation.error, OperationCancelled):
            self.result_view.setPlainText(describe_error(operation.error, operation.message))


def summary(report: ImportReport) -> str:
    """What an import did, counted in the clerk's language (plural forms by `%n`)."""
    counts = [
        translate("ImportDialog", "%n new order(s)", "", report.imported)
        + " "
        + translate("ImportDialog", "from %n row(s)", "", report.rows),
        translate("ImportDialog", "{known} already known ({changed} changed)").format(
            known=report.duplicates, changed=len(report.changed)
        ),
        translate("ImportDialog", "{skipped} skipped").format(skipped=len(report.skipped)),
        translate("ImportDialog", "{rejected} rejected").format(rejected=len(report.rejected)),
        translate("ImportDialog", "%n address(es) to review", "", report.needs_review),
    ]
    lines = ["; ".join(counts) + "."]
    for changed in report.changed:
        note = (
            ""
            if changed.applied
            else translate("ImportDialog", " (not applied: the parcel is already picked)")
        )
        lines.append(
            translate("ImportDialog", "line {line}: order {order} changed: {fields}{note}").format(
                line=changed.line,
                order=changed.order_id,
                fields=", ".join(changed.fields),
                note=note,
            )
        )
    lines += [rejected_line(r) for r in report.rejected]
    lines += [skipped_line(s) for s in report.skipped]
    return "\n".join(lines)


def _with_browse(edit: QLineEdit, browse: object) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    # The dialog's own context: `dialog.tr` would file it under "dialog", which the app
    # never looks up.
    button = QPushButton(translate("ImportDialog", "Browse…"))
    button.clicked.connect(browse)
    row.addWidget(button)
    return row
