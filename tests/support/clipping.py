"""Which texts a screen cuts: a label, button or check box narrower than its size hint
shows its text clipped. Reusable by any screen test, in any language."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QPushButton, QWidget

ELIDED = "elided"
"""A widget property: True on a label that elides its text on purpose (full text in the
tooltip), which the check leaves out."""


def _exempt(widget: QWidget) -> bool:
    if widget.property(ELIDED):
        return True
    if isinstance(widget, QLabel):
        # A wrapping label's size hint is one long line, not a minimum; pictures are not text.
        return widget.wordWrap() or not widget.text() or not widget.pixmap().isNull()
    return isinstance(widget, QAbstractButton) and not widget.text()


def clipped_texts(root: QWidget) -> list[str]:
    """Every visible QLabel, QPushButton and QCheckBox under `root` narrower than its size
    hint, as "objectName 'text' width < hint" lines (elided labels excepted)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QLabel | QPushButton | QCheckBox) or not widget.isVisible():
            continue
        if _exempt(widget):
            continue
        hint = widget.sizeHint().width()
        if widget.width() < hint:
            found.append(
                f"{widget.objectName() or type(widget).__name__} {widget.text()!r}: "
                f"{widget.width()} < {hint}"
            )
    return found
