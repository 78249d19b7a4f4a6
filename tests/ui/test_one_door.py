"""ui/ reaches the core through one door: `ui/operations.py` (and `ui/app.py`, which builds it).

No other module of ui/ imports the database layer, opens a session or reaches a `.db`
(the context holds none): a page asks `ops.query(fn)` / `ops.run(fn)` with a core function
of `uow`. Read from the source with `ast` (nothing imported), like test_core_has_no_qt.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
UI = REPO / "ui"

DOORS = {"ui/operations.py", "ui/app.py"}
"""The composition root and the door itself: they hold the `Database`."""

FORBIDDEN_MODULES = ("sqlalchemy", "core.database", "core.uow", "core.storage.engine")
FORBIDDEN_ATTRIBUTES = ("session", "db")
"""`uow.session` (SQL written in ui/) and `context.db` (the database handed to a page)."""


@dataclass(frozen=True)
class Offence:
    line: int
    what: str  # the module imported, or ".session" / ".db"


def offences(source: str) -> list[Offence]:
    """Every import of the database layer and every `.session` / `.db` in `source`."""
    found: list[Offence] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from core import uow` imports core.uow as surely as `import core.uow`
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_ATTRIBUTES:
            found.append(Offence(node.lineno, "." + node.attr))
            continue
        else:
            continue
        for name in names:
            if any(name == banned or name.startswith(banned + ".") for banned in FORBIDDEN_MODULES):
                found.append(Offence(node.lineno, name))
                break
    return found


def test_ui_reaches_the_core_only_through_operations() -> None:
    modules = sorted(UI.rglob("*.py"))
    assert len(modules) > 50  # the walk found ui/, not an empty folder
    problems: list[str] = []
    for path in modules:
        name = path.relative_to(REPO).as_posix()
        if name in DOORS:
            continue
        for offence in offences(path.read_text(encoding="utf-8")):
            problems.append(f"{name}:{offence.line}: {offence.what}")
    assert not problems, (
        "ui/ reaches the database without ui/operations.py:\n  "
        + "\n  ".join(problems)
        + "\nWrite the read or write as a core function of `uow` (in the area's core package, "
        "returning frozen dataclasses) and call it with ops.query(fn, on_success=...) or "
        "ops.run(fn, ...); type jobs with `from ui.operations import UnitOfWork`."
    )


def test_the_doors_are_the_modules_that_hold_the_database() -> None:
    """The scan sees real offences: the two doors do all of it, so an empty scan is a bug."""
    door = offences((UI / "operations.py").read_text(encoding="utf-8"))
    assert {"core.uow", ".db"} <= {offence.what for offence in door}
    assert {o.what for o in offences((UI / "app.py").read_text(encoding="utf-8"))} >= {
        "core.database"
    }


@pytest.mark.parametrize(
    ("source", "what"),
    [
        ("import sqlalchemy as sa", "sqlalchemy"),
        ("from sqlalchemy.orm import Session", "sqlalchemy.orm"),
        ("from core import uow", "core.uow"),
        ("from core.storage import engine", "core.storage.engine"),
        ("from core.uow import UnitOfWork", "core.uow"),
        ("import core.database", "core.database"),
        ("rows = uow.session.scalars(query)", ".session"),
        ("day = self.context.db.clock()", ".db"),
    ],
)
def test_each_way_round_the_door_is_seen(source: str, what: str) -> None:
    assert [offence.what for offence in offences(source)] == [what]


def test_the_core_reached_through_the_door_is_not_an_offence() -> None:
    clean = (
        "from core.inventory.services import receive\nfrom core.storage import messages\n"
        "from ui.operations import UnitOfWork\nx = self.context.ops.query(fn, on_success=f)\n"
        "y = database_label"
    )
    assert offences(clean) == []
