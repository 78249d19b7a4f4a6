"""A line edit no input method reaches: for what a scanner types (codes, order numbers).

A Chinese input method on a scan field turns the scanner's letters into pinyin
composition and its digits into candidate choices (docs/field-facts.md, "Scanners
on Chinese Windows"). Qt asks the focused widget, before every key, whether an input method may
have it (the `ImEnabled` query). Qt 6's QLineEdit answers that itself, "enabled and
not read-only", and no longer looks at `WA_InputMethodEnabled`: with the attribute off,
ibus with libpinyin still composed in the box under Xvfb, and others saw the same
with Microsoft Pinyin (PySide6 6.8, finplot issue 536). So the answer is given here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget


class LatinLineEdit(QLineEdit):
    """A QLineEdit whose keys never go through an input method."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Still set both: the attribute for Qt versions that read it, the hints for
        # on-screen keyboards and input methods that read hints rather than ImEnabled.
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhLatinOnly
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhNoAutoUppercase
        )

    def inputMethodQuery(self, query: Qt.InputMethodQuery, *argument: Any) -> Any:  # noqa: N802 (Qt override)
        # `argument`: QLineEdit's overload with a hint argument, asked by input methods.
        if query == Qt.InputMethodQuery.ImEnabled:
            return False
        return super().inputMethodQuery(query, *argument)
