"""Every string lupdate finds sits under a context the app looks up.

PySide looks a `self.tr(...)` string up under the class names of `self`'s type and
its bases; lupdate files it under what stands before `.tr`. A helper calling
`widget.tr(...)` or `dialog.tr(...)` files its strings under "widget" or "dialog",
a context no lookup ever asks for, so they can never be translated. A context is
sound when it names a class of ui/ or is the literal first argument of a
`translate(...)` / `QT_TRANSLATE_NOOP(...)`.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def _sources() -> list[Path]:
    """What `make i18n` scans: the screens, the core's printed headings, the command line."""
    return sorted(
        path for folder in ("ui", "core", "cli") for path in (ROOT / folder).rglob("*.py")
    )


def _sound_contexts() -> set[str]:
    names: set[str] = set()
    for path in _sources():
        in_ui = path.is_relative_to(ROOT / "ui")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            # self.tr() looks up the class's name; only the UI's classes are QObjects.
            if isinstance(node, ast.ClassDef) and in_ui:
                names.add(node.name)
            elif (
                isinstance(node, ast.Call)
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                called = node.func
                name = (
                    called.attr if isinstance(called, ast.Attribute) else getattr(called, "id", "")
                )
                if name in {"translate", "QT_TRANSLATE_NOOP"}:
                    names.add(node.args[0].value)
    return names


@pytest.mark.skipif(
    not LUPDATE.exists() and shutil.which("pyside6-lupdate") is None,
    reason="pyside6-lupdate is not installed",
)
def test_every_lupdate_context_is_a_ui_class_or_a_translate_literal(tmp_path: Path) -> None:
    tool = str(LUPDATE) if LUPDATE.exists() else "pyside6-lupdate"
    ts = tmp_path / "check.ts"
    sources = [str(p.relative_to(ROOT)) for p in _sources()]
    subprocess.run(
        [tool, *sources, "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True, timeout=120
    )
    sound = _sound_contexts()
    stray: list[str] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        if name in sound:
            continue
        for message in context.iter("message"):
            location = message.find("location")
            where = (
                (ts.parent / location.get("filename", "")).resolve()
                if location is not None
                else None
            )
            shown = str(where.relative_to(ROOT)) if where and where.is_relative_to(ROOT) else "?"
            stray.append(
                f"{shown}:{location.get('line') if location is not None else '?'}"
                f" under {name!r}: {message.findtext('source')!r}"
            )
    assert not stray, "strings the app never looks up:\n" + "\n".join(stray)
