"""Every literal shown to a clerk must be found by pyside6-lupdate.

lupdate reads `self.tr("...")`, `translate("Context", "...")` and
`QT_TRANSLATE_NOOP("Context", "...")` with literal arguments; a home-made wrapper
such as `_tr("...")` translates at run time but its strings never reach the .ts
files, so they can never be translated.
"""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[3] / "ui"
WRAPPED_LITERAL = re.compile(r"(?<![\w.])_(?:tr|translate|t)\(\s*[\"']")


def test_no_wrapper_hides_literals_from_lupdate() -> None:
    hidden = [
        f"{path.relative_to(UI.parent)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if WRAPPED_LITERAL.search(line)
    ]
    assert hidden == []
