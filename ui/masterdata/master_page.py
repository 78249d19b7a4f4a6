"""The master-data area: centers, bins and products, each on its tab."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from ui.context import AppContext
from ui.masterdata.master_tabs import BinsTab, CentersTab
from ui.masterdata.products_tab import ProductsTab


class MasterDataPage(QTabWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centers = CentersTab(context)
        self.bins = BinsTab(context)
        self.products = ProductsTab(context)
        self.addTab(self.products, self.tr("Products"))
        self.addTab(self.bins, self.tr("Bins"))
        self.addTab(self.centers, self.tr("Centers"))
