"""File ▸ Language and the setup wizard's language page change the language at once: the
open main window and an open dialog speak it without a restart, and the PC remembers it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWizard

from core.i18n import heading
from core.masterdata.setup import SetupState
from tests.support.person import choose, choose_from_menu, show_active
from tests.support.tiny_translations import translated
from ui.main_window import MainWindow
from ui.masterdata.product_form import ProductForm
from ui.masterdata.setup_wizard import SetupWizard, Step
from ui.settings import Settings


def _file_menu_title(window: MainWindow) -> str:
    return window.file_menu.title()


def test_the_language_menu_retranslates_the_window_and_an_open_dialog(
    qtbot, context, tiny_translations
):  # type: ignore[no-untyped-def]
    context.settings.home_center = "TSC"  # set up: no wizard opens over the window
    window = MainWindow(context)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    # A dialog that stays open beside the window (non-modal), with Qt's own buttons.
    form = ProductForm()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, form)
    form.layout_.addRow(buttons)
    qtbot.addWidget(form)
    form.show()
    assert _file_menu_title(window) == "&File" and window.navigation.item(0).text() == "Dashboard"

    for code in ("zh_CN", "bo", "en"):
        choose_from_menu(qtbot, window, "file_menu", "language_menu", f"language_{code}")
        qtbot.waitUntil(
            lambda code=code: (
                window.navigation.item(0).text() == translated("Areas", "Dashboard", code)
            )
        )
        assert _file_menu_title(window) == translated("MainWindow", "&File", code)
        assert window.windowTitle().endswith(
            translated("MainWindow", "{area} — Changtang Depot", code).split("}")[-1]
        )
        assert window.windowTitle().startswith(translated("Areas", "Stock", code))
        category = form.category
        livestock = category.itemText(category.findData("livestock"))
        assert livestock == translated("ProductForm", "Livestock products", code)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
        assert cancel == translated("QPlatformTheme", "Cancel", code)
        checked = [
            a.objectName()
            for a in window.language_menu.actions()
            if a.isChecked() and a.objectName().startswith("language_")
        ]
        assert checked == [f"language_{code}"]
        # Printed headings follow: the chosen language with Chinese beside.
        assert (
            heading("Manifest", "Run manifest")
            == {
                "zh_CN": "班车交接清单",
                "bo": "班车交接清单 ཐེངས་ཁའི་ཐོ་ཡིག",
                "en": "班车交接清单 Run manifest",
            }[code]
        )
        # Remembered for the next start on this PC.
        assert Settings(context.settings.qsettings.fileName()).language == code
    # The clerk prints the chosen language alone.
    choose_from_menu(qtbot, window, "file_menu", "language_menu", "chinese_beside")
    assert heading("Manifest", "Run manifest") == "Run manifest"
    assert not Settings(context.settings.qsettings.fileName()).chinese_beside
    # The page behind was built again in the language, and still works.
    assert window.current_page() is not None and window.current_page().isVisible()
    window.close()  # before its database closes: a later language change builds nothing


def test_the_wizards_language_page_applies_at_once(qtbot, context, tiny_translations):  # type: ignore[no-untyped-def]
    context.settings.home_center = "TSC"
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    wizard = SetupWizard(context, SetupState("TSC", 0, 0), window, start=Step.LANGUAGE)
    qtbot.addWidget(wizard)
    show_active(qtbot, wizard)
    assert wizard.windowTitle() == "Set up this PC"
    choose(qtbot, wizard.findChild(type(wizard.page(0).choice), "language"), "中文")
    qtbot.waitUntil(lambda: wizard.windowTitle() == "设置本机")
    assert wizard.page(int(Step.LANGUAGE)).title() == "语言"
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "取消"
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "总览")
    assert context.settings.language == "zh_CN"
    choose(qtbot, wizard.page(0).choice, "English")
    qtbot.waitUntil(lambda: wizard.windowTitle() == "Set up this PC")
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Cancel"
    wizard.close()
    window.close()
