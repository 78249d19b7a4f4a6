"""Input as a person gives it: a click holds the button about 100 ms, typing is key by key
about 120 ms apart, and a scanner's burst goes to whatever widget has the focus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QWidget,
)

HOLD_MS = 120  # a person's click holds the mouse button about 100 ms
SCANNER_GAP_MS = 5  # a USB keyboard-wedge scanner sends a key every 1-10 ms
KEY_GAP_MS = 120  # a person leaves at least ~60 ms between keys; 120 is an easy pace
LOOK_MS = 500  # a person takes about half a second to find an entry in an open list


def press(qtbot, widget: QWidget, pos: QPoint | None = None) -> None:  # type: ignore[no-untyped-def]
    """Press, hold, release the left button over `widget` (its centre by default)."""
    where = widget.rect().center() if pos is None else pos
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=where)
    qtbot.wait(HOLD_MS)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=where)


def type_into(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click into a field, then type `text` key by key."""
    press(qtbot, widget)
    qtbot.keyClicks(widget, text)


def show_active(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    """Show `widget` as the active window, so keys go where the focus is."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())
    return widget


def focused() -> QWidget:
    """Where the keyboard's keys go now: the focus widget, else the active window."""
    widget = QApplication.focusWidget() or QApplication.activeWindow()
    assert widget is not None, "no window is active: keys would go nowhere"
    return widget


def scan(
    qtbot,
    code: str,
    end: Qt.Key = Qt.Key.Key_Return,  # type: ignore[no-untyped-def]
    gap_ms: int = SCANNER_GAP_MS,
) -> None:
    """A keyboard-wedge scanner's burst: `code` and Enter (or Tab), each key sent to the
    widget with the focus at that moment, `gap_ms` apart by the keys' own times (as the
    system stamps a real scanner's keys), the event loop running in between."""
    for char in code:
        send_key(focused(), char, gap_ms)
        QApplication.processEvents()
    send_key(focused(), end, gap_ms)


def type_slowly(qtbot, text: str, end: Qt.Key | None = None) -> None:  # type: ignore[no-untyped-def]
    """A person typing `text` (then `end`, if given) into the widget with the focus."""
    for char in text:
        send_key(focused(), char, KEY_GAP_MS)
        qtbot.wait(KEY_GAP_MS)
    if end is not None:
        key(qtbot, end)


def key(qtbot, which: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """One key (Backspace, Tab, Enter...) pressed by a person, at a person's pace."""
    send_key(focused(), which, KEY_GAP_MS)
    qtbot.wait(KEY_GAP_MS)


class _Keyboard:
    """The keyboard's own clock: every key carries the time it was pressed, as the
    system stamps real keys, so a busy test machine cannot turn a burst into typing."""

    now_ms = 1_000_000


def send_key(
    widget: QWidget, what: str | Qt.Key, after_ms: int, only: QEvent.Type | None = None
) -> None:
    """Press and release one key `after_ms` after the previous one, by the keys' times.
    Any text, not only Latin-1 (QTest's limit): a Chinese or Tibetan layout sends the
    character with no key code of its own. `only` sends the press or the release alone
    (an input method took the other)."""
    _Keyboard.now_ms += after_ms
    if isinstance(what, str):
        key_code = Qt.Key(ord(what.upper())) if what.isascii() else Qt.Key.Key_unknown
        text = what
    else:
        key_code, text = what, _KEY_TEXT.get(what, "")
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) if only is None else (only,):
        event = QKeyEvent(kind, key_code, Qt.KeyboardModifier.NoModifier, text)
        event.setTimestamp(_Keyboard.now_ms)
        QApplication.sendEvent(widget, event)


_KEY_TEXT = {
    Qt.Key.Key_Return: "\r",
    Qt.Key.Key_Enter: "\r",
    Qt.Key.Key_Tab: "\t",
    Qt.Key.Key_Backspace: "\b",
    Qt.Key.Key_Escape: "\x1b",
    Qt.Key.Key_Space: " ",
}


def choose(qtbot, combo: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Open `combo` with a click and click the entry `text` in its list."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not in the list"
    press(qtbot, combo)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    # Qt ignores a release in the list within a double-click interval of its opening.
    qtbot.wait(max(LOOK_MS, QApplication.doubleClickInterval() + 50))
    model_index = view.model().index(index, combo.modelColumn(), view.rootIndex())
    view.scrollTo(model_index)
    where = view.visualRect(model_index).intersected(view.viewport().rect()).center()
    qtbot.mouseMove(view.viewport(), where)  # the list follows the pointer, as for a person
    press(qtbot, view.viewport(), where)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentIndex() == index


def hover(qtbot, widget: QWidget) -> str:  # type: ignore[no-untyped-def]
    """The tooltip a person sees resting the pointer on `widget` ("" if none shows)."""
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    QToolTip.hideText()
    centre = widget.rect().center()
    QApplication.sendEvent(
        widget, QHelpEvent(QEvent.Type.ToolTip, centre, widget.mapToGlobal(centre))
    )
    if not QToolTip.isVisible():
        return ""
    text = QToolTip.text()
    QToolTip.hideText()
    return text


def compose(
    widget: QWidget, preedit: str = "", commit: str = "", after_ms: int = SCANNER_GAP_MS
) -> None:
    """What an input method sends instead of the keys it took, `after_ms` after the last
    input by the keyboard's clock: its composition so far (`preedit`, underlined in the
    box) and what it commits. Such events carry no time: the burst detector times them by
    `keyboard_clock` in the tests that send them."""
    _Keyboard.now_ms += after_ms
    underline = QTextCharFormat()
    underline.setFontUnderline(True)
    attributes = (
        [
            QInputMethodEvent.Attribute(
                QInputMethodEvent.AttributeType.TextFormat, 0, len(preedit), underline
            )
        ]
        if preedit
        else []
    )
    event = QInputMethodEvent(preedit, attributes)
    if commit:
        event.setCommitString(commit)
    QApplication.sendEvent(widget, event)


def keyboard_clock() -> float:
    """The keyboard's clock, in seconds: keys carry its times, input method events none."""
    return _Keyboard.now_ms / 1000.0


LOOK_EVERY_MS = 50


def when_shown(
    kind: type[QWidget], act: Callable[[QWidget], None], tries: int = 400
) -> list[QWidget]:
    """Once a window of `kind` shows (a dialog whose exec() holds the test's click in its
    own event loop), `act` on it as the clerk would; looked for every 50 ms, `tries` times.
    Returns the windows acted on, to check afterwards."""
    seen: list[QWidget] = []

    def look(left: int) -> None:
        shown = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()),
            None,
        )
        if shown is None:
            if left > 0:
                QTimer.singleShot(LOOK_EVERY_MS, lambda: look(left - 1))
            return
        seen.append(shown)
        act(shown)

    QTimer.singleShot(LOOK_EVERY_MS, lambda: look(tries))
    return seen


def pick_file(path: Path) -> Callable[[QWidget], None]:
    """What the clerk does in the open-file dialog: go to `path`'s folder, choose the file,
    Open. (Typing a path brings up the dialog's completer: the name is set instead.)"""

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(path.parent))
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText(path.name)
        dialog.accept()
        if dialog.isVisible():
            dialog.reject()  # refused the file: the test fails on what follows, not hangs

    return act


def choose_from_menu(qtbot, window: QMainWindow, *path: str) -> None:  # type: ignore[no-untyped-def]
    """Click through the menu bar as a person does: the menu's title, then each entry of
    `path` (object names of actions or of submenus' actions), the last one triggered."""
    bar = window.menuBar()
    first, *rest = path
    top = next(a for a in bar.actions() if a.menu() and a.menu().objectName() == first)
    press(qtbot, bar, bar.actionGeometry(top).center())
    menu = top.menu()
    qtbot.waitUntil(menu.isVisible)
    for name in rest:
        action = next(
            a
            for a in menu.actions()
            if a.objectName() == name or (a.menu() is not None and a.menu().objectName() == name)
        )
        qtbot.wait(HOLD_MS)
        where = menu.actionGeometry(action).center()
        qtbot.mouseMove(menu, where)
        press(qtbot, menu, where)
        if action.menu() is not None:
            menu = action.menu()
            qtbot.waitUntil(menu.isVisible)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def result_shown(label: QLabel) -> str:
    """What the colour of a scan's result on `label` tells the clerk: "ok" (green),
    "warning" (amber), "error" (red), or "" (nothing shown yet); see
    `ui.scan.scan_field.show_feedback`."""
    from ui.scan.scan_field import ERROR_COLOUR, OK_COLOUR, WARNING_COLOUR

    style = label.styleSheet()
    colours = {OK_COLOUR: "ok", WARNING_COLOUR: "warning", ERROR_COLOUR: "error"}
    return next((kind for colour, kind in colours.items() if colour in style), "")
