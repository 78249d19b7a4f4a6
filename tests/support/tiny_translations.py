"""A few strings translated into Chinese and Tibetan, compiled into a folder of its own that
the app loads instead of resources/i18n, so language tests do not wait for (or depend on)
the real translations."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

# (context, source, Chinese, Tibetan): words a test can look for after switching.
TINY: tuple[tuple[str, str, str, str], ...] = (
    ("MainWindow", "&File", "文件(&F)", "ཡིག་ཆ།(&F)"),
    ("MainWindow", "&Language", "语言(&L)", "སྐད་ཡིག(&L)"),
    ("MainWindow", "{area} — Changtang Depot", "{area} — 羌塘仓库", "{area} — བྱང་ཐང་མཛོད་ཁང་།"),
    ("Areas", "Stock", "库存", "ཉར་ཚགས།"),
    ("Areas", "Dashboard", "总览", "སྤྱི་མཐོང་།"),
    ("SetupWizard", "Set up this PC", "设置本机", "གློག་ཀླད་འདི་སྒྲིག་པ།"),
    ("LanguagePage", "Language", "语言", "སྐད་ཡིག"),
    ("ProductForm", "Livestock products", "畜产品", "ཕྱུགས་ཐོན།"),
    ("QPlatformTheme", "Cancel", "取消", "ཕྱིར་འཐེན།"),
    ("QWizard", "Cancel", "取消", "ཕྱིར་འཐེན།"),
    ("Manifest", "Run manifest", "班车交接清单", "ཐེངས་ཁའི་ཐོ་ཡིག"),
    ("Manifest", "Recipient", "收件人", "ལེན་མཁན།"),
    ("Label", "Recipient", "收件人", "ལེན་མཁན།"),
)


def _ts(language: str, column: int) -> str:
    contexts: dict[str, list[str]] = {}
    for row in TINY:
        contexts.setdefault(row[0], []).append(
            f"<message><source>{escape(row[1])}</source>"
            f"<translation>{escape(row[column])}</translation></message>"
        )
    body = "".join(
        f"<context><name>{name}</name>{''.join(messages)}</context>"
        for name, messages in contexts.items()
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        f'<TS version="2.1" language="{language}">{body}</TS>'
    )


def compile_tiny_translations(folder: Path) -> Path:
    """`folder/depot_zh_CN.qm` and `folder/depot_bo.qm` holding `TINY`; returns `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = []
    for language, column in (("zh_CN", 2), ("bo", 3)):
        ts = folder / f"depot_{language}.ts"
        ts.write_text(_ts(language, column), encoding="utf-8")
        sources.append(str(ts))
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), *sources], check=True, capture_output=True, timeout=60)
    return folder


def translated(context: str, source: str, language: str) -> str:
    """What `TINY` says for `source` in `language` (the source itself in English)."""
    for row in TINY:
        if row[:2] == (context, source):
            return {"zh_CN": row[2], "bo": row[3]}.get(language, source)
    raise KeyError((context, source))
