"""The command line: one module per area, each with a `register(subparsers)`.

Every subcommand handler is `handler(args, db) -> int` and prints its own output;
errors from the core are turned into one line on stderr by `main.py`.

`COMMANDS` names each subcommand, the modules that register it and its one-line help, so
`main.py --help` lists every command and `main.py COMMAND` imports only that command's
modules: each module pulls in SQLAlchemy, ReportLab or openpyxl as its commands need, and
the test suite starts `main.py` hundreds of times.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Iterable
from dataclasses import dataclass
from types import ModuleType
from typing import Any


@dataclass(frozen=True)
class Command:
    name: str
    # Registered in this order; later ones may extend the first one's parser.
    modules: tuple[str, ...]
    help: str


COMMANDS = (
    Command("centers", ("masterdata",), "add and list centers"),
    Command("bins", ("masterdata",), "add and list a center's bins"),
    Command("products", ("masterdata",), "add, import and list products"),
    Command("demo", ("inventory",), "load the demo centers, products and stock"),
    Command("stock", ("inventory",), "balances per center, product and lot"),
    Command("stock-card", ("inventory", "workflows"), "every move of one product, oldest first"),
    Command("import-orders", ("orders",), "import a marketplace export or a mapped sheet"),
    Command("import-arrivals", ("orders",), "register every parcel of a carrier's arrival list"),
    Command("parcels", ("orders",), "list parcels"),
    Command("allocate-orders", ("orders",), "reserve stock for waiting orders (FEFO); others wait"),
    Command("register-arrival", ("orders",), "register a carrier parcel"),
    Command("places", ("places",), "administrative divisions and who serves them"),
    Command("village-points", ("places",), "village service points"),
    Command("resolve", ("places",), "resolve an address to township and point"),
    Command("review", ("places",), "parcels whose address needs a clerk"),
    Command("labels", ("printing",), "labels as a PDF, or --layouts to list layouts"),
    Command("manifest", ("printing",), "a run's manifest, or a day's, as a PDF"),
    Command("transfer-doc", ("printing",), "a transfer's document, to travel with the goods"),
    Command("pick-list", ("printing",), "a pick list as a PDF, in bin order"),
    Command("plan-runs", ("runs",), "create a day's runs and put parcels on them"),
    Command("runs", ("runs",), "runs with their stops and parcels"),
    Command("schedule", ("runs",), "when each township is served"),
    Command("holiday", ("runs",), "no runs on a day: parcels move to the next"),
    Command("stops", ("runs",), "a township's village points in road order"),
    Command("run", ("run_edits",), "change the planned runs: move, hold, release, split or cancel"),
    Command(
        "load-check",
        ("loading",),
        "scan parcels onto a run's vehicle; without codes, show what is loaded and missing",
    ),
    Command(
        "dispatch",
        ("loading",),
        "the vehicle leaves: every parcel must be scanned, or a supervisor leaves the rest behind",
    ),
    Command("delivery", ("loading",), "what happened to parcels at the far end"),
    Command("pick", ("packing",), "pick lists: batch reserved orders, scan picks"),
    Command("pack", ("packing",), "pack an order's parcel: scan items, weigh, close"),
    Command("receipt", ("workflows",), "receipts from producers and cooperatives"),
    Command("transfer", ("workflows",), "transfers between centers"),
    Command("count", ("workflows",), "cycle counts"),
    Command("adjust", ("workflows",), "correct stock with a reason code"),
    Command("expiring", ("workflows",), "lots expiring within N days"),
    Command(
        "low-stock",
        ("workflows",),
        "products at or below their reorder point, with what to transfer or reorder",
    ),
    Command("scan", ("workflows",), "say what a scanned code is"),
    Command("tracking", ("postal",), "check tracking numbers, put them on parcels"),
    Command(
        "import-tracking", ("postal",), "the post office's file of tracking numbers (CSV or XLSX)"
    ),
    Command(
        "export-postal", ("postal",), "the post office's sheet of a run or a day (CSV or XLSX)"
    ),
    Command("handover", ("postal",), "the end-of-day handover to the post office"),
    Command(
        "postal-template",
        ("postal",),
        "export templates: list, show one as JSON, save an edited one",
    ),
    Command("report", ("reports",), "a report of a period: table and chart"),
    Command("dashboard", ("reports",), "the dashboard's figures, as the screen shows them"),
)
_BY_NAME = {command.name: command for command in COMMANDS}
MODULE_NAMES = tuple(dict.fromkeys(name for command in COMMANDS for name in command.modules))


def command_modules(names: Iterable[str] = MODULE_NAMES) -> list[ModuleType]:
    """The command modules `names` (default: all), imported now, in `COMMANDS` order."""
    wanted = set(names)
    return [importlib.import_module(f"cli.{name}") for name in MODULE_NAMES if name in wanted]


def modules_of(command: str | None) -> tuple[str, ...]:
    """The modules that register `command`; none for an unknown name (argparse refuses it)."""
    known = _BY_NAME.get(command or "")
    return known.modules if known else ()


class CommandsAction(argparse._SubParsersAction):  # type: ignore[type-arg]
    """Subparsers that take each command's help from `COMMANDS`, so it is written once."""

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        known = _BY_NAME.get(name)
        if known is not None and "help" not in kwargs:
            kwargs["help"] = known.help
        parser: argparse.ArgumentParser = super().add_parser(name, **kwargs)
        return parser


def register_all(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    register(subparsers, MODULE_NAMES)


def register(subparsers: argparse._SubParsersAction, modules: Iterable[str]) -> None:  # type: ignore[type-arg]
    """Register the commands of `modules` in full and every other command as a name with
    its help only: enough for `--help` and for argparse to refuse an unknown command."""
    for module in command_modules(modules):
        module.register(subparsers)
    for command in COMMANDS:
        if command.name not in subparsers.choices:
            subparsers.add_parser(command.name)
