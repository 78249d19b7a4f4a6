"""A supervisor lets a run leave without its unscanned parcels, and says why.

Both the supervisor's name and the reason are kept with the run, so OK with
either empty is refused in words under the fields, and the empty fields are
marked: a supervisor in a hurry at the yard must see at once what is missing.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ui.scan.scan_field import ERROR_COLOUR

_MARKED = f"QLineEdit {{ border: 2px solid {ERROR_COLOUR}; }}"


class OverrideDialog(QDialog):
    """A supervisor lets the run leave without its unscanned parcels, and says why."""

    def __init__(self, missing: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Supervisor override"))
        self.setMinimumWidth(420)
        self.supervisor = QLineEdit(self)
        self.supervisor.setObjectName("override_supervisor")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("override_reason")
        self.problem = QLabel(self)
        self.problem.setObjectName("override_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.problem.hide()
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                self.tr("Not scanned: %n parcel(s), left behind for the next run.", "", missing),
                self,
            )
        )
        form.addRow(self.tr("Supervisor:"), self.supervisor)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.accepted.connect(self._accept_if_complete)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for field in (self.supervisor, self.reason):
            field.textEdited.connect(lambda _text, f=field: f.setStyleSheet(""))

    def _accept_if_complete(self) -> None:
        needs_name = not self.supervisor.text().strip()
        needs_reason = not self.reason.text().strip()
        for field, empty in ((self.supervisor, needs_name), (self.reason, needs_reason)):
            field.setStyleSheet(_MARKED if empty else "")
        if not (needs_name or needs_reason):
            self.problem.hide()
            self.accept()
            return
        if needs_name and needs_reason:
            text = self.tr("Enter the supervisor's name and the reason the parcels stay behind.")
        elif needs_name:
            text = self.tr("Enter the supervisor's name: the override is kept with it.")
        else:
            text = self.tr("Enter the reason the parcels stay behind.")
        self.problem.setText(text)
        self.problem.show()
        self.adjustSize()  # room for the sentence: a cut-off warning is no warning
        (self.supervisor if needs_name else self.reason).setFocus()
