"""A short "Loading…" over an empty table while its rows are on their way.

Tables read in the background: on a slow server an empty table would look like "no
stock" or "no products" until the first rows come. The note says that they are coming,
and only while the table is empty (old rows shown meanwhile say enough).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class LoadingNote(QLabel):
    """ "Loading…" centred in `view`'s viewport while `loading(True)` and no rows shown."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view.viewport())
        self._view = view
        self.setObjectName("loading_note")
        self.setText(self.tr("Loading…"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setEnabled(False)  # the greyed text of a placeholder
        self._loading = False
        self.hide()
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._follow)

    def loading(self, loading: bool) -> None:
        """The view's rows are on their way (True) or have come (False)."""
        self._loading = loading
        self._follow()

    def _follow(self, *_: object) -> None:
        model = self._view.model()
        shown = self._loading and model is not None and model.rowCount() == 0
        if shown:
            self.setGeometry(self._view.viewport().rect())
        self.setVisible(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt override)
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self._view.viewport().rect())
        return super().eventFilter(watched, event)
