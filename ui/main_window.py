"""The main window: a navigation list of areas on the left, the current area on the right."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.inventory.catalog import CenterChoice
from core.inventory.catalog import center_choices as read_centers
from core.masterdata.setup import SetupState
from core.paths import resource_path
from ui.areas import AREAS, Area
from ui.center_combo import center_choices, default_center
from ui.context import AppContext
from ui.language import LANGUAGES, current_language, print_chinese_beside, switch_language
from ui.masterdata.next_step import NextStepBar
from ui.qt_fixes import emit
from ui.retranslate import Texts
from ui.widgets.paged_model import while_alive

PREFERRED_SIZE = QSize(1280, 760)
FRAME_ALLOWANCE = QSize(16, 48)  # a title bar and borders, generously


class MainWindow(QMainWindow):
    def __init__(
        self, context: AppContext, areas: list[Area] | None = None, *, page_later: bool = False
    ) -> None:
        """With `page_later`, the current area's page is built by `open_current_area`, so
        the app's start paints the window before it imports and reads what a page needs."""
        super().__init__()
        self.context = context
        self.areas = list(AREAS if areas is None else areas)
        self._pages: dict[str, QWidget] = {}
        self.texts = Texts(self)
        # Qt sends one LanguageChange per translator swapped: rebuild the pages once after.
        self._rebuild_timer = QTimer(self, singleShot=True, interval=0)
        self._rebuild_timer.timeout.connect(self._rebuild_pages)
        self.texts.on_change(self._rebuild_timer.start)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(28, 28))
        self.navigation.setSpacing(2)
        self.navigation.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 12)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for area in self.areas:
            item = QListWidgetItem(QIcon(str(resource_path("icons", area.icon))), "")
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            item.setSizeHint(QSize(0, self.fontMetrics().height() * 3))
            self.navigation.addItem(item)
            self.texts.bind(item.setText, area.title_fn)
        self.stack = QStackedWidget()

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.navigation)
        # What a new center does next (create it, add bins, products), above the pages.
        self.next_step = NextStepBar(context)
        self.next_step.setup_wanted.connect(self.open_setup)  # with the state it read
        # A center made in the setup wizard is offered as home center at once.
        self.next_step.read.connect(lambda _state: self._refill_home_center_menu())
        right = QVBoxLayout()
        right.addWidget(self.next_step)
        right.addWidget(self.stack, 1)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        self.database_label = QLabel()
        self.texts.bind(
            self.database_label.setText,
            lambda: self.tr("Database: {label}").format(label=context.database_label),
        )
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.database_label)

        self.file_menu = file_menu = self.menuBar().addMenu("")
        self.file_menu.setObjectName("file_menu")
        self.texts.bind(file_menu.setTitle, lambda: self.tr("&File"))
        self.home_center_menu = file_menu.addMenu("")
        self.texts.bind(self.home_center_menu.setTitle, lambda: self.tr("&Home center"))
        self._fill_home_center_menu()
        self.language_menu = file_menu.addMenu("")
        self.language_menu.setObjectName("language_menu")
        self.texts.bind(self.language_menu.setTitle, lambda: self.tr("&Language"))
        self._fill_language_menu()
        setup_action = QAction(self)
        self.texts.bind(setup_action.setText, lambda: self.tr("&Setup…"))
        setup_action.triggered.connect(lambda _checked: self.open_setup())
        file_menu.addAction(setup_action)
        file_menu.addSeparator()
        quit_action = QAction(self)
        self.texts.bind(quit_action.setText, lambda: self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        keys = [area.key for area in self.areas]
        last = context.settings.last_area
        self.navigation.setCurrentRow(keys.index(last) if last in keys else 0)
        self.navigation.currentRowChanged.connect(self._show_area)
        if page_later:
            self._show_title(self.areas[self.navigation.currentRow()])
        else:
            self.open_current_area()

        self.resize(self._first_size())
        geometry = context.settings.window_geometry
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)

    def open_setup(self, state: SetupState | None = None) -> None:
        """The setup wizard: at first start on a database without a center (from the
        `state` the next-step bar read), or File ▸ Setup (read then)."""
        from ui.masterdata.setup_wizard import open_setup  # a second of imports: not at start

        open_setup(self.context, self, state=state)

    def _first_size(self) -> QSize:
        """The preferred size, within the screen less the title bar and borders that the
        window manager adds outside the window (a 768-pixel screen is common at the desk)."""
        room = self.screen().availableGeometry().size() - FRAME_ALLOWANCE
        return PREFERRED_SIZE.boundedTo(room)

    def _fill_home_center_menu(self, choices: list[CenterChoice] | None = None) -> None:
        """One checkable entry per center; the choice is this PC's, kept in its settings."""
        choices = center_choices(self.context) if choices is None else choices
        current = default_center(self.context, choices)
        group = QActionGroup(self)
        for choice in choices:
            action = QAction(f"{choice.code}  {choice.name_zh}", self, checkable=True)
            action.setChecked(choice.code == current)
            action.setData(choice.code)
            group.addAction(action)
            self.home_center_menu.addAction(action)
        group.triggered.connect(self._home_center_chosen)

    def _fill_language_menu(self) -> None:
        """中文 / བོད་ཡིག / English, each in its own script; applied at once, kept per PC."""
        group = QActionGroup(self)
        for code, name in LANGUAGES:
            action = QAction(name, self, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setData(code)
            group.addAction(action)
            self.language_menu.addAction(action)
        group.triggered.connect(lambda action: self.choose_language(str(action.data())))
        self.language_menu.addSeparator()
        beside = QAction(self, checkable=True)
        beside.setObjectName("chinese_beside")
        self.texts.bind(beside.setText, lambda: self.tr("Print headings with Chinese beside"))
        beside.setChecked(self.context.settings.chinese_beside)
        beside.toggled.connect(self._chinese_beside_chosen)
        self.language_menu.addAction(beside)
        self._check_language()
        self.texts.on_change(self._check_language)

    def _check_language(self) -> None:
        shown = current_language()
        for action in self.language_menu.actions():
            if action.data() is not None:
                action.setChecked(action.data() == shown)

    def _chinese_beside_chosen(self, beside: bool) -> None:
        self.context.settings.chinese_beside = beside
        self.context.settings.sync()
        print_chinese_beside(beside)

    def choose_language(self, code: str) -> None:
        """Show the app in `code` now, and at every start on this PC."""
        self.context.settings.language = code
        self.context.settings.sync()
        switch_language(code)

    def _rebuild_pages(self) -> None:
        """Pages word their texts when they are built: after a language change each one is
        built again (the current one at once, the others when next shown), unless it
        follows the language itself (`follows_language`, ui/retranslate.py)."""
        current = self.stack.currentWidget() if self.isVisible() else None  # closed: none now
        for key, page in list(self._pages.items()):
            if getattr(page, "follows_language", False):
                continue
            state = getattr(page, "page_state", lambda: None)()
            del self._pages[key]
            if page is current:
                fresh = self.page(key)
                restore = getattr(fresh, "restore_page_state", None)
                if state is not None and callable(restore):
                    restore(state)
                self.stack.setCurrentWidget(fresh)
            self.stack.removeWidget(page)
            page.deleteLater()
        row = self.navigation.currentRow()
        if 0 <= row < len(self.areas):
            self._show_title(self.areas[row])

    def _refill_home_center_menu(self) -> None:
        self.context.ops.query(
            read_centers, on_success=while_alive(self, self._refilled), key=(self, "centers")
        )

    def _refilled(self, choices: list[CenterChoice]) -> None:
        if len(self.home_center_menu.actions()) != len(choices):
            self.home_center_menu.clear()
            self._fill_home_center_menu(choices)

    def _home_center_chosen(self, action: QAction) -> None:
        self.context.settings.home_center = str(action.data())
        self.context.settings.sync()  # chosen once per PC: on disk at once, whatever happens next
        emit(self.context.bus.home_center_changed, str(action.data()))
        self.statusBar().showMessage(
            self.tr("Home center: {code}. Pages opened from now on start there.").format(
                code=action.data()
            ),
            5000,
        )

    def page(self, key: str) -> QWidget:
        """The page of an area, built on first use."""
        if key not in self._pages:
            area = next(a for a in self.areas if a.key == key)
            widget = area.factory(self.context)
            widget.setObjectName(f"area_{key}")
            self._pages[key] = widget
            self.stack.addWidget(widget)
        return self._pages[key]

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def open_current_area(self) -> None:
        """Build and show the page of the area selected in the navigation."""
        self._show_area(self.navigation.currentRow())

    def _show_area(self, row: int) -> None:
        if row < 0:
            return
        area = self.areas[row]
        self.stack.setCurrentWidget(self.page(area.key))
        self.context.settings.last_area = area.key
        self._show_title(area)

    def _show_title(self, area: Area) -> None:
        self.setWindowTitle(self.tr("{area} — Changtang Depot").format(area=area.title_fn()))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802  (Qt override)
        self.context.settings.window_geometry = self.saveGeometry()
        self.context.settings.sync()
        super().closeEvent(event)
