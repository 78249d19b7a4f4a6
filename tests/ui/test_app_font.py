"""What the clerk sees of the app font: Latin punctuation drawn by a Latin face (an ellipsis
is three dots on the baseline, quotes are narrow), and Tibetan stacks whole in every
line edit, combo box and spin box (nothing cut off at the top or the bottom)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QWidget,
)

# Head marks and vowels above (ཀཱོཾ, ཧྲཱུཾ), and deep stacks below (བསྒྲུབས, སྐྱོང).
TIBETAN_TEXT = "ཀཱོཾ་ཧྲཱུཾ་བསྒྲུབས་སྐྱོང་ཀླུ་"


def test_the_app_font_is_latin_then_chinese_then_tibetan(qapp):
    families = QApplication.font().families()
    assert families[:4] == ["Noto Sans", "WenQuanYi Micro Hei", "DDC Uchen", "Noto Serif Tibetan"]


def test_an_ellipsis_is_three_dots_on_the_baseline_as_wide_as_three_full_stops(qapp):
    metrics = QFontMetricsF(QApplication.font())
    ellipsis, dots = metrics.tightBoundingRect("…"), metrics.tightBoundingRect("...")
    # A CJK face draws "…" a full em wide with its dots raised to the middle of the line.
    assert metrics.horizontalAdvance("Receive…") <= metrics.horizontalAdvance("Receive...") + 1
    assert abs(ellipsis.top() - dots.top()) <= 1 and abs(ellipsis.bottom() - dots.bottom()) <= 1


@pytest.mark.parametrize("quote", ["“", "”", "‘", "’"])
def test_quotes_in_english_sentences_are_narrow(qapp, quote):
    metrics = QFontMetricsF(QApplication.font())
    # A CJK face draws curly quotes a full em wide: "Unknown code “ 123 ”."
    assert metrics.horizontalAdvance(quote) <= metrics.horizontalAdvance('"') * 1.2
    sentence = "Unknown code “6901234567892”."
    assert (
        metrics.horizontalAdvance(sentence)
        <= metrics.horizontalAdvance(sentence.replace("“", '"').replace("”", '"')) + 2
    )


def dark_rows(image: QImage, area: QRect) -> list[int]:
    """Rows of `area` (relative to its top) holding text ink: dark pixels on a light field."""
    rows = []
    for y in range(area.top(), area.bottom() + 1):
        if any(
            QColor(image.pixel(x, y)).lightness() < 110
            for x in range(area.left(), area.right() + 1)
        ):
            rows.append(y - area.top())
    return rows


def free_ink_height(text: str) -> int:
    """The ink height of `text` in the app font, drawn with room all round."""
    font = QApplication.font()
    metrics = QFontMetricsF(font)
    image = QImage(
        int(metrics.horizontalAdvance(text)) + 20,
        int(metrics.height()) * 4,
        QImage.Format.Format_RGB32,
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(10, int(metrics.height() * 2), text)
    painter.end()
    rows = dark_rows(image, image.rect())
    return rows[-1] - rows[0] + 1


def rendered(qtbot, widget: QWidget) -> QImage:
    qtbot.addWidget(widget)
    widget.resize(600, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    return widget.grab().toImage()


def line_edit_text_rect(edit: QLineEdit) -> QRect:
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    rect = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    return rect.marginsRemoved(edit.textMargins())


def assert_whole(image: QImage, area: QRect, text: str) -> None:
    rows = dark_rows(image, area)
    assert rows, "no text drawn"
    # Ink on the first or last row of the text area means the glyphs were cut there.
    assert rows[0] > 0 and rows[-1] < area.height() - 1, (rows[0], rows[-1], area.height())
    assert rows[-1] - rows[0] + 1 >= free_ink_height(text) - 1


def test_tibetan_in_a_line_edit_is_not_cut_at_the_top_or_bottom(qtbot):
    edit = QLineEdit(TIBETAN_TEXT)
    edit.setCursorPosition(0)
    image = rendered(qtbot, edit)
    assert_whole(image, line_edit_text_rect(edit), TIBETAN_TEXT)


def test_tibetan_in_an_editable_combo_is_not_cut(qtbot):
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItem(TIBETAN_TEXT)
    combo.lineEdit().setCursorPosition(0)
    image = rendered(qtbot, combo)
    edit = combo.lineEdit()
    area = line_edit_text_rect(edit).translated(edit.mapTo(combo, edit.rect().topLeft()))
    assert_whole(image, area, TIBETAN_TEXT)


def test_tibetan_in_a_combo_is_not_cut(qtbot):
    combo = QComboBox()
    combo.addItem(TIBETAN_TEXT)
    image = rendered(qtbot, combo)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    area = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    assert_whole(image, area, TIBETAN_TEXT)


def test_a_spin_box_with_a_tibetan_prefix_is_not_cut(qtbot):
    spin = QSpinBox()
    spin.setPrefix("ཀཱོཾ་བསྒྲུབས་ ")
    image = rendered(qtbot, spin)
    edit = spin.findChild(QLineEdit)
    area = line_edit_text_rect(edit).translated(edit.mapTo(spin, edit.rect().topLeft()))
    assert_whole(image, area, "ཀཱོཾ་བསྒྲུབས་ 0")
