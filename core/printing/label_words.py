"""The captions and fixed words of the label templates (resources/layouts/templates), for
pyside6-lupdate: the templates are JSON, which lupdate does not read, so every caption
a template prints is listed here under the context the renderer looks it up in,
"Label" (core/printing/render.py). tests/core/printing/test_label_words.py keeps the two
lists equal. A caption's `{}` is where its value goes.
"""

from __future__ import annotations

from core.i18n import QT_TRANSLATE_NOOP

LABEL_WORDS = (
    QT_TRANSLATE_NOOP("Label", "SKU {}"),
    QT_TRANSLATE_NOOP("Label", "Contents: {}"),
    QT_TRANSLATE_NOOP("Label", "Exp {}"),
    QT_TRANSLATE_NOOP("Label", "Zone {}"),
    QT_TRANSLATE_NOOP("Label", "From: {}"),
    QT_TRANSLATE_NOOP("Label", "Bin · {}"),
    QT_TRANSLATE_NOOP("Label", "Lot {}"),
    QT_TRANSLATE_NOOP("Label", "Run: {}"),
    QT_TRANSLATE_NOOP("Label", "Tel: {}"),
    QT_TRANSLATE_NOOP("Label", "Order: {}"),
    QT_TRANSLATE_NOOP("Label", "Order {}"),
    QT_TRANSLATE_NOOP("Label", "Vehicle: {}"),
    QT_TRANSLATE_NOOP("Label", "Weight: {}"),
    QT_TRANSLATE_NOOP("Label", "Recipient"),
    QT_TRANSLATE_NOOP("Label", "Run"),
    QT_TRANSLATE_NOOP("Label", "Stop"),
)
