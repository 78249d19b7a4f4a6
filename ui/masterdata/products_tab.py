"""The products tab of the master-data page: add, edit, retire, import, history."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from core.masterdata import products
from core.masterdata.catalog_import import CatalogReport
from core.masterdata.history import Edit
from core.masterdata.products import ProductRow
from ui.context import AppContext
from ui.i18n import QT_TRANSLATE_NOOP
from ui.masterdata.import_action import import_product_list
from ui.masterdata.list_tab import ListTab
from ui.masterdata.master_tabs import Columns, translated
from ui.masterdata.messages import reason_text
from ui.masterdata.product_form import ProductForm
from ui.operations import UnitOfWork
from ui.widgets.paged_model import while_alive

PRODUCT_COLUMNS: Columns = (
    (QT_TRANSLATE_NOOP("MasterData", "SKU"), lambda r: r.sku),
    (QT_TRANSLATE_NOOP("MasterData", "Chinese"), lambda r: r.name_zh),
    (QT_TRANSLATE_NOOP("MasterData", "Tibetan"), lambda r: r.name_bo),
    (QT_TRANSLATE_NOOP("MasterData", "English"), lambda r: r.name_en),
    (QT_TRANSLATE_NOOP("MasterData", "Barcode"), lambda r: r.barcode),
    (QT_TRANSLATE_NOOP("MasterData", "Unit"), lambda r: r.unit),
    (QT_TRANSLATE_NOOP("MasterData", "Weight (g)"), lambda r: r.weight_g),
    (QT_TRANSLATE_NOOP("MasterData", "Shelf life (days)"), lambda r: r.shelf_life_days),
    (QT_TRANSLATE_NOOP("MasterData", "Owner"), lambda r: r.owner),
)


class ProductDialog(QDialog):
    """A product's fields; saved by the tab when accepted."""

    def __init__(self, row: ProductRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit product") if row else self.tr("New product"))
        self.form = ProductForm(self)
        if row is not None:
            self.form.show_row(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)


class ProductsTab(ListTab):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, translated(PRODUCT_COLUMNS), parent)
        self.add_button = self.button("products_add", self.tr("New…"), self._add)
        self.edit_button = self.button("products_edit", self.tr("Edit…"), self._edit)
        self.retire_button = self.button("products_retire", self.tr("Retire"), self._retire)
        self.import_button = self.button(
            "products_import", self.tr("Import a product list…"), self._import
        )
        self.reorder_button = self.button(
            "products_reorder", self.tr("Reorder point…"), self._reorder
        )
        self.history_button = self.button("products_history", self.tr("History…"), self._history)
        self.buttons.addStretch(1)
        self.table.doubleClicked.connect(lambda _index: self._edit())
        self.reload()

    def read(self, uow: UnitOfWork) -> list[ProductRow]:
        return products.product_rows(uow, retired=False)

    def touched_by(self, changes: Changes) -> bool:
        return changes.catalog

    def _home(self) -> str | None:
        return self.context.settings.home_center or None

    def _add(self) -> None:
        dialog = ProductDialog(None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values, center = dialog.form.values(), self._home()
        self.write(
            lambda uow: products.add_product(uow, center=center, **values), self.tr("Added.")
        )

    def _edit(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        row: ProductRow = chosen[0]
        dialog = ProductDialog(row, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = {k: v for k, v in dialog.form.values().items() if k != "sku"}
        by, sku = self._home(), row.sku
        self.write(lambda uow: products.edit_product(uow, sku, by=by, **values), self.tr("Saved."))

    def _retire(self) -> None:
        chosen = self.selected()
        if chosen:
            by, sku = self._home(), chosen[0].sku
            self.write(
                lambda uow: products.retire_product(uow, sku, by=by),
                self.tr("{sku} retired.").format(sku=sku),
            )

    def _reorder(self) -> None:
        """The product's reorder point at this PC's center (that center's own setting)."""
        chosen, home = self.selected(), self._home()
        if not chosen:
            return
        if home is None:
            self.message.setText(self.tr("Choose this PC's center first (File ▸ Home center)."))
            return
        sku = chosen[0].sku
        point, ok = QInputDialog.getInt(
            self,
            self.tr("Reorder point"),
            self.tr("Reorder {sku} at {center} when fewer units are left than:").format(
                sku=sku, center=home
            ),
            0,
            0,
            1_000_000,
        )
        if ok:
            self.write(
                lambda uow: products.set_reorder_point(uow, sku, home, point), self.tr("Saved.")
            )

    def _import(self) -> None:
        import_product_list(self.context, self, self._imported)

    def _imported(self, report: CatalogReport) -> None:
        lines = [
            self.tr("{created} created, {updated} updated, {unchanged} unchanged.").format(
                created=len(report.created),
                updated=len(report.updated),
                unchanged=report.unchanged,
            )
        ]
        lines += [
            self.tr("Line {line}, column {column}: {reason}").format(
                line=bad.line, column=bad.field, reason=reason_text(bad.reason)
            )
            for bad in report.rejected
        ]
        self.message.setText("\n".join(lines[:20]))

    def _history(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        sku = chosen[0].sku
        self.context.ops.query(
            lambda uow: products.product_history(uow, sku),
            on_success=while_alive(self, lambda edits: self._show_history(sku, edits)),
        )

    def _show_history(self, sku: str, edits: list[Edit]) -> None:
        from core.clock import shown

        lines = [
            self.tr("{when} {who} ({center}): {fields}").format(
                when=shown(e.at),
                who=e.actor,
                center=e.center or "—",
                fields="; ".join(f"{k}: {e.before.get(k, '')} → {v}" for k, v in e.after.items()),
            )
            for e in edits
        ]
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("History of {sku}").format(sku=sku))
        box.setText("\n".join(lines[-30:]))
        box.open()
