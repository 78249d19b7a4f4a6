"""The fields of a product as a clerk types them: the wizard's products step and the
products page's Add and Edit dialogs share this form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from core.inventory.models import Category
from core.masterdata.products import ProductRow
from core.masterdata.units import UNITS
from ui.retranslate import Texts


class ProductForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.texts = Texts(self)
        self.sku = self._edit("product_sku", lambda: self.tr("SKU"))
        self.name_zh = self._edit("product_name_zh", lambda: self.tr("Name in Chinese"))
        self.name_bo = self._edit("product_name_bo", lambda: self.tr("Name in Tibetan"))
        self.name_en = self._edit("product_name_en", lambda: self.tr("Name in English"))
        self.barcode = self._edit(
            "product_barcode",
            lambda: self.tr("Barcode (EAN-13)"),
            lambda: self.tr("empty: an internal code"),
        )
        self.unit = QComboBox()
        self.unit.setObjectName("product_unit")
        self.unit.setEditable(True)
        self.unit.addItems(list(UNITS))
        self.layout_.addRow(self.texts.label(lambda: self.tr("Unit")), self.unit)
        self.weight = self._edit("product_weight", lambda: self.tr("Weight (g)"))
        self.shelf_life = self._edit(
            "product_shelf_life",
            lambda: self.tr("Shelf life (days)"),
            lambda: self.tr("empty: no expiry"),
        )
        self.category = QComboBox()
        self.category.setObjectName("product_category")
        names: dict[Category, Callable[[], str]] = {
            Category.LIVESTOCK: lambda: self.tr("Livestock products"),
            Category.SPECIALTY: lambda: self.tr("Specialty products"),
            Category.HANDICRAFT: lambda: self.tr("Handicrafts"),
            Category.GENERAL: lambda: self.tr("Other goods"),
        }
        for category, name in names.items():
            self.texts.item(self.category, category.value, name)
        self.category.setCurrentIndex(self.category.findData(Category.GENERAL.value))
        self.layout_.addRow(self.texts.label(lambda: self.tr("Category")), self.category)

    def _edit(
        self, name: str, label: Callable[[], str], placeholder: Callable[[], str] | None = None
    ) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        if placeholder is not None:
            self.texts.bind(edit.setPlaceholderText, placeholder)
        self.layout_.addRow(self.texts.label(label), edit)
        return edit

    def is_blank(self) -> bool:
        return not (self.sku.text().strip() or self.name_zh.text().strip())

    def values(self) -> dict[str, object]:
        """The fields as typed, for `products.add_product` / `edit_product` to check."""
        return {
            "sku": self.sku.text(),
            "name_zh": self.name_zh.text(),
            "name_bo": self.name_bo.text(),
            "name_en": self.name_en.text(),
            "barcode": self.barcode.text(),
            "unit": self.unit.currentText(),
            "weight_g": self.weight.text(),
            "shelf_life_days": self.shelf_life.text(),
            "category": str(self.category.currentData()),
        }

    def show_row(self, row: ProductRow) -> None:
        """A product to edit: its fields, its SKU fixed (a SKU in use is never renamed)."""
        self.sku.setText(row.sku)
        self.sku.setReadOnly(True)
        for edit, value in (
            (self.name_zh, row.name_zh),
            (self.name_bo, row.name_bo),
            (self.name_en, row.name_en),
            (self.barcode, "" if row.internal_barcode else row.barcode),
            (self.weight, str(row.weight_g)),
            (self.shelf_life, str(row.shelf_life_days or "")),
        ):
            edit.setText(value)
        self.unit.setCurrentText(row.unit)
        self.category.setCurrentIndex(max(self.category.findData(row.category), 0))

    def clear(self) -> None:
        for edit in (self.sku, self.name_zh, self.name_bo, self.name_en, self.barcode):
            edit.clear()
        self.weight.clear()
        self.shelf_life.clear()
