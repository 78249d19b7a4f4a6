"""Texts that follow the language while the app runs.

Qt sends `QEvent.LanguageChange` to every widget when a translator is installed or
removed (`ui.language.switch_language`); a widget retranslates by setting its texts
again. Instead of a `changeEvent`/`retranslateUi` pair per class, a widget binds each
text once, where it is made:

    self.texts = Texts(self)
    self.texts.bind(self.setTitle, lambda: self.tr("Language"))
    self.texts.bind(label.setText, lambda: self.tr("{n} bins").format(n=n))

`bind` sets the text now and again on every language change; lupdate still finds the
`self.tr(...)` inside the lambda, under the class it is written in. `on_change` runs any
other callable then (a model's `headerDataChanged`, a bar that words a state again).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QComboBox, QLabel, QWidget


class LanguageWatcher(QObject):
    """Calls `changed` whenever `watched` receives a LanguageChange event."""

    def __init__(self, watched: QObject, changed: Callable[[], object]) -> None:
        super().__init__(watched)
        self._changed = changed
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._changed()
        return False


def on_language_change(owner: QObject, changed: Callable[[], object]) -> LanguageWatcher:
    """Run `changed` on every language change while `owner` lives.

    A widget receives the event itself; any other QObject (a table model) is told through
    the application, which Qt tells first.
    """
    if isinstance(owner, QWidget):
        return LanguageWatcher(owner, changed)
    app = QCoreApplication.instance()
    assert app is not None
    watcher = LanguageWatcher(app, changed)
    watcher.setParent(owner)  # gone with the model; Qt drops a deleted object's filter
    return watcher


class Texts:
    """The translated texts of one widget, set again on every language change."""

    def __init__(self, owner: QObject) -> None:
        self._bindings: list[tuple[Callable[[str], object], Callable[[], str]]] = []
        self._calls: list[Callable[[], object]] = []
        self.watcher = on_language_change(owner, self.apply)

    def bind(self, setter: Callable[[str], object], text: Callable[[], str]) -> None:
        """`setter(text())` now and after every language change."""
        setter(text())
        self._bindings.append((setter, text))

    def label(self, text: Callable[[], str]) -> QLabel:
        """A label showing `text()` in the current language (a form row's label)."""
        label = QLabel()
        self.bind(label.setText, text)
        return label

    def item(self, combo: QComboBox, data: object, text: Callable[[], str]) -> None:
        """Add an entry to `combo` whose text follows the language (found by its data)."""
        combo.addItem(text(), data)
        self.bind(lambda shown: combo.setItemText(max(combo.findData(data), 0), shown), text)

    def on_change(self, call: Callable[[], object]) -> None:
        """`call()` after every language change (not now)."""
        self._calls.append(call)

    def apply(self) -> None:
        for setter, text in self._bindings:
            setter(text())
        for call in self._calls:
            call()
