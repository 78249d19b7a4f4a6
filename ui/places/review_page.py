"""The Review queue: parcels whose address the resolver was unsure of.

The clerk's hands stay on the keyboard: the first parcel is selected, the
place filter has the focus, a few keys narrow the list, Enter settles the
parcel (the choice is learned) and the next parcel comes up.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from core.changes import Changes
from core.places.addresses import Candidate
from core.places.changes import PlaceChanges
from core.places.review import PlaceChoice, candidates, choose, place_choices
from ui.context import AppContext
from ui.places.place_picker import Choice, PlacePicker, choices_from
from ui.places.review_model import ReviewModel
from ui.widgets.paged_model import while_alive
from ui.widgets.tables import fit_columns, make_table


class ReviewPage(QWidget):
    parcel_settled = Signal(object)
    """A parcel's place was chosen and saved; carries the parcel id."""
    queue_shown = Signal()
    """The queue and the places were read again and the row to work on is selected."""
    parcel_shown = Signal(object)
    """The current parcel's address is shown and the picker offers its places, the
    resolver's candidates first; carries the parcel id."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = ReviewModel(context.ops, self)
        self.table = make_table(self.model, self)
        self.table.setObjectName("review_table")
        self.address_label = QLabel()
        self.address_label.setObjectName("review_address")
        self.address_label.setWordWrap(True)
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_label = QLabel()
        self.message = QLabel()
        self.message.setObjectName("review_message")
        self.message.setWordWrap(True)
        self.picker = PlacePicker(self)
        self._choices: list[Choice] = []
        self._saving = False  # our own choice is on its way: it reloads when it lands
        self._select_row: int | None = None  # the row to select when the queue arrives
        self._shown: uuid.UUID | None = None  # the parcel whose address is shown
        self._fitted = False

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Address:")))
        side_layout.addWidget(self.address_label)
        side_layout.addWidget(QLabel(self.tr("Deliver to:")))
        side_layout.addWidget(self.picker, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.count_label)

        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.picker.chosen.connect(self.choose)
        self.model.ids_arrived.connect(self._queue_read)
        self.model.rows_arrived.connect(self._rows_read)
        context.bus.changes_applied.connect(self._changes_applied)
        self.reload()

    def reload(self, row: int = 0) -> None:
        """Re-read the queue and the places, and select `row` (the next parcel after a choice).

        Both reads run in the background, places first (the reader answers in order), so
        the queue arrives to a picker that has its places.
        """
        self._select_row = row
        self._read_places()
        self.model.reload()

    def _read_places(self) -> None:
        self.context.ops.query(
            place_choices,
            on_success=while_alive(self, self._places_read),
            parent=self,
            key=(id(self), "places"),
        )

    def _places_read(self, places: list[PlaceChoice]) -> None:
        self._choices = choices_from(places, self.tr("Outside the served area (postal service)"))

    def _queue_read(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%n parcel(s) waiting for review", "", count))
        if not count:
            self.address_label.setText(self.tr("Nothing to review."))
            self.picker.set_choices(self._choices)
        if self._select_row is not None:  # a reload asked for this row
            row, self._select_row = self._select_row, None
            if count:
                self.table.selectRow(min(row, count - 1))
            self.picker.filter_edit.setFocus()
            self.queue_shown.emit()

    def _rows_read(self) -> None:
        if not self._fitted and self.model.rowCount():
            self._fitted = True
            fit_columns(self.table)
        current = self.table.currentIndex().row()
        if current >= 0 and self._shown != self.model.parcel_id(current):
            self._show_parcel(current)

    def current_parcel(self) -> uuid.UUID | None:
        return self.model.parcel_id(self.table.currentIndex().row())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_parcel(current.row())

    def _show_parcel(self, row_number: int) -> None:
        row = self.model.row_at(row_number)
        if row is None:
            return  # its page is on its way; `_rows_read` shows it when it lands
        self._shown = row.parcel_id
        self.address_label.setText(row.address)
        address = row.address
        self.context.ops.query(
            lambda uow: candidates(uow, address),
            on_success=while_alive(self, lambda found: self._candidates_read(row.parcel_id, found)),
            parent=self,
            key=(id(self), "candidates"),
        )

    def _candidates_read(self, parcel_id: uuid.UUID, found: tuple[Candidate, ...]) -> None:
        self.picker.set_choices(self._choices, found)
        self.picker.filter_edit.setFocus()
        self.parcel_shown.emit(parcel_id)

    def choose(self, township_code: str | None, point_id: uuid.UUID | None) -> None:
        parcel_id = self.current_parcel()
        if parcel_id is None:
            return
        row = self.table.currentIndex().row()
        shown = self.model.row_at(row)
        place = next(
            (
                c.label
                for c in self._choices
                if (c.township_code, c.point_id) == (township_code, point_id)
            ),
            "",
        )
        self._saving = True

        def done(changes: object) -> None:
            others = len(getattr(changes, "parcels", ())) - 1
            self.message.setText(
                self.chosen_sentence(shown.recipient if shown else "", place, others)
            )
            self._settled(parcel_id, row)

        operation = self.context.ops.run(
            lambda uow: choose(uow, parcel_id, township_code, point_id),
            parent=self,
            title=self.tr("Saving the place"),
            on_success=done,
        )
        operation.finished.connect(self._saved)

    def chosen_sentence(self, recipient: str, place: str, others: int) -> str:
        """What the clerk's choice did: where the parcel goes, and what it taught."""
        text = self.tr(
            "{recipient}: goes to {place}. Addresses like this one now go there by themselves."
        ).format(recipient=recipient, place=place)
        if others > 0:
            text += " " + self.tr("%n other parcel(s) waiting with it settled too.", "", others)
        return text

    def _saved(self) -> None:
        self._saving = False

    def _settled(self, parcel_id: uuid.UUID, row: int) -> None:
        self.reload(row)
        self.parcel_settled.emit(parcel_id)

    def _changes_applied(self, changes: Changes) -> None:
        # Our own choices reload in `_settled` (keeping the position); others' writes patch
        # the queue (the model follows the bus) and the places may have changed.
        if isinstance(changes, PlaceChanges) and changes.places:
            self._read_places()
        if not self._saving:
            self.model.note_changes(changes)
