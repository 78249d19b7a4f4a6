"""Every typed error the core can raise has its own sentence for the clerk: none falls
back to the generic "refused (ErrorName(...))", whichever area's screen shows it."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import types
import typing
from datetime import date

import pytest

import core
from core.errors import DepotError
from ui.error_messages import describe


def _all_subclasses(cls: type) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_all_subclasses(sub)]
    return found


def _core_errors() -> list[type[DepotError]]:
    for module in pkgutil.walk_packages(core.__path__, "core."):
        importlib.import_module(module.name)
    errors = {cls for cls in _all_subclasses(DepotError) if cls.__module__.startswith("core.")}
    return sorted(errors, key=lambda cls: f"{cls.__module__}.{cls.__name__}")


def _value(kind: object) -> object:
    """A plausible value of a field's type, to build an error as the core would."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        return _value(next(a for a in args if a is not type(None)))
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return (_value(args[0]),)
        return tuple(_value(a) for a in args)
    if origin is list:
        return [_value(args[0])]
    if dataclasses.is_dataclass(kind):
        return _build(kind)  # type: ignore[arg-type]
    return {str: "X-1", int: 2, bool: True, date: date(2026, 11, 30)}.get(kind, "X-1")  # type: ignore[call-overload]


def _build(cls: type) -> object:
    hints = typing.get_type_hints(cls)
    return cls(**{f.name: _value(hints[f.name]) for f in dataclasses.fields(cls)})


ERRORS = _core_errors()


def test_the_core_has_typed_errors_in_every_area() -> None:
    modules = {cls.__module__ for cls in ERRORS}
    assert {
        "core.errors",
        "core.inventory.workflow_errors",
        "core.printing.errors",
        "core.orders.errors",
        "core.places.errors",
        "core.runs.errors",
        "core.orders.importing.errors",
    } <= modules
    assert len(ERRORS) >= 50


@pytest.mark.parametrize("cls", ERRORS, ids=lambda cls: cls.__name__)
def test_every_core_error_has_its_own_sentence(qapp, cls: type[DepotError]) -> None:  # type: ignore[no-untyped-def]
    error = _build(cls)
    sentence = describe(error)  # type: ignore[arg-type]
    assert sentence.strip() and "{" not in sentence
    assert cls.__name__ not in sentence, f"{cls.__name__} has only the generic sentence"


def test_area_screens_word_other_areas_errors_too(qapp) -> None:  # type: ignore[no-untyped-def]
    from core.places.errors import UnknownVillagePoint
    from core.printing.errors import NothingToPrint
    from ui.inventory.messages import describe as inventory_describe
    from ui.runs.messages import describe as runs_describe

    assert runs_describe(NothingToPrint("run", "r")) == "This run has no parcels to print."
    assert inventory_describe(UnknownVillagePoint("p")) == "That village point no longer exists."


def test_a_retired_center_is_worded_as_taking_no_new_work(qapp) -> None:  # type: ignore[no-untyped-def]
    from core.masterdata.errors import Retired

    sentence = describe(Retired("center", "GER"))
    assert "GER" in sentence and "nothing new" in sentence
    assert "nothing new" not in describe(Retired("bin", "GER R-01"))
