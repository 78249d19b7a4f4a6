"""Map a spreadsheet's columns to order fields once, and save the mapping by name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from core.orders.importing.mapped import ORDER_FIELDS, REQUIRED_FIELDS
from core.orders.importing.reading import read_headers
from core.orders.mappings import save_mapping
from ui.context import AppContext
from ui.file_dialogs import open_file_name, spreadsheet_filter
from ui.operations import UnitOfWork
from ui.orders.messages import describe_error

# Headers shops commonly use, so most fields come preselected.
GUESSES = {
    "order_id": ("订单号", "订单编号", "单号", "order", "order id"),
    "recipient": ("收货人", "收货人姓名", "收件人", "姓名", "name", "recipient"),
    "phone": ("手机", "联系手机", "电话", "联系电话", "phone", "mobile"),
    "address": ("收货地址", "地址", "详细地址", "address"),
    "status": ("订单状态", "状态", "status"),
    "sku": ("商家编码", "货号", "SKU", "sku"),
    "quantity": ("数量", "购买数量", "quantity", "qty"),
    "title": ("商品名称", "标题", "宝贝标题", "title"),
    "price": ("单价", "价格", "price"),
    "amount": ("实付金额", "金额", "amount"),
    "buyer": ("买家", "买家昵称", "buyer"),
    "note": ("备注", "买家留言", "note"),
    "ordered_at": ("下单时间", "订单创建时间", "created"),
    "paid_at": ("付款时间", "订单付款时间", "paid"),
}


def field_label(field: str) -> str:
    labels = {
        "order_id": "Order number",
        "recipient": "Recipient",
        "phone": "Phone",
        "address": "Address",
        "status": "Status (optional: without it every row ships)",
        "sku": "Our SKU",
        "quantity": "Quantity",
        "title": "Item title",
        "price": "Unit price",
        "amount": "Amount paid",
        "buyer": "Buyer",
        "note": "Buyer's note",
        "ordered_at": "Ordered at",
        "paid_at": "Paid at",
    }
    return QCoreApplication.translate("MappingDialog", labels.get(field, field))


class MappingDialog(QDialog):
    def __init__(self, context: AppContext, path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved_name = ""
        self.setWindowTitle(self.tr("Column mapping"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. the shop's name"))
        self.file_label = QLabel()
        choose = QPushButton(self.tr("Read the columns of a file…"))
        choose.clicked.connect(self._choose_file)
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("Mapping name:"), self.name_edit)
        form.addRow(choose, self.file_label)
        for field in ORDER_FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"map_{field}")
            self.combos[field] = combo
            label = field_label(field) + (" *" if field in REQUIRED_FIELDS else "")
            form.addRow(label, combo)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if path:
            self.load_headers(path)

    def _choose_file(self) -> None:
        path = open_file_name(
            self, self.context.settings, self.tr("File to map"), spreadsheet_filter()
        )
        if path:
            self.load_headers(path)

    def load_headers(self, path: str) -> None:
        try:
            headers = read_headers(path)
        except Exception as error:  # noqa: BLE001  (shown to the clerk, never raised on)
            self.message.setText(describe_error(error))
            return
        self.file_label.setText(path)
        for field, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), "")
            for header in headers:
                if header:
                    combo.addItem(header, header)
            guess = next((h for h in GUESSES.get(field, ()) if h in headers), "")
            combo.setCurrentIndex(max(0, combo.findData(guess)) if guess else 0)

    def columns(self) -> dict[str, str]:
        return {f: c.currentData() for f, c in self.combos.items() if c.currentData()}

    def save(self) -> None:
        name = self.name_edit.text().strip()
        columns = self.columns()

        def job(uow: UnitOfWork) -> Changes:
            return save_mapping(uow, name=name, columns=columns)

        def saved(_result: object) -> None:
            self.saved_name = name
            self.accept()

        self.context.ops.run(
            job,
            parent=self,
            title=self.tr("Saving the mapping"),
            on_success=saved,
            on_failure=self.message.setText,
        )
