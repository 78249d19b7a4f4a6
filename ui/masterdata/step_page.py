"""A wizard page whose step is saved in the core when the clerk presses Next.

Each step is one transaction, committed before the wizard moves on: closing the
wizard half-way keeps every step confirmed so far. A page left blank is skipped (the
step can be done later, from File ▸ Setup or the master-data pages).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizardPage

from ui.context import AppContext
from ui.operations import UnitOfWork
from ui.qt_fixes import emit
from ui.retranslate import Texts
from ui.widgets.paged_model import while_alive


class StepPage(QWizardPage):
    saved = Signal(object)
    """The page's step was written; carries what the core returned."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.texts = Texts(self)
        self.done = False  # written: Next goes on without writing again
        self._busy = False
        self.message = QLabel()
        self.message.setObjectName("step_message")
        self.message.setWordWrap(True)
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def field_edit(self, name: str, label: Callable[[], str], placeholder: str = "") -> QLineEdit:
        """A line edit in the form; `label` words its label, again at a language change."""
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        self.form.addRow(self.texts.label(label), edit)
        return edit

    def is_blank(self) -> bool:
        """Nothing typed: Next skips the step."""
        return True

    def job(self) -> Callable[[UnitOfWork], Any] | None:
        """The write of this step, run on the writer thread."""
        return None

    def after_save(self, result: Any) -> None:
        """On the GUI thread, once the step is committed."""

    def validatePage(self) -> bool:  # noqa: N802  (Qt override)
        if self.done or self.is_blank():
            return True
        job = self.job()
        if job is None or self._busy:
            return job is None
        self._busy = True
        self.message.setText(self.tr("Saving…"))
        self.context.ops.run(
            job,
            on_success=while_alive(self, self._saved),
            on_error=while_alive(self, self._refused),
        )
        return False  # the wizard moves on when the write is committed (`_saved`)

    def _saved(self, result: Any) -> None:
        self._busy = False
        self.done = True
        self.message.setText(self.tr("Saved."))
        self.after_save(result)
        emit(self.saved, result)
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    def _refused(self, error: BaseException, sentence: str) -> None:
        self._busy = False
        self.message.setText(sentence)
