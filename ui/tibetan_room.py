"""Room for Tibetan stacks in every line edit, combo box and spin box.

Qt sizes a field from its font's first family (the Latin face), centres that line
in the field and clips the text to the field's inside. Tibetan vowels and head
marks stand above that line and stacked consonants hang below it, so a field of
the usual height cuts them off. This style makes each field taller by what
Tibetan needs, in one place, for every field of the app: a spin box takes its
height from its line edit, an editable combo box gives its line edit its own.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from ui.fonts import tibetan_overshoot

_FIELDS = (QStyle.ContentsType.CT_LineEdit, QStyle.ContentsType.CT_ComboBox)


class TibetanRoomStyle(QProxyStyle):
    """The platform's style, with fields tall enough for Tibetan in their font."""

    def __init__(self) -> None:
        super().__init__()
        self._room: dict[str, int] = {}

    def room(self, font: QFont) -> int:
        """Pixels to add to a field in `font`: the overshoot on both sides, since the
        line stays centred."""
        key = font.key()
        if key not in self._room:
            self._room[key] = 2 * math.ceil(tibetan_overshoot(font))
        return self._room[key]

    def sizeFromContents(
        self,
        kind: QStyle.ContentsType,
        option: QStyleOption,  # noqa: N802
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        if kind in _FIELDS:
            font = widget.font() if widget is not None else QApplication.font()
            size = QSize(size.width(), size.height() + self.room(font))
        # What QProxyStyle's own does; its stub wants a widget where Qt takes none.
        return self.baseStyle().sizeFromContents(kind, option, size, widget)
