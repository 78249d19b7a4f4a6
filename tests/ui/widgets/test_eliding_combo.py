"""The eliding combo box paints what it says it shows, keeps a head whole, and stays narrow."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from ui.widgets.eliding_combo import ELLIPSIS, ElidingCombo, elide

SUPPLIER = "措勤县牧民专业合作社 མཚོ་ཆེན་འབྲོག་པའི་མཉམ་ལས་ཁང་ Tsochen herders' cooperative"


def _combo(qtbot, text: str, width: int, keep: int = 0) -> ElidingCombo:  # type: ignore[no-untyped-def]
    combo = ElidingCombo()
    qtbot.addWidget(combo)
    combo.add_entry(text, keep=keep)
    combo.setFixedWidth(width)
    combo.show()
    qtbot.waitExposed(combo)
    return combo


def test_the_box_paints_its_elided_text(qtbot):
    combo = _combo(qtbot, f"RC-0123456789  {SUPPLIER}", 260, keep=len("RC-0123456789"))
    shown = combo.shown_text()
    assert shown.startswith("RC-0123456789  ") and shown.endswith(ELLIPSIS), shown
    # The same box holding exactly the shown text (which fits) looks the same, pixel for pixel.
    twin = _combo(qtbot, shown, 260)
    assert twin.shown_text() == shown
    assert combo.grab().toImage() == twin.grab().toImage()


def test_a_head_too_wide_for_the_box_is_elided_too(qtbot):
    combo = _combo(qtbot, "RC-0123456789  x", 80, keep=len("RC-0123456789"))
    metrics, room = combo.fontMetrics(), combo.label_width()
    shown = combo.shown_text()
    assert shown.endswith(ELLIPSIS) and metrics.horizontalAdvance(shown) <= room
    assert elide(metrics, "short", room) == "short"


def test_its_width_comes_from_its_minimum_not_its_longest_entry(qtbot):
    combo = ElidingCombo(chars=10)
    plain = QComboBox()
    for widget in (combo, plain):
        qtbot.addWidget(widget)
        widget.addItem(SUPPLIER * 2)
    assert combo.sizeHint().width() < plain.sizeHint().width() / 2
