"""The wizard's steps that write master data: this PC's center, its bins, its products."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from core.masterdata import bins, centers, products
from core.masterdata.catalog_import import CatalogReport
from core.masterdata.setup import SetupState
from ui.context import AppContext
from ui.masterdata.import_action import import_product_list
from ui.masterdata.product_form import ProductForm
from ui.masterdata.step_page import StepPage
from ui.operations import UnitOfWork
from ui.qt_fixes import emit
from ui.widgets.paged_model import while_alive


class CenterPage(StepPage):
    """Which center this PC belongs to: one already in the database (a second PC of a
    shared server), or created here with the sender block of its labels."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.existing = QComboBox()
        self.existing.setObjectName("center_existing")
        self.existing_row = self.texts.label(lambda: self.tr("An existing center"))
        self.form.addRow(self.existing_row, self.existing)
        self.existing.currentIndexChanged.connect(self._existing_chosen)
        self._show_choice(False)
        self.texts.bind(self.setTitle, lambda: self.tr("This PC's center"))
        self.texts.bind(
            self.setSubTitle,
            lambda: self.tr(
                "Its code and names, and the sender block printed on its labels. "
                "Leave it empty to do it later."
            ),
        )
        self.code = self.field_edit("center_code", lambda: self.tr("Code"), "TSC")
        self.name_zh = self.field_edit("center_name_zh", lambda: self.tr("Name in Chinese"))
        self.name_bo = self.field_edit("center_name_bo", lambda: self.tr("Name in Tibetan"))
        self.name_en = self.field_edit("center_name_en", lambda: self.tr("Name in English"))
        self.county = self.field_edit("center_county", lambda: self.tr("County code"), "542527")
        self.address = self.field_edit("center_address", lambda: self.tr("Address"))
        self.phone = self.field_edit("center_phone", lambda: self.tr("Phone"))

    def show_existing(self, state: SetupState) -> None:
        """A PC that has its center already: the page says which, and skips. Without one
        on a database that has centers, they are offered to choose from."""
        if not state.center:
            if state.centers:
                self.texts.item(
                    self.existing, "", lambda: self.tr("None: create a new center below")
                )
                for code in state.centers:
                    self.existing.addItem(code, code)
                self._show_choice(True)
            return
        self.done = True
        self.code.setText(state.center)
        for edit in (self.code, self.name_zh, self.name_bo, self.name_en, self.county):
            edit.setEnabled(False)
        for edit in (self.address, self.phone):
            edit.setEnabled(False)
        self.message.setText(self.tr("This PC belongs to center {code}.").format(code=state.center))

    def _show_choice(self, shown: bool) -> None:
        self.existing.setVisible(shown)
        self.existing_row.setVisible(shown)

    def _chosen(self) -> str:
        return str(self.existing.currentData() or "")

    def _existing_chosen(self) -> None:
        """A center chosen from the list: nothing to create, so the fields rest."""
        for edit in self._creating():
            edit.setEnabled(not self._chosen())

    def _creating(self) -> tuple[QWidget, ...]:
        return (self.code, self.name_zh, self.name_bo, self.name_en, self.county)

    def validatePage(self) -> bool:  # noqa: N802  (Qt override)
        code = self._chosen()
        if code and not self.done:
            # This PC's setting only: the center's row is not written.
            self.done = True
            self._make_home(code)
            self.message.setText(self.tr("This PC belongs to center {code}.").format(code=code))
            return True
        return super().validatePage()

    def is_blank(self) -> bool:
        return not (self.code.text().strip() or self.name_zh.text().strip())

    def job(self) -> Callable[[UnitOfWork], Any]:
        values = {
            "code": self.code.text(),
            "name_zh": self.name_zh.text(),
            "name_bo": self.name_bo.text(),
            "name_en": self.name_en.text(),
            "county_code": self.county.text(),
            "address": self.address.text(),
            "phone": self.phone.text(),
        }
        return lambda uow: centers.add_center(uow, **values)

    def after_save(self, result: Any) -> None:
        assert isinstance(result, centers.CenterSaved)
        self._make_home(result.code)
        for edit in self._creating():
            edit.setEnabled(False)
        self.existing.setEnabled(False)

    def _make_home(self, code: str) -> None:
        settings = self.context.settings
        settings.home_center = code
        settings.sync()  # this PC's center: on disk at once, whatever happens next
        emit(self.context.bus.home_center_changed, code)


class BinsPage(StepPage):
    """The center's bins: codes, or whole racks from a pattern."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.texts.bind(self.setTitle, lambda: self.tr("Bins"))
        self.texts.bind(
            self.setSubTitle,
            lambda: self.tr(
                "Bin codes, or racks from the first bin to the last: A-01-01:D-04-03 makes "
                "48 bins in zones A to D. Separate several with spaces."
            ),
        )
        self.codes = self.field_edit("bin_codes", lambda: self.tr("Bins"), "A-01-01:D-04-03")

    def is_blank(self) -> bool:
        return not self.codes.text().strip()

    def validatePage(self) -> bool:  # noqa: N802  (Qt override)
        if not self.is_blank() and not self.context.settings.home_center:
            self.message.setText(self.tr("Create this PC's center first (the page before)."))
            return False
        return super().validatePage()

    def job(self) -> Callable[[UnitOfWork], Any]:
        center = self.context.settings.home_center
        codes = self.codes.text().replace(",", " ").split()
        return lambda uow: bins.add_bins(uow, center, codes, by=center)

    def after_save(self, result: Any) -> None:
        assert isinstance(result, bins.BinsAdded)
        self.message.setText(
            self.tr("%n bin(s) created.", "", len(result.created))
            + (
                " " + self.tr("%n were there already.", "", len(result.existing))
                if result.existing
                else ""
            )
        )
        self.done = False  # another rack may follow
        self.codes.clear()


class ProductsPage(StepPage):
    """The center's products, one by one or from a product list."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.texts.bind(self.setTitle, lambda: self.tr("Products"))
        self.texts.bind(
            self.setSubTitle,
            lambda: self.tr(
                "A product without a barcode gets an internal one for its label. "
                "Leave it empty to add products later."
            ),
        )
        self.product = ProductForm()
        self.form.addRow(self.product)
        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.texts.bind(self.add_button.setText, lambda: self.tr("Add another"))
        self.add_button.setObjectName("product_add")
        self.add_button.clicked.connect(self._add_clicked)
        self.import_button = QPushButton()
        self.texts.bind(self.import_button.setText, lambda: self.tr("Import a product list…"))
        self.import_button.setObjectName("product_import")
        self.import_button.clicked.connect(self._import_clicked)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        self.form.addRow(buttons)
        self.added: list[str] = []

    def is_blank(self) -> bool:
        return self.product.is_blank()

    def job(self) -> Callable[[UnitOfWork], Any]:
        center = self.context.settings.home_center or None
        values = self.product.values()
        return lambda uow: products.add_product(uow, center=center, **values)

    def after_save(self, result: Any) -> None:
        assert isinstance(result, products.ProductSaved)
        self.added.append(result.sku)
        self.message.setText(
            self.tr("Added {sku} (barcode {barcode}).").format(
                sku=result.sku, barcode=result.barcode
            )
        )
        self.done = False  # each product is its own step
        self.product.clear()

    def _add_clicked(self) -> None:
        """Save this product and stay on the page for the next one."""
        if self.is_blank():
            return
        self.context.ops.run(
            self.job(),
            on_success=while_alive(self, self._added),
            on_error=while_alive(self, self._refused),
        )

    def _added(self, result: Any) -> None:
        self.after_save(result)
        self.product.sku.setFocus()

    def _import_clicked(self) -> None:
        import_product_list(self.context, self, self._imported, self._refused)

    def _imported(self, report: CatalogReport) -> None:
        self.message.setText(
            self.tr("{rows}: {created} created, {updated} updated, {rejected} rejected.").format(
                rows=self.tr("%n line(s)", "", report.rows),
                created=len(report.created),
                updated=len(report.updated),
                rejected=len(report.rejected),
            )
        )
