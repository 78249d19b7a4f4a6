"""The Runs area: a day's runs, a run's stops and parcels, and what the clerk does with them.

Parcels move between runs by drag and drop (from the parcel table onto a run)
or by keys: Alt+Down sends the selected parcels to the next run of their
township, Alt+Up to the previous one. H holds them once the clerk confirms (Enter
holds, Escape keeps them on the run); Held parcels… lists what is held, with Release.
The Split button splits the run, and the load check, dispatch and delivery open from
the buttons; a run that has left can be delivered and printed, no longer loaded or edited.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from core.clock import shown
from core.runs import edits as run_actions
from core.runs.edits import OPEN_STATUSES
from core.runs.models import RunStatus
from core.runs.planning import plan_runs
from core.runs.queries import LaterRun, RunView, later_runs, neighbour_run, runs_on
from core.runs.schedules import sole_center_id
from ui.context import AppContext
from ui.operations import Operation, UnitOfWork
from ui.runs.messages import describe
from ui.runs.models import PARCEL_COLUMNS, RunParcelsModel, RunsModel
from ui.widgets.columns import ColumnKeeper
from ui.widgets.fitting_splitter import FittingSplitter
from ui.widgets.flow_layout import flow_of
from ui.widgets.tables import make_table


class RunsPage(QWidget):
    run_selected = Signal(object)
    """The clerk selected a run; carries its id (or None)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._reselect: uuid.UUID | None = None
        self.day = QDateEdit(self)
        self.day.setObjectName("runs_day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = context.ops.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.plan_button = QPushButton(self.tr("Plan the day"), self)
        self.holiday_button = QPushButton(self.tr("Holiday…"), self)
        self.schedules_button = QPushButton(self.tr("Schedules…"), self)
        self.status = QLabel(self)
        self.status.setObjectName("runs_status")
        self.status.setWordWrap(True)
        self.status.hide()

        self.runs = RunsModel(context.ops, self)
        self.runs.drop_handler = self.move_parcels
        self.runs_table = make_table(self.runs, self)
        self.runs_table.setObjectName("runs_table")
        self.runs_table.setAcceptDrops(True)
        self.runs_table.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.runs_table.setDropIndicatorShown(True)
        # Departure, load against capacity and status stay in view; the names give way.
        columns = RunsModel.COLUMNS
        self.runs_columns = ColumnKeeper(
            self.runs_table,
            [columns.index(k) for k in ("depart", "parcels", "kg", "status")],
            [columns.index("township")],
        )

        self.parcels = RunParcelsModel(context.ops, self)
        self.parcels_table = make_table(self.parcels, self)
        self.parcels_table.setObjectName("run_parcels_table")
        self.parcels_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.parcels_table.setDragEnabled(True)
        self.parcels_table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        # A parcel's weight, status and whether it is loaded stay in view; stop and
        # recipient give way (whole in their tooltips). The parcel number follows as far
        # as there is room: on a 1366-pixel screen the runs beside it must stay whole.
        self.parcels_columns = ColumnKeeper(
            self.parcels_table,
            [PARCEL_COLUMNS.index(k) for k in ("kg", "status", "loaded")],
            [PARCEL_COLUMNS.index(k) for k in ("stop", "recipient")],
            wanted=[PARCEL_COLUMNS.index(k) for k in ("reason", "number")],
        )

        self.hold_button = QPushButton(self.tr("Hold (H)"), self)
        self.held_button = QPushButton(self.tr("Held parcels…"), self)
        self.hold_question: QMessageBox | None = None
        self.split_button = QPushButton(self.tr("Split run…"), self)
        self.cancel_button = QPushButton(self.tr("Cancel run…"), self)
        self.load_button = QPushButton(self.tr("Load check && dispatch…"), self)
        self.deliver_button = QPushButton(self.tr("Delivery…"), self)
        self.stops_button = QPushButton(self.tr("Stops…"), self)
        self.print_button = self._print_menu()
        self.title = QLabel(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Date:"), self))
        top.addWidget(self.day)
        top.addWidget(self.plan_button)
        top.addWidget(self.holiday_button)
        top.addWidget(self.schedules_button)
        top.addStretch(1)
        # The buttons wrap on a narrow screen instead of being cut off at the right.
        actions = flow_of(
            [
                self.hold_button,
                self.held_button,
                self.split_button,
                self.cancel_button,
                self.load_button,
                self.deliver_button,
                self.stops_button,
                self.print_button,
            ],
            self,
        )
        self.title.setWordWrap(True)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(actions)
        right_layout.addWidget(self.parcels_table, 1)
        # Side by side where both tables fit whole (1366 pixels), the runs on top where
        # they do not (1024): never a run's status or a parcel's cut off.
        self.split = FittingSplitter(
            self.runs_table,
            right,
            self._runs_pane_wants,
            lambda: self.parcels_columns.needed_width(),
            self,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.split, 1)

        self.day.dateChanged.connect(lambda _d: self.reload())
        # Columns follow what the rows hold now: a run dispatched while shown says so whole.
        self.runs.rows_read.connect(self._runs_read)
        self.parcels.rows_read.connect(lambda _reset: self._fit_parcels_table())
        self._oriented_on_rows = False
        self.plan_button.clicked.connect(self.plan_day)
        self.holiday_button.clicked.connect(self.enter_holiday)
        self.schedules_button.clicked.connect(self.open_schedules)
        self.runs_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_run(current.row())
        )
        self.hold_button.clicked.connect(self.ask_hold)
        self.held_button.clicked.connect(self.open_held)
        self.split_button.clicked.connect(self.split_selected)
        self.cancel_button.clicked.connect(self.cancel_current)
        self.load_button.clicked.connect(self.open_load_check)
        self.deliver_button.clicked.connect(self.open_delivery)
        self.stops_button.clicked.connect(self.open_stops)
        # Keys on the parcel table itself (an event filter, not window shortcuts, so they work
        # whatever window is active and never fire while the clerk types elsewhere).
        self.parcels_table.installEventFilter(self)
        self.parcels_table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._update_actions()
        )
        context.bus.changes_applied.connect(self._changes_applied)
        self.reload()

    def _print_menu(self) -> QToolButton:
        """One button: a click prints the run's parcel labels in stop order; its menu has
        the manifest, the run's own label and the day's manifest."""
        self.print_labels_action = QAction(self.tr("Print labels"), self)
        self.print_labels_action.setObjectName("print_run_labels")
        self.print_manifest_action = QAction(self.tr("Print manifest"), self)
        self.print_manifest_action.setObjectName("print_run_manifest")
        self.print_run_label_action = QAction(self.tr("Print run label"), self)
        self.print_run_label_action.setObjectName("print_run_label")
        self.print_day_action = QAction(self.tr("Print the day's manifest"), self)
        self.print_day_action.setObjectName("print_daily_manifest")
        menu = QMenu(self)
        for action in (
            self.print_labels_action,
            self.print_manifest_action,
            self.print_run_label_action,
            self.print_day_action,
        ):
            menu.addAction(action)
        self.print_labels_action.triggered.connect(lambda: self.print_current("labels"))
        self.print_manifest_action.triggered.connect(lambda: self.print_current("manifest"))
        self.print_run_label_action.triggered.connect(lambda: self.print_current("run_label"))
        self.print_day_action.triggered.connect(lambda: self.print_current("day"))
        button = QToolButton(self)
        button.setObjectName("print_button")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        button.setMenu(menu)
        button.setDefaultAction(self.print_labels_action)
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (
            watched is self.parcels_table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.move_selected_by(+1 if event.key() == Qt.Key.Key_Down else -1)
                return True
            if event.key() == Qt.Key.Key_H and not event.modifiers():
                self.ask_hold()
                return True
        return super().eventFilter(watched, event)

    # -- reading -------------------------------------------------------------------------------
    @property
    def selected_day(self) -> date:
        picked = self.day.date().toPython()
        assert isinstance(picked, date)
        return picked

    def reload(self) -> None:
        """Read the chosen day's runs (in the background); the run selected stays selected
        when it is still listed."""
        current = self.current_run()
        self._reselect = current.id if current else None
        self.runs.load(self.selected_day)

    def _runs_read(self, reset: bool) -> None:
        self._fit_runs_table()
        if reset or self.current_run() is None:
            row = self.runs.row_of(self._reselect) if self._reselect else -1
            self.runs_table.selectRow(max(row, 0))
            self._show_run(max(row, 0))
        else:  # patched in place: selection and scroll stayed, the figures may not have
            self._show_title(self.current_run())
            self._update_actions()

    def _fit_runs_table(self) -> None:
        """Size the runs' columns, and never let the pane get narrower than the figures."""
        self.runs_columns.fit()
        self.runs_table.setMinimumWidth(self.runs_columns.needed_width())
        self.split.refit()

    def _fit_parcels_table(self) -> None:
        self.parcels_columns.fit()
        # The panes are oriented for the first rows read (the tables are read after the
        # page is laid out); later contents never swap them under the clerk's mouse.
        first = not self._oriented_on_rows and self.runs.shown_day is not None
        self._oriented_on_rows = self._oriented_on_rows or first
        self.split.refit(reorient=first)

    def _runs_pane_wants(self) -> QSize:
        """Room for every run whole: all columns, and all rows under the header."""
        table = self.runs_table
        rows = max(self.runs.rowCount(), 1)
        height = (
            table.horizontalHeader().sizeHint().height()
            + table.frameWidth() * 2
            + rows * table.verticalHeader().defaultSectionSize()
            + table.horizontalScrollBar().sizeHint().height()
        )
        return QSize(self.runs_columns.whole_width(), height)

    def current_run(self) -> RunView | None:
        return self.runs.run_at(self.runs_table.currentIndex().row())

    def _show_run(self, row: int) -> None:
        view = self.runs.run_at(row)
        self.parcels.load(view.id if view else None)
        self._show_title(view)
        self._update_actions()
        self.run_selected.emit(view.id if view else None)

    def _show_title(self, view: RunView | None) -> None:
        if view is None:
            self.title.setText(self.tr("No runs on this day: plan it, or set the schedules."))
        else:
            self.title.setText(
                self.tr("{township} — {parcels}, {stops}").format(
                    township=view.township_name or self.tr("Postal handover"),
                    parcels=self.tr("%n parcel(s)", "", len(view.parcels)),
                    stops=self.tr("%n stop(s)", "", len(view.stops)),
                )
            )

    def _update_actions(self) -> None:
        """A button that cannot act on what is shown is greyed, not silently ignored: a run
        that has left (or was cancelled) can no longer be loaded, split, cancelled or have
        parcels held; only a run on the road has deliveries to record."""
        view = self.current_run()
        still_here = view is not None and view.status in OPEN_STATUSES
        for button in (self.split_button, self.cancel_button, self.load_button):
            button.setEnabled(still_here)
        self.deliver_button.setEnabled(
            view is not None and view.status == RunStatus.DISPATCHED.value
        )
        self.print_button.setEnabled(view is not None)
        for action in (
            self.print_labels_action,
            self.print_manifest_action,
            self.print_run_label_action,
            self.print_day_action,
        ):
            action.setEnabled(view is not None)
        self.stops_button.setEnabled(view is not None and bool(view.township_code))
        self.hold_button.setEnabled(still_here and bool(self.selected_parcels()))

    def _changes_applied(self, changes: Changes) -> None:
        self.runs.note_changes(changes)
        self.parcels.note_changes(changes)

    def selected_parcels(self) -> list[uuid.UUID]:
        rows = sorted({index.row() for index in self.parcels_table.selectionModel().selectedRows()})
        found = [self.parcels.parcel_at(row) for row in rows]
        return [row.parcel_id for row in found if row is not None]

    def say(self, text: str) -> None:
        """A line above the runs: what planning did, or why a key did nothing."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # -- writing -------------------------------------------------------------------------------
    def _run(
        self,
        fn: Callable[[UnitOfWork], object],
        title: str,
        done: Callable[[object], None] | None = None,
        busy: QAbstractButton | None = None,
    ) -> Operation:
        """A write; `busy`, the button that started it, is greyed until it ends (then the
        buttons are set for what is shown again)."""

        def succeeded(result: object) -> None:
            self._update_actions()
            if done is not None:
                done(result)

        def failed(error: BaseException, message: str) -> None:
            self._update_actions()
            QMessageBox.warning(self, title, describe(error, message))

        operation = self.context.ops.run(
            fn, parent=self, title=title, on_success=succeeded, on_error=failed, busy=busy
        )
        return operation

    def plan_day(self) -> None:
        day = self.selected_day

        def planned(result: object) -> None:
            unplaced: dict[uuid.UUID, str] = getattr(result, "unplaced", {})
            # The runs themselves come back through the Changes the planner returned.
            self.context.ops.query(
                lambda uow: (sum(len(v.parcels) for v in runs_on(uow, day)), later_runs(uow, day)),
                on_success=lambda found: self.say(self.plan_summary(unplaced, *found)),
                parent=self,
                title=self.tr("Planning runs"),
            )

        self._run(
            lambda uow: plan_runs(uow, day), self.tr("Planning runs"), planned, self.plan_button
        )

    def plan_summary(
        self, unplaced: dict[uuid.UUID, str], on_day: int, later: list[LaterRun]
    ) -> str:
        """What planning did, a line each: the day's parcels (`on_day` of them), where the
        others went (which run, which day, and why not today's), and the parcels no run
        can take."""
        lines = [self.tr("%n parcel(s) on this day's runs.", "", on_day)]
        for run in later:
            place = run.township_name or self.tr("the postal handover")
            when = shown(run.depart_at)
            if run.missed_cutoff:
                lines.append(
                    self.tr(
                        "%n parcel(s) for {place} missed this day's cutoff ({cutoff}): on the run "
                        "of {when}.",
                        "",
                        run.missed_cutoff,
                    ).format(place=place, cutoff=shown(run.cutoff_at), when=when)
                )
            if run.run_full:
                lines.append(
                    self.tr(
                        "%n parcel(s) for {place} did not fit on this day's run: on the run of "
                        "{when}.",
                        "",
                        run.run_full,
                    ).format(place=place, when=when)
                )
            if run.run_closed:
                lines.append(
                    self.tr(
                        "%n parcel(s) for {place}: this day's run is cancelled; on the run of "
                        "{when}.",
                        "",
                        run.run_closed,
                    ).format(place=place, when=when)
                )
            if run.not_served:
                lines.append(
                    self.tr(
                        "%n parcel(s) for {place}: no run there this day; on the run of {when}.",
                        "",
                        run.not_served,
                    ).format(place=place, when=when)
                )
        if unplaced:
            reasons = {
                "no_schedule": self.tr("no schedule serves its township"),
                "too_heavy": self.tr("heavier than a run may carry"),
                "no_run": self.tr("no run with room in the next months"),
            }
            why = "; ".join(
                f"{count} {reasons.get(reason, reason)}"
                for reason, count in sorted(Counter(unplaced.values()).items())
            )
            lines.append(self.tr("%n parcel(s) without a run:", "", len(unplaced)) + " " + why)
        return "\n".join(lines)

    def enter_holiday(self) -> None:
        day = self.selected_day
        note, ok = QInputDialog.getText(
            self,
            self.tr("Holiday"),
            self.tr("No run leaves on {day}. Note:").format(day=day.isoformat()),
        )
        if not ok:
            return
        current = self.current_run()
        known = current.center_id if current else None

        def holiday(uow: UnitOfWork) -> Changes:
            center = known or sole_center_id(uow)
            if center is None:  # several centers, and no run shown to say which
                return Changes()
            return run_actions.add_holiday(uow, center, day, note)

        self._run(holiday, self.tr("Entering the holiday"))

    def move_parcels(self, parcel_ids: list[uuid.UUID], run_id: uuid.UUID) -> Operation | None:
        """Move parcels onto a run (a drop on the runs table, or a key)."""
        if not parcel_ids:
            return None

        def move(uow: UnitOfWork) -> Changes:
            changes = Changes()
            for pid in parcel_ids:
                changes |= run_actions.move_parcel(uow, pid, run_id)
            return changes

        return self._run(move, self.tr("Moving parcels"))

    def move_selected_by(self, step: int) -> None:
        """Alt+Down / Alt+Up: the next or previous open run of the same township."""
        current = self.current_run()
        chosen = self.selected_parcels()
        if current is None or not chosen:
            return

        def found(target: uuid.UUID | None) -> None:
            if target is None:
                self.say(self.tr("No open run in that direction."))
            else:
                self.move_parcels(chosen, target)

        self.context.ops.query(
            lambda uow: neighbour_run(uow, current.id, step),
            on_success=found,
            parent=self,
            title=self.tr("Moving parcels"),
        )

    def ask_hold(self) -> None:
        """H or Hold: ask first (Enter holds, Escape keeps them on their run), as a stray
        key in the parcel table must not take parcels off the vehicle's list."""
        chosen = self.selected_parcels()
        if not chosen or not self.hold_button.isEnabled():
            return
        question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Hold parcels"),
            self.tr(
                "Hold %n parcel(s)? They leave their run and wait under Held parcels until "
                "released.",
                "",
                len(chosen),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        question.setObjectName("hold_question")
        question.button(QMessageBox.StandardButton.Yes).setText(self.tr("Hold"))
        question.button(QMessageBox.StandardButton.No).setText(self.tr("Keep on the run"))
        question.setDefaultButton(QMessageBox.StandardButton.Yes)
        question.setEscapeButton(QMessageBox.StandardButton.No)
        question.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.hold_question = question

        def answered(button: object) -> None:
            self.hold_question = None
            if button is question.button(QMessageBox.StandardButton.Yes):
                self.hold_selected(chosen)

        question.buttonClicked.connect(answered)
        question.rejected.connect(lambda: setattr(self, "hold_question", None))
        question.open()

    def open_held(self) -> None:
        from ui.runs.held_dialog import HeldDialog

        HeldDialog(self.context, self).open()

    def hold_selected(self, chosen: list[uuid.UUID] | None = None) -> Operation | None:
        """Hold `chosen` (the selected parcels by default) without asking."""
        chosen = self.selected_parcels() if chosen is None else chosen
        if not chosen:
            return None

        def hold(uow: UnitOfWork) -> Changes:
            changes = Changes()
            for pid in chosen:
                changes |= run_actions.hold_parcel(uow, pid)
            return changes

        return self._run(hold, self.tr("Holding parcels"), busy=self.hold_button)

    def split_selected(self) -> Operation | None:
        current = self.current_run()
        if current is None:
            return None
        chosen = self.selected_parcels()
        vehicle, ok = QInputDialog.getText(
            self,
            self.tr("Split run"),
            self.tr(
                "The selected parcels (or the later half of the stops) go on a new run. Vehicle:"
            ),
        )
        if not ok:
            return None
        return self._run(
            lambda uow: run_actions.split_run(uow, current.id, chosen, vehicle),
            self.tr("Splitting the run"),
            busy=self.split_button,
        )

    def cancel_current(self) -> Operation | None:
        current = self.current_run()
        if current is None:
            return None
        note, ok = QInputDialog.getText(
            self,
            self.tr("Cancel run"),
            self.tr("Its parcels move to the next run. Why is it cancelled?"),
        )
        if not ok:
            return None
        return self._run(
            lambda uow: run_actions.cancel_run(uow, current.id, note),
            self.tr("Cancelling the run"),
            busy=self.cancel_button,
        )

    def open_load_check(self) -> None:
        from ui.runs.load_check import LoadCheckDialog

        current = self.current_run()
        if current is not None:
            LoadCheckDialog(self.context, current.id, self).open()

    def open_delivery(self) -> None:
        from ui.runs.delivery import DeliveryDialog

        current = self.current_run()
        if current is not None:
            DeliveryDialog(self.context, current.id, self).open()

    def print_current(self, what: str) -> Operation | None:
        """Print for the selected run: "labels" (every parcel, stop order), "manifest",
        "run_label", or "day" (the manifest of every run of its center that day)."""
        from ui.printing import actions

        current = self.current_run()
        if current is None:
            return None
        context, run_id = self.context, current.id
        if what == "labels":
            operation = actions.print_run_labels(context, run_id, self)
        elif what == "manifest":
            operation = actions.print_run_manifest(context, run_id, self)
        elif what == "run_label":
            operation = actions.print_run_label(context, run_id, self)
        else:
            operation = actions.print_daily_manifest(
                context, current.center_code, current.day, self
            )
        return operation

    def open_schedules(self) -> None:
        from ui.runs.schedule_dialog import ScheduleDialog

        ScheduleDialog(self.context, self).open()

    def open_stops(self) -> None:
        from ui.runs.stops_dialog import StopsDialog

        current = self.current_run()
        if current is not None and current.township_code:
            StopsDialog(self.context, current.township_code, current.township_name, self).open()
