"""The centers and bins tabs of the master-data page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QInputDialog, QLineEdit, QWidget

from core.changes import Changes
from core.masterdata import bins, centers
from core.masterdata.bins import BinRow
from core.masterdata.centers import CenterRow
from ui.center_combo import CenterCombo
from ui.context import AppContext
from ui.i18n import QT_TRANSLATE_NOOP
from ui.masterdata.list_tab import ListTab
from ui.operations import UnitOfWork
from ui.printing.actions import print_bin_labels

Columns = tuple[tuple[str, Callable[[Any], object]], ...]

CENTER_COLUMNS: Columns = (
    (QT_TRANSLATE_NOOP("MasterData", "Code"), lambda r: r.code),
    (QT_TRANSLATE_NOOP("MasterData", "Chinese"), lambda r: r.name_zh),
    (QT_TRANSLATE_NOOP("MasterData", "Tibetan"), lambda r: r.name_bo),
    (QT_TRANSLATE_NOOP("MasterData", "English"), lambda r: r.name_en),
    (QT_TRANSLATE_NOOP("MasterData", "County"), lambda r: r.county_code),
    (QT_TRANSLATE_NOOP("MasterData", "Phone"), lambda r: r.phone),
    (QT_TRANSLATE_NOOP("MasterData", "Address"), lambda r: r.address),
)
BIN_COLUMNS: Columns = (
    (QT_TRANSLATE_NOOP("MasterData", "Bin"), lambda r: r.code),
    (QT_TRANSLATE_NOOP("MasterData", "Zone"), lambda r: r.zone),
    (QT_TRANSLATE_NOOP("MasterData", "Units"), lambda r: r.on_hand),
)


def translated(columns: Columns) -> list[tuple[str, Callable[[Any], object]]]:
    """Column titles in the clerk's language (marked with QT_TRANSLATE_NOOP above)."""
    return [(QCoreApplication.translate("MasterData", title), fn) for title, fn in columns]


class CentersTab(ListTab):
    """Every center; this PC's own center is edited and retired here (only by itself)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, translated(CENTER_COLUMNS), parent)
        self.edit_button = self.button("center_edit", self.tr("Phone and address…"), self._edit)
        self.retire_button = self.button("center_retire", self.tr("Retire"), self._retire)
        self.buttons.addStretch(1)
        self.reload()

    def read(self, uow: UnitOfWork) -> list[CenterRow]:
        return centers.center_rows(uow, retired=False)

    def touched_by(self, changes: Changes) -> bool:
        return bool(changes.centers)

    def _home(self) -> str:
        return self.context.settings.home_center

    def _edit(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        row: CenterRow = chosen[0]
        phone, ok = QInputDialog.getText(
            self,
            self.tr("Phone"),
            self.tr("Phone of {code}").format(code=row.code),
            QLineEdit.EchoMode.Normal,
            row.phone,
        )
        if not ok:
            return
        address, ok = QInputDialog.getText(
            self,
            self.tr("Address"),
            self.tr("Address of {code}").format(code=row.code),
            QLineEdit.EchoMode.Normal,
            row.address,
        )
        if ok:
            by, code = self._home(), row.code
            self.write(
                lambda uow: centers.edit_center(uow, code, by=by, phone=phone, address=address),
                self.tr("Saved."),
            )

    def _retire(self) -> None:
        chosen = self.selected()
        if chosen:
            by, code = self._home(), chosen[0].code
            self.write(
                lambda uow: centers.retire_center(uow, code, by=by),
                self.tr("Center {code} retired.").format(code=code),
            )


class BinsTab(ListTab):
    """One center's bins: add codes or racks, rename, retire, print labels for a selection."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, translated(BIN_COLUMNS), parent)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.center = CenterCombo(context, self)
        self.center.setObjectName("bins_center")
        self.center.currentIndexChanged.connect(lambda _i: self.reload())
        self.codes = QLineEdit()
        self.codes.setObjectName("bins_codes")
        self.codes.setPlaceholderText("A-01-01:D-04-03")
        self.top.addWidget(self.center)
        self.top.addWidget(self.codes, 1)
        self.add_button = self.button("bins_add", self.tr("Add bins"), self._add)
        self.top.addWidget(self.add_button)  # beside the codes it adds
        self.rename_button = self.button("bins_rename", self.tr("Rename…"), self._rename)
        self.retire_button = self.button("bins_retire", self.tr("Retire"), self._retire)
        self.print_button = self.button("bins_print", self.tr("Print labels…"), self._print)
        self.buttons.addStretch(1)
        self.reload()

    def read(self, uow: UnitOfWork) -> list[BinRow]:
        code = self.center.code
        return bins.bin_rows(uow, code, retired=False) if code else []

    def touched_by(self, changes: Changes) -> bool:
        return bool(changes.centers or changes.stock)

    def _add(self) -> None:
        center, codes = self.center.code, self.codes.text().replace(",", " ").split()
        if not codes:
            return
        self.write(lambda uow: bins.add_bins(uow, center, codes), self.tr("Bins added."))
        self.codes.clear()

    def _rename(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        old = chosen[0].code
        new, ok = QInputDialog.getText(
            self, self.tr("Rename bin"), self.tr("New code of {code}").format(code=old)
        )
        if ok and new.strip():
            center = self.center.code
            self.write(lambda uow: bins.rename_bin(uow, center, old, new), self.tr("Renamed."))

    def _retire(self) -> None:
        center, codes = self.center.code, [row.code for row in self.selected()]
        if not codes:
            return

        def retire(uow: UnitOfWork) -> Changes:  # the selection at once: one transaction
            changes = Changes()
            for code in codes:
                changes = changes | bins.retire_bin(uow, center, code)
            return changes

        self.write(retire, self.tr("%n bin(s) retired.", "", len(codes)))

    def _print(self) -> None:
        codes = [row.code for row in self.selected()]
        if codes:
            print_bin_labels(self.context, self.center.code, codes, self)
