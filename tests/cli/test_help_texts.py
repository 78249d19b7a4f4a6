"""Every command, subcommand, option and argument says what it is for in `--help`."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import main

Parsers = Iterator[tuple[str, argparse.ArgumentParser]]


def _parsers(parser: argparse.ArgumentParser, path: str) -> Parsers:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _parsers(child, f"{path} {name}")


def _undocumented(path: str, parser: argparse.ArgumentParser) -> Iterator[str]:
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if isinstance(action, argparse._SubParsersAction):
            helped = {choice.dest for choice in action._choices_actions if choice.help}
            yield from (f"{path} {name}" for name in action.choices if name not in helped)
            continue
        if not action.help or action.help == argparse.SUPPRESS:
            yield f"{path} {'/'.join(action.option_strings) or action.dest}"


def test_every_option_and_subcommand_has_help() -> None:
    parsers = list(_parsers(main.build_parser(), "changtang-depot"))
    assert len(parsers) > 40  # the walk reaches the subcommands' own subcommands
    missing = [name for path, parser in parsers for name in _undocumented(path, parser)]
    assert missing == []
