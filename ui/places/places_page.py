"""The Addresses area: the review queue and the village points manager, as tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.places.points_page import PointsPage
from ui.places.review_page import ReviewPage


class PlacesPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = ReviewPage(context)
        self.points = PointsPage(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.review, self.tr("Review queue"))
        self.tabs.addTab(self.points, self.tr("Village points"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
