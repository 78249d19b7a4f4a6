"""The progress dialog a slow write shows, and the clerk's words for the core's stages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

if TYPE_CHECKING:  # ui.operations imports this module
    from ui.operations import Operation

translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the strings


def stage_text(stage: str) -> str:
    """The clerk's words for a stage a long job reports (`"reading"`, a `Stage` member…).

    The core names stages with plain keys and never words them; a message that is not
    a known key is shown as it came (a job in ui/ may report a sentence it translated).
    """
    texts = {
        "reading": translate("Operations", "Reading the file…"),
        "checking": translate("Operations", "Checking the rows…"),
        "storing": translate("Operations", "Saving…"),
        "done": translate("Operations", "Done."),
    }
    return texts.get(str(stage), str(stage))


class ProgressDialog(QProgressDialog):
    """Shows one operation's progress, with Cancel; closed by `close_for_good`."""

    def __init__(self, operation: Operation[Any], parent: QWidget | None) -> None:
        title = operation.title or translate("Operations", "Changtang Depot")
        super().__init__(
            operation.title or translate("Operations", "Working…"),
            translate("Operations", "Cancel"),
            0,
            1000,
            parent,
        )
        self._operation = operation
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.canceled.connect(operation.cancel)
        if operation.last_progress is not None:
            self.show_progress(*operation.last_progress)
        # A slot of the dialog, not a lambda holding the operation: the connection goes
        # with the dialog, so a finished operation is not kept alive by it.
        operation.progressed.connect(self.show_progress)

    @Slot(float, str)
    def show_progress(self, fraction: float, message: str) -> None:
        # Reports the worker sent before it saw the cancel are still queued: setValue on a
        # cancelled (reset) dialog would show it again.
        if self._operation.cancelled or self._operation.done:
            return
        self.setValue(int(fraction * 1000))
        if message:
            self.setLabelText(stage_text(message))

    def close_for_good(self) -> None:
        # reset() alone leaves it on screen (autoClose is off) until deleteLater runs,
        # which a nested event loop can put off.
        self.hide()
        self.reset()
        self.deleteLater()
