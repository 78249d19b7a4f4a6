"""`main.py` imports only what the command it runs needs: `cli.COMMANDS` names each
command's modules, and the desktop app's start parses the global options alone."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import cli
import main

ROOT = Path(__file__).resolve().parents[2]


def _registered(modules: tuple[str, ...]) -> dict[str, str | None]:
    parser = argparse.ArgumentParser()
    parser.register("action", "parsers", cli.CommandsAction)
    subparsers = parser.add_subparsers()
    for module in cli.command_modules(modules):
        module.register(subparsers)
    return {action.dest: action.help for action in subparsers._choices_actions}


def test_each_module_registers_exactly_the_commands_the_table_gives_it() -> None:
    for name in cli.MODULE_NAMES:
        expected = {c.name for c in cli.COMMANDS if c.modules[0] == name}
        assert set(_registered((name,))) == expected, name


def test_every_command_takes_its_help_from_the_table() -> None:
    registered = _registered(cli.MODULE_NAMES)
    assert registered == {c.name: c.help for c in cli.COMMANDS}


def test_a_command_parsed_alone_equals_the_same_command_parsed_with_every_module() -> None:
    argv = ["--db", "sqlite:///x.db", "stock-card", "YAK-01", "--csv", "card.csv", "--json"]
    alone = main.build_parser(
        main.command_named(main.global_options(argv)[1]), every=False
    ).parse_args(argv)
    full = main.build_parser().parse_args(argv)
    assert vars(alone).keys() == vars(full).keys()
    assert (alone.command, alone.sku, str(alone.csv), alone.db) == (
        "stock-card",
        "YAK-01",
        "card.csv",
        "sqlite:///x.db",
    )


def test_only_global_options_start_the_desktop_app() -> None:
    assert main.global_options(["--db", "sqlite:///x.db", "--tz", "Asia/Shanghai"])[1] == []
    assert main.global_options(["--db", "sqlite:///x.db", "stock", "--json"])[1] == [
        "stock",
        "--json",
    ]
    assert main.global_options(["--help"])[1] == ["--help"]
    assert main.global_options(["stock", "--lang", "zh"])[1] == ["stock", "--lang", "zh"]


def test_help_imports_no_command_module_nor_sqlalchemy() -> None:
    probe = (
        "import sys, contextlib, io, main\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "    main.main(sys.argv[1:])\n"
        "assert 'plan-runs' in out.getvalue(), out.getvalue()\n"
        "heavy = ('cli.', 'sqlalchemy', 'reportlab')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe, "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert found.stdout.strip() == "['cli.arguments']"
