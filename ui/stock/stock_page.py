"""The Stock area: search and filter the balances, open a product's stock card, receive goods."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from core.inventory.catalog import CenterChoice, center_choices
from core.inventory.queries import StockFilter, StockRow
from ui.center_combo import default_center
from ui.context import AppContext
from ui.qt_fixes import emit
from ui.stock.card_model import StockCardModel, card_column
from ui.stock.stock_model import StockModel, column_of
from ui.widgets.columns import ColumnKeeper
from ui.widgets.eliding_combo import ElidingCombo
from ui.widgets.loading_note import LoadingNote
from ui.widgets.paged_model import while_alive
from ui.widgets.tables import fit_columns, make_table

SEARCH_DELAY_MS = 250


class StockPage(QWidget):
    card_shown = Signal(str)
    """The stock card of a product (SKU) was opened and its newest lines are shown."""
    centers_read = Signal()
    """The center filter's choices were read and are in the list."""
    rows_shown = Signal()
    """Rows the table asked for arrived and are shown, with the count below them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = StockModel(context.ops, self)
        self.card_model = StockCardModel(context.ops, self)

        self.search = QLineEdit()
        self.search.setObjectName("stock_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("SKU, lot, barcode or name (中文 / བོད་ཡིག / English)")
        )
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filter)
        self.search.setMinimumWidth(
            self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 24
        )

        # As wide as a code and a short name, the rest elided: the full names are in the
        # list when it opens, and in the tooltip.
        self.center_combo = ElidingCombo(chars=10)
        self.center_combo.setObjectName("stock_center")
        self.center_combo.currentIndexChanged.connect(self.apply_filter)

        self.receive_button = QPushButton(self.tr("Receive…"))
        self.receive_button.clicked.connect(self.open_receive_dialog)
        self.card_button = QPushButton(self.tr("Stock card"))
        self.card_button.clicked.connect(self.show_selected_card)
        self.receive_dialog: QWidget | None = None
        self.count_label = QLabel()
        self.message = QLabel()
        self.message.setObjectName("stock_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Search:")))
        bar.addWidget(self.search, 3)
        bar.addWidget(QLabel(self.tr("Center:")))
        bar.addWidget(self.center_combo, 1)
        bar.addWidget(self.card_button)
        bar.addWidget(self.receive_button)

        self.table = make_table(self.model, self)
        self.table.setObjectName("stock_table")
        self.loading_note = LoadingNote(self.table)
        self.model.rows_read.connect(self._rows_read)
        self.model.read_failed.connect(self._read_failed)
        self.table.doubleClicked.connect(self._row_activated)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        # Lot, expiry and the figures stay in view on a 1024-pixel screen: the names give way.
        self.columns = ColumnKeeper(
            self.table,
            [column_of(k) for k in ("lot", "expiry", "on_hand", "available")],
            [column_of(k) for k in ("name_zh", "name_bo")],
        )

        self.card_title = QLabel()
        self.card_title.setObjectName("card_title")
        self.card_title.setTextFormat(Qt.TextFormat.PlainText)
        self.card_table = make_table(self.card_model, self)
        self.card_table.setObjectName("card_table")
        self.card_table.verticalScrollBar().valueChanged.connect(self._card_scrolled)
        self.card_loading = LoadingNote(self.card_table)
        self.card_model.card_read.connect(self._card_read)
        self.card_model.older_read.connect(self._older_read)
        self.card_panel = QWidget()
        card_layout = QVBoxLayout(self.card_panel)
        card_layout.setContentsMargins(0, 6, 0, 0)
        card_layout.addWidget(self.card_title)
        card_layout.addWidget(self.card_table)
        self.card_panel.hide()

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.card_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.message, 1)
        layout.addLayout(bottom)

        context.bus.changes_applied.connect(self._changes_applied)
        context.bus.home_center_changed.connect(self.show_center)
        self._fitted = False  # the columns are sized once, to the first rows
        self._filtered = False
        # With a home center the table starts on it at once, beside the read of the
        # centers; else (or if the filter then starts elsewhere) once they are read.
        if context.settings.home_center:
            self._filter_on(context.settings.home_center)
        else:
            self.loading_note.loading(True)
        self.reload_centers()
        self._update_buttons()

    # -- filter --
    def reload_centers(self) -> None:
        """Fill the center filter, read in the background; it starts on this PC's home
        center, then keeps the choice."""
        self.context.ops.query(
            center_choices,
            on_success=while_alive(self, self._centers_read),
            key=(id(self), "centers"),
            parent=self,
        )

    def _centers_read(self, choices: list[CenterChoice]) -> None:
        wanted = (
            self.current_center()
            if self.center_combo.count()
            else default_center(self.context, choices)
        )
        self.center_combo.blockSignals(True)
        self.center_combo.clear()
        self.center_combo.add_entry(self.tr("All centers"), "")
        for center in choices:
            label = f"{center.code} · {center.name_zh}"
            if center.illustrative:
                label += " " + self.tr("(illustrative)")
            self.center_combo.add_entry(label, center.code)
        found = self.center_combo.findData(wanted)
        self.center_combo.setCurrentIndex(max(found, 0))
        self.center_combo.blockSignals(False)
        emit(self.centers_read)
        if self.model.filter.center != (self.current_center() or None) or not self._filtered:
            self.apply_filter()

    def show_center(self, code: str) -> None:
        """Filter on `code`: the page follows a new home center, being a view, not a task
        in progress (other pages keep the center a clerk is working at)."""
        found = self.center_combo.findData(code)
        if found >= 0:
            self.center_combo.setCurrentIndex(found)

    def current_center(self) -> str:
        return str(self.center_combo.currentData() or "")

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self._filter_on(self.current_center())

    def _filter_on(self, center: str) -> None:
        self._filtered = True
        self.model.set_filter(StockFilter(center=center or None, search=self.search.text()))
        # One center shown: its code on every line says nothing.
        self.table.setColumnHidden(column_of("center"), bool(center))
        self.columns.apply()
        self.loading_note.loading(True)

    def _rows_read(self) -> None:
        self.loading_note.loading(self.model.loading)
        # Sized once, to the first rows of the filter the centers' list starts on.
        if not self._fitted and self.model.rowCount() and self.center_combo.count():
            self._fitted = True
            self.columns.fit()
        else:
            self.columns.apply()  # the rows may have brought a scroll bar
        self._update_count()
        self._update_buttons()
        emit(self.rows_shown)

    def _read_failed(self, sentence: str) -> None:
        self.loading_note.loading(False)
        self.message.setText(sentence)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n line(s)", "", self.model.total))

    # -- stock card --
    def show_card(self, row: StockRow) -> None:
        """Open the stock card of the row's product at the row's center."""
        self.card_model.show_product(row.sku, row.center, row.product_id)
        # The card is of one center, named in its title: the room goes to its documents.
        self.card_table.setColumnHidden(card_column("center"), True)
        names = " / ".join(n for n in (row.name_zh, row.name_bo, row.name_en) if n)
        self.card_title.setText(
            self.tr("Stock card: {sku} {names} at {center}").format(
                sku=row.sku, names=names, center=row.center
            )
        )
        self.card_panel.show()
        self.card_loading.loading(True)

    def _card_read(self, opened: bool) -> None:
        self.card_loading.loading(False)
        if opened:
            fit_columns(self.card_table)
            if self.card_model.rowCount():
                self.card_table.scrollToBottom()
            emit(self.card_shown, self.card_model.sku or "")

    def _card_scrolled(self, value: int) -> None:
        """At the top of the card: read the moves before it (`_older_read` shows them)."""
        if value != self.card_table.verticalScrollBar().minimum() or not self.card_model.has_older:
            return
        self.card_model.fetch_older()

    def _older_read(self, came: int) -> None:
        """The older moves are on top: the lines the clerk was reading stay in view."""
        if came:
            self.card_table.scrollTo(
                self.card_model.index(came, 0), QAbstractItemView.ScrollHint.PositionAtTop
            )

    def show_first_card(self) -> None:
        """Select the first line and open its card (for the screenshot)."""
        if self.model.rowCount():
            self.table.selectRow(0)
            self.show_selected_card()

    def show_selected_card(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None:
            self.show_card(row)

    def _row_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.show_card(row)

    def _current_changed(self, *_: object) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.card_button.setEnabled(self.model.row_at(self.table.currentIndex().row()) is not None)

    # -- receiving --
    def open_receive_dialog(self) -> None:
        from ui.stock.receive_dialog import ReceiveDialog

        # The dialog starts on the home center, where the goods physically arrive, whatever
        # center the table shows; the selected product is prefilled.
        dialog = ReceiveDialog(self.context, self)
        selected = self.model.row_at(self.table.currentIndex().row())
        dialog.preset(sku=selected.sku if selected else "")
        dialog.received.connect(lambda _changes: self.message.setText(dialog.summary))
        self.receive_dialog = dialog
        dialog.open()

    # -- changes --
    def _changes_applied(self, changes: Changes) -> None:
        self.model.note_changes(changes)
        self.card_model.note_changes(changes)
        if changes.stock:
            self._update_count()
        if changes.catalog:
            self.reload_centers()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802  (Qt override)
        self.model.set_active(True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802  (Qt override)
        self.model.set_active(False)
        super().hideEvent(event)
