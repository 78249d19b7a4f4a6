"""The frame the dashboard's lists share: a title, a count, the table and a Close button."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QVBoxLayout


def frame_list(
    dialog: QDialog, title: str, count: QLabel, table: QAbstractItemView, size: tuple[int, int]
) -> None:
    """Lay `dialog` out around `table`; `size` is (width in M's, height in lines)."""
    dialog.setWindowTitle(title)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(title, dialog))
    layout.addWidget(count)
    layout.addWidget(table, 1)
    layout.addWidget(buttons)
    metrics = dialog.fontMetrics()
    dialog.resize(metrics.horizontalAdvance("M") * size[0], metrics.height() * size[1])
