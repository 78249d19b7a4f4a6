"""The command line: one module per area, each with a `register(subparsers)`.

Every subcommand handler is `handler(args, db) -> int` and prints its own output;
errors from the core are turned into one line on stderr by `main.py`.
"""

from __future__ import annotations

import argparse
from types import ModuleType


def command_modules() -> list[ModuleType]:
    # Imported here so `python main.py` (the GUI) does not pay for every command's imports.
    from cli import (
        inventory,
        loading,
        masterdata,
        orders,
        packing,
        places,
        postal,
        printing,
        reports,
        run_edits,
        runs,
        workflows,
    )

    return [
        masterdata,
        inventory,
        orders,
        places,
        printing,
        runs,
        run_edits,
        loading,
        packing,
        workflows,
        postal,
        reports,
    ]


def register_all(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    for module in command_modules():
        module.register(subparsers)
