"""The Village points manager: add, rename, retire or restore, import a CSV."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from core.places import village_points
from core.places.errors import PlaceFileRejected
from core.places.gazetteer import TownshipNames, served_townships, set_division_names
from core.places.village_points import PointImport, PointRow
from ui.collation import by_name
from ui.context import AppContext
from ui.file_dialogs import open_file_name
from ui.operations import UnitOfWork
from ui.places.points_model import PointsModel
from ui.widgets.paged_model import while_alive
from ui.widgets.tables import fit_columns, make_table

translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the strings


class PointDialog(QDialog):
    """Names of a new point (with its township) or of an existing one."""

    def __init__(
        self,
        townships: list[TownshipNames],
        point: PointRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Rename village point") if point else self.tr("Add village point")
        )
        self.township = QComboBox()
        for township in by_name(townships, lambda t: t.label):
            self.township.addItem(township.label, township.code)
        self.name_zh = QLineEdit(point.name_zh if point else "")
        self.name_zh.setObjectName("point_name_zh")
        self.name_bo = QLineEdit(point.name_bo if point else "")
        self.name_pinyin = QLineEdit(point.name_pinyin if point else "")
        form = QFormLayout(self)
        if point is None:
            form.addRow(self.tr("Township:"), self.township)
        form.addRow(self.tr("Chinese name:"), self.name_zh)
        form.addRow(self.tr("Tibetan name:"), self.name_bo)
        form.addRow(self.tr("Pinyin:"), self.name_pinyin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class TownshipNamesDialog(QDialog):
    def __init__(self, townships: list[TownshipNames], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Township names"))
        self.township = QComboBox()
        self.name_bo = QLineEdit()
        self.name_pinyin = QLineEdit()
        self._names = {t.code: (t.name_bo, t.name_pinyin) for t in townships}
        for township in by_name(townships, lambda t: t.label):
            self.township.addItem(township.label, township.code)
        self.township.currentIndexChanged.connect(self._show_names)
        form = QFormLayout(self)
        form.addRow(self.tr("Township:"), self.township)
        form.addRow(self.tr("Tibetan name:"), self.name_bo)
        form.addRow(self.tr("Pinyin:"), self.name_pinyin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._show_names()

    def _show_names(self) -> None:
        bo, pinyin = self._names.get(str(self.township.currentData()), ("", ""))
        self.name_bo.setText(bo)
        self.name_pinyin.setText(pinyin)


class PointsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = PointsModel(context.ops, self)
        self.table = make_table(self.model, self)
        self.table.setObjectName("points_table")
        self.add_button = QPushButton(self.tr("Add…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.retire_button = QPushButton(self.tr("Retire / restore"))
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.township_button = QPushButton(self.tr("Township names…"))
        bar = QHBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.retire_button,
            self.import_button,
            self.township_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.add_point)
        self.rename_button.clicked.connect(self.rename_point)
        self.retire_button.clicked.connect(self.toggle_retired)
        # Not import_file itself: clicked passes `checked` (False), which it would take
        # for the path.
        self.import_button.clicked.connect(self.choose_and_import)
        self.township_button.clicked.connect(self.edit_township_names)
        self.table.doubleClicked.connect(lambda _index: self.rename_point())
        context.bus.changes_applied.connect(self._changes_applied)
        self._fitted = False
        self.model.rows_arrived.connect(self._fit_once)
        self.model.reload()

    def _fit_once(self) -> None:
        # Columns are fitted to the first rows that arrive, then left as the clerk sets them.
        if not self._fitted:
            self._fitted = True
            fit_columns(self.table)

    def _changes_applied(self, changes: Changes) -> None:
        self.model.note_changes(changes)

    def selected(self) -> PointRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def add_point(self) -> None:
        """Add…: the served townships are read, then the clerk names the new point."""
        self.context.ops.query(
            served_townships,
            parent=self,
            key=(id(self), "townships"),
            on_success=while_alive(self, self._ask_new_point),
        )

    def _ask_new_point(self, townships: list[TownshipNames]) -> None:
        dialog = PointDialog(townships, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        township = str(dialog.township.currentData())
        names = (dialog.name_zh.text(), dialog.name_bo.text(), dialog.name_pinyin.text())
        self.context.ops.run(
            lambda uow: village_points.add_village_point(
                uow, township, names[0], name_bo=names[1], name_pinyin=names[2]
            ),
            parent=self,
            title=self.tr("Adding the village point"),
        )

    def rename_point(self) -> None:
        point = self.selected()
        if point is None:
            return
        dialog = PointDialog([], point, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        names = (dialog.name_zh.text(), dialog.name_bo.text(), dialog.name_pinyin.text())
        self.context.ops.run(
            lambda uow: village_points.rename_village_point(
                uow, point.id, name_zh=names[0], name_bo=names[1], name_pinyin=names[2]
            ),
            parent=self,
            title=self.tr("Renaming the village point"),
        )

    def edit_township_names(self) -> None:
        """A township's Tibetan and pinyin names: the clerks' (docs/field-facts.md, "The place")."""
        self.context.ops.query(
            served_townships,
            parent=self,
            key=(id(self), "townships"),
            on_success=while_alive(self, self._ask_township_names),
        )

    def _ask_township_names(self, townships: list[TownshipNames]) -> None:
        dialog = TownshipNamesDialog(townships, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        code = str(dialog.township.currentData())
        name_bo, name_pinyin = dialog.name_bo.text(), dialog.name_pinyin.text()
        self.context.ops.run(
            lambda uow: set_division_names(uow, code, name_bo=name_bo, name_pinyin=name_pinyin),
            parent=self,
            title=self.tr("Saving the township's names"),
        )

    def toggle_retired(self) -> None:
        point = self.selected()
        if point is None:
            return
        point_id: uuid.UUID = point.id
        self.context.ops.run(
            lambda uow: village_points.retire_village_point(uow, point_id, retired=point.active),
            parent=self,
            title=self.tr("Retiring the village point"),
        )

    def choose_and_import(self) -> None:
        """Import CSV…: the clerk picks the file in the dialog, then it is imported."""
        path = open_file_name(
            self,
            self.context.settings,
            self.tr("Import village points"),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        """Import the village points of the CSV file `path` (all or nothing)."""

        def run(uow: UnitOfWork) -> PointImport | PlaceFileRejected:
            try:
                return village_points.import_village_points(uow, path)
            except PlaceFileRejected as rejected:  # validated before any write: nothing to undo
                return rejected

        self.context.ops.run(
            run, parent=self, title=self.tr("Importing village points"), on_success=self._imported
        )

    def _imported(self, result: PointImport | PlaceFileRejected) -> None:
        if isinstance(result, PlaceFileRejected):
            lines = [
                self.tr("Line {line}, {field}: {reason}").format(
                    line=p.line, field=p.field or "-", reason=_reason(p.reason)
                )
                + (f" ({p.value})" if p.value else "")
                for p in result.problems[:30]
            ]
            QMessageBox.warning(
                self, self.tr("Nothing was imported"), "\n".join([result.file, *lines])
            )
            return
        created, updated = result.created, result.updated
        QMessageBox.information(
            self,
            self.tr("Village points imported"),
            self.tr("{created} added, {updated} updated.").format(created=created, updated=updated),
        )


def _reason(reason: str) -> str:
    # Under the page's own context: `widget.tr` would file these under "widget", a
    # context lupdate invents and the app never looks up.
    words = {
        "required": translate("PointsPage", "required"),
        "unknown_township": translate("PointsPage", "no such township"),
        "duplicate": translate("PointsPage", "appears twice in the file"),
        "too_long": translate("PointsPage", "too long"),
        "village_code_12_digits": translate(
            "PointsPage", "must be 12 digits starting with the township code"
        ),
        "missing_column": translate("PointsPage", "column missing"),
        "encoding": translate("PointsPage", "the file is neither UTF-8 nor GB18030"),
        "empty_file": translate("PointsPage", "the file is empty"),
        "unreadable": translate("PointsPage", "the file cannot be read"),
    }
    return words.get(reason, reason)
