"""Import a product list: the clerk picks the file, the import runs as a long job owned
by this PC's center (a progress dialog with Cancel after half a second)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from core.masterdata.catalog_import import CatalogReport, import_products
from ui.context import AppContext
from ui.file_dialogs import open_file_name
from ui.operations import OnError
from ui.widgets.paged_model import while_alive

translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the strings


def import_product_list(
    context: AppContext,
    parent: QWidget,
    on_success: Callable[[CatalogReport], None],
    on_error: OnError | None = None,
) -> None:
    title = translate("MasterData", "Import a product list")
    path = open_file_name(
        parent,
        context.settings,
        title,
        translate("MasterData", "Product lists (*.csv *.xlsx *.txt)"),
    )
    if not path:
        return
    center = context.settings.home_center or None
    context.ops.run_long(
        lambda uow, progress, cancelled: import_products(
            uow, path, center=center, progress=progress, cancelled=cancelled
        ),
        parent=parent,
        title=title,
        on_success=while_alive(parent, on_success),
        on_error=while_alive(parent, on_error) if on_error else None,
    )
