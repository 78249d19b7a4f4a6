"""Names in the order a reader of the clerk's language expects: Chinese by pinyin, Tibetan
by its own alphabet (root letters, not code points: སྒར་ files under ག), through ICU's
collation in QCollator. Checked in this PySide6 build (tests/ui/i18n/test_collation.py):
措勤 (cuo) before 拉萨 (la), and སྒར་ before མཚོ་ཆེན་, which code points put last.

Tables are sorted by SQL on the server (house style 8); this is for the small lists the
UI sorts itself: the township combos of the village-point dialogs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QCollator, QLocale

T = TypeVar("T")


def collator(locale: QLocale | None = None) -> QCollator:
    """A collator of `locale`, by default the language the app shows (`QLocale()`)."""
    found = QCollator(QLocale() if locale is None else locale)
    found.setNumericMode(True)  # 措勤2村 before 措勤10村
    return found


def by_name(items: Iterable[T], name: Callable[[T], str], locale: QLocale | None = None) -> list[T]:
    """`items` sorted by `name(item)` as the language orders names."""
    order = collator(locale)
    return sorted(items, key=lambda item: order.sortKey(name(item)))
