"""The bar above the main window's pages that says what a new center does next (create
the center, add bins, add products), with the button that does it; hidden once done."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from core.changes import Changes
from core.masterdata.setup import NextStep, SetupState, setup_state
from ui.context import AppContext
from ui.qt_fixes import emit
from ui.retranslate import on_language_change
from ui.widgets.paged_model import while_alive


class NextStepBar(QFrame):
    read = Signal(object)
    """The setup state was read and the bar shows it; carries the `SetupState`."""
    setup_wanted = Signal(object)
    """The first read found no center: the window opens the setup wizard; carries the
    `SetupState` read, so the wizard starts from it without reading it again."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("next_step")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.context = context
        self.state: SetupState | None = None
        self._asked = False
        self.text = QLabel()
        self.text.setObjectName("next_step_text")
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("next_step_button")
        self.button.clicked.connect(self._clicked)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.hide()
        context.bus.changes_applied.connect(self._changed)
        context.bus.home_center_changed.connect(lambda _code: self.refresh())
        self.refresh()
        # Worded again from the state it shows, without reading it again.
        on_language_change(self, lambda: self._word(self.state) if self.state else None)

    def _changed(self, changes: Changes) -> None:
        if changes.centers or changes.catalog:
            self.refresh()

    def refresh(self) -> None:
        home = self.context.settings.home_center
        self.context.ops.query(
            lambda uow: setup_state(uow, home),
            on_success=while_alive(self, self._show),
            key=(self, "state"),
        )

    def _show(self, state: SetupState) -> None:
        self.state = state
        step = self._word(state)
        self.setVisible(step != NextStep.NONE)
        emit(self.read, state)
        if step == NextStep.CENTER and not self._asked:
            self._asked = True
            emit(self.setup_wanted, state)

    def _word(self, state: SetupState) -> NextStep:
        step = state.next_step
        texts = {
            NextStep.CENTER: (
                self.tr("There is no center yet. Set up this PC's center, its bins and products."),
                self.tr("Set up…"),
            ),
            NextStep.CHOOSE_CENTER: (
                self.tr("Choose this PC's center: pages, receipts and labels start from it."),
                self.tr("Choose this PC's center…"),
            ),
            NextStep.BINS: (
                self.tr("Center {code} has no bins yet: add its racks to receive goods.").format(
                    code=state.center
                ),
                self.tr("Add bins…"),
            ),
            NextStep.PRODUCTS: (
                self.tr("There are no products yet: add them or import a product list."),
                self.tr("Add products…"),
            ),
        }
        if step in texts:
            text, button = texts[step]
            self.text.setText(text)
            self.button.setText(button)
        return step

    def _clicked(self) -> None:
        from ui.masterdata.setup_wizard import Step, open_setup  # not at the app's start

        starts = {
            NextStep.CHOOSE_CENTER: Step.CENTER,
            NextStep.BINS: Step.BINS,
            NextStep.PRODUCTS: Step.PRODUCTS,
        }
        step = self.state.next_step if self.state else NextStep.CENTER
        open_setup(self.context, self.window(), start=starts.get(step, Step.LANGUAGE))
