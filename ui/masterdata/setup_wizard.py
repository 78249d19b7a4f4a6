"""The first-start wizard (and File ▸ Setup later): language, database, this PC's
center, its bins, products, township schedules and printers.

Every step can be skipped and done later; each step the clerk confirms is written at
once (its own transaction, `StepPage`), so closing the wizard half-way loses nothing
already confirmed. Choosing a database server ends the wizard: the app opens the server
from its next start, and the setup goes on there.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from core.masterdata.setup import SetupState, probe_server, setup_state
from ui.context import AppContext
from ui.language import LANGUAGES, current_language, switch_language
from ui.masterdata.setup_pages import BinsPage, CenterPage, ProductsPage
from ui.printing.print_settings import PrintSettings
from ui.retranslate import Texts
from ui.widgets.paged_model import while_alive

# Document kinds whose printer a center sets once: labels on the thermal printer,
# lists on the office printer (`ui.printing.print_settings`).
PRINTED_KINDS = ("product_label", "bin_label", "parcel_label", "run_manifest")


class Step(IntEnum):
    LANGUAGE = 0
    DATABASE = 1
    CENTER = 2
    BINS = 3
    PRODUCTS = 4
    SCHEDULES = 5
    PRINTERS = 6
    RESTART = 7


class LanguagePage(QWizardPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.texts = Texts(self)
        self.texts.bind(self.setTitle, lambda: self.tr("Language"))
        self.texts.bind(
            self.setSubTitle,
            lambda: self.tr("The language of the screens and of printed headings, from now on."),
        )
        self.choice = QComboBox()
        self.choice.setObjectName("language")
        for code, name in LANGUAGES:  # each in its own script, never translated
            self.choice.addItem(name, code)
        current = self.choice.findData(current_language())
        self.choice.setCurrentIndex(max(current, 0))
        # Applied as soon as it is chosen: the wizard itself and the window behind it
        # speak the language before the clerk reads the next page.
        self.choice.currentIndexChanged.connect(lambda _index: self._chosen())
        layout = QFormLayout(self)
        layout.addRow(self.texts.label(lambda: self.tr("Language")), self.choice)

    def _chosen(self) -> None:
        code = str(self.choice.currentData())
        self.context.settings.language = code
        self.context.settings.sync()
        if code != current_language():
            switch_language(code)

    def validatePage(self) -> bool:  # noqa: N802  (Qt override)
        self._chosen()  # the language shown is remembered, even when the clerk kept it
        return True


class DatabasePage(QWizardPage):
    """This PC's own file, or a PostgreSQL server, tested before it is accepted."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tested = ""  # the URL that answered, as typed
        self.switched = False
        self.texts = Texts(self)
        self.texts.bind(self.setTitle, lambda: self.tr("Database"))
        self.texts.bind(
            self.setSubTitle,
            lambda: self.tr("Open now: {label}. Several PCs share stock through a server.").format(
                label=context.database_label
            ),
        )
        self.embedded = QRadioButton()
        self.texts.bind(self.embedded.setText, lambda: self.tr("This PC's own database file"))
        self.embedded.setObjectName("database_embedded")
        self.server = QRadioButton()
        self.texts.bind(self.server.setText, lambda: self.tr("A PostgreSQL server"))
        self.server.setObjectName("database_server")
        group = QButtonGroup(self)
        group.addButton(self.embedded)
        group.addButton(self.server)
        self.embedded.setChecked(True)
        self.url = QLineEdit()
        self.url.setObjectName("database_url")
        self.url.setPlaceholderText("postgresql+psycopg://user:password@server/depot")
        self.url.textEdited.connect(lambda _text: self.server.setChecked(True))
        self.test_button = QPushButton()
        self.texts.bind(self.test_button.setText, lambda: self.tr("Test the connection"))
        self.test_button.setObjectName("database_test")
        self.test_button.clicked.connect(self._test)
        self.message = QLabel()
        self.message.setObjectName("database_message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.embedded, self.server, self.url, self.test_button, self.message):
            layout.addWidget(widget)
        layout.addStretch(1)

    def _test(self) -> None:
        url = self.url.text().strip()
        if not url:
            self.message.setText(self.tr("Type the server's URL first."))
            return
        self.message.setText(self.tr("Connecting…"))
        # A read on the reader thread: a server that does not answer never freezes the window.
        self.context.ops.query(
            lambda _uow: probe_server(url),
            on_success=while_alive(self, lambda where: self._answered(url, where)),
            on_error=while_alive(self, lambda _error, sentence: self.message.setText(sentence)),
            key=(self, "probe"),
        )

    def _answered(self, url: str, where: str) -> None:
        self.tested = url
        self.message.setText(
            self.tr("{where} answered and can hold the depot's data.").format(where=where)
        )

    def validatePage(self) -> bool:  # noqa: N802  (Qt override)
        settings = self.context.settings
        if self.embedded.isChecked():
            self.switched = bool(settings.database_url)
            settings.database_url = ""
            settings.sync()
            return True
        if not self.tested or self.tested != self.url.text().strip():
            self.message.setText(
                self.tr("Test the connection first: it is accepted once it answers.")
            )
            return False
        self.switched = True
        settings.database_url = self.tested
        settings.sync()
        return True

    def nextId(self) -> int:  # noqa: N802  (Qt override)
        return int(Step.RESTART if self.switched else Step.CENTER)


class SchedulesPage(QWizardPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.texts = Texts(self)
        self.texts.bind(self.setTitle, lambda: self.tr("Township schedules"))
        self.texts.bind(
            self.setSubTitle,
            lambda: self.tr(
                "Which days the vehicles go to each township. You can set them later too."
            ),
        )
        self.open_button = QPushButton()
        self.texts.bind(self.open_button.setText, lambda: self.tr("Run schedules…"))
        self.open_button.setObjectName("open_schedules")
        self.open_button.clicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.open_button)
        layout.addStretch(1)

    def _open(self) -> None:
        from ui.runs.schedule_dialog import ScheduleDialog

        ScheduleDialog(self.context, self).open()


class PrintersPage(QWizardPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = PrintSettings(context.settings)
        self.texts = Texts(self)
        self.texts.bind(self.setTitle, lambda: self.tr("Printers"))
        self.texts.bind(
            self.setSubTitle, lambda: self.tr("The printer each kind of document goes to.")
        )
        names: dict[str, Callable[[], str]] = {
            "product_label": lambda: self.tr("Product labels"),
            "bin_label": lambda: self.tr("Bin labels"),
            "parcel_label": lambda: self.tr("Parcel labels"),
            "run_manifest": lambda: self.tr("Manifests"),
        }
        printers = [info.printerName() for info in QPrinterInfo.availablePrinters()]
        layout = QFormLayout(self)
        self.choices: dict[str, QComboBox] = {}
        for kind in PRINTED_KINDS:
            box = QComboBox()
            box.setObjectName(f"printer_{kind}")
            self.texts.item(box, "", lambda: self.tr("Choose when printing"))
            for name in printers:
                box.addItem(name, name)
            box.setCurrentIndex(max(box.findData(self.settings.printer(kind)), 0))
            self.choices[kind] = box
            layout.addRow(self.texts.label(names[kind]), box)
        if not printers:
            layout.addRow(
                self.texts.label(lambda: self.tr("No printer is installed on this PC yet."))
            )

    def validatePage(self) -> bool:  # noqa: N802  (Qt override)
        for kind, box in self.choices.items():
            self.settings.set_printer(kind, str(box.currentData() or ""))
        return True

    def nextId(self) -> int:  # noqa: N802  (Qt override)
        return -1


class RestartPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = Texts(self)
        self.texts.bind(self.setTitle, lambda: self.tr("Start the app again"))
        label = self.texts.label(
            lambda: self.tr(
                "The app opens the chosen database from its next start. Close it and start "
                "it again; the setup goes on there (File ▸ Setup)."
            )
        )
        label.setWordWrap(True)
        QVBoxLayout(self).addWidget(label)
        self.setFinalPage(True)

    def nextId(self) -> int:  # noqa: N802  (Qt override)
        return -1


class SetupWizard(QWizard):
    """The wizard; `state` (read by the caller, `open_setup`) says what is there already."""

    def __init__(
        self,
        context: AppContext,
        state: SetupState,
        parent: QWidget | None = None,
        start: Step = Step.LANGUAGE,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setup_wizard")
        self.texts = Texts(self)
        self.texts.bind(self.setWindowTitle, lambda: self.tr("Set up this PC"))
        self.texts.on_change(self._reword_buttons)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages)
        self.center_page = CenterPage(context)
        self.center_page.show_existing(state)
        self.bins_page = BinsPage(context)
        self.products_page = ProductsPage(context)
        pages: dict[Step, QWizardPage] = {
            Step.LANGUAGE: LanguagePage(context),
            Step.DATABASE: DatabasePage(context),
            Step.CENTER: self.center_page,
            Step.BINS: self.bins_page,
            Step.PRODUCTS: self.products_page,
            Step.SCHEDULES: SchedulesPage(context),
            Step.PRINTERS: PrintersPage(context),
            Step.RESTART: RestartPage(),
        }
        for step, page in pages.items():
            self.setPage(int(step), page)
        self.setStartId(int(start))

    def _reword_buttons(self) -> None:
        """QWizard words its buttons (Back, Next, Finish, Cancel; Qt's own translations,
        context "QWizard") when its style changes, not at a language change: change the
        style and back, keeping Qt's wording for the style (Windows' Aero says "Next")."""
        style = self.wizardStyle()
        other = QWizard.WizardStyle.ClassicStyle
        if style == other:
            other = QWizard.WizardStyle.ModernStyle
        self.setWizardStyle(other)
        self.setWizardStyle(style)


def open_setup(
    context: AppContext,
    parent: QWidget | None = None,
    start: Step = Step.LANGUAGE,
    state: SetupState | None = None,
) -> None:
    """Open the wizard (window-modal, not blocking) on how far this PC is set up: the
    `state` given (just read), or read first."""

    def show(state: SetupState) -> None:
        wizard = SetupWizard(context, state, parent, start)
        wizard.open()

    if state is not None:
        show(state)
        return

    home = context.settings.home_center
    shown = while_alive(parent, show) if parent is not None else show
    context.ops.query(lambda uow: setup_state(uow, home), on_success=shown, parent=parent)
